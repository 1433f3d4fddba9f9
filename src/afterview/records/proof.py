"""The CSV proof of applications (``afterview export --format csv``): one row per contact.

Job centres and career coaches ask who was contacted, when, and what came of
it. Rows are interviews, messages sent (and bounced: a message that never
arrived is not a contact), replies, outcomes and stage changes, in time
order, optionally limited to a date range (dates in UTC).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from afterview.store.messages import EventKind
from afterview.store.schema import applications, events, interviewers, interviews, messages

if TYPE_CHECKING:
    from afterview.store import Store

COLUMNS = (
    "date",
    "time_utc",
    "application_id",
    "company",
    "position",
    "reference",
    "stage_now",
    "what",
    "with",
    "medium",
    "details",
)
_EVENTS = (EventKind.SENT, EventKind.BOUNCE, EventKind.REPLY, EventKind.OUTCOME, EventKind.STAGE)


def csv_report(store: Store, since: date | None = None, until: date | None = None) -> str:
    """The report as CSV text (RFC 4180, with a header row)."""
    rows: list[tuple[datetime, int, dict[str, Any]]] = []
    with store.reading() as conn:  # one snapshot
        apps = {r.id: r for r in conn.execute(select(applications))}
        people: dict[int, list[str]] = {}
        for r in conn.execute(
            select(interviewers.c.interview_id, interviewers.c.name).order_by(
                interviewers.c.interview_id, interviewers.c.ordinal
            )
        ):
            people.setdefault(r.interview_id, []).append(r.name)
        for r in conn.execute(select(interviews)):
            doc = json.loads(r.document)
            fmt = doc.get("interview", {}).get("format")
            rows.append(
                (
                    r.at,
                    r.id,
                    {
                        "application_id": r.application_id,
                        "what": "interview",
                        "with": "; ".join(people.get(r.id, [])),
                        "medium": fmt or "",
                        "details": r.next_steps or "",
                    },
                )
            )
        sent = {
            r.id: r
            for r in conn.execute(
                select(
                    messages.c.id,
                    messages.c.recipient,
                    messages.c.medium,
                    messages.c.subject,
                    messages.c.kind,
                )
            )
        }
        for r in conn.execute(select(events).where(events.c.kind.in_([k.value for k in _EVENTS]))):
            m = sent.get(r.message_id) if r.message_id else None
            what = {
                "sent": f"sent {m.kind.replace('_', ' ')}" if m else "sent",
                "bounce": "delivery failed",
                "reply": "reply received",
                "outcome": "outcome",
                "stage": "stage change",
            }[r.kind]
            details = r.summary
            if r.kind == EventKind.STAGE and r.data:
                change = json.loads(r.data)
                details = f"{change.get('from') or 'new'} -> {change.get('to')}: {r.summary}"
            if m and m.subject and r.kind == EventKind.SENT:
                details = f"{m.subject}: {details}"
            rows.append(
                (
                    r.at,
                    r.id,
                    {
                        "application_id": r.application_id,
                        "what": what,
                        "with": (m.recipient if m and r.kind in ("sent", "bounce") else r.sender)
                        or "",
                        "medium": m.medium if m else "",
                        "details": details,
                    },
                )
            )
    rows.sort(key=lambda t: (t[0], t[2]["application_id"], t[2]["what"], t[1]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for at, _, row in rows:
        day = at.date()
        if (since and day < since) or (until and day > until):
            continue
        app = apps[row["application_id"]]
        writer.writerow(
            (
                day.isoformat(),
                at.strftime("%H:%M"),
                app.id,
                app.company,
                app.position,
                app.reference,
                app.stage,
                row["what"],
                row["with"],
                row["medium"],
                row["details"],
            )
        )
    return out.getvalue()
