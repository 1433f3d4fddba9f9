"""The life of a message: the one writer of ``messages.state``.

:data:`TRANSITIONS` says, for each action and each state a message may be in,
what becomes of it; a state missing under an action refuses that action.
:func:`move` checks an action against the table, writes the new state (with
the columns the step changes) and records the step's event, all on the
caller's connection, so inside the caller's transaction. A refusal is a
:class:`~afterview.errors.StateError` naming the message, its state, the
action and what to do instead; nothing is written.

A new message starts ``planned`` (:func:`new_message`). The only other way a
state reaches the database is ``afterview import``, which restores exported
rows as they were (each state checked against :class:`State`).

Nothing heavy is imported at the top: the delivery code asks the table
(:func:`allows`) without loading SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

from afterview.errors import StateError, StoreError
from afterview.store.messages import EventKind, State

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection


class Action(StrEnum):
    """What can happen to a message."""

    APPROVE = "approve"  # the user approves it for sending (again, after a bounce)
    CLAIM = "claim"  # a sender takes an approved message, with the Message-ID it will carry
    CONFIRM = "confirm"  # the sending went through
    SEND_FAILED = "send_failed"  # the sending failed for sure: approved again
    CUT_OFF = "cut_off"  # the sending broke off midway: it may have gone out
    LOG_SENT = "log_sent"  # sent outside Afterview: by hand, by post, or after a bounce
    BOUNCE = "bounce"  # it came back undelivered
    REPLY = "reply"  # its recipient answered
    CANCEL = "cancel"  # the plan no longer calls for it
    EDIT = "edit"  # the user rewrites the draft: only while nobody has read it
    REOPEN = "reopen"  # the user takes back an approval or a skip: planned again
    SKIP = "skip"  # the user decides not to send it
    UNAPPROVE = "unapprove"  # the user takes the approval back before it goes
    # `afterview undo` taking back a log or an outcome (its one event says what was undone):
    UNDO_SENT = "undo_sent"  # logged as sent by mistake: back to planned
    UNDO_REPLY = "undo_reply"  # logged as answered by mistake: back to sent
    RESTORE = "restore"  # cancelled by what is undone: planned again


@dataclass(frozen=True)
class Step:
    """What an action does to a message in one state.

    ``to`` equal to the state it starts from is a step that stays: with an
    event it only adds to the history, without one it changes nothing (doing
    the same thing twice). ``takes`` are the columns the caller gives with the
    step; ``clears`` are set back to NULL.
    """

    to: State
    event: EventKind | None
    takes: tuple[str, ...] = ()
    clears: tuple[str, ...] = ()


_SENT = Step(State.SENT, EventKind.SENT, takes=("sent_at",))
_CANCELLED = Step(State.CANCELLED, EventKind.CANCELLED)
_DRAFT = ("subject", "body", "edited")

#: action → {state it starts from → step}. Every pair not listed is refused.
TRANSITIONS: dict[Action, dict[State, Step]] = {
    Action.APPROVE: {
        State.PLANNED: Step(State.APPROVED, EventKind.APPROVED),
        # The old Message-ID stays in the bounce's event: the next send gets a new one.
        State.BOUNCED: Step(
            State.APPROVED, EventKind.APPROVED, clears=("rfc_message_id", "sent_at")
        ),
        State.APPROVED: Step(State.APPROVED, None),
    },
    Action.CLAIM: {
        # No event: the claim lasts one SMTP exchange and its Message-ID is on the
        # row; what comes of it (sent, send_failed or cut_off) is the event.
        State.APPROVED: Step(State.SENDING, None, takes=("rfc_message_id",)),
        # Not in the Sent folder, or the user says it did not go: again, same Message-ID.
        State.UNCERTAIN: Step(State.SENDING, None, takes=("rfc_message_id",)),
    },
    Action.CONFIRM: {
        State.SENDING: _SENT,
        State.APPROVED: _SENT,
        State.UNCERTAIN: _SENT,  # found in the Sent folder, or the user saw it there
        State.SENT: Step(State.SENT, None),
    },
    Action.SEND_FAILED: {
        State.SENDING: Step(State.APPROVED, EventKind.SEND_FAILED, clears=("rfc_message_id",)),
    },
    Action.CUT_OFF: {
        # The Message-ID stays: a copy in the Sent folder is recognised by it.
        State.SENDING: Step(State.UNCERTAIN, EventKind.SEND_UNCERTAIN),
    },
    Action.LOG_SENT: {
        State.PLANNED: _SENT,
        State.APPROVED: _SENT,
        State.SENDING: _SENT,
        State.UNCERTAIN: _SENT,
        # Sent again another way: a late copy of the old bounce must not match it.
        State.BOUNCED: Step(
            State.SENT, EventKind.SENT, takes=("sent_at",), clears=("rfc_message_id",)
        ),
        State.SENT: Step(State.SENT, None),
    },
    Action.BOUNCE: {
        State.SENT: Step(State.BOUNCED, EventKind.BOUNCE),
        State.SENDING: Step(State.BOUNCED, EventKind.BOUNCE),  # the bounce beat the confirmation
        State.UNCERTAIN: Step(State.BOUNCED, EventKind.BOUNCE),  # so it did go out
        State.BOUNCED: Step(State.BOUNCED, EventKind.BOUNCE),
        # Answered meanwhile: the bounce goes into the history only.
        State.ANSWERED: Step(State.ANSWERED, EventKind.BOUNCE),
    },
    Action.REPLY: {
        State.SENT: Step(State.ANSWERED, EventKind.REPLY),
        State.ANSWERED: Step(State.ANSWERED, EventKind.REPLY),
    },
    Action.CANCEL: {
        State.PLANNED: _CANCELLED,
        State.APPROVED: _CANCELLED,
        State.BOUNCED: _CANCELLED,
    },
    Action.EDIT: {
        State.PLANNED: Step(State.PLANNED, EventKind.EDITED, takes=_DRAFT),
        # What was approved is not what it says now: it waits for a new approval.
        State.APPROVED: Step(State.PLANNED, EventKind.EDITED, takes=_DRAFT),
        State.BOUNCED: Step(State.BOUNCED, EventKind.EDITED, takes=_DRAFT),
    },
    Action.REOPEN: {
        State.APPROVED: Step(State.PLANNED, EventKind.REOPENED),
        State.CANCELLED: Step(State.PLANNED, EventKind.REOPENED),
        State.PLANNED: Step(State.PLANNED, None),
    },
    Action.SKIP: {
        State.PLANNED: Step(State.CANCELLED, EventKind.SKIPPED),
        State.APPROVED: Step(State.CANCELLED, EventKind.SKIPPED),
        State.BOUNCED: Step(State.CANCELLED, EventKind.SKIPPED),
    },
    Action.UNAPPROVE: {
        State.APPROVED: Step(State.PLANNED, EventKind.UNAPPROVED),
        State.PLANNED: Step(State.PLANNED, None),
    },
    # A planned message carries no Message-ID nor send time; approving it again is a step
    # of its own (approve), so a message that was being sent is never sent again unasked.
    Action.UNDO_SENT: {
        State.SENT: Step(State.PLANNED, None, clears=("sent_at", "rfc_message_id")),
    },
    Action.UNDO_REPLY: {
        State.ANSWERED: Step(State.SENT, None),
    },
    Action.RESTORE: {
        State.CANCELLED: Step(State.PLANNED, None),
    },
}

#: How each action reads in "it cannot be ...".
_DONE = {
    Action.APPROVE: "approved",
    Action.CLAIM: "sent",
    Action.CONFIRM: "marked sent",
    Action.SEND_FAILED: "marked as a failed send",
    Action.CUT_OFF: "marked as cut off",
    Action.LOG_SENT: "logged as sent",
    Action.BOUNCE: "marked bounced",
    Action.REPLY: "marked answered",
    Action.CANCEL: "cancelled",
    Action.EDIT: "edited",
    Action.REOPEN: "reopened",
    Action.SKIP: "skipped",
    Action.UNAPPROVE: "unapproved",
    Action.UNDO_SENT: "set back to unsent",
    Action.UNDO_REPLY: "set back to unanswered",
    Action.RESTORE: "restored",
}


class Subject(Protocol):
    """What :func:`move` needs of a message: a stored message, or a row with these columns."""

    @property
    def id(self) -> int: ...

    @property
    def application_id(self) -> int: ...

    @property
    def state(self) -> str: ...


@dataclass(frozen=True)
class Moved:
    """What :func:`move` did: the state before and after, and the event it recorded."""

    before: State
    after: State
    event_id: int | None


def new_message(values: Mapping[str, Any]) -> dict[str, Any]:
    """The row of a new message: every message starts planned."""
    return {**values, "state": State.PLANNED.value}


def allows(action: Action, state: str) -> bool:
    """Whether a message in ``state`` may take ``action``."""
    return State(state) in TRANSITIONS[action]


def step(action: Action, message: Subject) -> Step:
    """The step ``action`` takes from the message's state; :class:`StateError` when refused."""
    found = TRANSITIONS[action].get(State(message.state))
    if found is None:
        raise refusal(action, message)
    return found


