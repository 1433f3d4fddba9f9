"""What the readers of the unseen sets late461 to late464 faulted (nursing, trades, nonprofit
work, food and hospitality; written at the start of the stop and read only at its end), fixed
after that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

import pytest

from afterview.compose.parts import company
from afterview.compose.reading import read_line
from afterview.compose.reading.shapes import sounds_grave
from afterview.model import Interviewer
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        ("Geshe Lobsang (spiritual director, blessed us at the start)", "IN", "Geshe Lobsang"),
        ("HR - Kristine Joy Baguio", "PH", "Kristine Joy"),
        # must not change
        ("AJ Smith", "US", "AJ"),
        ("TJ Miller", "US", "TJ"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("CN Mercedita Lagura, RN MAN", "PH"),  # "Dear CN,": a nurse's post in letters
        ("Solidarity shop steward (observer)", "ZA"),  # "Hi Solidarity,": the union's name
    ],
)
def test_greeting_asks(name: str, country: str) -> None:
    assert greeting_name(name, None, "", country).ask


def test_a_note_to_self_about_the_interview_is_not_the_line() -> None:
    # "I would like to add that I am come up."
    line = "I've done the SPQ DN module 1 already (credit from LJMU) - didn't come up"
    assert "come up" not in read_line("wish_i_had_said", line).text


def test_what_an_employer_gives_its_staff_is_the_thing() -> None:
    # "the truck and tool setup you give you"
    assert read_line("topics", "the truck + tool setup they give you").text == (
        "the truck and tool setup"
    )


def test_end_of_life_care_is_never_enjoyed() -> None:
    assert sounds_grave("his wife's end of life care at home")


def test_pupils_in_a_class_by_its_numeral_are_pupils() -> None:
    # a LinkedIn connection request to "Student council (Class XI)" at a children's charity
    assert Interviewer(name="Student council (Class XI)").pupil
    assert not Interviewer(name="Class teacher Mrs Rao").pupil


def test_an_employers_name_in_its_own_script_before_the_english_one_is_left_off() -> None:
    assert company("裕豐餅舖 Yufeng Pastry House") == "Yufeng Pastry House"
    assert company("株式会社") == "株式会社"  # must not change: no English name beside it
