"""The first schema: candidates, applications, interviews, interviewers, messages.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from afterview.store.types import UTCDateTime

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "candidates",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("strengths", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_candidates"),
        sa.UniqueConstraint("name", "email", name="uq_candidates_name_email"),
    )
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("candidate_id", sa.Integer, nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("position", sa.String(200), nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("company_key", sa.String(200), nullable=False),
        sa.Column("position_key", sa.String(200), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_applications"),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidates.id"], name="fk_applications_candidate_id_candidates"
        ),
        sa.UniqueConstraint(
            "company_key",
            "position_key",
            "reference",
            name="uq_applications_company_key_position_key_reference",
        ),
    )
    op.create_index("ix_applications_company_key", "applications", ["company_key"])
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer, nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("utc_offset", sa.Integer, nullable=False),
        sa.Column("format", sa.String(20), nullable=True),
        sa.Column("style", sa.String(20), nullable=True),
        sa.Column("decision_expected_by", sa.Date, nullable=True),
        sa.Column("next_steps", sa.Text, nullable=True),
        sa.Column("contact", sa.String(200), nullable=True),
        sa.Column("wish_i_had_said", sa.Text, nullable=True),
        sa.Column("new_information", sa.Text, nullable=True),
        sa.Column("debrief_notes", sa.Text, nullable=True),
        sa.Column("source", sa.String(1000), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_interviews"),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name="fk_interviews_application_id_applications",
        ),
        sa.UniqueConstraint("application_id", "at", name="uq_interviews_application_id_at"),
    )
    op.create_table(
        "interviewers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("interview_id", sa.Integer, nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.Text, nullable=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("linkedin", sa.String(1000), nullable=True),
        sa.Column("medium", sa.String(20), nullable=True),
        sa.Column("salutation", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_interviewers"),
        sa.ForeignKeyConstraint(
            ["interview_id"], ["interviews.id"], name="fk_interviewers_interview_id_interviews"
        ),
        sa.UniqueConstraint("interview_id", "name", name="uq_interviewers_interview_id_name"),
    )
    op.create_index("ix_interviewers_email", "interviewers", ["email"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("application_id", sa.Integer, nullable=False),
        sa.Column("interview_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("recipient_email", sa.String(320), nullable=True),
        sa.Column("recipient_linkedin", sa.String(1000), nullable=True),
        sa.Column("medium", sa.String(20), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("send_after", UTCDateTime, nullable=False),
        sa.Column("send_by", UTCDateTime, nullable=False),
        sa.Column("utc_offset", sa.Integer, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("edited", sa.Boolean, nullable=False),
        sa.Column("rfc_message_id", sa.String(998), nullable=True),
        sa.Column("sent_at", UTCDateTime, nullable=True),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_messages"),
        sa.ForeignKeyConstraint(
            ["application_id"], ["applications.id"], name="fk_messages_application_id_applications"
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"], ["interviews.id"], name="fk_messages_interview_id_interviews"
        ),
        sa.UniqueConstraint(
            "interview_id",
            "kind",
            "recipient",
            "sequence",
            name="uq_messages_interview_id_kind_recipient_sequence",
        ),
        sa.UniqueConstraint("rfc_message_id", name="uq_messages_rfc_message_id"),
    )
    op.create_index("ix_messages_application_id", "messages", ["application_id"])


def downgrade() -> None:
    for table in ("messages", "interviewers", "interviews", "applications", "candidates"):
        op.drop_table(table)
