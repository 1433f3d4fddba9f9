"""Storing an interview and its plan: the same file twice updates, never duplicates.

Identity: an application is (company, position, reference), with company and
position folded for case and spacing; an interview is (application, start
time); a message is (interview, kind, recipient, sequence). Re-adding a file
refreshes what is still only planned and leaves alone whatever the user has
approved, edited, sent or cancelled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from afterview.model.schema import as_data
from afterview.store import corrections, history
from afterview.store.messages import CLOSED_STAGES, STATUS_INQUIRY, EventKind, Stage, State
from afterview.store.rows import add_event, fold, offset_minutes
from afterview.store.schema import applications, candidates, interviewers, interviews, messages
from afterview.store.transitions import Action, move, new_message

if TYPE_CHECKING:
    from afterview.model import Interview, Plan, PlannedMessage


@dataclass
class AddResult:
    """What :meth:`Store.add_interview` did."""

    application_id: int
    interview_id: int
    application_created: bool
    interview_created: bool
    inserted: int = 0
    updated: int = 0
    kept: int = 0  # approved, edited, sent or cancelled: not touched
    cancelled: int = 0
    warnings: list[str] = field(default_factory=list)


def document(interview: Interview) -> str:
    """The interview as canonical JSON, kept to re-plan it when history changes."""
    data = as_data(interview)
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def _candidate(conn: Connection, interview: Interview, now: datetime) -> int:
    person = interview.candidate
    email = person.email or ""
    strengths = json.dumps(list(person.strengths), ensure_ascii=False)
    found = conn.execute(
        select(candidates.c.id).where(candidates.c.name == person.name, candidates.c.email == email)
    ).scalar()
    if found is not None:
        conn.execute(
            update(candidates)
            .where(candidates.c.id == found)
            .values(strengths=strengths, updated_at=now)
        )
        return int(found)
    return int(
        conn.execute(
            insert(candidates).values(
                name=person.name, email=email, strengths=strengths, created_at=now, updated_at=now
            )
        ).inserted_primary_key[0]  # type: ignore[index]
    )


def _application(
    conn: Connection, interview: Interview, candidate_id: int, now: datetime, result: list[str]
) -> tuple[int, bool]:
    app = interview.application
    key = (fold(app.company), fold(app.position), app.reference or "")
    found = conn.execute(
        select(applications.c.id).where(
            applications.c.company_key == key[0],
            applications.c.position_key == key[1],
            applications.c.reference == key[2],
        )
    ).scalar()
    if found is not None:
        return int(found), False
    same = corrections.same_interview(
        conn,
        candidate_id,
        interview.interview.at,
        [p.name for p in interview.interviewers],
        app.company,
        app.position,
    )
    if same is not None:  # the same interview, its company or position spelled anew
        renamed = corrections.rename(
            conn,
            same,
            company=app.company,
            position=app.position,
            reference=app.reference or "",
            now=now,
            why=" (the interview file was corrected)",
        )
        result.append(
            f"Application {same} is the same interview (same time, same interviewers): "
            f"renamed from {corrections.describe(renamed.before)} to "
            f"{corrections.describe(renamed.after)}."
        )
        return same, False
    new_id = conn.execute(
        insert(applications).values(
            candidate_id=candidate_id,
            company=app.company,
            position=app.position,
            reference=key[2],
            company_key=key[0],
            position_key=key[1],
            stage=Stage.INTERVIEWING.value,
            created_at=now,
            updated_at=now,
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    add_event(
        conn,
        application_id=int(new_id),
        kind=EventKind.STAGE,
        at=interview.interview.at,
        now=now,
        summary=f"Interview on {interview.interview.at:%Y-%m-%d}.",
        data={"from": None, "to": Stage.INTERVIEWING.value},
    )
    return int(new_id), True


def _interview(
    conn: Connection, interview: Interview, application_id: int, source: str, now: datetime
) -> tuple[int, bool]:
    info = interview.interview
    debrief = interview.debrief
    values: dict[str, Any] = {
        "utc_offset": offset_minutes(info.at),
        "format": info.format,
        "style": info.style,
        "decision_expected_by": info.decision_expected_by,
        "next_steps": info.next_steps,
        "contact": info.contact,
        "wish_i_had_said": debrief.wish_i_had_said,
        "new_information": debrief.new_information,
        "debrief_notes": debrief.notes,
        "source": source,
        "document": document(interview),
        "updated_at": now,
    }
    found = conn.execute(
        select(interviews.c.id).where(
            interviews.c.application_id == application_id, interviews.c.at == info.at
        )
    ).scalar()
    if found is not None:
        interview_id, created = int(found), False
        conn.execute(update(interviews).where(interviews.c.id == interview_id).values(**values))
        conn.execute(delete(interviewers).where(interviewers.c.interview_id == interview_id))
    else:
        interview_id = int(
            conn.execute(
                insert(interviews).values(
                    application_id=application_id, at=info.at, created_at=now, **values
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        )
        created = True
    conn.execute(
        insert(interviewers),
        [
            {
                "interview_id": interview_id,
                "ordinal": i,
                "name": p.name,
                "title": p.title,
                "email": p.email,
                "linkedin": p.linkedin,
                "medium": p.medium.value if p.medium else None,
                "salutation": p.salutation,
            }
            for i, p in enumerate(interview.interviewers)
        ],
    )
    return interview_id, created


def _message_values(interview: Interview, planned: PlannedMessage, now: datetime) -> dict[str, Any]:
    person = interview.find(planned.recipient)
    return {
        "recipient_email": person.email if person else None,
        "recipient_linkedin": person.linkedin if person else None,
        "medium": planned.medium.value,
        "send_after": planned.send_after,
        "send_by": planned.send_by,
        "utc_offset": offset_minutes(planned.send_by),
        "time_zone": interview.interview.timezone,
        "why": planned.why,
        "subject": planned.subject,
        "body": planned.body,
        "updated_at": now,
    }


def store_plan(
    conn: Connection,
    interview: Interview,
    plan: Plan,
    *,
    source: str,
    now: datetime,
) -> AddResult:
    """Store (or refresh) one interview and its plan, then apply the history."""
    candidate_id = _candidate(conn, interview, now)
    notes: list[str] = []
    application_id, app_created = _application(conn, interview, candidate_id, now, notes)
    interview_id, iv_created = _interview(conn, interview, application_id, source, now)
    result = AddResult(application_id, interview_id, app_created, iv_created, warnings=notes)

    existing = {
        (r.kind, r.recipient, r.sequence): r
        for r in conn.execute(
            select(
                messages.c.id,
                messages.c.application_id,
                messages.c.kind,
                messages.c.recipient,
                messages.c.sequence,
                messages.c.state,
                messages.c.edited,
            ).where(messages.c.interview_id == interview_id)
        )
    }
    wanted = set()
    new_rows = []
    for planned in plan.messages:
        key = (planned.kind.value, planned.recipient, planned.sequence)
        wanted.add(key)
        values = _message_values(interview, planned, now)
        row = existing.get(key)
        if row is None:
            new_rows.append(
                new_message(
                    {
                        "application_id": application_id,
                        "interview_id": interview_id,
                        "kind": key[0],
                        "recipient": key[1],
                        "sequence": key[2],
                        "edited": False,
                        "created_at": now,
                        **values,
                    }
                )
            )
        elif row.state == State.PLANNED.value:
            if row.edited:  # keep the user's words, refresh the rest
                values.pop("subject")
                values.pop("body")
            conn.execute(update(messages).where(messages.c.id == row.id).values(**values))
            result.updated += 1
        elif row.state in (State.BOUNCED.value, State.APPROVED.value):
            # The address was probably fixed in the file (after a bounce, which keeps
            # it from being used again): take it, keep the rest, the approval too.
            conn.execute(
                update(messages)
                .where(messages.c.id == row.id)
                .values(
                    recipient_email=values["recipient_email"],
                    recipient_linkedin=values["recipient_linkedin"],
                    updated_at=now,
                )
            )
            result.kept += 1
        else:
            result.kept += 1
    if new_rows:
        conn.execute(insert(messages), new_rows)
        result.inserted = len(new_rows)
    # Planned messages the plan no longer calls for (a person removed, an outcome given).
    for key, row in existing.items():
        if key not in wanted and row.state == State.PLANNED.value:
            why = "The updated interview no longer calls for this message."
            move(conn, row, Action.CANCEL, now=now, summary=why)
            result.cancelled += 1

    result.cancelled += _apply_history(conn, interview, application_id, now)
    if app_created:
        result.warnings.extend(silent_company_warnings(conn, application_id, now))
    return result


def _apply_history(
    conn: Connection, interview: Interview, application_id: int, now: datetime
) -> int:
    from afterview.model import Result

    cancelled = 0
    at = interview.interview.at
    outcome = interview.outcome_result
    if outcome is not Result.PENDING:
        when = interview.outcome_at or now
        if history.set_stage(
            conn,
            application_id,
            Stage(outcome.value),
            at=when,
            now=now,
            why=f"Outcome: {outcome.value}.",
        ):
            add_event(
                conn,
                application_id=application_id,
                kind=EventKind.OUTCOME,
                at=when,
                now=now,
                sender=interview.outcome.by if interview.outcome else None,
                summary=f"Outcome: {outcome.value}.",
                data={"result": outcome.value},
            )
    stage = history.application_stage(conn, application_id)
    if stage in {s.value for s in CLOSED_STAGES}:
        cancelled += history.cancel_pending_inquiries(
            conn,
            application_id,
            now=now,
            why=f"The application is closed ({stage}).",
            kinds=history.CLOSING_KINDS,
        )
    else:
        cancelled += history.cancel_pending_inquiries(
            conn,
            application_id,
            now=now,
            before_interview_at=at,
            why="A later round supersedes this inquiry.",
        )
        postponed = conn.execute(
            select(applications.c.postponed_until).where(applications.c.id == application_id)
        ).scalar()
        if postponed is not None:
            history.postpone_inquiries(conn, application_id, postponed, now=now)
    return cancelled


def silent_company_warnings(conn: Connection, application_id: int, now: datetime) -> list[str]:
    """A plain warning when the same company left an earlier application unanswered."""
    row = conn.execute(
        select(applications.c.company_key, applications.c.company).where(
            applications.c.id == application_id
        )
    ).one()
    earlier = conn.execute(
        select(applications.c.id)
        .where(applications.c.company_key == row.company_key, applications.c.id != application_id)
        .limit(1)
    ).first()
    if earlier is None:  # the usual case: a company applied to for the first time
        return []
    history.mark_silent(conn, now, company_key=row.company_key)
    silent = conn.execute(
        select(applications.c.id, applications.c.position)
        .where(
            applications.c.company_key == row.company_key,
            applications.c.id != application_id,
            applications.c.stage == Stage.NO_RESPONSE.value,
        )
        .order_by(applications.c.id)
    ).all()
    unanswered = (
        conn.execute(
            select(func.count())
            .select_from(messages)
            .join(applications, applications.c.id == messages.c.application_id)
            .where(
                and_(
                    applications.c.company_key == row.company_key,
                    applications.c.id != application_id,
                    messages.c.kind == STATUS_INQUIRY,
                    messages.c.state == State.SENT.value,
                )
            )
        ).scalar()
        or 0
    )
    if silent:
        positions = ", ".join(f"{r.position} (application {r.id})" for r in silent)
        return [
            f"{row.company} went silent before: {positions} got no answer to two inquiries. "
            "Keep your expectations in check and your other applications going."
        ]
    if unanswered:
        return [
            f"{row.company} has not yet answered {unanswered} status "
            f"inquir{'y' if unanswered == 1 else 'ies'} about an earlier application."
        ]
    return []
