"""How what happened changes the plan: replies, postponements, outcomes, silence.

Every function works on a connection inside the caller's write transaction,
so a change and the events recording it land together or not at all.
"""

from __future__ import annotations

from collections.abc import Container
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, select, text, update
from sqlalchemy.engine import Connection, Row

from afterview import timing
from afterview.errors import NotFoundError
from afterview.store.due import SILENT_SQL, silence_cutoff
from afterview.store.messages import (
    PENDING_STATES,
    STATUS_INQUIRY,
    EventKind,
    Stage,
    State,
)
from afterview.store.rows import add_event, zone
from afterview.store.schema import applications, messages
from afterview.store.transitions import Action, move
from afterview.store.types import UTCDateTime

#: What a closed application no longer sends: chasing, and thanks for a process that is over.
CLOSING_KINDS = (STATUS_INQUIRY, "thank_you")


def application_stage(conn: Connection, application_id: int) -> str:
    stage = conn.execute(
        select(applications.c.stage).where(applications.c.id == application_id)
    ).scalar()
    if stage is None:
        raise NotFoundError(
            f"There is no application {application_id}.", hint="`afterview list` shows them all."
        )
    return str(stage)


def set_stage(
    conn: Connection, application_id: int, stage: Stage, *, at: datetime, now: datetime, why: str
) -> bool:
    """Move an application to ``stage`` with an event; False when it is there already."""
    before = application_stage(conn, application_id)
    if before == stage.value:
        return False
    conn.execute(
        update(applications)
        .where(applications.c.id == application_id)
        .values(stage=stage.value, updated_at=now)
    )
    add_event(
        conn,
        application_id=application_id,
        kind=EventKind.STAGE,
        at=at,
        now=now,
        summary=why,
        data={"from": before, "to": stage.value},
    )
    return True


def cancel_pending_inquiries(
    conn: Connection,
    application_id: int,
    *,
    now: datetime,
    why: str,
    before_interview_at: datetime | None = None,
    kinds: tuple[str, ...] = (STATUS_INQUIRY,),
) -> int:
    """Cancel status inquiries not yet sent, or bounced and not yet sent again; returns how many.

    With ``before_interview_at``, only those of earlier rounds: a later round
    makes asking about an earlier one pointless. ``kinds`` widens it to other
    kinds of message (a closed application sends no thank-you notes either).
    """
    from afterview.store.schema import interviews

    unsent = [s.value for s in PENDING_STATES] + [State.BOUNCED.value]
    condition = and_(
        messages.c.application_id == application_id,
        messages.c.kind.in_(kinds),
        messages.c.state.in_(unsent),
    )
    if before_interview_at is not None:
        earlier = select(interviews.c.id).where(
            interviews.c.application_id == application_id, interviews.c.at < before_interview_at
        )
        condition = and_(condition, messages.c.interview_id.in_(earlier.scalar_subquery()))
    rows = conn.execute(
        select(messages.c.id, messages.c.application_id, messages.c.state)
        .where(condition)
        .order_by(messages.c.id)
    ).all()
    for row in rows:
        move(conn, row, Action.CANCEL, now=now, summary=why)
    return len(rows)


def postpone_inquiries(conn: Connection, application_id: int, until: date, *, now: datetime) -> int:
    """Move pending status inquiries to open the first working day after ``until``, at 9:00.

    Each keeps its length; the second keeps its distance from the first, and
    opens on a working day too. Inquiries that open later already stay. The
    working days are those of the interview's country (:mod:`afterview.workdays`),
    the times those of its time zone. Returns how many moved.
    """
    application_stage(conn, application_id)  # raises if unknown
    conn.execute(
        update(applications)
        .where(applications.c.id == application_id)
        .values(postponed_until=until, updated_at=now)
    )
    rows = conn.execute(
        select(
            messages.c.id,
            messages.c.send_after,
            messages.c.send_by,
            messages.c.utc_offset,
            messages.c.time_zone,
        )
        .where(
            messages.c.application_id == application_id,
            messages.c.kind == STATUS_INQUIRY,
            messages.c.state.in_([s.value for s in PENDING_STATES]),
        )
        .order_by(messages.c.send_after)
    ).all()
    if not rows:
        return 0
    closed = _closed_days(conn, application_id)
    first = rows[0].send_after.astimezone(zone(rows[0].utc_offset, rows[0].time_zone))
    opens = timing.business_morning(timing.next_weekday_after(until, closed), first)
    shift = max(opens - first, timedelta(0))
    if shift:
        for row in rows:
            local = row.send_after.astimezone(zone(row.utc_offset, row.time_zone))
            moved = timing.on_business_day(local + shift, closed)
            conn.execute(
                update(messages)
                .where(messages.c.id == row.id)
                .values(
                    send_after=moved,
                    send_by=moved + (row.send_by - row.send_after),
                    updated_at=now,
                )
            )
    add_event(
        conn,
        application_id=application_id,
        kind=EventKind.NOTE,
        at=now,
        now=now,
        summary=f"Status inquiries moved to after {until.isoformat()}.",
        data={"postponed_until": until.isoformat()},
    )
    return len(rows) if shift else 0


def _closed_days(conn: Connection, application_id: int) -> Container[date]:
    """The public holidays of the country of the application's latest round."""
    import json

    from afterview import workdays
    from afterview.store.schema import interviews

    document = conn.execute(
        select(interviews.c.document)
        .where(interviews.c.application_id == application_id)
        .order_by(interviews.c.at.desc())
        .limit(1)
    ).scalar()
    given = json.loads(document).get("interview", {}).get("country") if document else None
    return workdays.closed_days(workdays.country(given))


def silent_rows(conn: Connection, now: datetime) -> list[Row[Any]]:
    """The rows of :data:`~afterview.store.due.SILENT_SQL`, the one statement of the rule.

    ``afterview due`` runs the same statement through ``sqlite3`` alone.
    """
    query = text(SILENT_SQL).bindparams(bindparam("cutoff", type_=UTCDateTime))
    return list(conn.execute(query, {"cutoff": silence_cutoff(now)}).all())


def silent_applications(
    conn: Connection, now: datetime, company_key: str | None = None
) -> list[int]:
    """Open applications whose two status inquiries went unanswered (see ``SILENT_SQL``)."""
    return [
        int(r.id)
        for r in silent_rows(conn, now)
        if company_key is None or r.company_key == company_key
    ]


def mark_silent(conn: Connection, now: datetime, company_key: str | None = None) -> list[int]:
    """Give applications that went silent the stage ``no_response``; returns their ids."""
    ids = silent_applications(conn, now, company_key)
    for application_id in ids:
        set_stage(
            conn,
            application_id,
            Stage.NO_RESPONSE,
            at=now,
            now=now,
            why="Two status inquiries went unanswered: time to move on.",
        )
        cancel_pending_inquiries(
            conn,
            application_id,
            now=now,
            why="No response after two inquiries.",
            kinds=CLOSING_KINDS,
        )
    return ids
