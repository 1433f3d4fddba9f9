"""What the readers of late437 to late440 faulted (retail, public service, animal care, IT in
Eastern Europe and Turkey), fixed after that read: each with what must change and, beside it,
what must not."""

from __future__ import annotations

import pytest

import afterview
from afterview.compose.parts import company
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.model import Kind
from afterview.names import greeting_name

from scenarios import scenario


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a post's letters with "&", then the name ("Hi H&S,")
        ("H&S - Bob (did the walk round)", "GB", "Bob"),
        ("KP - Dougie", "GB", "Dougie"),
        # a Chinese name of three words with a title, where it is written family name first
        ("Ir. Teh Boon Hock (engineering dept)", "MY", "Ir. Teh"),  # not "Ir. Hock"
        ("Mr Lee Chong Meng", "SG", "Mr Lee"),
        ("Prof. Dr. Chong Wei Ming", "MY", "Prof. Chong"),
        # a name said again after "no sorry": the repeat replaces it from where it starts
        ("Mr Lee Chong Wei no sorry Lee Chong Meng", "MY", "Mr Lee"),  # not "Mr Meng"
        ("Karen Gilligan no sorry Galligan", "IE", "Karen"),
        # a Malay title with an English given name and a Chinese family name
        ("Pn. Jessica Ting (registry)", "MY", "Puan Ting"),
        ("Pn. Siti Aminah", "MY", "Puan Siti Aminah"),
        # a given name, then the post after a comma; a description, then the given name
        ("Reto, Tierpfleger EFZ (Co-Leitung Katzenhaus)", "CH", "Reto"),
        ("Designer from Lagos office, Tolu", "NG", "Tolu"),
        ("Walsh, Aoife", "IE", "Aoife"),
        ("Chief, Visitor Experience - Norma Pelletier", "CA", "Norma"),
        # a Turkish post before the name ("Dear Daire,")
        ("Daire Başkanı Hakan Öztürk", "TR", "Hakan"),
        ("Başhekim Yardımcısı Dr. Ayhan Korkmaz", "TR", "Dr. Korkmaz"),
        # after a Vietnamese middle name, the given name
        ("Nguyen, Thi Lan (enrichment & behaviour)", "BE", "Lan"),
        ("Nguyen, Thanh (Digital)", "AU", "Thanh"),
        # the English name she goes by, after a Chinese "Last, First"
        ("Lim, Mei Fong (Jasmine)", "MY", "Jasmine"),
        ("Lim, Mei Fong (Finance)", "MY", "Mei Fong"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("key", "raw", "want"),
    [
        ("topics", "day to day workload ~25 KM files a month", "the day-to-day workload"),
        ("topics", "face to face visits", "face-to-face visits"),
        ("topics", "boundary value analysis", "boundary value analysis"),
        ("topics", "weather-normalised demand", "weather-normalised demand"),
        ("topics", "analysis of the survey", "the analysis of the survey"),
        (
            "topics",
            "the SAP B1 -> data warehouse plan",
            "the plan to move from SAP B1 to a data warehouse",
        ),
        (
            "new_information",
            "got the NIS2-style cyber audit for the 3 western branches passed last week",
            "the NIS2-style cyber audit for the 3 western branches passed",
        ),
        (
            "new_information",
            "got my first aid recert done on Monday",
            "I completed my first aid recertification",
        ),
    ],
)
def test_reading(key: str, raw: str, want: str) -> None:
    assert read_line(key, raw).text == want


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("topics", "night premium"),  # pay
        ("topics", "start dates in Jan"),
        ("strengths", "Tierpflegerin EFZ Fachrichtung Tierheim, since 2015"),  # a German post
        ("strengths", "Berufsbildnerin - trained 7 Lernende through the EFZ"),
        # one's own slip, imagined: never "our discussion of what I would do if I realised ..."
        ("questions", "What would you do if you realised you'd made an error mid-testimony?"),
    ],
)
def test_left_out(key: str, raw: str) -> None:
    with pytest.raises(Unusable):
        read_line(key, raw)


def test_a_name_like_a_post_is_no_post() -> None:
    assert read_line("strengths", "worked with Catherin on the audit").text.startswith("I worked")


def test_a_colleagues_slip_may_be_retold() -> None:
    said = read_line("questions", "What would you do if a colleague made a mistake?")
    assert said.text == "what I would do if a colleague made a mistake"


@pytest.mark.parametrize(
    ("employer", "said"),
    [
        ("State Courts of Singapore", "the State Courts of Singapore"),
        ("Supreme Court of Canada", "the Supreme Court of Canada"),
        ("Courts Plaza Ltd", "Courts Plaza"),
    ],
)
def test_a_court_takes_the(employer: str, said: str) -> None:
    assert company(employer) == said


def test_a_withdrawal_never_says_twice_that_the_talk_was_good() -> None:
    for i in range(30):
        interview = scenario(
            panel=1,
            candidate={"name": f"C {i}"},
            outcome={"result": "withdrawn", "at": "2026-11-20"},
        )
        (note,) = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
        # from the withdrawal on: "..., but I appreciated the chance to talk, and I wish you
        # well. It was a real pleasure to speak with you." (late439 readers)
        after = note.body.lower().partition("withdrawn")[2]
        glad = sum(after.count(w) for w in ("glad we", "chance to talk", "pleasure to"))
        assert glad <= 1, note.body


def test_beyond_the_contact_a_strength_goes_only_where_it_meets_the_talk() -> None:
    people = [
        {"name": "Ana Ruiz", "email": "a@x.example", "topics": ["the new data warehouse"]},
        {"name": "Ben Ode", "email": "b@x.example", "topics": ["moorings in the harbour"]},
        {"name": "Cy Park", "email": "c@x.example", "topics": ["consent processing times"]},
    ]
    strengths = [
        "cut consent processing times by a third",
        "built a Kafka pipeline in 2024",
        "speak fluent French and Spanish",
    ]
    debrief = {"wish_i_had_said": None, "new_information": None}
    interview = scenario(interviewers=people, candidate={"strengths": strengths}, debrief=debrief)
    messages = afterview.plan(interview).messages
    notes = {m.recipient: m.body for m in messages if m.kind is Kind.THANK_YOU}
    assert "Kafka" in notes["Ana Ruiz"]  # the contact hears the best of them
    for line in ("by a third", "Kafka", "French"):  # nothing of his talk: no pitch tacked on
        assert line not in notes["Ben Ode"]
    assert "by a third" in notes["Cy Park"]  # it meets what they talked about
