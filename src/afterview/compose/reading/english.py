"""A last test of the candidate's own lines: do they read as English, or are they left out?

The gate (:mod:`.gate`) mends the slips it can be sure of. What is left may still be broken
in ways no mend can settle without guessing, the slips that readers marked as embarrassing
in a thank-you note:

- a noun counted one at a time with no "a", "the" or "my" before it ("at hotel bakery",
  "in Tongyeong hall", "as final project"): which article is right is not known;
- a present tense with "since" or "for three years" ("I make snow profiles since 2019",
  "I already lead the audit for 2 years"): it needs "have";
- the object after its adverb ("I know very well the membranes", "I have done already the
  forecast").

Such a line is left out, and the plan's advice says why. A line a note leaves out costs a
detail; a broken sentence costs the note.
"""

from __future__ import annotations

import re
from functools import cache

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    AUXILIARIES,
    DETERMINERS,
    DETERMINING,
    FUNCTION_WORDS,
    PREPOSITIONS,
)
from afterview.compose.reading.shapes import MASS_NOUNS, is_person_noun, tags_of
from afterview.compose.reading.text import Unusable, bare
from afterview.compose.reading.vocabulary import data

# The candidate's own lines (and a topic, which names what was talked about).
KINDS = frozenset("strength answer wish news topic".split())

# Words after a preposition that stand where an article would ("for more than", "of each").
_QUANTITIES = frozenset("more less most least much enough half all both".split())
# After these a bare noun is how English says it ("than expected", "per shift", "since 2019").
_NOT_OPENERS = frozenset("than like per since until via".split())
# Endings of nouns of an activity or a field, not counted ("training", "compliance").
_FIELD_ENDINGS = (
    *("ing", "ion", "ity", "ment", "ware", "ance", "ence", "ness", "ism", "ics", "ship", "age"),
    *("cy", "ure", "th", "ogy", "sis", "ety", "apy", "ia", "metry"),  # not "bakery", "factory"
)
# Times of the year or the day: "in summer", "before harvest", "at month end".
_TIMES = frozenset(
    """season summer winter spring autumn fall year week month day night morning evening weekend
    term semester quarter harvest leave time noon midnight shift hour end once service""".split()
)
# Nouns after which "of" names a kind or an amount, never one thing: "types of soil".
_KINDS_OF = frozenset(
    "type types kind kinds sort sorts lot lots amount piece bit deal level degree form forms "
    "way ways source sources quality quantity volume range mix".split()
)
# Words after a thing that carry on its name: "pack out", "set up".
_PARTICLES = frozenset("out up off".split())
# Places typed without their capitals ("at Sassoon hospital"): a name, not one of many.
_INSTITUTIONS = frozenset(
    "hotel school university college hospital club church bank council academy institute "
    "centre center clinic library museum gallery zoo".split()
)


@cache
def _idioms() -> frozenset[str]:
    return frozenset(phrase.lower() for phrase in data()["bare"]["idioms"])


@cache
def _uncounted() -> frozenset[str]:
    return frozenset(w.lower() for w in data()["bare"]["uncounted"]) | MASS_NOUNS


def _counted_one(key: str) -> bool:
    """A noun for one thing counted one at a time: "bakery", "hall", "project"."""
    tags = tags_of(key)
    return (
        "N" in tags
        and not tags & {"S", "D", "Z", "G", "P"}
        and key not in _uncounted()
        and not key.endswith(_FIELD_ENDINGS)
        and not (key.endswith("s") and "N" in tags_of(key[:-1]))  # "relations"
    )


def _phrase_after(ws: list[str], start: int) -> list[str]:
    """The words naming one thing from ``start``: adjectives, nouns and names, up to a
    function word or a comma."""
    span: list[str] = []
    for word in ws[start:]:
        key = bare(word)
        if not key or key in FUNCTION_WORDS or key in DETERMINING or key[:1].isdigit():
            break  # a figure after a thing starts another phrase: "quota 3 quarters straight"
        tags = tags_of(key)
        named = word[:1].isupper() or any(c.isdigit() for c in key) or "-" in key
        if not (named or tags & {"J", "N", "G", "S"} or not tags):
            break
        span.append(word)
        if word[-1:] in ",;:.)":
            break
    return span


