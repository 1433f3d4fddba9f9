"""Taking back the last ``afterview log`` or ``afterview outcome`` of an application.

Each of those commands is recorded as an *operation*: what the application and
its messages were before it and after it, the messages it added and the events
it wrote (:func:`record`, inside the command's transaction). :func:`undo_last`
takes the application's last operation back: the messages it changed return to
what they were (their states through :mod:`afterview.store.transitions`, the one
writer of a state), the messages it added and the events it wrote go, and the
history gets one ``undone`` event saying what was undone.

An operation is undone only while what it changed is as it left it: a message
approved, sent or answered since, or the application moved on (marked silent,
another outcome), and the undo is refused with the reason, writing nothing.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from afterview.errors import NotFoundError, StateError
from afterview.store.messages import EventKind, State
from afterview.store.rows import add_event
from afterview.store.schema import applications, events, interviews, messages, operations
from afterview.store.transitions import Action, move, step

#: The columns of a message an operation may change (the findings are the checker's: judged
#: again, never compared).
_MESSAGE = (
    "state",
    "send_after",
    "send_by",
    "utc_offset",
    "why",
    "subject",
    "body",
    "edited",
    "medium",
    "recipient_email",
    "recipient_linkedin",
    "sent_at",
    "rfc_message_id",
)
#: Undoing steps, tried in this order to bring a message back to the state it was in.
_BACK = (Action.RESTORE, Action.UNDO_REPLY, Action.UNDO_SENT, Action.APPROVE)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(conn: Connection, application_id: int) -> dict[str, Any]:
    """The parts of an application an operation may change, as JSON-ready data."""
    app = conn.execute(
        select(applications.c.stage, applications.c.postponed_until).where(
            applications.c.id == application_id
        )
    ).one()
    rounds = conn.execute(
        select(interviews.c.id, interviews.c.document).where(
            interviews.c.application_id == application_id
        )
    ).all()
    rows = conn.execute(
        select(messages.c.id, *(messages.c[c] for c in _MESSAGE)).where(
            messages.c.application_id == application_id
        )
    ).all()
    return {
        "stage": app.stage,
        "postponed_until": _plain(app.postponed_until),
        "documents": {str(r.id): r.document for r in rounds},
        "messages": {str(r.id): {c: _plain(getattr(r, c)) for c in _MESSAGE} for r in rows},
    }


def last_event_id(conn: Connection) -> int:
    return int(conn.execute(select(func.max(events.c.id))).scalar() or 0)


def record(
    conn: Connection,
    application_id: int,
    kind: str,
    summary: str,
    before: dict[str, Any],
    events_after: int,
    now: datetime,
) -> int | None:
    """Keep what an operation changed (``before``: its :func:`snapshot` when it began;
    ``events_after``: the last event id then). Returns the operation's id, or None when it
    changed nothing (the same log twice): there is nothing to undo."""
    after = snapshot(conn, application_id)
    added = list(
        conn.execute(
            select(events.c.id).where(
                events.c.application_id == application_id, events.c.id > events_after
            )
        ).scalars()
    )
    changes = {
        "before": _changed(before, after),
        "after": _changed(after, before),
        "inserted": sorted(set(after["messages"]) - set(before["messages"]), key=int),
        "events": added,
    }
    if after == before and not added:
        return None
    return int(
        conn.execute(
            insert(operations).values(
                application_id=application_id,
                kind=kind,
                summary=summary,
                changes=json.dumps(changes, sort_keys=True, ensure_ascii=False),
                created_at=now,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
    )


def _changed(this: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """The parts of ``this`` snapshot that differ from ``other``."""
    out: dict[str, Any] = {
        k: this[k] for k in ("stage", "postponed_until") if this[k] != other.get(k)
    }
    out["documents"] = {
        k: v for k, v in this["documents"].items() if other["documents"].get(k) != v
    }
    out["messages"] = {k: v for k, v in this["messages"].items() if other["messages"].get(k) != v}
    return out


@dataclass(frozen=True)
class Undone:
    """What :func:`undo_last` took back."""

    kind: str
    summary: str
    created_at: datetime
    application_id: int
    restored: list[tuple[int, str, str]] = field(default_factory=list)  # id, from, to
    removed: list[int] = field(default_factory=list)  # messages the operation had added
    stage: tuple[str, str] | None = None  # from, to


def undo_last(conn: Connection, application_id: int, now: datetime) -> Undone:
    """Take back the application's last log or outcome (see the module docstring)."""
    op = conn.execute(
        select(operations)
        .where(operations.c.application_id == application_id, operations.c.undone_at.is_(None))
        .order_by(operations.c.id.desc())
        .limit(1)
    ).first()
    if op is None:
        raise NotFoundError(
            f"Application {application_id} has no `afterview log` or `afterview outcome` to undo.",
            hint=f"`afterview show {application_id}` shows its history.",
        )
    changes = json.loads(op.changes)
    before, after = changes["before"], changes["after"]
    current = snapshot(conn, application_id)
    _check_unchanged(op, current, after, changes["inserted"])

    done = Undone(op.kind, op.summary, op.created_at, application_id)
    if "stage" in before and before["stage"] != current["stage"]:
        done = _with(done, stage=(current["stage"], before["stage"]))
    removed = [int(i) for i in changes["inserted"]]
    if removed:
        conn.execute(delete(events).where(events.c.message_id.in_(removed)))
        conn.execute(delete(messages).where(messages.c.id.in_(removed)))
    conn.execute(delete(events).where(events.c.id.in_(changes["events"])))
    restored = []
    for key, was in sorted(before["messages"].items(), key=lambda kv: int(kv[0])):
        if key in changes["inserted"]:
            continue
        now_state = current["messages"][key]["state"]
        reached = _restore_state(conn, int(key), application_id, now_state, was["state"], now)
        columns = {c: _typed(c, was[c]) for c in _MESSAGE if c != "state"}
        if reached == State.PLANNED.value:
            columns["rfc_message_id"] = None  # a planned message carries none
            columns["sent_at"] = None
        conn.execute(update(messages).where(messages.c.id == int(key)).values(**columns))
        if reached != now_state:
            restored.append((int(key), now_state, reached))
    values: dict[str, Any] = {"updated_at": now}
    if "stage" in before:
        values["stage"] = before["stage"]
    if "postponed_until" in before:
        value = before["postponed_until"]
        values["postponed_until"] = date.fromisoformat(value) if value else None
    conn.execute(update(applications).where(applications.c.id == application_id).values(**values))
    for key, document in before["documents"].items():
        conn.execute(
            update(interviews)
            .where(interviews.c.id == int(key))
            .values(document=document, updated_at=now)
        )
    conn.execute(update(operations).where(operations.c.id == op.id).values(undone_at=now))
    add_event(
        conn,
        application_id=application_id,
        kind=EventKind.UNDONE,
        at=now,
        now=now,
        summary=f"Undone: {op.summary}",
        data={"operation": op.kind, "messages": [r[0] for r in restored], "removed": removed},
    )
    return _with(done, restored=restored, removed=removed)


