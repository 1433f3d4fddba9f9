"""The etiquette checker on stored drafts, in the same context as ``afterview plan``.

Every record command that shows or gates a draft (``add``, ``edit``, ``draft``,
``due``, ``approve``, ``send --dry-run``) asks here; the context comes from
:func:`afterview.planner.review.context_for`, the one place it is built, with
the round's interview file as stored, the round's other messages (the notes to
the rest of the panel, the follow-ups before this one) and the candidate's
other applications. So a draft is judged the same in the plan, in the records
and in ``afterview check --interview``.

The findings of each draft are also kept with it (:func:`refresh`, when a draft
is written), judged at the opening of its window as the plan judges it: that is
what ``afterview due`` shows without running the checker (it must answer in a
blink). They are kept whole; the ``check.disable`` setting in effect is applied
when they are shown (:func:`shown`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from afterview.store.messages import PENDING_STATES, State

if TYPE_CHECKING:
    from afterview.check import CheckContext, Finding
    from afterview.model import Interview
    from afterview.store import Store, StoredMessage

#: States whose draft may still go out, and so is worth judging.
JUDGED = frozenset({*(s.value for s in PENDING_STATES), State.BOUNCED.value})


@dataclass(frozen=True)
class Judged:
    """A draft and what the checker says of it."""

    message: StoredMessage
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]


def _settings() -> tuple[list[str], list[str]]:
    from afterview.settings import load_settings

    settings = load_settings()
    return list(settings["check.disable"]), list(settings["check.words"])


def _round(store: Store, interview_id: int) -> tuple[Interview, list[StoredMessage]]:
    from afterview.model import interview_from_dict

    document, messages = store.round_of(interview_id)
    return interview_from_dict(document, f"interview {interview_id}"), messages


def _going(messages: Iterable[StoredMessage]) -> list[StoredMessage]:
    """The messages of a round that went or may still go out (not cancelled)."""
    return [m for m in messages if m.state != State.CANCELLED.value]


def context_of(
    store: Store, message: StoredMessage, *, now: datetime | None = None, words: Sequence[str] = ()
) -> CheckContext:
    """The checker's context for a stored draft: the one the plan gives it.

    It is judged as sent at the opening of its window, or ``now`` once that
    has passed.
    """
    from afterview.planner.review import context_for

    interview, messages = _round(store, message.interview_id)
    return context_for(
        interview,
        message,
        _going(messages),
        send_at=max(message.send_after, now) if now is not None else None,
        other_companies=store.other_companies(message.application_id),
        words=words,
    )


def judge(
    store: Store,
    message_id: int,
    *,
    now: datetime | None = None,
    subject: str | None = None,
    body: str | None = None,
) -> Judged:
    """What the checker says of a stored draft (or of ``subject``/``body`` in its place).

    It is judged in :func:`context_of`; the ``check.disable`` and
    ``check.words`` settings apply.
    """
    from dataclasses import replace

    from afterview.check import check

    message = store.get_message(message_id)
    if subject is not None or body is not None:
        message = replace(
            message,
            subject=message.subject if subject is None else subject,
            body=message.body if body is None else body,
        )
    disable, words = _settings()
    context = context_of(store, message, now=now, words=words)
    found = check(message.subject, message.body, context, disable=disable)
    return Judged(message, tuple(found))


def refresh(store: Store, interview_ids: Iterable[int]) -> int:
    """Judge again every draft of these rounds that may still go out, and keep the findings.

    Each is judged at the opening of its window, next to the round's other
    messages as they are now; returns how many drafts were judged.
    """
    from afterview.check import check
    from afterview.planner.review import Round

    _, words = _settings()
    found: dict[int, str] = {}
    companies: dict[int, list[str]] = {}
    for interview_id in sorted(set(interview_ids)):
        interview, messages = _round(store, interview_id)
        going = _going(messages)
        judged = [m for m in going if m.state in JUDGED]
        if not judged:
            continue
        application_id = judged[0].application_id  # a round belongs to one application
        if application_id not in companies:
            companies[application_id] = store.other_companies(application_id)
        round_ = Round(interview, going, other_companies=companies[application_id], words=words)
        for message in judged:
            findings = check(message.subject, message.body, round_.context(message))
            found[message.id] = dumps(findings)
    store.save_findings(found)
    return len(found)


def dumps(findings: Sequence[Finding]) -> str:
    """Findings as kept with a draft: a JSON list, ``[]`` for a clean one."""
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> list[dict[str, Any]]:
    """The findings kept with a draft (none when it was never judged, or unreadable)."""
    if not text or text == "[]":
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    return [f for f in data if isinstance(f, dict)] if isinstance(data, list) else []


def disabled(rule: str, category: str, prefixes: Iterable[str]) -> bool:
    """Whether the ``check.disable`` prefixes switch a finding's rule off.

    The same test as :meth:`afterview.check.Rule.disabled_by` (a test keeps the
    two in step), without loading the rules: ``afterview due`` stays quick.
    """
    for prefix in prefixes:
        p = prefix.strip().rstrip(".")
        if p and (rule == p or rule.startswith(p + ".") or category == p):
            return True
    return False


def shown(text: str | None, disable: Iterable[str]) -> list[dict[str, Any]]:
    """The kept findings of a draft that the ``check.disable`` setting leaves on."""
    prefixes = tuple(disable)
    return [
        f
        for f in loads(text)
        if not disabled(str(f.get("rule", "")), str(f.get("category", "")), prefixes)
    ]
