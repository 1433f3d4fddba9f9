"""What the readers of late445 to late448 faulted (hospitality in the Balkans and Cyprus,
allied health, manufacturing in Latin America, education in North America and East Asia),
fixed after that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

import pytest

import afterview
from afterview.compose.parts import role
from afterview.compose.reading import read_interview, read_line
from afterview.model import Interviewer, Kind, Medium
from afterview.names import greeting_name

from scenarios import scenario


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a department in Japanese, and in Croatian ("Dear Jinji-ka,")
        ("Jinji-ka (HR)", "JP", "HR Team"),
        ("Ured za ljudske potencijale", "HR", "HR Team"),
        # who she is, then the name she was introduced by ("Dear Secwépemc,")
        ("Secwépemc Elder - Auntie Rose (didn't get last name)", "CA", "Auntie Rose"),
        ("Agronomist - Dwayne (didn't catch last name)", "CA", "Dwayne"),
        # a Croatian associate professor
        ("izv. prof. dr. sc. Goran Šarić (head of dept)", "HR", "Prof. Šarić"),
        ("doc. dr. sc. Ana Kovač", "HR", "Dr. Kovač"),
        # a post in words before a courtesy title and the name
        ("Jefe de bodega Sr. Patricio Valenzuela Rojas", "CL", "Sr. Valenzuela"),
        ("Sr. Patricio Valenzuela Rojas", "CL", "Sr. Valenzuela"),
        # where he comes from is no name of his ("Hi Alemão,"); a pet name of his own is
        ("Thiago 'Alemão' Schmidt", "BR", "Thiago"),
        ('Marcelo "Gringo" Kessler (assessor de imprensa)', "BR", "Marcelo"),
        ('Andrés "Chino" Mora', "CR", "Chino"),
        # a Brazilian given name of two words
        ("Luiz Henrique Bastos", "BR", "Luiz Henrique"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("key", "raw", "want"),
    [
        ("strengths", "built a home-language collection from zero", "from scratch"),
        ("strengths", "PG dip in nursing", "PG diploma in nursing"),
        (
            "new_information",
            "got my postgraduate dip in clinical pharmacy results - passed w/ distinction",
            "postgraduate diploma in clinical pharmacy",
        ),
    ],
)
def test_reading(key: str, raw: str, want: str) -> None:
    assert want in read_line(key, raw).text


@pytest.mark.parametrize(
    "raw", ["ALT contract renewals", "the job group", "OSD grading and RWOPS rules"]
)
def test_terms_of_the_job_are_no_highlight(raw: str) -> None:
    with pytest.raises(Exception, match="pay or conditions"):
        read_line("topics", raw)


def test_an_adverts_plus_is_said_and() -> None:
    assert role("Farm hand + cooking class assistant (Mar-Nov 2027)") == (
        "the Farm Hand and Cooking Class Assistant role"
    )


def test_pupils_named_by_their_grade_get_a_card_never_a_linkedin_message() -> None:
    pupils = Interviewer(name="student panel (gr 7) - Minseo & Ethan", title="student council")
    assert pupils.pupil and pupils.chosen_medium is Medium.HANDWRITTEN
    adult = Interviewer(name="Gr 7 teacher - Minseo Park", email="m@x.example")
    assert not adult.pupil


@pytest.mark.parametrize(
    ("name", "part"),
    [
        ("Nguyen Van Hung (pool tech, showed me the plant room)", "guide"),
        ("Luka (IT, ran the laptop for the German test)", "arranged"),
    ],
)
def test_who_helped_on_the_day_is_thanked_for_that(name: str, part: str) -> None:
    # never "Thank you again for a thoughtful interview" (late445 readers)
    interview = scenario(interviewers=[{"name": "Ana Ruiz"}, {"name": name}])
    helper = read_interview(interview).people[1]
    assert getattr(helper, part)


def test_a_department_is_never_good_to_meet() -> None:
    for i in range(20):
        interview = scenario(
            panel=1,
            interviewers=[{"name": "HR Department", "email": "hr@x.example"}],
            candidate={"name": f"C {i}"},
        )
        (note,) = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
        assert "meet you" not in note.body, note.body


def test_the_candidates_own_company_is_never_the_readers() -> None:
    news = "My Green Belt project got picked for the company's regional lean award"
    interview = scenario(panel=1, debrief={"new_information": news})
    bodies = " ".join(m.body for m in afterview.plan(interview).messages)
    assert "my current employer's regional lean award" in bodies
    assert "the company's" not in bodies
