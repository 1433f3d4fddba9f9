"""The message state machine, walked as a table on SQLite and PostgreSQL.

Every action is tried from every state: an allowed step writes exactly what
the table says and records its event; a refused one is a StateError naming
the message, its state and the action, and writes nothing.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from afterview.errors import StateError, StoreError
from afterview.records.service import add_file
from afterview.store import State, Store
from afterview.store.schema import events, messages
from afterview.store.transitions import TRANSITIONS, Action, allows, move, new_message

from conftest import EXAMPLES

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SRC = Path(__file__).resolve().parents[2] / "src" / "afterview"
_serial = itertools.count(1)


def _given(columns: tuple[str, ...], n: int) -> dict[str, Any]:
    """Sample values for the columns a step takes."""
    sample = {
        "rfc_message_id": f"<walk-{n}@afterview.test>",
        "sent_at": NOW - timedelta(hours=1),
        "subject": f"Edited subject {n}",
        "body": f"Edited body {n}",
        "edited": True,
    }
    return {c: sample[c] for c in columns}


def _paths() -> dict[State, list[Action]]:
    """The shortest way to each state from ``planned`` through the table (which must reach all)."""
    paths = {State.PLANNED: []}
    queue = deque([State.PLANNED])
    while queue:
        state = queue.popleft()
        for action, steps in TRANSITIONS.items():
            found = steps.get(state)
            if found is not None and found.to not in paths:
                paths[found.to] = [*paths[state], action]
                queue.append(found.to)
    return paths


PATHS = _paths()


@pytest.fixture(scope="module")
def base(module_store: Store) -> dict[str, Any]:
    """A stored message whose row each case copies (as a new message of its own)."""
    add_file(module_store, EXAMPLES / "panel.toml")
    with module_store.reading() as conn:
        row = conn.execute(select(messages).where(messages.c.id == 1)).one()._asdict()
    return {k: v for k, v in row.items() if k not in ("id", "state")}


def _message_in(store: Store, base: dict[str, Any], state: State) -> int:
    """A new message, walked from planned to ``state`` by the table's own steps."""
    with store.writing() as conn:
        id = conn.execute(
            insert(messages).values(**new_message({**base, "sequence": 100 + next(_serial)}))
        ).inserted_primary_key[0]
        for action in PATHS[state]:
            move(
                conn,
                _row(conn, id),
                action,
                now=NOW,
                summary="walk",
                values=_given(TRANSITIONS[action][_state(conn, id)].takes, next(_serial)),
            )
    return int(id)


def _row(conn: Any, id: int) -> Any:
    return conn.execute(select(messages).where(messages.c.id == id)).one()


def _state(conn: Any, id: int) -> State:
    return State(_row(conn, id).state)


def _events(store: Store, id: int) -> list[tuple[str, str]]:
    with store.reading() as conn:
        rows = conn.execute(
            select(events.c.kind, events.c.summary)
            .where(events.c.message_id == id)
            .order_by(events.c.id)
        )
        return [(r.kind, r.summary) for r in rows]


def test_every_state_is_reached_from_planned() -> None:
    assert set(PATHS) == set(State)


@pytest.mark.parametrize(("action", "state"), list(itertools.product(Action, State)))
def test_the_table_is_the_law(
    module_store: Store, base: dict[str, Any], action: Action, state: State
) -> None:
    store = module_store
    id = _message_in(store, base, state)
    with store.reading() as conn:
        before = _row(conn, id)._asdict()
    events_before = _events(store, id)
    found = TRANSITIONS[action].get(state)
    later = NOW + timedelta(hours=2)
    given = _given(found.takes if found else (), next(_serial))
    summary = f"{action} from {state}"

    if found is None:
        assert not allows(action, state)
        with pytest.raises(StateError) as caught, store.writing() as conn:
            move(conn, _row(conn, id), action, now=later, summary=summary, values=given)
        error = caught.value
        assert re.match(
            rf"Message {id} is {state}, not [a-z ,]+: it cannot be [a-z ]+\.$", error.message
        )
        assert (error.record_id, error.state, error.action) == (id, state.value, action.value)
        assert error.hint and error.exit_code == 2
        with store.reading() as conn:
            assert _row(conn, id)._asdict() == before  # nothing written
        assert _events(store, id) == events_before
        return

    assert allows(action, state)
    with store.writing() as conn:
        moved = move(conn, _row(conn, id), action, now=later, summary=summary, values=given)
    with store.reading() as conn:
        after = _row(conn, id)._asdict()
    assert (moved.before, moved.after) == (state, found.to)
    assert after["state"] == found.to.value
    noop = found.to is state and found.event is None
    expected = dict(before)
    if not noop:
        expected.update(dict.fromkeys(found.clears), **given, state=found.to.value)
        if found.clears or given or found.to is not state:
            expected["updated_at"] = later
    assert after == expected
    added = _events(store, id)[len(events_before) :]
    assert added == ([(found.event.value, summary)] if found.event else [])
    assert (moved.event_id is None) == (found.event is None)


