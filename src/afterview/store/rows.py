"""Turning rows into the store's frozen records, and the small helpers every writer shares."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.engine import Connection, Row

from afterview.store.companies import fold as fold  # defined there, for the quick readers
from afterview.store.messages import (
    StoredApplication,
    StoredEvent,
    StoredMessage,
)
from afterview.store.schema import applications, candidates, events, messages


def zone(minutes: int, name: str | None = None) -> tzinfo:
    """The offset a time was planned in, or its time zone where the interview named one."""
    if name:
        from afterview.store.due import named_zone

        found = named_zone(name)
        if found is not None:
            return found
    return UTC if minutes == 0 else timezone(timedelta(minutes=minutes))


def offset_minutes(moment: datetime) -> int:
    off = moment.utcoffset()
    if off is None:
        raise ValueError(f"an aware datetime is needed, got {moment!r}")
    return int(off.total_seconds() // 60)


def local(moment: datetime | None, minutes: int) -> datetime | None:
    """A stored UTC instant shown in the offset it was planned in."""
    return None if moment is None else moment.astimezone(zone(minutes))


def message_query() -> Select[Any]:
    """Messages with the application and candidate fields a :class:`StoredMessage` carries."""
    return (
        select(
            messages,
            applications.c.company,
            applications.c.position,
            candidates.c.name.label("candidate_name"),
            candidates.c.email.label("candidate_email"),
        )
        .join(applications, applications.c.id == messages.c.application_id)
        .join(candidates, candidates.c.id == applications.c.candidate_id)
    )


def to_message(row: Row[Any]) -> StoredMessage:
    m = row._mapping
    where = zone(m["utc_offset"], m["time_zone"])
    return StoredMessage(
        id=m["id"],
        application_id=m["application_id"],
        interview_id=m["interview_id"],
        kind=m["kind"],
        recipient=m["recipient"],
        recipient_email=m["recipient_email"],
        recipient_linkedin=m["recipient_linkedin"],
        medium=m["medium"],
        subject=m["subject"],
        body=m["body"],
        state=m["state"],
        rfc_message_id=m["rfc_message_id"],
        send_after=m["send_after"].astimezone(where),
        send_by=m["send_by"].astimezone(where),
        sent_at=m["sent_at"],
        company=m["company"],
        position=m["position"],
        candidate_name=m["candidate_name"],
        candidate_email=m["candidate_email"] or None,
        sequence=m["sequence"],
        why=m["why"],
        findings=m["findings"],
    )


def to_application(row: Row[Any]) -> StoredApplication:
    m = row._mapping
    return StoredApplication(
        id=m["id"],
        company=m["company"],
        position=m["position"],
        reference=m["reference"] or None,
        stage=m["stage"],
        postponed_until=m["postponed_until"],
        created_at=m["created_at"],
        updated_at=m["updated_at"],
    )


def to_event(row: Row[Any]) -> StoredEvent:
    m = row._mapping
    return StoredEvent(
        id=m["id"],
        application_id=m["application_id"],
        message_id=m["message_id"],
        kind=m["kind"],
        at=m["at"],
        sender=m["sender"],
        summary=m["summary"],
    )


def add_event(
    conn: Connection,
    *,
    application_id: int,
    kind: str,
    at: datetime,
    summary: str,
    now: datetime,
    message_id: int | None = None,
    sender: str | None = None,
    data: dict[str, Any] | None = None,
) -> int:
    """Append one entry to an application's history."""
    result = conn.execute(
        events.insert().values(
            application_id=application_id,
            message_id=message_id,
            kind=kind,
            at=at,
            sender=sender,
            summary=summary,
            data=json.dumps(data, sort_keys=True, ensure_ascii=False) if data else None,
            created_at=now,
        )
    )
    pk = result.inserted_primary_key
    assert pk is not None
    return int(pk[0])


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
