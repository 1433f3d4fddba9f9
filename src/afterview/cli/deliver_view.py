"""What the delivery commands share: opening a session, asking, and printing outcomes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from afterview.cli import output
from afterview.cli.output import field
from afterview.errors import AfterviewError, ConfigError, UsageError

if TYPE_CHECKING:
    from email.message import EmailMessage

    from afterview.deliver.mailbox import Mailbox
    from afterview.deliver.outbox import Outbox, SendResult
    from afterview.deliver.smtp import TemporaryFailure
    from afterview.deliver.sync import SyncReport
    from afterview.settings import Settings
    from afterview.store import Store, StoredMessage


@dataclass
class Session:
    store: Store
    outbox: Outbox
    settings: Settings
    mailbox: Mailbox | None
    now: datetime | None = None  # --now / AFTERVIEW_NOW: act as if it were then

    def sync(self) -> SyncReport:
        from afterview.deliver.sync import sync

        if self.mailbox is None:
            raise ConfigError(
                "No IMAP server is set, so there is no mailbox to read.",
                hint="set imap.host, imap.user and the password (docs/delivery.md).",
            )
        own = [
            self.settings["from_address"],
            self.settings["imap.user"],
            self.settings["smtp.user"],
        ]
        try:
            return sync(
                self.store, self.mailbox, own_addresses=[a for a in own if "@" in a], now=self.now
            )
        finally:
            self.mailbox.close()


def _ask_if_sent(m: StoredMessage) -> bool | None:
    output.console().print(
        f"[bold yellow]Message {m.id}[/] ({field(m.subject)}, to {field(m.recipient)}) was being sent "
        "when the last attempt was cut off. It may have gone out."
    )
    answer = (
        click.prompt(
            "Look in your Sent folder. Is it there? [y]es / [n]o, send it / [?] don't know",
            default="?",
            show_default=False,
        )
        .strip()
        .lower()
    )
    return {"y": True, "yes": True, "n": False, "no": False}.get(answer)


def _transport(settings: Settings) -> Callable[[EmailMessage], None]:
    from afterview.deliver.config import smtp_config
    from afterview.deliver.smtp import send_with_retry

    def retrying(exc: TemporaryFailure, delay: float) -> None:
        output.console().print(f"[yellow]{field(exc.message)}[/] Trying again in {delay:.0f} s.")

    def send(msg: EmailMessage) -> None:
        send_with_retry(smtp_config(settings), msg, on_retry=retrying)

    return send


@contextmanager
def session(
    db: str | None,
    *,
    attachments: Sequence[Path] = (),
    interactive: bool,
    mailbox: bool = True,
    now: datetime | None = None,
) -> Iterator[Session]:
    from afterview.deliver.config import imap_config, imap_configured
    from afterview.deliver.mailbox import Mailbox
    from afterview.deliver.outbox import Outbox
    from afterview.settings import load_settings
    from afterview.store import Store

    settings = load_settings()
    box = Mailbox(imap_config(settings)) if mailbox and imap_configured(settings) else None
    with Store.open(db, create=False) as store:
        outbox = Outbox(
            store,
            _transport(settings),
            sent_folder=box,
            ask=_ask_if_sent if interactive and sys.stdin.isatty() else None,
            from_address=settings["from_address"],
            attachments=tuple(attachments),
        )
        if now is not None:
            outbox.clock = lambda: now
        try:
            yield Session(store, outbox, settings, box, now)
        finally:
            if box is not None:
                box.close()


_STYLE = {
    "sent": "green",
    "already_sent": "green",
    "failed": "bold red",
    "uncertain": "bold yellow",
    "dry_run": "cyan",
    "in_progress": "cyan",
    "stopped": "yellow",
}


def _show_email(email: EmailMessage) -> None:
    console = output.console()
    for name in ("From", "To", "Reply-To", "Subject", "Message-ID"):
        if email[name]:
            console.print(f"  [dim]{name}:[/] {field(str(email[name]))}")
    body = email.get_body(preferencelist=("plain",))
    if body is not None:
        console.print("")
        for line in str(body.get_content()).splitlines():
            console.print("  " + field(line, lines=True))
    for part in email.iter_attachments():
        console.print(f"  [dim]attached:[/] {field(part.get_filename() or '?')}")


def results(items: Sequence[SendResult]) -> int:
    """Print each outcome; the exit code is 1 when anything failed or is uncertain."""
    from afterview.deliver.outbox import TROUBLE

    console = output.console()
    if not items:
        console.print("Nothing to send.")
        return 0
    code = 0
    for r in items:
        m = r.message
        style = _STYLE.get(r.outcome.value, "")
        label = r.outcome.value.replace("_", " ")
        detail = f": {field(r.detail)}" if r.detail else ""
        console.print(f"[{style}]{label}[/] {m.id} {field(m.kind)} to {field(m.recipient)}{detail}")
        if r.warning:
            console.print(f"  [yellow]{field(r.warning)}[/]")
        if r.outcome.value == "dry_run" and r.email is not None:
            _show_email(r.email)
        if r.outcome in TROUBLE:
            code = 1
    return code


def waiting_for_you(store: Store, now: datetime) -> None:
    """Due notes that need the user's hands (LinkedIn, cards): list them."""
    console = output.console()
    for m in store.approved_due(now):
        if m.medium == "linkedin":
            console.print(
                f"[cyan]needs you[/] {m.id} LinkedIn note to {field(m.recipient)}: "
                f"afterview send {m.id}"
            )
        elif m.medium == "handwritten":
            console.print(
                f"[cyan]needs you[/] {m.id} card to {field(m.recipient)}: "
                f"afterview card {m.id} --out card.pdf"
            )


