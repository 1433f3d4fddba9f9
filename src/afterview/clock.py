"""What time it is: the clock, or the moment a user (or a test) asks for.

Every command that depends on the time takes ``--now WHEN``, and reads
``AFTERVIEW_NOW`` when it is not given, so a user can see any day ("what will be
due on Monday?") and tests can walk through weeks. ``WHEN`` is ISO 8601:

- a date and time with an offset (``2026-12-07T09:30:00-05:00``, or ``Z``);
- a date and time without one: local time (the zone given, else the computer's);
- a date alone: 09:00 local time that day, the hour windows open.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, time, tzinfo

from afterview.errors import UsageError

ENV = "AFTERVIEW_NOW"
#: The hour a date alone stands for: the business morning, when windows open.
DATE_ALONE = time(9, 0)


def parse_when(text: str, *, zone: tzinfo | None = None, option: str = "--now") -> datetime:
    """An ISO date or date-time as an aware moment (see the module docstring)."""
    value = text.strip()
    if value[-1:] in ("Z", "z"):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"{option} {text!r}: not a date or time.",
            hint="write e.g. 2026-12-07, 2026-12-07T10:30 or 2026-12-07T10:30:00-05:00.",
        ) from None
    if len(value) == 10:  # a date alone
        moment = datetime.combine(moment.date(), DATE_ALONE)
    if moment.tzinfo is not None:
        return moment
    if zone is not None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone()  # the computer's local time


def now(given: str | datetime | None = None, *, zone: tzinfo | None = None) -> datetime:
    """The moment to act at: ``given``, else ``AFTERVIEW_NOW``, else the clock (aware)."""
    if isinstance(given, datetime):
        return given if given.tzinfo else given.astimezone()
    if given is not None and given.strip():
        return parse_when(given, zone=zone)
    env = os.environ.get(ENV, "").strip()
    if env:
        return parse_when(env, zone=zone, option=ENV)
    return datetime.now(UTC).astimezone(zone) if zone else datetime.now(UTC).astimezone()
