"""What the blind reads of late381 to late388 found (start-ups in North America, Israel and
Estonia; US hospitals; retail and warehouses in the UK and Ireland; research in German-speaking
and Nordic Europe; government in the US and Canada; audit and tax in the Gulf, Egypt, South
Africa and Nigeria; agencies in Brazil and southern Europe; trades in Poland, Czechia, Ukraine
and the Baltic states): each with what must change and, beside it, what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.parts import company, role
from afterview.compose.reading import read_line
from afterview.compose.reading.fields.topic import read_topic
from afterview.compose.reading.text import Unusable, _expand, _months
from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # as before: a short form of the name, or a name of its own, is the name
        ('Patricia "Trish" Buckley', "IE", "Trish"),
        ('Wang "Kevin" Wei', "CN", "Kevin"),
        # "said just Ingrid": the name she asked to be called, over her title
        ("Prof. Ingrid Håkansson (main supervisor, said just Ingrid)", "SE", "Ingrid"),
        ("Tom Berg (said just fine)", "US", "Tom"),
        # letters after a Nigerian name are no family name ("Dear Alhaji Mni,")
        ("Alhaji Ibrahim Bello mni (Chairman)", "NG", "Alhaji Bello"),
        # Estonian "pr" and "hr": proua and härra, never a French professor
        ("pr Kadri Lepik - personal", "EE", "Ms. Lepik"),
        ("hr Aivar Tamm (hooldusjuht)", "EE", "Mr. Tamm"),
        ("HR Kadri Lepik", "EE", None),
        ("Pr Jean Dupont", "FR", "Prof. Dupont"),
        # a team in another language, by its people ("Hi Equipo,")
        ("Equipo de Marca (Lucía & Andrés)", "ES", "Lucía and Andrés"),
        ("Care staff reps (Jolene & Fraser)", "GB", "Jolene and Fraser"),
        # a label, never a given name ("Dear HY,", "Hi Secretariado,")
        ("HY rekrytointi", "FI", None),
        ("Secretariado do júri - took notes", "PT", None),
        ("Maria da Silva", "BR", "Maria"),
        ("Jan-Erik fackligt ombud", "SE", "Jan-Erik"),
        # a team whose one name is in doubt asks ("Dear city HR Team,")
        ("city HR (Shauna?)", "US", None),
        # a place in brackets is no person ("Hi Ottawa,"); the given name caught last is
        ("Chief of Staff (Ottawa) - joined on Teams, Priya something", "CA", "Priya"),
        ("Head of DS (Ngozi)", "NG", "Ngozi"),
        ("Chief of Staff", "CA", None),
        ("Secretary to the board, lady in green, didn't get name", "NG", None),
        # the given name caught last, but not one in doubt or a family name
        ("UNHCR guy, Tom something?", "JO", None),
        ("the guy from Singapore office on zoom, Tan something", "HK", None),
        ("Jugah anak Nyandang", "MY", "Jugah"),
        ("deputy from city council (Kuzmenko?)", "UA", None),
        # late389-late396: labels and posts in other languages, and names written family first
        ("Tameka w/ HR", "US", "Tameka"),
        ("Francesca e Omar (operatori PCC)", "IT", "Francesca and Omar"),
        ("Sousa e Silva", "PT", "Sousa"),
        ("HR - Sanne de Wit", "NL", "Sanne"),
        ("Garda Youth Diversion Project - JLO Sgt. Mick Tierney", "IE", "Sgt. Tierney"),
        ("Hoofdverpleegkundige Koen", "BE", "Koen"),
        ("Azubi-Vertreterin Lena", "DE", "Lena"),
        ("Capo deposito Alfio Russo", "IT", None),
        ("Infirmière chef - Nadia ?", "BE", None),
        ("Zuster Godelieve", "BE", "Sister Godelieve"),
        ("Dr. Kaggwa Fred (station manager)", "UG", None),
        ("Eng. Atinga Gabriel", "GH", None),
        ("Mr. Issahaku Mahama - HR", "GH", "Mr. Mahama"),
        ("Hinterholzer Sepp (Chef)", "AT", None),
        ("Eline v.d. Berg", "NL", "Eline"),
    ],
)
def test_greeting(name: str, country: str, want: str | None) -> None:
    found = greeting_name(name, country=country)
    if want is None:
        assert found.ask, found
    else:
        assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("employer", "want"),
    [
        (
            "New Mexico Children, Youth & Families Dept.",
            "the New Mexico Children, Youth & Families Department",
        ),
        (
            "Constituency Office of the Hon. Dominique Arsenault-LeBlanc, MP",
            "the Constituency Office",
        ),
        ("Office of Senator Jane Doe", "the Office of Senator Jane Doe"),
        ("Office of the Auditor General", "the Office of the Auditor General"),
    ],
)
def test_employer(employer: str, want: str) -> None:
    assert company(employer) == want


@pytest.mark.parametrize(
    ("position", "want"),
    [
        (
            "PhD candidate: real-time RFI mitigation for LOFAR2.0",
            "the PhD candidate position on real-time RFI mitigation for LOFAR2.0",
        ),
        ("Consumer Safety Inspector GS-1862-7/9", "the Consumer Safety Inspector role"),
        ("Operator CNC 5-osi / 5-axis CNC Operator", "the 5-axis CNC Operator role"),
        ("Platform / Site Reliability Engineer", "the Platform / Site Reliability Engineer role"),
        ("Fire Inspector / Deputy Fire Marshal", "the Fire Inspector / Deputy Fire Marshal role"),
    ],
)
def test_position(position: str, want: str) -> None:
    assert role(position) == want


@pytest.mark.parametrize(
    ("typed", "want"),
    [
        ("the new Nigeria Tax Act", "the new Nigeria Tax Act"),
        ("scrap rate target below 1.5%", "the scrap rate target"),
        ("API for channel managers", "the API for channel managers"),
        ("PointClickCare API", "the PointClickCare API"),
        ("deal walk-thru", "the deal walk-through"),
        ("live debug", "live debugging"),
        # as before
        ("Epic Prelude", "Epic Prelude"),
        ("APIs", "APIs"),
    ],
)
def test_topic(typed: str, want: str) -> None:
    assert read_topic(typed).text == want


@pytest.mark.parametrize(
    "typed",
    [
        "routes Kutno -> Duisburg / Venlo",
        "based Kalacha, 3 wks in 1 out",
        "loop logistics",
        "the written case logistics",
        "salaried vs hourly",
        "the state car policy",
        "bursary payback",
        "share code and payslips via app",
    ],
)
def test_topic_left_out(typed: str) -> None:
    with pytest.raises(Unusable):
        read_topic(typed)


def test_a_country_code_only_before_a_country_s_own_word() -> None:
    assert _expand("adapting to SG culture") == "adapting to Singapore culture"
    assert _expand("their AU client projects") == "their Australian client projects"
    # "SE" is sales engineering and "JP" a Justice of the Peace (late381, late385 readers)
    assert _expand("the SE team structure") == "the SE team structure"
    assert _expand("evening JP courts") == "evening JP courts"


def test_a_day_written_short_after_on_a() -> None:
    from afterview.compose.reading.text import clean

    assert clean("busy bar on a Sat") == "busy bar on a Saturday"


def test_the_sea_in_a_name_is_no_month() -> None:
    assert _months("my Semana do Mar photo series") == "my Semana do Mar photo series"
    assert _months("due in Mar") == "due in March"


def test_lines_about_the_candidate_in_the_right_tense() -> None:
    said = read_line("answers", "drove 40 min each way to my current job for 2 years")
    assert said.text.startswith("I have driven 40 minutes each way")
    said = read_line("strengths", "Reduced CAUTIs on 2nd floor")
    assert "on the second floor" in said.text


def _plan(path: str) -> afterview.Plan:
    return afterview.plan(afterview.load_interview(Path(__file__).parent / path))


def test_a_paper_issued_is_never_received_back() -> None:
    plan = _plan("late388/cnc-5axis-operator-mielec-aerostructures-six-panel-pending.toml")
    said = " ".join(m.body for m in plan.messages)
    assert "SEP E1 certificate" in said and "certificate back" not in said


def test_a_shadow_shift_is_never_walked_through_by_the_candidate() -> None:
    plan = _plan("late382/pcu-rn-nights-cookeville-tn-six-panel-shadow-shift-offer.toml")
    assert not any("walk you through the shadow shift" in m.body for m in plan.messages)
