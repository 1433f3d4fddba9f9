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
    from afterview.store.corrections import Merged, Renamed
    from afterview.store.undo import Undone


def add_file(store: Store, path: str | Path, *, now: datetime | None = None) -> AddResult:
    """Store the interview in ``path`` with its plan (again: updates, never duplicates)."""
    interview, planned, source = prepare(path)
    return add_interview(store, interview, planned, source=source, now=now)


def prepare(path: str | Path) -> tuple[Interview, Plan, str]:
    """Read and plan an interview file, writing nothing: (interview, plan, source)."""
    from afterview.model import load_interview
    from afterview.planner import plan

    interview = load_interview(path)
    source = "<stdin>" if str(path) == "-" else str(Path(path).resolve())
    return interview, plan(interview, check=False), source


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
    what = f"afterview outcome {application_id} {result.value}"
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
        with store.undoable(application_id, "outcome", what, now=now):
            return add_interview(
                store, interview, plan(interview, check=False), source=source, now=now
            )


def undo(store: Store, application_id: int, *, now: datetime | None = None) -> Undone:
    """Take back the application's last ``log`` or ``outcome`` (:meth:`Store.undo`), and judge
    the drafts it brings back."""
    from afterview.records.findings import refresh

    with store.atomic():
        done = store.undo(application_id, now=now)
        refresh(store, [i for i, _, _ in store.interview_documents(application_id)])
    return done


def replan(store: Store, application_id: int, *, now: datetime | None = None) -> None:
    """Plan every round of an application again from the interview files kept with it
    (after a rename or a merge), refreshing what is only planned."""
    from afterview.model import interview_from_dict
    from afterview.planner import plan

    with store.atomic():
        for interview_id, data, source in store.interview_documents(application_id):
            interview = interview_from_dict(data, f"interview {interview_id}")
            add_interview(store, interview, plan(interview, check=False), source=source, now=now)


def rename(
    store: Store,
    application_id: int,
    *,
    company: str | None = None,
    position: str | None = None,
    reference: str | None = None,
    now: datetime | None = None,
) -> Renamed:
    """Rename an application and plan its rounds again, so its drafts carry the new name."""
    with store.atomic():
        renamed = store.rename_application(
            application_id, company=company, position=position, reference=reference, now=now
        )
        replan(store, application_id, now=now)
    return renamed


def merge(store: Store, keep: int, other: int, *, now: datetime | None = None) -> Merged:
    """Merge application ``other`` into ``keep``, then plan ``keep``'s rounds again."""
    with store.atomic():
        merged = store.merge_applications(keep, other, now=now)
        replan(store, keep, now=now)
    return merged
