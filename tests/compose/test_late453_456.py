"""What the readers of late453 to late456 faulted (care and domestic work for families,
transport in Central Europe, science and pharma, sport and the arts), fixed after that read:
each with what must change and, beside it, what must not."""

from __future__ import annotations

import pytest

import afterview
from afterview.compose.parts import a_household, role
from afterview.compose.reading import read_interview, read_line
from afterview.model import Interviewer, Kind
from afterview.names import greeting_name

from scenarios import scenario


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a department, then the one person named ("Dear [how to address Scheduling],")
        ("Scheduling - Tiff", "CA", "Tiff"),
        ("Agenzia AuPair Riviera - Francesca", "IT", "Francesca"),
        ("Kadry - pani Ela", "PL", "Ela"),
        ("pani Ela - Kadry", "PL", "Ela"),
        ("Talent Acquisition - Romania", "RO", "Talent Acquisition Team"),
        ("Gloria - People & Culture", "AU", "Gloria"),
        # a team word joined on in German
        ("Recruiting-Team NÖ Regionalbahnen", "AT", "Recruiting Team"),
        # those named in a team's brackets, "and" in their language
        ("team spedycji (Ola, Bartek i Kuba) - 10 min chat at end", "PL", "Ola, Bartek and Kuba"),
        # two whole names: both, by their given names ("Dear Rachel,")
        ("Rachel Goh & Marcus Teo (the parents)", "SG", "Rachel and Marcus"),
        ("Mr & Mrs Dobson", "GB", "Mr and Mrs Dobson"),
        # a Burmese "Daw" with the whole name, which has no family name ("Dear Daw Khin,")
        ("Daw Khin Myo (trainer)", "SG", "Daw Khin Myo"),
        ("Dato' Rashid Ismail", "MY", "Dato' Rashid"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("name", "child"),
    [
        ("Ethan (8)", True),
        ("the twins - Olivia & Max (6)", True),
        ("Leo, aged 7", True),
        ("Ahmed (19, intern)", False),
        ("Ah Ma (the grandma, 84)", False),
        ("Housekeeping team (3)", False),
    ],
)
def test_a_young_child_is_told_by_the_age_in_the_name(name: str, child: bool) -> None:
    assert Interviewer(name=name).young_child is child


FAMILY = {"company": "Lim family, Bukit Timah", "position": "Domestic Helper"}


def test_a_young_child_gets_no_interview_note_and_the_plan_says_so() -> None:
    people = [{"name": "Grace Lim", "email": "g@x.example"}, {"name": "Ethan (8)"}]
    plan = afterview.plan(scenario(interviewers=people, application=FAMILY))
    assert [m.recipient for m in plan.messages if m.kind is Kind.THANK_YOU] == ["Grace Lim"]
    assert any(n.startswith("Ethan (8): a young child") for n in plan.notes)


def test_a_family_that_hires_is_written_to_as_one() -> None:
    people = [
        {"name": "Grace Lim", "email": "g@x.example"},
        {"name": "Aisyah (SG agency)", "email": "a@x.example"},
    ]
    for i in range(12):
        interview = scenario(interviewers=people, application=FAMILY, candidate={"name": f"C {i}"})
        notes = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
        for m in notes:
            assert "at the Lim family" not in m.body and "family with" not in m.body, m.body
        assert "the Lim family" not in notes[0].body  # to one of them: "your family"
        assert "your family" not in notes[1].body  # the agency is not of the family


@pytest.mark.parametrize(
    ("employer", "family"),
    [
        ("Lim family, Bukit Timah", True),
        ("Famiglia Bertolucci", True),  # in its own language
        ("Familia Industrial SA", False),  # a firm's name
    ],
)
def test_a_family_that_hires_is_told_in_its_own_language_too(employer: str, family: bool) -> None:
    assert a_household(employer) is family


def test_whom_the_care_is_for_is_never_said_back_to_the_family() -> None:
    assert role("Private caregiver for mother w/ dementia - weekdays") == (
        "the Private Caregiver role"
    )
    assert role("Teacher for Children with Additional Needs") == (
        "the Teacher for Children with Additional Needs role"
    )


def test_a_daily_rate_is_pay() -> None:
    # read aloud at the stop: "Thank you for the conversation about the daily rate."
    with pytest.raises(Exception, match="pay or conditions"):
        read_line("topics", "daily rate")


def test_who_spoke_through_someone_translating_did_not_interpret() -> None:
    people = [
        {"name": "Park Ji-yeon (daughter)"},
        {"name": "Halmeoni (Jenny's mom, 79)", "title": "the client, via Jenny translating"},
    ]
    assert not read_interview(scenario(interviewers=people)).people[1].interpreter
