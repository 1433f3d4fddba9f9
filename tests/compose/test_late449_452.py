"""What the readers of late449 to late452 faulted (emergency services in the Americas and the
Caribbean, finance and law in South Asia and the Gulf, farming and environment around the
Mediterranean, startups in Africa), fixed after that read: each with what must change and,
beside it, what must not."""

from __future__ import annotations

import pytest

from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a name, then the agency she is with ("Dear Westline,")
        ("Jinu - Westline Manpower (agency)", "AE", "Jinu"),
        ("TalentBridge Taipei - Cindy Kao", "TW", "Cindy"),
        ("CBSA Recruitment - Ontario Region", "CA", "CBSA Recruitment Team"),
        # a titled whole name, then the post after a dash: the name's customs hold
        ("Capt. Arturo Pech Canul - PFSO", "MX", "Capt. Pech"),  # never "Capt. Canul"
        ("Sr. Zacarias Nhantumbo - gerente da agência", "MZ", "Sr. Nhantumbo"),
        ("Capt. Ray Lafferty - chief pilot", "CA", "Capt. Lafferty"),
        # a fire service's rank of two words ("Hi Omari,")
        ("Station Officer Omari Grant", "JM", "Station Officer Grant"),
        ("Compliance Officer Jane Smith", "GB", "Jane"),
        ("Sub-Lt. Kern Phillips-Noel (note taker)", "TT", "Sub-Lt. Phillips-Noel"),
        # "of the faith" ends a given name
        ("Nour El-Din Khalil", "EG", "Nour El-Din"),
        ("Nour Khalil", "EG", "Nour"),
        # a French team, then whose it is
        ("Service RH de l'ABH", "MA", "HR Team"),
        ("Équipe production", "FR", "Équipe production"),
        # in the Maghreb a titled name of a given name the lists hold and a family name
        ("Dr. Karim Benali", "MA", "Dr. Benali"),
        ("Dr. Ing. Fatima-Zahra Ouali", "MA", "Dr. Ouali"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


def test_a_maghreb_name_written_family_name_first_asks() -> None:
    assert greeting_name("Dr. Ouhammou Mustapha", None, "", "MA").ask  # not "Dr. Mustapha"


@pytest.mark.parametrize(
    ("key", "raw", "want"),
    [
        (
            "answers",
            "accepted to Yavapai College paramedic cohort starting Aug 2027",
            "I was accepted into the Yavapai College paramedic cohort starting in August 2027",
        ),
        (
            "questions",
            "How will you manage guys who were your peers last week?",
            "how I would manage people who were my peers last week",
        ),
        ("topics", "reading and writing skills", "reading and writing skills"),
    ],
)
def test_reading(key: str, raw: str, want: str) -> None:
    assert read_line(key, raw).text == want


def test_two_tasks_set_are_no_conversation() -> None:
    with pytest.raises(Unusable, match="task"):
        read_line("topics", "read & translate a paragraph about PFAS")
