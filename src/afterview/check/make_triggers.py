"""Writes ``triggers.py``: for every phrase of every list, triggers one of which each match holds.

``python -m afterview.check.make_triggers`` rewrites the module; a test fails
when the committed module differs from what this script would write (the way
flake8 generates its pycodestyle plugin), so the triggers never drift from
the phrases. Nothing here runs when a note is checked.

How a phrase's triggers are found: Python's own regex parser reads the
phrase; each literal run a match must pass through is expanded into the
strings it can be (a few alternatives, optional parts); the whole words in
those strings, and the pairs of words next to each other, are candidates;
the phrase gets a small set of the most telling ones such that every match
holds one of them ("last hope" for "(?:my|our) last hope", "expect" for
"i expect (?:to hear|a |...)"). Only where a phrase holds no whole word
("frustrat\\w*") does it get the literal strings, marked with a leading ``*``
and tested as substrings.
"""

from __future__ import annotations

import re
import re._constants as C
import re._parser as parser
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET = HERE / "triggers.py"
MOST = 64  # more alternatives than this and a run is cut in two
EDGE = "\x00"  # a word boundary known to lie here (the phrase's ends, "\b")
# Words in nearly every note: as a trigger alone they would let every note through.
FUNCTION_WORDS = frozenset(
    "a an the i i'm i've i'd i'll me my we our you your you're it its it's they their they're "
    "them "
    "he she his her this that these those to of and or but in on at for with from by as if so "
    "not "
    "no "
    "is are was were be been being am have has had do does did will would can could shall "
    "should "
    "may "
    "might must what when how there here all any some just about up out "
    # and the words of nearly every follow-up note
    "look looking forward hear hearing time well team role position interview work working "
    "thank "
    "thanks great good best next step steps opportunity meeting today week help glad enjoyed "
    "appreciate appreciated discussion conversation experience company know like hope day new "
    "also again".split()
)
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


@dataclass(frozen=True)
class Info:
    """What a parsed piece tells: the strings it can be, and what every match holds."""

    exact: frozenset[str] | None  # every string it can match, when few and known
    needs: frozenset[str] | None  # triggers, one of which every match holds ("*" marks a substring)


NOTHING = Info(None, None)


def _grade(trigger: str) -> int:
    """How telling a trigger is: a pair with a content word, a content word, a pair of function
    words ("its been"), a substring."""
    if trigger.startswith("*"):
        return 0
    words = trigger.split(" ")
    if len(words) == 1:
        return 2
    return 3 if any(w not in FUNCTION_WORDS for w in words) else 1


def _score(needs: frozenset[str] | None) -> tuple[int, int]:
    """Higher is better: the least telling trigger decides, then fewer triggers."""
    if not needs:
        return (-1, 0)
    return (min(map(_grade, needs)), -len(needs))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    return a if _score(a) >= _score(b) else b


def _candidates(text: str) -> set[str]:
    """Word and word-pair triggers one string offers (whole words only: a boundary on each side).

    A pair is two words next to each other in the note's list of words (see View.lower_words),
    which is the same as being next to each other here: both lists come from the same regex.
    """
    found: set[str] = set()
    previous = None
    for m in WORD.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        after = text[m.end()] if m.end() < len(text) else ""
        whole = bool(before and after) and not before.isalnum() and not after.isalnum()
        word = m.group() if whole else None
        if word:
            if word not in FUNCTION_WORDS:
                found.add(word)
            if previous:
                found.add(f"{previous} {word}")
        previous = word
    return found


def _needs_of(strings: frozenset[str]) -> frozenset[str] | None:
    """The best triggers for a set of strings one of which every match is (or contains)."""
    clean = [s.replace("’", "'") for s in strings]
    if any(not s.strip(EDGE + " ") for s in clean):
        return None  # a match may be nothing here
    offered = [_candidates(s) for s in clean]
    if all(offered):
        chosen: set[str] = set()
        left = list(range(len(offered)))
        while left:  # greedy cover: the most telling trigger, then the one most strings share
            counts: dict[str, int] = {}
            for i in left:
                for t in offered[i]:
                    counts[t] = counts.get(t, 0) + 1
            best = max(counts, key=lambda t: (_grade(t), counts[t], len(t), t))
            chosen.add(best)
            left = [i for i in left if best not in offered[i]]
        # Drop what the others already cover, the trigger of fewest strings first
        # ("please reconsider" when "reconsider" is also chosen).
        for t in sorted(chosen, key=lambda t: (sum(t in o for o in offered), t)):
            rest = chosen - {t}
            if all(not rest.isdisjoint(o) for o in offered):
                chosen = rest
        return frozenset(chosen)
    subs = frozenset("*" + s.strip(EDGE) for s in strings)
    return subs if all(len(s) > 4 for s in subs) else None


