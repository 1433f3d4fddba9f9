"""What the readers of late469 to late472 faulted (faith and charity work, tech in South and
South-East Asia, fishing and ports in the North Atlantic, schools in France, Spain, Greece and
Turkey), fixed after that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

import pytest

from afterview.compose.parts import company, role
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # "anak" (Iban: child of) joins a given name to a father's ("Dear Pastor Jimbun,")
        ("Pastor Richard anak Jimbun", "MY", "Pastor Richard"),
        # in Pakistan "Muhammad" opens a man's name; he goes by the next ("Dear Muhammad,")
        ("Muhammad Bilal, Director", "PK", "Mr. Bilal"),
        # a parish priest's letters after the name ("Dear Fr. Ó Máille PP,")
        ("Fr. Pádraig Ó Máille PP", "IE", "Fr. Ó Máille"),
        ("Bro. Tayo - youth president", "NG", "Brother Tayo"),
        ("verneombud (safety rep) - Lise Marie Holm", "NO", "Lise Marie"),
        # must not change
        ("Mohammed Al-Rashid", "AE", "Mohammed"),
        ("Ch. Muhammad Aslam (agency owner)", "PK", "Mr. Muhammad Aslam"),
        ("Md. Kamrul Hasan", "BD", "Mr. Kamrul Hasan"),
        ("Richard Jimbun", "GB", "Richard"),
        ("Marie Curie", "FR", "Marie"),
        ("Pastor Richard bin Jimbun", "MY", "Pastor Richard"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("employer", "said"),
    [
        ("Parish of St Mary, Lewisham", "the Parish of St Mary"),
        ("Katsina Central Mosque Committee", "the Katsina Central Mosque Committee"),
        ("First Baptist Church, Ogbomoso", "First Baptist Church, Ogbomoso"),  # must not change
    ],
)
def test_the_employer_in_a_sentence(employer: str, said: str) -> None:
    assert company(employer) == said


def test_how_many_children_a_post_is_for_is_the_adverts() -> None:
    assert role("Live-in private tutor for 2 children") == "the Live-in Private Tutor role"


@pytest.mark.parametrize(
    "topic", ["the assessment process", "drug and alcohol policy", "agency fees"]
)
def test_a_hiring_step_or_a_policy_is_never_the_highlight(topic: str) -> None:
    # "I was glad of the chance to take you through the assessment process", to the HR
    # advisor who ran it; "what you said about the drug and alcohol policy"
    with pytest.raises(Unusable):
        read_line("topics", topic)


def test_a_figure_and_a_deed_in_a_list_are_left_out() -> None:
    # "I managed the works budget for the new gym, with €1.2M and delivered on time"
    with pytest.raises(Unusable, match="a figure"):
        read_line("strengths", "Managed the works budget for the new gym, 1.2M€, delivered on time")
    assert read_line("strengths", "Managed a €1.2M works budget").text.startswith("I managed")
