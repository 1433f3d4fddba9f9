"""Export and import: the same bytes after a round trip; a damaged file writes nothing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from afterview.errors import InputError
from afterview.model import Result
from afterview.records.export import dumps, export_data, import_data, parse_export
from afterview.records.proof import csv_report
from afterview.records.service import add_file, record_outcome
from afterview.store import Store
from afterview.store.schema import applications, events, messages

NOW = datetime(2026, 11, 20, 21, 0, tzinfo=UTC)


def _history(store: Store, write_interview) -> None:
    add_file(store, write_interview())
    add_file(
        store,
        write_interview(
            at="2026-12-01T10:00:00-05:00", people=(("Raj Patel", "raj@acme.example"),)
        ),
    )
    add_file(
        store,
        write_interview(
            company="Globex",
            reference=None,
            at="2026-11-21T09:00:00+01:00",
            people=(("Hank Scorpio", "hank@globex.example"),),
        ),
    )
    first = store.messages_of(1)[0]
    store.update_draft(first.id, "Thank you, Jane", "Dear Jane,\n\nThank you. «Ünïcode» too.")
    store.approve(first.id)
    store.mark_sending(first.id, "<x1@afterview>")
    store.mark_sent(first.id, NOW)
    store.record_reply(
        first.id, 1, NOW, "jane.okafor@acme.example", "Thanks!", until=date(2026, 12, 20)
    )
    record_outcome(store, 1, Result.OFFER, date(2026, 12, 1))
    hank = next(m for m in store.messages_of(2) if m.kind == "thank_you")
    store.approve(hank.id)
    store.mark_sending(hank.id, "<x2@afterview>")
    store.mark_sent(hank.id, NOW)
    store.record_bounce(hank.id, NOW, "550 5.1.1 user unknown", "hank@globex.example")


def test_export_import_export_gives_the_same_bytes(db_url: str, tmp_path, write_interview) -> None:
    with Store.open(db_url) as store:
        _history(store, write_interview)
        first = dumps(export_data(store))
    target = f"sqlite:///{tmp_path / 'copy.db'}"
    with Store.open(target) as copy:
        counts = import_data(copy, first, "export.json")
        assert counts["applications"] == 2 and counts["events"] > 5
        second = dumps(export_data(copy))
        assert second == first
        # The copy works on: new rows get fresh ids, the history is all there.
        add_file(copy, write_interview(company="Initech", reference=None))
        assert copy.get_message(1).state == "answered"
        bounced = [m for m in copy.messages_of(2) if m.state == "bounced"]
        assert len(bounced) == 1 and bounced[0].rfc_message_id == "<x2@afterview>"
        assert "bounce" in [e.kind for e in copy.events_of(2) if e.message_id == bounced[0].id]
        assert len(copy.events_of(1)) == len(json.loads(first)["applications"][0]["events"])


def test_import_into_postgres_keeps_ids_and_moves_sequences(
    db_url: str, tmp_path, write_interview
) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'src.db'}") as source:
        _history(source, write_interview)
        text = dumps(export_data(source))
    with Store.open(db_url) as target:
        import_data(target, text, "export.json")
        assert dumps(export_data(target)) == text
        result = add_file(target, write_interview(company="Initech", reference=None))
        assert result.application_id == 3  # after the imported ids, not clashing with them


def test_import_refuses_a_database_that_already_has_records(store: Store, write_interview) -> None:
    _history(store, write_interview)
    text = dumps(export_data(store))
    with pytest.raises(InputError, match="already holds 2 application"):
        import_data(store, text, "export.json")


def _count(store: Store) -> tuple[int, int, int]:
    with store.engine.connect() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (applications, messages, events)
        )  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("damage", "place"),
    [
        (
            lambda d: d["applications"][1]["messages"][0].update(state="lost"),
            "applications[1].messages[0].state",
        ),
        (
            lambda d: d["applications"][0]["interviews"][0].pop("at"),
            "applications[0].interviews[0].at",
        ),
        (
            lambda d: d["applications"][0]["events"][0].update(at="yesterday"),
            "applications[0].events[0].at",
        ),
        (
            lambda d: d["applications"][0]["messages"][0].update(interview_id=999),
            "applications[0].messages[0].interview_id",
        ),
        (lambda d: d["applications"][0].update(colour="blue"), "applications[0].colour"),
        (lambda d: d["candidates"][0].update(strengths="all"), "candidates[0].strengths"),
        (lambda d: d["applications"][1]["messages"][0].update(id=1), "id 1 appears twice"),
    ],
)
def test_a_damaged_file_is_refused_with_the_place_named(
    store: Store, tmp_path, write_interview, damage, place
) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'src.db'}") as source:
        _history(source, write_interview)
        data = export_data(source)
    damage(data)
    before = _count(store)
    with pytest.raises(InputError) as caught:
        import_data(store, dumps(data), "broken.json")
    assert place in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert _count(store) == before == (0, 0, 0)


def test_broken_json_names_the_line(tmp_path, write_interview) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'src.db'}") as source:
        _history(source, write_interview)
        text = dumps(export_data(source))
    cut = text[: len(text) // 2]
    with pytest.raises(InputError) as caught:
        parse_export(cut, "cut.json")
    problem = caught.value.problems[0]
    assert problem.line == cut.count("\n") + 1 and problem.source == "cut.json"


@pytest.fixture(scope="module")
def sample_export(tmp_path_factory) -> str:
    from store.conftest import interview_toml

    folder = tmp_path_factory.mktemp("sample")
    (folder / "a.toml").write_text(interview_toml(), encoding="utf-8")
    with Store.open(f"sqlite:///{folder / 'r.db'}") as s:
        add_file(s, folder / "a.toml")
        return dumps(export_data(s))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_damage_is_either_caught_or_still_a_valid_export(sample_export: str, data) -> None:
    """Flip, cut or insert characters anywhere: parsing raises InputError or yields full rows."""
    text = sample_export
    pos = data.draw(st.integers(0, len(text) - 1))
    action = data.draw(st.sampled_from(["cut", "replace", "insert"]))
    char = data.draw(st.characters(codec="utf-8"))
    broken = {
        "cut": text[:pos],
        "replace": text[:pos] + char + text[pos + 1 :],
        "insert": text[:pos] + char + text[pos:],
    }[action]
    try:
        rows = parse_export(broken, "x.json")
    except InputError as exc:
        assert exc.problems and all(p.source == "x.json" for p in exc.problems)
        return
    assert set(rows) == {
        "candidates",
        "applications",
        "interviews",
        "interviewers",
        "messages",
        "events",
    }


def test_csv_lists_every_contact_and_stage_change_within_dates(
    store: Store, write_interview
) -> None:
    _history(store, write_interview)
    rows = [line.split(",") for line in csv_report(store).splitlines()]
    assert rows[0][:3] == ["date", "time_utc", "application_id"]
    whats = [r[7] for r in rows[1:]]
    assert whats.count("interview") == 3
    assert "sent thank you" in whats and "reply received" in whats and "outcome" in whats
    december = csv_report(store, since=date(2026, 12, 1), until=date(2026, 12, 31)).splitlines()[1:]
    assert december and all(line.startswith("2026-12-") for line in december)