def _bare_count_noun(text: str) -> str | None:
    """ "at hotel bakery": a preposition, then a thing counted one at a time with nothing
    to say which one (else None)."""
    ws = text.split()
    for at, opener in enumerate(ws[:-1]):
        key = bare(opener)
        if opener != key or key not in PREPOSITIONS or key in _NOT_OPENERS:
            continue  # "Bay of Fundy", "gear, on", "per shift"
        first = bare(ws[at + 1])
        if first in DETERMINERS or first in _QUANTITIES or first in DETERMINING:
            continue
        if "'" in ws[at + 1] or ws[at + 1][:1].isdigit():
            continue  # "at the club's", "for 3 lines"
        if key == "of" and at and bare(ws[at - 1]) in _KINDS_OF:
            continue  # "types of soil", "a lot of paperwork"
        if key == "to" and "V" in tags_of(first):
            continue  # "to build", "how to keep"
        if at and ws[at - 1][:1].isupper() and ws[at + 1][:1].isupper():
            continue  # inside a name: "Bay of Fundy", "Reporters for Investigative Journalism"
        span = _phrase_after(ws, at + 1)
        if not span:
            continue
        after = ws[at + 1 + len(span)] if at + 1 + len(span) < len(ws) else ""
        following = bare(after)
        if following in ("and", "or") or following in _PARTICLES or following[:1].isdigit():
            continue  # "in manual and automation QA": the head comes later; "at pack out",
            # "for grade 7": a label
        if following and following not in FUNCTION_WORDS and span[-1][-1:] not in ",;:.)":
            continue  # the phrase goes on in a word the lexicon does not know as a noun
        head = bare(span[-1])
        if head in _TIMES or (head in _INSTITUTIONS and any(w[:1].isupper() for w in span)):
            continue
        if not span[-1][:1].islower() or not head.isalpha() or any("'" in w for w in span):
            continue  # a name ("in Lower Division"), a figure, a possessive
        if " ".join([key, *map(bare, span)]) in _idioms():
            continue  # "on site", "by hand", "in front office"
        if is_person_noun(head) and key == "as":
            continue  # "five as site manager"
        if _counted_one(head):
            return " ".join([opener, *span]).rstrip(",;:.)")
    return None


# "I make snow profiles since 2019", "I lead the audit for 2 years": the time says "have".
_SINCE = lazy(
    r"\bsince (?:\d+|(?:last|early|late) [a-z]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*(?: \d+)?)",
    re.I,
)
_FOR_YEARS = lazy(
    r"\bfor (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several)"
    r" (?:years?|months?|weeks?)\b"
)
# Verbs whose present with "for three years" is how a careful writer would put it anyway.
_STATIVE = frozenset("am is are be have has know own hold live need want like".split())


def _present_for_a_time(text: str) -> str | None:
    ws = text.split()
    if len(ws) < 3 or ws[0] != "I":
        return None
    verb = bare(ws[2] if bare(ws[1]) in ("already", "also", "still") else ws[1])
    if verb in AUXILIARIES or verb in _STATIVE:
        return None
    tags = tags_of(verb)
    if "V" not in tags and "Z" not in tags:
        return None  # a past ("I did ... since") is the gate's to judge
    found = _SINCE.search(text) or _FOR_YEARS.search(text)
    if not found:
        return None
    done = lexicon.inflect(lexicon.lemma(verb) or verb, "VBN")
    return f"“I {verb} … {found.group(0)}” needs “have” (“I have {done} …”)"


# "I know very well the membranes", "I have done already the forecast".
_ADVERB_BEFORE_OBJECT = lazy(
    r"\b(?P<verb>[a-z]+) (?P<adverb>very well|already|also|always|well) (?:the|a|an|my|our|all)\b"
)


def _adverb_before_object(text: str) -> str | None:
    found = _ADVERB_BEFORE_OBJECT.search(text)
    if found is None or found["verb"] in AUXILIARIES - {"have", "has", "had", "do", "did"}:
        return None  # "I am also the captain"
    if found["verb"] in ("have", "has", "had") and found["adverb"] in ("also", "always"):
        return None  # "I have also a ..." is British enough to stand
    return found.group(0)


def read_as_english(kind: str, text: str) -> None:
    """Raise Unusable when the line ``text`` (a field of ``kind``) would not read as English."""
    if kind not in KINDS:
        return
    bare_noun = _bare_count_noun(text)
    if bare_noun:
        raise Unusable(
            f"“{bare_noun}” needs a word to say which one (“a”, “the”, “my”); "
            "write it as you would say it"
        )
    if kind == "topic":
        return
    tense = _present_for_a_time(text)
    if tense:
        raise Unusable(f"{tense}; write it as you would say it")
    order = _adverb_before_object(text)
    if order:
        raise Unusable(f"“{order}” puts the thing after the adverb; write it as you would say it")
