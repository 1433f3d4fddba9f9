"""Small helpers that turn the candidate's notes into natural English."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ0-9']+")
_STOP = frozenset(
    """a an and are as at be but by for from had has have how i in into is it its my of on or our
    so that the their them they this to was we were what when which who why will with you your
    about after also been can could more most much not than then there these those very would
    without any all each other some such only own same just over under between through during
    before above below again once here both few many one two three first last new year years
    time day days way well get got make made take took use used work worked""".split()
)


def sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop, if it lacks an ending."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…\"'”)":
        text += "."
    return text


def inline(phrase: str) -> str:
    """A phrase from the candidate's notes, ready to sit mid-sentence.

    Lower-cases an ordinary first word ("Moving to Kafka" → "moving to Kafka")
    but leaves names and acronyms ("Kafka", "SQL", "iOS") alone, drops a final
    full stop, and turns "their team" (the candidate's view) into "your team"
    (the reader's).
    """
    phrase = phrase.strip().rstrip(".;:")
    first, _, rest = phrase.partition(" ")
    if first and first[0].isupper() and first[1:].islower() and first.lower() in _COMMON_STARTS:
        first = first.lower()
    if first.lower() == "their":
        first = "your team's" if rest and not rest.startswith(("own ", "team")) else "your"
    return f"{first} {rest}".strip() if rest else first


# Words that start a topic as ordinary English rather than as a name.
_COMMON_STARTS = frozenset(
    """how what why when where which whether the a an our your their moving building designing
    using scaling migrating improving hiring managing running working reducing growing planning
    teaching supporting leading testing writing handling sharing the new this that these those
    plans plan challenges challenge work team teams data customer customers patient patients
    student students budget project projects process processes approach""".split()
)


def content_words(text: str) -> set[str]:
    """Lower-cased words that carry meaning, for matching notes to each other."""
    return {w.lower() for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in _STOP}


def overlap(a: str, b: str) -> int:
    return len(content_words(a) & content_words(b))
