"""An index for `afterview due`: pending messages by state and deadline.

Revision ID: 0003_due_index
Revises: 0002_events
"""

from __future__ import annotations

from alembic import op

revision = "0003_due_index"
down_revision = "0002_events"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_messages_due", "messages", ["state", "send_by"])


def downgrade() -> None:
    op.drop_index("ix_messages_due", table_name="messages")
