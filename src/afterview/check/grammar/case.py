"""Capitals: a lower-case "i", and a sentence that starts in lower case."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.grammar.examples import GRAMMAR_NOTE
from afterview.check.lazy import lazy
from afterview.check.rule import Hit, Rule
from afterview.check.tone.informal import SLANG_WORDS

if TYPE_CHECKING:
    from afterview.check.view import View

LOWER_I_WORDS = frozenset({"i", "i'm", "i've", "i'd", "i'll"})
ABBREVIATION = lazy(
    r"(?i)(?:\b\w+\.\w+\.|\.\.|…|\b(?:[a-z]\.){2,}|\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|dept|no|"
    r"nos|mr|mrs|ms|dr|st|jr|sr|inc|ltd|co|"
    r"corp|fig|cf|ca|al|est|ext|min|max|hr|hrs|sec|vol|pp|ed|jan|feb|mar|apr|jun|jul|aug|sep|sept|"
    r"oct|nov|dec|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|ave|blvd|rd|prof|gen|col|lt|sgt|univ|assn|bros|"
    r"p\.m|a\.m)\.)$"
)


def detect_lower_i(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    for start, end, low in view.lower_words:
        if low not in LOWER_I_WORDS or text[start] != "i":
            continue
        word = text[start:end]
        if word.replace("’", "'") != low:
            continue  # "i'M": not the lower-case "i" this rule is about
        before = text[start - 1 : start]
        after = text[end : end + 1]
        if before in (".", "(", "-", "'", "’") or after in (".", ")", "-"):
            continue  # "i.e.", "(i)", list markers
        yield Hit(start, end, f'"{word}": {rule.message}', f'write "I{word[1:]}"')


AFTER_STOP = lazy(r"[.!?][\"'”’)\]]*[ \t]+([a-z][\w'’]*)")
LOWER_WORD = lazy(r"[a-z][\w'’]*")
WEB = lazy(r"(?:https?|www)\b")


def detect_sentence_case(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    # After a full stop, question or exclamation mark, within a line.
    for m in AFTER_STOP.finditer(text):
        word = m.group(1)
        if (
            word in SLANG_WORDS  # text-speak is informal only
            or word.replace("’", "'") in LOWER_I_WORDS
            or any(map(str.isupper, word))
            or ABBREVIATION.search(text[max(0, m.start() - 12) : m.start() + 1])
        ):
            continue
        yield Hit(
            m.start(1),
            m.end(1),
            f'"{word}": {rule.message}',
            f'write "{word[0].upper()}{word[1:]}"',
        )
    # At the start of a paragraph, or of a line after a finished sentence.
    lines = view.lines
    for i, span in enumerate(lines):
        if i == 0:
            continue  # the salutation line: "hey jane" is informal, not a sentence
        if not "a" <= text[span.start] <= "z":
            continue  # the usual case: the line starts with a capital or a mark
        prev = view.text(lines[i - 1])
        gap = text[lines[i - 1].end : span.start].count("\n") > 1
        if not (gap or prev.endswith((".", "!", "?")) or (i == 1 and view.salutation is not None)):
            continue  # a sentence wrapped onto this line: it did not start here
        word_m = LOWER_WORD.match(text, span.start, span.end)
        if word_m is None:
            continue
        word = word_m.group()
        if (
            word in SLANG_WORDS
            or word.replace("’", "'") in LOWER_I_WORDS
            or any(map(str.isupper, word))
            or WEB.match(word)
        ):
            continue
        yield Hit(
            span.start,
            span.start + len(word),
            f'"{word}": {rule.message}',
            f'write "{word[0].upper()}{word[1:]}"',
        )


RULES = (
    Rule(
        "grammar.lower-i",
        "grammar",
        '"I" written in lower case',
        'write "I"',
        detect=detect_lower_i,
        reason="A lower-case 'i' reads as texting.",
        flags=("The team was great, and i can see why.", "Thanks, i'm keen."),
        passes=(GRAMMAR_NOTE, "Examples (i) and (ii), i.e. both.", "I was glad."),
    ),
    Rule(
        "grammar.sentence-case",
        "grammar",
        "a sentence that starts in lower case",
        "start the sentence with a capital",
        detect=detect_sentence_case,
        reason="A sentence in lower case looks dashed off.",
        flags=(
            "Thank you for the update. it was a pleasure.",
            "Dear Jane,\n\nthank you for today.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "We met at 2 p.m. about the role, e.g. the rota.",
            "See www.example.com.\n\nThanks.",
            "Our wrapped paragraph goes on\nover two lines like this.",
        ),
    ),
)
