"""What the blind reads of late429 to late432 found (farming and forestry, aviation and ships,
government and law, media and festivals): each with what must change and, beside it, what
must not."""

from __future__ import annotations

import pytest

from afterview.compose.parts import _A_TEST_SAT
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("kind", "typed", "want"),
    [
        # "a frost and snow days": frost days and snow days, no "a"
        (
            "answers",
            "ran chamber campaigns through two Southland winters incl. frost and snow days",
            "I ran chamber campaigns through two Southland winters including frost and snow days",
        ),
        (  # one thing of a list still takes its "a"
            "answers",
            "packed kits including insulation tester and wire crimpers",
            "I packed kits including an insulation tester and wire crimpers",
        ),
        # a qualification that names its kind (never "a Level 6 qualification in Graduate ...")
        (
            "strengths",
            "Level 6 Graduate Certificate in NZ Immigration Advice",
            "I have a Level 6 Graduate Certificate in NZ Immigration Advice",
        ),
        ("strengths", "Typing 55 wpm", "I type 55 words per minute"),  # a rate, capitalised
        # a short code after an abbreviation is no new sentence ("licence cat.")
        (
            "strengths",
            "I hold the AMP crane operator licence cat. A",
            "I hold the AMP crane operator licence",
        ),
        ("strengths", "Punctual. Never missed a shift - 3 yrs", None),  # a quality alone: out
        # one counted thing's, after "and": "the seaman's book"
        ("topics", "insurance & seaman's book", "insurance and the seaman's book"),
        ("topics", "the ward and nurse's station", "the ward and the nurse's station"),
        # a case with two verbs stays in the present ("if a plaza was ... and people keep")
        (
            "questions",
            "What do you do if a plaza is over capacity and people keep coming?",
            "what I would do if a plaza is over capacity and people keep coming",
        ),
        (
            "questions",
            "What would you do if a guest is rude?",
            "what I would do if a guest was rude",
        ),
    ],
)
def test_line(kind: str, typed: str, want: str | None) -> None:
    if want is None:
        with pytest.raises(Unusable):
            read_line(kind, typed)
    else:
        assert read_line(kind, typed).text == want


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("clearance documents", False), ("airspace clearances for drones", True)],
)
def test_paperwork_is_no_highlight(typed: str, kept: bool) -> None:
    if kept:
        assert read_line("topics", typed).text
    else:
        with pytest.raises(Unusable):
            read_line("topics", typed)


def test_a_simulator_exercise_is_never_walked_through_by_the_candidate() -> None:
    assert _A_TEST_SAT.search("the sim exercise")
    assert not _A_TEST_SAT.search("the similar cases")


@pytest.mark.parametrize(
    ("name", "country", "want", "asks"),
    [
        # a second given name is no family name ("Dear Dr. Adolfo," embarrassed)
        ("Dr. Gustavo Adolfo Pereyra", "AR", "Dr. Pereyra", False),
        ("Lic. Norma Beatriz Ibarguren", "AR", "Lic. Ibarguren", False),
        ("Ing. Saúl Pech Canul", "MX", "Ing. Pech", False),  # two family names: the first
        ("Dr. Pedro Vera Soto", "CL", "Dr. Vera", False),
        # a Christian name last, after two others, in Kenya's list order: the plan asks
        ("Prof. Kimani Gathuru Peter", "KE", "Prof. Kimani Gathuru Peter", True),
        ("Prof. Kimani Gathuru Peter", "GB", "Prof. Peter", False),
        ("Mr. S. K. Paul", "BD", "Mr. Paul", False),  # initials are no given names
        # what anyone calls a brother or a mate is never greeted ("Dear Bro," to the owner)
        ('Wiremu "Bro" Te Kani - owner', "NZ", "Wiremu", False),
        ('Tank "Tank" Rogers', "US", "Tank", False),
        # a ship's boatswain is a post ("Dear Bosun,")
        ("Bosun Manolis (lostromos)", "GR", "Manolis", False),
    ],
)
def test_greeting(name: str, country: str, want: str, asks: bool) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, bool(found.ask)) == (want, asks)
