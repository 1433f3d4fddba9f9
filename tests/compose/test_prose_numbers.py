"""Small figures are spelled out in a note's prose, and only where a careful writer would."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.compose.reading.text import prose_numbers


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("ran the P&L for 2 sites", "ran the P&L for two sites"),
        ("supported 2 children with autism", "supported two children with autism"),
        ("trained 5 new nurses", "trained five new nurses"),
        ("2 kids", "two kids"),
        ("in 3 weeks", "in three weeks"),
        ("moved to COPM 2 years ago", "moved to COPM two years ago"),
        ("in 3 appeals and won 2", "in three appeals and won two"),  # a count after a deed
        ("I won 2, lost 1", "I won two, lost one"),
    ],
)
def test_a_small_count_of_things_is_spelled_out(line, prose):
    assert prose_numbers(line) == prose


@pytest.mark.parametrize(
    "line",
    [
        "a Level 3 diploma",  # a label's number
        "the 3 ha cover system",  # a unit's abbreviation keeps its figure ("three ha")
        "a 5 MW array",
        "Python 3 code",
        "from 8 to 4 days",  # a range keeps both figures alike
        "3 or 4 days",
        "starts at 9 am",  # a measure
        "a 5 km run",
        "12 sites",  # ten and over stay figures
        "I have 2",  # no word counted
        "34.5 hours",
        "accepted on 2 December",  # a date
        "we won 2-1",  # a score
    ],
)
def test_labels_ranges_measures_and_large_numbers_stay_figures(line):
    assert prose_numbers(line) == line


_WORDS = "one two three four five six seven eight nine".split()


def _as_figures(text: str) -> str:
    words = "|".join(_WORDS)
    return re.sub(rf"\b({words})\b", lambda m: str(_WORDS.index(m.group(1)) + 1), text)


@given(st.text(alphabet="0123456789 abcdeLkmtors-.,", max_size=60))
def test_nothing_changes_but_a_figure_into_its_word(text):
    assert _as_figures(prose_numbers(text)) == _as_figures(text)
