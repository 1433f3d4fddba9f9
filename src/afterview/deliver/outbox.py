"""Sending approved emails exactly once.

The protocol, for one message:

1. build the email (a bad header stops here, before anything is recorded);
2. take the message's sender lock (:meth:`~afterview.store.Store.sender_lock`):
   when another live process holds it, that process is sending the message
   right now, and it is left alone;
3. record it as *sending* together with its Message-ID;
4. run the SMTP transaction in a thread of its own
   (:func:`~afterview.deliver.flight.fly`), so that a stop signal or a server
   that hangs can cut it short;
5. record the outcome: *sent*; *approved* again when it certainly did not go
   out; *uncertain* when it may have (the connection broke, or was cut, while
   the message was being handed over).

A message in *sending* whose lock is free was cut off by a crash or a kill: it
becomes *uncertain*. An uncertain message is never simply sent again: the
Sent folder is searched for its Message-ID (where a mailbox is configured), or
else the user is asked whether it went out. A retry reuses the same
Message-ID, so even then the recipient's mail program sees one message, not two.

One message that cannot go (a bad address, an address that bounced, a draft
the email package refuses) never holds back the others: :meth:`Outbox.send_due`
reports it and goes on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from enum import StrEnum
from pathlib import Path

from afterview.deliver.email import Outgoing, build_email, make_message_id
from afterview.deliver.flight import Landing, Stopped, fly
from afterview.deliver.ports import OutboxStore, SentFolder
from afterview.deliver.ready import refuse_unfilled
from afterview.deliver.smtp import PermanentFailure, SmtpFailure, UncertainDelivery
from afterview.errors import AfterviewError, ConfigError, DeliveryError, StateError, UsageError
from afterview.store.messages import State, StoredEvent, StoredMessage
from afterview.store.transitions import Action, step

Transport = Callable[[EmailMessage], None]
# Asked about a message that may have gone out: True "it was sent", False "it
# was not, send it", None "I don't know" (left for later).
Ask = Callable[[StoredMessage], bool | None]

_DONE = (State.SENT, State.ANSWERED)


class Outcome(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"  # found sent (Sent folder, the user, or the records)
    FAILED = "failed"  # not delivered; the reason says why
    UNCERTAIN = "uncertain"  # may have gone out; left "uncertain" for the user
    DRY_RUN = "dry_run"
    IN_PROGRESS = "in_progress"  # another afterview is sending it right now
    STOPPED = "stopped"  # asked to stop before it was handed over: approved, goes next time


#: Outcomes that need the user: the exit code is 1 when any is there.
TROUBLE = (Outcome.FAILED, Outcome.UNCERTAIN)


@dataclass(frozen=True)
class SendResult:
    message: StoredMessage
    outcome: Outcome
    detail: str = ""
    email: EmailMessage | None = None
    permanent: bool = False
    warning: str = ""  # e.g. its window had closed: it went out late


def _now() -> datetime:
    return datetime.now(UTC)


def _never() -> bool:
    return False


def when(moment: datetime) -> str:
    """A moment as the records show it: 'Sat 2026-11-21 14:00 -0500'."""
    return f"{moment:%a %Y-%m-%d %H:%M %z}"


@dataclass
class Outbox:
    """Sends the approved emails of one store through one transport."""

    store: OutboxStore
    transport: Transport
    sent_folder: SentFolder | None = None
    ask: Ask | None = None
    from_address: str = ""
    attachments: Sequence[Path] = ()
    clock: Callable[[], datetime] = _now
    # Refused for good in this session: `run` does not knock again every round.
    refused: set[int] = field(default_factory=set)

    def compose(self, m: StoredMessage, message_id: str | None = None) -> EmailMessage:
        """The email for a stored message (also used by ``export-eml`` and ``--dry-run``).

        A new Message-ID unless one is given: an approved message carries none yet.
        """
        if m.medium != "email":
            raise UsageError(
                f"Message {m.id} is a {m.medium} note, not an email.",
                hint="`afterview send` hands LinkedIn notes over; "
                "`afterview card` prints handwritten ones.",
            )
        sender = self.from_address or m.candidate_email or ""
        if not sender:
            raise ConfigError(
                "No sender address: the candidate has no email and from_address is not set.",
                hint="set from_address in config.toml, "
                "or add candidate.email to the interview file.",
            )
        refuse_unfilled(m.body, m.id)
        if not m.recipient_email:
            raise UsageError(
                f"Message {m.id} to {m.recipient} has no email address to go to.",
                hint="add the interviewer's email to the interview file "
                "and run `afterview add` again.",
            )
        return build_email(
            Outgoing(
                sender_name=m.candidate_name,
                sender_email=sender,
                recipient_name=m.recipient,
                recipient_email=m.recipient_email,
                subject=m.subject,
                body=m.body,
                message_id=message_id or make_message_id(sender),
                date=self.clock(),
                reply_to=m.candidate_email,
                attachments=tuple(self.attachments),
            )
        )

    # -- what the commands call --------------------------------------------------

    def send(self, id: int, *, dry_run: bool = False, early: bool = False) -> SendResult:
        """Send one approved message (or settle one whose send was cut off).

        Refused (nothing written) before its window opens unless ``early``, to an
        address that bounced, or when the email cannot be built.
        """
        m = self.store.get_message(id)
        if m.state in _DONE:
            return SendResult(m, Outcome.ALREADY_SENT, f"already sent{_at(m.sent_at)}")
        if m.state not in (State.SENDING, State.UNCERTAIN):
            step(Action.CLAIM, m)  # only an approved message goes out: StateError otherwise
            opens = m.send_after
            if opens > self.clock() and not early:
                raise UsageError(
                    f"Message {id} is not due yet: its window opens {when(opens)}.",
                    hint=f"`afterview send {id} --early` sends it now all the same.",
                )
            bounced = self._bounced(m, self._bounced_addresses())
            if bounced:
                raise UsageError(bounced, hint=_fix_address(m))
            self.compose(m)  # a draft that cannot be sent is refused before anything is written
        with self._lock(m.id) as mine:
            if not mine:
                return _in_progress(m)
            return self._send_locked(id, dry_run=dry_run, stop=_never)

    def send_due(
        self, *, dry_run: bool = False, stop: Callable[[], bool] = _never
    ) -> list[SendResult]:
        """Settle cut-off sends, then send every approved email whose time has come.

        One message that cannot go is reported (``failed``) and the others go on.
        ``stop`` is checked between messages; a message in flight when it turns
        true has a few seconds to finish, then is cut off (see :mod:`.flight`).
        """
        results: list[SendResult] = []
        for m in self.store.unsettled_messages():
            if stop():
                return results
            result = self._one(m, dry_run=dry_run, stop=stop)
            if result is not None:
                results.append(result)
        bounced = self._bounced_addresses()
        for m in self.store.approved_due(self.clock()):
            if stop():
                break
            if m.medium != "email" or m.id in self.refused:
                continue  # LinkedIn and cards need the user's hands
            result = self._due_one(m, bounced, dry_run=dry_run, stop=stop)
            if result is not None:
                results.append(result)
        return results

    def settle(
        self, m: StoredMessage, *, dry_run: bool = False, stop: Callable[[], bool] = _never
    ) -> SendResult:
        """Decide about a message whose send was cut off: did it go out or not?

        Call it holding the message's sender lock (:meth:`send` does).
        """
        mid = m.rfc_message_id or ""
        went_out: bool | None = None
        how = ""
        if self.sent_folder is not None and mid:
            try:
                went_out = self.sent_folder.sent_contains(mid)
            except DeliveryError as exc:  # the mailbox is down: decide another time
                return SendResult(
                    m, Outcome.UNCERTAIN, f"it may have gone out, and {exc.message} {_way_out(m)}"
                )
            how = "found in the Sent folder" if went_out else "not in the Sent folder"
        elif self.ask is not None:
            went_out = self.ask(m)
            how = "you said it went out" if went_out else "you said it did not go out"
        if went_out is None:
            return SendResult(
                m,
                Outcome.UNCERTAIN,
                f"an earlier attempt was cut off and it may have gone out. {_way_out(m)}",
            )
        if went_out:
            if not dry_run:
                self.store.mark_sent(m.id, self.clock())
            return SendResult(m, Outcome.ALREADY_SENT, how)
        # Not sent: again, with the same Message-ID.
        email = self.compose(m, mid or None)
        if dry_run:
            return SendResult(m, Outcome.DRY_RUN, "not sent (dry run)", email)
        self.store.mark_sending(m.id, str(email["Message-ID"]))
        return self._transmit(m, email, stop=stop, note=how)

    # -- one message --------------------------------------------------------------

    def _due_one(
        self,
        m: StoredMessage,
        bounced: dict[str, StoredEvent],
        *,
        dry_run: bool,
        stop: Callable[[], bool],
    ) -> SendResult | None:
        """One due message in ``send --due``: refused alone, never stopping the others."""
        refusal = self._bounced(m, bounced)
        hint = _fix_address(m)
        if refusal is None:
            try:
                self.compose(m)
            except ConfigError:
                raise  # a setting is missing: no message can go
            except AfterviewError as exc:
                refusal = exc.message
                hint = exc.hint or f"correct it with `afterview edit {m.id}`"
        if refusal is not None:
            self.refused.add(m.id)
            return SendResult(
                m, Outcome.FAILED, f"not sent. {refusal.rstrip('.')}. What to do: {hint}"
            )
        return self._one(m, dry_run=dry_run, stop=stop)

    def _one(
        self, m: StoredMessage, *, dry_run: bool, stop: Callable[[], bool]
    ) -> SendResult | None:
        """Send or settle ``m`` under its lock, a failure of it turned into its result."""
        try:
            with self._lock(m.id) as mine:
                if not mine:
                    return _in_progress(m)
                result = self._send_locked(m.id, dry_run=dry_run, stop=stop)
        except StateError:
            # Taken meanwhile by another afterview (sent, or cancelled): not ours to report.
            return None
        except ConfigError:
            raise
        except AfterviewError as exc:
            self.refused.add(m.id)
            return SendResult(m, Outcome.FAILED, exc.message)
        return result

    def _send_locked(self, id: int, *, dry_run: bool, stop: Callable[[], bool]) -> SendResult:
        """Send message ``id`` holding its lock, from whatever state it is now in."""
        m = self.store.get_message(id)  # fresh: another process may have acted meanwhile
        if m.state in _DONE:
            return SendResult(m, Outcome.ALREADY_SENT, f"already sent{_at(m.sent_at)}")
        if m.state == State.SENDING:
            # Its lock was free, so the process that claimed it is gone.
            if dry_run:
                return self.settle(m, dry_run=True, stop=stop)
            self.store.mark_uncertain(
                id,
                "The afterview sending it stopped before it learnt the outcome "
                "(a crash or a kill); it may have gone out.",
            )
            m = self.store.get_message(id)
        if m.state == State.UNCERTAIN:
            return self.settle(m, dry_run=dry_run, stop=stop)
        step(Action.CLAIM, m)
        email = self.compose(m)  # the text as it is now, should it have been edited
        late = _late(m, self.clock())
        if dry_run:
            return SendResult(m, Outcome.DRY_RUN, "not sent (dry run)", email, warning=late)
        self.store.mark_sending(m.id, str(email["Message-ID"]))
        result = self._transmit(m, email, stop=stop)
        return SendResult(
            result.message, result.outcome, result.detail, result.email, result.permanent, late
        )

    def _transmit(
        self, m: StoredMessage, email: EmailMessage, *, stop: Callable[[], bool], note: str = ""
    ) -> SendResult:
        """Hand a claimed message to the transport and record what came of it."""
        landing = fly(lambda: self.transport(email), stop=stop)
        result = self._land(m, email, landing, stop, note)
        if landing.interrupt is not None:
            raise landing.interrupt  # Ctrl-C: recorded first, now stop
        return result

    def _land(
        self,
        m: StoredMessage,
        email: EmailMessage,
        landing: Landing,
        stop: Callable[[], bool],
        note: str,
    ) -> SendResult:
        mid = str(email["Message-ID"])
        error = landing.error
        if landing.cut:
            if landing.handed_over:
                why = (
                    f"The send was cut off while the message was being handed over: {landing.why}."
                )
                self.store.mark_uncertain(m.id, why)
                return self._after_uncertain(m, mid, why, stop)
            error = Stopped(
                f"The send was cut off before the message was handed over: {landing.why}."
            )
        if error is None:
            self.store.mark_sent(m.id, self.clock())
            return SendResult(m, Outcome.SENT, note and f"sent again ({note})", email)
        if isinstance(error, UncertainDelivery):
            self.store.mark_uncertain(m.id, error.message)
            return self._after_uncertain(m, mid, error.message, stop)
        if isinstance(error, Stopped):
            self.store.mark_send_failed(m.id, error.message)
            if stop():
                return SendResult(m, Outcome.STOPPED, "not sent: stopped; it goes next time", email)
            return SendResult(m, Outcome.FAILED, error.message, email)
        if isinstance(error, SmtpFailure):
            self.store.mark_send_failed(m.id, error.message)
            permanent = isinstance(error, PermanentFailure)
            if permanent:
                self.refused.add(m.id)
            return SendResult(m, Outcome.FAILED, error.message, email, permanent)
        # A setting missing (found before any connection), or something unforeseen.
        if landing.handed_over:
            self.store.mark_uncertain(m.id, f"The send failed midway: {error}")
        else:
            self.store.mark_send_failed(m.id, str(error) or type(error).__name__)
        raise error

    def _after_uncertain(
        self, m: StoredMessage, mid: str, why: str, stop: Callable[[], bool]
    ) -> SendResult:
        # Settle at once if the Sent folder can tell; otherwise it stays "uncertain".
        fresh = self.store.get_message(m.id)
        if self.sent_folder is not None and not stop():
            try:
                found = self.sent_folder.sent_contains(mid)
            except DeliveryError as exc:
                return SendResult(fresh, Outcome.UNCERTAIN, f"{why} {exc.message} {_way_out(m)}")
            if found:
                self.store.mark_sent(m.id, self.clock())
                return SendResult(fresh, Outcome.ALREADY_SENT, "found in the Sent folder")
        return SendResult(fresh, Outcome.UNCERTAIN, f"{why} {_way_out(m)}")

    # -- helpers ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _lock(self, id: int) -> Iterator[bool]:
        lock = getattr(self.store, "sender_lock", None)
        if lock is None:  # a store without locks: one sender at a time
            yield True
            return
        with lock(id) as mine:
            yield mine

    def _bounced_addresses(self) -> dict[str, StoredEvent]:
        known = getattr(self.store, "bounced_addresses", None)
        return known() if known is not None else {}

    @staticmethod
    def _bounced(m: StoredMessage, bounced: dict[str, StoredEvent]) -> str | None:
        """Why ``m`` must not go to its address: it bounced, and was not corrected since."""
        address = (m.recipient_email or "").strip().lower()
        event = bounced.get(address) if address else None
        if event is None:
            return None
        return (
            f"mail to {m.recipient_email} bounced on {event.at:%Y-%m-%d} ({event.summary}); "
            "the address is not used again until it is corrected"
        )


def _in_progress(m: StoredMessage) -> SendResult:
    return SendResult(m, Outcome.IN_PROGRESS, "another afterview is sending it right now")


def _late(m: StoredMessage, now: datetime) -> str:
    if m.send_by >= now:
        return ""
    return f"late: its window closed {when(m.send_by)}"


def _fix_address(m: StoredMessage) -> str:
    return (
        "fix the address in the interview file and `afterview add` it again; "
        f"or, if you reached them another way, `afterview log {m.id} sent`"
    )


def _way_out(m: StoredMessage) -> str:
    return (
        f"Look in your Sent folder: `afterview log {m.id} sent` if it is there, "
        f"else `afterview send {m.id}` asks you and sends it again with the same Message-ID."
    )


def _at(when: datetime | None) -> str:
    return f" on {when:%Y-%m-%d %H:%M} UTC" if when else ""
