"""Greetings from the late241 to late244 reads: each rule, names it greets and names it must
leave alone (the rules of earlier reads are in test_names.py)."""

from __future__ import annotations

import pytest

from afterview.names import greeting_name

_RESPECT = "a word of respect, not a title a letter uses: the family name and a title are needed"


@pytest.mark.parametrize(
    ("name", "country", "company", "want"),
    [
        # Shona "Mai" and "Baba" in Zimbabwe before a family name the lists hold: Mrs. and Mr.
        ("Mai Mutasa", "ZW", "", ("Mrs. Mutasa", "")),
        ("Baba Moyo", "ZW", "", ("Mr. Moyo", "")),
        ("Mai Chipo", "ZW", "", ("Mai Chipo", _RESPECT)),  # Chipo's mother: not changed
        ("Baba Tendai", "ZW", "", ("Baba Tendai", _RESPECT)),  # Tendai's father: asks
        ("Baba Ngcobo (shift foreman)", "ZA", "", ("Baba Ngcobo", _RESPECT)),  # isiZulu: asks
        ("Baba Moyo", "ZA", "", ("Baba Moyo", _RESPECT)),  # not changed outside Zimbabwe
        # "Sisi" (sister) and "Bhuti" (brother) in southern Africa: left off before the name
        ("Sisi Lindiwe", "ZA", "", ("Lindiwe", "")),
        ("Bhuti Sipho", "ZA", "", ("Sipho", "")),
        ("Sisi Lindiwe Dube", "ZA", "", ("Lindiwe", "")),
        ("Sisi Dube", "ZA", "", ("Dube", "only a family name is recorded")),  # a family name
        ("Sisi Lindiwe", "US", "", ("Sisi", "")),  # elsewhere "Sisi" is a given name
        # a graded post of several words, its last written short, then a common given name
        ("Senior Animal Tech Lorna", "GB", "", ("Lorna", "")),
        ("Lead Line Tech Todd", "US", "", ("Todd", "")),
        (
            "Senior Animal Tech Kowalczyk",
            "GB",
            "",
            ("Senior Animal Tech Kowalczyk", "the name could not be told from the post"),
        ),
        ("Senior Sergeant Paul Vukovic", "AU", "", ("Senior Sergeant Vukovic", "")),  # a rank
        ("Senior Cabin Crew Mgr Lorna Jamieson", "GB", "", ("Lorna", "")),  # not changed
        # veterinary degrees after a name, left off
        ("Dr. Conor Fitzgerald MVB", "IE", "", ("Dr. Fitzgerald", "")),
        ("Mary Byrne MVB", "IE", "", ("Mary", "")),
        ("Dr. Conor Fitzgerald", "IE", "", ("Dr. Fitzgerald", "")),  # not changed
        # the Little Sisters of St. Francis after a Sister's name: a religious sister
        ("Sr. Ann Wanjiru, LSOSF", "KE", "", ("Sister Ann", "")),
        ("Sr. Ann Wanjiru", "KE", "", ("Sr. Wanjiru", "")),  # no order: not changed
        # Levantine "Hajjeh" goes with the whole name she is known by, a kunya too
        ("Hajjeh Um Ali", "JO", "", ("Hajjeh Um Ali", "")),
        ("Hajjeh Fatima", "LB", "", ("Hajjeh Fatima", "")),
        ("Hajj Brahim Outaleb", "MA", "", ("Hajj Brahim Outaleb", "")),  # not changed
        # family names alone that the lists now hold (Otjiherero, Luo): the plan asks
        ("Kaunapaua (safety officer)", "NA", "", ("Kaunapaua", "only a family name is recorded")),
        ("Akello (M&E)", "UG", "", ("Akello", "only a family name is recorded")),
        ("Grace (M&E)", "UG", "", ("Grace", "")),  # a given name: not changed
    ],
)
def test_late241_to_late244_rules(name, country, company, want) -> None:
    found = greeting_name(name, None, company, country)
    assert (found.name, found.ask) == want
