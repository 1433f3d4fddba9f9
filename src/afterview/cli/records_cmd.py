"""The record commands: add, list, show, due, draft, edit, approve, log, outcome,
export, import and calendar. Each lives in a small module of its own."""

from afterview.cli import records_io, records_view, records_write  # noqa: F401
