"""``afterview serve --demo``: a private temporary store filled with the bundled examples.

The examples are moved together, by whole days, so that the latest of them
happened about a day ago: its thank-you notes are due today, the earlier ones
are overdue, and the rejection has its reply waiting.
The store lives in a temporary folder that is removed when the server stops.
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime, timedelta
from importlib.resources import files
from typing import Any

from afterview.store import Store


def example_texts() -> dict[str, str]:
    """The bundled example interview files (``afterview/examples``), by file name."""
    folder = files("afterview") / "examples"
    return {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".toml")
    }


#: How long ago the latest example happened, in the demo.
LATEST_AGO = timedelta(hours=20)


def shifted(data: dict[str, Any], delta: timedelta) -> dict[str, Any]:
    """The interview data with every date and time moved by ``delta``."""

    def move(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value + delta
        if isinstance(value, dict):
            return {k: move(v) for k, v in value.items()}
        if isinstance(value, list):
            return [move(v) for v in value]
        return value

    return {k: move(v) for k, v in data.items()}


def fill(store: Store, now: datetime) -> int:
    """Store every bundled example, moved to the recent past; returns how many."""
    from afterview.model import interview_from_dict
    from afterview.planner import plan

    found = {name: tomllib.loads(text) for name, text in example_texts().items()}
    latest = max(data["interview"]["at"] for data in found.values())
    delta = timedelta(days=round((now - LATEST_AGO - latest) / timedelta(days=1)))
    while latest + delta > now - timedelta(hours=1):  # never in the future
        delta -= timedelta(days=1)
    count = 0
    for name, data in found.items():
        interview = interview_from_dict(shifted(data, delta), f"demo {name}")
        store.add_interview(interview, plan(interview), source=f"demo:{name}", now=now)
        count += 1
    return count
