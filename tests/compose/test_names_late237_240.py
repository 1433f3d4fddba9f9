"""Greetings from the late237 to late240 reads: each rule, names it greets and names it must
leave alone (the rules of earlier reads are in test_names.py)."""

from __future__ import annotations

import pytest

from afterview.names import greeting_name


@pytest.mark.parametrize(
    ("name", "country", "company", "want"),
    [
        # Portuguese feminine titles with the ordinal mark: "Prof.ª" (professora) is Prof., and
        # a professor outranks the doctorate after it
        ("Prof.ª Dr.ª Helena Marques Arruda (UFMS)", "BR-MS", "", ("Prof. Arruda", "")),
        ("Prof.ª Helena Arruda", "BR", "", ("Prof. Arruda", "")),
        ("Dr.ª Helena Arruda", "BR", "", ("Dr.ª Arruda", "")),  # as typed: not changed
        ("Eng.ª Sofia Rebelo", "PT", "", ("Eng.ª Rebelo", "")),  # not changed
        # a nurse's "Enf.ª" or "Enf.º" before a given name alone is her post: the given name
        ("Enf.ª Tatiane (RH da SESAU)", "BR-MS", "", ("Tatiane", "")),
        ("Enf.º Tiago", "PT", "", ("Tiago", "")),
        ("Enf.ª Teresa Valente", "PT", "", ("Enf.ª Valente", "")),  # with a family name: kept
        # a post written short, in another language, before a dash, then one given name
        ("Coord. Vigilância Ambiental - Rosângela", "BR-MS", "", ("Rosângela", "")),
        ("Ger. Comercial - Rosângela", "BR", "", ("Rosângela", "")),
        ("Capt. Ray Lafferty - chief pilot", "US", "", ("Capt. Lafferty", "")),  # a title
        # a post's letters before a dash, then a given name with an accent
        ("EHS - Sinéad", "IE", "", ("Sinéad", "")),
        ("KP - Dougie", "GB", "", ("Dougie", "")),  # not changed
        ("Recruitment Section - AWD", "GB", "", ("Recruitment Section", "")),  # not changed
        # in Brazil an English or German family name is a common given name
        ("Wagner (geotecnia)", "BR-PA", "", ("Wagner", "")),
        ("Wagner", "US", "", ("Wagner", "only a family name is recorded")),  # elsewhere: asks
        (
            "Sampaio (segurança do trabalho)",
            "BR",
            "",
            ("Sampaio", "only a family name is recorded"),
        ),
        # "says call him Ally" after a dash, as in brackets
        (
            "Alasdair Nicolson - dad's old pal from the fishing, says call him Ally",
            "GB-SCT",
            "",
            ("Ally", ""),
        ),
        ("Alasdair Nicolson - dad's old pal from the fishing", "GB-SCT", "", ("Alasdair", "")),
        # a double given name of the American South with "Don"
        ("Ray Don Tackett (line supt, my old foreman)", "US", "", ("Ray Don", "")),
        ("Jimmy Don Pruitt", "US", "", ("Jimmy Don", "")),
        ("Ray Tackett", "US", "", ("Ray", "")),  # not changed
        # a post with capitals in brackets, doubted, "or" another: the doubt is the post's
        (
            "Prof. Leonie Marchetti-Grant (Dean of Research? or Deputy?)",
            "AU-NSW",
            "",
            ("Prof. Marchetti-Grant", ""),
        ),
        ("Dr Rachel Oduya (college tutor? or DME)", "GB", "", ("Dr Oduya", "")),  # not changed
        (
            "Kwabena (Mr. Owusu? or Osei)",
            "GH",
            "",
            ("Kwabena", "the notes are not sure of the name"),
        ),
        # Singapore's "binte" (as Malaysia's "binti"): the father's name, not a family name
        ("Dr. Nurul Huda binte Rahmat", "SG", "", ("Dr. Nurul Huda", "")),
        ("Hafiz bin Roslan (SRE)", "SG", "", ("Hafiz", "")),  # not changed
        # "MD" after a comma in the UK and Ireland, at a firm that is no doctor's place of work:
        # the managing director, a post after the comma
        ("Gareth McCann, MD", "GB-NIR", "Bann Valley IT Solutions", ("Gareth", "")),
        ("Gareth McCann, MD", "GB", "Antrim Area Hospital", ("Dr. McCann", "")),  # a doctor's
        ("Gareth McCann, MD", "US", "Bann Valley IT Solutions", ("Dr. McCann", "")),  # the US
        # a handle that is a common given name
        ("@danielle (design lead)", "US-NY", "", ("Danielle", "")),
        ("Operations - Michelle", "AU", "", ("Michelle", "")),  # a label, then a given name
        (
            "@bytewitch",
            "US",
            "",
            ("@bytewitch", "an online handle says nothing of how they are addressed"),
        ),
    ],
)
def test_late237_to_late240_rules(name, country, company, want) -> None:
    found = greeting_name(name, None, company, country)
    assert (found.name, found.ask) == want
