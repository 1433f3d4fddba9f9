"""What the readers of late457 to late460 faulted (households that hire in Malaysia, the
Philippines, the Gulf and England; public service in Japan, Thailand, Vietnam and Indonesia;
retail in the Low Countries, Denmark and Iceland; energy and mining), fixed after that read:
each with what must change and, beside it, what must not."""

from __future__ import annotations

import pytest

import afterview
from afterview.compose.composer import greeting
from afterview.compose.parts import company, one_of_the_family, role
from afterview.compose.reading import read_interview, read_line
from afterview.compose.reading.shapes import sounds_grave
from afterview.model import Interviewer, Kind, Medium
from afterview.names import Greeting, greeting_name

from scenarios import scenario


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a word of respect taken for the name ("Dear Manang,", "Dear Puan Sri,", "Dear P',")
        ("Manang Luz (yaya for 30 yrs)", "PH", "Manang Luz"),
        ("Puan Sri Rohana", "MY", "Puan Sri Rohana"),
        ("Tan Sri Ismail (the boss, 5 min at the porch)", "MY", "Tan Sri Ismail"),
        ("P' Nok from personnel", "TH", "P' Nok"),
        ("P'Bee (ECD)", "TH", "P'Bee"),
        ("Lola Remedios (89)", "PH", "Lola Remedios"),
        # a post in another language, then the person ("[how to address Sindicato]")
        ("Teamleider Klantcontact - Fatima el Amrani", "NL", "Fatima"),
        ("Sindicato - Héctor", "CL", "Héctor"),
        # everyone an entry names ("Dear Barista panel,", "Dear Ms. Clarke," alone)
        ("Barista panel (Ari, Freyja, Dagur)", "IS", "Ari, Freyja and Dagur"),
        (
            "Ms. Clarke, Ms. Zhou (current school teachers, on Teams)",
            "AE",
            "Ms. Clarke and Ms. Zhou",
        ),
        # a religious order written in mixed case, then an aside ("Dear Sr. Bere,")
        ("Sr. Yasinta Bere, SSpS (community rep, Alak)", "ID", "Sister Yasinta"),
        # a post of one word after "Chief", then a given name ("Dear Chief Kostas,")
        ("Chief Steward Kostas (Greek, on zoom from Piraeus)", "GR", "Kostas"),
        ("Chief Steward Kostas", "GR", "Kostas"),
        # must not change
        ("Walsh, Aoife", "IE", "Aoife"),
        ("Kylie Brennan (Consul, chair)", "ID", "Kylie"),
        ('Yohanes "Jo" Setiawan', "ID", "Jo"),
        ("Dato' Sri Henry Voon", "MY", "Dato' Sri Voon"),
        ("Datin Sri Grace Loh", "MY", "Datin Sri Loh"),
        ("Mbak Dewi", "ID", "Mbak Dewi"),
        ("Lola", "GB", "Lola"),
        ("mevr. Ingrid van der Veen (HR)", "NL", "Ms. van der Veen"),  # as typed
        ("HR team (Sarah)", "GB", "Sarah"),
        ("Chief Inspector Morse", "GB", "Chief Inspector Morse"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Chief Cook Baker", "GB"),  # a family name after a post: still asks
        ("Kierownik Regionu - Beata Mazur", "PL"),  # a head of a unit, formal: Ms. or first name?
    ],
)
def test_greeting_asks(name: str, country: str) -> None:
    assert greeting_name(name, None, "", country).ask


def test_a_style_of_address_opens_the_letter_alone() -> None:
    assert greeting(Greeting("Your Highness"), Medium.EMAIL) == "Your Highness,"
    assert greeting(Greeting("Sheikha Latifa"), Medium.EMAIL) == "Dear Sheikha Latifa,"


