"""The .ics file: valid for two readers, zoned times, alarms, stable UIDs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events

from afterview.cli import main
from afterview.records.calendar import calendar_bytes
from afterview.records.service import add_file
from afterview.store import Store


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_one_event_per_pending_window_with_zone_and_alarms(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    data = calendar_bytes(store)
    events = _events(data)
    pending = [m for m in store.messages_of(1) if m.state == "planned"]
    assert len(events) == len(pending) == 4
    by_start = sorted(events, key=lambda e: e.decoded("dtstart"))
    first = by_start[0]
    assert first.decoded("dtstart") == pending[0].send_after
    assert first.decoded("dtstart").utcoffset() == timedelta(hours=-5)
    assert first["dtstart"].params["TZID"] == "UTC-05:00"
    assert b"BEGIN:VTIMEZONE" in data and b"TZOFFSETTO:-0500" in data
    alarms = list(first.walk("VALARM"))
    assert len(alarms) == 2 and all(a["action"] == "DISPLAY" for a in alarms)
    assert "Thank-you note to" in str(first["summary"])
    # A second, independent reader agrees on the occurrences.
    found = recurring_ical_events.of(icalendar.Calendar.from_ical(data)).between(
        date(2026, 11, 1), date(2027, 2, 1)
    )
    assert sorted(str(e["uid"]) for e in found) == sorted(str(e["uid"]) for e in events)


def test_sent_messages_leave_the_calendar(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    first = store.messages_of(1)[0]
    store.log_sent(first.id, first.send_after)
    assert len(_events(calendar_bytes(store))) == 3


def test_the_same_plan_gives_the_same_uids_in_any_database(tmp_path: Path, write_interview) -> None:
    path = write_interview()
    uids = []
    for name in ("one.db", "two.db"):
        with Store.open(f"sqlite:///{tmp_path / name}") as s:
            if name == "two.db":  # another history first: different ids, same messages
                add_file(s, write_interview(company="Globex", reference=None))
            add_file(s, path)
            add_file(s, path)  # adding twice changes nothing either
            uids.append(
                sorted(
                    str(e["uid"]) for e in _events(calendar_bytes(s)) if "Acme" in str(e["summary"])
                )
            )
    assert uids[0] == uids[1] and len(set(uids[0])) == 4


def test_calendar_command_writes_the_file(tmp_path: Path, write_interview) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["add", str(write_interview()), "--db", db]) == 0
    out = tmp_path / "plan.ics"
    assert main(["calendar", "--out", str(out), "--db", db]) == 0
    assert len(_events(out.read_bytes())) == 4
