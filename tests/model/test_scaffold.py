"""The questions of `afterview new`: reading answers, checking them, writing the file."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.errors import InputError
from afterview.model import scaffold
from afterview.model.scaffold import INTERVIEWER_QUESTIONS, QUESTIONS, Question
from afterview.model.schema import TABLES


def _question(table: str, key: str) -> Question:
    for q in (*QUESTIONS, *INTERVIEWER_QUESTIONS, *scaffold.DEBRIEF_QUESTIONS):
        if (q.table, q.key) == (table, key):
            return q
    raise AssertionError(f"no question for {table}.{key}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20 14:00", datetime(2026, 11, 20, 14, 0)),
        ("2026-11-20T14:00", datetime(2026, 11, 20, 14, 0)),
        (
            "2026-11-20 14:00 -05:00",
            datetime(2026, 11, 20, 14, 0, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "2026-11-20T14:00:00+05:30",
            datetime(2026, 11, 20, 14, 0, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("2026-11-20 14:00Z", datetime(2026, 11, 20, 14, 0, tzinfo=UTC)),
    ],
)
def test_reads_a_date_and_time(text, expected):
    assert scaffold.parse_when(text) == expected


@pytest.mark.parametrize("text", ["tomorrow", "2026-11-20", "2026-13-01 10:00", "14:00", ""])
def test_refuses_what_is_not_a_date_and_time(text):
    with pytest.raises(ValueError, match="2026-11-20"):
        scaffold.parse_when(text)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("-05:00", -300),
        ("+0530", 330),
        ("+1", 60),
        ("UTC", 0),
        ("Z", 0),
        ("UTC+02:00", 120),
        ("-00:30", -30),
    ],
)
def test_reads_an_offset(text, minutes):
    assert scaffold.parse_offset(text).utcoffset(None) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["EST", "+25:00", "+05:75", "5", "", "local"])
def test_refuses_what_is_not_an_offset(text):
    with pytest.raises(ValueError, match="-05:00"):
        scaffold.parse_offset(text)


@settings(deadline=None)  # no time limit: CI machines can be busy
@given(st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_a_formatted_offset_reads_back(minutes):
    text = scaffold.format_offset(timedelta(minutes=minutes))
    assert scaffold.parse_offset(text).utcoffset(None) == timedelta(minutes=minutes)


def test_the_local_offset_follows_the_computer_and_the_date(monkeypatch):
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert scaffold.local_offset(datetime(2026, 1, 15, 12, 0)) == "-05:00"
        assert scaffold.local_offset(datetime(2026, 7, 15, 12, 0)) == "-04:00"  # summer time
    finally:
        monkeypatch.undo()
        time.tzset()


def test_reads_a_date():
    assert scaffold.parse_date(" 2026-12-04 ") == date(2026, 12, 4)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        scaffold.parse_date("4 December")


def test_choices_come_from_the_model():
    assert _question("interview", "format").choices == ("phone", "video", "onsite", "panel")
    assert _question("interview", "style").choices == ("behavioral", "technical", "case", "general")
    assert _question("interviewers", "medium").choices == ("email", "linkedin", "handwritten")
    with pytest.raises(ValueError, match="choose one of phone, video"):
        _question("interview", "format").parse("zoom")


def test_each_answer_is_checked_by_the_model():
    email = _question("candidate", "email")
    assert email.check({"name": "Zoë"}, "zoe@example.com") is None
    assert "does not look like an email address" in (email.check({}, "zoe at example") or "")
    linkedin = _question("interviewers", "linkedin")
    assert "web address" in (linkedin.check({"name": "Zoë"}, "linkedin.com/in/zoe") or "")
    name = _question("interviewers", "name")
    assert "one line" in (name.check({}, "Zoë\nMartin") or "")


def test_email_medium_needs_an_email_address():
    medium = _question("interviewers", "medium")
    assert "no email address" in (medium.check({"name": "Zoë"}, "email") or "")
    assert medium.check({"name": "Zoë", "email": "zoe@example.com"}, "email") is None
    assert medium.check({"name": "Zoë"}, "handwritten") is None


def test_every_key_of_the_model_is_asked():
    asked = {
        (q.table, q.key) for q in (*QUESTIONS, *INTERVIEWER_QUESTIONS, *scaffold.DEBRIEF_QUESTIONS)
    }
    for table, model in scaffold.MODELS.items():
        for key in TABLES[model]:
            if (table, key) != ("interview", "contact"):  # asked once the interviewers are known
                assert (table, key) in asked


# --- writing the file ----------------------------------------------------------------------------


def test_writes_a_new_file(tmp_path):
    target = tmp_path / "acme.toml"
    scaffold.write_file(target, "x = 1\n", force=False)
    assert target.read_text(encoding="utf-8") == "x = 1\n"
    assert sorted(os.listdir(tmp_path)) == ["acme.toml"]  # no temporary file left behind


def test_never_overwrites_without_force(tmp_path):
    target = tmp_path / "acme.toml"
    target.write_text("mine\n")
    with pytest.raises(InputError, match="already exists") as caught:
        scaffold.write_file(target, "x = 1\n", force=False)
    assert caught.value.exit_code == 2
    assert target.read_text() == "mine\n"
    assert sorted(os.listdir(tmp_path)) == ["acme.toml"]

    scaffold.write_file(target, "x = 1\n", force=True)
    assert target.read_text() == "x = 1\n"


def test_refuses_a_folder_or_a_missing_folder(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        scaffold.check_target(tmp_path, force=True)
    with pytest.raises(InputError, match="does not exist"):
        scaffold.check_target(tmp_path / "no" / "acme.toml", force=False)
