"""The composer's English lexicon: generated from lemminflect (and WordNet), kept fresh, searched
in place."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from afterview.compose.reading import lexicon

ROOT = Path(__file__).resolve().parents[2]


_NO_WORDNET = not Path("/usr/share/wordnet/index.noun").exists() and os.environ.get("CI") != "true"


@pytest.mark.parametrize(
    "script",
    [
        pytest.param(
            "gen_lexicon.py",
            marks=pytest.mark.skipif(
                importlib.util.find_spec("lemminflect") is None, reason="needs lemminflect"
            ),
        ),
        pytest.param(
            "gen_words.py",
            marks=pytest.mark.skipif(
                importlib.util.find_spec("harper") is None, reason="needs harper-py"
            ),
        ),
        pytest.param(
            "gen_counting.py",
            marks=pytest.mark.skipif(
                importlib.util.find_spec("wordfreq") is None, reason="needs wordfreq"
            ),
        ),
        pytest.param(
            "gen_given_names.py",
            marks=pytest.mark.skipif(
                importlib.util.find_spec("nomquamgender") is None,
                reason="needs nomquamgender (scripts/install-test-deps has it)",
            ),
        ),
        pytest.param(
            "gen_wordnet.py",
            marks=pytest.mark.skipif(
                _NO_WORDNET,
                reason="needs WordNet (Debian's wordnet-base; scripts/install-test-deps has it)",
            ),
        ),
    ],
)
def test_the_committed_data_is_what_its_generator_writes(script):
    # as flake8 keeps its generated pycodestyle plugin: regenerate, compare, fail when stale
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("word", "person"),
    [("welder", True), ("translator", True), ("tractor", False), ("ventilator", False)],
)
def test_a_noun_for_a_person_is_not_a_machine(word, person):
    from afterview.compose.reading.shapes import is_person_noun

    assert is_person_noun(word) is person


@pytest.mark.parametrize(
    ("word", "tags", "lemma"),
    [
        ("speaks", {"Z"}, "speak"),
        ("led", {"D", "P"}, "lead"),
        ("managed", {"D", "P", "J"}, "manage"),
        ("experience", {"N", "V"}, "experience"),
        ("aardvark", {"N"}, None),
        ("kafka", set(), None),
    ],
)
def test_look_ups(word, tags, lemma):
    assert set(lexicon.tags(word)) == tags
    assert lexicon.lemma(word) == lemma


def test_every_word_of_the_file_is_found_by_bisection():
    words = [line.split("\t", 1)[0] for line in lexicon._PATH.read_text().splitlines()]
    for word in [*words[:: max(1, len(words) // 3000)], words[0], words[-1]]:
        assert lexicon.known(word), word


@pytest.mark.parametrize(
    ("verb", "form", "expected"),
    [
        ("speak", "VBZ", "speaks"),
        ("run", "VBG", "running"),
        ("led", "VBN", "led"),
        ("speaks", "VB", "speak"),
    ],
)
def test_inflect(verb, form, expected):
    assert lexicon.inflect(verb, form) == expected


@pytest.mark.parametrize(
    ("word", "spelled", "is_word"),
    [
        ("roadmap", "", True),  # a common word lemminflect lacks
        ("payouts", None, True),  # known through "payout"
        ("cambridge", "Cambridge", False),  # a name typed in lower case
        ("collingwood", None, False),  # known to nobody
        ("resi", None, False),  # a note to self
    ],
)
def test_the_word_list_knows_words_and_names(word, spelled, is_word):
    assert lexicon.spelling(word) == spelled
    assert lexicon.is_word(word) is is_word


@pytest.mark.parametrize(
    ("noun", "how"),
    [
        ("mechanism", "C"),  # "the grievance mechanism": one, though it ends as a field does
        ("festival", "C"),
        ("compliance", "M"),
        ("nitrogen", "M"),
        ("independence", "M"),
        ("series", ""),  # its plural is itself: usage cannot tell
        ("budget", ""),  # its plural is rare next to it: left to the rules
        ("studbook", ""),  # too rare to count
    ],
)
def test_usage_says_which_nouns_are_counted(noun, how):
    assert lexicon.counting(noun) == how


def test_every_noun_of_the_counting_file_is_found_by_bisection():
    path = lexicon._COUNTING
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(lexicon.counting(noun) == how for noun, how in rows)


@pytest.mark.parametrize(
    ("noun", "counted"),
    [
        ("hotline", True),  # lemminflect knows none of these; Harper has each with a plural
        ("shader", True),
        ("whiteboard", True),
        ("advice", False),  # Harper's mass noun, never one
        ("hiragana", False),  # a noun in Harper with no plural: a name as often as a thing
        ("someone", False),  # a pronoun, though Harper has it as a noun
        ("three", False),  # a number
        ("walkthrough", False),  # lemminflect knows it: not Harper's to say
    ],
)
def test_harper_says_which_unknown_nouns_are_counted(noun, counted):
    known = lexicon.known(noun)
    assert (lexicon.counted_in_harper(noun) and not known) is counted
