"""Greetings from the late249 to late252 reads: each rule, names it greets and names it must
leave alone (the rules of earlier reads are in test_names.py and test_names_late245_248.py)."""

from __future__ import annotations

import pytest

from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "company", "want"),
    [
        # a Sri Lankan monk: the monastic name before "Thero", never "Dear Ven. Thero,"
        ("Ven. Kalutara Dhammaloka Thero", "LK", "", ("Ven. Dhammaloka Thero", "")),
        ("Venerable Walpola Rahula Thero", "LK", "", ("Ven. Rahula Thero", "")),
        ("Ven. Dhammaloka Thero", "LK", "", ("Ven. Dhammaloka Thero", "")),  # not changed
        # a post joined with hyphens before a titled name: the title and the family name
        ("Pharmacist-in-charge Mr. Joseph Mathew", "QA", "", ("Mr. Mathew", "")),
        ("Officer-in-Charge Dr. Mei Lim", "SG", "", ("Dr. Lim", "")),
        ("Mr. Joseph Mathew", "QA", "", ("Mr. Mathew", "")),  # not changed
        # a post of words, then a titled name in brackets: the titled name
        ("Dean of Science (Dr. Ahmadi)", "CA", "", ("Dr. Ahmadi", "")),
        ("Chief Nurse (Mrs J. Haddow)", "GB", "", ("Mrs Haddow", "")),  # not changed
        # a post before a dash, a given name after it: the given name
        ("Store Leader - Becca Lindahl", "US-MN", "", ("Becca", "")),
        ("Sous - Bex", "CA-BC", "", ("Bex", "")),
        ("Yard foreman - Dai", "GB-WLS", "", ("Dai", "")),
        ("Talent team - Jess (booked the call)", "AU-SA", "", ("Jess", "")),
        ("Store Mgr - Rhonda Kuipers", "CA", "", ("Rhonda", "")),  # not changed
        # a post of two words, then one common given name
        ("Area Engineer Con", "IE", "", ("Con", "")),
        ("Area Manager Kowalczyk", "GB", "", ("Kowalczyk", "only a family name is recorded")),
        # a Norwegian head of department before the name: the given name, never the post
        ("Instituttleder Håvard Solberg", "NO", "", ("Håvard", "")),
        # a rank written with a digit, before "(ret)": the rank and the family name
        ("1SG (ret) Hollis Boone - safety trainer", "US-FL", "", ("1SG Boone", "")),
    ],
)
def test_late249_to_late252_rules(name, country, company, want) -> None:
    found = greeting_name(name, None, company, country)
    assert (found.name, found.ask) == want


def test_a_salutation_always_wins() -> None:
    assert greeting_name("Park Min-jun", "Min", "", "AU-VIC").name == "Min"
    assert greeting_name("Kovács Péter", "Pete", "", "GB-ENG").name == "Pete"


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Sheriff John DeGarmo", "Sheriff DeGarmo"),  # never "Dear Sheriff," (late255 readers)
        ("Warden Vernon Pettipas", "Warden Pettipas"),
        ("Deputy Warden Janice MacIsaac", "Deputy Warden MacIsaac"),  # never "Dear Warden,"
        ("Mayor John Smith", "Mayor Smith"),
        ("W/O J. van der Merwe", "W/O van der Merwe"),  # never "Hi W/O,"
        ("Dev Sandhu (Governor)", "Dev"),  # a post in brackets stays a label
    ],
)
def test_a_post_held_by_election_goes_with_the_family_name(name: str, greeted: str) -> None:
    assert greeting_name(name, country="US").name == greeted
