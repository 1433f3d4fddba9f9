"""Putting records right: renaming, merging and deleting applications.

Every function works on a connection inside the caller's write transaction.
A rename changes the application and the interview file kept for each of its
rounds, so that planning it again (which the caller does) writes the new name
into the drafts. A merge moves one application's rounds, messages and history
into another: a round both hold (the same interview added twice under two
spellings) keeps one copy of each message, the one that went further.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Connection

from afterview.errors import InputError, StateError
from afterview.store.messages import EventKind, State
from afterview.store.rows import add_event, fold
from afterview.store.schema import (
    applications,
    events,
    interviewers,
    interviews,
    messages,
    operations,
)

#: A message that only the plan has touched: a duplicate of it can go.
_UNTOUCHED = (State.PLANNED.value, State.CANCELLED.value)


@dataclass(frozen=True)
class Renamed:
    application_id: int
    before: tuple[str, str, str]  # company, position, reference
    after: tuple[str, str, str]


def _row(conn: Connection, application_id: int) -> Any:
    from afterview.errors import NotFoundError

    row = conn.execute(select(applications).where(applications.c.id == application_id)).first()
    if row is None:
        raise NotFoundError(
            f"There is no application {application_id}.", hint="`afterview list` shows them all."
        )
    return row


def rename(
    conn: Connection,
    application_id: int,
    *,
    company: str | None = None,
    position: str | None = None,
    reference: str | None = None,
    now: datetime,
    why: str = "",
) -> Renamed:
    """Give an application a new company, position or reference (None: unchanged).

    Refused when another application already has the new name: merge them instead.
    """
    row = _row(conn, application_id)
    before = (row.company, row.position, row.reference)
    after = (
        " ".join((company if company is not None else row.company).split()),
        " ".join((position if position is not None else row.position).split()),
        (reference if reference is not None else row.reference).strip(),
    )
    if not after[0] or not after[1]:
        raise InputError("A company and a position cannot be empty.")
    if after == before:
        return Renamed(application_id, before, after)
    key = (fold(after[0]), fold(after[1]), after[2])
    clash = conn.execute(
        select(applications.c.id).where(
            applications.c.company_key == key[0],
            applications.c.position_key == key[1],
            applications.c.reference == key[2],
            applications.c.id != application_id,
        )
    ).scalar()
    if clash is not None:
        raise InputError(
            f"Application {clash} is already {after[0]}, {after[1]}"
            + (f" ({after[2]})" if after[2] else "")
            + "; nothing was renamed.",
            hint=f"if they are one application, `afterview merge {clash} {application_id}` "
            "joins them.",
        )
    conn.execute(
        update(applications)
        .where(applications.c.id == application_id)
        .values(
            company=after[0],
            position=after[1],
            reference=after[2],
            company_key=key[0],
            position_key=key[1],
            updated_at=now,
        )
    )
    for round_id, document in conn.execute(
        select(interviews.c.id, interviews.c.document).where(
            interviews.c.application_id == application_id
        )
    ).all():
        data = json.loads(document)
        table = {"company": after[0], "position": after[1]}
        if after[2]:
            table["reference"] = after[2]
        data["application"] = table
        conn.execute(
            update(interviews)
            .where(interviews.c.id == round_id)
            .values(document=json.dumps(data, sort_keys=True, ensure_ascii=False), updated_at=now)
        )
    _forget_undo(conn, application_id)
    add_event(
        conn,
        application_id=application_id,
        kind=EventKind.NOTE,
        at=now,
        now=now,
        summary=f"Renamed from {describe(before)} to {describe(after)}{why}.",
        data={"renamed_from": list(before), "renamed_to": list(after)},
    )
    return Renamed(application_id, before, after)


def describe(parts: tuple[str, str, str]) -> str:
    return f"{parts[0]}, {parts[1]}" + (f" ({parts[2]})" if parts[2] else "")


def same_interview(
    conn: Connection,
    candidate_id: int,
    at: datetime,
    people: list[str],
    company: str,
    position: str,
) -> int | None:
    """The application of a stored round that is this interview with a name corrected.

    The same interview: the same start time and the same interviewers. Corrected:
    the company and the position are each the same, or one spelling of the other
    (a typo fixed, a word added); a file copied for another company is not.
    """
    from afterview.store.schema import applications as apps

    wanted = sorted(p.casefold() for p in people)
    rounds = conn.execute(
        select(interviews.c.id, apps.c.id.label("application_id"), apps.c.company, apps.c.position)
        .join(apps, apps.c.id == interviews.c.application_id)
        .where(interviews.c.at == at, apps.c.candidate_id == candidate_id)
        .order_by(interviews.c.id)
    ).all()
    for r in rounds:
        if not (_respelled(r.company, company) and _respelled(r.position, position)):
            continue
        names = conn.execute(
            select(interviewers.c.name).where(interviewers.c.interview_id == r.id)
        ).scalars()
        if sorted(n.casefold() for n in names) == wanted:
            return int(r.application_id)
    return None


#: How alike two spellings must be (difflib's ratio) to be one name with a typo fixed.
RESPELLED = 0.8


def _respelled(old: str, new: str) -> bool:
    """Whether ``new`` is ``old`` written again: the same, one within the other, or a typo."""
    import difflib

    a, b = fold(old), fold(new)
    if a == b or a in b or b in a:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= RESPELLED


@dataclass(frozen=True)
class Merged:
    kept: int
    merged: int
    rounds_moved: int
    messages_moved: int
    duplicates_dropped: int


def merge(conn: Connection, keep: int, other: int, *, now: datetime) -> Merged:
    """Move application ``other`` into ``keep`` and delete it (see the module docstring)."""
    if keep == other:
        raise InputError("An application cannot be merged into itself.")
    kept, gone = _row(conn, keep), _row(conn, other)
    rounds = {
        r.at: r.id
        for r in conn.execute(
            select(interviews.c.id, interviews.c.at).where(interviews.c.application_id == keep)
        )
    }
    moved_rounds = moved_messages = dropped = 0
    for rnd in conn.execute(
        select(interviews.c.id, interviews.c.at)
        .where(interviews.c.application_id == other)
        .order_by(interviews.c.at)
    ).all():
        target = rounds.get(rnd.at)
        if target is None:  # a round only the other has: it moves whole
            conn.execute(
                update(interviews).where(interviews.c.id == rnd.id).values(application_id=keep)
            )
            moved_messages += _move_messages(conn, rnd.id, rnd.id, keep)
            moved_rounds += 1
            continue
        d, m = _fold_round(conn, rnd.id, target, keep)
        dropped += d
        moved_messages += m
        conn.execute(delete(interviewers).where(interviewers.c.interview_id == rnd.id))
        conn.execute(delete(interviews).where(interviews.c.id == rnd.id))
    conn.execute(update(events).where(events.c.application_id == other).values(application_id=keep))
    _forget_undo(conn, keep)
    _forget_undo(conn, other)
    postponed = max(
        (d for d in (kept.postponed_until, gone.postponed_until) if d is not None), default=None
    )
    conn.execute(
        update(applications)
        .where(applications.c.id == keep)
        .values(postponed_until=postponed, updated_at=now)
    )
    conn.execute(delete(applications).where(applications.c.id == other))
    gone_name = (gone.company, gone.position, gone.reference)
    add_event(
        conn,
        application_id=keep,
        kind=EventKind.NOTE,
        at=now,
        now=now,
        summary=f"Merged application {other} ({describe(gone_name)}) into this one.",
        data={"merged": other},
    )
    return Merged(keep, other, moved_rounds, moved_messages, dropped)


def _move_messages(conn: Connection, from_round: int, to_round: int, application_id: int) -> int:
    result = conn.execute(
        update(messages)
        .where(messages.c.interview_id == from_round)
        .values(interview_id=to_round, application_id=application_id)
    )
    return int(result.rowcount or 0)


def _fold_round(conn: Connection, duplicate: int, target: int, keep: int) -> tuple[int, int]:
    """The messages of a round held twice: one of each, the one that went further.

    Returns (dropped, moved). Refused when both copies of a message went out.
    """
    theirs = {
        (r.kind, r.recipient, r.sequence): r
        for r in conn.execute(
            select(
                messages.c.id,
                messages.c.kind,
                messages.c.recipient,
                messages.c.sequence,
                messages.c.state,
            ).where(messages.c.interview_id == target)
        )
    }
    dropped = moved = 0
    for r in conn.execute(
        select(
            messages.c.id,
            messages.c.kind,
            messages.c.recipient,
            messages.c.sequence,
            messages.c.state,
        ).where(messages.c.interview_id == duplicate)
    ).all():
        twin = theirs.get((r.kind, r.recipient, r.sequence))
        if twin is not None and r.state in _UNTOUCHED:
            _drop_message(conn, r.id)
            dropped += 1
            continue
        if twin is not None:
            if twin.state not in _UNTOUCHED:
                raise StateError(
                    f"Messages {twin.id} and {r.id} are the same {r.kind.replace('_', ' ')} to "
                    f"{r.recipient}, and both are {twin.state}/{r.state}: nothing was merged.",
                    hint=f"skip one of them first (`afterview skip {r.id}`), if it never went out.",
                )
            _drop_message(conn, twin.id)
            dropped += 1
        conn.execute(
            update(messages)
            .where(messages.c.id == r.id)
            .values(interview_id=target, application_id=keep)
        )
        moved += 1
    return dropped, moved


def _drop_message(conn: Connection, id: int) -> None:
    conn.execute(delete(events).where(events.c.message_id == id))
    conn.execute(delete(messages).where(messages.c.id == id))


@dataclass(frozen=True)
class Deleted:
    application_id: int
    company: str
    position: str
    rounds: int
    messages: int
    events: int


def counts(conn: Connection, application_id: int) -> Deleted:
    """What deleting the application would remove."""
    row = _row(conn, application_id)

    def count(table: Any) -> int:
        return int(
            conn.execute(
                select(func.count())
                .select_from(table)
                .where(table.c.application_id == application_id)
            ).scalar()
            or 0
        )

    return Deleted(
        application_id, row.company, row.position, count(interviews), count(messages), count(events)
    )


def delete_application(conn: Connection, application_id: int) -> Deleted:
    """Remove an application with its rounds, messages and history, for good."""
    found = counts(conn, application_id)
    rounds = select(interviews.c.id).where(interviews.c.application_id == application_id)
    conn.execute(delete(events).where(events.c.application_id == application_id))
    conn.execute(delete(operations).where(operations.c.application_id == application_id))
    conn.execute(delete(messages).where(messages.c.application_id == application_id))
    conn.execute(
        delete(interviewers).where(interviewers.c.interview_id.in_(rounds.scalar_subquery()))
    )
    conn.execute(delete(interviews).where(interviews.c.application_id == application_id))
    conn.execute(delete(applications).where(applications.c.id == application_id))
    return found


def _forget_undo(conn: Connection, application_id: int) -> None:
    """Undo reaches no further back than a rename or a merge: what it kept no longer fits."""
    conn.execute(delete(operations).where(operations.c.application_id == application_id))
