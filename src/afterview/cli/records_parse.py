"""Parsing the times and durations the record commands take."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from afterview.errors import UsageError

_DURATION = re.compile(r"^\s*(\d+)\s*([wdhm])\s*$", re.IGNORECASE)
_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}


def parse_duration(text: str, option: str) -> timedelta:
    """``2d``, ``36h``, ``1w``, ``90m`` → a timedelta."""
    m = _DURATION.match(text)
    if not m:
        raise UsageError(
            f"{option}: {text!r} is not a duration.", hint="write e.g. 2d, 36h, 1w or 90m."
        )
    return timedelta(**{_UNITS[m.group(2).lower()]: int(m.group(1))})


def parse_moment(text: str | None, option: str, *, now: datetime | None = None) -> datetime:
    """An ISO date or date-time; without an offset it is local time. None: ``now`` (else the
    clock: ``AFTERVIEW_NOW``, else the time)."""
    if text is None:
        if now is not None:
            return now
        from afterview.clock import now as clock

        return clock()
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"{option}: {text!r} is not a date or time.",
            hint="write e.g. 2026-12-02 or 2026-12-02T10:30 or 2026-12-02T10:30:00-05:00.",
        ) from None
    return value if value.tzinfo else value.astimezone()


def parse_day_or_moment(
    text: str | None, option: str, *, now: datetime | None = None
) -> date | datetime:
    """A date alone stays a date (the day, without a time); else as :func:`parse_moment`."""
    if text is not None and len(text.strip()) == 10:
        day = parse_day(text, option)
        assert day is not None
        return day
    return parse_moment(text, option, now=now)


def parse_day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"{option}: {text!r} is not a date.", hint="write e.g. 2026-12-02."
        ) from None


def when(moment: datetime | None) -> str:
    """A time as the user wrote it: local date, time and offset."""
    return "" if moment is None else moment.strftime("%a %Y-%m-%d %H:%M %z")
