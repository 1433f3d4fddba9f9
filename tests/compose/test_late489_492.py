"""What the readers of late489 to late492 faulted (hotels and mountains in Switzerland,
Austria, Italy and Croatia; public service in Canada, Australia, New Zealand and Ireland;
software in Nigeria, Kenya, Egypt and South Africa; care in Japan, Korea, Singapore and Hong
Kong), fixed after that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

import pytest

from afterview.compose.composer import _unbracketed
from afterview.compose.parts import company, role
from afterview.compose.reading import read_line
from afterview.compose.reading.text import Unusable
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # a post that opens with its role, then the name ("Dear City,")
        ("Manager City Strategy - Fergus O'Dwyer", "AU", "Fergus"),
        # "Chief" opening a post, a word of it written short ("Dear Chief Bisola,")
        ("Chief Infra Engineer Bisola", "NG", "Bisola"),
        # two titled names in brackets after the post ("Dear Recreation,")
        ("Recreation volunteers (Mrs. Ishii & Mrs. Ueda)", "JP", "Mrs. Ishii and Mrs. Ueda"),
        # must not change
        ("Chief Emeka Okafor", "NG", "Chief Okafor"),
        ("Chief Steward Kostas", "GR", "Kostas"),
        ("CBSA Recruitment - Ontario Region", "CA", "CBSA Recruitment Team"),
        ("Resourcing Team - Port Talbot", "GB", "Resourcing Team"),
        ("Nur Aisyah binti Kamaruddin (HR, Abu Dhabi office)", "AE", "Nur Aisyah"),
        ("M. Didier Lallement, chef de culture", "FR", "Mr. Lallement"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Ante from marketing? or Anto", "HR"),  # "Hi Ante", when the notes doubt it
        ("Kierownik Regionu - Beata Mazur", "PL"),  # must not change: a unit's head asks
        ("domnul Vasile (șef de tură)", "RO"),  # must not change: Vasile may be his surname
    ],
)
def test_the_plan_asks(name: str, country: str) -> None:
    assert greeting_name(name, None, "", country).ask


def test_the_employer_in_a_sentence() -> None:
    assert company("Canada Energy Regulator") == "the Canada Energy Regulator"
    assert company("Ofgem") == "Ofgem"  # must not change


def test_both_genders_of_a_spanish_post_are_named_once() -> None:
    # Harper (and a reader) took "Fiscalizador/a Auditor/a" for "... a Auditor"
    assert role("Fiscalizador/a Auditor/a") == "the Fiscalizador Auditor role"
    assert role("N/A Technician") == "the N/A Technician role"  # must not change


def test_a_job_board_is_no_part_of_the_reference() -> None:
    assert _unbracketed("Indeed - KS-REC-04") == "KS-REC-04"  # "(Indeed - KS-REC-04)"
    assert _unbracketed("REQ-2207 (Item 4)") == "REQ-2207, Item 4"  # must not change


def test_a_pay_supplement_is_never_the_highlight() -> None:
    with pytest.raises(Unusable):
        read_line("topics", "night supplement +25%")  # "your insight into night supplement"


def test_the_maori_article_is_not_doubled() -> None:
    assert read_line("topics", "Te Tiriti partnership").text == "Te Tiriti partnership"
