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


def _covered(items: Any, triggers: tuple[str, ...], run: str = "") -> bool:
    """True when every match of the parsed sequence ``items`` contains a trigger.

    ``run`` is the literal text every match has just before ``items``: a
    trigger may begin in it and end inside a group ("its " + "been").
    Groups and branches are read together with what follows them.
    """
    for i, (op, av) in enumerate(items):
        if op is C.LITERAL:
            run += chr(av)
            if any(t in run for t in triggers):
                return True
            continue
        rest = list(items[i + 1 :])
        # A group, or each branch, followed by the rest: a trigger may also end after it
        # ("(?:made|given) me" holds "made me" or "given me").
        if op is C.SUBPATTERN:
            return _covered([*av[-1], *rest], triggers, run)
        if op is C.BRANCH:
            return all(_covered([*branch, *rest], triggers, run) for branch in av[1])
        run = ""
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
def test_a_phrase_holding_triggers_is_proved_by_those_alone(name: str, phrases: Phrases) -> None:
    # A note gets a pattern of the phrases whose written triggers it holds (plus
    # those with none written): sound only if each such phrase needs one of its own.
    for phrase, own in zip(phrases.phrases, phrases.written_triggers, strict=True):
        if own:
            assert _covered(parser.parse(phrase), own), (
                f"{name}: {phrase!r} needs a trigger it does not hold"
            )


def _texts_to_try() -> list[str]:
    from afterview.check import load_rules

    texts = []
    for rule in load_rules():
        texts += [*rule.flags, *rule.passes]
    return [(t if isinstance(t, str) else t.body).lower() for t in texts]


@pytest.mark.parametrize(("name", "phrases"), _all_phrase_lists())
def test_the_pattern_for_a_note_finds_what_the_whole_list_finds(
    name: str, phrases: Phrases
) -> None:
    tried = 0
    for text in _texts_to_try():
        whole = [(m.start(), m.end()) for m in phrases.pattern.finditer(text)]
        assert [(m.start(), m.end()) for m in phrases.finditer(text)] == whole, (name, text)
        tried += bool(whole)
    assert tried or not phrases.triggers, f"{name}: no rule example matches the list"


def test_a_note_compiles_only_the_phrases_it_could_match() -> None:
    phrases = Phrases(
        [r"sorry to bother", r"begging you", r"please please"],
        triggers=["sorry", "begging", "please"],
    )
    pattern = phrases.pattern_for("i am begging you")
    assert (
        pattern is not None and "sorry" not in pattern.pattern and "please" not in pattern.pattern
    )
    assert [m.group() for m in phrases.finditer("i am begging you")] == ["begging you"]
    assert phrases.pattern_for("thank you") is None


@pytest.mark.parametrize(("name", "phrases"), _all_phrase_lists())
def test_phrases_are_lower_case(name: str, phrases: Phrases) -> None:
    # They are matched against lower-cased text, so a capital letter could never match.
    for phrase in phrases.phrases:
        assert not re.search(r"(?<!\\)[A-Z]", phrase), f"{name}: {phrase!r}"


@pytest.mark.parametrize(("name", "phrases"), _all_phrase_lists())
def test_every_trigger_holds_a_gate_string(name: str, phrases: Phrases) -> None:
    # The gate is tried before the triggers, so it may only skip notes no trigger could match.
    for trigger in phrases.triggers if phrases.gate else ():
        assert any(g in trigger for g in phrases.gate), f"{name}: {trigger!r}"


def test_gate_skips_and_matches() -> None:
    phrases = Phrases([r"sorry to bother"], triggers=["sorry"])
    assert list(phrases.finditer("thank you")) == []
    assert "pattern" not in vars(phrases)  # never compiled
    assert [m.group() for m in phrases.finditer("so sorry to bother you")] == ["sorry to bother"]


def test_prover_reads_groups_with_what_follows() -> None:
    def proved(pattern: str, *triggers: str) -> bool:
        return _covered(parser.parse(pattern), triggers)

    assert proved(r"(?:made|given) me", "made me", "given me")
    assert proved(r"its (?:a|been)", "its a", "its been")
    assert not proved(r"(?:made|given) me", "made me")  # "given me" holds no trigger
    assert not proved(r"(?:made|given)? me", "made me", "given me")  # the group may be absent
    assert not proved(r"its\s(?:a|been)", "its a", "its been")  # "\s" is not always a space
