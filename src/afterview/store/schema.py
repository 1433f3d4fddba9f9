"""The tables, as SQLAlchemy Core metadata: the shape the migrations build.

Core rather than the ORM: the store hands out frozen dataclasses anyway, and
the ORM would add half a second of import time to every command. A test
compares this metadata with the database the migrations produce, so the two
cannot drift apart.

Times are instants in UTC (:class:`UTCDateTime`); ``utc_offset`` columns keep
the offset in minutes the user wrote them in, to show and export them as
written. Absent text is ``''`` where a column is part of a unique key (NULLs
never collide in a unique index), else NULL.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from afterview.store.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

candidates = Table(
    "candidates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False),
    Column("strengths", Text, nullable=False),  # JSON list of strings
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("name", "email"),
)

applications = Table(
    "applications",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("candidate_id", Integer, ForeignKey("candidates.id"), nullable=False),
    Column("company", String(200), nullable=False),
    Column("position", String(200), nullable=False),
    Column("reference", String(200), nullable=False),
    # Case- and space-folded copies: "ACME  Robotics" is the same company.
    Column("company_key", String(200), nullable=False, index=True),
    Column("position_key", String(200), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("postponed_until", Date, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("company_key", "position_key", "reference"),
)

interviews = Table(
    "interviews",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("application_id", Integer, ForeignKey("applications.id"), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("utc_offset", Integer, nullable=False),
    Column("format", String(20), nullable=True),
    Column("style", String(20), nullable=True),
    Column("decision_expected_by", Date, nullable=True),
    Column("next_steps", Text, nullable=True),
    Column("contact", String(200), nullable=True),
    Column("wish_i_had_said", Text, nullable=True),
    Column("new_information", Text, nullable=True),
    Column("debrief_notes", Text, nullable=True),
    Column("source", String(1000), nullable=False),
    Column("document", Text, nullable=False),  # the interview file as JSON, for re-planning
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("application_id", "at"),
)

interviewers = Table(
    "interviewers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("interview_id", Integer, ForeignKey("interviews.id"), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("title", Text, nullable=True),
    Column("email", String(320), nullable=True, index=True),
    Column("linkedin", String(1000), nullable=True),
    Column("medium", String(20), nullable=True),
    Column("salutation", Text, nullable=True),
    UniqueConstraint("interview_id", "name"),
)

messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("application_id", Integer, ForeignKey("applications.id"), nullable=False, index=True),
    Column("interview_id", Integer, ForeignKey("interviews.id"), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("recipient", String(200), nullable=False),
    Column("recipient_email", String(320), nullable=True),
    Column("recipient_linkedin", String(1000), nullable=True),
    Column("medium", String(20), nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("send_after", UTCDateTime, nullable=False),
    Column("send_by", UTCDateTime, nullable=False),
    Column("utc_offset", Integer, nullable=False),
    # IANA name when the interview gave one: times shown in it, not in the fixed offset
    Column("time_zone", String(64), nullable=True),
    Column("why", Text, nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("state", String(20), nullable=False),
    Column("edited", Boolean, nullable=False),  # the user changed the draft: keep it on re-plan
    Column("rfc_message_id", String(998), nullable=True, unique=True),
    Column("sent_at", UTCDateTime, nullable=True),
    # JSON: the checker's findings on the draft as last written (NULL: not checked yet)
    Column("findings", Text, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("interview_id", "kind", "recipient", "sequence"),
    Index("ix_messages_due", "state", "send_by"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("application_id", Integer, ForeignKey("applications.id"), nullable=False),
    Column("message_id", Integer, ForeignKey("messages.id"), nullable=True),
    Column("kind", String(20), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("sender", String(320), nullable=True),
    Column("summary", Text, nullable=False),
    Column("data", Text, nullable=True),  # JSON: what the event changed, e.g. {"stage": "offer"}
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_events_application_id_at", "application_id", "at"),
)

operations = Table(
    "operations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("application_id", Integer, ForeignKey("applications.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),  # what was done: log_sent, log_replied, outcome
    Column("summary", Text, nullable=False),  # in words, for "Undid: ..."
    Column("changes", Text, nullable=False),  # JSON: the rows before and after, the events added
    Column("created_at", UTCDateTime, nullable=False),
    Column("undone_at", UTCDateTime, nullable=True),
)
