"""Store.atomic(): calls grouped into one transaction, nested blocks joining the outer one."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from afterview.errors import StateError
from afterview.records.service import add_file
from afterview.store import State, Store

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)


class Boom(Exception):
    pass


def _ids(store: Store) -> list[int]:
    return [m.id for m in store.messages_of(1)]


def _states(store: Store) -> list[str]:
    return [m.state for m in store.messages_of(1)]


def test_a_block_happens_entirely_or_not_at_all(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    first, second = _ids(store)[:2]
    with pytest.raises(Boom), store.atomic():
        store.approve(first)
        store.approve(second)
        assert store.get_message(first).state == State.APPROVED  # the block sees its writes
        raise Boom
    assert _states(store) == ["planned"] * 4
    assert [e.kind for e in store.events_of(1)] == ["stage"]  # no approval event either
    with store.atomic() as same:
        assert same is store
        store.approve(first)
        store.approve(second)
    assert _states(store)[:2] == ["approved", "approved"]


def test_others_see_a_block_only_once_it_is_committed(
    store: Store, db_url: str, write_interview
) -> None:
    add_file(store, write_interview())
    first = _ids(store)[0]
    with Store.open(db_url) as other:
        with store.atomic():
            store.approve(first)
            assert other.get_message(first).state == State.PLANNED
        assert other.get_message(first).state == State.APPROVED


def test_a_nested_block_joins_the_outer_one(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    first = _ids(store)[0]
    with pytest.raises(Boom), store.atomic():
        with store.atomic():
            store.approve(first)
        assert store.get_message(first).state == State.APPROVED
        raise Boom  # the outer block fails: the inner one is undone with it
    assert store.get_message(first).state == State.PLANNED


def test_a_failure_caught_inside_a_block_undoes_only_its_own_part(
    store: Store, write_interview
) -> None:
    add_file(store, write_interview())
    first, second = _ids(store)[:2]
    with store.atomic():
        store.approve(first)
        try:
            with store.atomic():
                store.approve(second)
                raise Boom
        except Boom:
            pass
        store.log_sent(first, NOW)
        with pytest.raises(StateError):
            store.approve(first)  # sent: refused, and the block goes on
        store.update_draft(second, "Thanks", "Dear Tom, thank you.")
    assert _states(store)[:2] == ["sent", "planned"]
    assert store.get_message(second).body == "Dear Tom, thank you."
    written = sorted(store.events_of(1), key=lambda e: e.id)
    kinds = [(e.message_id, e.kind) for e in written if e.message_id]
    assert kinds == [(first, "approved"), (first, "sent"), (second, "edited")]


def test_another_thread_does_not_join_a_block(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    first = _ids(store)[0]
    seen: list[str] = []
    with store.atomic():
        store.approve(first)
        reader = threading.Thread(target=lambda: seen.append(store.get_message(first).state))
        reader.start()
        reader.join(timeout=30)
    assert seen == ["planned"]  # its own connection: the block was not committed yet
