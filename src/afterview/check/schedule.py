"""Timing: when the note would go out, judged by the planner's own rules (``afterview.timing``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview import timing
from afterview.check.rule import Example, Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View


def _hours(delta: object) -> str:
    hours = delta.total_seconds() / 3600  # type: ignore[attr-defined]
    return f"{hours:.0f} hours" if hours < 72 else f"{hours / 24:.1f} days"


def detect_late(view: View, rule: Rule) -> Iterator[Hit]:
    ctx = view.ctx
    if (
        ctx.interview_at
        and ctx.send_at
        and timing.thank_you_too_late(ctx.interview_at, ctx.send_at)
    ):
        yield Hit(
            0,
            0,
            f"sent {_hours(ctx.send_at - ctx.interview_at)} after the interview; "
            f"a thank-you note should go within {_hours(timing.THANK_YOU_LATE_AFTER)}",
        )


def detect_soon(view: View, rule: Rule) -> Iterator[Hit]:
    ctx = view.ctx
    if ctx.send_at is None or not timing.status_inquiry_too_soon(
        ctx.send_at, ctx.decision_expected_by, ctx.last_contact_at
    ):
        return
    if ctx.decision_expected_by is not None:
        why = f"they said they would decide by {ctx.decision_expected_by:%Y-%m-%d}"
        after = timing.next_weekday_after(ctx.decision_expected_by)
    else:
        assert ctx.last_contact_at is not None
        why = f"you last wrote {_hours(ctx.send_at - ctx.last_contact_at)} ago"
        after = (ctx.last_contact_at + timing.FOLLOW_UP_WAIT).date()
    yield Hit(0, 0, f"too soon: {why}", f"wait until {after:%Y-%m-%d} or later before asking")


def detect_many(view: View, rule: Rule) -> Iterator[Hit]:
    if timing.too_many_follow_ups(view.ctx.previous_follow_ups):
        yield Hit(
            0,
            0,
            f"this would be follow-up number {view.ctx.previous_follow_ups + 1}; "
            f"etiquette allows {timing.MAX_FOLLOW_UPS}",
        )


_IV = {"interview_at": "2026-11-20T14:00:00-05:00"}
RULES = (
    Rule(
        "timing.too-late",
        "too-late",
        "the thank-you note goes out too late",
        "send it now anyway, but do not apologise at length; next time send within 24 hours",
        detect=detect_late,
        kinds=frozenset({"thank_you"}),
        reason="A thank-you sent days later reads as an afterthought; the advice is within 24 "
        "hours, 48 at most.",
        flags=(Example("Dear Jane,", context={**_IV, "send_at": "2026-11-23T09:00:00-05:00"}),),
        passes=(
            Example("Dear Jane,", context={**_IV, "send_at": "2026-11-21T09:00:00-05:00"}),
            "Dear Jane,",
        ),
    ),
    Rule(
        "timing.too-soon",
        "too-soon",
        "asks about the decision before their timeline has run out",
        "wait until the decision date has passed, or a week after your last message",
        detect=detect_soon,
        kinds=frozenset({"status_inquiry"}),
        reason="Asking before the date they gave, or within a week of your last note, signals "
        "impatience.",
        flags=(
            Example(
                "Dear Jane,",
                context={
                    "kind": "status_inquiry",
                    "send_at": "2026-12-04T10:00:00-05:00",
                    "decision_expected_by": "2026-12-04",
                },
            ),
            Example(
                "Dear Jane,",
                context={
                    "kind": "status_inquiry",
                    "send_at": "2026-12-04T10:00:00-05:00",
                    "last_contact_at": "2026-11-30T10:00:00-05:00",
                },
            ),
        ),
        passes=(
            Example(
                "Dear Jane,",
                context={
                    "kind": "status_inquiry",
                    "send_at": "2026-12-05T10:00:00-05:00",
                    "decision_expected_by": "2026-12-04",
                },
            ),
            Example(
                "Dear Jane,",
                context={
                    "kind": "status_inquiry",
                    "send_at": "2026-12-08T10:00:00-05:00",
                    "last_contact_at": "2026-11-30T10:00:00-05:00",
                },
            ),
        ),
    ),
    Rule(
        "timing.too-many",
        "too-many",
        "a third follow-up is one too many",
        "stop writing about this application; if you write at all, make it a short, gracious close",
        detect=detect_many,
        kinds=frozenset({"status_inquiry"}),
        severity="error",
        reason="After two unanswered follow-ups, another message pressures more than it informs.",
        flags=(
            Example("Dear Jane,", context={"kind": "status_inquiry", "previous_follow_ups": 2}),
        ),
        passes=(
            Example("Dear Jane,", context={"kind": "status_inquiry", "previous_follow_ups": 1}),
        ),
    ),
)
