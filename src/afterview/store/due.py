"""What is due: the queries behind ``afterview due``, runnable without SQLAlchemy.

``afterview due`` must answer in well under a second with 100,000 messages,
and importing SQLAlchemy alone takes about 0.4 s. So the queries are plain SQL
that run either through SQLAlchemy (any database, :func:`afterview.store.views.due`)
or, for the default SQLite file, straight through the standard library's
``sqlite3`` (:func:`due_from_sqlite`). Both paths share the SQL and the row
handling here. :data:`SILENT_SQL` is also the only statement of the silence
rule: :func:`afterview.store.history.mark_silent` runs it too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any

from afterview import timing
from afterview.store.messages import (
    CLOSED_STAGES,
    PENDING_STATES,
    STATUS_INQUIRY,
    UNSETTLED_STATES,
    EventKind,
    State,
)

_PENDING = ", ".join(f"'{s.value}'" for s in PENDING_STATES)
_CLOSED = ", ".join(f"'{s.value}'" for s in CLOSED_STAGES)

#: Messages to send or decide on: still pending and their window opens before the horizon.
PENDING_SQL = f"""
SELECT m.id, m.application_id, m.kind, m.recipient, m.medium, m.state,
       m.send_after, m.send_by, m.utc_offset, m.subject, a.company, a.position, m.findings,
       m.time_zone
FROM messages m JOIN applications a ON a.id = m.application_id
WHERE m.state IN ({_PENDING}) AND m.send_after <= :horizon
ORDER BY m.send_by, m.id
"""

#: Messages that came back undelivered, with what the last bounce said (JSON).
#: Few rows: the (state, send_by) index finds them, and each one's bounce is
#: looked up by the events' (application_id, at) index.
BOUNCED_SQL = f"""
SELECT m.id, m.application_id, m.kind, m.recipient, m.medium, m.state,
       m.send_after, m.send_by, m.utc_offset, m.subject, a.company, a.position, m.findings,
       m.time_zone, m.recipient_email,
       (SELECT e.data FROM events e
         WHERE e.application_id = m.application_id AND e.message_id = m.id
           AND e.kind = '{EventKind.BOUNCE.value}'
         ORDER BY e.at DESC, e.id DESC LIMIT 1) AS bounce
FROM messages m JOIN applications a ON a.id = m.application_id
WHERE m.state = '{State.BOUNCED.value}'
ORDER BY m.send_by, m.id
"""

#: Messages whose send is under way or was cut off (it may have gone out). Few rows.
UNSETTLED_SQL = f"""
SELECT m.id, m.application_id, m.kind, m.recipient, m.medium, m.state,
       m.send_after, m.send_by, m.utc_offset, m.subject, a.company, a.position, m.findings,
       m.time_zone
FROM messages m JOIN applications a ON a.id = m.application_id
WHERE m.state IN ({", ".join(f"'{s.value}'" for s in UNSETTLED_STATES)})
ORDER BY m.send_by, m.id
"""

_INQUIRY_SENT = f"m.kind = '{STATUS_INQUIRY}' AND m.state = '{State.SENT.value}'"

#: The silence rule: open applications with all their status inquiries sent
#: (:data:`afterview.timing.MAX_FOLLOW_UPS`), the last one before ``:cutoff``
#: (:func:`silence_cutoff`), and no reply recorded since it went out.
#: It starts from the open applications (few) and looks up each one's
#: messages by index, rather than grouping every message ever sent.
SILENT_SQL = f"""
SELECT s.id, s.company, s.position, s.last_sent, s.company_key
FROM (SELECT a.id, a.company, a.position, a.company_key,
             (SELECT COUNT(*) FROM messages m
               WHERE m.application_id = a.id AND {_INQUIRY_SENT}) AS n,
             (SELECT MAX(m.sent_at) FROM messages m
               WHERE m.application_id = a.id AND {_INQUIRY_SENT}) AS last_sent
      FROM applications a WHERE a.stage NOT IN ({_CLOSED})) s
WHERE s.n >= {timing.MAX_FOLLOW_UPS} AND s.last_sent <= :cutoff
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.application_id = s.id
                  AND e.kind = '{EventKind.REPLY.value}' AND e.at >= s.last_sent)
