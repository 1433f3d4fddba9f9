"""When each message may go out: the etiquette of timing, in one place.

The planner uses these to set windows and the checker uses them to judge a
message's send time (``too-late``, ``too-soon``, ``too-many``), so the two can
never disagree.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

THANK_YOU_OPENS_AFTER = timedelta(hours=1)  # once the interview is over
THANK_YOU_DUE_WITHIN = timedelta(hours=24)  # the advice every guide gives
THANK_YOU_LATE_AFTER = timedelta(hours=48)  # past this a thank-you reads as an afterthought
FOLLOW_UP_WAIT = timedelta(days=7)  # without a decision date, wait a week after last contact
FOLLOW_UP_WINDOW = timedelta(days=3)  # how long a status inquiry's window stays open
MAX_FOLLOW_UPS = 2  # never a third status inquiry
REJECTION_REPLY_WITHIN = timedelta(hours=72)
FEEDBACK_REQUEST_AFTER = timedelta(days=1)  # a day after the gracious reply
FEEDBACK_REQUEST_WINDOW = timedelta(days=7)
BUSINESS_MORNING = time(9, 0)

WORD_LIMITS = {"email": 250, "linkedin": 250, "handwritten": 150}  # checker: too-long
# The composer's aim: an email or LinkedIn message of 50 to 125 words (what reply-rate studies
# find best), a card within 80 words, a note with a connection request within LinkedIn's limit.
DRAFT_WORDS = {"email": (50, 125), "linkedin": (40, 125), "handwritten": (30, 80)}
CONNECTION_NOTE_LIMIT = 300  # characters LinkedIn allows with a connection request


def is_weekend(day: date) -> bool:
    return day.weekday() >= 5


def next_weekday_after(day: date) -> date:
    """The first Monday-to-Friday date strictly after ``day``."""
    day += timedelta(days=1)
    while is_weekend(day):
        day += timedelta(days=1)
    return day


def business_morning(day: date, like: datetime) -> datetime:
    """9:00 on ``day`` in the offset of ``like``."""
    return datetime.combine(day, BUSINESS_MORNING, tzinfo=like.tzinfo)


def on_business_day(moment: datetime) -> datetime:
    """``moment`` itself on a weekday; on a weekend, the next Monday at 9:00."""
    if is_weekend(moment.date()):
        return business_morning(next_weekday_after(moment.date()), moment)
    return moment


def thank_you_too_late(interview_at: datetime, send_at: datetime) -> bool:
    return send_at - interview_at > THANK_YOU_LATE_AFTER


def decision_passed(decision_expected_by: date, send_at: datetime) -> bool:
    """True once the local date of ``send_at`` is after the promised decision date."""
    return send_at.date() > decision_expected_by


def status_inquiry_too_soon(
    send_at: datetime,
    decision_expected_by: date | None,
    last_contact_at: datetime | None,
) -> bool:
    """Before the interviewer's own timeline has run out."""
    if decision_expected_by is not None:
        return not decision_passed(decision_expected_by, send_at)
    if last_contact_at is not None:
        return send_at - last_contact_at < FOLLOW_UP_WAIT
    return False


def too_many_follow_ups(previous_follow_ups: int) -> bool:
    """A status inquiry after two earlier follow-ups would be the third."""
    return previous_follow_ups >= MAX_FOLLOW_UPS


def word_count(text: str) -> int:
    """Whitespace-separated tokens holding a letter or digit."""
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))
