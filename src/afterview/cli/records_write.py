"""Changing the records: ``add``, ``edit``, ``approve``, ``log`` and ``outcome``."""

from __future__ import annotations

from pathlib import Path

import click

from afterview.cli import output
from afterview.cli.params import PATH, RECORD_ID, db_option, now_option
from afterview.cli.records_parse import parse_day, parse_day_or_moment, parse_moment
from afterview.cli.records_parse import when as when_text


@click.command("add")
@click.argument("files", nargs=-1, required=True, type=PATH, metavar="FILE...")
@now_option
@db_option
def add(files: tuple[Path, ...], now: str | None, db: str | None) -> None:
    """Store interviews and their plans. Adding a file again updates it; a later round
    joins its application.

    Each FILE is an interview file (TOML); - reads standard input. Every file
    is read and planned first: one with a mistake stores nothing.
    """
    from afterview.clock import now as clock
    from afterview.records.service import add_interview, prepare
    from afterview.store import Store

    moment = clock(now)
    prepared = [prepare(path) for path in files]  # a bad file: exit 2 before anything is written
    with Store.open(db) as store:
        for path, (interview, planned, source) in zip(files, prepared, strict=True):
            r = add_interview(store, interview, planned, source=source, now=moment)
            verb = "Added" if r.interview_created else "Updated"
            where = "new application" if r.application_created else "application"
            output.say(
                f"{verb} {output.visible(str(path))}: {where} {r.application_id}, "
                f"interview {r.interview_id}; messages: {r.inserted} new, {r.updated} refreshed, "
                f"{r.kept} kept, {r.cancelled} cancelled."
            )
            for warning in r.warnings:
                output.note(warning)


@click.command("edit")
@click.argument("message_id", type=RECORD_ID, metavar="ID")
@now_option
@db_option
def edit(message_id: int, now: str | None, db: str | None) -> None:
    """Edit a draft in $EDITOR; it is checked again when you save. ID: see `afterview due`.

    An approved draft that you change waits for your approval again.
    """
    from afterview.cli.findings_view import show
    from afterview.clock import now as clock
    from afterview.records.drafts import edit_in_editor, from_text, to_text
    from afterview.records.findings import judge, refresh
    from afterview.store import State, Store

    moment = clock(now)
    with Store.open(db, create=False) as store:
        message = store.get_message(message_id)
        edited = edit_in_editor(to_text(message))
        if edited is None:
            output.say("Nothing changed in the editor: the draft is as it was.")
            return
        subject, body = from_text(message, edited)
        with store.atomic():
            store.update_draft(message_id, subject, body, now=moment)
            refresh(store, [message.interview_id])
        judged = judge(store, message_id, now=moment)
    output.say(f"Saved the draft of message {message_id}.")
    if message.state == State.APPROVED:
        output.say(
            f"It was approved; what it says now is not what you approved, so it waits: "
            f"`afterview approve {message_id}` once you are happy with it."
        )
    show(judged, err=True)


@click.command("approve")
@click.argument("message_ids", nargs=-1, required=True, type=RECORD_ID, metavar="ID...")
@click.option(
    "--force", is_flag=True, help="Approve a draft even if the checker finds an error in it."
)
@now_option
@db_option
def approve(message_ids: tuple[int, ...], force: bool, now: str | None, db: str | None) -> None:
    """Approve planned messages for sending, or bounced ones for sending again.

    Each draft is checked first. If the checker finds an error in one (the
    wrong company, an unfilled [slot]...), you are asked at a terminal;
    anywhere else it is refused (exit 1) unless you give --force. Either all
    the messages named are approved or none is: an unknown ID approves nothing.
    """
    from afterview.cli.findings_view import show
    from afterview.cli.records_ask import at_terminal, confirm
    from afterview.clock import now as clock
    from afterview.records.approvals import FlaggedDraftError
    from afterview.records.approvals import approve as approve_all
    from afterview.records.findings import Judged
    from afterview.store import Store

    def ask(judged: Judged) -> bool:
        show(judged)
        return confirm(f"Approve message {judged.message.id} anyway?")

    moment = clock(now)
    with Store.open(db, create=False) as store:
        try:
            done = approve_all(
                store, message_ids, now=moment, force=force, ask=ask if at_terminal() else None
            )
        except FlaggedDraftError as refused:
            for judged in refused.flagged:
                show(judged, err=True)
            raise
        bounced = store.bounced_addresses() if any(a.again for a in done) else {}
    for a in done:
        m = a.after
        kind = m.kind.replace("_", " ")
        if a.skipped:
            output.say(f"Left message {m.id} unapproved: {kind} to {output.visible(m.recipient)}.")
            continue
        output.say(f"Approved message {m.id}: {kind} to {output.visible(m.recipient)}.")
        if a.judged is not None and a.judged.findings:
            from afterview.cli.findings_view import count

            output.say(
                f"  The checker found {count(a.judged.findings)}: `afterview draft {m.id}` "
                "shows them."
            )
        if a.again and (m.recipient_email or "").strip().lower() in bounced:
            output.say(
                f"  It bounced at {output.visible(m.recipient_email or '')}, which is not "
                "corrected yet: fix the address in the interview file and `afterview add` it; "
                f"then `afterview send {m.id}` sends it, with a new Message-ID."
            )
        elif a.again:
            address = output.visible(m.recipient_email or "no address on record")
            output.say(
                f"  It bounced before; `afterview send {m.id}` sends it again to "
                f"{address}, with a new Message-ID."
            )


