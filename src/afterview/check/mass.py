"""Mass notes: the same text sent to every member of the panel, names swapped.

:func:`similarity` is public: the composer's tests use the same measure to
prove that the notes it writes for one panel differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Example, Hit, Rule
from afterview.check.view import fold, name_parts

if TYPE_CHECKING:
    from afterview.check.view import View

THRESHOLD = 0.80  # at or above: near word for word
_WORD = lazy(r"\w+")


def _normalise(body: str, names: list[str]) -> str:
    text = fold(body)
    if names:
        text = _names(tuple(names)).sub("name", text)
    return " ".join(_WORD.findall(text))


@lru_cache(maxsize=256)
def _names(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def similarity(body_a: str, names_a: Iterable[str], body_b: str, names_b: Iterable[str]) -> float:
    """How alike two notes are once the recipients' names are masked: 0 (unlike) to 1 (same).

    ``names_a`` and ``names_b`` are the names (full names or parts) to mask;
    both lists are masked in both texts, so a note that greets the wrong
    panel member still counts as a copy. The notes are compared as sequences
    of words (the Indel similarity: matching words in order, over all
    words); case, accents, punctuation and spacing are ignored.
    """
    from rapidfuzz.distance import Indel

    names: set[str] = set()
    for name in (*names_a, *names_b):
        names.add(fold(name))
        names.update(fold(p) for p in name_parts(name))
    ordered = sorted((n for n in names if n), key=len, reverse=True)
    # Compared word by word: unrelated notes share letters but few word sequences.
    a, b = _normalise(body_a, ordered).split(), _normalise(body_b, ordered).split()
    if not a and not b:
        return 1.0
    return float(Indel.normalized_similarity(a, b))


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    mine = [view.ctx.recipient_name or ""]
    for name, body in view.ctx.sibling_messages:
        score = similarity(view.body, mine, body, [name])
        if score >= THRESHOLD:
            yield Hit(
                0, len(view.body), f"{score:.0%} the same as the note to {name}: {rule.message}"
            )
            return


_NOTE = "Dear {n},\n\nThank you for meeting me today. I enjoyed our talk about streaming ETL.\n\nBest,\nPriya Raman"
RULES = (
    Rule("mass.similar", "mass", "the note is near word for word the one to another panel member",
         "write each interviewer their own note: what you discussed with them, in your own words",
         detect=detect, severity="error",
         reason="Panel members compare notes; identical notes with the names swapped show none was meant personally.",
         flags=(Example(_NOTE.format(n="Jane"), context={"sibling_messages": [("Tom Berg", _NOTE.format(n="Tom"))]}),),
         passes=(Example(_NOTE.format(n="Jane"), context={"sibling_messages": [(
             "Tom Berg", "Dear Tom,\n\nYour idempotent consumer design was a great puzzle. I have sketched an "
             "answer with outbox tables.\n\nRegards,\nPriya Raman")]}),)),
)  # fmt: skip
