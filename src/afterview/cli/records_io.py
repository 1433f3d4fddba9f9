"""Records in and out: ``export``, ``import`` and ``calendar``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from afterview.cli.app import app
from afterview.cli.records_common import DB_OPTION, parse_day


class Format(StrEnum):
    JSON = "json"
    CSV = "csv"


def _write(out: Path | None, data: bytes) -> None:
    """Write all or nothing: a temporary file renamed over the target."""
    import os
    import sys
    import tempfile

    if out is None or str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from afterview.errors import InputError

    folder = out.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        raise InputError(f"{out}: cannot be written ({exc.strerror}).") from None


@app.command("export")
def export_cmd(
    fmt: Format = typer.Option(
        Format.JSON,
        "--format",
        "-f",
        help="json: everything, for import; csv: the proof of applications.",
    ),
    out: Path | None = typer.Option(
        None, "--out", "-o", help="File to write (default: standard output)."
    ),
    since: str | None = typer.Option(
        None, "--since", help="CSV: first day to include (YYYY-MM-DD)."
    ),
    until: str | None = typer.Option(
        None, "--until", help="CSV: last day to include (YYYY-MM-DD)."
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Export the records: JSON with the full history, or CSV of every contact and stage change."""
    from afterview.errors import UsageError
    from afterview.store import Store

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if fmt is Format.JSON and (first or last):
        raise UsageError(
            "--since and --until apply to the CSV report; the JSON export is always whole."
        )
    if first and last and first > last:
        raise UsageError(f"--since {first} is after --until {last}.")
    with Store.open(db) as store:
        if fmt is Format.JSON:
            from afterview.records.export import dumps, export_data

            data = dumps(export_data(store)).encode("utf-8")
        else:
            from afterview.records.proof import csv_report

            data = csv_report(store, first, last).encode("utf-8")
    _write(out, data)


@app.command("import")
def import_cmd(
    file: Path = typer.Argument(
        ..., metavar="FILE", help="A JSON file made by `afterview export`; - reads standard input."
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Restore a JSON export into an empty database; a damaged file is refused whole."""
    from afterview.inputs import read_text
    from afterview.records.export import IMPORT_LIMIT, import_data
    from afterview.store import Store

    text, source = read_text(file, what="export file", limit=IMPORT_LIMIT)
    with Store.open(db) as store:
        counts = import_data(store, text, source)
    typer.echo("Imported " + ", ".join(f"{n} {name}" for name, n in counts.items()) + ".")


@app.command("calendar")
def calendar_cmd(
    out: Path = typer.Option(
        ..., "--out", "-o", help="The .ics file to write (- for standard output)."
    ),
    db: str | None = DB_OPTION,
) -> None:
    """Write every message window as a calendar event with alarms (.ics)."""
    from afterview.records.calendar import calendar_bytes
    from afterview.store import Store

    with Store.open(db) as store:
        data = calendar_bytes(store)
    _write(out, data)
    if str(out) != "-":
        typer.echo(f"Wrote {out}. Importing it again updates the same events.")
