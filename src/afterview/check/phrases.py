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


class Phrases:
    """A list of phrases (lower-case regexes) matched as whole words, compiled on first need.

    ``triggers`` are plain substrings at least one of which every match must
    contain (a test proves it from each phrase's parsed form). A note holding
    none of them cannot match, so the pattern is neither compiled nor run:
    most notes contain no "sorry", "begging" or "asap", and compiling every
    pattern would cost more than checking the whole note.

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

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        body = "|".join(f"(?:{p})" for p in self.phrases)
        # "\b" first: it fails fast inside words, so the alternatives are tried only at word starts.
        return re.compile(rf"\b(?<![\w'’])(?:{body})(?![\w'’])")

    def finditer(self, lower: str) -> Iterator[re.Match[str]]:
        """Matches in ``lower``, a lower-cased text (:attr:`View.lower`)."""
        if self.gate and not any(g in lower for g in self.gate):
            return iter(())
        if self.triggers and not any(t in lower for t in self.triggers):
            return iter(())
        return self.pattern.finditer(lower)


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
