"""Reading return dates out of out-of-office notes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.deliver.returndate import parse_return_date

RECEIVED = date(2026, 11, 26)  # a Thursday

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am out of the office until Monday, December 7.", date(2026, 12, 7)),
        ("I will be back on 7 December 2026.", date(2026, 12, 7)),
        ("Returning 2026-12-07.", date(2026, 12, 7)),
        ("I return on Dec. 7th", date(2026, 12, 7)),
        ("back on the 7th of December", date(2026, 12, 7)),
        ("Back: 07.12.2026", date(2026, 12, 7)),
        ("in the office again on Monday", date(2026, 11, 30)),
        ("I will return tomorrow", date(2026, 11, 27)),
        ("I will be back on January 4", date(2027, 1, 4)),  # the next January 4
        ("back on 12/07", date(2026, 12, 7)),  # Dec 7 is nearer than July 12
        ("back on 25/12", date(2026, 12, 25)),  # only one reading is a date
        ("I was away until November 20", date(2026, 11, 20)),  # a few days ago: not next year
    ],
)
def test_common_wordings(text: str, expected: date) -> None:
    assert parse_return_date(text, RECEIVED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your note.",
        "I will be back in touch soon.",
        "Returning your call: 555-0199.",
        "back on 31/31",
        "I return on February 30",
        "back on 2031-01-01",  # years away: a misreading, not an absence
    ],
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert parse_return_date(text, RECEIVED) is None


def _spellings(d: date) -> list[str]:
    month = MONTH_NAMES[d.month - 1]
    return [
        d.isoformat(),
        f"{month} {d.day}, {d.year}",
        f"{d.strftime('%A')}, {month} {d.day}",
        f"{d.day} {month} {d.year}",
        f"{month[:3]} {d.day}",
        f"the {d.day}th of {month}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
    ]


@settings(max_examples=300, deadline=None)
@given(
    ahead=st.integers(min_value=0, max_value=300),
    phrase=st.sampled_from(
        [
            "I will be back on",
            "I return on",
            "out of the office until",
            "Back:",
            "returning",
            "away until",
        ]
    ),
    which=st.integers(min_value=0, max_value=6),
)
def test_any_date_written_any_common_way_reads_back(ahead: int, phrase: str, which: int) -> None:
    back = RECEIVED + timedelta(days=ahead)
    text = f"Hello, {phrase} {_spellings(back)[which]}. Thanks."
    assert parse_return_date(text, RECEIVED) == back


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_plausible_date_or_none(text: str) -> None:
    found = parse_return_date(text, RECEIVED)
    assert found is None or RECEIVED - timedelta(days=31) <= found <= RECEIVED + timedelta(days=366)
