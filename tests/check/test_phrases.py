"""Phrase lists: every match contains one of the list's triggers, so skipping on no trigger is safe.

The proof reads each phrase's parsed form (Python's own regex parser): a
phrase is covered when some literal run it must contain holds a trigger, or
when every branch of an alternation it must pass through is covered.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from afterview.check import address, grammar, placeholder, tone  # noqa: F401  (load every list)
from afterview.check.phrases import Phrases

try:
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10 and older kept them under other names
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]


def _all_phrase_lists() -> list[tuple[str, Phrases]]:
    found = []
    for module in (grammar, tone):
        for name, value in vars(module).items():
            if isinstance(value, Phrases):
                found.append((f"{module.__name__}.{name}", value))
    return found


def _covered(items: Any, triggers: tuple[str, ...]) -> bool:
    """True when every match of the parsed sequence ``items`` contains a trigger."""
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            if any(t in run for t in triggers):
                return True
            continue
        run = ""
        if op is C.SUBPATTERN and _covered(av[-1], triggers):
            return True
        if op is C.BRANCH and all(_covered(branch, triggers) for branch in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _covered(av[2], triggers):
            return True
    return False


@pytest.mark.parametrize(("name", "phrases"), _all_phrase_lists())
def test_every_phrase_holds_a_trigger(name: str, phrases: Phrases) -> None:
    if not phrases.triggers:
        return  # no gate: always matched
    for phrase in phrases.phrases:
        assert _covered(parser.parse(phrase), phrases.triggers), f"{name}: {phrase!r}"


@pytest.mark.parametrize(("name", "phrases"), _all_phrase_lists())
def test_phrases_are_lower_case(name: str, phrases: Phrases) -> None:
    # They are matched against lower-cased text, so a capital letter could never match.
    for phrase in phrases.phrases:
        assert not re.search(r"(?<!\\)[A-Z]", phrase), f"{name}: {phrase!r}"


def test_gate_skips_and_matches() -> None:
    phrases = Phrases([r"sorry to bother"], triggers=["sorry"])
    assert list(phrases.finditer("thank you")) == []
    assert "pattern" not in vars(phrases)  # never compiled
    assert [m.group() for m in phrases.finditer("so sorry to bother you")] == ["sorry to bother"]
