"""Every draft goes through the etiquette checker, in the one context its plan implies.

:func:`context_for` is the only place a draft's :class:`~afterview.check.CheckContext`
is built: ``plan``, ``check --interview``, the record commands (``add``, ``edit``,
``draft``, ``due``, ``approve``, ``send --dry-run``) and any other front end call
it, so a draft is judged the same everywhere. The context is the one the plan
itself implies: the message is judged as if sent at the opening of its window
(or later, when that has passed), after the messages planned before it, next to
the notes going to the rest of the panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from afterview.model import Interview, Interviewer, Kind, PlannedMessage

if TYPE_CHECKING:
    from afterview.check import CheckContext


class Draft(Protocol):
    """What :func:`context_for` reads of a message: a planned one, or one from the store."""

    @property
    def kind(self) -> Any: ...  # a Kind, or its value

    @property
    def medium(self) -> Any: ...  # a Medium, or its value

    @property
    def recipient(self) -> str: ...

    @property
    def sequence(self) -> int: ...

    @property
    def send_after(self) -> datetime: ...

    @property
    def send_by(self) -> datetime: ...

    @property
    def body(self) -> str: ...


def _value(item: Any) -> str:
    return str(getattr(item, "value", item))


def _contact_time(message: Draft) -> datetime:
    """When a message reached its reader: when it was sent, if known, else its deadline."""
    sent = getattr(message, "sent_at", None)
    return sent if isinstance(sent, datetime) else message.send_by


def context_for(
    interview: Interview,
    message: Draft,
    messages: Sequence[Draft] = (),
    *,
    send_at: datetime | None = None,
    other_companies: Sequence[str] = (),
    words: Sequence[str] = (),
) -> CheckContext:
    """The checker's context for ``message``, one of the messages of ``interview``.

    ``messages`` are the messages of the same round that will go out (the plan,
    or the stored messages not cancelled; ``message`` may be among them): they
    give the notes to the rest of the panel, the follow-ups before this one and
    the last contact. ``send_at`` is when it would go out (default: the opening
    of its window). ``other_companies`` are the candidate's other applications
    (from the records, given by the caller); ``words`` are extra accepted
    spellings (the ``check.words`` setting). For many messages of one round,
    :class:`Round` reads the round once.
    """
    return Round(interview, messages, other_companies=other_companies, words=words).context(
        message, send_at=send_at
    )


class Round:
    """The messages of one round, read once; :meth:`context` is :func:`context_for`.

    A panel of n people has n thank-you notes, each judged next to the n - 1
    others: reading the round again for each would make a large panel quadratic.
    """

    def __init__(
        self,
        interview: Interview,
        messages: Sequence[Draft],
        *,
        other_companies: Sequence[str] = (),
        words: Sequence[str] = (),
    ) -> None:
        self.interview = interview
        self.other_companies = tuple(other_companies)
        self.words = tuple(words)
        thanks = [m for m in messages if _value(m.kind) == Kind.THANK_YOU.value]
        self.inquiries = [m for m in messages if _value(m.kind) == Kind.STATUS_INQUIRY.value]
        self.thank_times = [_contact_time(m) for m in thanks]
        self.notes = tuple((m.recipient, m.body) for m in thanks)
        self.places: dict[str, list[int]] = {}
        for i, m in enumerate(thanks):
            self.places.setdefault(m.recipient, []).append(i)

    def thanked(self, person: Interviewer) -> bool:
        from afterview.compose.reading import thanked_for_their_part  # lazily: heavy

        return thanked_for_their_part(person, self.interview.application.position)

    def siblings(self, recipient: str) -> tuple[tuple[str, str], ...]:
        """The notes to the rest of the panel: every thank-you but those to ``recipient``."""
        own = self.places.get(recipient, [])
        if not own:
            return self.notes
        if len(own) == 1:
            return self.notes[: own[0]] + self.notes[own[0] + 1 :]
        return tuple(n for n in self.notes if n[0] != recipient)

    def context(self, message: Draft, *, send_at: datetime | None = None) -> CheckContext:
        from afterview.check import CheckContext

        kind = _value(message.kind)
        person = self.interview.find(message.recipient)
        siblings: tuple[tuple[str, str], ...] = ()
        previous_follow_ups = 0
        last_contact: datetime | None = None
        if kind == Kind.THANK_YOU.value:
            siblings = self.siblings(message.recipient)
        elif kind == Kind.STATUS_INQUIRY.value:
            earlier = [m for m in self.inquiries if m.sequence < message.sequence]
            previous_follow_ups = len(earlier)
            contacts = [*self.thank_times, *map(_contact_time, earlier)]
            last_contact = max(contacts, default=None)
        interview = self.interview
        return CheckContext(
            kind=kind,
            medium=_value(message.medium),
            recipient_name=message.recipient,
            recipient_title=person.title if person else None,
            candidate_name=interview.candidate.name,
            company=interview.application.company,
            position=interview.application.position,
            interview_at=interview.interview.at,
            send_at=send_at or message.send_after,
            decision_expected_by=interview.interview.decision_expected_by,
            previous_follow_ups=previous_follow_ups,
            last_contact_at=last_contact,
            # who arranged the day or interpreted is thanked for that, with no topic to name
            topics=tuple(person.topics) if person and not self.thanked(person) else (),
            other_companies=self.other_companies,
            sibling_messages=siblings,
            words=self.words,
        )


def review(
    interview: Interview,
    messages: Sequence[PlannedMessage],
    *,
    disable: Sequence[str] = (),
    words: Sequence[str] = (),
    other_companies: Sequence[str] = (),
) -> list[PlannedMessage]:
    """The messages, each with the findings of the checker on its draft."""
    from afterview.check import check

    out = []
    round_ = Round(interview, messages, other_companies=other_companies, words=words)
    for message in messages:
        context = round_.context(message)
        findings = tuple(check(message.subject, message.body, context, disable=tuple(disable)))
        out.append(replace(message, findings=findings))
    return out
