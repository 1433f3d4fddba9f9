"""A calendar invite (.ics) or an invitation email (.eml), read into the new-interview form.

The attendees become interviewers with their emails (everyone but the
candidate, and no meeting rooms); the time and its zone, the company and the
position are filled where the invite says them, and left for the user where
it does not. What could not be read is said, never guessed silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from afterview.errors import InputError

MAX_BYTES = 2 * 1024 * 1024  # an invite is a few kilobytes; anything this big is not one

_TITLES = (
    # "Interview: Senior Data Engineer at Lumen Freight", "Interview for X with Y"
    re.compile(
        r"^(?:[\w ]*\binterview)(?:\s+for)?\s*[:\-–—|]?\s*(?P<position>.+?)\s+(?:at|@|with)\s+"
        r"(?P<company>.+)$",
        re.I,
    ),
    # "Senior Data Engineer interview at Lumen Freight", "X interview - Y"
    re.compile(r"^(?P<position>.+?)\s+interview\s*(?:at|@|with|[\-–—|:])\s*(?P<company>.+)$", re.I),
    # "Lumen Freight: Senior Data Engineer interview", "Y | X - interview"
    re.compile(
        r"^(?P<company>.+?)\s*[:|\-–—]\s*(?P<position>.+?)\s*[\-–—(]?\s*interview\)?$",
        re.I,
    ),
)
_VIDEO = re.compile(r"\bzoom\b|meet\.google|teams\.microsoft|webex|whereby|video call", re.I)
_PHONE = re.compile(r"\bphone\b|\bcall\b", re.I)
_ROUND = r"(?:first|second|third|final|onsite|phone|video|panel|technical)"
_ROUND_WORDS = re.compile(rf"^(?:{_ROUND}\s+)+|(?:\s+{_ROUND})+$", re.I)


@dataclass(frozen=True)
class Person:
    name: str
    email: str


@dataclass
class Invite:
    """What an invite says about an interview; empty where it says nothing."""

    company: str = ""
    position: str = ""
    at: datetime | None = None
    zone: str = ""  # the IANA name where the invite gives one ("Europe/London"), else an offset
    format: str = ""
    interviewers: list[Person] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the user should check or add


def read_invite(data: bytes, filename: str, own: tuple[str, ...] = ()) -> Invite:
    """Read an uploaded invite; ``own`` are the candidate's addresses (never an interviewer)."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{filename}: too big for an invite ({len(data) // 1024} KB).")
    mine = {a.strip().lower() for a in own if a.strip()}
    name = filename.lower()
    if name.endswith(".ics") or data.lstrip().upper().startswith(b"BEGIN:VCALENDAR"):
        return _from_calendar(data, filename, mine)
    if name.endswith(".eml") or b"\nSubject:" in data[:8192] or data.startswith(b"Subject:"):
        return _from_email(data, filename, mine)
    raise InputError(
        f"{filename}: neither a calendar invite (.ics) nor an email (.eml).",
        hint="save the invitation from your calendar or mail program and drop that file.",
    )


def _from_calendar(data: bytes, filename: str, mine: set[str]) -> Invite:
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except ValueError as exc:
        raise InputError(f"{filename}: not a calendar file this can read ({exc}).") from None
    events = [c for c in calendar.walk("VEVENT")]
    if not events:
        raise InputError(f"{filename}: the calendar holds no event.")
    event = events[0]
    invite = Invite()
    _title(invite, str(event.get("SUMMARY", "")))
    start = event.get("DTSTART")
    value = start.dt if start is not None else None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            invite.notes.append("The invite gives a time without a zone: check the zone.")
        else:
            invite.at = value
            invite.zone = _zone_name(value.tzinfo, value)
    elif isinstance(value, date):
        invite.notes.append("The invite gives a day without a time: add the time.")
    else:
        invite.notes.append("The invite gives no time: add it.")
    where = " ".join(str(event.get(k, "")) for k in ("LOCATION", "DESCRIPTION", "URL"))
    invite.format = _format(str(event.get("SUMMARY", "")), where)
    people: list[Any] = event.get("ATTENDEE", [])
    if not isinstance(people, list):
        people = [people]
    organizer = event.get("ORGANIZER")
    seen: set[str] = set()
    for who in [*people, *([organizer] if organizer is not None and not people else [])]:
        params = getattr(who, "params", {})
        if str(params.get("CUTYPE", "INDIVIDUAL")).upper() not in ("INDIVIDUAL", ""):
            continue  # a meeting room or a piece of equipment
        if str(params.get("ROLE", "")).upper() == "NON-PARTICIPANT":
            continue
        email = str(who).removeprefix("mailto:").removeprefix("MAILTO:").strip().lower()
        if not email or email in mine or email in seen:
            continue
        seen.add(email)
        invite.interviewers.append(Person(_person_name(str(params.get("CN", "")), email), email))
    _company_note(invite)
    return invite


def _from_email(data: bytes, filename: str, mine: set[str]) -> Invite:
    from email import policy
    from email.parser import BytesParser
    from email.utils import getaddresses

    message = BytesParser(policy=policy.default).parsebytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return _from_calendar(payload, filename, mine)
    invite = Invite()
    _title(invite, str(message.get("Subject", "")))
    people = getaddresses([str(message.get(h, "")) for h in ("From", "To", "Cc")])
    seen: set[str] = set()
    for name, email in people:
        email = email.strip().lower()
        if not email or email in mine or email in seen:
            continue
        seen.add(email)
        invite.interviewers.append(Person(_person_name(name, email), email))
    body = message.get_body(preferencelist=("plain", "html"))
    text = str(body.get_content()) if body is not None else ""
    invite.format = _format(str(message.get("Subject", "")), text)
    invite.notes.append(
        "An email without a calendar part gives no time this can trust: add the date and time."
    )
    _company_note(invite)
    return invite


def _title(invite: Invite, summary: str) -> None:
    text = " ".join(summary.split())
    for pattern in _TITLES:
        found = pattern.match(text)
        if found:
            invite.position = _ROUND_WORDS.sub("", found.group("position").strip(" -–—:|"))
            invite.company = found.group("company").strip(" -–—:|()")
            return


def _company_note(invite: Invite) -> None:
    if not invite.company or not invite.position:
        invite.notes.append(
            "The invite's title does not say the company and the position: add them."
        )
    if not invite.interviewers:
        invite.notes.append("The invite names nobody but you: add the interviewers.")


def _format(title: str, where: str) -> str:
    if _VIDEO.search(where) or _VIDEO.search(title):
        return "video"
    if _PHONE.search(title):
        return "phone"
    return ""


def _zone_name(zone: tzinfo, moment: datetime) -> str:
    key = getattr(zone, "key", None) or getattr(zone, "zone", None)
    if key:
        return str(key)
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _person_name(name: str, email: str) -> str:
    """The attendee's name as the invite gives it, else made from the address ("zoe.lambert")."""
    name = " ".join(name.replace('"', "").split())
    if name and "@" not in name:
        return name
    local = email.split("@", 1)[0]
    parts = [p for p in re.split(r"[._\-+]", local) if p and not p.isdigit()]
    return " ".join(p.capitalize() for p in parts) or email
