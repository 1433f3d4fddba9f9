"""When each message may go out: the etiquette of timing, in one place.

The planner uses these to set windows and the checker uses them to judge a
message's send time (``too-late``, ``too-soon``, ``too-many``), so the two can
never disagree.
"""

from __future__ import annotations

from collections.abc import Container
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
# A decision promised for (almost) the day of the interview: the first inquiry still leaves the
# thank-you notes this many working days to be read before it asks.
INQUIRY_AFTER_THANKS_DAYS = 2
BUSINESS_MORNING = time(9, 0)

WORD_LIMITS = {"email": 250, "linkedin": 250, "handwritten": 150}  # checker: too-long
# The composer's aim: an email or LinkedIn message of 50 to 125 words (what reply-rate studies
# find best), a card within 80 words, a note with a connection request within LinkedIn's limit.
DRAFT_WORDS = {"email": (50, 125), "linkedin": (40, 125), "handwritten": (30, 80)}
CONNECTION_NOTE_LIMIT = 300  # characters LinkedIn allows with a connection request


SATURDAY_SUNDAY = frozenset({5, 6})  # the weekend unless a country's calendar says otherwise


def is_weekend(day: date, closed: Container[date] = ()) -> bool:
    """Saturday or Sunday; or the weekend of the country whose holidays ``closed`` are, which
    says so (Friday and Saturday in Saudi Arabia, Egypt or Israel: see :mod:`afterview.workdays`)."""
    return day.weekday() in getattr(closed, "weekend", SATURDAY_SUNDAY)


def weekend_over(day: date, closed: Container[date] = ()) -> date:
    """``day`` itself, or the first day after the weekend it falls in."""
    while is_weekend(day, closed):
        day += timedelta(days=1)
    return day


def is_working_day(day: date, closed: Container[date] = ()) -> bool:
    """Not a weekend, and not a public holiday (``closed``: see :mod:`afterview.workdays`)."""
    return not is_weekend(day, closed) and day not in closed


def next_weekday_after(day: date, closed: Container[date] = ()) -> date:
    """The first working day strictly after ``day``: not a weekend, not in ``closed``."""
    day += timedelta(days=1)
    while not is_working_day(day, closed):
        day += timedelta(days=1)
    return day


def working_days_after(day: date, count: int, closed: Container[date] = ()) -> date:
    """The ``count``-th working day after ``day``."""
    for _ in range(count):
        day = next_weekday_after(day, closed)
    return day


def business_morning(day: date, like: datetime) -> datetime:
    """9:00 on ``day`` in the time zone (or offset) of ``like``.

    With a time zone, 9:00 stays 9:00 on either side of a daylight-saving change.
    """
    return datetime.combine(day, BUSINESS_MORNING, tzinfo=like.tzinfo)


def on_business_day(moment: datetime, closed: Container[date] = ()) -> datetime:
    """``moment`` itself on a working day; else the next working day at 9:00."""
    if not is_working_day(moment.date(), closed):
        return business_morning(next_weekday_after(moment.date(), closed), moment)
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
