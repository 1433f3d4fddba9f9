"""Options and argument types that several commands share, declared once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click


class PathParam(click.ParamType):
    """A file or folder name, as a Path; ``-`` stays ``-`` (standard input or output).

    An empty name is a usage error: ``--templates "$DIR"`` with DIR unset must
    not quietly mean the current folder.
    """

    name = "path"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, Path):
            return value
        if not str(value).strip():
            self.fail("the name is empty: give a file or folder, or leave it out.", param, ctx)
        return Path(value)


PATH = PathParam()

#: The largest id a record can have (a 64-bit database integer).
MAX_ID = 2**63 - 1


class RecordId(click.ParamType):
    """The id of a message or an application: a whole number from 1 to :data:`MAX_ID`."""

    name = "id"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, int):
            number = value
        else:
            text = str(value).strip()
            if not text.isdigit() or not text.isascii():
                self.fail(f"{value!r} is not an id: ids are whole numbers, e.g. 12.", param, ctx)
            number = int(text)
        if not 1 <= number <= MAX_ID:
            self.fail(
                f"{number} is not an id: ids run from 1 to {MAX_ID}; "
                "`afterview list` and `afterview due` show them.",
                param,
                ctx,
            )
        return number


RECORD_ID = RecordId()

db_option = click.option(
    "--db",
    metavar="URL",
    help="Database URL (default: the db setting / AFTERVIEW_DB, else SQLite in your data dir).",
)

attach_option = click.option(
    "--attach",
    type=PATH,
    multiple=True,
    metavar="FILE",
    help="Attach a file (e.g. a portfolio PDF); may be repeated.",
)

now_option = click.option(
    "--now",
    metavar="WHEN",
    help="Act as if it were this moment: an ISO date (09:00 that day) or date-time "
    "(default: AFTERVIEW_NOW, else the clock).",
)
