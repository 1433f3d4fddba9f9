"""Who is sending a message right now: a lock that lives exactly as long as its sender.

A message in ``sending`` says a send was claimed; it cannot say whether the
process that claimed it is still alive. A lock can: the sender takes the
message's lock before it claims the message and keeps it until the outcome is
recorded, and the lock dies with the process that holds it. So a message in
``sending`` whose lock is free was cut off (a crash, a kill); one whose lock is
taken is being sent by another process at this moment, and is left alone.

- SQLite file: a POSIX record lock on one byte (at the message id's offset) of
  ``<database>.senders`` next to the database; the kernel drops it when the
  process ends.
- PostgreSQL: a session advisory lock on one connection kept for it; the server
  drops it when the connection ends.
- Anything else (an in-memory database, a platform without ``fcntl``): no lock,
  and a message in ``sending`` counts as cut off (one process per database).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine


class SenderLocks:
    """The locks of one store (see the module's description)."""

    def __init__(self, engine: Engine, database: Path | None) -> None:
        self._engine = engine
        self._file = database.with_name(database.name + ".senders") if database else None
        self._fd: int | None = None
        self._conn: Connection | None = None
        self._mutex = threading.Lock()

    @contextlib.contextmanager
    def hold(self, id: int) -> Iterator[bool]:
        """Hold message ``id``'s lock for the block; yields False if another process has it."""
        if self._engine.dialect.name == "postgresql":
            with self._postgres(id) as mine:
                yield mine
        elif self._file is not None and _fcntl() is not None:
            with self._posix(id) as mine:
                yield mine
        else:
            yield True

    def close(self) -> None:
        with self._mutex:
            if self._fd is not None:
                os.close(self._fd)  # drops this process's locks on the file (none are held)
                self._fd = None
            if self._conn is not None:
                with contextlib.suppress(Exception):
                    self._conn.close()
                self._conn = None

    # -- SQLite: a record lock in a file next to the database -----------------------

    def _descriptor(self) -> int | None:
        if self._fd is None:
            assert self._file is not None
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | os.O_CLOEXEC
            try:
                self._fd = os.open(self._file, flags, 0o600)
            except OSError:
                return None  # a read-only folder: nothing can be sent from here anyway
        return self._fd

    @contextlib.contextmanager
    def _posix(self, id: int) -> Iterator[bool]:
        fcntl: Any = _fcntl()
        fd = self._descriptor()
        if fd is None:
            yield True
            return
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, id)
        except OSError:  # EAGAIN or EACCES: another process holds it
            yield False
            return
        try:
            yield True
        finally:
            fcntl.lockf(fd, fcntl.LOCK_UN, 1, id)

    # -- PostgreSQL: a session advisory lock ----------------------------------------

    @contextlib.contextmanager
    def _postgres(self, id: int) -> Iterator[bool]:
        from sqlalchemy import text

        # Negative keys: the writers' transaction lock (engine.WRITE_LOCK_KEY) is positive.
        key = -id
        with self._mutex:
            if self._conn is None:
                self._conn = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            conn = self._conn
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
        if not got:
            yield False
            return
        try:
            yield True
        finally:
            with contextlib.suppress(Exception):  # a lost connection has dropped it already
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})


def _fcntl() -> Any:
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    return fcntl
