"""Replies find their application, and a date they name is kept (issue 13, item 4).

Through ``afterview sync`` against a real Dovecot server, with the records on
SQLite and on PostgreSQL: a reply without a thread goes to the open application
whose latest message went to its sender; a reply that names a date moves the
pending status inquiries after it instead of cancelling them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from afterview.cli import main
from afterview.store import Store
from deliver.conftest import running_dovecot
from deliver.samples import make_raw
from deliver.servers import Dovecot

JANE = ("Jane Okafor", "jane.okafor@talent.example")  # a recruiter hiring for both companies


@pytest.fixture
def mailbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Dovecot]:
    with running_dovecot() as server:
        for name, value in {
            "AFTERVIEW_IMAP_HOST": server.host,
            "AFTERVIEW_IMAP_PORT": str(server.port),
            "AFTERVIEW_IMAP_SECURITY": "none",
            "AFTERVIEW_IMAP_USER": server.user,
            "AFTERVIEW_IMAP_PASSWORD": server.password,
        }.items():
            monkeypatch.setenv(name, value)
        yield server


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_applications(capsys, db_url: str, write_interview) -> str:
    """Acme (messages 1-3) and Globex (4-6), each a thank-you and two inquiries to Jane."""
    acme = write_interview(people=(JANE,), at="2026-11-16T14:00:00-05:00")
    globex = write_interview(
        company="Globex", reference=None, people=(JANE,), at="2026-11-18T10:00:00-05:00"
    )
    assert run(capsys, "add", str(acme), str(globex), "--db", db_url)[0] == 0
    return db_url


def replies(db: str, app: int) -> list[str]:
    with Store.open(db) as store:
        return [e.summary for e in store.events_of(app) if e.kind == "reply"]


def test_a_reply_goes_to_the_open_application_not_the_closed_one(
    capsys, two_applications: str, mailbox: Dovecot
) -> None:
    db = two_applications
    run(capsys, "log", "1", "sent", "--at", "2026-11-16T16:00:00-05:00", "--db", db)
    run(capsys, "log", "4", "sent", "--at", "2026-11-18T12:00:00-05:00", "--db", db)
    # Acme turns Jane's candidate down: it is closed, and the last application touched.
    run(capsys, "outcome", "1", "rejected", "--at", "2026-11-20", "--db", db)
    mailbox.deliver(make_raw(sender=f"Jane Okafor <{JANE[1]}>", body="Any news on your side?"))
    code, out, _ = run(capsys, "sync", "--db", db)
    assert code == 0 and "recorded the reply" in out
    assert replies(db, 2) == ["Any news on your side?"] and replies(db, 1) == []


def test_a_reply_goes_to_the_application_last_written_to(
    capsys, two_applications: str, mailbox: Dovecot
) -> None:
    db = two_applications
    run(capsys, "log", "4", "sent", "--at", "2026-11-18T12:00:00-05:00", "--db", db)
    run(capsys, "log", "1", "sent", "--at", "2026-11-19T09:00:00-05:00", "--db", db)
    run(capsys, "log", "5", "sent", "--at", "2026-11-19T08:00:00-05:00", "--db", db)
    # Globex is the application changed last, but Jane's latest note was Acme's.
    assert run(capsys, "rename", "2", "--company", "Globex Corp", "--db", db)[0] == 0
    mailbox.deliver(make_raw(sender=f"Jane Okafor <{JANE[1]}>", body="Thanks for your note."))
    assert run(capsys, "sync", "--db", db)[0] == 0
    assert replies(db, 1) == ["Thanks for your note."] and replies(db, 2) == []


def test_a_reply_that_names_a_date_moves_the_inquiries_after_it(
    capsys, two_applications: str, mailbox: Dovecot
) -> None:
    db = two_applications
    run(capsys, "log", "4", "sent", "--at", "2026-11-18T12:00:00-05:00", "--db", db)
    named = date.today() + timedelta(days=20)
    body = f"Thank you! We will make our decision by {named:%B} {named.day}, {named.year}."
    mailbox.deliver(make_raw(sender=f"Jane Okafor <{JANE[1]}>", body=body))
    code, out, _ = run(capsys, "sync", "--db", db)
    assert code == 0 and f"inquiries wait until {named.isoformat()}" in out
    with Store.open(db) as store:
        asks = [m for m in store.messages_of(2) if m.kind == "status_inquiry"]
        assert [m.state for m in asks] == ["planned", "planned"]  # not cancelled
        assert all(m.send_after.date() > named for m in asks)
        assert store.application(2).postponed_until == named
        untouched = [m for m in store.messages_of(1) if m.kind == "status_inquiry"]
        assert all(m.send_after.date() < named for m in untouched)
