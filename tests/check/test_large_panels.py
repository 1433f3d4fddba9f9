"""What keeps a large panel linear gives the same answers as the plain way (issue 13, item 6).

- names masked by one trie-shaped pattern (:func:`afterview.check.view.alternation`)
  find the same spans as a search for each name;
- the mass-note rule, which compares each note only with those sharing one of its
  rarest words (prefix filtering), flags exactly the notes a comparison of every
  pair flags, naming the same sibling.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.check import CheckContext, check, mass, view
from afterview.check.mass import THRESHOLD, similarity

letters = st.sampled_from(list("aAbBeéÉoöZz- '’"))
names = st.lists(st.text(letters, min_size=1, max_size=7), min_size=1, max_size=80, unique=True)


@settings(max_examples=200, deadline=None)
@given(names=names, text=st.lists(st.text(letters, max_size=9) | st.just(" "), max_size=40))
def test_one_pattern_finds_the_spans_a_search_for_each_name_finds(
    names: list[str], text: list[str]
) -> None:
    ordered = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    body = " ".join(text + ordered[:5])
    by_pattern = [m.span() for m in view._names_pattern(tuple(ordered)).finditer(body)]
    threshold = view._MANY_NAMES
    try:
        view._MANY_NAMES = 10**9  # the search for each name, whatever the count
        by_search = view.name_spans(body, ordered)
    finally:
        view._MANY_NAMES = threshold
    assert by_pattern == by_search


@settings(max_examples=200, deadline=None)
@given(names=names, text=st.lists(st.text(letters, max_size=9), max_size=30))
def test_the_trie_masks_what_the_plain_alternation_masks(names: list[str], text: list[str]) -> None:
    ordered = tuple(sorted(set(names), key=lambda n: (-len(n), n)))
    body = " ".join(text + list(ordered[:3]))
    plain = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")
    assert mass._names(ordered).sub("name", body) == plain.sub("name", body)


WORDS = "thank you for the talk about streaming pipelines on call teams data kafka schema".split()


def _panel(draw_notes: list[list[int]]) -> list[tuple[str, str]]:
    people = [f"Person{chr(65 + i)} Example" for i in range(len(draw_notes))]
    return [
        (person, f"Dear {person.split()[0]},\n\n" + " ".join(WORDS[w] for w in note))
        for person, note in zip(people, draw_notes, strict=True)
    ]


def _every_pair(panel: list[tuple[str, str]], i: int) -> str | None:
    """The mass rule as a plain comparison of the note with every sibling, in order."""
    name, body = panel[i]
    siblings = [p for j, p in enumerate(panel) if j != i]
    everyone = [name, *(n for n, _ in siblings)]
    for other, text in siblings:
        score = similarity(body, everyone, text, everyone)
        if score >= THRESHOLD:
            return other
    return None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, len(WORDS) - 1), min_size=0, max_size=14),
        min_size=2,
        max_size=12,
    )
)
def test_the_mass_rule_flags_what_comparing_every_pair_flags(notes: list[list[int]]) -> None:
    panel = _panel(notes)
    for i, (name, body) in enumerate(panel):
        siblings = tuple(p for j, p in enumerate(panel) if j != i)
        ctx = CheckContext(
            kind="thank_you",
            medium="email",
            recipient_name=name,
            candidate_name="Priya Raman",
            company="Acme",
            position="Engineer",
            sibling_messages=siblings,
        )
        hits = [f for f in check("", body, ctx) if f.rule == "mass.similar"]
        expected = _every_pair(panel, i)
        if expected is None:
            assert hits == []
        else:
            assert len(hits) == 1 and f"the note to {expected}:" in hits[0].message


@pytest.mark.parametrize("size", [300])
def test_a_panel_of_identical_notes_flags_each_against_the_first_other(size: int) -> None:
    panel = [(f"P{i}", f"Dear P{i},\n\nThank you for the talk.") for i in range(size)]
    for i in (0, 1, size - 1):
        name, body = panel[i]
        ctx = CheckContext(
            kind="thank_you",
            medium="email",
            recipient_name=name,
            candidate_name="Priya Raman",
            sibling_messages=tuple(p for j, p in enumerate(panel) if j != i),
        )
        [hit] = [f for f in check("", body, ctx) if f.rule == "mass.similar"]
        assert f"the note to {'P1' if i == 0 else 'P0'}:" in hit.message
