"""What the readers of late465 to late468 faulted (hospitality in Central America and the
Caribbean, health and community work in the UK and New Zealand, public works in North America
and West Africa, offices in German-speaking Europe), fixed after that read: each with what
must change and, beside it, what must not."""

from __future__ import annotations

import pytest

import afterview
from afterview.compose.parts import company
from afterview.compose.reading import read_line
from afterview.model import Kind
from afterview.names import greeting_name

from scenarios import scenario


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a word of the post taken for the name ("Dear Fire,", "Dear Banquet,", "Dear Dr. Hsg,")
        ("Fire Marshal Lt. Greg Duckworth", "US", "Lt. Duckworth"),
        ("Banquet captains (Lalo y Fer)", "MX", "Lalo and Fer"),
        ("Reception team (Kiri, Jade & Ana)", "NZ", "Kiri, Jade and Ana"),
        ("Dr. oec. HSG Barbara Wüthrich-Amrein (CRO)", "CH", "Dr. Wüthrich-Amrein"),
        ("Frau Zürcher vom HR", "CH", "Ms. Zürcher"),
        # must not change
        ("Admin Officer Mrs. Dissanayake", "LK", "Mrs. Dissanayake"),
        ("Dr. rer. nat. Anna Schmidt", "DE", "Dr. Schmidt"),
        ("Head Chef Dom", "GB", "Chef Dom"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


def test_a_familys_word_for_an_aunt_asks() -> None:
    # "Dear Tante," to the owner's sister
    found = greeting_name("Tante Gisela (does the books Tue/Thu, Heinz's sister)", None, "", "DE")
    assert found.ask and found.name == "Tante Gisela"


def test_a_state_company_named_by_its_country_takes_the() -> None:
    assert company("Electricity Company of Ghana") == "the Electricity Company of Ghana"
    assert company("East India Company") == "East India Company"  # must not change


def test_a_police_clearance_is_paperwork() -> None:
    # "I received my police record back" read as a criminal record to a cruise line's HR
    with pytest.raises(Exception, match="paperwork"):
        read_line("new_information", "received my police record back")


def test_an_elder_who_opened_with_karakia_is_thanked_for_the_welcome() -> None:
    people = [
        {"name": "Jo Smith (manager)", "email": "j@x.example"},
        {
            "name": "Matua Rawiri Te Huia (kaumātua, opened w/ karakia + mihi)",
            "email": "r@x.example",
            "topics": ["working with whole families"],
        },
    ]
    plan = afterview.plan(scenario(interviewers=people))
    note = [m for m in plan.messages if m.kind is Kind.THANK_YOU][1]
    assert "welcome" in note.body and "talk about the" not in note.body


def test_no_word_is_said_twice_before_a_topic() -> None:
    # "your thoughts on on-the-land programs" (Harper: a repeated word)
    for i in range(8):
        people = [
            {"name": "Annie Gordon", "email": "a@x.example", "topics": ["on-the-land programs"]}
        ]
        interview = scenario(interviewers=people, candidate={"name": f"C {i}"})
        body = next(m.body for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU)
        assert " on on-" not in body
