"""What the readers of late505 to late508 faulted (trades in the US, Canada, Australia and New
Zealand; public service in Germany, Sweden, Finland and Estonia; start-ups in India,
Indonesia, Vietnam and the Philippines; medicine and science in Egypt, Kenya, Ghana and South
Africa), fixed after that read: each with what must change and, beside it, what must not."""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview
from afterview.compose.reading import read_line, why_left_out
from afterview.names import greeting_name

HERE = Path(__file__).parent


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        ("Ostaz Ashraf (HR)", "EG", "Ostaz Ashraf"),  # "Hi Ostaz,"
        ("Kavya Iyer, Sr. CSM (peer interview)", "IN", "Kavya"),  # "Dear Sr. Kavya Iyer,"
        ("Fr. Dr. Sabine Kowalczyk (Bereichsleitung)", "DE", "Dr. Kowalczyk"),  # "Ms. ..."
        ("Schwester Irmgard (Diakonisse, 80ish, ran the welcome)", "DE", "Sister Irmgard"),
        # must not change
        ("García, Sr. Juan", "ES", "Sr. García"),
        ("Fr. Pöhlmann (Kassenleitung)", "DE", "Ms. Pöhlmann"),
        ("Fr. Dr. Anthony Okoro", "NG", "Fr. Okoro"),
        ("Schwester Monika", "DE", "Monika"),
        ("Dela Mensah", "GH", "Dela"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Dela Paz (growth lead) - didnt get first name", "PH"),  # "Hi Dela,"
        ("Okafor (didn't catch first name)", "NG"),  # must not change
    ],
)
def test_the_plan_asks(name: str, country: str) -> None:
    assert greeting_name(name, None, "", country).ask


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        (
            "how old hotel owners in Agra think abt OTAs",
            "how old hotel owners in Agra think about OTAs",
        ),
        ("migrants in U25: Berufssprachkurse, Anerkennung of school certs", "migrants under 25"),
        ("flutter integration tests", "Flutter integration tests"),
        ("data privacy act for driver data", "the Data Privacy Act for driver data"),
        ("coaching the U10s", "coaching the under-10s"),  # was "the under-10"
        # must not change
        ("union talks at Chakan plant", "union talks at the Chakan plant"),
        ("the U18 squad", "the under-18 squad"),
        ("aircraft flutter testing", "aircraft flutter testing"),
    ],
)
def test_topic(raw: str, want: str) -> None:
    assert read_line("topics", raw).text == want


@pytest.mark.parametrize(
    "raw",
    [
        "RRSP match",
        "TRS retirement",
        "van + fuel card",
        "ski pass and family passes",
        "Deutschlandticket Zuschuss",
        "moving down from Auckland",
    ],
)
def test_a_perk_or_a_move_is_never_the_highlight(raw: str) -> None:
    assert "pay or conditions" in (why_left_out("topics", raw) or "")


def test_an_exam_station_is_the_candidates_exercise() -> None:
    assert read_line("topics", "ECG station - WPW vs. antidromic AVRT").shape == "exercise"


def test_an_admin_panel_is_no_administration() -> None:
    raw = "moving the old jQuery admin to React"
    assert read_line("strengths", raw).text.endswith("the old jQuery admin panel to React")


def test_a_former_registrar_is_known() -> None:
    from afterview.model import Interviewer
    from afterview.model.acquaintance import knows

    person = Interviewer(name="Dr Ravi Naidoo (was my registrar at Addington in 2023)")
    assert knows(person, False)
    assert not knows(Interviewer(name="Dr Ravi Naidoo (registrar)"), False)  # unchanged


def test_a_subject_opens_with_a_capital() -> None:
    path = (
        HERE / "late506" / "planeeringuspetsialist-rakvere-linnavalitsus-video-three-withdrawn.toml"
    )
    subjects = [m.subject for m in afterview.plan(afterview.load_interview(path)).messages]
    assert subjects and all(s[:1].isupper() for s in subjects if s)
