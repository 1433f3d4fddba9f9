"""The etiquette checker on a stored draft, as the user types: the same :func:`check` as the CLI.

The checker's context for a stored message is built here and nowhere else in
the web app (:func:`context_for`), so that it can follow the library's own
builder of that context in one line once there is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterview.check import CheckContext, Finding
    from afterview.settings import Settings
    from afterview.store import Store, StoredMessage


@dataclass(frozen=True)
class Piece:
    """A run of a text: plain, or under a finding (``finding`` is its number in the list)."""

    text: str
    finding: int | None = None


def context_for(store: Store, message: StoredMessage, settings: Settings) -> CheckContext:
    """What the checker knows about a stored message besides its text."""
    from afterview.check import CheckContext

    siblings: tuple[tuple[str, str], ...] = ()
    previous = 0
    last_contact = None
    if message.kind in ("thank_you", "status_inquiry"):
        others = store.messages_of(message.application_id)
        same_round = [m for m in others if m.interview_id == message.interview_id]
        if message.kind == "thank_you":
            siblings = tuple(
                (m.recipient, m.body)
                for m in same_round
                if m.kind == "thank_you" and m.id != message.id and m.state != "cancelled"
            )
        else:
            earlier = [
                m for m in same_round if m.kind == "status_inquiry" and m.send_by < message.send_by
            ]
            previous = len(earlier)
            thanks = [m.send_by for m in same_round if m.kind == "thank_you"]
            last_contact = max([*thanks, *(m.send_by for m in earlier)], default=None)
    return CheckContext(
        kind=message.kind,
        medium=message.medium,
        recipient_name=message.recipient,
        candidate_name=message.candidate_name,
        company=message.company,
        position=message.position,
        send_at=message.send_after,
        previous_follow_ups=previous,
        last_contact_at=last_contact,
        sibling_messages=siblings,
        words=tuple(settings["check.words"]),
    )


def findings_for(
    store: Store, message: StoredMessage, subject: str, body: str, settings: Settings
) -> list[Finding]:
    """The checker's findings on ``subject`` and ``body`` as the draft of ``message``."""
    from afterview.check import check

    context = context_for(store, message, settings)
    return list(check(subject, body, context, disable=tuple(settings["check.disable"])))


def pieces(text: str, findings: Sequence[Finding], field: str = "body") -> list[Piece]:
    """``text`` cut into runs, each under the first finding that covers it (numbered from 1).

    A finding with an empty span (something missing) marks no text.
    """
    marks: list[int | None] = [None] * len(text)
    for number, finding in enumerate(findings, start=1):
        if finding.field != field:
            continue
        for at in range(max(finding.start, 0), min(finding.end, len(text))):
            if marks[at] is None:
                marks[at] = number
    out: list[Piece] = []
    for ch, mark in zip(text, marks, strict=True):
        if out and out[-1].finding == mark:
            out[-1] = Piece(out[-1].text + ch, mark)
        else:
            out.append(Piece(ch, mark))
    return out


def warm_up() -> None:
    """Load the checker's rules and grammar engine before the first keystroke needs them."""
    from afterview.check import CheckContext, check

    context = CheckContext(kind="thank_you", medium="email", recipient_name="Ada Lovelace")
    check("Thank you", "Dear Ada,\n\nThank you, I speaks with you soon.\n\nBest,\nMe", context)
