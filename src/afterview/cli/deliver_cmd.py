"""Delivery commands: ``send``, ``export-eml``, ``sync``, ``run``, ``card`` and ``password``.

Thin: each command reads its options, calls :mod:`afterview.deliver`, and
prints the outcome (:mod:`afterview.cli.deliver_view`).
"""

from __future__ import annotations

from pathlib import Path

import typer

from afterview.cli.app import app
from afterview.cli.records_common import DB_OPTION

ATTACH_OPTION = typer.Option(
    None, "--attach", metavar="FILE", help="Attach a file (e.g. a portfolio PDF); may be repeated."
)


@app.command("send")
def send_cmd(
    id: int | None = typer.Argument(None, metavar="[ID]", help="The message to send."),
    due: bool = typer.Option(
        False, "--due", help="Send every approved email whose window has opened."
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Show what would be sent; send and record nothing."
    ),
    attach: list[Path] | None = ATTACH_OPTION,
    connection: bool = typer.Option(
        False,
        "--connection",
        help="LinkedIn: the note goes with a connection request (300 characters).",
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="LinkedIn: record as sent without asking."),
    db: str | None = DB_OPTION,
) -> None:
    """Send approved messages: emails by SMTP, LinkedIn notes handed over to you.

    Nothing goes out that you have not approved (`afterview approve ID`).
    """
    from afterview.cli import deliver_view as view
    from afterview.errors import UsageError

    if (id is None) == (not due):
        raise UsageError(
            "Give a message ID or --due, not both and not neither.", hint="afterview send 12"
        )
    with view.session(db, attachments=attach or (), interactive=not due) as s:
        if id is not None:
            m = s.store.get_message(id)
            if m.medium == "linkedin":
                view.linkedin(s.store, m, connection=connection, dry_run=dry_run, yes=yes)
                return
            if m.medium == "handwritten":
                raise UsageError(
                    f"Message {id} is a handwritten note: print it with "
                    f"`afterview card {id} --out card.pdf`, post it, then `afterview log {id} sent`."
                )
            results = [s.outbox.send(id, dry_run=dry_run)]
        else:
            results = s.outbox.send_due(dry_run=dry_run)
            view.waiting_for_you(s.store, s.outbox.clock())
        code = view.results(results)
    if code:
        raise typer.Exit(code)


@app.command("export-eml")
def export_eml_cmd(
    id: int = typer.Argument(..., help="The message to export."),
    file: Path = typer.Argument(..., metavar="FILE", help="Where to write the .eml file."),
    attach: list[Path] | None = ATTACH_OPTION,
    db: str | None = DB_OPTION,
) -> None:
    """Write an email as a .eml draft to open, edit and send in any mail client."""
    from afterview.cli import deliver_view as view
    from afterview.deliver.email import export_eml

    with view.session(db, attachments=attach or (), interactive=False, mailbox=False) as s:
        m = s.store.get_message(id)
        export_eml(s.outbox.compose(m), file)
    view.out().print(
        f"Wrote {view.esc(str(file))}. Once you have sent it, record it: afterview log {id} sent"
    )


@app.command("sync")
def sync_cmd(db: str | None = DB_OPTION) -> None:
    """Read new mail (IMAP, read-only): record replies, note out-of-office dates, report bounces."""
    from afterview.cli import deliver_view as view

    with view.session(db, interactive=False) as s:
        view.sync_report(s.sync())


@app.command("run")
def run_cmd(
    interval: str = typer.Option("15m", "--interval", help="Time between rounds, e.g. 15m, 1h."),
    once: bool = typer.Option(
        False, "--once", help="One round (sync, then send --due), then exit."
    ),
    db: str | None = DB_OPTION,
) -> None:
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
    view.out().print(f"Stopped after {rounds} round{'s' if rounds != 1 else ''}.")


@app.command("card")
def card_cmd(
    id: int = typer.Argument(..., help="The handwritten note to print."),
    out: Path = typer.Option(
        ..., "--out", "-o", metavar="FILE.pdf", help="Where to write the PDF."
    ),
    size: str = typer.Option("a6", "--size", help="Card size: a6 (105 x 148 mm) or 4x6 (inches)."),
    address: list[str] | None = typer.Option(
        None,
        "--address",
        metavar="LINE",
        help="A line of the postal address; repeat for each line.",
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Print a handwritten note as a card (PDF), with its envelope address block."""
    from afterview.cli import deliver_view as view

    view.card(db, id, out, size=size, address=address or [])


@app.command("password")
def password_cmd(
    server: str = typer.Argument(..., metavar="SERVER", help="smtp or imap."),
) -> None:
    """Store the password of your smtp.user or imap.user in the system keyring."""
    from afterview.cli import deliver_view as view

    view.store_password(server)
