"""Planned messages and the plan that holds them (the JSON contract of PLAN.md)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from afterview.model.interview import Kind, Medium


@dataclass(frozen=True)
class FromNotes:
    """A stretch of a draft that says a line of the interview file in the note's words: the
    part a reader is most likely to fault, for the candidate to read as they will."""

    field: str  # the key path, as errors name it: "interviewers[1].topics[0]"
    text: str  # the line as the file has it
    start: int  # offsets of the sentence in the body
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class PlannedMessage:
    """One message the candidate should send, with its window and its reason."""

    kind: Kind
    recipient: str  # the interviewer's name as written in the interview file
    medium: Medium
    send_after: datetime
    send_by: datetime
    why: str
    subject: str = ""
    body: str = ""
    address: str | None = None  # email address or profile URL, where known
    sequence: int = 1  # 1st or 2nd status inquiry; 1 otherwise
    findings: tuple[Any, ...] = ()  # what the etiquette checker says of the draft
    from_notes: tuple[FromNotes, ...] = ()  # the sentences that carry the file's own lines

    def with_draft(self, subject: str, body: str) -> PlannedMessage:
        return replace(self, subject=subject, body=body)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "recipient": self.recipient,
            "medium": self.medium.value,
            "send_after": self.send_after.isoformat(),
            "send_by": self.send_by.isoformat(),
            "subject": self.subject,
            "body": self.body,
            "why": self.why,
            "address": self.address,
            "findings": [f.to_json() for f in self.findings],
            "from_notes": [f.to_json() for f in self.from_notes],
        }


@dataclass(frozen=True)
class Plan:
    """Every message one interview calls for, in the order they should go out."""

    company: str
    position: str
    at: datetime
    messages: tuple[PlannedMessage, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = ()  # advice for the user that is not a message

    def to_json(self) -> dict[str, Any]:
        return {
            "interview": {
                "company": self.company,
                "position": self.position,
                "at": self.at.isoformat(),
            },
            "messages": [m.to_json() for m in self.messages],
            "notes": list(self.notes),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2)
