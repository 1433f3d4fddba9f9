"""Reading the records: ``list``, ``show`` and ``draft`` (``due`` is in ``records_due``)."""

from __future__ import annotations

import click

from afterview.cli import output
from afterview.cli.output import field
from afterview.cli.params import RECORD_ID, db_option, now_option
from afterview.cli.records_parse import when


@click.command("list")
@now_option
@db_option
def list_(now: str | None, db: str | None) -> None:
    """List every application with its stage and next action."""
    from rich.table import Table

    from afterview.clock import now as clock
    from afterview.store import Store
    from afterview.store.opening import NoDatabaseError
    from afterview.store.views import list_applications

    moment = clock(now)
    try:
        with Store.open(db, create=False) as store:
            store.sweep(moment)
            summaries = list_applications(store)
    except NoDatabaseError as missing:
        if not missing.default:
            raise
        summaries = []  # no records yet
    console = output.console()
    if not summaries:
        console.print("No applications yet: `afterview add INTERVIEW.toml` stores one.")
        return
    table = Table("id", "company", "position", "stage", "rounds", "next action", box=None)
    for s in summaries:
        a, nxt, back, unsure = s.application, s.next_message, s.bounced, s.unsettled
        if unsure is not None:
            action = (
                f"{unsure.kind.replace('_', ' ')} to {field(unsure.recipient)} may have gone out "
                f"(message {unsure.id}, {unsure.state}): look in your Sent folder, then "
                f"`afterview log {unsure.id} sent`, or `afterview send {unsure.id}`"
            )
        elif back is not None:
            action = (
                f"{back.kind.replace('_', ' ')} to {field(back.recipient)} bounced "
                f"(message {back.id}): fix the address, then `afterview approve` it"
            )
        elif nxt is not None:
            action = (
                f"{nxt.kind.replace('_', ' ')} to {field(nxt.recipient)} "
                f"by {when(nxt.send_by)} (message {nxt.id})"
            )
        else:
            action = _closed_action(a.stage)
        stage = a.stage.replace("_", " ")
        table.add_row(str(a.id), field(a.company), field(a.position), stage, str(s.rounds), action)
    console.print(table)


def _closed_action(stage: str) -> str:
    return {
        "no_response": "no answer to two inquiries: move on",
        "offer": "an offer: congratulations",
        "rejected": "closed",
        "withdrawn": "closed",
    }.get(stage, "nothing to send: wait for news")


@click.command("show")
@click.argument("application_id", type=RECORD_ID, metavar="ID")
@db_option
def show(application_id: int, db: str | None) -> None:
    """Show one application: rounds, interviewers, messages and history.

    ID is the application (see `afterview list`).
    """
    from afterview.store import Store
    from afterview.store.views import application_detail

    with Store.open(db, create=False) as store:
        detail = application_detail(store, application_id)
    a = detail.application
    out = output.console()
    ref = f" ({field(a.reference)})" if a.reference else ""
    out.print(f"[bold]{field(a.company)}[/]: {field(a.position)}{ref}  stage: {a.stage}")
    for i, doc in enumerate(detail.rounds, start=1):
        people = ", ".join(p["name"] for p in doc.get("interviewers", []))
        out.print(f"  round {i}: {doc['interview']['at']}  with {field(people)}")
    out.print("[bold]Messages[/]")
    for m in detail.messages:
        out.print(
            f"  {m.id:>5}  {m.state:<9} {m.kind.replace('_', ' '):<16} to {field(m.recipient)}"
            f" ({m.medium}), {when(m.send_after)} → {when(m.send_by)}"
        )
    out.print("[bold]History[/]")
    for e in detail.events:
        who = f" from {field(e.sender)}" if e.sender else ""
        out.print(f"  {e.at:%Y-%m-%d %H:%M}Z  {e.kind:<11}{who} {field(e.summary)}")


@click.command("draft")
@click.argument("message_id", type=RECORD_ID, metavar="ID")
@now_option
@db_option
def draft(message_id: int, now: str | None, db: str | None) -> None:
    """Print a message's draft, ready to copy, and what the checker finds in it.

    ID: see `afterview due`. The findings go to standard error.
    """
    from afterview.cli.findings_view import show
    from afterview.clock import now as clock
    from afterview.records.findings import JUDGED, judge
    from afterview.store import Store

    moment = clock(now)
    with Store.open(db, create=False) as store:
        m = store.get_message(message_id)
        judged = judge(store, message_id, now=moment) if m.state in JUDGED else None
    address = m.recipient_email if m.medium == "email" else m.recipient_linkedin
    to = output.visible(m.recipient) + (f" <{output.visible(address)}>" if address else "")
    output.say(f"To: {to} ({m.medium})")
    if m.subject:
        output.say(f"Subject: {output.visible(m.subject)}")
    output.say(f"Window: {when(m.send_after)} to {when(m.send_by)}  ({m.state})")
    output.say()
    output.say(m.body)
    if judged is not None:  # on standard error: `afterview draft 12 > note.txt` keeps the note
        show(judged, err=True)
