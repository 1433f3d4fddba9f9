"""What the store hands out: plain, frozen records, never ORM objects.

This module imports nothing heavy, so the fast read path of ``afterview due``
(:mod:`afterview.store.fastdue`) and the delivery code can use it cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class State(StrEnum):
    """Where a message is in its life.

    planned → approved → sending → sent → answered, or cancelled from
    planned/approved. ``sending`` is held only while a delivery is under way;
    a message still in it after a crash is found by
    :meth:`~afterview.store.Store.sending_messages`. A sent message whose
    delivery failed later (a bounce) is ``bounced`` until the user approves
    it again (back to ``approved``, to go out with a new Message-ID) or logs
    it as sent by other means.
    """

    PLANNED = "planned"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    ANSWERED = "answered"
    CANCELLED = "cancelled"
    BOUNCED = "bounced"


#: States in which a message is still to be sent (and may still be cancelled).
PENDING_STATES = (State.PLANNED, State.APPROVED)
#: States whose text may still change: nobody has read it yet.
EDITABLE_STATES = (*PENDING_STATES, State.BOUNCED)


class Stage(StrEnum):
    """Where an application stands."""

    APPLIED = "applied"
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
    BOUNCE = "bounce"  # a sent message came back undelivered
    APPROVED = "approved"
    CANCELLED = "cancelled"
    EDITED = "edited"


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
