"""What delivery needs from the records, and from the mailbox, as protocols.

Delivery depends on these narrow interfaces, not on the store's classes, so
the send protocol can be exercised against the real store or any stand-in.
:class:`afterview.store.Store` satisfies both store protocols.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from afterview.store.messages import StoredApplication, StoredMessage


class OutboxStore(Protocol):
    """The records a sender reads and writes."""

    def approved_due(self, now: datetime) -> list[StoredMessage]: ...

    def get_message(self, id: int) -> StoredMessage: ...

    def mark_sending(self, id: int, rfc_message_id: str) -> None: ...

    def mark_sent(self, id: int, at: datetime) -> None: ...

    def mark_send_failed(self, id: int, error: str) -> None: ...

    def mark_uncertain(self, id: int, why: str) -> None: ...

    def sending_messages(self) -> list[StoredMessage]: ...

    def unsettled_messages(self) -> list[StoredMessage]: ...

    # Optional (looked up by name): sender_lock(id) and bounced_addresses(), which
    # the real store has; without them, one sender at a time and no bounce memory.


class ReplyStore(Protocol):
    """The records ``afterview sync`` reads and writes."""

    def find_by_rfc_message_id(self, mid: str) -> StoredMessage | None: ...

    def find_applications_by_address(self, email: str) -> list[StoredApplication]: ...

    def record_reply(
        self,
        message_id: int | None,
        application_id: int,
        at: datetime,
        sender: str,
        summary: str,
        *,
        until: date | None = None,
    ) -> int: ...

    def postpone_inquiries(self, application_id: int, until: date) -> int: ...

    def record_bounce(self, id: int, at: datetime, reason: str, address: str = "") -> int: ...


class SentFolder(Protocol):
    """Where a copy of each sent message ends up (the mailbox's Sent folder)."""

    def sent_contains(self, message_id: str) -> bool: ...
