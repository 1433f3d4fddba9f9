"""Adding interview files and outcomes: the planner and the store, joined.

The store knows nothing of planning; here an interview is planned and the
plan handed to the store in one transaction. An outcome is recorded the same
way: the latest round is re-planned with the outcome in it, so the plan
answers it (a reply to a rejection) instead of chasing.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.errors import InputError
from afterview.model import Result

if TYPE_CHECKING:
    from afterview.model import Interview, Plan
    from afterview.store import AddResult, Store


def add_file(store: Store, path: str | Path, *, now: datetime | None = None) -> AddResult:
    """Store the interview in ``path`` with its plan (again: updates, never duplicates)."""
    from afterview.model import load_interview
    from afterview.planner import plan

    interview = load_interview(path)
    source = "<stdin>" if str(path) == "-" else str(Path(path).resolve())
    return add_interview(store, interview, plan(interview, check=False), source=source, now=now)


def add_interview(
    store: Store, interview: Interview, planned: Plan, *, source: str, now: datetime | None = None
) -> AddResult:
    """Store an interview with its plan, and judge its drafts as stored (one transaction)."""
    from afterview.records.findings import refresh

    with store.atomic():
        result = store.add_interview(interview, planned, source=source, now=now)
        refresh(store, [result.interview_id])
    return result


def record_outcome(
    store: Store,
    application_id: int,
    result: Result,
    at: datetime | date,
    *,
    by: str | None = None,
    now: datetime | None = None,
) -> AddResult:
    """Record how an application ended and re-plan its latest round accordingly."""
    from afterview.model import interview_from_dict
    from afterview.planner import plan

    if result is Result.PENDING:
        raise InputError("An outcome is rejected, offer or withdrawn; 'pending' is not an outcome.")
    if isinstance(at, datetime) and at.tzinfo is None:
        raise InputError("The outcome time needs a UTC offset, or give a date alone.")
    with store.atomic():  # the round re-planned is the latest one when it is stored
        rounds = store.interview_documents(application_id)
        if not rounds:
            raise InputError(
                f"Application {application_id} has no interview to attach the outcome to."
            )
        _, data, source = rounds[-1]
        outcome: dict[str, str] = {"result": result.value, "at": at.isoformat()}
        if by:
            outcome["by"] = by
        data = {**data, "outcome": outcome}
        interview = interview_from_dict(data, f"application {application_id}")
        return add_interview(store, interview, plan(interview, check=False), source=source, now=now)