def _with(done: Undone, **changes: Any) -> Undone:
    from dataclasses import replace

    return replace(done, **changes)


def _check_unchanged(
    op: Any, current: dict[str, Any], after: dict[str, Any], inserted: list[str]
) -> None:
    """Refuse when what the operation left has changed since (nothing is written)."""
    what = f"`{op.summary}`"
    for key, left in after["messages"].items():
        now = current["messages"].get(key)
        if now is None:
            raise _refused(what, f"message {key} is gone")
        if now != left:
            change = (
                f"message {key} is {now['state']} now"
                if now["state"] != left["state"]
                else f"message {key} was changed since (its draft or window)"
            )
            raise _refused(what, change)
    for key in inserted:
        if key not in current["messages"]:
            raise _refused(what, f"message {key} is gone")
    if "stage" in after and current["stage"] != after["stage"]:
        raise _refused(what, f"the application is {current['stage']} now")


def _refused(what: str, why: str) -> StateError:
    return StateError(
        f"Cannot undo {what}: {why}, so undoing it would lose what happened after it. "
        "Nothing was changed.",
        hint="set things right with the commands themselves (`afterview unapprove`, "
        "`afterview skip`, `afterview log`).",
    )


def _restore_state(
    conn: Connection, id: int, application_id: int, state: str, target: str, now: datetime
) -> str:
    """Walk a message from ``state`` back to ``target`` by the table's undoing steps.

    A message that was being sent, or had bounced, comes back planned: it goes out
    again only once approved again.
    """
    if target in (State.SENDING.value, State.BOUNCED.value):
        target = State.PLANNED.value
    path = _path(State(state), State(target))
    for action in path:
        row = conn.execute(
            select(messages.c.id, messages.c.application_id, messages.c.state).where(
                messages.c.id == id
            )
        ).one()
        summary = ""
        if step(action, row).event is not None:
            summary = "Approved again: it was approved before what was undone."
        move(conn, row, action, now=now, summary=summary)
    return target if path or state == target else state


def _path(start: State, target: State) -> list[Action]:
    """The shortest sequence of undoing steps from ``start`` to ``target`` (none: stay)."""
    from afterview.store.transitions import TRANSITIONS

    seen: dict[State, list[Action]] = {start: []}
    queue = deque([start])
    while queue:
        state = queue.popleft()
        if state is target:
            return seen[state]
        for action in _BACK:
            found = TRANSITIONS[action].get(state)
            if found is not None and found.to not in seen:
                seen[found.to] = [*seen[state], action]
                queue.append(found.to)
    return []


def _typed(column: str, value: Any) -> Any:
    if value is not None and column in ("send_after", "send_by", "sent_at"):
        return datetime.fromisoformat(value)
    return value
