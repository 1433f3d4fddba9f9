"""What the readers of the unseen sets late477 to late480 faulted (farms in New Zealand,
France, Argentina and Ireland; security and emergency services; beauty, fitness and sport;
executives in the Gulf, Egypt and Turkey), read at the end of the stop and fixed after: each
with what must change and, beside it, what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # Doña goes with her given name, whatever follows ("Dear Doña de Urquiza,")
        ("Doña Inés Anchorena de Urquiza (matriarch, owner)", "AR", "Doña Inés"),
        # "Zé Carlos" is one given name ("Dear Seu Zé,")
        ("Seu Zé Carlos - coordenador", "BR", "Seu Zé Carlos"),
        # a given name whose surname was missed, after the team (a slot, though Dina was known)
        ("HR - Dina, didn't catch surname", "EG", "Dina"),
        # must not change
        ("Don Xosé Manuel Outeiriño", "ES", "Don Xosé Manuel"),
        ("Madam Dzifa Agbenyega", "GH", "Madam Agbenyega"),
        ("Dwayne (instr coach) - didnt catch last name", "US", "Dwayne"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


def test_a_kuia_is_asked_about() -> None:
    # "Dear Huia,", to the kuia who opened with karakia, beside "Matua Hone" and "Whaea Mere"
    assert greeting_name("Nanny Huia (kuia, opened with karakia)", None, "", "NZ").ask


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("taking criticism", "taking criticism"),  # "station life and the taking criticism"
        ("giving feedback", "giving feedback"),
        ("advising load", "the advising load"),  # must not change
    ],
)
def test_topic(topic: str, said: str) -> None:
    assert read_line("topics", topic).text == said


def test_a_word_of_the_date_goes_with_it() -> None:
    # "... confirmed me as acting manager from while the manager's on leave"
    news = "Bari club just confirmed me as acting manager from 15 Dec while the manager's on leave"
    assert " from while " not in read_line("new_information", news).text


def test_an_application_lodged_is_paperwork() -> None:
    # "One piece of news since our conversation: MSIC renewal application lodged."
    with pytest.raises(Unusable):
        read_line("new_information", "MSIC renewal application lodged 4/12, ref came through")


def test_work_on_overtime_is_its_terms() -> None:
    # "I have done the Ballantrae and Barrhill runs on overtime, so I know how long the wait is"
    wish = "that I've done the Ballantrae and Barrhill runs on overtime so I know the wait"
    with pytest.raises(Unusable, match="overtime"):
        read_line("wish_i_had_said", wish)
    # must not change: a wish about housing, as the work
    assert read_line("wish_i_had_said", "I built the cost model for the battery housing in Excel")


def test_two_pupils_are_not_wished_well_with_a_team() -> None:
    # "I enjoyed our conversation and wish you and the team well", to two Year 12 students
    import afterview

    path = HERE / "late480" / "principal-al-rayyan-british-school-five-panel-withdrawn.toml"
    plan = afterview.plan(afterview.load_interview(path))
    (card,) = [m.body for m in plan.messages if m.recipient.startswith("Student council")]
    assert "the team" not in card
