"""The composer's last proofread: what it must catch, and what it must let through."""

from __future__ import annotations

import pytest

from afterview.compose.proofread import problem

FLAGS = [
    "I CPA licensed, which helps.",
    "I speaks Portuguese.",
    "I six years running operations.",
    "Our conversation about discussed the night shifts has stayed with me.",
    "I enjoyed the the discussion.",
    "It was a pleasure , thank you.",
    "There is news: My talk was accepted.",
    "I hold a MEng, as a engineer.",
    "I have an degree in law.",
]
PASSES = [
    "I speak Portuguese, and I would be glad to bring that to the team.",
    "I am ACLS certified.",
    "I already ported a Fortran code to GPU.",
    "I have an MBA and a SAP certification.",
    "Our conversation about the ERP rollout has stayed with me.",
    "I know that that plan will work.",
    "I also have some news to share: my talk was accepted at PyCon.",
    "One of your questions has stayed with me: “How would you backfill a year of events?”",
    "I have a PhD in immunology, and an hour a week for mentoring.",
    "I led the migration to AWS (180 services, zero downtime).",
]


@pytest.mark.parametrize("sentence", FLAGS)
def test_flags(sentence):
    assert problem(sentence)


@pytest.mark.parametrize("sentence", PASSES)
def test_passes(sentence):
    assert problem(sentence) is None
