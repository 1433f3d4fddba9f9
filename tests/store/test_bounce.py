"""Bounces: a sent message that came back, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from afterview.errors import InputError
from afterview.records.proof import csv_report
from afterview.records.service import add_file
from afterview.store import State, Store
from afterview.store.due import due_from_sqlite
from afterview.store.migrate import HEAD
from afterview.store.schema import events
from afterview.store.views import due, list_applications

SENT_AT = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)
BOUNCED_AT = SENT_AT + timedelta(minutes=3)
REASON = "550 5.1.1 <jane.okafor@acme.example>: Recipient address rejected: User unknown"


def _thanks(store: Store, app: int = 1):
    return next(
        m for m in store.messages_of(app) if m.kind == "thank_you" and m.recipient == "Jane Okafor"
    )


def _sent(store: Store, write_interview, mid: str = "<t1@afterview>", **kwargs: object):
    add_file(store, write_interview(**kwargs))
    m = _thanks(store)
    store.approve(m.id)
    store.mark_sending(m.id, mid)
    store.mark_sent(m.id, SENT_AT)
    return m


def _kinds(store: Store, message_id: int, app: int = 1) -> list[str]:
    """The kinds of a message's events in the order they were written."""
    return [
        e.kind
        for e in sorted(store.events_of(app), key=lambda e: e.id)
        if e.message_id == message_id
    ]


def _bounce_data(store: Store, message_id: int) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            select(events.c.data).where(
                events.c.message_id == message_id, events.c.kind == "bounce"
            )
        ).scalars()
        return [json.loads(r) for r in rows]


def test_a_bounce_marks_the_message_and_keeps_the_reason_and_address(
    store: Store, write_interview
) -> None:
    m = _sent(store, write_interview)
    event_id = store.record_bounce(m.id, BOUNCED_AT, REASON, "Jane.Okafor@acme.example")
    bounced = store.get_message(m.id)
    assert bounced.state == State.BOUNCED == "bounced"
    [event] = [e for e in store.events_of(1) if e.kind == "bounce"]
    assert (event.id, event.message_id, event.at) == (event_id, m.id, BOUNCED_AT)
    assert "jane.okafor@acme.example" in event.summary and "User unknown" in event.summary
    assert _bounce_data(store, m.id) == [
        {
            "address": "jane.okafor@acme.example",
            "reason": REASON,
            "rfc_message_id": "<t1@afterview>",
        }
    ]


def test_a_bounce_never_cancels_the_pending_status_inquiries(store: Store, write_interview) -> None:
    m = _sent(store, write_interview)
    before = {
        x.id: (x.state, x.send_after) for x in store.messages_of(1) if x.kind == "status_inquiry"
    }
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    after = {
        x.id: (x.state, x.send_after) for x in store.messages_of(1) if x.kind == "status_inquiry"
    }
    assert after == before and {s for s, _ in after.values()} == {"planned"}
    assert store.application(1).stage == "interviewing"


def test_the_same_bounce_twice_changes_nothing(store: Store, write_interview) -> None:
    m = _sent(store, write_interview)
    first = store.record_bounce(m.id, BOUNCED_AT, REASON)
    assert store.record_bounce(m.id, BOUNCED_AT + timedelta(hours=1), "again") == first
    assert len(_bounce_data(store, m.id)) == 1


def test_without_an_address_the_one_it_went_to_is_named(store: Store, write_interview) -> None:
    m = _sent(store, write_interview)
    store.record_bounce(m.id, BOUNCED_AT, "  550   no such user ")
    assert _bounce_data(store, m.id)[0]["address"] == "jane.okafor@acme.example"
    assert _bounce_data(store, m.id)[0]["reason"] == "550 no such user"


