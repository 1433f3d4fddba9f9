"""The reader becomes "you": a note to Sam never calls Sam "he" or "she".

Debrief lines are notes to self about the interviewer ("he also runs
marathons") and their employer ("how they do code review"). In a note to
that person both become "you", and a verb after "he"/"she" loses its -s.
"""

from __future__ import annotations

import re

from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import FUNCTION_WORDS
from afterview.compose.reading.shapes import PEOPLE, is_person_noun
from afterview.compose.reading.text import bare

_SUBJECT = {"he": "you", "she": "you", "they": "you"}
_OBJECT = {"him": "you", "them": "you", "himself": "yourself", "herself": "yourself"}
_POSSESSIVE = {"his": "your", "their": "your", "theirs": "yours", "hers": "yours"}
_CONTRACTED = {
    "he's": "you're",
    "she's": "you're",
    "they're": "you're",
    "he'd": "you'd",
    "she'd": "you'd",
    "they'd": "you'd",
    "he'll": "you'll",
    "she'll": "you'll",
    "they'll": "you'll",
    "they've": "you've",
}
_THIRD_PERSON_VERB = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't"}
# Words that may stand between a subject and its verb: "he also runs".
_BETWEEN = frozenset(
    "also still really both too always often never just already even only mostly mainly "
    "usually sometimes actually personally".split()
)
THIRD_PERSON = frozenset([*_SUBJECT, *_OBJECT, *_POSSESSIVE, *_CONTRACTED, "her"])


class Ambiguous(ValueError):
    """He or she in the middle of a line: it may not be the reader ("the partner she'd support")."""


def to_reader(text: str) -> str:
    """``text`` with the interviewer and their team as "you" (he, she, they, his, their...).

    "They" and "their" are the team and always become "you" and "your". He and she become
    "you" only where they clearly are the reader, at the start of the line or of a clause
    ("he also runs marathons", "both..., he ..."); elsewhere :class:`Ambiguous` is raised.
    """
    words = text.split(" ")
    for i, word in enumerate(words):
        key = bare(word)
        singular = key in (
            "he",
            "she",
            "him",
            "his",
            "her",
            "hers",
            "he's",
            "she's",
            "he'd",
            "she'd",
        )
        starts_clause = (
            i == 0
            or bare(words[i - 1]) in ("that", "and", "because", "but")
            or (words[i - 1].endswith(","))
        )
        if singular and not starts_clause and key not in ("his", "her", "him"):
            raise Ambiguous(word)
        if key == "him" and i == 1 and bare(words[0]).endswith("ing"):
            raise Ambiguous(word)  # "getting him to appts": a task, for her dad, told to her
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        key = bare(word)
        if key == "they" and _people_before(words[:i]):
            out.append(word)  # "correcting MLAs' quotes when they ask": the MLAs, not the reader
            i += 1
            continue
        if key in _SUBJECT:
            out.append(_swap(word, _SUBJECT[key]))
            i += 1
            while i < len(words) and bare(words[i]) in _BETWEEN:
                out.append(words[i])
                i += 1
            if i < len(words) and key != "they":
                out.append(_agree(words[i]))
                i += 1
            continue
        if key in _CONTRACTED:
            out.append(_swap(word, _CONTRACTED[key]))
        elif key == "them" and (_things_before(words[:i]) or "you" in map(bare, out)):
            out.append(word)  # "how my research would use them", "you showed them": not the reader
        elif key in _OBJECT:
            out.append(_swap(word, _OBJECT[key]))
        elif key in _POSSESSIVE:
            out.append(_swap(word, _POSSESSIVE[key]))
        elif key == "her":
            following = bare(words[i + 1]) if i + 1 < len(words) else ""
            noun_next = (
                bool(following)
                and following not in FUNCTION_WORDS
                and bool(
                    lexicon.tags(following) & {"N", "S", "J", "G"} or not lexicon.known(following)
                )
            )
            out.append(_swap(word, "your" if noun_next else "you"))
        else:
            out.append(word)
        i += 1
    if out and bare(out[0]) == "you":  # "he did the GMT in 2014 and is now SC manager"
        for k in range(1, len(out) - 1):
            if out[k] == "and" and bare(out[k + 1]) in _THIRD_PERSON_VERB:
                out[k + 1] = _swap(out[k + 1], _THIRD_PERSON_VERB[bare(out[k + 1])])
    return " ".join(out)


def _things_before(words: list[str]) -> bool:
    """A plural that names things before "them" ("collections", "the gates"): what it means."""
    return any(
        "S" in lexicon.tags(bare(w)) and not is_person_noun(w) and not w[:1].isupper()
        for w in words
    )


_ACRONYM_PLURAL = re.compile(r"^[A-Z]{2,}s['’]?$")  # "MLAs'", "GPs"


def _people_before(words: list[str]) -> bool:
    """People (:data:`PEOPLE`) named earlier in the same clause ("... 3 families and now they ..." starts
    another, where "they" are the employer again)."""
    start = max((k + 1 for k, w in enumerate(words) if w in _BREAKS or w.endswith(",")), default=0)
    return any(
        bare(w) in PEOPLE or _ACRONYM_PLURAL.match(w.strip(".,;:()")) for w in words[start:]
    ) or _a_plural_then_when(words[start:])


_WHEN = frozenset("when once if until unless before after because while".split())


def _a_plural_then_when(words: list[str]) -> bool:
    """ "aftercare for investors once": a plural, then "when" or "once" before "they", which
    are those the plural names ("once they land" is the investors', never "once you land";
    late313 readers); "the posters they did" are the reader's."""
    if len(words) < 2 or bare(words[-1]) not in _WHEN:
        return False
    return any(w.islower() and "S" in lexicon.tags(bare(w)) for w in words[:-1])


_BREAKS = frozenset("and but so or".split())


def _agree(verb: str) -> str:
    """The verb after "you": "runs" -> "run", "is" -> "are"."""
    key = bare(verb)
    if key in _THIRD_PERSON_VERB:
        return _swap(verb, _THIRD_PERSON_VERB[key])
    if "Z" in lexicon.tags(key):
        return _swap(verb, lexicon.inflect(key, "VBP"))
    return verb


def _swap(original: str, replacement: str) -> str:
    """``replacement`` with the punctuation and capital of ``original``."""
    core = original.strip('.,;:!?"“”()')
    start = original.find(core)
    if core[:1].isupper():
        replacement = replacement[0].upper() + replacement[1:]
    return original[:start] + replacement + original[start + len(core) :]


def mentions_third_person(text: str) -> bool:
    return any(bare(w) in THIRD_PERSON for w in text.split())
