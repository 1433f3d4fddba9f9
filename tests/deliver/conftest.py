"""Real mail servers for the delivery tests, on 127.0.0.1 only.

- ``smtp_server``: aiosmtpd in a thread, with a login, recording every message
  it accepts; it can be told to refuse, to fail for a while, or to drop the
  connection right after taking a message (the "did it go out?" case).
- ``dovecot``: a throwaway Dovecot IMAP server with its own config, a
  passwd-file user and a Maildir in a temp dir, on a free high port with
  ``ssl = no``. Dovecot refuses to run as root, so under root it runs as
  ``nobody``. Missing Dovecot: :func:`need` (skip, or fail under CI).
- ``dovecot_tls``: the same with ``ssl = yes`` and the self-signed
  ``tls_files``: implicit TLS on ``imaps_port``, STARTTLS on ``port``.
- ``records``: the real records store on a SQLite file, holding one interview
  with approved messages.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import store.conftest as store_fixtures
from deliver.samples import INTERVIEW, INTERVIEW_AT, PASSWORD, USER, make_plan
from deliver.servers import (
    Dovecot,
    EmailRecords,
    Records,
    SilentServer,
    SmtpServer,
    dovecot_conf,
    email_records,
    free_port,
    ids_by_role,
    running_smtp,
    wait_for_port,
)

from conftest import need


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        yield server


@pytest.fixture(scope="session")
def tls_files() -> Iterator[tuple[Path, Path]]:
    """A self-signed certificate for 127.0.0.1 (and its key), made with openssl."""
    if shutil.which("openssl") is None:
        need("openssl is not installed")
    folder = Path(tempfile.mkdtemp(prefix="afterview-tls-"))
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    yield cert, key
    shutil.rmtree(folder, ignore_errors=True)


# -- IMAP (Dovecot) -----------------------------------------------------------


@contextlib.contextmanager
def running_dovecot(tls: tuple[Path, Path] | None = None) -> Iterator[Dovecot]:
    """Start a throwaway Dovecot: ``ssl = no``, or with ``tls`` (cert, key) TLS on both listeners."""
    binary = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )
    if binary is None:
        need("dovecot is not installed (apt-get install dovecot-imapd)")
    assert binary is not None
    # Not under pytest's tmp_path: as root that is mode 700, closed to "nobody".
    root = Path(tempfile.mkdtemp(prefix="afterview-dovecot-"))
    root.chmod(0o755)
    as_root = os.geteuid() == 0
    user = "nobody" if as_root else pwd.getpwuid(os.geteuid()).pw_name
    group = grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name
    port = free_port()
    imaps_port = free_port() if tls else 0
    for sub in ("run", "state", "home"):
        (root / sub).mkdir()
    own_tls = None
    if tls is not None:  # copies of the cert and key, chowned below with the rest of root
        own_tls = (root / "cert.pem", root / "key.pem")
        for source, copy in zip(tls, own_tls, strict=True):
            shutil.copyfile(source, copy)
        own_tls[1].chmod(0o600)
    (root / "dovecot.conf").write_text(
        dovecot_conf(root, user, group, port, own_tls, imaps_port), encoding="utf-8"
    )
    (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n", encoding="utf-8")
    command = [binary, "-F", "-c", str(root / "dovecot.conf")]
    if as_root:
        uid, gid = pwd.getpwnam(user).pw_uid, pwd.getpwnam(user).pw_gid
        for path in [root, *root.rglob("*")]:
            os.chown(path, uid, gid)
        command = ["runuser", "-u", user, "--", *command]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_port(port, proc, root / "dovecot.log", also=[imaps_port] if tls else [])
        yield Dovecot(
            "127.0.0.1",
            port,
            USER,
            PASSWORD,
            root,
            imaps_port=imaps_port or None,
            cafile=tls[0] if tls else None,
        )
    finally:
        pid_file = root / "run" / "master.pid"
        if pid_file.exists():  # the dovecot master itself (under runuser, a child)
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(int(pid_file.read_text().strip()), 15)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def smtp_env(smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> SmtpServer:
    """The test SMTP server, set in the environment as `afterview send` reads it."""
    for name, value in {
        "AFTERVIEW_SMTP_HOST": smtp_server.host,
        "AFTERVIEW_SMTP_PORT": str(smtp_server.port),
        "AFTERVIEW_SMTP_SECURITY": "none",
        "AFTERVIEW_SMTP_USER": USER,
        "AFTERVIEW_SMTP_PASSWORD": PASSWORD,
    }.items():
        monkeypatch.setenv(name, value)
    return smtp_server


@pytest.fixture
def dovecot() -> Iterator[Dovecot]:
    """Dovecot with ``ssl = no``: plain IMAP only, no STARTTLS offered."""
    with running_dovecot() as server:
        yield server


@pytest.fixture
def dovecot_tls(tls_files: tuple[Path, Path]) -> Iterator[Dovecot]:
    """Dovecot with ``ssl = yes`` and the self-signed ``tls_files``: implicit TLS on
    ``imaps_port``, STARTTLS offered on ``port``; ``cafile`` is the certificate to trust."""
    with running_dovecot(tls_files) as server:
        yield server


# -- the records --------------------------------------------------------------


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Records]:
    from afterview.model import parse_interview
    from afterview.store import Store

    url = f"sqlite:///{tmp_path / 'afterview.db'}"
    store = Store.open(url)
    interview = parse_interview(INTERVIEW, "acme.toml")
    store.add_interview(interview, make_plan(interview), source="acme.toml", now=INTERVIEW_AT)
    found = ids_by_role(store)
    for key in ("thank_you", "linkedin", "card"):
        store.approve(found[key], now=INTERVIEW_AT)
    try:
        yield Records(store, url, found)
    finally:
        store.close()


@pytest.fixture
def plaintext_keyring(tmp_path: Path) -> Iterator[Path]:
    """keyrings.alt's file keyring, in this test's own folder."""
    keyring = pytest.importorskip("keyring")
    alt = pytest.importorskip("keyrings.alt.file")
    previous = keyring.get_keyring()
    backend = alt.PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    try:
        yield tmp_path / "keyring.cfg"
    finally:
        keyring.set_keyring(previous)


# -- the records on both databases ------------------------------------------------

# The store tests' fixtures of a fresh database (SQLite, and PostgreSQL on a server of
# its own), for the delivery tests that involve the store.
db_url = store_fixtures.db_url
pg_admin_url = store_fixtures.pg_admin_url


@pytest.fixture
def emails_db(db_url: str) -> Iterator[EmailRecords]:
    """Three approved thank-you emails due now (an interview two hours ago), on SQLite or
    PostgreSQL; see :func:`deliver.servers.email_records`."""
    with email_records(db_url) as made:
        yield made


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    try:
        yield server
    finally:
        server.close()
