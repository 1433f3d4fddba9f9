"""What the blind reads of late413 to late420 found (allied health in French-speaking Europe and
Quebec; IT in South Asia; building trades in Ireland, England and North America; early years in
South-East Asia; security and corrections; sport and wellness; laboratories in the Nordics and
the Low Countries; offices and call centres): each with what must change and, beside it, what
must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.reading import read_concern_line, read_line
from afterview.compose.reading.text import Unusable


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        # a way of working, a field, a state: named bare ("the trauma-informed practice")
        ("trauma-informed practice", "trauma-informed practice"),
        ("restorative practice", "restorative practice"),
        ("genomic selection", "genomic selection"),
        ("customer service at the front counter", "customer service at the front counter"),
        ("public trust in the sewage data", "public trust in the sewage data"),
        ("contraband", "contraband"),
        # one of them, or one on its way, still takes "the"
        ("new practice in Ennis", "the new practice in Ennis"),
        ("dinner service", "the dinner service"),
        ("bilingual section", "the bilingual section"),
    ],
)
def test_topic(typed: str, want: str) -> None:
    assert read_line("topics", typed).text == want


@pytest.mark.parametrize(
    "typed",
    [
        "DA 350/day + fuel",
        "shift premiums",
        "NS business card -> reiskosten",
        "staff canteen hours",
        "Kinderkrippe on site (waiting list long)",
        "BPJS Kesehatan + Ketenagakerjaan covered",
        "own van + tools",
        "the van pick-up schedule",
        "Thalassery bus stand, 10 min walk to office",
        "original documents verification",
        "NOC from current employer",
        "coaching agents who are older than me",
    ],
)
def test_topic_left_out(typed: str) -> None:
    with pytest.raises(Unusable):
        read_line("topics", typed)


@pytest.mark.parametrize(
    "typed",
    [
        "waste pickup schedule changing in Jan",  # a waste service's own work
        "the Dunbar creche pilot",  # a project
        "BPJS referral rules",  # a clinic's work with the insurer
        "NOC handover when link flaps at night",  # a network operations centre
        "DAO governance",
    ],
)
def test_topic_kept(typed: str) -> None:
    assert read_line("topics", typed).text


@pytest.mark.parametrize(
    "typed",
    [
        "trial session w/ 2 members",
        "on-pitch demo: reaction drills w/ 2 cadete keepers",
        "the trial massage",
    ],
)
def test_what_the_candidate_gave_is_an_exercise(typed: str) -> None:
    """Never "your insight into the trial massage": the candidate gave it."""
    assert read_line("topics", typed).shape == "exercise"


def test_a_product_demo_is_still_theirs() -> None:
    assert read_line("topics", "product demo for the board").shape == "np"


@pytest.mark.parametrize(
    ("kind", "typed", "want"),
    [
        (
            "strengths",
            "Fluent Bisaya, Tagalog, English",
            "I speak fluent Bisaya, Tagalog and English",
        ),
        ("strengths", "Licencia C Conmebol (2025)", "I hold the Licencia C Conmebol"),
        (
            "strengths",
            "License Plate Recognition",
            "I have experience in License Plate Recognition",
        ),
        (
            "strengths",
            "Pitch-side physio for Hendaye (Fédérale 2), 3 seasons",
            "I worked as a pitch-side physio for Hendaye for three seasons",
        ),
        (
            "new_information",
            "Got my UNISA results - passed the Higher Certificate with distinction in Penology.",
            "I passed the Higher Certificate with distinction in Penology",
        ),
        ("new_information", "got my IELTS results - passed", "I passed my IELTS"),
        ("new_information", "got my ACCA results, passed all 3 papers", "I passed my ACCA"),
    ],
)
def test_lines_about_the_candidate(kind: str, typed: str, want: str) -> None:
    assert read_line(kind, typed).text == want


def test_what_the_candidate_said_is_no_doubt_of_theirs() -> None:
    """Never "your question of whether I said I would just talk to you"."""
    said = read_concern_line("i said 'I'd just talk to them' -> she wanted a process")
    assert said.shape == "unsaid"
    assert read_concern_line("will I respect the doc's call over a coach's wish").text


def _plan(path: str) -> afterview.Plan:
    return afterview.plan(afterview.load_interview(Path(__file__).parent / path))


def _thank_you(plan: afterview.Plan, who: str) -> str:
    return next(m.body for m in plan.messages if m.kind.value == "thank_you" and who in m.recipient)


_THANKED_FOR_IT = ("putting me forward", "put my name forward", "recommending me")


def test_whoever_referred_the_candidate_is_thanked_for_it() -> None:
    plan = _plan("late420/executive-assistant-ceo-sligo-medtech-onsite-three.toml")
    assert any(said in _thank_you(plan, "referred me") for said in _THANKED_FOR_IT)
    others = [
        m.body
        for m in plan.messages
        if m.kind.value == "thank_you" and "referred me" not in m.recipient
    ]
    assert others and not any(said in b for b in others for said in _THANKED_FOR_IT)


def test_the_welcome_is_thanked_for_never_an_interview() -> None:
    plan = _plan("late417/youth-custodial-officer-canning-vale-banksia-hill-six-panel-offer.toml")
    body = _thank_you(plan, "gave the welcome")
    assert "welcome" in body and "interview on" not in body and "panel interview" not in body


def test_a_grave_question_is_never_enjoyed() -> None:
    plan = _plan("late419/animal-technician-maalov-preclinical-onsite-two-handwritten-offer.toml")
    body = next(m.body for m in plan.messages if "put down" in m.body)
    sentence = next(s for s in body.split(".") if "put down" in s)
    assert "enjoy" not in sentence


def test_what_one_wishes_one_had_said_never_goes_to_ones_own_manager() -> None:
    plan = _plan("late414/azure-data-engineer-ijp-warangal-it-sez-internal-video-four.toml")
    manager = _thank_you(plan, "my current manager")
    assert "recon extract" not in manager


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("she mentored me during my practicum in 2022", False),  # no one "discovers" it
        ("he trained me as a cadet", False),
        ("we both studied at Moratuwa", True),
    ],
)
def test_a_past_they_shared_with_the_candidate_is_no_discovery(typed: str, kept: bool) -> None:
    if kept:
        assert read_line("rapport", typed).text
    else:
        with pytest.raises(Unusable):
            read_line("rapport", typed)


def test_how_often_one_worked_is_no_with() -> None:
    """Never "at the hotel in Kos, with six days a week" (late418 readers)."""
    for typed in (
        "I did two full summers (May-Sept) at the hotel in Kos, 6 days a week",
        "played guitar for 6 years at Tablao El Lagar, 6 nights a week",
    ):
        said = read_line("answers" if typed.startswith("I did") else "strengths", typed).text
        assert said.startswith("I ") and " with six" not in said


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("Show me how you'd plan a 2-week unit.", "how I'd plan a 2-week unit"),
        ("show me how you clean and inspect a connector", "how I clean and inspect a connector"),
    ],
)
def test_show_me_how_is_asked_of_the_candidate(typed: str, want: str) -> None:
    """Never "your insight into how you'd plan a 2-week unit": they asked the candidate."""
    said = read_line("questions", typed)
    assert (said.shape, said.text) == ("asked", want)


def test_who_ran_the_video_call_is_thanked_for_that_never_for_an_interview() -> None:
    plan = _plan(
        "late416/year3-class-teacher-pontianak-national-plus-school-video-six-rejected.toml"
    )
    body = _thank_you(plan, "ran the zoom")
    assert "thoughtful interview" not in body and "join the team" not in body