ORDER BY s.id
"""

_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores DateTime in SQLite


@dataclass(frozen=True)
class DueItem:
    """One thing to do now: send (or decide on) a message, fix a bounced one, or move on."""

    application_id: int
    company: str
    position: str
    # "send"; "bounced" (delivery failed: fix and approve again); "unsettled" (a send under
    # way, or cut off: it may have gone out); or "move_on"
    action: str
    message_id: int | None = None
    kind: str = ""
    recipient: str = ""
    medium: str = ""
    state: str = ""
    subject: str = ""
    send_after: datetime | None = None
    send_by: datetime | None = None
    overdue: bool = False
    recipient_email: str = ""  # bounced: where it would go now (the file may have fixed it)
    failed_address: str = ""  # bounced: the address the server refused
    reason: str = ""  # bounced: the server's words
    findings: str | None = None  # JSON: the checker's findings kept with the draft


def _instant(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def _zone(minutes: int, name: str | None = None) -> tzinfo:
    return (named_zone(name) if name else None) or timezone(timedelta(minutes=minutes))


def named_zone(name: str) -> tzinfo | None:
    """The IANA time zone ``name`` (None if this system does not know it)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _message_item(r: Any, action: str, now: datetime | None = None, **more: Any) -> DueItem:
    """The item of one message row (the first 14 columns, which the message queries share).

    With ``now``, an item past its deadline is overdue.
    """
    zone = _zone(r[8], r[13])
    send_by = _instant(r[7]).astimezone(zone)
    return DueItem(
        application_id=r[1],
        company=r[10],
        position=r[11],
        action=action,
        message_id=r[0],
        kind=r[2],
        recipient=r[3],
        medium=r[4],
        state=r[5],
        subject=r[9],
        send_after=_instant(r[6]).astimezone(zone),
        send_by=send_by,
        overdue=now is not None and send_by < now,
        findings=r[12],
        **more,
    )


def _bounced(r: Any) -> DueItem:
    import json  # here, not at the top: 3 ms of start-up that a day without bounces never needs

    try:
        bounce = json.loads(r[15]) if r[15] else {}
    except ValueError:
        bounce = {}
    if not isinstance(bounce, dict):
        bounce = {}
    return _message_item(
        r,
        "bounced",
        recipient_email=r[14] or "",
        failed_address=str(bounce.get("address") or r[14] or ""),
        reason=str(bounce.get("reason") or ""),
    )


def build(
    pending: Sequence[Any],
    silent: Sequence[Any],
    now: datetime,
    bounced: Sequence[Any] = (),
    unsettled: Sequence[Any] = (),
) -> list[DueItem]:
    """Rows of the queries → items: sends cut off and bounces first (something to find out
    or fix), then overdue, then by deadline; silent companies come last.
    """
    items = [_message_item(r, "unsettled") for r in unsettled]
    items.extend(_bounced(r) for r in bounced)
    pending_items = [_message_item(r, "send", now) for r in pending]
    pending_items.sort(key=lambda i: (not i.overdue, i.send_by, i.message_id))
    items.extend(pending_items)
    items.extend(
        DueItem(
            application_id=r[0],
            company=r[1],
            position=r[2],
            action="move_on",
            send_after=_instant(r[3]),
        )
        for r in silent
    )
    return items


def silence_cutoff(now: datetime) -> datetime:
    """An application is silent once its last inquiry went out before this."""
    return now - timing.FOLLOW_UP_WAIT


def parameters(now: datetime, within: timedelta) -> dict[str, datetime]:
    return {"horizon": now + within, "cutoff": silence_cutoff(now)}


def due_from_sqlite(
    path: Path, now: datetime, within: timedelta, head: str
) -> list[DueItem] | None:
    """The due list read with ``sqlite3`` alone.

    None when the file needs the full store (a migration, or a damaged file).
    """
    if not path.exists():
        return []
    try:
        conn = sqlite3.connect(path, timeout=30)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout=30000")
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] != head:
            return None
        params = {
            k: v.astimezone(UTC).replace(tzinfo=None).strftime(_SQLITE_TIME)
            for k, v in parameters(now, within).items()
        }
        pending = conn.execute(PENDING_SQL, params).fetchall()
        silent = conn.execute(SILENT_SQL, params).fetchall()
        bounced = conn.execute(BOUNCED_SQL).fetchall()
        unsettled = conn.execute(UNSETTLED_SQL).fetchall()
    except sqlite3.Error:
        return None  # an empty or damaged file: let the store say what is wrong
    finally:
        conn.close()
    return build(pending, silent, now, bounced, unsettled)
