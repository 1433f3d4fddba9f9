"""Showing the checker's findings on stored drafts (``draft``, ``edit``, ``approve``,
``send --dry-run``); ``due`` shows the findings kept with each draft."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from afterview.cli import output

if TYPE_CHECKING:
    from afterview.records.findings import Judged


def where(finding: Any, body: str) -> str:
    """``subject`` or ``line:column`` in the body."""
    if finding.field == "subject":
        return "subject"
    from afterview.check import line_column

    line, column = line_column(body, finding.start)
    return f"{line}:{column}"


def count(findings: Iterable[Mapping[str, Any] | Any]) -> str:
    """``1 error, 2 warnings``."""
    severities = [f["severity"] if isinstance(f, Mapping) else f.severity for f in findings]
    errors = severities.count("error")
    warnings = len(severities) - errors
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' * (errors != 1)}")
    if warnings:
        parts.append(f"{warnings} warning{'s' * (warnings != 1)}")
    return ", ".join(parts) or "no problems"


def show(judged: Judged, *, err: bool = False, heading: bool = True) -> None:
    """The findings on one draft, one line each with its suggestion, or that it is clean."""
    import sys

    m = judged.message
    if err:
        sys.stdout.flush()  # what came before on standard output shows first
    console = output.console(stderr=err)
    if not judged.findings:
        if heading:
            console.print(f"Check of message {m.id}: no problems found.")
        return
    if heading:
        console.print(f"Check of message {m.id}: {count(judged.findings)}.")
    for f in judged.findings:
        colour = "bold red" if f.severity == "error" else "bold yellow"
        console.print(
            f"  {where(f, m.body)}: [{colour}]{f.severity}[/] [cyan]{f.rule}[/] "
            f"{output.field(f.message)}"
        )
        console.print(f"      [dim]suggestion:[/] {output.field(f.suggestion)}")


def show_stored(store: Any, ids: Iterable[int], *, now: Any = None) -> None:
    """The findings on stored drafts, judged afresh (``send --dry-run``)."""
    from afterview.records.findings import judge

    for id in ids:
        show(judge(store, id, now=now))
