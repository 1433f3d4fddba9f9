"""The plan as a readable timeline (Rich)."""

from __future__ import annotations

from datetime import datetime

from rich.console import Console, Group
from rich.markup import escape
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from afterview.model import Plan, PlannedMessage
from afterview.planner import Status, status

KIND_LABEL = {
    "thank_you": "Thank-you note",
    "status_inquiry": "Status inquiry",
    "rejection_reply": "Reply to the rejection",
    "feedback_request": "Feedback request",
}
MEDIUM_LABEL = {"email": "email", "linkedin": "LinkedIn", "handwritten": "handwritten card"}
STATUS_STYLE = {Status.OVERDUE: "bold red", Status.OPEN: "bold green", Status.UPCOMING: "cyan"}


def _when(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %H:%M}"


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")
    return f"UTC{text[:3]}:{text[3:]}"


def _relative(message: PlannedMessage, now: datetime) -> Text:
    state = status(message, now)
    if state is Status.UPCOMING:
        delta = message.send_after - now
        label = f"opens in {_span(delta.total_seconds())}"
    elif state is Status.OPEN:
        label = f"send now: {_span((message.send_by - now).total_seconds())} left"
    else:
        label = f"overdue by {_span((now - message.send_by).total_seconds())}"
    return Text(label, style=STATUS_STYLE[state])


def _span(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h"
    return f"{hours // 24} days"


def _summary(plan: Plan, now: datetime, console: Console) -> None:
    """One line: how many messages are overdue or open, and what comes next."""
    states = [status(m, now) for m in plan.messages]
    parts = []
    for state, word in ((Status.OVERDUE, "overdue"), (Status.OPEN, "to send now")):
        if states.count(state):
            parts.append(Text(f"{states.count(state)} {word}", style=STATUS_STYLE[state]))
    upcoming = [m for m, s in zip(plan.messages, states, strict=True) if s is Status.UPCOMING]
    if upcoming:
        nxt = upcoming[0]
        parts.append(
            Text(
                f"next: {KIND_LABEL[nxt.kind.value].lower()} to {nxt.recipient}, from {_when(nxt.send_after)}"
            )
        )
    if parts:
        console.print(Text(" · ").join(parts))


def show_plan(
    plan: Plan, now: datetime, *, drafts: bool = True, console: Console | None = None
) -> None:
    console = console or Console(highlight=False)
    console.print(
        f"[bold]{escape(plan.company)}[/] — {escape(plan.position)}\n"
        f"Interview: {plan.at:%A} {plan.at.day} {plan.at:%B %Y, %H:%M} ({_offset(plan.at)})"
        f"   As of: {_when(now)}"
    )
    _summary(plan, now, console)
    for note in plan.notes:
        console.print(Text.assemble(("note: ", "bold yellow"), note))
    if not plan.messages:
        console.print("\nNothing to send: the outcome is known and nothing more is due.")
        return
    for number, message in enumerate(plan.messages, start=1):
        head = Text.assemble(
            (f"\n{number}. {KIND_LABEL[message.kind.value]}", "bold"),
            f" to {message.recipient} by {MEDIUM_LABEL[message.medium.value]}",
            (f" <{message.address}>" if message.address else "", "dim"),
        )
        console.print(head)
        window = Text.assemble(
            f"{_when(message.send_after)} → {_when(message.send_by)}   ", _relative(message, now)
        )
        console.print(Padding(window, (0, 0, 0, 3)))
        console.print(Padding(Text(f"Why: {message.why}", style="italic"), (0, 0, 0, 3)))
        if drafts:
            parts = []
            if message.subject:
                parts.append(Text.assemble(("Subject: ", "bold"), message.subject, "\n"))
            parts.append(Text(message.body))
            panel = Panel(Group(*parts), padding=(0, 1), expand=False, border_style="dim")
            console.print(Padding(panel, (0, 0, 0, 3)))
        for finding in message.findings:
            console.print(
                Padding(
                    Text.assemble(
                        ("check: ", "bold yellow"),
                        f"{finding.rule}: {finding.message} ",
                        (f"({finding.suggestion})", "dim"),
                    ),
                    (0, 0, 0, 3),
                )
            )
