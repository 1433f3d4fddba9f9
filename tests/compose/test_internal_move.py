"""Notes within one's own employer: written to a colleague, not to a stranger (late426,
late429 and late434 readers faulted notes to the candidate's own manager that named the firm
they share, found the work "very rewarding", and chased her twice in writing)."""

from __future__ import annotations

import pytest

import afterview
from afterview.model import Kind

from scenarios import scenario

BOSS = {
    "name": "Bjørnstad, Tone (my current avdelingsleder)",
    "email": "tone@skog.example",
    "topics": ["winter hauling on frozen bogs"],
}
STRANGER = {"name": "Hallvard Nyhus", "email": "hallvard@skog.example", "topics": ["PEFC audits"]}


def _plan(**application):
    interview = scenario(
        interviewers=[BOSS, STRANGER],
        application={"company": "Glåmdal Skogsdrift AS", "position": "Crew Lead", **application},
        interview={"contact": BOSS["name"]},
        candidate={"own_lines": False},
        decision="2026-11-27",
    )
    return interview, afterview.plan(interview)


@pytest.mark.parametrize("internal", [True, False])
def test_someone_called_my_current_anything_makes_the_move_internal(internal):
    interview, _ = _plan()
    assert interview.internal_move  # "my current avdelingsleder", in any language
    assert interview.knows(interview.interviewers[0])
    assert not interview.knows(interview.interviewers[1])
    plain = scenario(
        interviewers=[{"name": "Lee Park (asked about my current role)"}],
        application={"internal": internal},
    )
    assert plain.internal_move is internal  # "my current role" is the candidate's own job


@pytest.mark.parametrize("boss", ["Xosé Manuel (my editor now, web)", "Aroha (my head chef)"])
def test_in_an_internal_move_my_editor_or_head_chef_is_known(boss):
    interview = scenario(interviewers=[{"name": boss}], application={"internal": True})
    assert interview.knows(interview.interviewers[0])


def test_no_note_names_the_employer_they_share():
    _, plan = _plan()
    thanks = [m for m in plan.messages if m.kind is Kind.THANK_YOU]
    assert len(thanks) == 2
    for m in thanks:
        assert "crew lead role" in m.body.lower()
        assert "Glåmdal" not in m.body, m.body


def test_an_outsider_still_names_it():
    interview = scenario(
        interviewers=[{**BOSS, "name": "Tone Bjørnstad"}, STRANGER],
        application={"company": "Glåmdal Skogsdrift AS", "position": "Crew Lead"},
    )
    thanks = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
    assert all("Glåmdal" in m.body for m in thanks)


def test_ones_own_manager_is_chased_once_in_writing_then_asked_in_person():
    _, plan = _plan()
    chases = [m for m in plan.messages if m.kind is Kind.STATUS_INQUIRY]
    assert [m.sequence for m in chases] == [1]
    assert "ask them in person" in chases[0].why
    body = chases[0].body.lower()
    for outsider in ("contribute", "join", "glåmdal", "going well at"):
        assert outsider not in body, chases[0].body


def test_a_stranger_at_ones_own_employer_may_be_chased_twice():
    interview = scenario(
        interviewers=[STRANGER],
        application={"internal": True},
        decision="2026-11-27",
    )
    chases = [m for m in afterview.plan(interview).messages if m.kind is Kind.STATUS_INQUIRY]
    assert [m.sequence for m in chases] == [1, 2]


def test_ones_own_manager_never_hears_the_work_discovered():
    # every candidate picks its own rows: none of them, to her own manager, finds the work new
    for i in range(20):
        interview = scenario(
            interviewers=[{**BOSS, "topics": []}],
            application={"company": "Glåmdal Skogsdrift AS", "position": "Crew Lead"},
            candidate={"name": f"Candidate {i}", "own_lines": False},
        )
        (note,) = [m for m in afterview.plan(interview).messages if m.kind is Kind.THANK_YOU]
        body = note.body.lower()
        for outsider in ("rewarding", "how the team", "work of the team", "join", "glåmdal"):
            assert outsider not in body, note.body
