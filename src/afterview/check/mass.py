"""Mass notes: the same text sent to every member of the panel, names swapped.

:func:`similarity` is public: the composer's tests use the same measure to
prove that the notes it writes for one panel differ.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Example, Hit, Rule
from afterview.check.view import fold_accents, name_parts

if TYPE_CHECKING:
    from afterview.check.view import View

THRESHOLD = 0.80  # at or above: near word for word
_WORD = lazy(r"\w+")


def _normalise(body: str, names: list[str]) -> str:
    text = fold_accents(body)
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
    masked = _masked((*names_a, *names_b))
    return _in_order(_words(body_a, masked), _words(body_b, masked))


def _masked(names: Iterable[str]) -> tuple[str, ...]:
    """The folded names and their parts, longest first (so a full name is masked whole)."""
    found: set[str] = set()
    for name in names:
        found.add(fold_accents(name))
        found.update(fold_accents(p) for p in name_parts(name))
    return tuple(sorted((n for n in found if n), key=lambda n: (-len(n), n)))


@lru_cache(maxsize=64)
def _words(body: str, masked: tuple[str, ...]) -> list[str]:
    # Compared word by word: unrelated notes share letters but few word sequences.
    return _normalise(body, list(masked)).split()


def _in_order(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    from rapidfuzz.distance import Indel

    return float(Indel.normalized_similarity(a, b))


def shared_words(a: list[str], b: list[str]) -> float:
    """The share of words two lists have in common, in any order: never below their similarity.

    Words matched in order are also words in common, so a pair whose shared
    share is under the threshold cannot reach it in order: notes that are
    plainly different (every pair a panel's drafts make) are settled without
    the in-order comparison, or importing rapidfuzz for it.
    """
    return _shared(Counter(a), Counter(b))


def _shared(a: Counter[str], b: Counter[str]) -> float:
    size = a.total() + b.total()
    return 1.0 if not size else 2 * (a & b).total() / size


@lru_cache(maxsize=64)
def _counts(body: str, masked: tuple[str, ...]) -> Counter[str]:
    return Counter(_words(body, masked))


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    siblings = view.ctx.sibling_messages
    if not siblings:
        return
    # Every panel member's name is masked in every note, so the panel's notes are each
    # read once (and a note that names a colleague is not told apart by that name).
    masked = _masked((view.ctx.recipient_name or "", *(name for name, _ in siblings)))
    mine = _counts(view.body, masked)
    for name, body in siblings:
        if _shared(mine, _counts(body, masked)) < THRESHOLD:
            continue
        score = _in_order(_words(view.body, masked), _words(body, masked))
        if score >= THRESHOLD:
            yield Hit(
                0, len(view.body), f"{score:.0%} the same as the note to {name}: {rule.message}"
            )
            return


_NOTE = (
    "Dear {n},\n\nThank you for meeting me today. I enjoyed our talk about streaming "
    "ETL.\n\nBest,\nPriya Raman"
)
RULES = (
    Rule(
        "mass.similar",
        "mass",
        "the note is near word for word the one to another panel member",
        "write each interviewer their own note: what you discussed with them, in your own words",
        detect=detect,
        severity="error",
        reason="Panel members compare notes; identical notes with the names swapped show none was "
        "meant personally.",
        flags=(
            Example(
                _NOTE.format(n="Jane"),
                context={"sibling_messages": [("Tom Berg", _NOTE.format(n="Tom"))]},
            ),
        ),
        passes=(
            Example(
                _NOTE.format(n="Jane"),
                context={
                    "sibling_messages": [
                        (
                            "Tom Berg",
                            "Dear Tom,\n\nYour idempotent consumer design was a great puzzle. I "
                            "have sketched an "
                            "answer with outbox tables.\n\nRegards,\nPriya Raman",
                        )
                    ]
                },
            ),
        ),
    ),
)
