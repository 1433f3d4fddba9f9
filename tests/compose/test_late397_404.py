"""What the blind reads of late397 to late404 found (building trades in South Africa, the Gulf,
Australia and Ireland; software in Eastern Europe and Latin America, internal moves among them;
pharmacy and laboratories in North America and the Philippines; the public sector in India,
Germany and Scandinavia; shops and warehouses in Central Europe; teaching in East Asia; media
in Iberia and Latin America; mining and energy): each with what must change and, beside it,
what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.parts import company, short_position
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.model.interview import Interviewer
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        # a disease of a crop, named bare (late395: "discuss the potato late blight")
        ("potato late blight", "potato late blight"),
        # an instrument the lexicon does not know is still one thing ("about tachograph")
        ("tachograph", "the tachograph"),
        ("microgrid", "microgrid"),
        # ways of working, named bare ("the lean in the warehouse")
        ("lean in the warehouse", "lean in the warehouse"),
        ("kanban", "kanban"),  # the dictionary's "KanBan" is a stray capital
        # the police are "the police"
        ("who calls police", "who calls the police"),
        ("police response times", "police response times"),
        # a thing no one counts, of something: one thing ("the data quality of ...")
        ("data quality of DSO submissions", "the data quality of DSO submissions"),
        ("quality of care", "the quality of care"),
        ("lots of data", "lots of data"),
        # two kinds of one course, then where it is
        (
            "tailoring + computer course at the skill centre",
            "the tailoring and computer course at the skill centre",
        ),
        ("teaching and learning strategy", "teaching and learning strategy"),
        # a route named after it; a measure set down after the thing
        ("route Legnica - Chojnów", "the Legnica–Chojnów route"),
        ("cold room 2-8°C", "the cold room"),
        ("insurance cert of currency", "the insurance certificate of currency"),
        ("first aid cert", "first aid certification"),
        ("team teaching 1st graders", "team-teaching first graders"),
        ("ad sales too?", "ad sales"),
        # late405-late408, read after the round's fixes
        ("cholera response in Narok town", "the cholera response in Narok town"),
        ("month-end closing by fifth working day", "month-end closing by the fifth working day"),
        ("ferry over to Kohukohu for home visits", "the ferry to Kohukohu for home visits"),
        ("family-owned businesses in the region", "family-owned businesses in the region"),
    ],
)
def test_topic(typed: str, want: str) -> None:
    assert read_line("topics", typed).text == want


@pytest.mark.parametrize(
    "typed",
    [
        "hours",
        "hrs + pay",
        "job grade 12",
        "EG 11 Stufe",
        "piece rate vs monthly",
        "flex & homeoffice",
        "on-call rotation every 4th wk",
        "staying after 2029",
        "hotel in Cádiz for crew from Sevilla",
        "dates + call times",
        "federal character",
        "test call w/ the mic",
        "living out at Yuzhong",
        "faculty ageing, half retire in 5 yrs",
        "family run since 1988",
        "payroll on the 28th",
        "CPF and leave",
        "cabins onboard",
    ],
)
def test_topic_left_out(typed: str) -> None:
    with pytest.raises(Unusable):
        read_line("topics", typed)


@pytest.mark.parametrize(
    "typed",
    [
        "opening hours",
        "healthy ageing",
        "staying power",
        "how the platform team runs its on-call rotation",  # how they work, not how often
    ],
)
def test_topic_kept(typed: str) -> None:
    assert read_line("topics", typed).text


@pytest.mark.parametrize(
    ("kind", "typed", "want"),
    [
        # work begun then and going on ("I trained Maksym ... since spring")
        (
            "answers",
            "trained Maksym as second DBA since spring, he handled the October failover alone",
            "I have been training Maksym as second DBA since spring",
        ),
        ("strengths", "led the team since 2022", "I have been leading the team since 2022"),
        # a degree in a field, and a second award ("a PGCE in Chemistry and from QTS")
        ("strengths", "PGCE Chemistry + QTS", "I have a PGCE in Chemistry and QTS"),
        ("strengths", "MSc Physics + PGCE", "I have an MSc in Physics and a PGCE"),
        (
            "strengths",
            "Taught EAP + academic writing at Univ of Ghana 6 yrs",
            "I taught EAP and academic writing at the University of Ghana for 6 years",
        ),
        ("strengths", "I speak decent English and Spanish", "I speak English and Spanish"),
        # "you used to": who did it, never "me used to be a peer in"
        (
            "questions",
            "How would you manage a team you used to be a peer in?",
            "how I would manage a team I used to be a peer in",
        ),
    ],
)
def test_lines_about_the_candidate(kind: str, typed: str, want: str) -> None:
    assert read_line(kind, typed).text == want


def test_a_thing_done_once_since_a_date_is_still_left_out() -> None:
    with pytest.raises(Unusable, match="needs “have”"):
        read_line("strengths", "I licensed the grader since 2022")


@pytest.mark.parametrize(
    "typed",
    [
        "she's learning Spanish, we switched to English halfway",
        "we played the Kreisler Liebesleid together, 1st read, went great",
    ],
)
def test_what_was_done_at_the_interview_is_no_discovery(typed: str) -> None:
    with pytest.raises(Unusable, match="at the interview"):
        read_line("rapport", typed)


def test_a_shared_past_is_still_a_discovery() -> None:
    assert read_line("rapport", "we grew up in the same town").text == (
        "we grew up in the same town"
    )
    said = read_line("rapport", "we both did diploma at UiTM Kota Kinabalu").text
    assert said == "we both did our diplomas at UiTM Kota Kinabalu"


def test_the_post_a_reader_of_english_can_read() -> None:
    assert short_position("Supervisor kas / Cashier Supervisor") == "Cashier Supervisor"
    assert short_position("RN / Charge Nurse") == "RN / Charge Nurse"


def test_a_unit_named_after_its_university() -> None:
    assert company("Iwate University, Global Center") == "Iwate University"
    assert company("University of Ghana, Legon Campus") == "the University of Ghana"


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a Polish or Czech post, as the German and Nordic ones: never "Dear Kierownik,"
        ("Kierowniczka Anna Nowak", "PL", "Anna"),
        ("Kierownik Regionu - Pani Beata Mazur", "PL", "Ms. Mazur"),
        ("Kierownik Regionu - Beata Mazur", "PL", None),
        ("Ředitelka Jana Nováková", "CZ", "Jana"),
        # "Maj" before a family name alone, outside the Nordic countries, is the rank
        ("Maj Mehmood", "PK", "Maj Mehmood"),
        # a given name, and a note that the surname was missed: the given name
        ("Marc-André (IT/systems) - didnt catch last name", "CA", "Marc-André"),
        ("Tom - didn't get surname", "GB", "Tom"),
        ("Registrar (name not caught)", "GB", None),
    ],
)
def test_greeting(name: str, country: str, want: str | None) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "") if want else found.ask, found


def _plan(path: str) -> afterview.Plan:
    return afterview.plan(afterview.load_interview(Path(__file__).parent / path))


def test_news_goes_to_one_who_judges_not_to_the_secretary() -> None:
    plan = _plan("late404/mineral-processing-lecturer-oskemen-ektu-five-panel-video.toml")
    told = [
        m.recipient
        for m in plan.messages
        if m.kind.value == "thank_you" and "Minerals Engineering" in m.body
    ]
    assert told and not any("secretary" in who for who in told)


def test_no_pitch_to_ones_own_manager() -> None:
    plan = _plan("late398/senior-dba-cherkasy-power-distribution-internal-onsite-four-offer.toml")
    (note,) = (m for m in plan.messages if m.kind.value == "thank_you" and "my boss" in m.recipient)
    assert "Patroni" not in note.body


def test_no_clear_picture_of_the_role_for_a_former_boss() -> None:
    plan = _plan("late404/camp-village-manager-onslow-gas-fifo-onsite-four-handwritten-offer.toml")
    (note,) = (
        m for m in plan.messages if m.kind.value == "thank_you" and "worked under" in m.recipient
    )
    assert "clear picture" not in note.body


@pytest.mark.parametrize(
    "name",
    [
        "youth panel - Aoibhe & Jack (both about 16)",
        "Young Inspectors (3 care experienced young people)",
    ],
)
def test_young_people_on_a_panel_get_a_card_never_a_message(name: str) -> None:
    assert Interviewer(name=name).chosen_medium.value == "handwritten"


def test_an_adult_who_works_with_young_people_is_no_pupil() -> None:
    assert not Interviewer(name="Youth panel coordinator - Ciara").pupil
    assert not Interviewer(name="Dave (Bristol area manager)").pupil


def test_a_change_of_status_in_shorthand_is_left_out() -> None:
    with pytest.raises(Unusable, match="change in shorthand"):
        read_line("topics", "EUSS late applications + pre-settled to settled")
