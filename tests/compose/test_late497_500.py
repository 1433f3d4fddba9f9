"""What the readers of the unseen sets late497 to late500 faulted (food and restaurants in the
US, Mexico, Spain and Peru; ports and ships in Greece, Cyprus, Malta and Norway; office work
in Ireland, the US, the Philippines and India; faith and community work in the UK, Nigeria,
Malaysia and the US), written at the start of the stop and read at its end, then fixed: each
with what must change and, beside it, what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.reading import read_line, why_left_out
from afterview.names import greeting_name

HERE = Path(__file__).parent
SPARKHILL = (
    HERE
    / "late500"
    / "community-centre-manager-sparkhill-volunteer-trustees-seven-panel-rejected.toml"
)


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        ("Dña. Remedios Gallardo Barroso (CEO grupo)", "ES", "Doña Remedios"),  # "Dña. Gallardo"
        ("Patty Nguyen-Sato, Communications", "US", "Patty"),  # "Hi Communications,"
        ("Principal Ray 'Coach' Delgado (Centennial HS)", "US", "Principal Delgado"),
        # must not change
        ("dna Rusu", "RO", "Ms. Rusu"),
        ("Smith, John", "GB", "John"),
        ("Tom Weis, Head of Digital", "DE", "Tom"),
        ("Principal Ray Delgado", "US", "Principal Delgado"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("old men's lunch club Tues + Thurs", "the old men's lunch club"),
        # must not change
        ("the Friday market", "the Friday market"),
    ],
)
def test_topic(raw: str, want: str) -> None:
    assert read_line("topics", raw).text == want


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("topics", "the lease w/ Birmingham City Council runs out 2028"),
        ("topics", "travel Trondheim -> Sistranda paid"),
        ("topics", "practical test date?"),
        (
            "new_information",
            "Got my FM3/residente temporal card approved on Dec 1 - can work legally in MX from now",
        ),
    ],
)
def test_left_out(key: str, raw: str) -> None:
    assert why_left_out(key, raw)


def _messages(path: Path) -> list[afterview.PlannedMessage]:
    return list(afterview.plan(afterview.load_interview(path)).messages)


def test_an_agency_recruiter_of_a_brand_is_not_wished_well_with_the_client() -> None:
    path = HERE / "late499" / "office-manager-limerick-engineering-agency-onsite-five-rejected.toml"
    notes = [m for m in _messages(path) if "Sigmar" in m.recipient]
    assert notes and not any("everyone at Shannonside" in m.body for m in notes)


def test_a_forum_member_is_not_thanked_for_explaining_the_role() -> None:
    # the pair read found it new since the start of the stop; the row is gone
    notes = [m for m in _messages(SPARKHILL) if "Balsall Heath" in m.recipient]
    assert notes and not any("explaining the role" in m.body for m in notes)


def test_no_note_exchanges_views() -> None:
    path = HERE / "late497" / "family-restaurant-cook-tepic-marisqueria-onsite-five-offer.toml"
    assert not any("exchange views" in m.body for m in _messages(path))


def test_a_seventeen_year_old_is_not_asked_to_speak_again_soon() -> None:
    # read aloud at the end of the stop: "I hope to speak with you soon", to a youth forum's rep
    notes = [m for m in _messages(SPARKHILL) if "Ayaan (17)" in m.recipient]
    assert notes and not any("speak with you soon" in m.body for m in notes)
