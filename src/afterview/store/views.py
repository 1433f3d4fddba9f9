"""Read-only views for people: the application list, one application in full, what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select, text

from afterview.store.due import (
    BOUNCED_SQL,
    PENDING_SQL,
    UNSETTLED_SQL,
    DueItem,
    build,
    parameters,
)
from afterview.store.history import silent_rows
from afterview.store.messages import (
    PENDING_STATES,
    UNSETTLED_STATES,
    State,
    StoredApplication,
    StoredEvent,
    StoredMessage,
)
from afterview.store.rows import to_application
from afterview.store.schema import applications, interviews, messages
from afterview.store.types import UTCDateTime

if TYPE_CHECKING:
    from afterview.store.store import Store


@dataclass(frozen=True)
class ApplicationSummary:
    application: StoredApplication
    rounds: int
    last_interview: datetime | None
    next_message: StoredMessage | None  # the earliest message still to send
    bounced: StoredMessage | None = None  # a message that came back: fixing it comes first
    unsettled: StoredMessage | None = None  # a send under way or cut off: settling it comes first


@dataclass(frozen=True)
class ApplicationDetail:
    application: StoredApplication
    rounds: list[dict[str, Any]]  # the interview file data of each round, oldest first
    messages: list[StoredMessage]
    events: list[StoredEvent]


def list_applications(store: Store) -> list[ApplicationSummary]:
    """Every application, most recent interview first, with its next action."""
    with store.reading() as conn:
        rounds = (
            select(
                interviews.c.application_id,
                func.count().label("n"),
                func.max(interviews.c.at).label("last"),
            )
            .group_by(interviews.c.application_id)
            .subquery()
        )
        rows = conn.execute(
            select(applications, rounds.c.n, rounds.c.last)
            .outerjoin(rounds, rounds.c.application_id == applications.c.id)
            .order_by(rounds.c.last.desc(), applications.c.id.desc())
        ).all()
        first_pending = (
            select(messages.c.application_id, func.min(messages.c.send_by).label("by"))
            .where(messages.c.state.in_([s.value for s in PENDING_STATES]))
            .group_by(messages.c.application_id)
            .subquery()
        )
        from afterview.store.rows import message_query, to_message

        nexts: dict[int, StoredMessage] = {}
        for row in conn.execute(
            message_query()
            .join(
                first_pending,
                (first_pending.c.application_id == messages.c.application_id)
                & (first_pending.c.by == messages.c.send_by),
            )
            .where(messages.c.state.in_([s.value for s in PENDING_STATES]))
            .order_by(messages.c.id)
        ):
            nexts.setdefault(row.application_id, to_message(row))
        bounced: dict[int, StoredMessage] = {}
        for row in conn.execute(
            message_query().where(messages.c.state == State.BOUNCED.value).order_by(messages.c.id)
        ):
            bounced.setdefault(row.application_id, to_message(row))
        unsettled: dict[int, StoredMessage] = {}
        for row in conn.execute(
            message_query()
            .where(messages.c.state.in_([s.value for s in UNSETTLED_STATES]))
            .order_by(messages.c.id)
        ):
            unsettled.setdefault(row.application_id, to_message(row))
    return [
        ApplicationSummary(
            application=to_application(r),
            rounds=int(r.n or 0),
            last_interview=UTCDateTime().process_result_value(r.last, None) if r.last else None,
            next_message=nexts.get(r.id),
            bounced=bounced.get(r.id),
            unsettled=unsettled.get(r.id),
        )
        for r in rows
    ]


def application_detail(store: Store, application_id: int) -> ApplicationDetail:
    app = store.application(application_id)
    rounds = [doc for _, doc, _ in store.interview_documents(application_id)]
    return ApplicationDetail(
        app, rounds, store.messages_of(application_id), store.events_of(application_id)
    )


def due(store: Store, now: datetime, within: timedelta) -> list[DueItem]:
    """What to send or decide by ``now + within``, on any database."""
    with store.reading() as conn:
        pending = conn.execute(
            text(PENDING_SQL).bindparams(bindparam("horizon", type_=UTCDateTime)),
            {"horizon": parameters(now, within)["horizon"]},
        ).all()
        silent = silent_rows(conn, now)
        bounced = conn.execute(text(BOUNCED_SQL)).all()
        unsettled = conn.execute(text(UNSETTLED_SQL)).all()
    return build(
        [tuple(r) for r in pending],
        [tuple(r) for r in silent],
        now,
        [tuple(r) for r in bounced],
        [tuple(r) for r in unsettled],
    )


__all__ = [
    "ApplicationDetail",
    "ApplicationSummary",
    "DueItem",
    "application_detail",
    "due",
    "list_applications",
]
