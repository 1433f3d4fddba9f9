"""Verb forms: "could of" for "could have"."""

from __future__ import annotations

from afterview.check.grammar.examples import GRAMMAR_NOTE
from afterview.check.phrases import Phrases, detect_phrases
from afterview.check.rule import Rule

_MODALS = ("could", "would", "should", "must", "might", "may")
COULD_OF = Phrases(
    "grammar.could-of",
    [rf"{verb} of(?! course)" for verb in _MODALS],
)


RULES = (
    Rule(
        "grammar.could-of",
        "grammar",
        '"could of" is "could have"',
        'write "could have" (or "could\'ve")',
        detect=detect_phrases,
        data=COULD_OF,
        reason="'could of' is how 'could've' sounds, not how it is written.",
        flags=("I could of explained it better.", "I should of asked."),
        passes=(GRAMMAR_NOTE, "I could have explained it better.", "I could of course send more."),
    ),
)
