"""Writing the user's files: whole or not at all, private, and never through a planted link.

Every file Afterview writes for the user (an export, a calendar, an .eml draft,
a card) goes through :func:`write_private`: the bytes go to a new temporary
file in the target's folder, created with ``O_EXCL`` (so it can be no existing
file or link) and readable by the user alone (0600), then renamed over the
target. A rename replaces a link at the target's name instead of following
it, and a failure at any point removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from afterview.errors import InputError


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as described above; :class:`InputError` if it cannot be."""
    folder = path.parent if str(path.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise InputError(
            f"{path}: cannot be written ({exc.strerror or exc}).",
            hint="check that the folder exists and that you may write there.",
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def create_private(path: Path) -> None:
    """Create ``path`` empty, for the user alone, if it does not exist (a new database)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, flags, 0o600))
