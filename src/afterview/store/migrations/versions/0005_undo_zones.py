"""What `afterview log` and `afterview outcome` changed (for `afterview undo`), and the time
zone each message was planned in (a 09:00 window stays 09:00 across daylight saving).

Revision ID: 0005_undo_zones
Revises: 0004_findings
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from afterview.store.types import UTCDateTime

revision = "0005_undo_zones"
down_revision = "0004_findings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("undone_at", UTCDateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_operations"),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name="fk_operations_application_id_applications",
        ),
    )
    op.create_index("ix_operations_application_id", "operations", ["application_id"])
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("time_zone", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("time_zone")
    op.drop_index("ix_operations_application_id", table_name="operations")
    op.drop_table("operations")
