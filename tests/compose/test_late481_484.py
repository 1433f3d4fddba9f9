"""What the readers of late481 to late484 faulted (plants in Mexico, Vietnam, Thailand and
Turkey; aviation and travel in Kenya, Ethiopia, Greece and Portugal; social work in Scotland,
Wales, Canada and Australia; universities in Japan, Korea, Taiwan and Hong Kong), fixed after
that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.parts import company
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # her section after her titled name ("Dear Ms. Jinji-ka,")
        ("Ms. Arakawa, Jinji-ka (personnel)", "JP", "Ms. Arakawa"),
        # "Sr" before a post in capitals is Senior ("Dear Sr Ppo,")
        ("Sr PPO Jasmine Whitebird", "CA", "Jasmine"),
        # what a shop floor calls a trainer ("Hi Hoca,")
        ("Hakan 'Hoca' Yurt", "TR", "Hakan"),
        # "da Graça" is of her given name ("Dear Dra. da Graça Sousa e Melo,")
        ("Dra. Maria da Graça Sousa e Melo - RH", "PT", "Dra. Sousa e Melo"),
        # an Ethiopian Orthodox teacher, with his name ("Hi Memhir,")
        ("Memhir Tesfa (church scholar, did the history quiz)", "ET", "Memhir Tesfa"),
        # the two the brackets name, by the names they go by ("Dear QC team,")
        ("QC team (Ploy, Mek)", "TH", "Ploy and Mek"),
        ("depo şefi Murat", "TR", "Murat"),
        # must not change
        ("Prokurist Ing. Karl Wimmer, Risikomanagement", "AT", "Ing. Wimmer"),
        ("Dr. Weber, Anna", "DE", "Dr. Weber"),
        ("Sr Mary Agnes", "IE", "Sister Mary Agnes"),
        ('Wiremu "Bro" Te Kani - owner', "NZ", "Wiremu"),
        ("Dra. Maria de Fátima Sebastião", "PT", "Dra. Sebastião"),
        ("Dra. Maria da Conceição dos Santos Pires", "PT", "Dra. Pires"),
        ("Barista panel (Ari, Freyja, Dagur)", "IS", "Ari, Freyja and Dagur"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


def test_hm_service_takes_no_article() -> None:
    # "at the HM Prison & Probation Service"
    assert company("HM Prison & Probation Service") == "HM Prison & Probation Service"
    assert company("National Probation Service") == "the National Probation Service"


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        ("Jawoyn country and the river", "Jawoyn Country and the river"),  # "the Jawoyn country"
        ("receiving inspection area", "the receiving inspection area"),  # "receiving the ..."
        ("sewing line layout", "the sewing line layout"),
        ("testing new builds", "testing new builds"),  # must not change
        ("loyalty", "loyalty"),  # "our conversation about the loyalty"
        ("loyalty programme", "the loyalty programme"),  # must not change
    ],
)
def test_topic(topic: str, said: str) -> None:
    assert read_line("topics", topic).text == said


def test_the_candidates_own_lecture_is_an_exercise() -> None:
    # "I appreciated your insight into the mock lecture on ankle sprain rehabilitation"
    assert read_line("topics", "the mock lecture on ankle sprain rehab").shape == "exercise"


@pytest.mark.parametrize(
    ("news", "said"),
    [
        ("Finished the CMRP exam on Dec 5, result: passed", "I passed the CMRP exam"),
        ("sat the NEBOSH exam, passed", "I passed the NEBOSH exam"),
    ],
)
def test_an_exam_passed_is_said_passed(news: str, said: str) -> None:
    assert read_line("new_information", news).text == said


@pytest.mark.parametrize(
    "news",
    [
        "my HSK 4 exam is scheduled for Dec 13",  # "my HSK 4 exam is scheduled for."
        # "... can be done at KRYS if they take me", to the CEO of KRYS
        "CDU confirmed my placement for semester 1 can be done at KRYS if they take me",
    ],
)
def test_news_that_is_not_news(news: str) -> None:
    with pytest.raises(Unusable):
        read_line("new_information", news)


def test_a_length_before_a_thing_in_the_plural_takes_no_article() -> None:
    # "I did a 10-day coach circuits ..."
    assert read_line("answers", "did 10-day coach circuits").text == "I did 10-day coach circuits"
    assert read_line("answers", "did 40-hour course").text == "I completed a 40-hour course"


def _notes_to(path: Path, recipient: str) -> list[str]:
    plan = afterview.plan(afterview.load_interview(path))
    return [m.body for m in plan.messages if m.recipient == recipient]


def test_a_card_to_ones_own_line_manager_thanks_her_support() -> None:
    # "I am very excited about the possibility of joining the team", to her own line manager
    path = (
        HERE
        / "late483"
        / "senior-practitioner-bridgend-mash-internal-promotion-four-panel-overdue.toml"
    )
    (card,) = _notes_to(path, "Rhian Bevan (my line manager)")
    assert "joining" not in card and "speak again" not in card and "week" not in card


def test_a_minor_on_the_panel_is_not_asked_to_keep_in_touch() -> None:
    # "I would be glad to stay in touch", to a 16-year-old youth forum rep
    path = HERE / "late483" / "youth-worker-aberdare-rct-onsite-three-handwritten-withdrawn.toml"
    (card,) = _notes_to(path, "Kayleigh - youth forum rep (she's 16)")
    assert "in touch" not in card


def test_one_who_joined_by_video_is_not_thanked_for_a_welcome() -> None:
    # "Thank you for the warm welcome on Thursday", to a dean on Zoom from Osaka
    path = (
        HERE / "late484" / "lecturer-physical-therapy-tokushima-five-panel-dean-video-pending.toml"
    )
    (note,) = _notes_to(path, "Dean Okabe (joined on Zoom from Osaka)")
    assert "welcome" not in note
