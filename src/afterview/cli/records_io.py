"""Records in and out: ``export``, ``import`` and ``calendar``."""

from __future__ import annotations

from pathlib import Path

import click

from afterview.cli import output
from afterview.cli.params import PATH, db_option
from afterview.cli.records_parse import parse_day


def _write(out: Path | None, data: bytes) -> None:
    """Write all or nothing, for the user alone (see :func:`afterview.files.write_private`)."""
    import sys

    if out is None or str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    from afterview.files import write_private

    write_private(out, data)


@click.command("export")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["json", "csv"]),
    default="json",
    help="json: everything, for import; csv: the proof of applications.",
)
@click.option(
    "--out", "-o", type=PATH, metavar="FILE", help="File to write (default: standard output)."
)
@click.option("--since", metavar="DATE", help="CSV: first day to include (YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="CSV: last day to include (YYYY-MM-DD).")
@db_option
def export(
    fmt: str, out: Path | None, since: str | None, until: str | None, db: str | None
) -> None:
    """Export the records: JSON with the full history, or CSV of every contact and stage change."""
    from afterview.errors import UsageError
    from afterview.store import Store

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    if fmt == "json" and (first or last):
        raise UsageError(
            "--since and --until apply to the CSV report; the JSON export is always whole."
        )
    if first and last and first > last:
        raise UsageError(f"--since {first} is after --until {last}.")
    with Store.open(db, create=False) as store:
        if fmt == "json":
            from afterview.records.export import dumps, export_data

            data = dumps(export_data(store)).encode("utf-8")
        else:
            from afterview.records.proof import csv_report

            data = csv_report(store, first, last).encode("utf-8")
    _write(out, data)


@click.command("import")
@click.argument("file", type=PATH)
@db_option
def import_(file: Path, db: str | None) -> None:
    """Restore a JSON export into an empty database; a damaged file is refused whole.

    FILE is a JSON file made by `afterview export`; - reads standard input.
    """
    from afterview.inputs import read_text
    from afterview.records.export import IMPORT_LIMIT, import_data
    from afterview.store import Store
    from afterview.store.opening import undone_if_failed

    text, source = read_text(file, what="export file", limit=IMPORT_LIMIT)
    with undone_if_failed(db), Store.open(db) as store:
        counts = import_data(store, text, source)
    output.say("Imported " + ", ".join(f"{n} {name}" for name, n in counts.items()) + ".")


@click.command("calendar")
@click.option(
    "--out",
    "-o",
    type=PATH,
    required=True,
    metavar="FILE",
    help="The .ics file to write (- for standard output).",
)
@db_option
def calendar(out: Path, db: str | None) -> None:
    """Write every message window as a calendar event with alarms (.ics)."""
    from afterview.records.calendar import calendar_bytes
    from afterview.store import Store

    with Store.open(db, create=False) as store:
        data = calendar_bytes(store)
    _write(out, data)
    if str(out) != "-":
        output.say(f"Wrote {output.visible(str(out))}. Importing it again updates the same events.")
