"""Interview scenarios for tests: a valid interview with any part changed."""

from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path
from typing import Any

from afterview.model import Interview, interview_from_dict, load_interview

PEOPLE = [
    {
        "name": "Zoë Lambert",
        "title": "Director of Data Platform",
        "email": "zoe@lumen.example",
        "salutation": "Dr. Lambert",
        "topics": [
            "moving the nightly batch jobs to Kafka streams",
            "on-call duty shared with product teams",
        ],
        "concerns": ["limited Scala experience"],
        "rapport": "we both grew up near Galway",
    },
    {
        "name": "Łukasz Nowak",
        "linkedin": "https://www.linkedin.com/in/lukasz-example",
        "topics": ["designing idempotent consumers", "their data-quality dashboards"],
    },
    {
        "name": "Nguyễn Thị Mai",
        "email": "mai@lumen.example",
        "salutation": "Ms. Nguyễn",
        "topics": ["growing the analytics team", "the cost of the current warehouse"],
        "concerns": ["whether I have managed cloud costs at scale"],
    },
    {
        "name": "Siobhán O'Neill",
        "email": "siobhan@lumen.example",
        "topics": ["the migration of the billing reports to dbt"],
        "questions": ["How do you test a data pipeline end to end?"],
    },
    {
        "name": "Tomás Ortega",
        "email": "tomas@lumen.example",
        "medium": "handwritten",
        "topics": ["the customer portal that shows live shipment status"],
    },
    {
        "name": "Aiko Tanaka",
        "email": "aiko@lumen.example",
        "topics": [
            "forecasting demand for the holiday peak",
            "how the team runs its design reviews",
        ],
        "concerns": ["little experience with Airflow"],
    },
]

BASE: dict[str, Any] = {
    "candidate": {
        "name": "Priya Raman",
        "email": "priya@example.com",
        "strengths": [
            "built a streaming pipeline that handles two billion events a day",
            "mentored four junior engineers through their first on-call rotations",
            "cut the cloud bill of our analytics platform by a third",
        ],
        # the scenarios exercise every line a note can say; the corpus tests, the default
        "own_lines": True,
    },
    "application": {
        "company": "Lumen Freight",
        "position": "Senior Data Engineer",
        "reference": "REQ-1",
    },
    "interview": {"at": datetime.fromisoformat("2026-11-18T14:00:00-05:00"), "format": "panel"},
    "debrief": {
        "wish_i_had_said": "I led the move of our alerting to Prometheus.",
        "new_information": "My talk on schema evolution was accepted at a conference.",
    },
    "interviewers": PEOPLE[:2],
}


def scenario(
    *,
    panel: int = 2,
    at: str | None = None,
    decision: str | None = None,
    outcome: dict[str, Any] | None = None,
    **tables: Any,
) -> Interview:
    """A valid interview; keyword arguments replace or update its tables."""
    data = copy.deepcopy(BASE)
    data["interviewers"] = copy.deepcopy(PEOPLE[:panel])
    if at is not None:
        data["interview"]["at"] = datetime.fromisoformat(at)
    if decision is not None:
        data["interview"]["decision_expected_by"] = datetime.fromisoformat(decision).date()
    if outcome is not None:
        data["outcome"] = outcome
    for key, value in tables.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    return interview_from_dict(data)


EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.toml"))


def all_scenarios():
    yield "panel-6", scenario(panel=6)
    yield "panel-1", scenario(panel=1)
    yield "phone", scenario(panel=1, interview={"format": "phone"})
    yield "friday-evening", scenario(at="2026-11-20T18:30:00-08:00")
    yield "ist", scenario(at="2026-11-18T10:00:00+05:30", decision="2026-11-28")
    yield "tokyo", scenario(at="2026-11-18T10:00:00+09:00")
    yield "auckland", scenario(at="2026-11-18T10:00:00+12:00")
    yield "rejected", scenario(outcome={"result": "rejected", "at": "2026-11-25"})
    yield (
        "bare",
        scenario(
            candidate={"name": "Jo Ng", "strengths": []},
            debrief={},
            interviewers=[{"name": "Sam Reyes"}, {"name": "Ana Lima", "medium": "handwritten"}],
        ),
    )
    yield (
        "questions-only",
        scenario(interviewers=[{"name": "Kai Berg", "questions": ["Why logistics?"]}]),
    )
    for path in EXAMPLES:
        yield path.name, load_interview(path)


SCENARIOS = list(all_scenarios())
IDS = [name for name, _ in SCENARIOS]
