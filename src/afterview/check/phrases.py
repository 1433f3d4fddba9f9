"""Phrase lists: lower-case regexes matched as whole words, compiled only for notes that need them.

Each list has a name ("pushy.expect") and its phrases. The words that tell
whether a phrase can match a note at all are not kept by hand: they are
generated from the phrases into :mod:`afterview.check.triggers` by
``python -m afterview.check.make_triggers``, and a test fails when that
module is stale. A note holding none of a list's trigger words cannot match
it, so the list's pattern is neither compiled nor run: most notes contain
no "sorry", "begging" or "asap", and compiling every list would cost more
than checking the whole note.

A note that holds triggers gets a pattern of only the phrases whose own
triggers it holds (plus any phrase without triggers, always tried): the
matches are those of the whole list, for a fraction of the compile time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Hit

if TYPE_CHECKING:
    from afterview.check.rule import Rule
    from afterview.check.view import View


_MOST_SUBSETS = 32
_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
REGISTRY: dict[str, Phrases] = {}  # every list, by name: what make_triggers reads
Pair = tuple[str, str]


class Triggers:
    """One phrase's triggers, as the generated module writes them (see make_triggers).

    A plain class: a NamedTuple costs half a millisecond to create at import.
    """

    __slots__ = ("pairs", "substrings", "words")

    def __init__(
        self, words: frozenset[str], pairs: frozenset[Pair], substrings: tuple[str, ...]
    ) -> None:
        self.words = words
        self.pairs = pairs
        self.substrings = substrings

    @classmethod
    def read(cls, found: tuple[str, ...]) -> Triggers:
        words, pairs, subs = set(), set(), []
        for t in found:
            if t[0] == "*":
                subs.append(t[1:])
            elif " " in t:
                first, second = t.split(" ")
                pairs.add((first, second))
            else:
                words.add(t)
        return cls(frozenset(words), frozenset(pairs), tuple(subs))

    @property
    def always(self) -> bool:
        """No trigger was found for the phrase: it is tried on every note."""
        return not (self.words or self.pairs or self.substrings)

    def met(self, present: frozenset[object]) -> bool:
        """The note holds one of these triggers, or there are none (the phrase is always tried)."""
        return (
            self.always
            or not self.words.isdisjoint(present)
            or not self.pairs.isdisjoint(present)
            or any("*" + s in present for s in self.substrings)
        )


def generated(name: str, count: int) -> tuple[tuple[str, ...], ...]:
    """Each phrase's triggers, from :mod:`afterview.check.triggers` (written by make_triggers)."""
    from afterview.check.triggers import TRIGGERS

    lines = TRIGGERS.get(name, "").split("\n")
    if len(lines) != count:
        return ((),) * count  # stale (a test says so): try every phrase, slower but never wrong
    return tuple(tuple(line.split("|")) if line else () for line in lines)


