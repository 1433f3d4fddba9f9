"""Each draft names the sentences that say the file's own lines (``from_notes``): the words a
reader is most likely to fault, for the candidate to read first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import afterview
from afterview.cli import main
from afterview.model import Kind

from scenarios import scenario

HERE = Path(__file__).parent


def _messages(interview):
    return afterview.plan(interview, check=False).messages


def _plain(person):
    """One interviewer, and nothing of the candidate's own to add."""
    return scenario(panel=1, interviewers=[person], debrief={}, candidate={"own_lines": False})


def test_the_topic_said_is_marked_with_its_field_and_its_sentence():
    person = {"name": "Sam Reyes", "email": "sam@example.com", "topics": ["the new rota system"]}
    note = next(m for m in _messages(_plain(person)) if m.kind is Kind.THANK_YOU)
    (mark,) = note.from_notes
    assert mark.field == "interviewers[0].topics[0]"
    assert mark.text == "the new rota system"
    said = note.body[mark.start : mark.end]
    assert "the new rota system" in said
    assert said[0].isupper() and said.endswith(".")  # the whole sentence, no more


def test_a_note_with_none_of_the_files_lines_marks_nothing():
    person = {"name": "Sam Reyes", "email": "sam@example.com", "topics": ["salary band + bonus"]}
    note = next(m for m in _messages(_plain(person)) if m.kind is Kind.THANK_YOU)
    assert note.from_notes == ()


def test_a_status_inquiry_marks_the_topic_it_recalls():
    person = {
        "name": "Sam Reyes",
        "email": "sam@example.com",
        "topics": ["the new rota system", "the ward's move to electronic records"],
    }
    interview = scenario(panel=1, interviewers=[person])
    asked = [m for m in _messages(interview) if m.kind is Kind.STATUS_INQUIRY]
    marked = [mark for m in asked for mark in m.from_notes]
    assert any(mark.field.startswith("interviewers[0].topics") for mark in marked)


@pytest.mark.parametrize(
    "path",
    [p for p in sorted((HERE / "debriefs").glob("*.toml")) if p.name != "expected.toml"][:40],
    ids=lambda p: p.name,
)
def test_every_mark_is_a_whole_sentence_of_the_body(path):
    plan = afterview.plan(afterview.load_interview(path), check=False)
    for message in plan.messages:
        fields = [mark.field for mark in message.from_notes]
        assert len(fields) == len(set(fields))
        for mark in message.from_notes:
            said = message.body[mark.start : mark.end]
            before = message.body[: mark.start]
            assert said and said == said.strip()
            assert not before or before.endswith((" ", "\n")), said
            assert re.search(r"[.!?]$", said), said
            assert re.match(r"[\w“\"'(]", said), said


def test_the_plan_names_them_under_the_draft(capsys):
    path = HERE / "debriefs" / "barista-melbourne-casual-hasty.toml"
    assert main(["plan", str(path)]) == 0
    out = capsys.readouterr().out
    marked = [m for m in afterview.plan(afterview.load_interview(path)).messages if m.from_notes]
    assert marked and out.count("from your notes: ") == len(marked)
    assert all(mark.field in out for m in marked for mark in m.from_notes)
