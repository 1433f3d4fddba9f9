"""The contract the delivery code relies on, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from afterview.errors import NotFoundError, StateError
from afterview.records.service import add_file
from afterview.store import State, Store

AFTER_INTERVIEW = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def _by(store: Store, app: int, kind: str, seq: int = 1, recipient: str = "Jane Okafor"):
    return next(
        m
        for m in store.messages_of(app)
        if m.kind == kind and m.sequence == seq and m.recipient == recipient
    )


def test_only_approved_messages_whose_window_opened_are_due(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    assert store.approved_due(AFTER_INTERVIEW) == []
    thanks = _by(store, 1, "thank_you")
    inquiry = _by(store, 1, "status_inquiry")
    store.approve(thanks.id)
    store.approve(inquiry.id)
    due = store.approved_due(AFTER_INTERVIEW)
    assert [m.id for m in due] == [thanks.id]  # the inquiry's window opens in December
    m = due[0]
    assert (m.recipient_email, m.company, m.candidate_name, m.candidate_email) == (
        "jane.okafor@acme.example",
        "Acme Robotics",
        "Priya Raman",
        "priya@example.com",
    )
    assert m.send_after.utcoffset() == timedelta(hours=-5)  # the interview's own offset
    assert [x.id for x in store.approved_due(inquiry.send_after)] == [thanks.id, inquiry.id]


def test_a_message_is_claimed_once_then_sent(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    m = _by(store, 1, "thank_you")
    with pytest.raises(StateError, match="not approved"):
        store.mark_sending(m.id, "<a@afterview>")
    store.approve(m.id)
    store.mark_sending(m.id, "<a@afterview>")
    with pytest.raises(StateError, match="sending"):
        store.mark_sending(m.id, "<b@afterview>")  # a second sender loses
    assert [x.id for x in store.sending_messages()] == [m.id]
    assert store.find_by_rfc_message_id("a@afterview").id == m.id
    store.mark_sent(m.id, AFTER_INTERVIEW)
    sent = store.get_message(m.id)
    assert (sent.state, sent.sent_at, sent.rfc_message_id) == (
        "sent",
        AFTER_INTERVIEW,
        "<a@afterview>",
    )
    assert store.sending_messages() == []
    assert [(e.kind, e.at) for e in store.events_of(1) if e.message_id == m.id] == [
        ("sent", AFTER_INTERVIEW),
        ("approved", store.events_of(1)[-1].at),
    ]


def test_a_failed_send_goes_back_to_approved_with_the_error(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    m = _by(store, 1, "thank_you")
    store.approve(m.id)
    store.mark_sending(m.id, "<c@afterview>")
    store.mark_send_failed(m.id, "550 mailbox unavailable")
    again = store.get_message(m.id)
    assert (again.state, again.rfc_message_id) == ("approved", None)
    failure = [e for e in store.events_of(1) if e.kind == "send_failed"]
    assert failure[0].summary == "550 mailbox unavailable" and failure[0].message_id == m.id
    assert store.find_by_rfc_message_id("<c@afterview>") is None


def test_a_reply_answers_the_message_and_cancels_pending_inquiries(
    store: Store, write_interview
) -> None:
    add_file(store, write_interview())
    thanks = _by(store, 1, "thank_you")
    store.log_sent(thanks.id, AFTER_INTERVIEW)
    event = store.record_reply(
        thanks.id,
        1,
        AFTER_INTERVIEW + timedelta(hours=2),
        "jane.okafor@acme.example",
        "Thanks, we will be in touch",
    )
    assert store.get_message(thanks.id).state == State.ANSWERED
    states = {(m.kind, m.sequence, m.recipient): m.state for m in store.messages_of(1)}
    assert states[("status_inquiry", 1, "Jane Okafor")] == "cancelled"
    assert states[("status_inquiry", 2, "Jane Okafor")] == "cancelled"
    assert states[("thank_you", 1, "Tom Berg")] == "planned"  # only chasing stops
    reply = next(e for e in store.events_of(1) if e.id == event)
    assert (reply.kind, reply.sender) == ("reply", "jane.okafor@acme.example")


def test_a_reply_with_a_date_moves_inquiries_after_it(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    first, second = _by(store, 1, "status_inquiry", 1), _by(store, 1, "status_inquiry", 2)
    store.record_reply(
        None,
        1,
        AFTER_INTERVIEW,
        "jane.okafor@acme.example",
        "We decide by 18 December",
        until=date(2026, 12, 18),
    )
    moved1, moved2 = store.get_message(first.id), store.get_message(second.id)
    assert moved1.state == moved2.state == "planned"
    assert moved1.send_after == datetime(
        2026, 12, 21, 9, 0, tzinfo=moved1.send_after.tzinfo
    )  # Monday
    assert moved1.send_after.date() > date(2026, 12, 18)
    assert moved2.send_after - moved1.send_after == second.send_after - first.send_after
    assert moved1.send_by - moved1.send_after == first.send_by - first.send_after
    assert store.application(1).postponed_until == date(2026, 12, 18)


def test_postpone_inquiries_alone(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    before = _by(store, 1, "status_inquiry")
    assert store.postpone_inquiries(1, date(2026, 12, 30)) == 2
    after = store.get_message(before.id)
    assert after.send_after.date() == date(2026, 12, 31)
    assert store.postpone_inquiries(1, date(2026, 12, 1)) == 0  # never earlier than planned


def test_applications_are_found_by_address_exact_first_then_domain(
    store: Store, write_interview
) -> None:
    add_file(store, write_interview())
    add_file(
        store,
        write_interview(
            company="Acme Robotics",
            position="Staff Engineer",
            people=(("Ann Lee", "ann.lee@acme.example"),),
        ),
    )
    add_file(
        store,
        write_interview(
            company="Globex",
            position="Analyst",
            reference=None,
            people=(("Hank Scorpio", "hank@globex.example"),),
        ),
    )
    exact = store.find_applications_by_address("Ann.Lee@ACME.example")
    assert [a.position for a in exact] == ["Staff Engineer"]
    domain = store.find_applications_by_address("recruiting@acme.example")
    assert {a.position for a in domain} == {"Senior Data Engineer", "Staff Engineer"}
    assert store.find_applications_by_address("someone@elsewhere.example") == []
    assert store.find_applications_by_address("x@acme_example") == []  # LIKE wildcards are literal


def test_a_public_mail_domain_matches_only_the_exact_address(store: Store, write_interview) -> None:
    add_file(
        store,
        write_interview(
            company="Globex",
            reference=None,
            people=(("Hank Scorpio", "globex.recruiter@gmail.com"),),
        ),
    )
    add_file(
        store,
        write_interview(
            company="Initech", reference=None, people=(("Bill Lumbergh", "bill@initech.example"),)
        ),
    )
    assert store.find_applications_by_address("someone@gmail.com") == []
    assert store.find_applications_by_address("someone@GMail.com") == []
    assert [
        a.company for a in store.find_applications_by_address("Globex.Recruiter@gmail.com")
    ] == ["Globex"]
    assert [a.company for a in store.find_applications_by_address("peter@initech.example")] == [
        "Initech"
    ]
    assert store.find_applications_by_address("not an address") == []


@pytest.mark.parametrize(
    ("domain", "public"),
    [
        ("gmail.com", True),
        ("GMAIL.COM", True),
        ("outlook.com", True),
        ("gmx.de", True),
        ("acme.example", False),
        ("mail.acme.example", False),
        ("gmail.com.evil.example", False),
    ],
)
def test_public_domains_are_the_free_providers(domain: str, public: bool) -> None:
    from afterview.store.addresses import domain_of, is_public_domain

    assert is_public_domain(domain) is public
    assert is_public_domain(domain_of(f"someone@{domain}")) is public


def test_unknown_ids_are_named(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no message 99"):
        store.get_message(99)
    with pytest.raises(NotFoundError, match="no application 7"):
        store.record_reply(None, 7, AFTER_INTERVIEW, "a@b.example", "hi")


def test_open_uses_the_db_setting(tmp_path, monkeypatch, write_interview) -> None:
    target = tmp_path / "chosen.db"
    monkeypatch.setenv("AFTERVIEW_DB", f"sqlite:///{target}")
    with Store.open() as s:
        add_file(s, write_interview())
    assert target.exists()
    monkeypatch.delenv("AFTERVIEW_DB")
    with Store.open() as s:  # the default: a file in the data dir, empty here
        assert s.url.endswith("afterview/afterview.db")
        assert s.approved_due(AFTER_INTERVIEW) == []
