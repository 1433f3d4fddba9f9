"""The --db option the record commands share (the parsing helpers are in ``records_parse``)."""

from __future__ import annotations

import typer

from afterview.cli.records_parse import parse_day, parse_duration, parse_moment, when

DB_OPTION = typer.Option(
    None,
    "--db",
    metavar="URL",
    help="Database URL (default: the db setting / AFTERVIEW_DB, else SQLite in your data dir).",
)

__all__ = ["DB_OPTION", "parse_day", "parse_duration", "parse_moment", "when"]
