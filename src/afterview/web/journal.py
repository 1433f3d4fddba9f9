"""The last action done in the web app, and how to take it back.

Only what can be taken back honestly is undoable: an approval or a skip (the
message is planned again, :meth:`Store.reopen`) and an edit of a draft (the
old text comes back). A sent email, a logged reply or an outcome cannot be
unsaid; the notice says so instead of offering an undo.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from afterview.errors import UsageError

if TYPE_CHECKING:
    from afterview.store import Store


@dataclass(frozen=True)
class Done:
    """One action: what the notice says, and how to undo it (None: it cannot be)."""

    text: str
    message_id: int | None = None
    undo: str | None = None  # "reopen" or "restore"
    old_subject: str = ""
    old_body: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


class Journal:
    """The last action of this server (one person, one journal)."""

    def __init__(self) -> None:
        self._last: Done | None = None
        self._lock = threading.Lock()

    @property
    def last(self) -> Done | None:
        return self._last

    def record(self, done: Done) -> None:
        with self._lock:
            self._last = done

    def undo(self, store: Store) -> str:
        """Take back the last action; returns what the notice says."""
        with self._lock:
            done = self._last
            if done is None or done.undo is None or done.message_id is None:
                raise UsageError("There is nothing to undo.")
            if done.undo == "reopen":
                store.reopen(done.message_id)
                text = f"Undone: message {done.message_id} is planned again."
            else:
                store.update_draft(done.message_id, done.old_subject, done.old_body)
                text = f"Undone: the draft of message {done.message_id} is as it was."
            self._last = Done(text)
            return text
