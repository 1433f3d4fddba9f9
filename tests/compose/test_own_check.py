"""Drafts pass their own check, and notes within a panel each read as written for one person.

How difference is measured: the checker's `mass` similarity (``afterview.check.similarity``),
a word-level comparison with both recipients' names and the candidate's name masked;
1.0 is the same note. The checker calls a note "mass" at ``THRESHOLD`` (0.80). The
composer's notes must stay far below that: every pair in every test panel under
``PANEL_LIMIT``.
"""

from __future__ import annotations

import itertools

import pytest

import afterview
from afterview.check import similarity
from afterview.check.mass import THRESHOLD
from afterview.model import Kind

from scenarios import IDS, SCENARIOS

PANEL_LIMIT = 0.6  # well under the checker's THRESHOLD: a margin, not a near miss


@pytest.mark.parametrize(("name", "interview"), SCENARIOS, ids=IDS)
def test_every_draft_passes_the_etiquette_check(name, interview):
    for message in afterview.plan(interview).messages:
        assert message.findings == (), (message.recipient, message.kind, message.findings)


@pytest.mark.parametrize(("name", "interview"), SCENARIOS, ids=IDS)
def test_notes_within_a_panel_differ(name, interview):
    notes = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
    candidate = interview.candidate.name
    for a, b in itertools.combinations(notes, 2):
        score = similarity(a.body, [a.recipient, candidate], b.body, [b.recipient, candidate])
        assert score < PANEL_LIMIT < THRESHOLD, (a.recipient, b.recipient, round(score, 2))


def test_the_measure_does_catch_a_mass_note():
    # The same note with only the name changed must score as mass: the measure can fail.
    interview = SCENARIOS[0][1]
    note = next(m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU)
    other = note.body.replace(note.recipient.split()[0], "Robin")
    assert similarity(note.body, [note.recipient], other, ["Robin Hale"]) >= THRESHOLD


def test_plan_without_check_has_no_findings_field_filled():
    interview = SCENARIOS[0][1]
    assert all(m.findings == () for m in afterview.plan(interview, check=False).messages)
