"""Who a name means: the words a sentence could call its person by, and whether two ways
of writing a name mean the same person.
"""

from __future__ import annotations

from afterview.names.greeting import greeting_name
from afterview.names.parse import parse
from afterview.names.words import _key, fold


def name_words(name: str) -> set[str]:
    """The words of a name a sentence could call its person by: "Saima", "Qureshi", "Bobby"."""
    found = parse(name)
    words = {w for w in (*found.given, found.family, found.nickname) if w and len(w) >= 3}
    lower = any(w.islower() for w in words)  # only then can it be a description: ask no more
    if lower and greeting_name(name).ask:  # "family rep on the board": its words call no one
        words = {w for w in words if not w.islower()}
    elif lower and any(not w.islower() for w in words):
        # "Kev the maintenance man who showed me round": the capitals name him, the rest
        # describes him ("the" in a sentence is no name)
        words = {w for w in words if not w.islower()}
    return words


def same_person(a: str, b: str) -> bool:
    """True when two ways of writing a name clearly mean the same person.

    "Hoffmann, Sabine" and "Dr. Sabine Hoffmann"; 'Elizabeth "Liz" Hart' and
    "Liz Hart". A lone given name ("thandiwe") is matched by
    :func:`find_person`, which knows whether it is unique on the panel.
    """
    if fold(a).strip() == fold(b).strip():
        return True
    pa, pb = parse(a), parse(b)
    if not pa.family or not pb.family or _key(pa.family) != _key(pb.family):
        return False
    given_a = {_key(w) for w in (*pa.given, pa.nickname) if w}
    given_b = {_key(w) for w in (*pb.given, pb.nickname) if w}
    return bool(given_a & given_b)


def find_person(name: str, names: list[str]) -> str | None:
    """The one name of ``names`` that ``name`` means, if exactly one does."""
    matches = [n for n in names if same_person(name, n)]
    if len(matches) == 1:
        return matches[0]
    if not matches:  # "thandiwe" or "rosa maría": the given name alone, if only one has it
        key = fold(" ".join(name.split())).rstrip(".")
        alone = [
            n
            for n in names
            if key in (fold(" ".join(parse(n).given)), fold(parse(n).nickname))
            or (len(name.split()) == 1 and key in {_key(w) for w in parse(n).given})
        ]
        if len(alone) == 1:
            return alone[0]
    return None
