"""A and an: by the sound of the next word, not its first letter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.grammar.examples import GRAMMAR_NOTE
from afterview.check.lazy import lazy
from afterview.check.rule import Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View

# Words spelt with a vowel but said with a consonant, and silent-h words.
CONSONANT_SOUND = lazy(
    r"(?i)(?:one|once|eu|ewe|use|usu|usa|uti|ure|uro|ubiq|ukr|unanim|uni(?!n|mp|nf|nh|ns|nt|nv|"
    r"dent))"
)
VOWEL_SOUND_H = lazy(r"(?i)(?:hour|honest|honou?r|heir)")
# The article's first letter comes before the look-behind, so the engine jumps from "a" to "a".
A_AN = lazy(r"(?P<art>[Aa](?<![\w'’-][Aa])n?)[ \t]+(?P<word>[^\W_][\w'’-]*)")
# Letter names that start with a vowel sound: "an MBA", "an SQL"... but "a SQL" ("sequel") too.
VOWEL_LETTERS = set("AEFHILMNORSX")


def _wants_an(word: str) -> bool | None:
    """True: "an"; False: "a"; None: either is usual or we cannot tell."""
    if (
        word.isupper()
        and len(word) >= 2
        and not (len(word) >= 4 and any(c in "AEIOU" for c in word[1:]))
    ):
        # an acronym read letter by letter (NASA, HIPAA, OSHA are read as words: below)
        if word.startswith("S"):
            return None  # SQL, SaaS: "a SQL" and "an SQL" are both in use
        return word[0] in VOWEL_LETTERS
    if re.fullmatch(r"[A-Z]{2,3}[a-z]{1,4}", word):
        # a degree or title said letter by letter: "an MEng", "an MSc", "a BSc", "an MPhil"
        return word[0] in VOWEL_LETTERS
    if len(word) > 2 and word[1] == "-" and word[0].isalpha():
        return word[0].upper() in VOWEL_LETTERS  # "an X-ray", "an e-commerce", "a T-shirt"
    if word[0].isdigit():
        return word.startswith("8") or re.match(r"1[18](?:\D|$|\d{3}(?!\d))", word) is not None
    low = word.lower()
    if low.startswith("h"):
        return (
            True
            if VOWEL_SOUND_H.match(low)
            else (None if low.startswith(("herb", "histor", "hotel")) else False)
        )
    if low[0] in "aeiou":
        return not CONSONANT_SOUND.match(low)
    return False


def detect_a_an(view: View, rule: Rule) -> Iterator[Hit]:
    for m in A_AN.finditer(view.masked):
        word = m.group("word")
        if len(word) == 1 or word[0] in "·":
            continue  # "a B grade", a masked name
        wants = _wants_an(word)
        have_an = m.group("art").lower() == "an"
        if wants is None or wants == have_an:
            continue
        right = (
            ("An" if m.group("art")[0] == "A" else "an")
            if wants
            else ("A" if m.group("art")[0] == "A" else "a")
        )
        yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}', f'write "{right} {word}"')


RULES = (
    Rule(
        "grammar.a-an",
        "grammar",
        '"a" and "an" go by the sound of the next word',
        'use "an" before a vowel sound, "a" before a consonant sound',
        detect=detect_a_an,
        reason="'a honest assessment' or 'an great team' trips the reader.",
        flags=(
            "I would value a honest assessment.",
            "It was an great day.",
            "I hold a MBA.",
            "I have a MEng in chemistry.",
            "It is an unique role.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I would value an honest assessment.",
            "It is a unique role and an hour well spent.",
            "I hold an MBA and a CPA; I wrote a SQL query and an SQL report.",
            "I have an MEng, an MSc, a BSc and an MPhil.",
            "a European team, an 8-hour shift",
        ),
    ),
)
