"""Mass notes: the same text sent to every member of the panel, names swapped.

:func:`similarity` is public: the composer's tests use the same measure to
prove that the notes it writes for one panel differ.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Example, Hit, Rule
from afterview.check.view import alternation, fold_accents, name_parts

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
    # A trie, not name1|name2|...: a large panel would try every name at every character.
    return re.compile(r"(?<!\w)(?:" + alternation(names) + r")(?!\w)")


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
    return _masked_set(frozenset(names))


@lru_cache(maxsize=16)
def _masked_set(names: frozenset[str]) -> tuple[str, ...]:
    # Cached: every note of a panel masks the same names (its own recipient among them).
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
    if len(a) > len(b):
        a, b = b, a
    other = b.get
    both = sum(min(n, other(w, 0)) for w, n in a.items())  # what a & b counts, unbuilt
    return 1.0 if not size else 2 * both / size


# The least share of a note's words (with repeats) that another must hold for the two to
# reach THRESHOLD: Dice's 2·o/(a+b) >= t with b >= o gives o >= t·a/(2-t).
_LEAST = THRESHOLD / (2 - THRESHOLD)


class _Text:
    """One wording of the panel's notes (names masked), and the notes written in it."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.counts = Counter(words)
        self.keys = frozenset(self.counts)
        self.repeats = len(words) - len(self.keys)  # words beyond their first time
        self.notes: list[tuple[int, str, str]] = []  # (place in the panel, body, recipient)


class _Panel:
    """The notes of one panel, each read once, with an index of each wording's rarest words.

    Comparing every note with every other is quadratic, and a panel can be
    large. Notes written the same once names are masked share one wording; and
    a pair of wordings reaching THRESHOLD shares at least ``_LEAST`` of each
    one's words, so (prefix filtering) it shares one of the words that come
    first in each once every wording's words are sorted the same way, rarest
    first: each wording is compared only with those sharing one of its first few.
    """

    def __init__(
        self, masked: tuple[str, ...], own: tuple[str, str], siblings: Sequence[tuple[str, str]]
    ) -> None:
        self.texts: dict[tuple[str, ...], _Text] = {}
        self.text_of: dict[str, _Text] = {}
        for place, (name, body) in enumerate((own, *siblings)):
            text = self.text_of.get(body)
            if text is None:
                words = _normalise(body, list(masked)).split()
                text = self.texts.setdefault(tuple(words), _Text(words))
                self.text_of[body] = text
            text.notes.append((place, body, name))
        notes_with: Counter[str] = Counter()
        for text in self.texts.values():
            notes_with.update(text.counts.keys())
        self.index: dict[tuple[str, int], list[_Text]] = {}
        self.prefixes: dict[int, list[tuple[str, int]]] = {}
        for text in self.texts.values():
            # Each repeat of a word is a token of its own: (word, 0), (word, 1), ...
            tokens = sorted(
                ((w, k) for w, n in text.counts.items() for k in range(n)),
                key=lambda t: (notes_with[t[0]], t),
            )
            least = math.ceil(_LEAST * len(tokens) - 1e-9)
            prefix = tokens[: len(tokens) - least + 1] if tokens else []
            self.prefixes[id(text)] = prefix
            for token in prefix:
                self.index.setdefault(token, []).append(text)

    def nearest(self, body: str, recipient: str) -> tuple[float, str] | None:
        """The first other note (in the panel's order) at or above THRESHOLD, with its score
        and its recipient; the note itself is ``body`` to ``recipient``."""
        mine = self.text_of[body]
        index = self.index
        found = {id(t): t for token in self.prefixes[id(mine)] for t in index.get(token, ())}
        found.pop(id(mine), None)
        # A note in another wording has another body, so its first note is never this one.
        candidates = [(text.notes[0][0], text.notes[0][2], text) for text in found.values()]
        same = next(((p, n) for p, b, n in mine.notes if (b, n) != (body, recipient)), None)
        if same is not None:  # another note in this very wording: the same, word for word
            candidates.append((same[0], same[1], mine))
        candidates.sort(key=itemgetter(0))  # the first in the panel's order wins
        for _, name, text in candidates:
            if text is mine:
                return 1.0, name
            # A bound first, from one set intersection (C speed): each word in common counts
            # once, plus at most the repeats of the note with fewer.
            most = len(mine.keys & text.keys) + min(mine.repeats, text.repeats)
            if 2 * most < THRESHOLD * (len(mine.words) + len(text.words)):
                continue
            if _shared(mine.counts, text.counts) < THRESHOLD:
                continue
            score = _in_order(mine.words, text.words)
            if score >= THRESHOLD:
                return score, name
        return None


_PANELS: dict[frozenset[tuple[str, str]], _Panel] = {}


def _panel(own: tuple[str, str], siblings: Sequence[tuple[str, str]]) -> _Panel:
    """The panel of these notes, read once: every note of a panel names the same set."""
    key = frozenset(chain(siblings, (own,)))
    panel = _PANELS.get(key)
    if panel is None:
        if len(_PANELS) >= 4:  # a plan checks one panel; a cases file a few at a time
            _PANELS.pop(next(iter(_PANELS)))
        # Every panel member's name is masked in every note (a note that names a
        # colleague is not told apart by that name).
        masked = _masked(frozenset(name for name, _ in key))
        panel = _PANELS[key] = _Panel(masked, own, siblings)
    return panel


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    siblings = view.ctx.sibling_messages
    if not siblings:
        return
    recipient = view.ctx.recipient_name or ""
    found = _panel((recipient, view.body), siblings).nearest(view.body, recipient)
    if found is not None:
        score, name = found
        yield Hit(0, len(view.body), f"{score:.0%} the same as the note to {name}: {rule.message}")


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
