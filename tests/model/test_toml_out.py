"""Writing interviews as TOML: the written file loads back to the same values."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.model import interview_from_dict, parse_interview
from afterview.model.toml_out import interview_to_toml, toml_datetime, toml_string

from .strategies import interview_data


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(interview_data())
def test_round_trip_keeps_every_value(data):
    interview = interview_from_dict(data)

    text = interview_to_toml(interview)

    assert parse_interview(text, "<written>") == interview


def test_round_trip_of_the_full_sample(valid_text):
    interview = parse_interview(valid_text)

    text = interview_to_toml(interview, header="# a header")

    assert text.startswith("# a header\n")
    assert parse_interview(text) == interview
    assert "Nguyễn Thị Mai" in text  # written as itself, not as \\u escapes


@settings(deadline=None)  # no time limit: CI machines can be busy
@given(st.text(st.characters(codec="utf-8")))
def test_any_string_survives_as_a_toml_string(value):
    assert tomllib.loads(f"v = {toml_string(value)}")["v"] == value


def test_strings_escape_only_what_toml_requires():
    assert toml_string('Zoë "Z" \\ \t\n\x7f\x01') == '"Zoë \\"Z\\" \\\\ \\t\\n\\u007f\\u0001"'


@pytest.mark.parametrize(
    ("minutes", "written"), [(-300, "-05:00"), (330, "+05:30"), (0, "+00:00"), (-30, "-00:30")]
)
def test_datetimes_keep_their_offset(minutes, written):
    at = datetime(2026, 11, 20, 14, 0, tzinfo=timezone(timedelta(minutes=minutes)))
    assert toml_datetime(at) == f"2026-11-20T14:00:00{written}"
    assert tomllib.loads(f"v = {toml_datetime(at)}")["v"] == at


def test_a_time_without_offset_is_refused():
    with pytest.raises(ValueError, match="offset"):
        toml_datetime(datetime(2026, 11, 20, 14, 0))