def test_a_step_taken_on_a_stale_read_writes_nothing(module_store: Store, base) -> None:
    id = _message_in(module_store, base, State.PLANNED)
    with module_store.writing() as conn:
        stale = _row(conn, id)
        move(conn, stale, Action.APPROVE, now=NOW, summary="approved meanwhile")
    count = len(_events(module_store, id))
    with pytest.raises(StoreError, match="changed while"), module_store.writing() as conn:
        move(conn, stale, Action.CANCEL, now=NOW, summary="on an old read")
    assert module_store.get_message(id).state == State.APPROVED
    assert len(_events(module_store, id)) == count


def test_a_step_must_be_given_exactly_the_columns_it_takes(module_store: Store, base) -> None:
    id = _message_in(module_store, base, State.APPROVED)
    with pytest.raises(ValueError, match="takes"), module_store.writing() as conn:
        move(conn, _row(conn, id), Action.CLAIM, now=NOW)  # no Message-ID
    planned = _message_in(module_store, base, State.PLANNED)
    with pytest.raises(ValueError, match="takes"), module_store.writing() as conn:
        move(conn, _row(conn, planned), Action.APPROVE, now=NOW, values={"subject": "x"})
    assert module_store.get_message(id).state == State.APPROVED
    assert module_store.get_message(planned).state == State.PLANNED


def test_the_store_refuses_in_words_a_person_can_act_on(module_store: Store, base) -> None:
    sent = _message_in(module_store, base, State.SENT)
    with pytest.raises(StateError) as caught:
        module_store.approve(sent)
    assert str(caught.value) == (
        f"Message {sent} is sent, not planned or bounced: it cannot be approved.\n"
        f"Hint: it went out already; `afterview log {sent} replied` records an answer."
    )
    planned = _message_in(module_store, base, State.PLANNED)
    with pytest.raises(StateError, match="log it as sent first"):
        module_store.log_replied(planned, NOW)
    with pytest.raises(StateError, match="never sent, so it cannot have bounced"):
        module_store.record_bounce(planned, NOW, "550 no such user")
    with pytest.raises(StateError, match="can no longer change"):
        module_store.update_draft(sent, "Subject", "Body")
    assert module_store.get_message(planned).state == State.PLANNED


# -- no other writer -------------------------------------------------------------------

_SQL_WRITE = re.compile(
    r"\bUPDATE\s+messages\b.*\bSET\b.*\bstate\b|\bINSERT\s+INTO\s+messages\b", re.I | re.S
)


def _is_state(node: ast.AST | None) -> bool:
    """``"state"`` or ``<table>.c.state``."""
    if isinstance(node, ast.Constant):
        return node.value == "state"
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "state"
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "c"
    )


def state_writes(source: str) -> list[int]:
    """Lines of Python source that write a ``state`` column: ``.values(state=...)``,
    ``{"state": ...}``, ``row["state"] = ...``, or SQL that updates or inserts messages."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            callee = node.func
            name = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
            if name in ("values", "ordered_values", "insert", "update") and any(
                k.arg == "state" for k in node.keywords
            ):
                lines.append(node.lineno)
        elif isinstance(node, ast.Dict) and any(_is_state(k) for k in node.keys):
            lines.append(node.lineno)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store):
            if _is_state(node.slice):
                lines.append(node.lineno)
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and _SQL_WRITE.search(node.value)
        ):
            lines.append(node.lineno)
    return sorted(lines)


@pytest.mark.parametrize(
    "code",
    [
        "conn.execute(update(messages).values(state=State.SENT.value))",
        "conn.execute(insert(messages), [{'state': 'planned'}])",
        "stmt.values({messages.c.state: 'sent'})",
        "values['state'] = 'cancelled'",
        "cur.execute('UPDATE messages SET sent_at = ?, state = ? WHERE id = ?')",
        "cur.execute('insert into messages (id, state) values (?, ?)')",
    ],
)
def test_the_scan_finds_a_write_of_the_state(code: str) -> None:
    assert state_writes(code) == [1]


def test_the_scan_passes_reads_and_records() -> None:
    code = (
        "select(messages).where(messages.c.state == 'sent')\n"
        "StoredMessage(state=row.state)\n"
        "'SELECT state FROM messages WHERE state = :s'\n"
    )
    assert state_writes(code) == []


def test_only_the_state_machine_writes_a_message_state() -> None:
    writers = {
        str(path.relative_to(SRC)): lines
        for path in sorted(SRC.rglob("*.py"))
        if (lines := state_writes(path.read_text(encoding="utf-8")))
    }
    assert set(writers) == {"store/transitions.py"}, writers


def test_the_records_doc_shows_the_table_as_it_is() -> None:
    text = (SRC.parents[1] / "docs" / "records.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \| (\w+) \| (\w+) \|$", text, re.M)
    table = [
        (action.value, state.value, found.to.value, found.event.value if found.event else "none")
        for action, steps in TRANSITIONS.items()
        for state, found in steps.items()
    ]
    assert rows == table
