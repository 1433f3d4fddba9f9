"""Alembic environment: runs on the connection the store hands over.

The store opens the database, takes its write lock and passes the connection
in ``config.attributes["connection"]``, so a migration runs inside the same
transaction as the version check and two processes never migrate at once.
"""

from __future__ import annotations

from alembic import context

from afterview.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
