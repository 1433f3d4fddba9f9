"""A greeting by given name greets a given name: a word no list knows as one (a post in the
language of the place, a label, a family name typed alone) makes the plan ask instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.names import Greeting, greeting_name

DATA = Path(__file__).parents[2] / "src/afterview/compose/data/given_names.txt"


@pytest.mark.parametrize(
    ("name", "slot"),
    [
        # a family name typed alone: "Hi Verhage," greets a surname as a first name
        ("Verhage", "Verhage"),
        ("Ozoliņš", "Ozoliņš"),
        ("Ssali (welder foreman)", "Ssali"),
        ("Quirós (seguridad / BASC)", "Quirós"),
        # a post of the place's language before a whole name: never "Hi Verkmeister,"
        ("Verkmeister Jonas Weber", "Verkmeister Jonas Weber"),
        ("Capataz Rubén Ortiz", "Capataz Rubén Ortiz"),
        ("Bokhållare Anna Lind", "Bokhållare Anna Lind"),
    ],
)
def test_a_word_no_list_knows_as_a_given_name_asks(name, slot):
    found = greeting_name(name)
    assert found.ask and "no given name Afterview knows" in found.ask, found
    assert found.slot == f"[how to address {slot}]"


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Sipho Dlamini", "Sipho"),  # given names of many places are in the list
        ("Thandeka (front desk)", "Thandeka"),
        ("Aigerim Nurlanovna", "Aigerim Nurlanovna"),  # a father's name after the given name
        ("Naidoo, Kershnee", "Kershnee"),  # "Last, First" says which is the given name
        ("Oyuntsetseg (Oyuka)", "Oyuka"),  # the name used, in brackets
        ("Vaine T.", "Vaine"),  # a given name, then the initial of the family name
        ("Jugah anak Nyandang", "Jugah"),  # Iban: "anak", child of
        ("Kantibhai (owner)", "Kantibhai"),  # Gujarati "-bhai" joined to "Kanti"
        ("P'Bee (ECD)", "P'Bee"),  # Thai "P'" before "Bee"
        ("Lars & Ingrid Halvorsen", "Lars and Ingrid"),
        ("Mary-Kate Olsen", "Mary-Kate"),
        ("Þórður Magnússon", "Þórður"),  # a letter the list does not fold: not judged
        ("Ольга Смирнова", "Ольга"),  # another script: not judged
        ("Orchesterbüro", "Orchesterbüro"),  # an office, greeted as one
    ],
)
def test_a_known_or_marked_given_name_is_greeted(name, want):
    found = greeting_name(name)
    assert found == Greeting(want), found


def test_a_salutation_in_the_file_wins():
    assert greeting_name("Verhage", salutation="Mr. Verhage").name == "Mr. Verhage"


def _sample_of_the_list() -> list[str]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    names = [line for line in lines if line and not line.startswith("#")]
    return names[:: len(names) // 400]  # 400 names from across the alphabet


@given(st.sampled_from(_sample_of_the_list()), st.sampled_from(["Okafor", "Lindqvist", "Moreau"]))
def test_every_listed_given_name_before_a_family_name_is_greeted_by_it(given_name, family):
    name = f"{given_name.capitalize()} {family}"
    found = greeting_name(name)
    assert "no given name Afterview knows" not in found.ask, found
