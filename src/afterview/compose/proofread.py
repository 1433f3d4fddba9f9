"""A last look at each sentence that carries the candidate's words, before it goes in a note.

The readers of :mod:`.reading` shape a debrief line for its sentence frame; this catches what
they could not foresee, the slips a proofreader would circle: "I" before a word that is not a
verb ("I CPA licensed"), a verb pasted after a preposition ("about discussed the shifts"), a
doubled word, a capital after a colon, stray punctuation, "a" before a vowel. A sentence that
fails is left out of the note (and the plan says so); it is never sent broken.
"""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import AUXILIARIES, MODALS
from afterview.compose.reading.text import bare, is_name

_ADVERBS_AFTER_I = frozenset(
    """also really still always never often just already even truly genuinely especially
    particularly greatly certainly recently once previously personally successfully""".split()
)
_DOUBLED = lazy(r"\b(\w+)\s+\1\b", re.IGNORECASE)
_STRAY = lazy(r",\s*[,.]|\s[,.;:](?!\d)|(?<!\.)\.\.(?!\.)")
_AFTER_COLON = lazy(r":\s+([A-Z][a-z]+)\b")
_ARTICLE = lazy(r"\b(a|an)\s+([A-Za-z][\w-]*)")
_PASTED_VERB = lazy(r"\b(?:about|of|on|regarding)\s+(\w+ed)\s+(?:the|a|an|my|our|your)\b")


def problem(sentence: str) -> str | None:
    """Why ``sentence`` would embarrass the candidate, or None if it reads cleanly."""
    words = sentence.split()
    for i, word in enumerate(words[:-1]):
        if word == "I" and _not_after_i(words[i + 1]):
            return f"“I {words[i + 1]}” is not a sentence"
    pasted = _PASTED_VERB.search(sentence)
    if pasted and set(lexicon.tags(pasted.group(1).lower())) <= {"D", "P"}:
        return f"“{pasted.group(0)}” reads as pasted notes"
    doubled = _DOUBLED.search(sentence)
    if doubled and doubled.group(1).lower() not in ("that", "had", "is"):
        return f"“{doubled.group(0)}” repeats a word"
    stray = _STRAY.search(sentence)
    if stray:
        return f"stray punctuation (“{stray.group(0).strip()}”)"
    colon = _AFTER_COLON.search(sentence)
    named = colon and re.match(r"\s+[A-Z]", sentence[colon.end(1) :])  # "Theatre Aquarius"
    if colon and not named and not is_name(colon.group(1)) and colon.group(1) != "I":
        return f"a capital after a colon (“{colon.group(1)}”)"
    for article in _ARTICLE.finditer(sentence):
        if _wrong_article(article.group(1), article.group(2)):
            return f"“{article.group(0)}”"
    return None


def _not_after_i(word: str) -> bool:
    key = bare(word)
    if not key or key in AUXILIARIES or key in MODALS or key in _ADVERBS_AFTER_I:
        return False
    if key.startswith("'"):
        return False
    if word[:1].isupper() or word[:1].isdigit():
        return True
    tags = lexicon.tags(key)
    if not tags & {"V", "D", "P", "Z", "R"}:
        return True
    return "Z" in tags and not tags & {"V", "D"}  # "I speaks"


def _wrong_article(article: str, word: str) -> bool:
    """'a' before an open vowel or 'an' before a consonant, where spelling settles the sound."""
    if word.isupper() or word[:2].isupper() or word[0].isdigit():
        return False  # letters said one by one: both "an MBA" and "a SAP" are right
    lowered = word.lower()
    if article.lower() == "a":
        return lowered[0] in "aeio" and not lowered.startswith(("one", "once", "eu", "ewe"))
    return lowered[0] not in "aeiouh"
