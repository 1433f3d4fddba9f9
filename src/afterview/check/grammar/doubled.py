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
    # Neighbouring words, compared in lower case, with only spaces or tabs between them.
    words, text = view.lower_words, view.masked
    lows = list(map(itemgetter(2), words))
    if not any(map(eq, lows, islice(lows, 1, None))):
        return  # no word follows itself: settled without a loop in Python
    for (s1, e1, w1), (s2, e2, w2) in pairwise(words):
        if (
            w1 == w2
            and w1 not in DOUBLE_OK
            and not w1.isdigit()
            and text[e1:s2].strip(" \t") == ""
            and e1 < s2
            and not (
                text[s1].isupper() and text[s2].isupper()
            )  # "Bora Bora", "Walla Walla": a name
        ):
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
        flags=("I would be a good fit for the the library.", "It was was great."),
        passes=(GRAMMAR_NOTE, "I knew that that decision was hard.", "She had had a long day."),
    ),
)
