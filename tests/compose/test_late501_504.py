"""What the readers of late501 to late504 faulted (logistics in Brazil, Mexico, Colombia and
Chile; health care support in England, Wales and Ireland; finance and software in Poland,
Romania, Bulgaria and Serbia; hospitality and events in the UAE, Jordan, Lebanon and
Morocco), fixed after that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.reading import read_line, why_left_out
from afterview.names import greeting_name

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("name", "company", "country", "want"),
    [
        # a given name and what they did, in brackets after their post (a slot)
        ("Recruitment coordinator (Kayleigh, did the ID checks)", "", "GB", "Kayleigh"),
        ("the HR lady (Marta, took notes)", "", "PL", "Marta"),
        # the firm's own team before its name ("Dear [how to address Flores La Pradera]")
        ("Gestión Humana - Flores La Pradera", "Flores La Pradera S.A.S.", "CO", "HR Team"),
        # a given name ending as a Polish family name does ("the family name may come first")
        ("Valeska Soto - Personas", "", "CL", "Valeska"),
        # a Chilean given name of two words ("Dear Sister Carmen,")
        ("Hna. Carmen Gloria Fuentes (directora administrativa)", "", "CL", "Sister Carmen Gloria"),
        # must not change
        ("Deb (HR, took notes)", "", "GB", "Deb"),
        ("HR - Sanne de Wit", "De Wit Logistics", "NL", "Sanne"),
        ("Santiago Restrepo", "", "CO", "Santiago"),
        ("the de-icing guy (Pepa)", "", "CZ", "Pepa"),
    ],
)
def test_greeting(name: str, company: str, country: str, want: str) -> None:
    found = greeting_name(name, None, company, country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Gómez Restrepo", "CO"),  # "Hi Gómez,": two family names
        ("Kowalska Anna", "PL"),  # must not change
        ("Manager (Tom, Sarah)", "GB"),  # must not change: two people, not one
    ],
)
def test_the_plan_asks(name: str, country: str) -> None:
    assert greeting_name(name, None, "", country).ask


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("pre-cooling time 2h min", "pre-cooling time"),
        ("small weddings max 60 guests", "small weddings of up to 60 guests"),
        ("xmas + new year season", "the Christmas and New Year season"),
        ("the storeroom tour - bin locations by hand, kardex cards still!", "the storeroom"),
        # must not change
        ("the gap between policy and practice", "the gap between policy and practice"),
        ("the site tour", "the site"),
    ],
)
def test_topic(raw: str, want: str) -> None:
    assert read_line("topics", raw).text == want


def test_the_storeroom_tour_is_a_tour() -> None:
    assert read_line("topics", "the storeroom tour").shape == "tour"


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("chaperoning and when reception should NOT", "breaks off"),
        ("own pickup?", "breaks off"),
        ("rotating between portering, stores + catering", "what is between"),
    ],
)
def test_topic_left_out(raw: str, why: str) -> None:
    assert why in (why_left_out("topics", raw) or "")


@pytest.mark.parametrize(
    ("key", "raw", "want"),
    [
        (
            "new_information",
            "I got my QQI manual handling instructor cert renewed on Sat",
            "I had my QQI manual handling instructor certification renewed",
        ),
        (
            "wish_i_had_said",
            "that I already know the fracture clinic consultants' templates so no training "
            "needed on those",
            "I already know the fracture clinic consultants' templates",
        ),
        (
            "answers",
            "covered as duty manager at Riad Lalla Mimouna every Sunday for a year",
            "I covered the duty manager role at Riad Lalla Mimouna every Sunday for a year",
        ),
        # must not change
        (
            "wish_i_had_said",
            "I ran the rota so nobody missed a shift",
            "I ran the rota so nobody missed a shift",
        ),
        ("new_information", "I got my CSCS card", "I received my CSCS card"),
    ],
)
def test_line(key: str, raw: str, want: str) -> None:
    assert read_line(key, raw).text == want


def test_a_list_after_with_is_no_list_of_what_was_included() -> None:
    raw = "ran the monthly S&OP meeting w/ sales, finance and plant"
    assert "including" not in read_line("strengths", raw).text


def test_an_answer_about_another_people_does_not_answer() -> None:
    from afterview.compose.reading import another_people

    concern = "whether I have worked for a Korean company"
    assert another_people(concern, "I worked for two years with a Japanese distributor")
    assert not another_people(concern, "I worked for two years at a Korean supplier")  # unchanged
    assert not another_people("whether I have managed a team", "I worked in Japan")  # unchanged


def _drafts(path: Path) -> list[afterview.PlannedMessage]:
    return list(afterview.plan(afterview.load_interview(path)).messages)


def test_the_clients_man_is_not_told_the_candidate_wants_to_join_the_team() -> None:
    path = HERE / "late503" / "qa-engineer-cacak-outsourcing-client-rep-video-six-overdue.toml"
    notes = [m for m in _drafts(path) if "(client)" in m.recipient]
    assert notes and all("join the team" not in m.body for m in notes)
    assert all("part of the team" not in m.body for m in notes)
