"""Fixtures for the store tests: every test runs on SQLite and on a real PostgreSQL.

PostgreSQL: ``AFTERVIEW_TEST_PG_URL`` (a server URL whose user may create
databases) if set; otherwise a throwaway server is started once per session
from the Debian binaries (``/usr/lib/postgresql/*/bin``): ``initdb`` into a
temporary folder and ``pg_ctl`` listening on 127.0.0.1 at a free high port,
run as the ``postgres`` user when we are root (initdb refuses root). Each test
gets a database of its own. Without the binaries the PostgreSQL half skips
(and fails under CI, see ``need``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import need

PG_ENV = "AFTERVIEW_TEST_PG_URL"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class PgServer:
    """A PostgreSQL server of our own, in a temporary folder."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix="afterview-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        if self.as_root:
            shutil.chown(self.folder, "postgres")
        data = self.folder / "data"
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale",
            "C",
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(self.folder / "log"),
            "-w",
            "-t",
            "60",
            "-o",
            f"-h 127.0.0.1 -p {self.port} -k {self.folder} -F -c max_connections=50",
            "start",
        )
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "stop",
            )
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str | None]:
    """A URL of a PostgreSQL server where databases may be created, or None if none can run."""
    given = os.environ.get(PG_ENV)
    if given:
        yield given
        return
    bindir = _pg_bin()
    if bindir is None or (os.geteuid() == 0 and not shutil.which("runuser")):
        yield None
        return
    server = PgServer(bindir)
    try:
        url = server.start()
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, KeyError, LookupError) as exc:
        server.stop()
        detail = getattr(exc, "stderr", b"") or b""
        pytest.fail(f"PostgreSQL did not start: {exc} {detail.decode(errors='replace')}")
    try:
        yield url
    finally:
        server.stop()


def _create_database(admin_url: str) -> str:
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(
        admin_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin_url.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'records.db'}"
    admin = request.getfixturevalue("pg_admin_url")
    if admin is None:
        need("PostgreSQL server binaries (apt-get install postgresql) or AFTERVIEW_TEST_PG_URL")
    return _create_database(admin)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def module_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[object]:
    """One store per test module and database, for tables of many small cases."""
    from afterview.store import Store

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'records.db'}"
    else:
        admin = request.getfixturevalue("pg_admin_url")
        if admin is None:
            need("PostgreSQL server binaries (apt-get install postgresql) or AFTERVIEW_TEST_PG_URL")
        url = _create_database(admin)
    s = Store.open(url)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    from afterview.store import Store

    s = Store.open(db_url)
    try:
        yield s
    finally:
        s.close()


def interview_toml(
    *,
    company: str = "Acme Robotics",
    position: str = "Senior Data Engineer",
    reference: str | None = "REQ-20417",
    at: str = "2026-11-20T14:00:00-05:00",
    decision: str | None = "2026-12-04",
    people: tuple[tuple[str, str | None], ...] = (
        ("Jane Okafor", "jane.okafor@acme.example"),
        ("Tom Berg", None),
    ),
    candidate: str = "Priya Raman",
    outcome: str | None = None,
) -> str:
    """The text of an interview file, varied where a test needs it."""
    lines = [
        "[candidate]",
        f'name = "{candidate}"',
        'email = "priya@example.com"',
        'strengths = ["built a streaming pipeline"]',
        "[application]",
        f'company = "{company}"',
        f'position = "{position}"',
    ]
    if reference:
        lines.append(f'reference = "{reference}"')
    lines += ["[interview]", f"at = {at}", 'format = "panel"']
    if decision:
        lines.append(f"decision_expected_by = {decision}")
    if outcome:
        lines += ["[outcome]", f'result = "{outcome}"', "at = 2026-12-02T10:00:00-05:00"]
    for name, email in people:
        lines += ["[[interviewers]]", f'name = "{name}"']
        if email:
            lines.append(f'email = "{email}"')
        else:
            lines.append(
                f'linkedin = "https://www.linkedin.com/in/{name.lower().replace(" ", "-")}"'
            )
        lines.append('topics = ["streaming pipelines"]')
    return "\n".join(lines) + "\n"


@pytest.fixture
def write_interview(tmp_path: Path) -> Callable[..., Path]:
    """Write an interview file (see :func:`interview_toml`) and return its path."""
    counter = iter(range(10**6))

    def write(name: str | None = None, **kwargs: object) -> Path:
        path = tmp_path / (name or f"interview-{next(counter)}.toml")
        path.write_text(interview_toml(**kwargs), encoding="utf-8")  # type: ignore[arg-type]
        return path

    return write