def move(
    conn: Connection,
    message: Subject,
    action: Action,
    *,
    now: datetime,
    at: datetime | None = None,
    summary: str = "",
    sender: str | None = None,
    data: dict[str, Any] | None = None,
    values: Mapping[str, Any] | None = None,
) -> Moved:
    """Take ``action`` on ``message``: check it, write the state, record the event.

    ``values`` are the columns the step takes (see :data:`TRANSITIONS`); the
    event happened ``at`` (default ``now``) and says ``summary``. The row is
    written only if it is still in the state ``message`` was read in. A step
    that stays without an event (the same thing done twice) writes nothing.
    """
    from sqlalchemy import update

    from afterview.store.rows import add_event
    from afterview.store.schema import messages

    found = step(action, message)
    before = State(message.state)
    if found.to is before and found.event is None:
        return Moved(before, before, None)  # the same thing twice: nothing to write
    given = dict(values or {})
    if set(given) != set(found.takes):
        raise ValueError(f"{action} from {before} takes {found.takes}, got {tuple(given)}")
    changes = {**dict.fromkeys(found.clears), **given}
    if found.to is not before:
        changes["state"] = found.to.value
    if changes:
        written = conn.execute(
            update(messages)
            .where(messages.c.id == message.id, messages.c.state == before.value)
            .values(updated_at=now, **changes)
        )
        if written.rowcount != 1:
            raise StoreError(
                f"Message {message.id} changed while it was being {_DONE[action]}; "
                "nothing was written.",
                hint="run the command again.",
            )
    event_id = None
    if found.event is not None:
        if not summary:
            raise ValueError(f"{action} from {before} records an event: give its summary")
        event_id = add_event(
            conn,
            application_id=message.application_id,
            message_id=message.id,
            kind=found.event,
            at=at or now,
            now=now,
            sender=sender,
            summary=summary,
            data=data,
        )
    return Moved(before, found.to, event_id)


