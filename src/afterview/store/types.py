"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy.types import DateTime, TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An instant, stored as naive UTC, read back as an aware UTC datetime.

    SQLite has no time zones and PostgreSQL's ``timestamptz`` would convert on
    read; storing plain UTC keeps comparisons and sorting right on both. The
    wall-clock offset a time was given in is kept in a column of its own.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime) or value.tzinfo is None:
            raise ValueError(f"an aware datetime is needed, got {value!r}")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # SQLite, when read through a raw query
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC)
