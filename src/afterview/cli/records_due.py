"""``afterview due``: what to send or decide now, across all applications.

People run it every morning, and it must answer within 300 ms with 100,000
messages stored: on SQLite it reads with the standard library's sqlite3
(:mod:`afterview.store.due`), without starting SQLAlchemy.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import click

from afterview.cli import output
from afterview.cli.output import visible
from afterview.cli.params import db_option, now_option

if TYPE_CHECKING:
    from rich.text import Text

    from afterview.store.due import DueItem


@click.command("due")
@click.option(
    "--within",
    default="0d",
    metavar="SPAN",
    help="Also list what opens within this time, e.g. 2d, 12h.",
)
@now_option
@db_option
def due(within: str, now: str | None, db: str | None) -> None:
    """Everything to send or decide now, across all applications, overdue first.

    A draft the checker found problems in says so (`afterview draft ID` shows them).
    """
    from afterview.cli.records_parse import parse_duration
    from afterview.clock import now as clock
    from afterview.store.opening import NoDatabaseError, existing
    from afterview.store.url import sqlite_path

    span = parse_duration(within, "--within")
    moment = clock(now)
    try:
        url = existing(db)
    except NoDatabaseError as missing:
        if not missing.default:
            raise
        print_due([], moment)  # no records yet
        return
    items: list[DueItem] | None = None
    path = sqlite_path(url)
    if path is not None:
        from afterview.store.due import due_from_sqlite
        from afterview.store.migrate import HEAD

        items = due_from_sqlite(path, moment, span, HEAD)
    if items is None:  # another database, or an SQLite file of an older schema
        from afterview.store import Store
        from afterview.store.views import due as due_items

        with Store.open(url) as store:
            items = due_items(store, moment, span)
    print_due(items, moment)


def print_due(items: list[DueItem], now: datetime) -> None:
    """The due list for people: one line per item and the command that acts on it.

    Built as one styled text and printed once: Rich's per-call markup parsing
    would cost more than the query on a long list.
    """
    from rich.text import Text

    from afterview.cli.records_parse import when

    out = output.console()
    if not items:
        out.print("Nothing due. `afterview list` shows where each application stands.")
        return
    disable = _disabled_rules() if any(i.findings not in (None, "[]") for i in items) else ()
    text = Text()
    for item in items:
        where = f"[{visible(item.company)}, {visible(item.position)}]"
        if item.action == "move_on":
            text.append("decide ", "bold yellow")
            text.append(
                f"  {where} two status inquiries got no answer. Time to move on: "
                f"`afterview outcome {item.application_id} withdrawn` closes it; your "
                "energy is better spent on other applications.\n"
            )
            continue
        if item.action == "bounced":
            _bounced_line(text, item, where)
            continue
        if item.action == "unsettled":
            _unsettled_line(text, item, where)
            continue
        if item.overdue:
            text.append("overdue", "bold red")
        elif item.send_after is not None and item.send_after > now:
            text.append("soon   ", "dim")
        else:
            text.append("send   ", "green")
        state = " (approved)" if item.state == "approved" else ""
        text.append(
            f"  #{item.message_id} {item.kind.replace('_', ' ')} to {visible(item.recipient)} "
            f"by {when(item.send_by)}{state}  {where}\n"
        )
        if item.findings and item.findings != "[]":
            _findings_line(text, item, disable)
        hint = f"afterview draft {item.message_id}"
        if item.state == "planned":
            hint += f"  ·  afterview approve {item.message_id}"
        text.append(f"           {hint}\n", "dim")
    text.rstrip()
    out.print(text)


def _bounced_line(text: Text, item: DueItem, where: str) -> None:
    """A message that came back: where it failed, why, and how to send it again."""
    failed = visible(item.failed_address or "its address")
    text.append("failed ", "bold red")
    text.append(
        f"  #{item.message_id} {item.kind.replace('_', ' ')} to {visible(item.recipient)}: "
        f"delivery failed to {failed}"
    )
    text.append(f" ({visible(item.reason)})" if item.reason else "")
    text.append(f"  {where}\n")
    if item.recipient_email and item.recipient_email != item.failed_address:
        step = (
            f"the address is now {visible(item.recipient_email)}: "
            f"`afterview approve {item.message_id}` sends it again"
        )
    else:
        step = (
            f"fix the address in the interview file and `afterview add` it, then "
            f"`afterview approve {item.message_id}` to send it again"
        )
    text.append(
        f"           {step} (with a new Message-ID); or, sent another way, "
        f"`afterview log {item.message_id} sent`\n",
        "dim",
    )


def _unsettled_line(text: Text, item: DueItem, where: str) -> None:
    """A send under way, or cut off: whether it went out is for the user to find out."""
    what = f"#{item.message_id} {item.kind.replace('_', ' ')} to {visible(item.recipient)}"
    if item.state == "uncertain":
        text.append("unsure ", "bold yellow")
        text.append(f"  {what}: its send was cut off and it may have gone out  {where}\n")
    else:
        text.append("sending", "cyan")
        text.append(f"  {what}: being sent, or cut off by a crash  {where}\n")
    text.append(
        f"           look in your Sent folder: `afterview log {item.message_id} sent` if it is "
        f"there, else `afterview send {item.message_id}` asks and sends it again "
        "(same Message-ID)\n",
        "dim",
    )


def _disabled_rules() -> tuple[str, ...]:
    from afterview.settings import load_settings

    return tuple(load_settings()["check.disable"])


def _findings_line(text: Text, item: DueItem, disable: tuple[str, ...]) -> None:
    """What the checker found in the draft when it was written, in a few words."""
    from afterview.records.findings import shown

    found = shown(item.findings, disable)
    if not found:
        return
    errors = [f for f in found if f.get("severity") == "error"]
    warnings = len(found) - len(errors)
    parts = [f"{len(errors)} error{'s' * (len(errors) != 1)}"] if errors else []
    if warnings:
        parts.append(f"{warnings} warning{'s' * (warnings != 1)}")
    rules = sorted({str(f.get("rule", "")) for f in (errors or found)})
    text.append(  # one span: a long list draws quicker
        f"           check: {', '.join(parts)} ({visible(', '.join(rules))})\n",
        "red" if errors else "yellow",
    )
