"""TOML data files read once and kept, parsed, in the cache folder.

The composer's data (``data/debrief.toml``, ``templates/wording.toml``) takes about 10 ms to
parse, a third of what the composer may spend on a whole plan; the parsed tables load from a
``marshal`` file in well under a millisecond. An entry is keyed on the file's path, size and
modification time, so an edited file is parsed again; without a writable cache folder, files
are simply parsed.
"""

from __future__ import annotations

import marshal
import os
import tomllib
import zlib
from pathlib import Path
from typing import Any


def load_toml(path: Path) -> dict[str, Any]:
    """The tables of a TOML file (raises tomllib.TOMLDecodeError and OSError as tomllib does)."""
    stat = path.stat()
    key = "%08x%s" % (  # noqa: UP031 - zlib, not hashlib: hashlib costs 7 ms to import
        zlib.crc32(f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()),
        path.stem,
    )
    folder = _folder()
    cached = folder / f"{key}.marshal" if folder is not None else None
    if cached is not None:
        try:
            found = marshal.loads(cached.read_bytes())
            if isinstance(found, dict):
                return found
        except (OSError, ValueError, EOFError, TypeError):
            pass
    with path.open("rb") as f:
        data = tomllib.load(f)
    if cached is not None:
        try:  # written whole or not at all: a half-written entry is never read
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_bytes(marshal.dumps(data))
            partial.replace(cached)
        except (OSError, ValueError):
            pass
    return data


_FOLDER: list[Path | None] = []


def _folder() -> Path | None:
    if not _FOLDER:
        from afterview.settings import cache_dir

        folder: Path | None = cache_dir() / "data"
        try:
            folder.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
        except OSError:
            folder = None
        _FOLDER.append(folder)
    return _FOLDER[0]
