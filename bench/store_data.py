"""A large, realistic records database for the store benchmarks.

10,000 applications over three years, 100,000 messages: old applications are
closed, their messages sent, answered or cancelled; the most recent hundred
still have messages planned or approved, a few dozen of them due now.
Rows are written in bulk through the store's own tables (adding 10,000 files
one by one would measure ``add``, not ``due``).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from afterview.store import Store
from afterview.store.schema import (
    applications,
    candidates,
    events,
    interviewers,
    interviews,
    messages,
)

KINDS = (
    "thank_you",
    "thank_you",
    "thank_you",
    "status_inquiry",
    "status_inquiry",
    "thank_you",
    "thank_you",
    "feedback_request",
    "rejection_reply",
    "thank_you",
)
BODY = (
    "Dear {name},\n\nThank you for taking the time to talk with me about the role. "
    "Our conversation about the data platform stayed with me.\n\nBest regards,\nPriya Raman"
)


def build(url: str, apps: int = 10_000, per_app: int = 10, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    rng = random.Random(42)
    with Store.open(url) as store, store.engine.begin() as conn:
        conn.execute(
            insert(candidates).values(
                id=1,
                name="Priya Raman",
                email="priya@example.com",
                strengths="[]",
                created_at=now,
                updated_at=now,
            )
        )
        app_rows, iv_rows, people, msg_rows, ev_rows = [], [], [], [], []
        msg_id = 0
        for a in range(1, apps + 1):
            age = timedelta(days=3 * 365 * (apps - a) / apps, hours=rng.randint(0, 23))
            at = now - age - timedelta(days=1)
            recent = a > apps - 100
            stage = (
                "interviewing"
                if recent
                else rng.choice(("rejected", "no_response", "withdrawn", "offer"))
            )
            company = f"Company {a % 3000}"
            app_rows.append(
                dict(
                    id=a,
                    candidate_id=1,
                    company=company,
                    position=f"Engineer {a}",
                    reference="",
                    company_key=company.casefold(),
                    position_key=f"engineer {a}",
                    stage=stage,
                    postponed_until=None,
                    created_at=at,
                    updated_at=at,
                )
            )
            iv_rows.append(
                dict(
                    id=a,
                    application_id=a,
                    at=at,
                    utc_offset=-300,
                    format="video",
                    style=None,
                    decision_expected_by=None,
                    next_steps=None,
                    contact=None,
                    wish_i_had_said=None,
                    new_information=None,
                    debrief_notes=None,
                    source=f"/home/priya/interviews/{a}.toml",
                    document=json.dumps({"application": {"company": company}}),
                    created_at=at,
                    updated_at=at,
                )
            )
            for p in range(2):
                people.append(
                    dict(
                        id=2 * a + p - 1,
                        interview_id=a,
                        ordinal=p,
                        name=f"Person {p}",
                        title=None,
                        email=f"person{p}.{a}@company{a % 3000}.example",
                        linkedin=None,
                        medium=None,
                        salutation=None,
                    )
                )
            for i in range(per_app):
                msg_id += 1
                kind = KINDS[i]
                opens = at + timedelta(hours=1 + 24 * i)
                if recent:
                    state = rng.choice(("planned", "approved", "planned", "sent"))
                else:
                    state = rng.choice(("sent", "answered", "cancelled"))
                msg_rows.append(
                    dict(
                        id=msg_id,
                        application_id=a,
                        interview_id=a,
                        kind=kind,
                        recipient=f"Person {i % 2}",
                        recipient_email=f"person{i % 2}.{a}@company.example",
                        recipient_linkedin=None,
                        medium="email",
                        sequence=i // 2 + 1,
                        send_after=opens,
                        send_by=opens + timedelta(days=1),
                        utc_offset=-300,
                        why="A note within 24 hours.",
                        subject="Thank you",
                        body=BODY.format(name=f"Person {i % 2}"),
                        state=state,
                        edited=False,
                        rfc_message_id=f"<{msg_id}@bench>" if state == "sent" else None,
                        sent_at=opens if state in ("sent", "answered") else None,
                        created_at=at,
                        updated_at=at,
                    )
                )
                if state in ("sent", "answered"):
                    ev_rows.append(
                        dict(
                            application_id=a,
                            message_id=msg_id,
                            kind="sent",
                            at=opens,
                            sender=None,
                            summary="sent",
                            data=None,
                            created_at=at,
                        )
                    )
        for table, rows in (
            (applications, app_rows),
            (interviews, iv_rows),
            (interviewers, people),
            (messages, msg_rows),
            (events, ev_rows),
        ):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[start : start + 5000])
