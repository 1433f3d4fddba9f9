"""Every draft of every interview file written the way people write after an interview.

debriefs/ holds 50 interview files written before the composer was rewritten, and the sets of
audit.LATE 10 more each, written after it and read blind (hasty notes, shorthand, the reader in
the third person, titles typed into names, family names first, 1 to 7 interviewers, every
medium and every kind of message). For every draft the audit (tests/compose/audit.py) must find
nothing: no Harper lint of the kinds a reader trips on, no note-to-self marks, no pasted
fragment, the company and the position named in each thank-you, the right greeting, the
medium's length, and no line the plan says it left out pasted as written. Each file is planned
once: this is most of the suite's time, and it grows by a set each stop.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import afterview

from .audit import HARPER_OFF, audit_plan, debrief_files, expected_greetings

FILES = debrief_files()
EXPECTED = expected_greetings()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_draft_reads_cleanly(path):
    problems = list(audit_plan(path, EXPECTED.get(path.name, {})))
    assert not problems, "\n".join(map(str, problems))


def test_the_plan_notes_every_line_left_out():
    """The audit reads the lines left out off the plan's notes (its "advice" check: never pasted
    as written); every line the composer left out is there, in words the audit can read."""
    from afterview.compose import Composer
    from afterview.planner import schedule

    from .audit import _LEFT_OUT

    for path in FILES[::25]:
        interview = afterview.load_interview(path)
        composer = Composer()
        composer.draft_all(interview, schedule(interview))
        notes = afterview.plan(interview).notes
        for left in composer.left_out:
            assert left.advice() in notes, (path, left)
            read = _LEFT_OUT.match(left.advice())
            assert read and (read["field"], read["raw"]) == (left.field, left.raw), left


def test_the_audit_flags_a_line_left_out_yet_pasted():
    from types import SimpleNamespace

    from .audit import _pasted_though_left_out

    def probe(messages, notes, lines=()):  # type: ignore[no-untyped-def]
        plan = SimpleNamespace(messages=messages, notes=notes)
        return list(_pasted_though_left_out(plan, "file.toml", list(lines)))

    note = "Left out topics “the parking arrangements were great”: it is logistics."
    pasted = SimpleNamespace(body="Dear Ann,\nThe parking arrangements were great.")
    kept = SimpleNamespace(body="Dear Ann,\nthe parking arrangements were great, I said.")
    assert not probe([pasted], [note])  # the raw line as typed is not in this body
    assert probe([kept], [note])
    dropped = (
        "Left out topics “the parking arrangements were great”: "
        "it did not fit in the note to Bo (too long)."
    )
    assert not probe([kept], [dropped])  # only too long for Bo's note: Ann's may hold it
    # its words said by another line of the file: "passed my IOSH Managing Safely refresher"
    news = "the parking arrangements were great, I said"
    assert not probe([kept], [note], ["the parking arrangements were great", news])


def test_the_corpus_is_what_the_issue_asks_for():
    interviews = [afterview.load_interview(p) for p in FILES]
    assert len(interviews) >= 40
    sizes = {len(i.interviewers) for i in interviews}
    assert {1, 7} <= sizes
    media = {p.chosen_medium.value for i in interviews for p in i.interviewers}
    assert media == {"email", "linkedin", "handwritten"}
    outcomes = {i.outcome_result.value for i in interviews}
    assert {"pending", "rejected", "offer", "withdrawn"} <= outcomes


def test_every_harper_rule_switched_off_is_documented_with_its_reason():
    composing = Path(__file__).resolve().parents[2] / "docs" / "composing.md"
    text = composing.read_text(encoding="utf-8")
    for rule in HARPER_OFF:
        assert f"- {rule}: " in text, f"docs/composing.md does not say why {rule} is off"


def test_the_audit_passes_too_with_its_to_but_not_too_for_to():
    # Harper reads "a print is too shrunk to run" as "to shrunk": "too" before an adjective or
    # a participle, with its "to" after, is English; "too go to" is still a slip
    from .audit import _describes

    assert _describes("shrunk") and _describes("tired") and _describes("big")
    assert not _describes("go") and not _describes("run")
