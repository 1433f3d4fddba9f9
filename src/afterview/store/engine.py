"""Opening the database: one engine per store, the same rules on SQLite and PostgreSQL.

Writers never interleave. SQLite: WAL journal (readers never block the
writer), a 30 s busy timeout, and every write transaction opened with
``BEGIN IMMEDIATE`` (see :meth:`Store.writing`) so that two processes queue
up for the write lock rather than fail when a read upgrades to a write.
PostgreSQL: each write transaction takes one transaction-level advisory lock,
which gives the same queue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from afterview.errors import StoreError
from afterview.store.url import sqlite_path

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

BUSY_TIMEOUT_S = 30.0
WRITE_LOCK_KEY = 0x61667476  # "aftv": the advisory lock all Afterview writers share


def make_engine(url: str) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        if url.startswith("sqlite"):
            path = sqlite_path(url)
            if path is not None:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"Cannot create the folder for the database {path}: {exc.strerror}."
                    ) from None
            # isolation_level=None: the driver leaves transactions to us (BEGIN IMMEDIATE below).
            engine = create_engine(
                url, connect_args={"isolation_level": None, "timeout": BUSY_TIMEOUT_S}
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=False)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError(
            f"Cannot use the database URL: {exc}",
            hint="use sqlite:///PATH or postgresql://USER@HOST/NAME",
        ) from None


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL still survives any crash of the process (the kill tests);
    # only a power cut can drop the last commits, never corrupt the file. FULL
    # would fsync every commit: ten times slower on `afterview add` of many files.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    # Writers take the write lock up front, so they queue instead of failing
    # when a read turns into a write; readers start a plain (deferred) snapshot.
    write = conn.get_execution_options().get("afterview_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def lock_for_writing(conn: Connection) -> None:
    """Serialise writers on PostgreSQL (SQLite's BEGIN IMMEDIATE already does)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy import text

        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
