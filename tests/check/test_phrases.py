"""Phrase lists and their generated triggers.

The triggers module must be what ``python -m afterview.check.make_triggers``
writes today (a freshness test), and each phrase's triggers must be sound:
every match of the phrase holds one of them, so skipping a note that holds
none never hides a finding. Soundness is proved here by a second, simpler
reading of each phrase's parsed form (Python's own regex parser), not by
the generator's own code.
"""

from __future__ import annotations

import re
import re._constants as C  # type: ignore[import-not-found]
import re._parser as parser  # type: ignore[import-not-found]
from typing import Any

import pytest

from afterview.check import load_rules, make_triggers
from afterview.check.phrases import REGISTRY, Phrases, generated

EDGE = "\x00"  # a word boundary is known to lie here


def _lists() -> list[tuple[str, Phrases]]:
    load_rules()  # imports every rule module, so every list is registered
    return sorted(REGISTRY.items())


def _holds(run: str, trigger: str) -> bool:
    """The run (text every match has, in order) holds the trigger.

    A substring ("*frustrat"), or whole words: a boundary known on each side, inside the run
    (its ends are unknown), and for a pair ("last hope") only spaces or marks between the two.
    """
    run = run.replace("’", "'")
    if trigger.startswith("*"):
        return trigger[1:].replace("’", "'") in run
    words = r"[^\w']+".join(map(re.escape, trigger.split(" ")))
    return re.search(rf"[^\w']{words}[^\w']", run) is not None


def _covered(items: list[Any], triggers: tuple[str, ...], run: str = "") -> bool:
    """True when every match of the parsed sequence ``items`` holds one of the triggers."""
    for i, (op, av) in enumerate(items):
        rest = list(items[i + 1 :])
        if op is C.LITERAL:
            run += chr(av)
            if any(_holds(run, t) for t in triggers):
                return True
            continue
        if op is C.AT:
            run += EDGE if av is C.AT_BOUNDARY else ""
            continue
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue  # looks ahead or behind, takes nothing
        if op is C.SUBPATTERN:
            return _covered([*av[-1], *rest], triggers, run)
        if op is C.BRANCH:
            return all(_covered([*branch, *rest], triggers, run) for branch in av[1])
        if op is C.IN and len(av) <= 4 and all(o is C.LITERAL for o, _ in av):
            return all(_covered([(C.LITERAL, v), *rest], triggers, run) for _, v in av)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[:2] == (0, 1):  # optional: with and without
            return _covered([*av[2], *rest], triggers, run) and _covered(rest, triggers, run)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _covered(list(av[2]), triggers):
            return True
        run = ""  # anything else: what comes next starts after an unknown character
    return any(_holds(run + EDGE, t) for t in triggers)


def _proved(phrase: str, triggers: tuple[str, ...]) -> bool:
    return _covered([*parser.parse(phrase)], triggers, EDGE)


def test_the_triggers_module_is_fresh() -> None:
    from afterview.check import triggers

    with open(triggers.__file__, encoding="utf-8") as committed:
        assert committed.read() == make_triggers.render(), (
            "run `python -m afterview.check.make_triggers` and commit "
            "src/afterview/check/triggers.py"
        )


@pytest.mark.parametrize(("name", "phrases"), _lists())
def test_every_phrase_has_sound_triggers(name: str, phrases: Phrases) -> None:
    from afterview.check.triggers import TRIGGERS

    assert TRIGGERS[name].count("\n") + 1 == len(phrases.phrases), name
    for phrase, own in zip(phrases.phrases, generated(name, len(phrases.phrases)), strict=True):
        assert own, f"{name}: {phrase!r} has no trigger, so it would be tried on every note"
        assert _proved(phrase, own), f"{name}: {phrase!r} can match without any of {own}"


def _texts_to_try() -> list[str]:
    texts = []
    for rule in load_rules():
        texts += [*rule.flags, *rule.passes]
    return [(t if isinstance(t, str) else t.body).lower() for t in texts]


@pytest.mark.parametrize(("name", "phrases"), _lists())
def test_the_pattern_for_a_note_finds_what_the_whole_list_finds(
    name: str, phrases: Phrases
) -> None:
    tried = 0
    for text in _texts_to_try():
        whole = [(m.start(), m.end()) for m in phrases.pattern.finditer(text)]
        assert [(m.start(), m.end()) for m in phrases.finditer(text)] == whole, (name, text)
        tried += bool(whole)
    assert tried, f"{name}: no rule example matches the list"


@pytest.mark.parametrize(("name", "phrases"), _lists())
def test_phrases_are_lower_case(name: str, phrases: Phrases) -> None:
    # They are matched against lower-cased text, so a capital letter could never match.
    for phrase in phrases.phrases:
        assert not re.search(r"(?<!\\)[A-Z]", phrase), f"{name}: {phrase!r}"


def test_a_note_compiles_only_the_phrases_it_could_match() -> None:
    phrases = Phrases("test.compile-only", [r"sorry to bother", r"begging you", r"please please"])
    own = make_triggers.phrase_triggers
    assert [own(p) for p in phrases.phrases] == [
        ("to bother",),
        ("begging you",),
        ("please please",),
    ]
    # as the generated module would hold them
    phrases.__dict__["_generated"] = tuple(own(p) for p in phrases.phrases)
    pattern = phrases.pattern_for("i am begging you")
    assert (
        pattern is not None and "sorry" not in pattern.pattern and "please" not in pattern.pattern
    )
    assert [m.group() for m in phrases.finditer("i am begging you")] == ["begging you"]
    assert phrases.pattern_for("thank you") is None
    assert "pattern" not in vars(phrases)  # the whole list was never compiled


def test_generator_reads_words_alternatives_and_optional_parts() -> None:
    own = make_triggers.phrase_triggers
    assert own(r"i (?:fully )?expect (?:to hear|a reply)") == ("fully expect", "i expect")
    assert own(r"(?:made|given) me an offer") == ("an offer",)  # a pair beats a word
    assert own(r"(?:my|our) last hope") == ("last hope",)
    assert own(r"(?:please )?reconsider") == ("reconsider",)
    assert own(r"its (?:a|been)") == ("its a", "its been")  # function words: pairs of them
    assert own(r"frustrat\w*") == ("*frustrat",)  # a word's start: a substring
    assert own(r"(?:hope|hoping) i(?:'m|’m| am) not") == (
        "hope i",
        "hope i'm",
        "hoping i",
        "hoping i'm",
    )
    assert own(r"\w+ly") == ()  # nothing to hold on to


def test_prover_reads_words_and_boundaries() -> None:
    assert _proved(r"(?:made|given) me", ("made", "given"))
    assert not _proved(r"(?:made|given) me", ("made",))  # "given me" holds no trigger
    assert not _proved(r"(?:made|given)? me", ("made", "given"))  # the group may be absent
    assert not _proved(r"pre\w+", ("pre",))  # "pre" is only the start of a word here
    assert _proved(r"its (?:a|been)", ("*its a", "*its been"))
    assert not _proved(r"its\s(?:a|been)", ("*its a", "*its been"))  # "\s" is not always a space
