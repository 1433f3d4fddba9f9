"""Which database to use: ``--db``, else the ``db`` setting (``AFTERVIEW_DB``), else SQLite.

Kept free of SQLAlchemy so the fast path of ``afterview due`` can use it.
"""

from __future__ import annotations

import re
from pathlib import Path

from afterview.errors import ConfigError, Problem

DB_FILE = "afterview.db"
_HINT = "use e.g. sqlite:////home/me/afterview.db or postgresql://user@localhost/afterview"
_SCHEMES = ("sqlite", "postgresql", "postgres", "postgresql+psycopg")
_PASSWORD = re.compile(r"^([^:/]*://[^:@/]*:)[^@/]*@")


def shown_url(url: str) -> str:
    """A database URL fit to print: its password masked."""
    return _PASSWORD.sub(r"\1***@", url)


def default_url() -> str:
    """A SQLite file in the user's data dir (platformdirs)."""
    from afterview.settings import data_dir

    return f"sqlite:///{data_dir() / DB_FILE}"


def resolve_url(url: str | None = None) -> str:
    """The URL to open: the one given, else the setting, else the default SQLite file.

    ``postgresql://`` and ``postgres://`` URLs are sent to psycopg 3, the
    driver Afterview ships with.
    """
    if not url:
        from afterview.settings import load_settings

        url = load_settings()["db"] or default_url()
    assert url is not None
    if "\x00" in url or not url.isprintable():
        raise ConfigError(
            "The database URL holds a control character.",
            problems=[Problem(repr(shown_url(url)), location="db")],
            hint=_HINT,
        )
    scheme, sep, rest = url.partition("://")
    if not sep:
        # A bare path is the friendliest way to name a SQLite file.
        if url.endswith((".db", ".sqlite", ".sqlite3")):
            return f"sqlite:///{Path(url).expanduser().resolve()}"
        raise ConfigError(
            "The database URL is not a URL.",
            problems=[Problem(f"{shown_url(url)!r} has no scheme", location="db")],
            hint=_HINT,
        )
    if scheme.lower() not in _SCHEMES:
        raise ConfigError(
            f"Afterview keeps its records in SQLite or PostgreSQL, not {scheme!r}.",
            problems=[Problem(repr(shown_url(url)), location="db")],
            hint=_HINT,
        )
    if scheme.lower() in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a ``sqlite:///`` URL (None for other databases and in-memory SQLite)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    from urllib.parse import unquote

    # Decoded as SQLAlchemy decodes it ("my%20db.db" is the file "my db.db").
    path = unquote(url[len(prefix) :].split("?", 1)[0])
    if not path or path == ":memory:":
        return None
    return Path(path)
