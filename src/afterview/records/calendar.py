"""The plan as a calendar: one event per message window, with alarms.

Each event runs from the moment a message may go out to its deadline, in the
offset the interview was given in (with a VTIMEZONE for each offset, as RFC
5545 wants). UIDs come from what the message *is* (application, round, kind,
recipient, sequence), not from database ids, so importing the file again, or
one made from a re-added interview, updates events instead of duplicating them.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from afterview.store.messages import PENDING_STATES

if TYPE_CHECKING:
    from icalendar import Calendar, Timezone

    from afterview.store import Store

_NAMESPACE = uuid.UUID("0c7f1d0e-6a57-4b8e-9a55-5f1e0c2a7e11")
_KIND_WORDS = {
    "thank_you": "Thank-you note",
    "status_inquiry": "Status inquiry",
    "rejection_reply": "Reply to the rejection",
    "feedback_request": "Feedback request",
}
REMIND_BEFORE_DEADLINE = timedelta(hours=2)


def event_uid(
    company: str,
    position: str,
    reference: str,
    interview_at: datetime,
    kind: str,
    recipient: str,
    sequence: int,
) -> str:
    """A UID that stays the same for the same message, in any database."""
    from afterview.store.rows import fold

    key = "|".join(
        (
            fold(company),
            fold(position),
            reference,
            interview_at.astimezone(UTC).isoformat(),
            kind,
            recipient,
            str(sequence),
        )
    )
    return f"{uuid.uuid5(_NAMESPACE, key)}@afterview"


def _tzid(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _vtimezone(offset: timedelta) -> Timezone:
    from icalendar import Timezone, TimezoneStandard

    tz = Timezone()
    tz.add("tzid", _tzid(offset))
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(1970, 1, 1))
    standard.add("tzoffsetfrom", offset)
    standard.add("tzoffsetto", offset)
    standard.add("tzname", _tzid(offset))
    tz.add_component(standard)
    return tz


def build_calendar(store: Store) -> Calendar:
    """Every message still to send, as a calendar."""
    from icalendar import Alarm, Calendar, Event

    from afterview.store.rows import message_query, to_message
    from afterview.store.schema import applications, interviews, messages

    query = (
        message_query()
        .add_columns(applications.c.reference, interviews.c.at.label("interview_at"))
        .join(interviews, interviews.c.id == messages.c.interview_id)
        .where(messages.c.state.in_([s.value for s in PENDING_STATES]))
        .order_by(messages.c.send_after, messages.c.id)
    )
    cal = Calendar()
    cal.add("prodid", "-//Afterview//afterview calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Afterview: messages to send")
    offsets: set[timedelta] = set()
    with store.reading() as conn:
        rows = conn.execute(query).all()
    events = []
    for row in rows:
        m = to_message(row)
        offset = m.send_after.utcoffset() or timedelta(0)
        offsets.add(offset)
        zone = timezone(offset, _tzid(offset))
        event = Event()
        event.add(
            "uid",
            event_uid(
                m.company,
                m.position,
                row.reference,
                row.interview_at,
                m.kind,
                m.recipient,
                m.sequence,
            ),
        )
        event.add("dtstamp", row.updated_at)
        event.add("last-modified", row.updated_at)
        event.add("dtstart", m.send_after.astimezone(zone))
        event.add("dtend", m.send_by.astimezone(zone))
        what = _KIND_WORDS.get(m.kind, m.kind)
        event.add("summary", f"{what} to {m.recipient} ({m.company})")
        event.add("description", f"{m.why}\n\nSee the draft: afterview draft {m.id}")
        event.add("categories", ["Afterview"])
        opens = Alarm()
        opens.add("action", "DISPLAY")
        opens.add("description", f"{what} to {m.recipient} can go out now")
        opens.add("trigger", timedelta(0), parameters={"RELATED": "START"})
        event.add_component(opens)
        closing = Alarm()
        closing.add("action", "DISPLAY")
        closing.add("description", f"{what} to {m.recipient} is due soon")
        closing.add("trigger", -REMIND_BEFORE_DEADLINE, parameters={"RELATED": "END"})
        event.add_component(closing)
        events.append(event)
    for offset in sorted(offsets):
        cal.add_component(_vtimezone(offset))
    for event in events:
        cal.add_component(event)
    return cal


def calendar_bytes(store: Store) -> bytes:
    return build_calendar(store).to_ical()
