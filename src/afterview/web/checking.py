"""The etiquette checker on a stored draft, as the user types: the same :func:`check` as the CLI.

The checker's context for a stored message is built here and nowhere else in
the web app (:func:`context_for`), so that it can follow the library's own
builder of that context in one line once there is one.
"""

from __future__ import annotations

import itertools
import threading
import time
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
    store: Store,
    message: StoredMessage,
    subject: str,
    body: str,
    settings: Settings,
    context: CheckContext | None = None,
) -> list[Finding]:
    """The checker's findings on ``subject`` and ``body`` as the draft of ``message``."""
    from afterview.check import check

    context = context or context_for(store, message, settings)
    return list(check(subject, body, context, disable=tuple(settings["check.disable"])))


def pieces(text: str, findings: Sequence[Finding], field: str = "body") -> list[Piece]:
    """``text`` cut into runs, each under the first finding that covers it (numbered from 1).

    A finding with an empty span (something missing) marks no text.
    """
    spans = [
        (max(f.start, 0), min(f.end, len(text)), number)
        for number, f in enumerate(findings, start=1)
        if f.field == field and f.end > f.start
    ]
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        if start >= end:
            continue
        mark = next((n for a, b, n in spans if a <= start and end <= b), None)
        if out and out[-1].finding == mark:
            out[-1] = Piece(out[-1].text + text[start:end], mark)
        else:
            out.append(Piece(text[start:end], mark))
    return out


class Contexts:
    """Each message's checker context, kept a few seconds: typing sends a check every pause,
    and the context (the message's facts, its siblings' notes) does not change meanwhile."""

    def __init__(self, seconds: float = 10.0) -> None:
        self.seconds = seconds
        self._kept: dict[int, tuple[float, StoredMessage, CheckContext]] = {}
        self._lock = threading.Lock()

    def get(self, store: Store, id: int, settings: Settings) -> tuple[StoredMessage, CheckContext]:
        moment = time.monotonic()
        with self._lock:
            found = self._kept.get(id)
        if found is not None and moment - found[0] < self.seconds:
            return found[1], found[2]
        message = store.get_message(id)
        context = context_for(store, message, settings)
        with self._lock:
            self._kept[id] = (moment, message, context)
        return message, context

    def forget(self) -> None:
        """After a change made here: the next check reads everything afresh."""
        with self._lock:
            self._kept.clear()


def warm_up() -> None:
    """Load the checker's rules and grammar engine before the first keystroke needs them."""
    from afterview.check import CheckContext, check

    context = CheckContext(kind="thank_you", medium="email", recipient_name="Ada Lovelace")
    check("Thank you", "Dear Ada,\n\nThank you, I speaks with you soon.\n\nBest,\nMe", context)
