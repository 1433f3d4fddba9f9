"""``afterview plan``: the plan of one interview, as a timeline or as JSON."""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

import click

from afterview.cli.params import PATH
from afterview.clock import ENV


@click.command("plan")
@click.argument("file", type=PATH)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the plan as JSON (docs/plan-json.md) and nothing else.",
)
@click.option(
    "--now",
    metavar="WHEN",
    help="Evaluate as of this moment instead of the clock (ISO date or date-time; "
    "default: AFTERVIEW_NOW): what is overdue, open, upcoming.",
)
@click.option(
    "--templates",
    type=PATH,
    metavar="DIR",
    help="A folder of templates overriding the bundled ones (docs/templates.md).",
)
@click.option("--drafts/--no-drafts", default=True, help="Show each draft under its message.")
def plan(file: Path, as_json: bool, now: str | None, templates: Path | None, drafts: bool) -> int:
    """Plan the follow-up of one interview: a note to each interviewer, then what may follow.

    FILE is the interview file (TOML); - reads standard input. Shows each
    message with its window, its reason and a complete draft.
    """
    from afterview.model import load_interview
    from afterview.planner import plan as make_plan
    from afterview.settings import load_settings

    interview = load_interview(file)
    settings = load_settings()
    folder = str(templates) if templates else _default_templates(settings["templates"])
    from afterview.store.companies import other_companies
    from afterview.store.url import default_url

    result = make_plan(
        interview,
        templates=folder,
        disable=settings["check.disable"],
        words=settings["check.words"],
        other_companies=other_companies(
            interview.candidate.name, interview.application.company, settings["db"] or default_url()
        ),
    )
    moment = parse_now(now, interview.interview.at) if now or os.environ.get(ENV) else None
    if as_json:
        import json

        data = result.to_json()
        if moment is not None:
            from afterview.planner import status

            data["now"] = moment.isoformat()
            for item, message in zip(data["messages"], result.messages, strict=True):
                item["status"] = status(message, moment).value
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    from afterview.cli.timeline import show_plan

    show_plan(result, moment or datetime.now(interview.interview.at.tzinfo), drafts=drafts)
    return 0


def parse_now(text: str | None, like: datetime) -> datetime:
    """``--now`` (else ``AFTERVIEW_NOW``), read as :mod:`afterview.clock` does; a time without
    an offset is in the interview's offset."""
    from afterview.clock import now

    return now(text, zone=like.tzinfo)


def _default_templates(setting: str) -> str | None:
    if setting:
        return setting
    from afterview.settings import config_dir

    folder = config_dir() / "templates"
    return str(folder) if folder.is_dir() else None
