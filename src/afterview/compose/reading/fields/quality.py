"""A strength that claims a quality ("calm in a crisis", "good with anxious patients"): said
with what the candidate did that shows it, which people note after a dash and the reading of a
strength used to drop; a quality of character claimed with nothing to show it is left out.

Blind readers of the late421-424 drafts called the bare claims naive, bolted-on self-praise
("I am calm under delays, and I hope that will be useful to the team"), while the line the
candidate wrote, "calm under delays - handled the Hojo flood detour in 2024", says it well.
"""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.fields.common import Reading
from afterview.compose.reading.fields.strength import read_strength
from afterview.compose.reading.text import Unusable
from afterview.compose.reading.vocabulary import word_set

# "I am calm in a crisis", "I am very good with children": a quality claimed.
_A_QUALITY = lazy(r"^I am (?:(?:very|really|quite|extremely|always) )?(?P<word>[a-z-]+)\b")
# Where the claim ends and what shows it begins: a sentence, a dash, a colon, a semicolon, or a
# comma before "I" or a verb in the past ("Patient with difficult guests, I handled ...").
_THEN_WHAT_SHOWS_IT = lazy(
    r"\s*(?:[.!]\s+|\s[-–—]{1,2}\s+|:\s+|;\s+|,\s+(?=I\b|I['’]|never\b|[a-z]+ed\b))", re.I
)
# What shows a quality in a note to an employer: nothing of one's family, no one else's work
# ("did her dissertation"), no aside, no joke.
_NOT_TO_SHOW = lazy(
    r"\blol\b|[()]|\b(?:she|he|her|his|their|they)\b"
    r"|\bmy (?:mum|mom|dad|father|mother|gran\w*|nan|grand\w*|kids?|wife|husband|sister|brother"
    r"|son|daughter)\b|\bsiblings?\b",
    re.I,
)
_MOST_WORDS = 20
# What :func:`read_pitched_strength` makes of a quality and its deed: "I am calm in a crisis: I
# evacuated the hotel". The gate lets its colon through, and the composer gives it no pitch.
_A_QUALITY_SHOWN = lazy(r"I am [^:]+: I \w")


def shows_a_quality(clause: str) -> bool:
    """Whether ``clause`` is a quality said with the deed that shows it."""
    return _A_QUALITY_SHOWN.match(clause) is not None


def read_pitched_strength(raw: str) -> Reading:
    """A line of ``strengths`` as a note puts it forward: a quality with what shows it ("I am
    calm in a crisis: I evacuated the hotel during the fire alarm"); a quality of character
    alone raises Unusable; any other strength reads as :func:`read_strength` reads it."""
    reading = read_strength(raw)
    head, tail = _split(raw)
    try:
        claim = read_strength(head) if tail else reading
    except Unusable:
        return reading  # "kaizen: cut cycle time on station 40": no quality claimed
    quality = _A_QUALITY.match(claim.text)
    if claim.shape != "clause" or not quality or "J" not in lexicon.tags(quality["word"]):
        return reading
    word, alone = quality["word"], claim.text == quality[0]
    shown = _what_shows_it(tail) if tail else ""
    if shown and alone and not _describes_a_person(word):
        return Reading("clause", shown)  # "Facial - worked w/ FACS rigs": a label, then the deed
    if shown:
        return Reading("clause", f"{claim.text}: {shown}")
    character = word in word_set("strengths", "character")
    character = character or (alone and word in word_set("strengths", "character_alone"))
    if character:  # what follows the claim, if anything, shows nothing
        said = " ".join(head.split()).strip(" .,;:!")
        raise Unusable(
            f"it claims a quality (“{said}”) with nothing that shows it, and a claim alone "
            "reads as self-praise; add what you did that shows it, after a dash (“calm in a "
            "crisis - evacuated the hotel during a fire alarm”)"
        )
    return reading


def _describes_a_person(word: str) -> bool:
    """ "calm", "bilingual": said of a person; "facial", "digital" before a dash are labels."""
    return any(word in word_set("strengths", key) for key in _OF_A_PERSON)


_OF_A_PERSON = ("character", "character_alone", "of_a_person")


def _split(raw: str) -> tuple[str, str]:
    """The claim and what follows it ("" when nothing does); what follows may stand in
    brackets: "calm in incident bridges (was IC for 2 Sev1s)"."""
    text = raw.strip()
    bracketed = re.fullmatch(r"(?P<head>[^()]+?)\s*\((?P<tail>[^()]+)\)[.!]*", text)
    if bracketed:
        return bracketed["head"], bracketed["tail"].strip()
    found = _THEN_WHAT_SHOWS_IT.search(text)
    if not found or not found.start():
        return raw, ""
    return text[: found.start()], text[found.end() :].strip().rstrip(".!")


def _what_shows_it(tail: str) -> str:
    """``tail`` as a clause of something the candidate did ("I handled the Hojo flood detour
    in 2024"), or "" when it says nothing done, or nothing a note should say."""
    words = tail.split()
    if not words or len(words) > _MOST_WORDS or _NOT_TO_SHOW.search(tail):
        return ""
    lowered = [w.lower().strip("’'") for w in words]
    if lowered[0] in ("i", "i've", "i’ve", "we"):
        lowered = lowered[1:] or [""]
    if lowered[0] == "never":
        lowered = lowered[1:] or [""]
    if "D" not in lexicon.tags(lowered[0]) and lowered[0] != "have":
        return ""  # "100% attendance this year": no deed
    if re.search(r"\s[-–—]{1,2}\s", tail):
        return ""  # "Detailed AMHP reports - audited twice": notes, not one deed
    try:
        reading = read_strength(tail)
    except Unusable:
        return ""
    text = reading.text
    said = text.split()
    if reading.shape != "clause" or len(said) < 4 or said[0] != "I":  # not "I was one"
        return ""
    if text.startswith(("I am ", "I have experience")) or _NOT_TO_SHOW.search(text):
        return ""  # "I have experience renewing": what the reading made up, not a deed
    return text
