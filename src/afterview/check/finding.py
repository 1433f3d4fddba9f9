"""A finding: one etiquette problem at one place in a message."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Field = Literal["body", "subject"]
Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """``start``/``end`` are character offsets into ``field``: the body, or the subject.

    A finding about the message as a whole (too long, no thanks at all) spans
    the part it concerns best, e.g. the first line; an empty span (start ==
    end) marks a place where something is missing.
    """

    field: Field
    start: int
    end: int
    rule: str
    category: str
    severity: Severity
    message: str
    suggestion: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
