"""Opening the database: one engine per store, the same rules on SQLite and PostgreSQL.

Writers never interleave. SQLite: WAL journal (readers never block the
writer), a 30 s busy timeout, and every write transaction opened with
``BEGIN IMMEDIATE`` (see :meth:`Store.writing`) so that two processes queue
up for the write lock rather than fail when a read upgrades to a write.
PostgreSQL: each write transaction takes one transaction-level advisory lock,
which gives the same queue.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from afterview.errors import ConfigError, StoreError
from afterview.files import create_private
from afterview.store.url import shown_url, sqlite_path

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
            if path is not None and "\x00" in str(path):  # %00 in the URL: refused, nothing made
                raise ValueError("the file name holds a NUL character")
            if path is not None:
                _private_folder(path.parent)
                with contextlib.suppress(OSError):  # SQLite says what is wrong, if anything
                    create_private(path)  # 0600: SQLite gives its -wal and -shm the same mode
                url = _read_only_url(path) or url
            # isolation_level=None: the driver leaves transactions to us (BEGIN IMMEDIATE below).
            engine = create_engine(
                url, connect_args={"isolation_level": None, "timeout": BUSY_TIMEOUT_S}
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
            return engine
        return create_engine(url, pool_pre_ping=False)
    except (ArgumentError, NoSuchModuleError, ValueError, ImportError) as exc:
        # ValueError: a port that is no number, a bracket not closed, a NUL in a path.
        raise ConfigError(
            f"Cannot use the database URL {shown_url(url)}: {exc}",
            hint="use sqlite:///PATH or postgresql://USER@HOST/NAME",
        ) from None


def _private_folder(folder: Path) -> None:
    """The database's folder, made if missing, for the user alone (0700).

    An existing folder keeps its mode: it may be shared on purpose.
    """
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"Cannot create the folder for the database {folder}: {exc.strerror}."
        ) from None


def _read_only_url(path: Path) -> str | None:
    """A read-only URL for a database this process may read but not write, else None.

    SQLite reads a WAL database through a ``-shm`` file next to it; where the
    folder is read-only too, that file cannot be made, so the database is
    opened as immutable (what is on disk, unchanging while the command runs).
    """
    if not path.exists() or os.access(path, os.W_OK):
        return None
    immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
    return f"sqlite:///file:{quote(str(path))}?mode=ro{immutable}&uri=true"


def is_read_only(engine: Engine) -> bool:
    """Whether the store was opened read-only (see :func:`_read_only_url`)."""
    return engine.url.query.get("mode") == "ro"


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


# What a database's own words mean for the user: (words, what to do). The first match wins.
_FAILURES = (
    (
        ("malformed", "not a database", "file is encrypted", "corrupt"),
        "it is damaged: restore it from a backup (or import your last `afterview export` "
        "into a new one); `sqlite3 FILE .recover` may save what is left",
    ),
    (
        ("readonly", "read-only", "read only", "permission denied"),
        "it is read-only here: reading works (list, due, export); to change it, make the "
        "file and its folder writable",
    ),
    (("locked", "busy", "lock timeout"), "is another afterview writing to it? Try again."),
    (("disk is full", "full", "no space"), "the disk is full: free some space and try again"),
    (
        ("connection", "connect", "could not translate host", "password authentication"),
        "is the database server running, and the URL (host, port, user, password) right?",
    ),
    (("unable to open", "no such file"), "check the path and that its folder exists"),
)


def failure(exc: Exception, where: str, done: str) -> StoreError:
    """A database failure in words a person can act on.

    Only the database's own message (the driver's first line), never the SQL
    statement or its parameters: those may hold anything the user wrote.
    """
    from sqlalchemy.exc import IntegrityError

    if isinstance(exc, IntegrityError):
        return StoreError(
            f"The database {where} refused a change that breaks one of its rules "
            "(a record given twice, or one that refers to a record that is not there); "
            "nothing was written.",
            hint="run the command again; if it fails again, `afterview export` and report it.",
        )
    orig = getattr(exc, "orig", None) or exc.__cause__ or exc
    words = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    words = words.split(" [SQL:")[0]  # SQLAlchemy's own messages carry the statement
    lower = words.lower()
    hint = next((h for keys, h in _FAILURES if any(k in lower for k in keys)), None)
    return StoreError(f"The database {where} could not be {done}: {words}.", hint=hint)
