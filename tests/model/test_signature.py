"""The candidate's name as a note is signed."""

import pytest

from afterview.model.interview import Candidate


@pytest.mark.parametrize(
    ("typed", "signed"),
    [
        ("Bautista, Rafael", "Rafael Bautista"),  # "Last, First", as a form asks for it
        ("Lee, Ji-woo", "Ji-woo Lee"),
        ("Van der Berg, Anna Maria", "Anna Maria Van der Berg"),
        ("Rafael Bautista", "Rafael Bautista"),
        ("Hannah Zielinski, CCP", "Hannah Zielinski, CCP"),  # letters after the name stay
        ("Ana Ruiz, PhD", "Ana Ruiz, PhD"),
        ("Smith, John Jr.", "Smith, John Jr."),  # not sure which part is which: as typed
        ("Alejandra (Ali) Montoya-Fisk", "Alejandra Montoya-Fisk"),  # a name she goes by
        ('Robert "Bobby" Nakashima', "Robert Nakashima"),
        # typed in lower case in haste: signed with its capitals, its particles kept low
        ("marcus villanueva", "Marcus Villanueva"),
        ("ana de la cruz", "Ana de la Cruz"),
        # one's own title is never signed
        ("Dr. Aoife Byrne", "Aoife Byrne"),
        ("Dr Aoife Byrne", "Aoife Byrne"),
        ("Drew Byrne", "Drew Byrne"),
    ],
)
def test_signs_the_name_as_it_is_said(typed: str, signed: str) -> None:
    assert Candidate(name=typed).signature == signed
