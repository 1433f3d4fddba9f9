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
