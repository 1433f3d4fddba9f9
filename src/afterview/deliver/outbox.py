"""Sending approved emails exactly once.

The protocol, for one message:

1. build the email (a bad header stops here, before anything is recorded);
2. record it as *sending* together with its Message-ID;
3. run the SMTP transaction;
4. record it as *sent*.

A crash, a timeout or a broken connection between 2 and 4 leaves the message
in *sending*. It is never simply sent again: before any retry, the Sent folder
is searched for its Message-ID (where a mailbox is configured), or else the
user is asked whether it went out. A retry reuses the same Message-ID, so even
then the recipient's mail program sees one message, not two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from enum import StrEnum
from pathlib import Path

from afterview.deliver.email import Outgoing, build_email, make_message_id
from afterview.deliver.ports import OutboxStore, SentFolder
from afterview.deliver.smtp import PermanentFailure, SmtpFailure, UncertainDelivery
from afterview.errors import ConfigError, DeliveryError, UsageError
from afterview.store.messages import State, StoredMessage
from afterview.store.transitions import Action, step

Transport = Callable[[EmailMessage], None]
# Asked about a message that may have gone out: True "it was sent", False "it
# was not, send it", None "I don't know" (left for later).
Ask = Callable[[StoredMessage], bool | None]


class Outcome(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"  # found sent (Sent folder, the user, or the records)
    FAILED = "failed"  # not delivered; the reason says why
    UNCERTAIN = "uncertain"  # may have gone out; left in "sending" for the user
    DRY_RUN = "dry_run"


@dataclass(frozen=True)
class SendResult:
    message: StoredMessage
    outcome: Outcome
    detail: str = ""
    email: EmailMessage | None = None
    permanent: bool = False


def _now() -> datetime:
    return datetime.now(UTC)


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

    def send(self, id: int, *, dry_run: bool = False) -> SendResult:
        """Send one approved message (or settle one left in "sending")."""
        m = self.store.get_message(id)
        if m.state in (State.SENT, State.ANSWERED):
            return SendResult(m, Outcome.ALREADY_SENT, f"already sent{_at(m.sent_at)}")
        if m.state == State.SENDING:
            return self.settle(m, dry_run=dry_run)
        step(Action.CLAIM, m)  # only an approved message goes out: StateError otherwise
        return self._deliver(m, dry_run=dry_run)

    def send_due(
        self, *, dry_run: bool = False, stop: Callable[[], bool] = lambda: False
    ) -> list[SendResult]:
        """Settle interrupted sends, then send every approved message whose time has come.

        ``stop`` is checked between messages, never during one, so a signal
        never cuts a transaction in half.
        """
        results: list[SendResult] = []
        for m in self.store.sending_messages():
            if stop():
                return results
            results.append(self.settle(m, dry_run=dry_run))
        for m in self.store.approved_due(self.clock()):
            if stop():
                break
            if m.medium != "email" or m.id in self.refused:
                continue  # LinkedIn and cards need the user's hands
            results.append(self._deliver(m, dry_run=dry_run))
        return results

    def settle(self, m: StoredMessage, *, dry_run: bool = False) -> SendResult:
        """Decide about a message left in "sending": did it go out or not?"""
        mid = m.rfc_message_id or ""
        went_out: bool | None = None
        how = ""
        if self.sent_folder is not None and mid:
            try:
                went_out = self.sent_folder.sent_contains(mid)
            except DeliveryError as exc:  # the mailbox is down: decide another time
                return SendResult(m, Outcome.UNCERTAIN, f"it may have gone out, and {exc.message}")
            how = "found in the Sent folder" if went_out else "not in the Sent folder"
        elif self.ask is not None:
            went_out = self.ask(m)
            how = "you said it went out" if went_out else "you said it did not go out"
        if went_out is None:
            return SendResult(
                m,
                Outcome.UNCERTAIN,
                "an earlier attempt was interrupted and it may have gone out; check your Sent "
                f"folder, then run `afterview send {m.id}` to be asked",
            )
        if went_out:
            if not dry_run:
                self.store.mark_sent(m.id, self.clock())
            return SendResult(m, Outcome.ALREADY_SENT, how)
        # Still "sending" with its Message-ID: the retry carries the same one.
        return self._deliver(m, dry_run=dry_run, claimed=True, note=how)

    def _deliver(
        self, m: StoredMessage, *, dry_run: bool, claimed: bool = False, note: str = ""
    ) -> SendResult:
        email = self.compose(m, m.rfc_message_id if claimed else None)
        mid = str(email["Message-ID"])
        if dry_run:
            return SendResult(m, Outcome.DRY_RUN, "not sent (dry run)", email)
        if not claimed:
            self.store.mark_sending(m.id, mid)
        try:
            self.transport(email)
        except UncertainDelivery as exc:
            return self._after_uncertain(m, mid, str(exc))
        except SmtpFailure as exc:
            self.store.mark_send_failed(m.id, exc.message)
            permanent = isinstance(exc, PermanentFailure)
            if permanent:
                self.refused.add(m.id)
            return SendResult(m, Outcome.FAILED, exc.message, email, permanent)
        except ConfigError as exc:
            # A setting is missing or wrong: found before any connection, so nothing went out.
            self.store.mark_send_failed(m.id, exc.message)
            raise
        self.store.mark_sent(m.id, self.clock())
        return SendResult(m, Outcome.SENT, note and f"sent again ({note})", email)

    def _after_uncertain(self, m: StoredMessage, mid: str, why: str) -> SendResult:
        # Settle at once if we can tell; otherwise it stays in "sending".
        fresh = self.store.get_message(m.id)
        if self.sent_folder is not None:
            try:
                found = self.sent_folder.sent_contains(mid)
            except DeliveryError as exc:
                return SendResult(fresh, Outcome.UNCERTAIN, f"{why} {exc.message}")
            if found:
                self.store.mark_sent(m.id, self.clock())
                return SendResult(fresh, Outcome.ALREADY_SENT, "found in the Sent folder")
        return SendResult(fresh, Outcome.UNCERTAIN, why)


def _at(when: datetime | None) -> str:
    return f" on {when:%Y-%m-%d %H:%M} UTC" if when else ""