def test_a_bounce_caught_while_sending_counts_too(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    m = _thanks(store)
    store.approve(m.id)
    store.mark_sending(m.id, "<t2@afterview>")
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    assert store.get_message(m.id).state == "bounced"
    assert store.sending_messages() == []  # nothing left to settle


def test_a_message_never_sent_cannot_bounce(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    m = _thanks(store)
    with pytest.raises(InputError, match="never sent"):
        store.record_bounce(m.id, BOUNCED_AT, REASON)
    assert store.get_message(m.id).state == "planned"
    assert [e for e in store.events_of(1) if e.kind == "bounce"] == []


def test_an_answered_message_keeps_its_state_and_gets_the_bounce_in_its_history(
    store: Store, write_interview
) -> None:
    m = _sent(store, write_interview)
    store.record_reply(m.id, 1, SENT_AT + timedelta(hours=1), "jane.okafor@acme.example", "Thanks!")
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    assert store.get_message(m.id).state == "answered"
    assert _kinds(store, m.id)[-1] == "bounce"


def test_approving_a_bounced_message_sends_it_again_with_a_new_message_id(
    store: Store, write_interview
) -> None:
    m = _sent(store, write_interview)
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    again = store.approve(m.id)
    assert (again.state, again.rfc_message_id, again.sent_at) == ("approved", None, None)
    assert (
        store.find_by_rfc_message_id("<t1@afterview>") is None
    )  # a late copy of the bounce finds nothing
    assert [x.id for x in store.approved_due(BOUNCED_AT)] == [m.id]
    store.mark_sending(m.id, "<t1-again@afterview>")
    store.mark_sent(m.id, BOUNCED_AT + timedelta(hours=1))
    resent = store.get_message(m.id)
    assert (resent.state, resent.rfc_message_id) == ("sent", "<t1-again@afterview>")
    assert _kinds(store, m.id) == ["approved", "sent", "bounce", "approved", "sent"]


def test_a_bounced_draft_may_be_edited_and_logged_as_sent_by_hand(
    store: Store, write_interview
) -> None:
    m = _sent(store, write_interview)
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    store.update_draft(m.id, "Thank you, Jane", "Dear Jane, (sent again)")
    logged = store.log_sent(m.id, BOUNCED_AT + timedelta(days=1))
    assert (logged.state, logged.rfc_message_id) == ("sent", None)
    with pytest.raises(InputError, match="can no longer change"):
        store.update_draft(m.id, "x", "y")


def test_readding_the_file_with_a_fixed_address_updates_the_bounced_message(
    store: Store, write_interview
) -> None:
    m = _sent(store, write_interview, people=(("Jane Okafor", "jane.okafr@acme.example"),))
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    result = add_file(store, write_interview(people=(("Jane Okafor", "jane.okafor@acme.example"),)))
    fixed = store.get_message(m.id)
    assert (fixed.state, fixed.recipient_email) == ("bounced", "jane.okafor@acme.example")
    assert fixed.body == m.body and result.kept >= 1
    [item] = [i for i in due(store, BOUNCED_AT, timedelta(0)) if i.action == "bounced"]
    assert (item.failed_address, item.recipient_email) == (
        "jane.okafr@acme.example",
        "jane.okafor@acme.example",
    )


def test_a_reply_cancels_a_bounced_status_inquiry_too(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    inquiry = next(
        m for m in store.messages_of(1) if m.kind == "status_inquiry" and m.sequence == 1
    )
    store.approve(inquiry.id)
    store.mark_sending(inquiry.id, "<q1@afterview>")
    store.mark_sent(inquiry.id, inquiry.send_after)
    store.record_bounce(inquiry.id, inquiry.send_after, REASON)
    store.record_reply(
        None, 1, inquiry.send_after + timedelta(days=1), "tom@acme.example", "Decided!"
    )
    assert store.get_message(inquiry.id).state == "cancelled"


def test_due_lists_a_bounced_message_first_whatever_the_horizon(
    store: Store, write_interview
) -> None:
    m = _sent(store, write_interview)
    store.record_bounce(m.id, BOUNCED_AT, REASON, "jane.okafor@acme.example")
    later = SENT_AT + timedelta(days=60)  # long after every deadline
    items = due(store, later, timedelta(0))
    first = items[0]
    assert (first.action, first.message_id, first.state) == ("bounced", m.id, "bounced")
    assert (first.failed_address, first.reason) == ("jane.okafor@acme.example", REASON)
    assert first.company == "Acme Robotics" and first.recipient == "Jane Okafor"
    assert [i.message_id for i in items].count(m.id) == 1
    store.approve(m.id)  # approved again: an ordinary message to send, no longer a failure
    assert [i.action for i in due(store, later, timedelta(0)) if i.message_id == m.id] == ["send"]


def test_the_fast_path_shows_bounces_like_sqlalchemy(tmp_path: Path, write_interview) -> None:
    path = tmp_path / "r.db"
    with Store.open(f"sqlite:///{path}") as store:
        m = _sent(store, write_interview)
        store.record_bounce(m.id, BOUNCED_AT, REASON)
        for within in (timedelta(0), timedelta(days=40)):
            fast = due_from_sqlite(path, BOUNCED_AT, within, HEAD)
            assert fast == due(store, BOUNCED_AT, within)
            assert fast is not None and fast[0].action == "bounced"


def test_the_csv_report_says_delivery_failed(store: Store, write_interview) -> None:
    m = _sent(store, write_interview)
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    rows = [line.split(",") for line in csv_report(store).splitlines()[1:]]
    failed = [r for r in rows if r[7] == "delivery failed"]
    assert len(failed) == 1 and failed[0][8] == "Jane Okafor" and "User unknown" in failed[0][10]


def test_the_application_list_puts_a_bounced_message_first(store: Store, write_interview) -> None:
    m = _sent(store, write_interview)
    [before] = list_applications(store)
    assert before.bounced is None and before.next_message is not None
    store.record_bounce(m.id, BOUNCED_AT, REASON)
    [after] = list_applications(store)
    assert after.bounced is not None and after.bounced.id == m.id
    store.approve(m.id)  # approved again: no longer a failure to fix
    assert list_applications(store)[0].bounced is None


def test_afterview_list_says_what_to_do_about_a_bounce(
    tmp_path: Path, write_interview, capsys
) -> None:
    from afterview.cli import main

    db = f"sqlite:///{tmp_path / 'l.db'}"
    with Store.open(db) as store:
        m = _sent(store, write_interview)
        store.record_bounce(m.id, BOUNCED_AT, REASON)
    assert main(["list", "--db", db]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"bounced (message {m.id})" in out and "afterview approve" in out
