"""Greetings from the late245 to late248 reads: each rule, names it greets and names it must
leave alone (the rules of earlier reads are in test_names.py and test_names_late241_244.py)."""

from __future__ import annotations

import pytest

from afterview.names import greeting_name

_FAMILY_ONLY = "only a family name is recorded"
_AN_INITIAL = "only an initial of the family name is recorded"
_RESPECT = "a word of respect, not a title a letter uses: the family name and a title are needed"
_DESCRIBED = "no name is recorded, only a description"


@pytest.mark.parametrize(
    ("name", "country", "company", "want"),
    [
        # French "Cdt" (commandant) goes with the family name as typed, never "Dear Cdt,"
        ("Cdt Faouzi Mabrouk (capitainerie)", "TN", "", ("Cdt Mabrouk", "")),
        ("Capt. Ray Lafferty", "US", "", ("Capt. Lafferty", "")),  # not changed
        # a deacon's title goes with the family name, over a pet name too
        ("Deacon Harold Lomax", "US", "", ("Deacon Lomax", "")),
        ("Deacon Harold 'Skip' Lomax", "US-NJ", "", ("Deacon Lomax", "")),
        ("Deacon Harold 'Hal' Lomax", "US", "", ("Hal", "")),  # a short form: still the name
        ("Mr. Roberto 'Boy' Tan", "PH", "", ("Mr. Tan", "")),  # not changed
        # a courtesy title, a given name and the initial of the family name: the plan asks
        ("Mr Karim B. (ops manager, came late)", "MA", "", ("Mr Karim B.", _AN_INITIAL)),
        ("Ms Anna K. - HR", "GB", "", ("Ms Anna K.", _AN_INITIAL)),
        ("Mr. J. Smith", "US", "", ("Mr. Smith", "")),  # an initial of the given name: not changed
        ("Mr John Smith", "GB", "", ("Mr Smith", "")),  # not changed
        ("Ms. Deepa S (HR)", "IN", "", ("Ms. Deepa", "")),  # India: the father's initial
        ("Ms. Phonesavanh S.", "LA", "", ("Ms. Phonesavanh", "")),  # Laos: the given name used
        # the Religious of the Virgin Mary after a Sister's name; Filipino "Ma." (María) kept
        ("Sr. Ma. Luisa Dimaculangan, RVM", "PH", "", ("Sister Ma. Luisa", "")),
        ("Sr. Maria Luisa Santos, RVM", "PH", "", ("Sister Maria Luisa", "")),
        ("Sr. Mary Josephine Kowal, OSF", "US", "", ("Sister Mary Josephine", "")),  # not changed
        # Filipino "Nanay" and "Tatay" (an elder of a community) go with the given name
        ("Nanay Fely - weaver, coop president", "PH", "", ("Nanay Fely", "")),
        ("Tatay Ben", "PH", "", ("Tatay Ben", "")),
        ("Aling Nena", "PH", "", ("Aling Nena", "")),  # not changed
        # a family name alone, with a role label after it: the plan asks, never "Hi Halloran,"
        ("Halloran - finance, joined late", "US-OH", "", ("Halloran", _FAMILY_ONLY)),
        ("Pritchard - the facilitator w/ red lanyard", "GB", "", ("Pritchard", _FAMILY_ONLY)),
        ("Pat - warehouse volunteer", "GB", "", ("Pat", "")),  # a given name: not changed
        # Wolof "Papa" in Senegal and the Gambia opens a given name, a word of respect elsewhere
        ('Papa Malick "Pape" Diouf (back office, took notes)', "SN", "", ("Pape", "")),
        ("Papa Malick Diouf", "SN", "", ("Papa Malick", "")),
        ("Papa Demba Sow (RH)", "GM", "", ("Papa Demba", "")),
        ("Papa Malick Diouf", "KE", "", ("Papa Malick Diouf", _RESPECT)),  # not changed
        ("Mama Ngina", "KE", "", ("Mama Ngina", _RESPECT)),  # not changed
        # a person described, "dept" written out in the slot
        (
            "guy from training dept, didnt get his name",
            "MX",
            "",
            ("guy from training department", _DESCRIBED),
        ),
    ],
)
def test_late245_to_late248_rules(name, country, company, want) -> None:
    found = greeting_name(name, None, company, country)
    assert (found.name, found.ask) == want
