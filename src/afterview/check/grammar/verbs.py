"""Verb forms: "could of", the wrong form after a modal, and sentences broken around a verb.

"I will sent", "I can helped", "I must to say"; "our conversation about
discussed the night shifts"; "About has not run a budget: ...". The last two
are what a template leaves when it pastes raw notes into a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise, product
from typing import TYPE_CHECKING

from afterview.check.grammar.examples import GRAMMAR_NOTE
from afterview.check.grammar.words import (
    ADVERBS,
    IRREGULAR_PAST,
    MODALS,
    PAST_ONLY,
    is_past,
    is_s_form,
    joined,
    sentence_start,
)
from afterview.check.phrases import Phrases, detect_phrases
from afterview.check.rule import Hit, Rule, word_set

if TYPE_CHECKING:
    from afterview.check.view import View

_MODALS = ("could", "would", "should", "must", "might", "may")
COULD_OF = Phrases(
    "grammar.could-of",
    [rf"{verb} of(?! course)" for verb in _MODALS],
)
# Before a modal these make it a noun: "the will to win", "a can of paint", "a must".
NOUN_MARKERS = word_set("a an the his her my your our their free good strong")
PREPOSITIONS = word_set("about of on for with regarding into from to")
NOUN_START = word_set("the a an my your our their his her this these those")
# After these comes a past participle ("have seen", "was taken"), never a simple past ("saw").
TAKES_PARTICIPLE = word_set(
    "have has had having i've we've you've they've is was were be been being i'm am are"
)
# After these comes the plain form ("didn't know"), never a past ("didn't knew").
TAKES_BASE = word_set("do does did don't doesn't didn't")
AUXILIARIES = word_set("has have had is was are were does did will would can could should")


def _forms(view: View) -> tuple[set[str], set[str]]:
    """The note's words that might be past forms, and those that might be "-s" forms."""
    found = view.shared.get("verb forms")
    if found is None:
        words = view.lower_word_set
        past = {w for w in words if w[-2:] == "ed"} | (words & IRREGULAR_PAST)
        found = view.shared["verb forms"] = (past, {w for w in words if w[-1:] == "s"})
    return found  # type: ignore[return-value]


def _after_pronoun(words: list[tuple[int, int, str]], i: int) -> bool:
    return i > 0 and words[i - 1][2] in ("i", "we", "you", "they", "he", "she", "it")


def detect_modal_form(view: View, rule: Rule) -> Iterator[Hit]:
    from afterview.check.lexicon import lexicon

    word_set, pairs = view.lower_word_set, view.lower_pairs
    modals = MODALS & word_set
    if not modals:
        return
    past, s_forms = _forms(view)
    odd = past | s_forms | {"to", "been"}
    adverbs = ADVERBS & word_set
    if pairs.isdisjoint(product(modals, odd)) and (
        pairs.isdisjoint(product(modals, adverbs)) or pairs.isdisjoint(product(adverbs, odd))
    ):
        return  # no modal (or modal and adverb) right before "to", a past or an "-s" form
    words, text = view.lower_words, view.masked
    known = lexicon()
    for i in [i for i, w in enumerate(words) if w[2] in modals]:
        start, _, low = words[i]
        if text[start].isupper() and low in ("will", "may", "can"):
            continue  # "Will" and "May" are names, "May" a month
        if i and words[i - 1][2] in NOUN_MARKERS:
            continue
        j = i + 1
        while (
            j < len(words) and words[j][2] in ADVERBS and joined(text, words[j - 1][1], words[j][0])
        ):
            j += 1  # "I will gladly send", "I can not help"
        if j >= len(words) or not joined(text, words[j - 1][1], words[j][0]):
            continue
        v_start, v_end, verb = words[j]
        if not text[v_start:v_end].islower():
            continue
        wrong = (
            (verb == "to" and low != "may" and (low != "will" or _after_pronoun(words, i)))
            or is_past(verb, known)
            or verb == "been"
            or is_s_form(verb, known)
        )
        if wrong:
            yield Hit(start, v_end, f'"{view.body[start:v_end]}": {rule.message}')


