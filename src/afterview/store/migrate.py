"""Schema migrations: Alembic revisions shipped inside the package, run by the store.

Alembic is imported only when the database is behind :data:`HEAD`, so an
up-to-date database costs one ``SELECT`` at open, not half a second of imports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

#: The newest revision in ``migrations/versions`` (a test keeps it in step).
HEAD = "0005_undo_zones"
#: Every revision, oldest first.
REVISIONS = (
    "0001_initial",
    "0002_events",
    "0003_due_index",
    "0004_findings",
    "0005_undo_zones",
)

SCRIPTS = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from sqlalchemy import inspect, text

    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _config(conn: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = conn
    return config


def upgrade(conn: Connection, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` on an open connection (inside its transaction)."""
    from alembic import command

    command.upgrade(_config(conn), revision)


def downgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(_config(conn), revision)
