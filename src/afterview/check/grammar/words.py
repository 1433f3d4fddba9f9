"""What the grammar rules need to know about single words: verb forms, plurals, pronouns.

No part-of-speech tagger: the rules only ever ask about the word right after
a pronoun, a modal or a preposition, and these small tables (plus the
English word list) answer that well enough for short notes.
"""

from __future__ import annotations

from typing import Protocol

from afterview.check.rule import word_set


class WordList(Protocol):
    """What the rules ask of the English word list (:class:`afterview.check.lexicon.Lexicon`)."""

    def __contains__(self, word: str) -> bool: ...


MODALS = word_set("will would can could shall should may might must")
# Words that may stand between a modal and its verb: "I will gladly send", "I can also help".
ADVERBS = word_set(
    "not also never always still just really then certainly definitely gladly happily surely "
    "probably quickly easily readily only even already soon truly now"
)
# Past forms that are not the base form too ("put", "read" and "cut" are both).
IRREGULAR_PAST = word_set(
    "sent went came took gave made did had was were ran led built spent began brought bought "
    "taught thought caught fought sought wrote drove rode spoke broke chose froze stole woke knew "
    "grew threw drew flew saw told sold held felt kept left lost meant met paid said stood "
    "understood heard found got won sat slept swept lent bent dealt arose forgave forgot hid bit "
    "lit shot struck stuck became overcame oversaw undertook underwent withdrew shook fell "
    "forgotten written spoken given taken driven chosen broken known grown shown seen done gone "
    "begun sung"
)
# Simple past forms that are not past participles: never after "have" or "was".
PAST_ONLY = word_set(
    "saw went came took gave wrote drove spoke broke chose froze ate began ran knew grew threw "
    "drew "
    "flew rode stole woke sang swam rang drank sank shook fell became overcame undertook withdrew "
    "forgave arose hid"
)
# Base forms that end in "-ed": never a past tense.
BASE_ED = word_set(
    "need feed seed heed bleed breed speed proceed succeed exceed embed shed wed shred bed red "
    "weed deed steed greed indeed"
)
# Words ending in "-s" that are not a verb's "-s" form.
NOT_S_FORMS = word_set(
    "always sometimes perhaps nevertheless nonetheless besides afterwards towards regardless "
    "unless thus plus less yes as us is was has his its this does goes whereas overseas "
    "nowadays"
)


def is_s_form(word: str, known: WordList) -> bool:
    """ "speaks", "teaches", "applies": a verb's third-person form (or a plural, which a pronoun
    cannot take either). ``known`` answers whether a word is English (the lexicon)."""
    if word in NOT_S_FORMS or len(word) < 4 or word.endswith(("ss", "us", "is", "'s")):
        return word in ("has", "does")
    if not word.endswith("s"):
        return False
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(s in known for s in stems)


def is_past(word: str, known: WordList) -> bool:
    """ "sent", "discussed", "planned", "applied": a past form that is not also a base form."""
    if word in IRREGULAR_PAST:
        return True
    if not word.endswith("ed") or len(word) < 5 or word in BASE_ED or word.endswith("eed"):
        return False
    stems = [word[:-2], word[:-1]]
    if len(word) > 5 and word[-3] == word[-4]:
        stems.append(word[:-3])  # "planned"
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")  # "applied"
    return any(s in known for s in stems)


def joined(text: str, end: int, start: int) -> bool:
    """Only spaces or tabs between two words (``end`` of one, ``start`` of the next)."""
    return end < start and not text[end:start].strip(" \t")


def sentence_start(text: str, start: int) -> bool:
    """Nothing but a quote or a bracket between ``start`` and the last sentence end or line."""
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;"
