"""The shared cases: reading them, the score on them, and malformed lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterview.check import CheckContext
from afterview.check.cases import evaluate, read_cases
from afterview.errors import InputError


def test_score_on_shared_cases(shared_cases: Path) -> None:
    cases, problems = read_cases(shared_cases.read_text(encoding="utf-8"), str(shared_cases))
    assert problems == [] and len(cases) >= 72
    score = evaluate(cases)
    rows = {r["category"]: r["f1"] for r in score.table()}
    assert score.macro_f1() >= 0.95, score.mistakes
    assert min(rows.values()) >= 0.85, {k: v for k, v in rows.items() if v < 0.85}


def _case(**context: object) -> dict[str, object]:
    base: dict[str, object] = {
        "kind": "thank_you",
        "medium": "email",
        "recipient": {"name": "Jane Okafor", "title": None},
        "candidate": {"name": "Priya Raman"},
        "company": "Acme",
        "position": "Engineer",
        "interview_at": "2026-11-20T14:00:00-05:00",
        "send_at": "2026-11-21T09:00:00-05:00",
        "decision_expected_by": None,
        "previous_follow_ups": 0,
        "last_contact_at": None,
        "topics": [],
        "other_companies": [],
        "sibling_messages": [],
    }
    base.update(context)
    return {
        "id": "t-001",
        "context": base,
        "message": {"subject": "Hi", "body": "Dear Jane,"},
        "expected": [],
    }


def test_malformed_lines_are_named_and_the_rest_checked() -> None:
    good = json.dumps(_case())
    lines = [
        good,
        "{not json",
        json.dumps(_case(send_at="yesterday")),
        "",
        json.dumps([1, 2]),
        json.dumps({**_case(), "expected": ["nonsense"]}),
        good,
    ]
    cases, problems = read_cases("\n".join(lines), "c.jsonl")
    assert [c.line for c in cases] == [1, 7]
    assert [p.line for p in problems] == [2, 3, 5, 6]
    assert "not valid JSON" in problems[0].message
    assert "send_at" in problems[1].message and "yesterday" in problems[1].message
    assert "nonsense" not in problems[3].message or "expected" in problems[3].message


def test_context_from_case_reads_every_field() -> None:
    ctx = CheckContext.from_case(
        _case(
            decision_expected_by="2026-12-04",
            previous_follow_ups=1,
            sibling_messages=[{"recipient": "Tom Berg", "body": "x"}],
        )
    )
    assert ctx.recipient_name == "Jane Okafor" and ctx.previous_follow_ups == 1
    assert (
        ctx.decision_expected_by is not None
        and ctx.decision_expected_by.isoformat() == "2026-12-04"
    )
    assert ctx.sibling_messages == (("Tom Berg", "x"),)
    assert ctx.send_at is not None and ctx.send_at.utcoffset() is not None


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("kind", "thanks", "kind"),
        ("medium", "fax", "medium"),
        ("previous_follow_ups", -1, "previous_follow_ups"),
        ("interview_at", "2026-11-20T14:00:00", "offset"),
        ("topics", "ETL", "topics"),
    ],
)
def test_bad_context_names_the_field(field: str, value: object, words: str) -> None:
    with pytest.raises(InputError) as err:
        CheckContext.from_case(_case(**{field: value}), "c.jsonl:4")
    assert words in str(err.value) and "c.jsonl:4" in str(err.value)
