"""The silence rule is one SQL statement, and every path that asks it gets the same answer.

``afterview due`` (through sqlite3 alone, or through SQLAlchemy) lists the
silent applications; ``sweep`` and ``afterview add`` mark them. Here each
boundary case is built once and every path is asked.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from afterview import timing
from afterview.model import Result
from afterview.records.service import add_file, record_outcome
from afterview.store import Store
from afterview.store.due import due_from_sqlite
from afterview.store.history import silent_applications
from afterview.store.migrate import HEAD
from afterview.store.views import due

NOW = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
WAIT = timing.FOLLOW_UP_WAIT


def _application(store: Store, write_interview, company: str, *sent_ago: timedelta) -> int:
    """An application at ``company`` whose status inquiries went out ``sent_ago`` before NOW."""
    added = add_file(store, write_interview(company=company, reference=None))
    inquiries = [m for m in store.messages_of(added.application_id) if m.kind == "status_inquiry"]
    for m, ago in zip(inquiries, sent_ago, strict=False):
        store.log_sent(m.id, NOW - ago)
    return added.application_id


def test_every_path_finds_the_same_silent_applications(
    store: Store, db_url: str, write_interview
) -> None:
    day = timedelta(days=1)
    silent = _application(store, write_interview, "Silent Ltd", WAIT + 3 * day, WAIT + day)
    replied = _application(store, write_interview, "Replied Ltd", WAIT + 3 * day, WAIT + day)
    store.record_reply(None, replied, NOW - day, "hr@replied.example", "We will decide soon.")
    _application(store, write_interview, "Once Ltd", WAIT + day)  # one inquiry sent, not two
    _application(store, write_interview, "Recent Ltd", WAIT + 3 * day, WAIT - day)
    closed = _application(store, write_interview, "Closed Ltd", WAIT + 3 * day, WAIT + day)
    record_outcome(store, closed, Result.REJECTED, NOW - 2 * day)
    old_reply = _application(store, write_interview, "Old Reply Ltd", WAIT + 3 * day, WAIT + day)
    store.record_reply(None, old_reply, NOW - WAIT - 2 * day, "hr@old.example", "Thanks!")

    listed = [i.application_id for i in due(store, NOW, timedelta(0)) if i.action == "move_on"]
    assert listed == [silent, old_reply]  # a reply before the last inquiry answers nothing
    if db_url.startswith("sqlite"):
        fast = due_from_sqlite(Path(db_url.removeprefix("sqlite:///")), NOW, timedelta(0), HEAD)
        assert fast is not None
        assert [i.application_id for i in fast if i.action == "move_on"] == listed
    with store.reading() as conn:
        assert silent_applications(conn, NOW) == listed
        assert silent_applications(conn, NOW, company_key="silent ltd") == [silent]
    assert store.sweep(NOW) == listed
    assert {store.application(i).stage for i in listed} == {"no_response"}
    assert [i for i in due(store, NOW, timedelta(0)) if i.action == "move_on"] == []
