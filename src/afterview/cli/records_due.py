"""``afterview due`` without Typer: parse, query with sqlite3, print.

``due`` is the command people run every morning, and it must answer within
300 ms with 100,000 messages stored. Typer and its imports alone take more
than that, so :func:`afterview.cli.main` hands ``due`` here first, as it does
``check``. The plain forms (``due``, ``--within``, ``--db``) are handled here;
anything else (``--help``, a mistake, a database that is not a current SQLite
file) returns None and the Typer command in ``records_view`` takes over, with
the same output.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.text import Text

    from afterview.store.due import DueItem


def _options(args: Sequence[str]) -> dict[str, str] | None:
    """``--within``/``--db`` values, or None for anything this parser does not take."""
    from afterview.cli.argv import read_args

    return read_args(args, {"--within": ("--within", None), "--db": ("--db", None)})


def run_fast(args: Sequence[str]) -> int | None:
    """The exit code, or None when the Typer command should handle these arguments."""
    if not args or args[0] != "due":
        return None
    options = _options(args[1:])
    if options is None:
        return None
    from afterview.cli.records_parse import parse_duration
    from afterview.errors import UsageError
    from afterview.store.due import due_from_sqlite
    from afterview.store.migrate import HEAD
    from afterview.store.url import resolve_url, sqlite_path

    try:
        span = parse_duration(options.get("--within", "0d"), "--within")
    except UsageError:
        return None
    path = sqlite_path(resolve_url(options.get("--db")))
    if path is None:
        return None
    items = due_from_sqlite(path, datetime.now(UTC), span, HEAD)
    if items is None:
        return None
    print_due(items)
    return 0


def print_due(items: list[DueItem], now: datetime | None = None) -> None:
    """The due list for people: one line per item and the command that acts on it.

    Built as one styled text and printed once: Rich's per-call markup parsing
    would cost more than the query on a long list.
    """
    from rich.console import Console
    from rich.text import Text

    from afterview.cli.records_parse import when

    out = Console(highlight=False, soft_wrap=True)
    if not items:
        out.print("Nothing due. `afterview list` shows where each application stands.")
        return
    now = now or datetime.now(UTC)
    text = Text()
    for item in items:
        where = f"[{item.company}, {item.position}]"
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
        if item.overdue:
            text.append("overdue", "bold red")
        elif item.send_after is not None and item.send_after > now:
            text.append("soon   ", "dim")
        else:
            text.append("send   ", "green")
        state = " (approved)" if item.state == "approved" else ""
        text.append(
            f"  #{item.message_id} {item.kind.replace('_', ' ')} to {item.recipient} "
            f"by {when(item.send_by)}{state}  {where}\n"
        )
        hint = f"afterview draft {item.message_id}"
        if item.state == "planned":
            hint += f"  ·  afterview approve {item.message_id}"
        text.append(f"           {hint}\n", "dim")
    text.rstrip()
    out.print(text)


def _bounced_line(text: Text, item: DueItem, where: str) -> None:
    """A message that came back: where it failed, why, and how to send it again."""
    failed = item.failed_address or "its address"
    text.append("failed ", "bold red")
    text.append(
        f"  #{item.message_id} {item.kind.replace('_', ' ')} to {item.recipient}: "
        f"delivery failed to {failed}"
    )
    text.append(f" ({item.reason})" if item.reason else "")
    text.append(f"  {where}\n")
    if item.recipient_email and item.recipient_email != item.failed_address:
        step = f"the address is now {item.recipient_email}: `afterview approve {item.message_id}` sends it again"
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


__all__ = ["print_due", "run_fast"]
