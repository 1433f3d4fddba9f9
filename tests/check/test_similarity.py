"""The mass measure: names masked, near-copies close to 1, different notes far from it."""

from __future__ import annotations

from afterview.check import similarity

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
        "Hi Tom,\n\nYour question about idempotent consumers kept me thinking; I sketched an outbox "
        "table design on the train home.\n\nRegards,\nPriya"
    )
    assert similarity(NOTE.format(n="Jane"), ["Jane Okafor"], other, ["Tom Berg"]) < 0.5
