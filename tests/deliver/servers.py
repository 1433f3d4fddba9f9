"""The mail servers and records behind the delivery fixtures (see conftest.py)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from deliver.samples import PASSWORD, USER

from conftest import need

ARRIVED = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # when test mail lands in the mailbox


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- SMTP ---------------------------------------------------------------------


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class SmtpBehaviour:
    """How the test server answers; tests change it between sends."""

    temp_failures: int = 0  # answer the next N messages with 451
    refuse_rcpt: set[str] = field(default_factory=set)  # 550 for these recipients
    drop_after_data: bool = False  # take the message, then hang up without answering
    on_message: Callable[[bytes], None] | None = None  # e.g. file a copy in Sent, like Gmail
    delay: float = 0.0  # seconds to think before answering DATA (a slow server)
    data_started: threading.Event = field(default_factory=threading.Event)


class Recorder:
    def __init__(self) -> None:
        self.messages: list[Received] = []
        self.behaviour = SmtpBehaviour()
        self.lock = threading.Lock()

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.lower() in self.behaviour.refuse_rcpt:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        b = self.behaviour
        b.data_started.set()
        if b.delay:
            await asyncio.sleep(b.delay)
        if b.temp_failures > 0:
            b.temp_failures -= 1
            return "451 4.3.0 Temporary local problem, try again later"
        data = envelope.original_content or envelope.content
        with self.lock:
            self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), data))
        if b.on_message is not None:
            b.on_message(data)
        if b.drop_after_data:
            server.transport.close()
        return "250 2.0.0 Ok: queued"


@dataclass
class SmtpServer:
    host: str
    port: int
    recorder: Recorder
    user: str = USER
    password: str = PASSWORD

    @property
    def messages(self) -> list[Received]:
        return self.recorder.messages

    @property
    def behaviour(self) -> SmtpBehaviour:
        return self.recorder.behaviour


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    # handled=False: aiosmtpd answers a failed login itself (else the client hangs).
    return AuthResult(success=ok, handled=False)


@contextlib.contextmanager
def running_smtp() -> Iterator[SmtpServer]:
    """aiosmtpd on 127.0.0.1 with a login, recording what it receives, for the block."""
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        need("aiosmtpd is not installed (pip install aiosmtpd)")
    recorder = Recorder()
    port = free_port()
    controller = Controller(
        recorder,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_require_tls=False,  # plaintext login is fine on loopback, for the test
    )
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, recorder)
    finally:
        controller.stop()


@dataclass
class Dovecot:
    host: str
    port: int  # the plain imap listener (offers STARTTLS when TLS is on)
    user: str
    password: str
    root: Path
    imaps_port: int | None = None  # implicit TLS, when TLS is on
    cafile: Path | None = None  # the self-signed certificate to trust, when TLS is on

    def client(self) -> Any:
        """The test's own connection (to fill the mailbox): over implicit TLS when TLS is on."""
        from imapclient import IMAPClient

        if self.cafile is not None:
            context = ssl.create_default_context(cafile=str(self.cafile))
            client = IMAPClient(
                self.host, port=self.imaps_port, ssl=True, ssl_context=context, timeout=10
            )
        else:
            client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def log(self) -> str:
        """Dovecot's log so far: one ``imap-login: Info: Login: user=<...>`` line per login."""
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def deliver(self, raw: bytes, folder: str = "INBOX", when: datetime | None = None) -> None:
        """Put a message in a folder, as the mail system would, arriving at ``when``."""
        client = self.client()
        try:
            client.append(folder, raw, msg_time=when or ARRIVED)
        finally:
            client.logout()

    def count(self, folder: str) -> int:
        client = self.client()
        try:
            return int(client.select_folder(folder, readonly=True)[b"EXISTS"])
        finally:
            client.logout()


DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = {ssl}
{ssl_files}disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={root}/home/%u
}}
service imap-login {{
  chroot =
  user = {user}
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
  }}
}}
service anvil {{
  chroot =
  user = {user}
}}
service auth {{
  user = {user}
}}
service auth-worker {{
  user = {user}
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
"""


def dovecot_conf(
    root: Path,
    user: str,
    group: str,
    port: int,
    tls: tuple[Path, Path] | None = None,
    imaps_port: int = 0,
) -> str:
    """The config of a test Dovecot: ``ssl = no``, or TLS with this cert and key (and an imaps port).

    With TLS on, the plain listener offers STARTTLS and ``imaps_port`` speaks
    implicit TLS; the certificate and key must be readable by Dovecot's user.
    """
    if tls is None:
        ssl_mode, ssl_files, imaps_port = "no", "", 0
    else:
        cert, key = tls
        ssl_mode, ssl_files = "yes", f"ssl_cert = <{cert}\nssl_key = <{key}\n"
    return DOVECOT_CONF.format(
        root=root,
        user=user,
        group=group,
        port=port,
        ssl=ssl_mode,
        ssl_files=ssl_files,
        imaps_port=imaps_port,
    )


def wait_for_port(
    port: int,
    proc: subprocess.Popen[bytes],
    log: Path,
    seconds: float = 10,
    *,
    also: Sequence[int] = (),
) -> None:
    """Wait until Dovecot listens on ``port`` (and on each port of ``also``); else :func:`need`."""
    deadline = time.monotonic() + seconds
    waiting = [port, *also]
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            with socket.create_connection(("127.0.0.1", waiting[0]), timeout=0.2):
                waiting.pop(0)
            if not waiting:
                return
        except OSError:
            time.sleep(0.05)
    text = log.read_text(errors="replace") if log.exists() else ""
    if proc.poll() is not None and proc.stderr is not None:  # a config error is told on stderr
        text += proc.stderr.read().decode(errors="replace")
    need(f"dovecot did not start: {text[-800:]}")


@dataclass
class Records:
    store: Any
    url: str
    ids: dict[str, int]  # "thank_you", "linkedin", "card", "inquiry"


def ids_by_role(store: Any) -> dict[str, int]:
    from sqlalchemy import text

    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, kind, medium FROM messages ORDER BY id")).all()
    ids = {}
    for id, kind, medium in rows:
        if kind == "status_inquiry":
            ids["inquiry"] = id
        elif medium == "email":
            ids["thank_you"] = id
        elif medium == "linkedin":
            ids["linkedin"] = id
        else:
            ids["card"] = id
    return ids


class SilentServer:
    """A TCP server that accepts connections and never says a word: a hung mail server."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = int(self.sock.getsockname()[1])
        self.accepted = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._held.append(conn)  # held open, never answered
            self.accepted.set()

    def close(self) -> None:
        self.sock.close()
        for conn in self._held:
            conn.close()


# -- records with several emails, at a time relative to now -----------------------

PEOPLE = (
    ("Jane Okafor", "jane.okafor@acme.example"),
    ("Tom Berg", "tom.berg@acme.example"),
    ("Mai Nguyen", "mai.nguyen@acme.example"),
)


def people_interview(at: datetime, people: Sequence[tuple[str, str]] = PEOPLE) -> str:
    """An interview file with one emailed interviewer per person, held at ``at``."""
    lines = [
        "[candidate]",
        'name = "Priya Raman"',
        f'email = "{USER}"',
        "[application]",
        'company = "Acme Robotics"',
        'position = "Senior Data Engineer"',
        "[interview]",
        f"at = {at.isoformat(timespec='seconds')}",
    ]
    for name, email in people:
        lines += ["[[interviewers]]", f'name = "{name}"', f'email = "{email}"']
    return "\n".join(lines) + "\n"


def thank_you_plan(interview: Any, *, opens: float = 1, closes: float = 24) -> Any:
    """A thank-you email to each interviewer, open from ``opens`` to ``closes`` hours after."""
    from datetime import timedelta

    from afterview.model import Kind, Medium, Plan, PlannedMessage

    at = interview.interview.at
    messages = tuple(
        PlannedMessage(
            Kind.THANK_YOU,
            p.name,
            Medium.EMAIL,
            at + timedelta(hours=opens),
            at + timedelta(hours=closes),
            "A note within a day.",
            f"Thank you, {p.name}",
            f"Dear {p.name},\n\nThank you for the conversation.\n\nPriya",
            p.email,
        )
        for p in interview.interviewers
    )
    return Plan(interview.application.company, interview.application.position, at, messages)


@dataclass
class EmailRecords:
    store: Any
    url: str
    ids: list[int]  # the thank-you emails, in the order of PEOPLE


@contextlib.contextmanager
def email_records(
    url: str,
    *,
    hours_ago: float = 2,
    people: Sequence[tuple[str, str]] = PEOPLE,
    approve: bool = True,
) -> Iterator[EmailRecords]:
    """The records at ``url`` holding one interview ``hours_ago`` with a thank-you email to
    each person, approved (or not)."""
    from datetime import timedelta

    from afterview.model import parse_interview
    from afterview.store import Store

    at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=hours_ago)
    store = Store.open(url)
    try:
        interview = parse_interview(people_interview(at, people), "acme.toml")
        store.add_interview(interview, thank_you_plan(interview), source="acme.toml")
        ids = [m.id for m in store.messages_of(1)]
        if approve:
            for id in ids:
                store.approve(id)
        yield EmailRecords(store, url, ids)
    finally:
        store.close()