def refusal(action: Action, message: Subject) -> StateError:
    """The error for ``action`` refused in the message's state, with what to do instead."""
    state = State(message.state)
    steps = TRANSITIONS[action]
    sources = [s.value for s, found in steps.items() if found.to is not s] or list(steps)
    needed = sources[0] if len(sources) == 1 else f"{', '.join(sources[:-1])} or {sources[-1]}"
    return StateError(
        f"Message {message.id} is {state}, not {needed}: it cannot be {_DONE[action]}.",
        hint=_instead(action, state, message.id, message.application_id),
        record_id=message.id,
        state=state.value,
        action=action.value,
    )


def _instead(action: Action, state: State, id: int, application_id: int) -> str:
    """What to do instead, for people."""
    if action is Action.REPLY and state is not State.CANCELLED:
        return f"log it as sent first (`afterview log {id} sent`), then the reply."
    if action is Action.BOUNCE and state in (State.PLANNED, State.APPROVED):
        return "it was never sent, so it cannot have bounced."
    if action is Action.EDIT:
        return "its text can no longer change: it may have been read."
    if action is Action.UNAPPROVE and state is not State.CANCELLED:
        return "only an approval not yet acted on can be taken back."
    if action is Action.SKIP and state in (State.SENT, State.ANSWERED, State.SENDING):
        return "it went out already (or is going): there is nothing to skip."
    if action is Action.CLAIM and state is State.PLANNED:
        return (
            f"nothing goes out without your approval: read it with `afterview draft {id}`, "
            f"then `afterview approve {id}`."
        )
    return {
        State.PLANNED: (
            f"it was never sent: `afterview approve {id}` approves it, or `afterview log {id} "
            "sent` records that you sent it yourself."
        ),
        State.APPROVED: (
            f"it is approved and waiting: `afterview send {id}` sends it, or "
            f"`afterview log {id} sent` records that you sent it yourself."
        ),
        State.SENDING: (
            f"a send of it is under way or was interrupted: `afterview send {id}` finds out "
            "whether it went out."
        ),
        State.UNCERTAIN: (
            f"a send of it was cut off and it may have gone out: look in your Sent folder; "
            f"`afterview log {id} sent` if it is there, else `afterview send {id}` sends it "
            "again (with the same Message-ID)."
        ),
        State.SENT: f"it went out already; `afterview log {id} replied` records an answer.",
        State.ANSWERED: "it was sent and answered: there is nothing more to do with it.",
        State.CANCELLED: (
            f"the plan no longer calls for it; `afterview show {application_id}` says why."
        ),
        State.BOUNCED: (
            f"it came back undelivered: fix the address, then `afterview approve {id}` sends "
            f"it again; or `afterview log {id} sent` if you reached them another way."
        ),
    }[state]