def _item(op: Any, av: Any) -> Info:
    if op is C.LITERAL:
        return Info(frozenset({chr(av)}), None)
    if op is C.IN:
        if all(o is C.LITERAL for o, _ in av) and len(av) <= 4:
            return Info(frozenset(chr(v) for _, v in av), None)
        return NOTHING
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise ValueError("phrases are lower case; (?i) is not supported")
        return _sequence(av[-1])
    if op is C.BRANCH:
        parts = [_sequence(branch) for branch in av[1]]
        exacts = [p.exact for p in parts if p.exact is not None]
        exact: frozenset[str] | None = None
        if len(exacts) == len(parts):
            exact = frozenset(s for e in exacts for s in e)
            if len(exact) > MOST:
                exact = None
        needs = [_better(p.needs, _needs_of(p.exact) if p.exact else None) for p in parts]
        found = [n for n in needs if n is not None]
        union = frozenset(t for n in found for t in n) if len(found) == len(needs) else None
        return Info(exact, union)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        inner = _sequence(sub)
        if low == high == 1:
            return inner
        if low == 0 and high == 1 and inner.exact is not None:
            return Info(inner.exact | {""}, None)
        if low >= 1:
            return Info(None, _better(inner.needs, _needs_of(inner.exact) if inner.exact else None))
        return NOTHING
    if op is C.AT:
        return Info(frozenset({EDGE}) if av in (C.AT_BOUNDARY,) else frozenset({""}), None)
    if op in (C.ASSERT, C.ASSERT_NOT):
        return Info(frozenset({""}), None)  # looks, but takes nothing
    return NOTHING


def _sequence(items: Any, *, start: str = "", end: str = "") -> Info:
    run = frozenset({start})
    pure = True
    best: frozenset[str] | None = None
    for op, av in items:
        part = _item(op, av)
        if part.exact is not None and len(run) * len(part.exact) <= MOST:
            run = frozenset(a + b for a in run for b in part.exact)
            continue
        pure = False
        best = _better(best, _needs_of(run))
        best = _better(best, part.needs)
        # A run cut after a space (or the phrase's start) still starts on a word boundary.
        lead = EDGE if all(s and not s[-1].isalnum() for s in run) else ""
        run = frozenset(lead + x for x in part.exact) if part.exact is not None else frozenset({""})
    run = frozenset(s + end for s in run)
    best = _better(best, _needs_of(run))
    return Info(run if pure else None, best)


def phrase_triggers(phrase: str) -> tuple[str, ...]:
    """The triggers of one phrase (sorted), or () when none is found: then it is always tried."""
    needs = _sequence(parser.parse(phrase), start=EDGE, end=EDGE).needs
    return tuple(sorted(needs)) if needs else ()


def collect() -> dict[str, tuple[str, ...]]:
    """Every phrase list of the checker, by name."""
    from afterview.check.phrases import REGISTRY
    from afterview.check.registry import load_rules

    load_rules()  # imports every rule module, and so every phrase list
    return {name: REGISTRY[name].phrases for name in sorted(REGISTRY)}


def _quoted(text: str) -> str:
    """A Python string literal in double quotes, as ``ruff format`` writes it."""
    return '"' + text.replace('"', '\\"') + '"'


def _parts(entry: str, width: int = 88) -> list[str]:
    """An entry cut after a "|" into pieces that fit within 100 columns once indented."""
    parts: list[str] = []
    while len(entry) > width:
        cut = entry.rfind("|", 0, width) + 1
        if cut <= 0:
            break
        parts.append(entry[:cut])
        entry = entry[cut:]
    return [*parts, entry]


def render() -> str:
    lines = [
        '"""Triggers of the phrase lists: generated by `python -m afterview.check.make_triggers`.',
        "",
        "Do not edit: change the phrases and run the command. For each list, one line per",
        "phrase: the triggers one of which every match of that phrase holds, joined by",
        '"|". A trigger is a word, two words next to each other ("last hope"), or (after',
        'a "*") a substring, for a phrase that holds no whole word. One string per list',
        "loads faster than a tuple of tuples.",
        '"""',
        "",
        "TRIGGERS: dict[str, str] = {",
    ]
    for name, phrases in collect().items():
        entries = ["|".join(phrase_triggers(phrase)) for phrase in phrases]
        newline = chr(92) + "n"  # written as the two characters of the escape
        one = f"    {_quoted(name)}: ({_quoted(newline.join(entries))}),"
        if len(one) <= 100:
            lines.append(one)  # as ruff format would join it
            continue
        lines.append(f"    {_quoted(name)}: (")
        for i, entry in enumerate(entries):
            end = "\\n" if i < len(entries) - 1 else ""
            lines.extend("    " * 2 + _quoted(part) for part in _parts(entry + end))
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else TARGET
    text = render()
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        print(f"{path}: up to date")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"{path}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
