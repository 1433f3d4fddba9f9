"""The plan as a readable timeline (Rich), through the console of ``output.py``.

Text from the interview file (names, addresses, drafts) is made visible before
Rich measures it, so that a control character can neither reach the terminal
nor throw the boxes out of line.
"""

from __future__ import annotations

from datetime import datetime

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.text import Text

from afterview.cli import output
from afterview.cli.output import field, visible
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
        kind = KIND_LABEL[nxt.kind.value].lower()
        parts.append(
            Text(f"next: {kind} to {visible(nxt.recipient)}, from {_when(nxt.send_after)}")
        )
    if parts:
        console.print(Text(" · ").join(parts))


def _indented(renderable: RenderableType) -> Padding:
    return Padding(renderable, (0, 0, 0, 3), expand=False)


def _draft(parts: list[Text], *, boxed: bool) -> RenderableType:
    """In a box on a terminal; elsewhere (a file, a pipe) indented, its lines unwrapped."""
    if boxed:
        return _indented(Panel(Group(*parts), padding=(0, 1), expand=False, border_style="dim"))
    lines = Text("\n").join(parts).split("\n", allow_blank=True)
    return Text("\n").join(Text(" " * 5) + line if line else line for line in lines)


def _marked(message: PlannedMessage) -> Text:
    """The body, each sentence that carries a line of the file underlined: the words a reader
    is most likely to fault are the candidate's own, put into the note."""
    body = Text(visible(message.body, lines=True))
    for mark in message.from_notes:
        said = visible(message.body[mark.start : mark.end], lines=True)
        at = body.plain.find(said)
        if at >= 0:
            body.stylize("underline", at, at + len(said))
    return body


def show_plan(plan: Plan, now: datetime, *, drafts: bool = True) -> None:
    console = output.console()
    console.print(
        f"[bold]{field(plan.company)}[/] — {field(plan.position)}\n"
        f"Interview: {plan.at:%A} {plan.at.day} {plan.at:%B %Y, %H:%M} ({_offset(plan.at)})"
        f"   As of: {_when(now)}"
    )
    _summary(plan, now, console)
    for note in plan.notes:
        console.print(Text.assemble(("note: ", "bold yellow"), visible(note, lines=True)))
    if not plan.messages:
        console.print("\nNothing to send: the outcome is known and nothing more is due.")
        return
    for number, message in enumerate(plan.messages, start=1):
        head = Text.assemble(
            (f"\n{number}. {KIND_LABEL[message.kind.value]}", "bold"),
            f" to {visible(message.recipient)} by {MEDIUM_LABEL[message.medium.value]}",
            (f" <{visible(message.address)}>" if message.address else "", "dim"),
        )
        console.print(head)
        window = Text.assemble(
            f"{_when(message.send_after)} → {_when(message.send_by)}   ", _relative(message, now)
        )
        console.print(_indented(window))
        why = Text(f"Why: {visible(message.why, lines=True)}", style="italic")
        console.print(_indented(why))
        if drafts:
            parts = []
            if message.subject:
                subject = visible(message.subject)
                parts.append(Text.assemble(("Subject: ", "bold"), subject, "\n"))
            parts.append(_marked(message))
            console.print(_draft(parts, boxed=console.is_terminal))
            if message.from_notes:
                fields = ", ".join(visible(mark.field) for mark in message.from_notes)
                where = " (underlined)" if console.is_terminal else ""
                said = Text.assemble(
                    ("from your notes: ", "bold cyan"),
                    f"{fields}{where} ",
                    (
                        "(read those sentences as they will; say them your way where they read as notes)",
                        "dim",
                    ),
                )
                console.print(_indented(said))
        for finding in message.findings:
            found = Text.assemble(
                ("check: ", "bold yellow"),
                f"{finding.rule}: {visible(finding.message)} ",
                (f"({visible(finding.suggestion)})", "dim"),
            )
            console.print(_indented(found))
