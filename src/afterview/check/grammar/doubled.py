"""A word written twice: "the the"."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice, pairwise
from operator import eq, itemgetter
from typing import TYPE_CHECKING

from afterview.check.grammar.examples import GRAMMAR_NOTE
from afterview.check.rule import Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View

DOUBLE_OK = frozenset(
    {"that", "had", "is", "bye", "no", "yes", "very", "so", "ha", "really", "cool"}
)


def detect_doubled(view: View, rule: Rule) -> Iterator[Hit]:
    # Neighbouring words, compared in lower case, with only spaces, tabs or one line break
    # between them: "to\nto" is the same slip, made where a line was wrapped.
    words, text = view.lower_words, view.masked
    lows = list(map(itemgetter(2), words))
    if not any(map(eq, lows, islice(lows, 1, None))):
        return  # no word follows itself: settled without a loop in Python
    for (s1, e1, w1), (s2, e2, w2) in pairwise(words):
        if w1 != w2 or w1 in DOUBLE_OK or e1 >= s2:
            continue
        gap = text[e1:s2]
        if gap.strip(" \t\n") or gap.count("\n") > 1:
            continue
        if text[e2 : e2 + 1] == "-":
            continue  # "on on-call", "in in-house": the second word starts a compound
        if text[s1].isupper() and text[s2].isupper() and w1 != "i":
            continue  # "Bora Bora", "Walla Walla": a name
        yield Hit(
            s1, e2, f'"{view.body[s1:e2]}": {rule.message}', f'write "{view.body[s1:e1]}" once'
        )


RULES = (
    Rule(
        "grammar.doubled-word",
        "grammar",
        "a word written twice",
        "delete one of them",
        detect=detect_doubled,
        reason="A doubled word ('the the') is a proofreading slip a reader spots at once.",
        flags=(
            "I would be a good fit for the the library.",
            "It was was great.",
            "I would love to\nto help set them up.",
            "Since I I have four years in Oracle, I know it.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I knew that that decision was hard.",
            "She had had a long day.",
            "New engineers shadow before they go on on-call. Wagga Wagga is my home.",
            "Thank you.\n\nThank you again,\nPriya",
        ),
    ),
)