def detect_past_form(view: View, rule: Rule) -> Iterator[Hit]:
    """ "I have saw", "the interview was went", "I didn't knew": the wrong past after a helper."""
    from afterview.check.lexicon import lexicon

    word_set, pairs = view.lower_word_set, view.lower_pairs
    takes_participle = TAKES_PARTICIPLE & word_set
    takes_base = TAKES_BASE & word_set
    if not takes_participle and not takes_base:
        return
    past = _forms(view)[0]
    if pairs.isdisjoint(product(takes_participle, PAST_ONLY & word_set)) and pairs.isdisjoint(
        product(takes_base, past)
    ):
        return
    words, text = view.lower_words, view.masked
    known = lexicon()
    for (start, end, helper), (v_start, v_end, verb) in pairwise(words):
        if not joined(text, end, v_start) or not text[v_start:v_end].islower():
            continue
        wrong = (helper in TAKES_PARTICIPLE and verb in PAST_ONLY) or (
            helper in TAKES_BASE and verb != "used" and is_past(verb, known)
        )
        if wrong:
            yield Hit(start, v_end, f'"{view.body[start:v_end]}": {rule.message}')


def detect_broken(view: View, rule: Rule) -> Iterator[Hit]:
    """A preposition before a past form and a noun ("about discussed the night shifts"),
    or a sentence that opens with a preposition and then a verb ("About has not run...")."""
    from afterview.check.lexicon import lexicon

    word_set, pairs = view.lower_word_set, view.lower_pairs
    if PREPOSITIONS.isdisjoint(word_set):
        return
    if pairs.isdisjoint(product(PREPOSITIONS & word_set, _forms(view)[0] | AUXILIARIES)):
        return  # no preposition right before a past form or "has", "was"...
    words, text = view.lower_words, view.masked
    known = lexicon()
    for i in range(len(words) - 1):
        start, end, low = words[i]
        if low not in PREPOSITIONS:
            continue
        n_start, n_end, after = words[i + 1]
        if not joined(text, end, n_start):
            continue
        if after in AUXILIARIES and sentence_start(text, start) and low != "to":
            yield Hit(start, n_end, f'"{view.body[start:n_end]}": {rule.message}')
            continue
        if i + 2 >= len(words) or not is_past(after, known) or after in AUXILIARIES:
            continue
        d_start, d_end, det = words[i + 2]
        if det in NOUN_START and joined(text, n_end, d_start):
            yield Hit(start, d_end, f'"{view.body[start:d_end]}": {rule.message}')


RULES = (
    Rule(
        "grammar.could-of",
        "grammar",
        '"could of" is "could have"',
        'write "could have" (or "could\'ve")',
        detect=detect_phrases,
        data=COULD_OF,
        reason="'could of' is how 'could've' sounds, not how it is written.",
        flags=("I could of explained it better.", "I should of asked."),
        passes=(GRAMMAR_NOTE, "I could have explained it better.", "I could of course send more."),
    ),
    Rule(
        "grammar.modal-form",
        "grammar",
        "the wrong form after a modal verb",
        'use the plain form after will, can, must...: "I will send", "I can help", "I must say"',
        detect=detect_modal_form,
        reason="'I will sent' or 'I must to say' is a slip a reader stops at.",
        flags=(
            "I will sent my references tomorrow.",
            "In my current role I can helped the team.",
            "I must to say the team impressed me.",
            "It can helps the team.",
            "I would never forgot it.",
            "I will to send the file.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I will send them; I can help; I must say; I would need a week; it will proceed.",
            "The will to win matters. We met in May. Will sent me the plan.",
            "It will be sent today, and it could have helped. I would rather wait.",
        ),
    ),
    Rule(
        "grammar.past-form",
        "grammar",
        "the wrong past form after a helping verb",
        'after have or was use the participle ("have seen", "was taken"); after did, the plain '
        'form ("didn\'t know")',
        detect=detect_past_form,
        reason="'I have saw' and 'I didn't knew' are slips a reader notices at once.",
        flags=(
            "I have went there before.",
            "The interview was went well.",
            "I didn't knew about the project.",
            "We have saw the new office.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I have seen it; it was taken; I didn't know; I did need it; we didn't used to.",
            "The saw was sharp. I saw it, and I went home.",
        ),
    ),
    Rule(
        "grammar.broken-sentence",
        "grammar",
        "a sentence is broken around its verb",
        "rewrite the sentence: it reads like notes pasted into a template",
        detect=detect_broken,
        reason="'Our conversation about discussed the night shifts' and 'About has not run a "
        "budget: ...' are what a template leaves when raw notes are pasted into it.",
        flags=(
            "Our conversation about discussed the night shifts has stayed with me.",
            "About has not run a budget: I have managed one.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "Our conversation about the night shifts has stayed with me.",
            "I learned about used cars, about finished goods and of required skills.",
            "What I care about is the team. To have met you was a pleasure.",
        ),
    ),
)
