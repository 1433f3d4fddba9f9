"""Detectors shared by rule families: phrase lists compiled to one pattern per rule."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from afterview.check.rule import Hit

if TYPE_CHECKING:
    from afterview.check.rule import Rule
    from afterview.check.view import View


_MOST_SUBSETS = 32


class Phrases:
    """A list of phrases (lower-case regexes) matched as whole words, compiled on first need.

    ``triggers`` are plain substrings at least one of which every match must
    contain (a test proves it from each phrase's parsed form). A note holding
    none of them cannot match, so the pattern is neither compiled nor run:
    most notes contain no "sorry", "begging" or "asap", and compiling every
    pattern would cost more than checking the whole note.

    A note that holds a trigger gets a pattern of only the phrases that could
    match it: those in which a trigger present in the note is written, plus
    those in which no trigger is written. A test proves that a phrase holding
    triggers has none of its matches without one of them, so a phrase left out
    cannot match: the matches are those of the whole list, for a fraction of
    the compile time.

    ``gate`` (optional) holds shorter substrings, one of which every trigger
    contains: when precise triggers are many ("its a", "its been"...), the
    few gate tests settle most notes before any trigger is tried.
    """

    def __init__(
        self, phrases: Iterable[str], triggers: Iterable[str] = (), gate: Iterable[str] = ()
    ) -> None:
        self.phrases = tuple(phrases)
        self.triggers = tuple(triggers)
        self.gate = tuple(gate)
        if self.gate and not all(any(g in t for g in self.gate) for t in self.triggers):
            raise ValueError("every trigger must contain one of the gate strings")
        self._subsets: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._by_triggers: dict[frozenset[str], re.Pattern[str]] = {}

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Every phrase in one pattern."""
        return self._compile(range(len(self.phrases)))

    @cached_property
    def written_triggers(self) -> tuple[tuple[str, ...], ...]:
        """For each phrase, the triggers written in its text (empty: it is always tried)."""
        return tuple(tuple(t for t in self.triggers if t in p) for p in self.phrases)

    def _compile(self, picked: Iterable[int]) -> re.Pattern[str]:
        body = "|".join(f"(?:{self.phrases[i]})" for i in picked)
        # "\b" first: it fails fast inside words, so the alternatives are tried only at word starts.
        return re.compile(rf"\b(?<![\w'’])(?:{body})(?![\w'’])")

    def pattern_for(self, lower: str) -> re.Pattern[str] | None:
        """A pattern finding every match in ``lower``, or None when nothing can match."""
        holds = lower.__contains__  # map/filter with it run the substring tests in C
        if self.gate and not any(map(holds, self.gate)):
            return None
        if not self.triggers:
            return self.pattern
        present = frozenset(filter(holds, self.triggers))
        if not present:
            return None
        found = self._by_triggers.get(present)
        if found is None:
            found = self._pattern_of(present)
            if len(self._by_triggers) < _MOST_SUBSETS * 8:
                self._by_triggers[present] = found
        return found

    def _pattern_of(self, present: frozenset[str]) -> re.Pattern[str]:
        picked = tuple(
            i
            for i, own in enumerate(self.written_triggers)
            if not own or not present.isdisjoint(own)
        )
        if len(picked) == len(self.phrases) or len(self._subsets) >= _MOST_SUBSETS:
            return (
                self.pattern
            )  # every phrase, or a long run over many notes: one pattern serves all
        found = self._subsets.get(picked)
        if found is None:
            found = self._subsets[picked] = self._compile(picked)
        return found

    def finditer(self, lower: str) -> Iterator[re.Match[str]]:
        """Matches in ``lower``, a lower-cased text (:attr:`View.lower`)."""
        pattern = self.pattern_for(lower)
        return iter(()) if pattern is None else pattern.finditer(lower)


def compile_phrases(
    phrases: Iterable[str], triggers: Iterable[str] = (), gate: Iterable[str] = ()
) -> Phrases:
    """Phrases matched against :attr:`View.lower` (lower-casing once beats case-blind matching)."""
    return Phrases(phrases, triggers, gate)


def detect_phrases(view: View, rule: Rule) -> Iterator[Hit]:
    """Matches of ``rule.data`` (:class:`Phrases`) in the masked body, quoted in the message."""
    for m in rule.data.finditer(view.lower):
        yield Hit(m.start(), m.end(), f'"{view.body[m.start() : m.end()]}": {rule.message}')


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, (min(rights) + 1 if rights else len(text))
