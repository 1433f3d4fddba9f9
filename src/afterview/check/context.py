"""What the checker knows about a message besides its text.

The fields mirror the context of the shared etiquette cases (see
``docs/check.md``). Only ``kind`` and ``medium`` are required; a rule whose
facts are missing (no send time, no topics, no sibling notes) stays quiet.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from afterview.errors import InputError, Problem

KINDS = ("thank_you", "status_inquiry", "rejection_reply", "feedback_request")
MEDIA = ("email", "linkedin", "handwritten")


@dataclass(frozen=True)
class CheckContext:
    """The facts about one message that the rules may use (see the module docstring)."""

    kind: str
    medium: str
    recipient_name: str | None = None
    recipient_title: str | None = None
    candidate_name: str | None = None
    company: str | None = None
    position: str | None = None
    interview_at: datetime | None = None
    send_at: datetime | None = None
    decision_expected_by: date | None = None
    previous_follow_ups: int = 0
    last_contact_at: datetime | None = None
    topics: Sequence[str] = field(default_factory=tuple)
    other_companies: Sequence[str] = field(default_factory=tuple)
    # (recipient name, body) of the notes to the other members of the panel
    sibling_messages: Sequence[tuple[str, str]] = field(default_factory=tuple)
    words: Sequence[str] = field(default_factory=tuple)  # extra words spelling accepts

    def __post_init__(self) -> None:
        problems = []
        if self.kind not in KINDS:
            problems.append(
                Problem(f"{self.kind!r} is not one of {', '.join(KINDS)}", location="kind")
            )
        if self.medium not in MEDIA:
            problems.append(
                Problem(f"{self.medium!r} is not one of {', '.join(MEDIA)}", location="medium")
            )
        if (
            isinstance(self.previous_follow_ups, bool)
            or not isinstance(self.previous_follow_ups, int)
            or self.previous_follow_ups < 0
        ):
            problems.append(
                Problem(
                    f"{self.previous_follow_ups!r} is not a count (0 or more)",
                    location="previous_follow_ups",
                )
            )
        for name in ("interview_at", "send_at", "last_contact_at"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, datetime) or value.utcoffset() is None):
                problems.append(Problem("needs a date and time with a UTC offset", location=name))
        if problems:
            raise InputError("The check context is not usable.", problems=problems)
        # Tuples, so a context can be shared and hashed safely.
        object.__setattr__(self, "topics", tuple(self.topics))
        object.__setattr__(self, "other_companies", tuple(self.other_companies))
        siblings = self.sibling_messages
        if type(siblings) is not tuple or not set(map(type, siblings)) <= {tuple}:
            # Rebuilt only when needed: a large panel's notes each carry all the others.
            object.__setattr__(self, "sibling_messages", tuple((n, b) for n, b in siblings))
        object.__setattr__(self, "words", tuple(self.words))

    @classmethod
    def from_case(cls, case: Mapping[str, Any], source: str = "<case>") -> CheckContext:
        """The context of one case in the shared etiquette format (``cases.jsonl``)."""
        ctx = case.get("context") if isinstance(case, Mapping) else None
        if not isinstance(ctx, Mapping):
            raise InputError(f"{source}: the case has no 'context' object.")
        reader = _Reader(ctx, source)
        siblings = []
        for i, sib in enumerate(reader.items("sibling_messages", Mapping)):
            name, body = sib.get("recipient"), sib.get("body")
            if not isinstance(name, str) or not isinstance(body, str):
                reader.fail(f"sibling_messages[{i}]", "needs 'recipient' and 'body' strings")
                continue
            siblings.append((name, body))
        made = dict(
            kind=reader.text("kind", required=True) or "",
            medium=reader.text("medium", required=True) or "",
            recipient_name=reader.person("recipient", "name"),
            recipient_title=reader.person("recipient", "title"),
            candidate_name=reader.person("candidate", "name"),
            company=reader.text("company"),
            position=reader.text("position"),
            interview_at=reader.moment("interview_at"),
            send_at=reader.moment("send_at"),
            decision_expected_by=reader.day("decision_expected_by"),
            previous_follow_ups=reader.count("previous_follow_ups"),
            last_contact_at=reader.moment("last_contact_at"),
            topics=reader.items("topics", str),
            other_companies=reader.items("other_companies", str),
            sibling_messages=siblings,
        )
        if reader.problems:
            raise InputError(
                f"{source}: the case's context is not usable.", problems=reader.problems
            )
        try:
            return cls(**made)  # type: ignore[arg-type]
        except InputError as exc:
            raise InputError(
                f"{source}: the case's context is not usable.",
                problems=[
                    Problem(p.message, source=source, location=f"context.{p.location}")
                    for p in exc.problems
                ],
            ) from None


def parse_datetime(text: str) -> datetime:
    """ISO 8601 with an offset ("Z" allowed); raises ValueError otherwise."""
    value = text.strip()
    if value[-1:] in ("Z", "z"):
        value = value[:-1] + "+00:00"
    if len(value) == 10:
        raise ValueError("a date alone; give a time and a UTC offset")
    moment = datetime.fromisoformat(value)
    if moment.utcoffset() is None:
        raise ValueError("no UTC offset, e.g. 2026-11-20T14:00:00-05:00")
    return moment


def parse_date(text: str) -> date:
    """A calendar date; a datetime is read as its own local date."""
    value = text.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    return parse_datetime(value).date()


class _Reader:
    """Reads typed context fields, collecting every problem rather than stopping at one."""

    def __init__(self, ctx: Mapping[str, Any], source: str) -> None:
        self.ctx = ctx
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, key: str, message: str) -> None:
        self.problems.append(Problem(message, source=self.source, location=f"context.{key}"))

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.ctx.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            self.fail(key, "needs a string" if value is not None else "is missing")
            return None
        return value

    def person(self, key: str, part: str) -> str | None:
        value = self.ctx.get(key)
        if value is None:
            return None
        if not isinstance(value, Mapping):
            self.fail(key, 'needs an object such as {"name": "Jane Okafor"}')
            return None
        got = value.get(part)
        if got is not None and not isinstance(got, str):
            self.fail(f"{key}.{part}", "needs a string")
            return None
        return got

    def count(self, key: str) -> int:
        value = self.ctx.get(key, 0)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(key, f"needs a whole number, 0 or more (got {value!r})")
            return 0
        return value

    def moment(self, key: str) -> datetime | None:
        value = self.ctx.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, "needs an ISO 8601 string")
            return None
        try:
            return parse_datetime(value)
        except (ValueError, IndexError) as exc:
            self.fail(key, f"{value!r} is not a date and time with offset ({exc})")
            return None

    def day(self, key: str) -> date | None:
        value = self.ctx.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, "needs a date string YYYY-MM-DD")
            return None
        try:
            return parse_date(value)
        except (ValueError, IndexError):
            self.fail(key, f"{value!r} is not a date (YYYY-MM-DD)")
            return None

    def items(self, key: str, kind: type) -> list[Any]:
        value = self.ctx.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, kind) for v in value):
            self.fail(key, f"needs a list of {'strings' if kind is str else 'objects'}")
            return []
        return value
