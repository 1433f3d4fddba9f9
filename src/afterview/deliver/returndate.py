"""Reading the return date out of an out-of-office reply.

"I am out of the office until Monday, December 7" or "back on 07.12.2026":
the date after a word such as *back*, *return* or *until*, in the forms
people write. A date without a year is the next one on or after the day the
reply arrived (or a few days before it, for "I was away until ..."). Numeric
dates with dots (07.12.) are day-first; with slashes, 07/12 could be July 12
or December 7, and where both readings are
possible the nearer one still to come is taken, since an absence announced
by an auto-reply lasts days or weeks, not months.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
MAX_AHEAD = timedelta(days=366)  # further than this is a misreading, not an absence
PAST_GRACE = timedelta(days=30)  # "I was away until Nov 20", read on Nov 22

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# Tried in this order at each trigger; the first that matches wins.
_FORMS = [
    re.compile(r"(?P<iso>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    re.compile(rf"(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.I),
    re.compile(
        rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?", re.I
    ),
    re.compile(
        r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/.]\d)"
    ),
    re.compile(rf"(?:on\s+|next\s+)?{_WEEKDAY}(?![a-z])", re.I),
    re.compile(r"(?P<tomorrow>tomorrow)\b", re.I),
]
_TRIGGER = re.compile(
    r"\b(?:back|return(?:ing|s)?|until|till|through|thru|in\s+the\s+office(?:\s+again)?"
    r"|away\s+(?:until|till|through)|resume|available(?:\s+again)?)\b[\s:,]*(?:(?:on|from|in)\s+)?"
    r"(?:(?:the\s+)?(?:office|work)\s+(?:on\s+)?)?",
    re.I,
)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_year(month: int, day: int, received: date) -> date | None:
    """The month and day in the year that puts it next after ``received``."""
    for year in (received.year, received.year + 1):
        found = _valid(year, month, day)
        if found is not None and found >= received - PAST_GRACE:
            return found
    return None


def _full_year(y: str) -> int:
    return int(y) + 2000 if len(y) == 2 else int(y)


def _from_match(m: re.Match[str], received: date) -> date | None:
    groups = m.groupdict()
    if groups.get("iso"):
        return _valid(int(groups["iso"]), int(groups["m"]), int(groups["d"]))
    if groups.get("tomorrow"):
        return received + timedelta(days=1)
    if groups.get("month"):
        month = MONTHS[groups["month"].lower()]
        day = int(groups["day"])
        if groups.get("year"):
            return _valid(int(groups["year"]), month, day)
        return _with_year(month, day, received)
    if groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        readings = []
        # Dotted dates are day-first wherever they are written; slashes are not.
        orders = ((b, a),) if groups["sep"] == "." else ((a, b), (b, a))
        for month, day in orders:
            if groups.get("y"):
                readings.append(_valid(_full_year(groups["y"]), month, day))
            else:
                readings.append(_with_year(month, day, received))
        ahead = sorted(d for d in readings if d is not None and d >= received)
        if ahead:
            return ahead[0]
        past = [d for d in readings if d is not None]
        return max(past) if past else None
    if groups.get("weekday"):
        target = WEEKDAYS[groups["weekday"].lower()]
        days = (target - received.weekday()) % 7 or 7
        return received + timedelta(days=days)
    return None


#: What introduces the date a reply gives for what comes next ("we will decide by December
#: 15", "we hope to get back to you after Friday").
_NEXT_TRIGGER = re.compile(
    r"\b(?:by|after|before|until|till|no\s+later\s+than|end\s+of)\b[\s:,]*(?:the\s+)?", re.I
)


def parse_named_date(text: str, received: date) -> date | None:
    """A date still to come that a reply names for the decision or the next step, or None.

    Read as :func:`parse_return_date` reads dates, after words such as *by*,
    *after* or *until* ("a decision by Friday, December 18").
    """
    found = _first_date(text, received, _NEXT_TRIGGER)
    return found if found is not None and found > received else None


def parse_return_date(text: str, received: date) -> date | None:
    """The date the writer says they are back, or None if none can be read."""
    return _first_date(text, received, _TRIGGER)


def _first_date(text: str, received: date, triggers: re.Pattern[str]) -> date | None:
    for trigger in triggers.finditer(text):
        rest = text[trigger.end() : trigger.end() + 60]
        for form in _FORMS:
            m = form.match(rest)
            if m is None:
                continue
            found = _from_match(m, received)
            if found is not None and received - PAST_GRACE <= found <= received + MAX_AHEAD:
                return found
            break
    return None
