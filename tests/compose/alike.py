"""How alike notes written for different candidates are, once every word of their own
interview files is masked: the measure behind the composer's variety target.

For two notes from two interview files, every word that appears anywhere in either file
(names, company, position, topics, strengths...) is taken out of both notes, and what is left
is compared as word sequences with the checker's own measure (``afterview.check.mass``: the
Indel similarity, matching words in order over all words; case, accents and punctuation
ignored). What is left to match is the composer's own wording: its skeleton. Every pair of
thank-you notes from different files is compared; the target is a median of at most 0.25 and a
90th percentile of at most 0.40 (issue 9: published human-written thank-you notes measured a
median of 0.22). :func:`masked_similarity` replaces the file's words by one shared token
instead, for comparison (test_variety.py says why that is not the measure).
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

_WORD = re.compile(r"\w+")
MASK = "·"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def file_words(raw_toml: str) -> frozenset[str]:
    """Every word in an interview file's values (the keys and comments do not count)."""
    values = re.findall(r'"((?:[^"\\]|\\.)*)"', raw_toml)
    return frozenset(w for v in values for w in _WORD.findall(_fold(v)))


def masked(body: str, words: frozenset[str]) -> list[str]:
    return [MASK if w in words else w for w in _WORD.findall(_fold(body))]


@dataclass(frozen=True)
class Note:
    source: str  # which interview file
    body: str
    words: frozenset[str]


def skeleton(body: str, words: frozenset[str]) -> list[str]:
    """The note's own words, in order: every word of the interview files taken out."""
    return [w for w in _WORD.findall(_fold(body)) if w not in words]


def similarity(a: Note, b: Note) -> float:
    from rapidfuzz.distance import Indel

    words = a.words | b.words
    return float(Indel.normalized_similarity(skeleton(a.body, words), skeleton(b.body, words)))


def masked_similarity(a: Note, b: Note) -> float:
    from rapidfuzz.distance import Indel

    words = a.words | b.words
    return float(Indel.normalized_similarity(masked(a.body, words), masked(b.body, words)))


def cross_candidate(notes: Sequence[Note]) -> list[float]:
    """The similarity of every pair of notes from different files: ``similarity`` for each
    pair, with each note's words read once rather than once a pair (millions of pairs)."""
    from rapidfuzz.distance import Indel

    read = [(note, _WORD.findall(_fold(note.body))) for note in notes]
    out = []
    for (a, words_a), (b, words_b) in combinations(read, 2):
        if a.source != b.source:
            own_a = [w for w in words_a if w not in a.words and w not in b.words]
            own_b = [w for w in words_b if w not in a.words and w not in b.words]
            out.append(float(Indel.normalized_similarity(own_a, own_b)))
    return out


def summary(values: Iterable[float]) -> dict[str, float]:
    found = sorted(values)
    if not found:
        return {"pairs": 0, "median": 0.0, "p90": 0.0, "max": 0.0}
    p90 = found[min(len(found) - 1, round(0.9 * (len(found) - 1)))]
    return {
        "pairs": len(found),
        "median": statistics.median(found),
        "p90": p90,
        "max": found[-1],
    }
