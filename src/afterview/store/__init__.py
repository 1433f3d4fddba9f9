"""The records store: applications, interviews, messages and their history.

``from afterview.store import Store`` loads SQLAlchemy (a few hundred ms);
the plain records (:class:`StoredMessage`, :class:`State`...) load nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afterview.store.ingest import AddResult
    from afterview.store.messages import (
        EventKind,
        Stage,
        State,
        StoredApplication,
        StoredEvent,
        StoredMessage,
    )
    from afterview.store.store import Store

__all__ = [
    "AddResult",
    "EventKind",
    "Stage",
    "State",
    "Store",
    "StoredApplication",
    "StoredEvent",
    "StoredMessage",
]


_RECORDS = frozenset("EventKind Stage State StoredApplication StoredEvent StoredMessage".split())


def __getattr__(name: str) -> Any:
    if name == "Store":
        from afterview.store.store import Store

        return Store
    if name == "AddResult":
        from afterview.store.ingest import AddResult

        return AddResult
    if name in _RECORDS:  # loaded when asked for: `plan` reads other companies without them
        from afterview.store import messages

        return getattr(messages, name)
    raise AttributeError(f"module 'afterview.store' has no attribute {name!r}")
