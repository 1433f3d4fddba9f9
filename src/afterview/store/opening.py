"""Whether a command may open the database it is given: no new file from a mistyped ``--db``.

Kept free of SQLAlchemy, so the fast path of ``afterview due`` can ask too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from afterview.errors import NotFoundError
from afterview.store.url import default_url, resolve_url, sqlite_path


class NoDatabaseError(NotFoundError):
    """The SQLite file named does not exist, and the command does not create one."""

    def __init__(self, path: Path, *, default: bool) -> None:
        super().__init__(
            f"There is no Afterview database at {path}; this command creates none.",
            hint="`afterview add INTERVIEW.toml` starts your records there."
            if default
            else "check the --db path (or the db setting); `afterview add INTERVIEW.toml` "
            "creates a database.",
        )
        self.path = path
        self.default = default  # the default file: no records yet, rather than a typo


def existing(url: str | None) -> str:
    """The resolved URL of ``url``; :class:`NoDatabaseError` when it names a missing SQLite file."""
    resolved = resolve_url(url)
    path = sqlite_path(resolved)
    if path is not None and not path.is_file():
        raise NoDatabaseError(path, default=not url and resolved == default_url())
    return resolved


@contextmanager
def undone_if_failed(url: str | None) -> Iterator[None]:
    """Remove the SQLite database this block creates if the block fails.

    For commands that create their database and may still refuse their input
    halfway (``import``): exit code 2 means nothing was written, not even an
    empty database.
    """
    path = sqlite_path(resolve_url(url))
    new = path is not None and not path.exists()
    try:
        yield
    except BaseException:
        if new and path is not None:
            for suffix in ("", "-wal", "-shm", "-journal", ".senders"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
