"""The etiquette checker's findings on each draft, kept for `afterview due`.

Revision ID: 0004_findings
Revises: 0003_due_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_findings"
down_revision = "0003_due_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("findings", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("findings")
