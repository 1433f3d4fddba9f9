"""KeyLocator: from a key path to the line where it is written."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.model.load import KeyLocator

TEXT = """\
top = 1
"quoted key" = 2
'literal key' = 3
[candidate]
name = "x"  # a comment with name = in it
dotted.inner = { x = 1, y = [1,
  2, { z = 3 }] }
notes = \"\"\"
name = this line is inside a string
\"\"\"
after = 1
[[interviewers]]
name = "A"
topics = [
  "one",
  "two", # a comment ] with a bracket
  "three",
]
[[interviewers]]
name = "B"
[interviewers.extra]
k = 1
[[interviewers]]
inline = { name = "C", deep.er = 1 }
arr = [{ name = "D" },
       { name = "E" }]
[ "spaced" . 'table' ]
key = "Zo\\u00eb"
"Zo\\u00eb" = 1
"""


@pytest.fixture(scope="module")
def locator() -> KeyLocator:
    tomllib.loads(TEXT)  # the fixture itself must be valid TOML
    return KeyLocator(TEXT)


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("top",), 1),
        (("quoted key",), 2),
        (("literal key",), 3),
        (("candidate",), 4),
        (("candidate", "name"), 5),
        (("candidate", "dotted"), 6),
        (("candidate", "dotted", "inner", "y", 0), 6),
        (("candidate", "dotted", "inner", "y", 1), 7),
        (("candidate", "dotted", "inner", "y", 2, "z"), 7),
        (("candidate", "notes"), 8),
        (("candidate", "after"), 11),  # the string's "name =" line was not taken for a key
        (("interviewers",), 12),
        (("interviewers", 0), 12),
        (("interviewers", 0, "topics", 0), 15),
        (("interviewers", 0, "topics", 2), 17),
        (("interviewers", 1), 19),
        (("interviewers", 1, "name"), 20),
        (("interviewers", 1, "extra"), 21),
        (("interviewers", 1, "extra", "k"), 22),
        (("interviewers", 2, "inline", "name"), 24),
        (("interviewers", 2, "inline", "deep", "er"), 24),
        (("interviewers", 2, "arr", 1, "name"), 26),
        (("spaced", "table", "key"), 28),
        (("spaced", "table", "Zoë"), 29),
    ],
)
def test_finds_the_line_of_each_key(locator, path, line):
    assert locator.line(path) == line


def test_an_unwritten_key_falls_back_to_its_table(locator):
    assert locator.line(("candidate", "email")) == 4  # missing: point at [candidate]
    assert locator.line(("interviewers", 2, "title")) == 23
    assert locator.line(("nowhere", "at", "all")) is None


def test_finds_the_key_given_twice():
    assert KeyLocator("[a]\nb = 1\n\nb = 2\n").duplicate() == ("a.b", 4)
    assert KeyLocator("[a]\n[b]\n[a]\n").duplicate() == ("a", 3)
    assert KeyLocator("[[a]]\nb = 1\n[[a]]\nb = 1\n").duplicate() is None
    assert KeyLocator("x = { y = 1, y = 2 }").duplicate() == ("x.y", 1)


def test_counts_lines_by_newline_only():
    # U+2028 and U+0085 are line breaks to str.splitlines() but not to TOML.
    text = 'a = "one\u2028two"\nb = "\x85"\nc = 1\n'
    tomllib.loads(text)
    assert KeyLocator(text).line(("c",)) == 3


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("[]{}\"'=.,#\n\\ abc\t1-"), max_size=300)
    | st.text(max_size=300)
)
def test_never_raises_whatever_the_text(text):
    locator = KeyLocator(text)
    locator.line(("a", 0, "b"))
    locator.duplicate()


def test_absurd_nesting_does_not_recurse_without_end():
    KeyLocator("a = " + "[" * 100_000)
    KeyLocator("a = " + "{b = " * 10_000)