@click.command("log")
@click.argument("message_id", type=RECORD_ID, metavar="ID")
@click.argument("what", type=click.Choice(["sent", "replied"]))
@click.option("--at", metavar="WHEN", help="When (ISO date or time; default now).")
@click.option("--summary", default="", help="What the reply said, in a few words.")
@click.option(
    "--until",
    metavar="DATE",
    help='With replied: a date the reply gave ("we decide by the 18th"): the pending '
    "status inquiries move to after it instead of being cancelled.",
)
@now_option
@db_option
def log(
    message_id: int,
    what: str,
    at: str | None,
    summary: str,
    until: str | None,
    now: str | None,
    db: str | None,
) -> None:
    """Record what happened outside Afterview: a message sent by hand, or a reply.

    WHAT is sent (you sent it yourself) or replied (its recipient answered).
    `afterview undo` takes it back.
    """
    from afterview.clock import now as clock
    from afterview.errors import UsageError
    from afterview.store import Store

    moment = clock(now)
    when = parse_moment(at, "--at", now=moment)
    day = parse_day(until, "--until")
    if day is not None and what != "replied":
        raise UsageError("--until goes with `replied`: the date a reply gave.")
    with Store.open(db, create=False) as store:
        if what == "sent":
            m = store.log_sent(message_id, when, now=moment)
            output.say(f"Logged message {m.id} as sent.")
            return
        m = store.log_replied(message_id, when, summary, until=day, now=moment)
        pending = [
            x
            for x in store.messages_of(m.application_id)
            if x.kind == "status_inquiry" and x.state in ("planned", "approved")
        ]
    who = output.visible(m.recipient)
    if day is None:
        output.say(f"Logged a reply from {who}; pending status inquiries are cancelled.")
        return
    if not pending:
        output.say(
            f"Logged a reply from {who}, who gave {day.isoformat()}; no status inquiry is left "
            "to send, so nothing moved."
        )
        return
    output.say(f"Logged a reply from {who}; pending status inquiries wait until after {day}:")
    for x in pending:
        output.say(f"  status inquiry {x.id} opens {when_text(x.send_after)}.")


@click.command("outcome")
@click.argument("application_id", type=RECORD_ID, metavar="ID")
@click.argument("result", type=click.Choice(["rejected", "offer", "withdrawn"]))
@click.option(
    "--at", metavar="WHEN", help="When you heard: a date, or a date and time (default now)."
)
@click.option("--by", metavar="NAME", help="Who told you (an interviewer's name).")
@now_option
@db_option
def outcome(
    application_id: int,
    result: str,
    at: str | None,
    by: str | None,
    now: str | None,
    db: str | None,
) -> None:
    """Record how an application ended: chasing stops, and the plan answers instead.

    ID is the application (see `afterview list`); RESULT is how it ended. Its
    thank-you notes and inquiries not yet sent are cancelled. `afterview undo`
    takes it back.
    """
    from afterview.clock import now as clock
    from afterview.model import Result
    from afterview.records.service import record_outcome
    from afterview.store import Store

    moment = clock(now)
    heard = parse_day_or_moment(at, "--at", now=moment)
    with Store.open(db, create=False) as store:
        r = record_outcome(store, application_id, Result(result), heard, by=by, now=moment)
    output.say(
        f"Application {application_id}: {result}. "
        f"{r.cancelled} pending message(s) cancelled, {r.inserted} new."
    )