@pytest.mark.parametrize(
    ("employer", "said"),
    [
        ("Australian Consulate-General, Bali", "the Australian Consulate-General"),
        ("Al Mazrouei family farm (Al Dhaid)", "the Al Mazrouei family farm"),
        ("Ubon Ratchathani City Municipality", "the Ubon Ratchathani City Municipality"),
        ("Sy-Tan Family", "the Sy-Tan family"),
        # must not change
        ("Tan Sri Ismail's household (Bangi)", "Tan Sri Ismail's household"),
        ("Matsuyama City Hall", "Matsuyama City Hall"),
        ("Kaffibrugghúsið", "Kaffibrugghúsið"),
    ],
)
def test_the_employer_in_a_sentence(employer: str, said: str) -> None:
    assert company(employer) == said


@pytest.mark.parametrize(
    ("position", "said"),
    [
        ("Badante convivente (live-in carer) per signora 88 anni", "the live-in carer role"),
        ("Companion for Bernard (3 days/wk)", "the Companion role"),
        ("Elder Companion for Lola Remy (live-in, Silay)", "the Elder Companion role"),
        ("Teacher for English", "the Teacher for English role"),  # must not change
    ],
)
def test_the_position_without_whom_it_cares_for(position: str, said: str) -> None:
    assert role(position) == said


@pytest.mark.parametrize(
    ("name", "title", "family"),
    [
        ("En. Azlan (PA)", None, False),
        ("Rajendran a/l Subramaniam (head driver)", None, False),
        ("Lim Siew Mei", "Puan Sri's private nurse (ex-Pantai)", False),
        ("Ate Jen (Ma'am Angelica's EA)", None, False),
        ("Chef Rommel (the family's consultant chef)", None, False),
        ("R.T. Uy", "family accountant, sat in for the package part", False),
        ("Suor Maria Grazia (parish of San Frediano, she referred me)", "nun", False),
        # must not change
        ("Eng. Hamdan Al Mazrouei", "son, agricultural engineer, ADAFSA", True),
        ("Dr. Benjie Lacson (son, cardiologist in Houston)", None, True),
        ("Mrs. Angelica Sy-Tan", "lady of the house", True),
        ("Kemi (15)", "Year 10 student, the older one", True),
        ("Puan Sri Rohana", None, True),
    ],
)
def test_who_works_for_a_family_is_not_of_it(name: str, title: str | None, family: bool) -> None:
    person = Interviewer(name=name, title=title)
    assert one_of_the_family(person, "Sy-Tan Family") is family


def test_a_note_to_the_staff_of_a_house_names_the_family() -> None:
    people = [
        {"name": "Mrs. Angelica Sy-Tan", "email": "a@x.example"},
        {"name": "Kak Yati (housekeeper)", "email": "k@x.example"},
    ]
    house = {"company": "Sy-Tan Family", "position": "Private Chef"}
    for i in range(8):
        interview = scenario(interviewers=people, application=house, candidate={"name": f"C {i}"})
        notes = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
        assert "the Sy-Tan family" not in notes[0].body
        assert "your family" not in notes[1].body and "Sy-Tan Family" not in notes[1].body


@pytest.mark.parametrize(
    "topic",
    [
        "Jayden's routine and meltdowns after school",
        "how the last nanny left",
        "Lola's hospital visits in Bacolod",
        "Puan Sri's dialysis days",
    ],
)
def test_a_hardship_is_never_enjoyed(topic: str) -> None:
    assert sounds_grave(topic)


def test_a_hospital_is_no_hardship() -> None:
    assert not sounds_grave("the new hospital wing")


def test_in_the_notes_of_someones_kin_his_and_her_are_not_the_readers() -> None:
    people = [
        {
            "name": "Hilary - Bernard's daughter",
            "topics": ["his crossword and his birds", "the garden"],
        }
    ]
    reading = read_interview(scenario(interviewers=people))
    assert [u.raw for u in reading.people[0].topics] == ["the garden"]
    assert any("Bernard's" in lo.reason for lo in reading.left_out)


def test_a_practical_test_takes_the() -> None:
    assert read_line("topics", "milk steaming practical").text == "the milk steaming practical"