class Phrases:
    """A named list of phrases (lower-case regexes) matched as whole words in :attr:`View.lower`."""

    def __init__(self, name: str, phrases: Iterable[str]) -> None:
        self.name = name
        self.phrases = tuple(phrases)
        if REGISTRY.get(name, self).phrases != self.phrases:
            raise ValueError(f"two phrase lists are named {name!r}")
        REGISTRY[name] = self
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_triggers: dict[frozenset[object], re.Pattern[str]] = {}

    @cached_property
    def _generated(self) -> tuple[tuple[str, ...], ...]:
        return generated(self.name, len(self.phrases))

    @cached_property
    def own_triggers(self) -> tuple[Triggers, ...]:
        """For each phrase: its trigger words, word pairs and substrings (none: always tried).

        Read only when a note holds some trigger of the list: most notes hold none.
        """
        return tuple(map(Triggers.read, self._generated))

    @cached_property
    def _words(self) -> frozenset[str]:
        return frozenset(t for own in self._generated for t in own if t[0] != "*" and " " not in t)

    @cached_property
    def _pairs(self) -> frozenset[tuple[str, str]]:
        pairs = (t.split(" ") for own in self._generated for t in own if " " in t and t[0] != "*")
        return frozenset((first, second) for first, second in pairs)

    @cached_property
    def _substrings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t[1:] for own in self._generated for t in own if t[0] == "*"))

    @cached_property
    def _always(self) -> bool:
        return any(not own for own in self._generated)

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every phrase in one pattern."""
        return self._compile(range(len(self.phrases)))

    def _compile(self, picked: Iterable[int]) -> re.Pattern[str]:
        body = "|".join(f"(?:{self.phrases[i]})" for i in picked)
        # "\b" first: it fails fast inside words, so the alternatives are tried only at word starts.
        return re.compile(rf"\b(?<![\w'’])(?:{body})(?![\w'’])")

    def present(
        self, lower: str, words: frozenset[str], pairs: frozenset[Pair]
    ) -> frozenset[object]:
        """The triggers of this list that the note holds."""
        found: set[object] = set(self._words & words)
        if self._pairs:
            found |= self._pairs & pairs
        if self._substrings:
            found |= {"*" + s for s in filter(lower.__contains__, self._substrings)}
        return frozenset(found)

    def pattern_for(
        self,
        lower: str,
        words: frozenset[str] | None = None,
        pairs: frozenset[Pair] | None = None,
    ) -> re.Pattern[str] | None:
        """A pattern finding every match in ``lower``, or None when nothing can match.

        ``words`` and ``pairs`` are the note's words and pairs of neighbouring words
        (:attr:`View.lower_word_set`, :attr:`View.lower_pairs`); found here when not given.
        """
        if words is None or pairs is None:
            found = [w.replace("’", "'") for w in _WORD.findall(lower)]
            words, pairs = frozenset(found), frozenset(pairwise(found))
        present = self.present(lower, words, pairs)
        if not present and not self._always:
            return None
        found_pattern = self._by_triggers.get(present)
        if found_pattern is None:
            found_pattern = self._pattern_of(present)
            if len(self._by_triggers) < _MOST_SUBSETS * 8:
                self._by_triggers[present] = found_pattern
        return found_pattern

    def _pattern_of(self, present: frozenset[object]) -> re.Pattern[str]:
        picked = tuple(i for i, own in enumerate(self.own_triggers) if own.met(present))
        if len(picked) == len(self.phrases) or len(self._subsets) >= _MOST_SUBSETS:
            return self.pattern  # every phrase, or a long run over many notes: one serves all
        found = self._subsets.get(picked)
        if found is None:
            found = self._subsets[picked] = self._compile(picked)
        return found

    def finditer(self, lower: str) -> Iterator[re.Match[str]]:
        """Matches in ``lower``, a lower-cased text."""
        pattern = self.pattern_for(lower)
        return iter(()) if pattern is None else pattern.finditer(lower)

    def matches(self, view: View) -> Iterator[re.Match[str]]:
        """Matches in a note's masked, lower-cased body (:attr:`View.lower`)."""
        lower = view.lower
        pattern = self.pattern_for(lower, view.lower_word_set, view.lower_pairs)
        return iter(()) if pattern is None else pattern.finditer(lower)


def detect_phrases(view: View, rule: Rule) -> Iterator[Hit]:
    """Matches of ``rule.data`` (:class:`Phrases`) in the masked body, quoted in the message."""
    for m in rule.data.matches(view):
        yield Hit(m.start(), m.end(), f'"{view.body[m.start() : m.end()]}": {rule.message}')


def detect_regex(view: View, rule: Rule) -> Iterator[Hit]:
    """Matches of ``rule.data`` (a compiled pattern) in the masked body, quoted in the message."""
    for m in rule.data.finditer(view.masked):
        yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}')


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, (min(rights) + 1 if rights else len(text))
