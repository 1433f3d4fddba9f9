"""What is due: the same answer from the fast sqlite3 path and from SQLAlchemy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from afterview.records.service import add_file
from afterview.store import Store
from afterview.store.due import due_from_sqlite
from afterview.store.migrate import HEAD
from afterview.store.views import due

DAY_AFTER = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)  # past Acme's thank-you deadline, not Globex's


def _fill(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    add_file(
        store,
        write_interview(
            company="Globex",
            reference=None,
            at="2026-11-21T09:00:00+01:00",
            people=(("Hank Scorpio", "hank@globex.example"),),
        ),
    )


def test_overdue_first_then_by_deadline(store: Store, write_interview) -> None:
    _fill(store, write_interview)
    items = due(store, DAY_AFTER, timedelta(0))
    assert [(i.company, i.recipient, i.overdue) for i in items] == [
        ("Acme Robotics", "Jane Okafor", True),
        ("Acme Robotics", "Tom Berg", True),
        ("Globex", "Hank Scorpio", False),
    ]
    assert all(i.action == "send" and i.message_id for i in items)
    later = due(store, DAY_AFTER, timedelta(days=30))
    assert [i.kind for i in later].count("status_inquiry") == 4  # two per application open by then


def test_sent_and_cancelled_messages_are_not_due(store: Store, write_interview) -> None:
    _fill(store, write_interview)
    jane = due(store, DAY_AFTER, timedelta(0))[0]
    store.log_sent(jane.message_id, DAY_AFTER)
    assert jane.message_id not in [i.message_id for i in due(store, DAY_AFTER, timedelta(0))]


def test_silent_applications_are_a_decision(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    for m in store.messages_of(1):
        if m.kind == "status_inquiry":
            store.log_sent(m.id, m.send_after)
    last = max(m.send_after for m in store.messages_of(1) if m.kind == "status_inquiry")
    items = due(store, last + timedelta(days=8), timedelta(0))
    assert [(i.action, i.application_id) for i in items if i.action == "move_on"] == [
        ("move_on", 1)
    ]


def test_the_fast_path_agrees_with_sqlalchemy(tmp_path: Path, write_interview) -> None:
    path = tmp_path / "r.db"
    with Store.open(f"sqlite:///{path}") as store:
        _fill(store, write_interview)
        store.approve(due(store, DAY_AFTER, timedelta(0))[1].message_id)
        for within in (timedelta(0), timedelta(days=3), timedelta(days=40)):
            assert due_from_sqlite(path, DAY_AFTER, within, HEAD) == due(store, DAY_AFTER, within)


def test_the_fast_path_steps_aside_for_old_or_missing_schemas(tmp_path: Path) -> None:
    assert due_from_sqlite(tmp_path / "none.db", DAY_AFTER, timedelta(0), HEAD) == []
    (tmp_path / "empty.db").write_bytes(b"")
    assert due_from_sqlite(tmp_path / "empty.db", DAY_AFTER, timedelta(0), HEAD) is None
    with Store.open(f"sqlite:///{tmp_path / 'old.db'}"):
        pass
    assert due_from_sqlite(tmp_path / "old.db", DAY_AFTER, timedelta(0), "0002_events") is None
