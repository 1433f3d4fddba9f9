"""The checker's quick forms agree with the plain forms they stand for.

Several patterns are written so the regex engine can skip ahead (a first
character before a look-behind), some have an ASCII twin for notes without
other letters, words are found by one split instead of a loop over matches,
and some rules skip a note that lacks every substring a match must hold.
Each of these must find exactly what the plain form finds.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.check.test_phrases import _proved

from afterview.check import CheckContext, placeholder
from afterview.check.grammar import articles
from afterview.check.lazy import lazy
from afterview.check.tone import informal, pushy
from afterview.check.view import ASCII_WORD_RE, WORD_RE, View, name_spans, plain

PIECES = [
    *"abcdefghijklmnopqrstuvwxyzAEIKSTXZ  \n\n\t.,;:!?'’-_()[]{}<>@/0123456789",
    *["İ", "K", "Σ", "ß", "é", "Ø", "·", "😊", "Ⅻ", "²", "ǅ", "ﬁ"],
    *[
        " a ",
        " an ",
        "An ",
        "ASAP",
        "SQL",
        "NASA",
        "I'M ",
        "by Friday",
        "within two days",
        "right away",
    ],
    *["Jane", "Jane Okafor", "Okafor's", "Acme Robotics", "xJane", "sooo", "AAA", "it's", "their"],
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
CTX = CheckContext(
    kind="thank_you",
    medium="email",
    recipient_name="Jane Okafor",
    candidate_name="Priya Raman",
    company="Acme Robotics",
)


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=300)
@given(texts)
def test_patterns_match_their_plain_forms(text: str) -> None:
    plain_forms = [
        (informal.CAPS, r"(?<![\w'’])[A-Z][A-Z'’]*[A-Z](?![\w'’])"),
        (articles.A_AN, r"(?<![\w'’-])(?P<art>[Aa]n?)[ \t]+(?P<word>[^\W_][\w'’-]*)"),
        (pushy.DEADLINE, pushy.DEADLINE.pattern.replace("(?=[abinruw])", "", 1)),
    ]
    for fast, slow in plain_forms:
        assert fast.pattern != slow
        assert spans(fast, text) == spans(re.compile(slow), text)
        assert spans(fast, text.lower()) == spans(re.compile(slow), text.lower())


NAMES = ("Acme Robotics", "Jane Okafor", "Okafor", "Jane", ".NET", "Ø", "it")
NAMES_AND_MORE = [*NAMES, "an", "a"]
NAME_PIECES = [*NAMES_AND_MORE, "'s", "’s", "'", "’", "s", "x", "_", " ", ".", "é", "2"]
name_texts = st.lists(st.sampled_from(NAME_PIECES), max_size=30).map("".join)


@settings(max_examples=500)
@given(st.one_of(texts, name_texts))
def test_name_spans_match_the_plain_pattern(text: str) -> None:
    for names in (NAMES, NAMES[::-1], ("Jane", "Jane Okafor"), ("an", "a", "Ø")):
        plain_form = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?:['’]s)?(?!\w)"
        )
        assert name_spans(text, names) == [(s, e) for s, e, _ in spans(plain_form, text)], names


@settings(max_examples=300)
@given(texts)
def test_ascii_twins_agree_on_plain_text(text: str) -> None:
    if not plain(text):
        return
    assert ASCII_WORD_RE.findall(text) == WORD_RE.findall(text)
    assert list(informal.stretched_words(text)) == _stretched_unicode(text)


def _stretched_unicode(text: str) -> list[tuple[int, int]]:
    # stretched_words with the Unicode patterns only, as it was written first.
    out, end = [], 0
    for m in informal.STRETCHED.finditer(text):
        if m.start() < end:
            continue
        start = m.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = informal.LETTERS.match(text, m.end()).end()  # type: ignore[union-attr]
        word = text[start:end]
        if not (word.isupper() or word.lower().startswith("www")):
            out.append((start, end))
    return out


@settings(max_examples=300)
@given(texts)
def test_view_words_and_lines_match_plain_readings(text: str) -> None:
    view = View("", text, CTX)
    low = view.lower.replace("’", "'")
    assert view.lower_words == [
        (m.start(), m.end(), low[m.start() : m.end()]) for m in WORD_RE.finditer(view.masked)
    ]
    expected_lines = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            expected_lines.append((m.start() + lead, m.start() + lead + len(line.strip())))
    assert [(s.start, s.end) for s in view.lines] == expected_lines


def test_skipping_substrings_are_held_by_every_match() -> None:
    # The rule skips the pattern when none of these substrings is in the note: that is only
    # safe if every match must contain one (proved on the parsed pattern, as for phrase lists).
    pattern, triggers = placeholder.CAPS_SLOT, placeholder.CAPS_SLOT_TRIGGERS
    assert _proved(pattern.pattern, tuple("*" + t for t in triggers)), pattern.pattern


def test_lazy_pattern_compiles_on_first_use() -> None:
    pattern = lazy(r"a+")
    assert "search" not in vars(pattern)
    assert pattern.search("caab").group() == "aa"  # type: ignore[union-attr]
    assert "search" in vars(pattern)  # now the compiled pattern's own method
    assert [m.span() for m in pattern.finditer("a ba")] == [(0, 1), (3, 4)]
    assert pattern.flags == re.compile(r"a+").flags  # any other attribute: the compiled one's
