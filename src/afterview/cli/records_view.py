"""Reading the records: ``list``, ``show``, ``due`` and ``draft``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import typer

from afterview.cli.app import app
from afterview.cli.records_common import DB_OPTION, parse_duration, when

if TYPE_CHECKING:
    from afterview.store.due import DueItem


@app.command("list")
def list_cmd(db: str | None = DB_OPTION) -> None:
    """List every application with its stage and next action."""
    from rich.console import Console
    from rich.table import Table

    from afterview.store import Store
    from afterview.store.views import list_applications

    with Store.open(db) as store:
        store.sweep()
        summaries = list_applications(store)
    console = Console()
    if not summaries:
        console.print("No applications yet: `afterview add INTERVIEW.toml` stores one.")
        return
    table = Table("id", "company", "position", "stage", "rounds", "next action", box=None)
    for s in summaries:
        a, nxt, back = s.application, s.next_message, s.bounced
        if back is not None:
            action = (
                f"{back.kind.replace('_', ' ')} to {back.recipient} bounced (message {back.id}): "
                "fix the address, then `afterview approve` it"
            )
        elif nxt is not None:
            action = f"{nxt.kind.replace('_', ' ')} to {nxt.recipient} by {when(nxt.send_by)} (message {nxt.id})"
        else:
            action = _closed_action(a.stage)
        table.add_row(
            str(a.id), a.company, a.position, a.stage.replace("_", " "), str(s.rounds), action
        )
    console.print(table)


def _closed_action(stage: str) -> str:
    return {
        "no_response": "no answer to two inquiries: move on",
        "offer": "an offer: congratulations",
        "rejected": "closed",
        "withdrawn": "closed",
    }.get(stage, "nothing to send: wait for news")


@app.command("show")
def show_cmd(
    application_id: int = typer.Argument(
        ..., metavar="ID", help="Application id (see `afterview list`)."
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Show one application: rounds, interviewers, messages and history."""
    from rich.console import Console
    from rich.markup import escape

    from afterview.store import Store
    from afterview.store.views import application_detail

    with Store.open(db) as store:
        detail = application_detail(store, application_id)
    a = detail.application
    out = Console(highlight=False)
    ref = f" ({escape(a.reference)})" if a.reference else ""
    out.print(f"[bold]{escape(a.company)}[/]: {escape(a.position)}{ref}  stage: {a.stage}")
    for i, doc in enumerate(detail.rounds, start=1):
        people = ", ".join(p["name"] for p in doc.get("interviewers", []))
        out.print(f"  round {i}: {doc['interview']['at']}  with {escape(people)}")
    out.print("[bold]Messages[/]")
    for m in detail.messages:
        out.print(
            f"  {m.id:>5}  {m.state:<9} {m.kind.replace('_', ' '):<16} to {escape(m.recipient)}"
            f" ({m.medium}), {when(m.send_after)} → {when(m.send_by)}"
        )
    out.print("[bold]History[/]")
    for e in detail.events:
        who = f" from {escape(e.sender)}" if e.sender else ""
        out.print(f"  {e.at:%Y-%m-%d %H:%M}Z  {e.kind:<11}{who} {escape(e.summary)}")


@app.command("due")
def due_cmd(
    within: str = typer.Option(
        "0d", "--within", help="Also list what opens within this time, e.g. 2d, 12h."
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Everything to send or decide now, across all applications, overdue first."""
    from afterview.cli.records_due import print_due
    from afterview.store.url import resolve_url, sqlite_path

    span = parse_duration(within, "--within")
    now = datetime.now(UTC)
    url = resolve_url(db)
    items: list[DueItem] | None = None
    path = sqlite_path(url)
    if path is not None:  # fast path: no SQLAlchemy import (see afterview.store.due)
        from afterview.store.due import due_from_sqlite
        from afterview.store.migrate import HEAD

        items = due_from_sqlite(path, now, span, HEAD)
    if items is None:
        from afterview.store import Store
        from afterview.store.views import due

        with Store.open(url) as store:
            items = due(store, now, span)
    print_due(items, now)


@app.command("draft")
def draft_cmd(
    message_id: int = typer.Argument(..., metavar="ID", help="Message id (see `afterview due`)."),
    db: str | None = DB_OPTION,
) -> None:
    """Print a message's draft, ready to copy."""
    from afterview.store import Store

    with Store.open(db) as store:
        m = store.get_message(message_id)
    address = m.recipient_email if m.medium == "email" else m.recipient_linkedin
    typer.echo(f"To: {m.recipient}" + (f" <{address}>" if address else "") + f" ({m.medium})")
    if m.subject:
        typer.echo(f"Subject: {m.subject}")
    typer.echo(f"Window: {when(m.send_after)} to {when(m.send_by)}  ({m.state})")
    typer.echo("")
    typer.echo(m.body)
