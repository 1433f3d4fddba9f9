"""What the readers of late509 to late512 faulted (sales in Southern Africa; transport in
Ireland, Scotland, Norway and Iceland; research in Germany, the Netherlands, Switzerland and
Denmark; police, customs and civil defence in Brazil, Argentina, Chile and Uruguay), fixed
after that read: each with what must change and, beside it, what must not."""

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
        ("Subcomisario Pereyra (director de la unidad?)", "UY", "Subcomisario Pereyra"),
        ("Personaldienst WSL", "CH", "HR Team"),  # "Dear Personaldienst,"
        ("Sigríður Björk Einarsdóttir, framkvæmdastjóri", "IS", "Sigríður Björk"),
        ("Baumgartner, Helene (Prof., director of the division)", "DE", "Prof. Baumgartner"),
        ("Student rep - Jonas, 5th sem EIT", "DE", "Jonas"),  # a slot
        ("Lic. en Psicología Noelia Benítez", "AR", "Lic. Benítez"),  # "Lic. Noelia"
        ("Crio. Mayor Rubén 'Chiquito' Da Silva", "UY", "Crio. Da Silva"),  # "Hi Chiquito,"
        ("Tenente Aline", "BR", "Tenente Aline"),  # a rank with her given name, as Brazil says it
        # must not change
        ("Kamau, Wanjiru (Dr.)", "KE", "Dr. Kamau"),
        ("Jones, Sam (Mgr., ops)", "GB", "Sam"),
        ("Lic. Noelia Benítez", "AR", "Lic. Benítez"),
        ('Capt. "Robbo" Robertson', "AU", "Robbo"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Bashi Chanda (IT guy, ran the zoom)", "ZM"),  # "Hi Bashi,": father of Chanda
        ("Seção do Pessoal Civil (SPC)", "BR"),  # "Dear Seção,"
        ("ST Rosângela - secretária da banca", "BR"),  # "Dear ST,"
        ("JP Santos", "PH"),  # must not change
    ],
)
def test_the_plan_asks(name: str, country: str) -> None:
    assert greeting_name(name, None, "", country).ask


def test_a_question_of_theirs_keeps_their_our_as_your() -> None:
    asked = "Which of our packages would you push to a family of 5 from Joburg?"
    assert read_line("questions", asked).text.startswith("which of your packages I would push")
    assert read_line("questions", "Which KPIs would you track first?").text == (
        "which KPIs I would track first"  # must not change
    )


def test_a_task_they_set_is_no_conversation() -> None:
    asked = "Listen to this recording - what did the agent do wrong?"
    assert "task" in (why_left_out("questions", asked) or "")


def test_a_copy_of_a_paper_is_no_news() -> None:
    news = "I got my RE5 certificate reprinted from the FSCA portal, can send a copy"
    assert "no news" in (why_left_out("new_information", news) or "")


def test_their_child_beside_the_candidates_family_is_left_out() -> None:
    rapport = "she has a daughter at the same creche as my nephew"
    assert "your family" in (why_left_out("rapport", rapport) or "")
    assert why_left_out("rapport", "we both went to the same school as kids") is None


def test_a_lab_shown_on_a_call_is_a_tour() -> None:
    found = read_line("topics", "he showed the lab on the webcam")
    assert (found.shape, found.text) == ("tour", "the lab")


def _messages(path: Path) -> list[afterview.PlannedMessage]:
    return list(afterview.plan(afterview.load_interview(path)).messages)


def test_an_agency_recruiter_is_not_wished_well_with_the_clients_team() -> None:
    path = (
        HERE
        / "late509"
        / "10-candidate-property-practitioner-knysna-agency-video-two-linkedin-rejected.toml"
    )
    notes = [m for m in _messages(path) if m.recipient.startswith("Hannelie")]
    wished = ("everyone at Garden Route", "the team at Garden Route", "colleagues at Garden")
    assert notes and not any(w in m.body for m in notes for w in wished)


def test_who_recorded_the_meeting_is_thanked_for_sitting_in() -> None:
    path = HERE / "late512" / "analista-riesgo-copiapo-senapred-video-five-withdrawn.toml"
    notes = [m for m in _messages(path) if "grababa" in m.recipient]
    assert notes and all("interviewing me" not in m.body for m in notes)
    assert all("sitting in" in m.body or "joining the panel" in m.body for m in notes)
