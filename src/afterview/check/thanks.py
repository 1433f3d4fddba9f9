"""Thanks: every follow-up note thanks the reader for something."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Example, Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View

# Read on the masked body, so "Thanks Inc." is a company, not thanks.
THANKS = lazy(
    r"\b(?:thank(?!sgiving)\w*|thanks|thx|appreciat\w*|grateful\w*|gratitude|much obliged|kudos to "
    r"you)\b"
)


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    if THANKS.search(view.lower) is None:
        start = view.lines[1].start if len(view.lines) > 1 else 0
        yield Hit(start, start, rule.message)


RULES = (
    Rule(
        "thanks.missing",
        "no-thanks",
        "the note thanks the reader for nothing",
        "thank them for their time, the conversation or the news, in one sentence",
        detect=detect,
        reason="Whatever the note's purpose, the reader gave you time; a note without any thanks "
        "reads as a demand.",
        flags=(
            "Dear Jane,\n\nFollowing up on my interview.\n\nBest,\nPriya Raman",
            "Dear Jane,\n\nI hope you had a restful Thanksgiving.\n\nBest,\nPriya Raman",
            Example(
                "Dear Jane,\n\nI would be glad to join Thanks Inc.\n\nRegards,\nPriya Raman",
                context={"company": "Thanks Inc."},
            ),
        ),
        passes=(
            "Dear Jane,\n\nHappy Thanksgiving! I appreciated your time.\n\nBest,\nPriya Raman",
            "Dear Jane,\n\nI appreciated your time.\n\nBest,\nPriya Raman",
            "Dear Jane,\n\nFollowing up on my interview.\n\nThank you,\nPriya Raman",
        ),
    ),
)
