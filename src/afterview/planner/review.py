"""Every draft the planner writes goes through the etiquette checker.

The context given to the checker is the one the plan itself implies: the
message is judged as if sent at the opening of its window, after the messages
planned before it, next to the notes going to the rest of the panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from afterview.model import Interview, Kind, PlannedMessage


def review(
    interview: Interview,
    messages: Sequence[PlannedMessage],
    *,
    disable: Sequence[str] = (),
    words: Sequence[str] = (),
) -> list[PlannedMessage]:
    """The messages, each with the findings of the checker on its draft."""
    from afterview.check import CheckContext, check

    thanks = [m for m in messages if m.kind is Kind.THANK_YOU]
    # Each note's siblings are the others': sliced out of one tuple, as a panel can be large.
    notes = tuple((m.recipient, m.body) for m in thanks)
    places: dict[str, list[int]] = {}
    for i, m in enumerate(thanks):
        places.setdefault(m.recipient, []).append(i)
    last_thanks = max((m.send_by for m in thanks), default=None)
    out = []
    previous_follow_ups = 0
    last_contact: datetime | None = last_thanks
    for message in messages:
        person = interview.find(message.recipient)
        siblings: tuple[tuple[str, str], ...] = ()
        if message.kind is Kind.THANK_YOU:
            own = places[message.recipient]
            if len(own) == 1:
                siblings = notes[: own[0]] + notes[own[0] + 1 :]
            else:  # two notes to one person: neither is the other's sibling
                siblings = tuple(n for n in notes if n[0] != message.recipient)
        context = CheckContext(
            kind=message.kind.value,
            medium=message.medium.value,
            recipient_name=message.recipient,
            recipient_title=person.title if person else None,
            candidate_name=interview.candidate.name,
            company=interview.application.company,
            position=interview.application.position,
            interview_at=interview.interview.at,
            send_at=message.send_after,
            decision_expected_by=interview.interview.decision_expected_by,
            previous_follow_ups=previous_follow_ups,
            last_contact_at=last_contact if message.kind is Kind.STATUS_INQUIRY else None,
            topics=tuple(person.topics) if person else (),
            sibling_messages=siblings,
            words=tuple(words),
        )
        findings = tuple(check(message.subject, message.body, context, disable=tuple(disable)))
        out.append(replace(message, findings=findings))
        if message.kind is Kind.STATUS_INQUIRY:
            previous_follow_ups += 1
            last_contact = message.send_by
    return out
