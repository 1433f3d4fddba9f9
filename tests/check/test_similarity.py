"""The mass measure: names masked, near-copies close to 1, different notes far from it."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from afterview.check import similarity
from afterview.check.mass import shared_words

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "panel.toml"

NOTE = (
    "Dear {n},\n\nThank you for taking the time to meet with me today. I enjoyed our conversation "
    "about the data platform and would be glad to help the team.\n\nBest regards,\nPriya Raman"
)


def test_same_note_with_names_swapped_is_identical() -> None:
    assert (
        similarity(NOTE.format(n="Jane"), ["Jane Okafor"], NOTE.format(n="Tom"), ["Tom Berg"])
        == 1.0
    )


def test_wrong_name_copy_still_counts() -> None:
    # The note to Jane greets Tom: masking both names in both notes still sees the copy.
    assert (
        similarity(NOTE.format(n="Tom"), ["Jane Okafor"], NOTE.format(n="Tom"), ["Tom Berg"]) == 1.0
    )


def test_accents_case_and_spacing_are_ignored() -> None:
    a = NOTE.format(n="Søren")
    b = NOTE.format(n="SOREN").upper().replace(" ", "  ")
    assert similarity(a, ["Søren Ødegaard"], b, ["Soren Odegaard"]) == 1.0


def test_different_notes_score_low() -> None:
    other = (
        "Hi Tom,\n\nYour question about idempotent consumers kept me thinking; I sketched an "
        "outbox "
        "table design on the train home.\n\nRegards,\nPriya"
    )
    assert similarity(NOTE.format(n="Jane"), ["Jane Okafor"], other, ["Tom Berg"]) < 0.5


WORDS = st.lists(
    st.sampled_from(["the", "team", "data", "thank", "you", "for", "our", "talk", "i", "a"])
)


@given(WORDS, WORDS)
def test_shared_words_bound_the_similarity_from_above(a: list[str], b: list[str]) -> None:
    # detect() skips a pair whose shared words are under the threshold, so this must hold.
    from rapidfuzz.distance import Indel

    exact = 1.0 if not a and not b else Indel.normalized_similarity(a, b)
    assert shared_words(a, b) >= exact - 1e-9


def test_shared_words_ignore_order() -> None:
    assert shared_words(["a", "b", "c"], ["c", "b", "a"]) == 1.0
    assert shared_words(["a", "b"], ["c", "d"]) == 0.0


def test_a_panel_of_different_notes_is_settled_without_rapidfuzz(tmp_path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from afterview.model import load_interview\n"
        "from afterview.planner import plan\n"
        f"p = plan(load_interview({str(EXAMPLE)!r}))\n"
        "assert not any(f.rule == 'mass.similar' for m in p.messages for f in m.findings)\n"
        "print('rapidfuzz' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