def linkedin(
    store: Store,
    m: StoredMessage,
    *,
    connection: bool,
    dry_run: bool,
    yes: bool,
    early: bool = False,
    now: datetime | None = None,
) -> None:
    """Hand a LinkedIn note over to the user; ``now``: ``--now``, else the clock."""
    from afterview.deliver.linkedin import Channel, hand_over
    from afterview.deliver.outbox import when
    from afterview.store import State

    if m.state in (State.SENT, State.ANSWERED):
        output.console().print(f"Message {m.id} was already sent.")
        return
    if m.state != State.APPROVED:
        raise UsageError(
            f"Message {m.id} is {m.state}, not approved: nothing goes out without your approval.",
            hint=f"afterview approve {m.id}",
        )
    moment = now or datetime.now(UTC)
    if m.send_after > moment and not early:
        raise UsageError(
            f"Message {m.id} is not due yet: its window opens {when(m.send_after)}.",
            hint=f"`afterview send {m.id} --early` hands it over now all the same.",
        )
    h = hand_over(m, Channel.CONNECTION if connection else Channel.MESSAGE, clipboard=not dry_run)
    console = output.console()
    console.print(
        f"[bold]LinkedIn note to {field(m.recipient)}[/] ({h.length}/{h.limit} characters)\n"
    )
    for line in h.text.splitlines():
        console.print("  " + field(line, lines=True))
    console.print("")
    console.print(
        f"Open: {field(h.profile) if h.profile else '(no profile URL on record: search for them)'}"
    )
    if h.copied:
        console.print(f"The text is on the clipboard ({h.copied}): paste it and send.")
    elif not dry_run:
        console.print("No clipboard here: copy the text above.")
    if dry_run:
        return
    if yes or (sys.stdin.isatty() and click.confirm("Sent it? Record it as sent", default=False)):
        store.mark_sent(m.id, moment)
        console.print(f"[green]Recorded[/] message {m.id} as sent.")
    else:
        console.print(f"Not recorded. Once sent: afterview send {m.id} --yes")


def sync_report(report: SyncReport) -> None:
    console = output.console()
    for seen in report.seen:
        i = seen.incoming
        style = (
            "bold red"
            if i.verdict.value == "bounce"
            else "green"
            if i.verdict.value == "reply"
            else "dim"
        )
        who = f"{field(i.sender_name or i.sender)}"
        console.print(
            f"[{style}]{i.verdict.value.replace('_', ' ')}[/] from {who}: {field(seen.action)}"
        )
    if not report.seen:
        console.print("No new replies.")
    if report.unmatched:
        console.print(f"[dim]{report.unmatched} other message(s) not about any application.[/]")


def one_round(s: Session, should_stop: Callable[[], bool]) -> None:
    stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    output.console().print(f"[dim]{stamp}[/]")
    if s.mailbox is not None:
        _sync_in_flight(s, should_stop)
    if should_stop():
        return
    try:
        results(s.outbox.send_due(stop=should_stop))
    finally:
        if s.mailbox is not None:
            s.mailbox.close()  # a fresh connection next round, not one left idle


def _sync_in_flight(s: Session, should_stop: Callable[[], bool]) -> None:
    """Sync in a thread of its own, so that a mailbox that hangs cannot hold up a stop."""
    from afterview.deliver.flight import fly

    reports: list[SyncReport] = []
    # No deadline: a first sync of a large mailbox may take long; a stop still cuts it.
    landing = fly(lambda: reports.append(s.sync()), stop=should_stop, deadline=float("inf"))
    if landing.interrupt is not None:
        raise landing.interrupt
    if landing.cut:
        round_failed(AfterviewError(f"Reading the mailbox was cut off: {landing.why}."))
    elif isinstance(landing.error, AfterviewError):  # a mailbox down must not hold back what is due
        round_failed(landing.error)
    elif landing.error is not None:
        raise landing.error
    else:
        sync_report(reports[0])


def round_failed(exc: AfterviewError) -> None:
    output.error(f"{exc} (trying again next round)")


def card(db: str | None, id: int, path: Path, *, size: str, address: list[str]) -> None:
    from afterview.deliver.card import CardText, render_card
    from afterview.settings import load_settings
    from afterview.store import Store

    with Store.open(db, create=False) as store:
        m = store.get_message(id)
    layout = render_card(
        CardText.of(m, tuple(address)),
        path,
        size=size.lower(),
        font=load_settings()["card.font"],
    )
    output.console().print(
        f"Wrote {field(str(path))} ({size}, {layout.size:g} pt). "
        f"Post it today, then: afterview log {id} sent"
    )


def store_password(server: str, *, plaintext: bool = False) -> None:
    from afterview.deliver.secrets import (
        KEYRING_SERVICE,
        keyring_in_use,
        keyring_name,
        refuse_plaintext,
    )
    from afterview.deliver.secrets import store_password as keep
    from afterview.settings import load_settings

    if server not in ("smtp", "imap"):
        raise UsageError(f"SERVER is {server!r}; use smtp or imap.")
    user = load_settings()[f"{server}.user"]
    if not user:
        raise ConfigError(
            f"{server}.user is not set.", hint=f"set {server}.user in config.toml first."
        )
    backend = keyring_in_use()
    if backend is not None:  # refused before the password is typed, not after
        refuse_plaintext(backend, server, plaintext_ok=plaintext)
    prompt = f"Password of {output.visible(user)} on the {server.upper()} server"
    password = click.prompt(prompt, hide_input=True)
    where = keep(server, user, password, plaintext_ok=plaintext)
    name = field(keyring_name(server, user))
    output.console().print(f"Stored in the keyring as {KEYRING_SERVICE} / {name}: {field(where)}.")
