"""What the store hands out: plain, frozen records, never ORM objects.

This module imports nothing heavy, so the fast read path of ``afterview due``
(:mod:`afterview.store.due`) and the delivery code can use it cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class State(StrEnum):
    """Where a message is in its life.

    Which action takes a message from one state to another is the table
    :data:`afterview.store.transitions.TRANSITIONS`, the only writer of a state.
    """

    PLANNED = "planned"  # drafted by the planner; nothing goes out before it is approved
    APPROVED = "approved"  # the user said yes: `afterview send` (or the user) may send it
    SENDING = "sending"  # a send is under way; its sender holds the message's lock (claims.py)
    UNCERTAIN = "uncertain"  # a send was cut off midway: it may have gone out; check Sent
    SENT = "sent"
    ANSWERED = "answered"  # its recipient replied
    CANCELLED = "cancelled"  # the plan no longer calls for it
    BOUNCED = "bounced"  # came back undelivered: approve it again, or log it sent another way


#: States in which a message is still to be sent (what ``due`` and the calendar show).
PENDING_STATES = (State.PLANNED, State.APPROVED)

#: States of a send not settled: under way, or cut off (``due`` and ``list`` show them).
UNSETTLED_STATES = (State.SENDING, State.UNCERTAIN)

#: The kind of message the silence rule counts (:class:`afterview.model.Kind`'s value;
#: the store does not import the model, which would slow ``afterview due`` down).
STATUS_INQUIRY = "status_inquiry"


class Stage(StrEnum):
    """Where an application stands."""

    INTERVIEWING = "interviewing"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    NO_RESPONSE = "no_response"


#: Stages after which nobody is chased any more.
CLOSED_STAGES = (Stage.OFFER, Stage.REJECTED, Stage.WITHDRAWN, Stage.NO_RESPONSE)


class EventKind(StrEnum):
    REPLY = "reply"
    OUTCOME = "outcome"
    NOTE = "note"
    STAGE = "stage"
    SENT = "sent"
    SEND_FAILED = "send_failed"
    SEND_UNCERTAIN = "send_uncertain"  # the send was cut off: it may have gone out
    BOUNCE = "bounce"  # a sent message came back undelivered
    APPROVED = "approved"
    CANCELLED = "cancelled"
    EDITED = "edited"
    REOPENED = "reopened"  # an approval or a skip taken back: planned again
    SKIPPED = "skipped"  # the user decided not to send it
    UNAPPROVED = "unapproved"  # the user took an approval back
    UNDONE = "undone"  # `afterview undo` took back a log or an outcome


@dataclass(frozen=True)
class StoredMessage:
    """One message as stored, with what a sender needs to address it.

    Times are aware datetimes in the offset of the interview they belong to
    (``sent_at`` in UTC). ``recipient_email``/``recipient_linkedin`` come from
    the interviewer's record; ``candidate_*`` from the candidate's profile.
    """

    id: int
    application_id: int
    interview_id: int
    kind: str
    recipient: str
    recipient_email: str | None
    recipient_linkedin: str | None
    medium: str
    subject: str
    body: str
    state: str
    rfc_message_id: str | None
    send_after: datetime
    send_by: datetime
    sent_at: datetime | None
    company: str
    position: str
    candidate_name: str
    candidate_email: str | None
    sequence: int = 1
    why: str = ""
    findings: str | None = None  # JSON: the checker's findings on the draft as last written


@dataclass(frozen=True)
class StoredApplication:
    id: int
    company: str
    position: str
    reference: str | None
    stage: str
    postponed_until: date | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class StoredEvent:
    id: int
    application_id: int
    message_id: int | None
    kind: str
    at: datetime
    sender: str | None
    summary: str
