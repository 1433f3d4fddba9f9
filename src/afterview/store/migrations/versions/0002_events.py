"""History: an events table (replies, outcomes, notes, stage changes) and postponed inquiries.

Revision ID: 0002_events
Revises: 0001_initial
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from afterview.store.types import UTCDateTime

revision = "0002_events"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer, nullable=False),
        sa.Column("message_id", sa.Integer, nullable=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("sender", sa.String(320), nullable=True),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(
            ["application_id"], ["applications.id"], name="fk_events_application_id_applications"
        ),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name="fk_events_message_id_messages"
        ),
    )
    op.create_index("ix_events_application_id_at", "events", ["application_id", "at"])
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("postponed_until", sa.Date, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("postponed_until")
    op.drop_table("events")
