"""What the readers of the unseen late433 to late436 faulted (logistics, nursing, teaching in
East Asia, energy and mining), fixed after that read: each with what must change and, beside
it, what must not."""

from __future__ import annotations

import re

import pytest

import afterview
from afterview.model import Kind
from afterview.names import greeting_name

from scenarios import scenario


@pytest.mark.parametrize(
    ("name", "country", "want"),
    [
        # "del Pilar" is hers: a given name of devotion ("Dear Ing. del Pilar Sánchez Vega,")
        ("Ing. Rocío del Pilar Sánchez Vega", "PE", "Ing. Sánchez"),
        ("Dra. Ana de los Ángeles Torres Ruiz", "CL", "Dra. Torres"),
        ("Rocío del Pilar Sánchez Vega", "PE", "Rocío del Pilar"),
        ("Ing. Juan Pérez de la Fuente", "MX", "Ing. Pérez"),  # a family name's particle
        ("Ing. Raúl Enrique De la O Chávez", "MX", "Ing. De la O"),
        # "pan" before one family name, then a post: Mr. ("Dear pan Dvořák,")
        ("pan Dvořák - dispecink", "CZ", "Mr. Dvořák"),
        ("pani Kowalska - kadry", "PL", "Ms. Kowalska"),
        ("pani Marta - HR", "PL", "Marta"),  # before a given name, politeness left off
        # a word of respect before the one name caught stays with it ("Hi Tee,")
        ("Ajarn Tee (lab mgr) - didn't get surname", "TH", "Ajarn Tee"),
        ("head chef Jussi (didn't get surname)", "FI", "Jussi"),
    ],
)
def test_greeting(name: str, country: str, want: str) -> None:
    found = greeting_name(name, None, "", country)
    assert (found.name, found.ask) == (want, "")


def test_whoever_referred_the_candidate_is_thanked_for_it_after_a_withdrawal_too() -> None:
    people = [{"name": "Rusty Kowalchuk - my old crew lead, referred me", "email": "r@x.example"}]
    for i in range(6):
        interview = scenario(
            panel=1,
            interviewers=people,
            candidate={"name": f"C {i}"},
            outcome={"result": "withdrawn", "at": "2026-11-20"},
        )
        (note,) = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
        assert "withdrawn" in note.body and _FOR_THE_REFERRAL.search(note.body), note.body


_FOR_THE_REFERRAL = re.compile(r"put my name forward|recommending me|putting me forward")


def test_a_status_inquiry_to_ones_own_employer_never_hopes_things_go_well_there() -> None:
    seen = 0
    for i in range(30):
        interview = scenario(
            panel=2,
            candidate={"name": f"C {i}"},
            application={"internal": True},
            decision="2026-11-20",
        )
        for m in afterview.plan(interview).messages:
            if m.kind is Kind.STATUS_INQUIRY:
                seen += 1
                assert "going well at" not in m.body, m.body
    assert seen
