"""What the readers of late341 to late348 found in the drafts (retail in North America; schools
in the Commonwealth; software in Asia and Africa; the public sector in Northern Europe; health
care in the Gulf and East Asia; transport in Latin America and Iberia; the arts in the US; mining
and farming): each with a name or a line that must change and one that must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.reading import read_interview, read_line
from afterview.compose.reading.text import Unusable
from afterview.model import Kind
from afterview.names import greeting_name

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # faulted: "Dear Sr. Lagos,", "Hi Navis,", "Hi Arnt,", "Dear Dra. Pinto,"
        ("Sr. Patricio Henríquez Lagos, jefe de tráfico zona sur", "CL", "Sr. Henríquez"),
        ("Rodrigo Ospina, Navis N4 superuser", "CO", "Rodrigo"),
        ("Arnt Inge Pedersen", "NO", "Arnt Inge"),
        ("Knut Arne Haugen", "NO", "Knut Arne"),
        ("Dra. Inês Marques Pinto Leal (RH)", "PT", "Dra. Leal"),
        # as before
        ("Dr. Jane Smith, head of ops", "GB", "Dr. Smith"),
        ("Alasdair Nicolson - dad's old pal, says call him Ally", "GB", "Ally"),
        ("Walsh, Aoife", "IE", "Aoife"),
        ("Maja Ek, HR", "SE", "Maja"),
        ("Dra. Luciana Farias Menezes", "BR", "Dra. Menezes"),
        ("Erik Olsen", "NO", "Erik"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, country=country)
    assert (found.name, found.ask) == (want, "")


def test_who_ran_a_check_is_thanked_for_their_time_not_an_interview() -> None:
    # "all I learned about the Graduate Metallurgist role" to the nurse who did the fitness
    # screening (late348); "Thanks for Monday's interview" to the safety induction (late340)
    path = HERE / "late348/grad-metallurgist-mufulira-smelter-assessment-centre-six-rejected.toml"
    interview = afterview.load_interview(path)
    place = next(i for i, p in enumerate(interview.interviewers) if p.name.startswith("Sister"))
    assert read_interview(interview).people[place].checked
    body = next(
        m.body
        for m in afterview.plan(interview).messages
        if m.kind is Kind.THANK_YOU and m.recipient.startswith("Sister")
    )
    assert "interview" not in body.replace("came in to interview", "")
    assert "the role" not in body.split("\n\n", 2)[-1]  # no pitch after the thanks
    # who interviewed is read as ever
    assert not read_interview(interview).people[0].checked


@pytest.mark.parametrize("raw", ["outcomes within 2 weeks", "hear by Friday"])
def test_a_date_for_the_decision_is_no_topic(raw: str) -> None:
    with pytest.raises(Unusable):
        read_line("topics", raw)


@pytest.mark.parametrize(
    "raw",
    [
        # "I wanted to share some good news: Creek Council House campaign final report came out."
        "Creek Council House campaign final report came out 12/1 - we closed at $2.61M",
        "Our Ofsted (Nov 25-26) came out - Behaviour & attitudes: Outstanding",
    ],
)
def test_news_of_a_report_says_what_it_found(raw: str) -> None:
    with pytest.raises(Unusable):
        read_line("new_information", raw)


def test_news_that_says_what_the_report_found_is_kept() -> None:
    assert read_line("new_information", "the audit came back clean").text
