"""The small parsers of the record commands: durations, moments and database URLs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.cli.records_parse import parse_duration, parse_moment
from afterview.errors import ConfigError, UsageError
from afterview.store.url import resolve_url, sqlite_path

UNITS = {
    "w": timedelta(weeks=1),
    "d": timedelta(days=1),
    "h": timedelta(hours=1),
    "m": timedelta(minutes=1),
}


@given(st.integers(0, 10_000), st.sampled_from(sorted(UNITS)), st.booleans())
def test_every_written_duration_reads_back(n: int, unit: str, upper: bool) -> None:
    text = f"{n}{unit.upper() if upper else unit}"
    assert parse_duration(text, "--within") == n * UNITS[unit]


@given(st.text(max_size=12))
def test_anything_else_is_a_usage_error_not_a_crash(text: str) -> None:
    try:
        value = parse_duration(text, "--within")
    except UsageError as exc:
        assert "--within" in str(exc)
    else:
        assert value >= timedelta(0)


def test_moments_without_offset_are_local_and_junk_is_refused() -> None:
    assert parse_moment("2026-12-02T10:30", "--at").utcoffset() is not None
    assert parse_moment("2026-12-02T10:30:00-05:00", "--at").utcoffset() == timedelta(hours=-5)
    with pytest.raises(UsageError, match="--at"):
        parse_moment("next week", "--at")


def test_database_urls() -> None:
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("/tmp/x.db") == "sqlite:////tmp/x.db"
    assert sqlite_path("sqlite:////tmp/x.db?mode=ro").as_posix() == "/tmp/x.db"
    assert sqlite_path("sqlite://") is None and sqlite_path("postgresql+psycopg://h/d") is None
    with pytest.raises(ConfigError, match="not a URL"):
        resolve_url("records")
