"""Delivery commands: ``send``, ``export-eml``, ``sync``, ``run``, ``card`` and ``password``.

Thin: each command reads its options, calls :mod:`afterview.deliver`, and
prints the outcome (:mod:`afterview.cli.deliver_view`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from afterview.cli import output
from afterview.cli.params import PATH, RECORD_ID, attach_option, db_option, now_option


@click.command("send")
@click.argument("id", type=RECORD_ID, required=False, metavar="[ID]")
@click.option("--due", is_flag=True, help="Send every approved email whose window has opened.")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; send and record nothing.")
@click.option("--early", is_flag=True, help="Send ID now, even though its window has not opened.")
@attach_option
@click.option(
    "--connection",
    is_flag=True,
    help="LinkedIn: the note goes with a connection request (300 characters).",
)
@click.option("--yes", "-y", is_flag=True, help="LinkedIn: record as sent without asking.")
@now_option
@db_option
def send(
    id: int | None,
    due: bool,
    dry_run: bool,
    early: bool,
    attach: tuple[Path, ...],
    connection: bool,
    yes: bool,
    now: str | None,
    db: str | None,
) -> int:
    """Send approved messages: emails by SMTP, LinkedIn notes handed over to you.

    Nothing goes out that you have not approved (`afterview approve ID`), nor
    before its window opens (unless --early), nor to an address that bounced.
    """
    from afterview.cli import deliver_view as view
    from afterview.errors import UsageError

    if (id is None) == (not due):
        raise UsageError(
            "Give a message ID or --due, not both and not neither.", hint="afterview send 12"
        )
    if early and due:
        raise UsageError("--early sends one message ahead of its window: give its ID, not --due.")
    with view.session(db, attachments=attach, interactive=not due, now=_now(now)) as s:
        if id is not None:
            m = s.store.get_message(id)
            if m.medium == "linkedin":
                view.linkedin(
                    s.store,
                    m,
                    connection=connection,
                    dry_run=dry_run,
                    yes=yes,
                    early=early,
                    now=s.outbox.clock(),
                )
                return 0
            if m.medium == "handwritten":
                raise UsageError(
                    f"Message {id} is a handwritten note: print it with "
                    f"`afterview card {id} --out card.pdf`, post it, "
                    f"then `afterview log {id} sent`."
                )
            if dry_run:  # what the checker says of it, as `afterview draft` would
                from afterview.cli.findings_view import show_stored

                show_stored(s.store, [id], now=s.outbox.clock())
            results = [s.outbox.send(id, dry_run=dry_run, early=early)]
        else:
            if dry_run:
                from afterview.cli.findings_view import show_stored

                moment = s.outbox.clock()
                show_stored(s.store, [m.id for m in s.store.approved_due(moment)], now=moment)
            results = s.outbox.send_due(dry_run=dry_run)
            view.waiting_for_you(s.store, s.outbox.clock())
        return view.results(results)


@click.command("export-eml")
@click.argument("id", type=RECORD_ID)
@click.argument("file", type=PATH)
@attach_option
@db_option
def export_eml(id: int, file: Path, attach: tuple[Path, ...], db: str | None) -> None:
    """Write an email as a .eml draft to open, edit and send in any mail client.

    ID is the message to export; FILE is where to write the .eml file.
    """
    from afterview.cli import deliver_view as view
    from afterview.deliver.email import export_eml as write_eml

    with view.session(db, attachments=attach, interactive=False, mailbox=False) as s:
        m = s.store.get_message(id)
        write_eml(s.outbox.compose(m), file)
    output.console().print(
        f"Wrote {output.field(str(file))}. Once you have sent it, record it: afterview log {id} sent"
    )


@click.command("sync")
@now_option
@db_option
def sync(now: str | None, db: str | None) -> None:
    """Read new mail (IMAP, read-only): record replies, note out-of-office dates, report bounces."""
    from afterview.cli import deliver_view as view

    with view.session(db, interactive=False, now=_now(now)) as s:
        view.sync_report(s.sync())


@click.command("run")
@click.option("--interval", default="15m", help="Time between rounds, e.g. 15m, 1h.")
@click.option("--once", is_flag=True, help="One round (sync, then send --due), then exit.")
@db_option
def run(interval: str, once: bool, db: str | None) -> None:
    """Sync, then send what is due, every --interval, until stopped (Ctrl-C or SIGTERM).

    A signal lets the message in flight finish first; nothing is lost or sent twice.
    """
    from afterview.cli import deliver_view as view
    from afterview.deliver.runner import Stopper, parse_interval, run_loop

    seconds = parse_interval(interval)
    stop = Stopper()
    stop.install()
    try:
        with view.session(db, interactive=False) as s:
            rounds = run_loop(
                lambda should_stop: view.one_round(s, should_stop),
                interval=seconds,
                stop=stop,
                once=once,
                on_error=view.round_failed,
            )
    finally:
        stop.restore()
    output.console().print(f"Stopped after {rounds} round{'s' if rounds != 1 else ''}.")


@click.command("card")
@click.argument("id", type=RECORD_ID)
@click.option(
    "--out", "-o", type=PATH, required=True, metavar="FILE.pdf", help="Where to write the PDF."
)
@click.option("--size", default="a6", help="Card size: a6 (105 x 148 mm) or 4x6 (inches).")
@click.option(
    "--address",
    metavar="LINE",
    multiple=True,
    help="A line of the postal address; repeat for each line.",
)
@db_option
def card(id: int, out: Path, size: str, address: tuple[str, ...], db: str | None) -> None:
    """Print a handwritten note as a card (PDF), with its envelope address block.

    ID is the handwritten note to print.
    """
    from afterview.cli import deliver_view as view

    view.card(db, id, out, size=size, address=list(address))


@click.command("password")
@click.argument("server", metavar="SERVER")
@click.option(
    "--plaintext",
    is_flag=True,
    help="Accept a keyring that keeps passwords in a plain-text file (refused otherwise).",
)
def password(server: str, plaintext: bool) -> None:
    """Store the password of your smtp.user or imap.user in the system keyring.

    SERVER is smtp or imap. It says which keyring took it, and where.
    """
    from afterview.cli import deliver_view as view

    view.store_password(server, plaintext=plaintext)


def _now(given: str | None) -> datetime | None:
    """``--now`` or ``AFTERVIEW_NOW`` (see :mod:`afterview.clock`); None: the clock as it runs."""
    import os

    from afterview.clock import ENV, now

    return now(given) if given or os.environ.get(ENV) else None
