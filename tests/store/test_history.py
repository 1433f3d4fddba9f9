"""Adding interviews and the plan following what happened, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from afterview.model import Result
from afterview.records.service import add_file, record_outcome
from afterview.store import Store
from afterview.store.schema import applications, interviewers, interviews, messages

NOW = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def _counts(store: Store) -> tuple[int, ...]:
    with store.engine.connect() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (applications, interviews, interviewers, messages)
        )


def _states(store: Store, app: int = 1) -> dict[tuple[str, str, int], str]:
    return {(m.kind, m.recipient, m.sequence): m.state for m in store.messages_of(app)}


def test_adding_the_same_file_again_updates_and_never_duplicates(
    store: Store, write_interview
) -> None:
    path = write_interview()
    first = add_file(store, path)
    assert (first.application_created, first.interview_created, first.inserted) == (True, True, 4)
    counts = _counts(store)
    again = add_file(store, path)
    assert (again.application_created, again.interview_created, again.inserted, again.updated) == (
        False,
        False,
        0,
        4,
    )
    assert _counts(store) == counts == (1, 1, 2, 4)
    # Spelling the company differently is still the same application.
    add_file(store, write_interview(company="ACME  robotics"))
    assert _counts(store) == counts


def test_re_adding_keeps_what_the_user_approved_edited_or_sent(
    store: Store, write_interview
) -> None:
    path = write_interview()
    add_file(store, path)
    by_key = {(m.kind, m.recipient, m.sequence): m for m in store.messages_of(1)}
    jane = by_key[("thank_you", "Jane Okafor", 1)]
    tom = by_key[("thank_you", "Tom Berg", 1)]
    inquiry = by_key[("status_inquiry", "Jane Okafor", 1)]
    store.approve(jane.id)
    store.update_draft(tom.id, "", "Tom, thank you: my own words.")
    store.log_sent(inquiry.id, NOW)
    result = add_file(store, path)
    assert (result.kept, result.updated) == (2, 2)
    assert store.get_message(jane.id).state == "approved"
    assert store.get_message(tom.id).body == "Tom, thank you: my own words."
    assert store.get_message(inquiry.id).state == "sent"


def test_a_person_dropped_from_the_file_loses_their_planned_note(
    store: Store, write_interview
) -> None:
    add_file(store, write_interview(name="a.toml"))
    result = add_file(
        store, write_interview(name="a.toml", people=(("Jane Okafor", "jane.okafor@acme.example"),))
    )
    assert result.cancelled == 1
    assert _states(store)[("thank_you", "Tom Berg", 1)] == "cancelled"


def test_a_later_round_attaches_and_supersedes_earlier_inquiries(
    store: Store, write_interview
) -> None:
    add_file(store, write_interview())
    second = add_file(
        store,
        write_interview(
            at="2026-12-01T10:00:00-05:00",
            decision="2026-12-11",
            people=(("Raj Patel", "raj@acme.example"),),
        ),
    )
    assert (second.application_created, second.interview_created, second.application_id) == (
        False,
        True,
        1,
    )
    assert second.cancelled == 2
    states = _states(store)
    assert states[("status_inquiry", "Jane Okafor", 1)] == "cancelled"
    assert states[("status_inquiry", "Raj Patel", 1)] == "planned"
    assert len(store.interview_documents(1)) == 2


def test_an_outcome_ends_chasing_and_plans_the_answer(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    result = record_outcome(
        store, 1, Result.REJECTED, datetime(2026, 12, 2, 10, tzinfo=UTC), by="Jane Okafor"
    )
    assert store.application(1).stage == "rejected"
    states = _states(store)
    assert states[("status_inquiry", "Jane Okafor", 1)] == "cancelled"
    assert states[("status_inquiry", "Jane Okafor", 2)] == "cancelled"
    assert states[("rejection_reply", "Jane Okafor", 1)] == "planned"
    assert result.inserted >= 1
    kinds = [e.kind for e in store.events_of(1)]
    assert "outcome" in kinds and "stage" in kinds
    # The outcome sticks when the original file (without it) is added again.
    add_file(store, write_interview())
    assert store.application(1).stage == "rejected"
    assert _states(store)[("status_inquiry", "Jane Okafor", 1)] == "cancelled"


def test_two_unanswered_inquiries_mean_no_response_and_the_company_is_flagged(
    store: Store, write_interview
) -> None:
    add_file(store, write_interview())
    inquiries = [m for m in store.messages_of(1) if m.kind == "status_inquiry"]
    for m in inquiries:
        store.log_sent(m.id, m.send_after)
    last = max(m.send_after for m in inquiries)
    assert store.sweep(last + timedelta(days=6)) == []  # give them a week
    assert store.sweep(last + timedelta(days=8)) == [1]
    assert store.application(1).stage == "no_response"
    assert store.sweep(last + timedelta(days=9)) == []  # once
    later = add_file(store, write_interview(position="Platform Engineer", reference="REQ-9"))
    assert later.application_created
    assert any("went silent" in w for w in later.warnings)


def test_a_reply_after_the_inquiries_is_not_silence(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    inquiries = [m for m in store.messages_of(1) if m.kind == "status_inquiry"]
    for m in inquiries:
        store.log_sent(m.id, m.send_after)
    last = max(m.send_after for m in inquiries)
    store.record_reply(
        inquiries[-1].id, 1, last + timedelta(days=1), "jane.okafor@acme.example", "soon"
    )
    assert store.sweep(last + timedelta(days=30)) == []
    assert store.application(1).stage == "interviewing"


def test_a_new_application_at_a_company_still_owing_answers_gets_a_note(
    store: Store, write_interview
) -> None:
    add_file(store, write_interview())
    first = next(m for m in store.messages_of(1) if m.kind == "status_inquiry")
    store.log_sent(first.id, first.send_after)
    other = add_file(store, write_interview(position="Platform Engineer", reference=None))
    assert other.warnings == [
        "Acme Robotics has not yet answered 1 status inquiry about an earlier application."
    ]
    assert add_file(store, write_interview(company="Globex", reference=None)).warnings == []
