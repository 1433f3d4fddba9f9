"""Changing the records: ``add``, ``edit``, ``approve``, ``log`` and ``outcome``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from afterview.cli.app import app
from afterview.cli.records_common import DB_OPTION, parse_day, parse_moment


@app.command("add")
def add_cmd(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="Interview files (TOML); - reads standard input."
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Store interviews and their plans. Adding a file again updates it; a later round joins its application."""
    from rich.console import Console
    from rich.markup import escape

    from afterview.records.service import add_file
    from afterview.store import Store

    out = Console(highlight=False)
    with Store.open(db) as store:
        for path in files:
            r = add_file(store, path)
            verb = "Added" if r.interview_created else "Updated"
            where = "new application" if r.application_created else "application"
            out.print(
                f"{verb} {escape(str(path))}: {where} {r.application_id}, interview {r.interview_id}; "
                f"messages: {r.inserted} new, {r.updated} refreshed, {r.kept} kept, {r.cancelled} cancelled."
            )
            for warning in r.warnings:
                out.print(f"[bold yellow]note:[/] {escape(warning)}")


@app.command("edit")
def edit_cmd(
    message_id: int = typer.Argument(..., metavar="ID", help="Message id (see `afterview due`)."),
    db: str | None = DB_OPTION,
) -> None:
    """Edit a draft in $EDITOR; it is checked again when you save."""
    from afterview.records.drafts import edit_in_editor, from_text, recheck, to_text
    from afterview.store import Store

    with Store.open(db) as store:
        message = store.get_message(message_id)
        edited = edit_in_editor(to_text(message))
        if edited is None:
            typer.echo("Nothing changed in the editor: the draft is as it was.")
            return
        subject, body = from_text(message, edited)
        store.update_draft(message_id, subject, body)
        notes = recheck(message, subject, body)
    typer.echo(f"Saved the draft of message {message_id}.")
    for note in notes:
        typer.echo(f"check: {note}", err=True)


@app.command("approve")
def approve_cmd(
    message_ids: list[int] = typer.Argument(..., metavar="ID...", help="Message ids."),
    db: str | None = DB_OPTION,
) -> None:
    """Approve planned messages for sending, or bounced ones for sending again."""
    from afterview.store import State, Store

    with Store.open(db) as store:
        for message_id in message_ids:
            again = store.get_message(message_id).state == State.BOUNCED
            m = store.approve(message_id)
            typer.echo(f"Approved message {m.id}: {m.kind.replace('_', ' ')} to {m.recipient}.")
            if again:
                typer.echo(
                    f"  It bounced before; `afterview send {m.id}` sends it again to "
                    f"{m.recipient_email or 'no address on record'}, with a new Message-ID."
                )


class What(StrEnum):
    SENT = "sent"
    REPLIED = "replied"


@app.command("log")
def log_cmd(
    message_id: int = typer.Argument(..., metavar="ID", help="Message id."),
    what: What = typer.Argument(
        ..., help="sent: you sent it yourself; replied: its recipient answered."
    ),
    at: str | None = typer.Option(None, "--at", help="When (ISO date or time; default now)."),
    summary: str = typer.Option("", "--summary", help="What the reply said, in a few words."),
    until: str | None = typer.Option(
        None,
        "--until",
        help="With replied: a date the reply gave; pending inquiries move after it.",
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Record what happened outside Afterview: a message sent by hand, or a reply."""
    from afterview.store import Store

    moment = parse_moment(at, "--at")
    day = parse_day(until, "--until")
    with Store.open(db) as store:
        if what is What.SENT:
            m = store.log_sent(message_id, moment)
            typer.echo(f"Logged message {m.id} as sent.")
        else:
            m = store.log_replied(message_id, moment, summary, until=day)
            if day is None:
                typer.echo(
                    f"Logged a reply from {m.recipient}; pending status inquiries are cancelled."
                )
            else:
                typer.echo(
                    f"Logged a reply from {m.recipient}; pending status inquiries now "
                    f"wait until after {day.isoformat()}."
                )


class OutcomeChoice(StrEnum):
    REJECTED = "rejected"
    OFFER = "offer"
    WITHDRAWN = "withdrawn"


@app.command("outcome")
def outcome_cmd(
    application_id: int = typer.Argument(
        ..., metavar="ID", help="Application id (see `afterview list`)."
    ),
    result: OutcomeChoice = typer.Argument(..., help="How it ended."),
    at: str | None = typer.Option(None, "--at", help="When you heard (default now)."),
    by: str | None = typer.Option(None, "--by", help="Who told you (an interviewer's name)."),
    db: str | None = DB_OPTION,
) -> None:
    """Record how an application ended: chasing stops, and the plan answers instead."""
    from afterview.model import Result
    from afterview.records.service import record_outcome
    from afterview.store import Store

    moment = parse_moment(at, "--at")
    with Store.open(db) as store:
        r = record_outcome(store, application_id, Result(result.value), moment, by=by)
    typer.echo(
        f"Application {application_id}: {result.value}. "
        f"{r.cancelled} pending message(s) cancelled, {r.inserted} new."
    )
