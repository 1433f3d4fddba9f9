"""Detectors shared by rule families: phrase lists compiled to one pattern per rule."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from afterview.check.rule import Hit

if TYPE_CHECKING:
    from afterview.check.rule import Rule
    from afterview.check.view import View


def compile_phrases(phrases: Iterable[str]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any phrase (each a regex) as whole words."""
    body = "|".join(f"(?:{p})" for p in phrases)
    return re.compile(rf"(?i)(?<![\w'’])(?:{body})(?![\w'’])")


def detect_phrases(view: View, rule: Rule) -> Iterator[Hit]:
    """Matches of ``rule.data`` (a compiled pattern) in the masked body, quoted in the message."""
    for m in rule.data.finditer(view.masked):
        yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}')


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding text[start:end]."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, (min(rights) + 1 if rights else len(text))
