"""``afterview plan``: the plan of one interview, as a timeline or as JSON.

The plain forms are answered by the fast path (``plan_fast.py``) without
importing Typer; this command takes the rest (``--help``, usage errors) and
gives the same output. :data:`OPTIONS` is what the fast path accepts; a test
keeps the two in step.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import app
from afterview.cli.plan_run import run_plan


@app.command("plan")
def plan_command(
    file: Annotated[
        Path,
        typer.Argument(
            help="The interview file (TOML); - reads standard input.", show_default=False
        ),
    ],
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print the plan as JSON (docs/plan-json.md) and nothing else."),
    ] = False,
    now: Annotated[
        str | None,
        typer.Option(
            "--now",
            metavar="TIME",
            help="Evaluate as of this moment (ISO 8601) instead of the clock: what is overdue, open, upcoming.",
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates",
            metavar="DIR",
            help="A folder of templates overriding the bundled ones (docs/templates.md).",
        ),
    ] = None,
    drafts: Annotated[
        bool, typer.Option("--drafts/--no-drafts", help="Show each draft under its message.")
    ] = True,
) -> None:
    """Plan the follow-up of one interview: a note to each interviewer, then what may follow.

    Shows each message with its window, its reason and a complete draft.
    """
    run_plan(file, as_json=as_json, now=now, templates=templates, drafts=drafts)
