"""``afterview plan``: the plan of one interview, as a timeline or as JSON."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from afterview.cli.params import PATH
from afterview.errors import UsageError


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
    metavar="TIME",
    help="Evaluate as of this moment (ISO 8601) instead of the clock: "
    "what is overdue, open, upcoming.",
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
    result = make_plan(
        interview,
        templates=folder,
        disable=settings["check.disable"],
        words=settings["check.words"],
    )
    moment = parse_now(now, interview.interview.at) if now else None
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


def parse_now(text: str, like: datetime) -> datetime:
    """An ISO 8601 time; without an offset it is read in the interview's offset."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"--now {text!r}: not a date or time.",
            hint="use ISO 8601, e.g. 2026-11-21T09:00-05:00 or 2026-11-21.",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=like.tzinfo)
    return moment


def _default_templates(setting: str) -> str | None:
    if setting:
        return setting
    from afterview.settings import config_dir

    folder = config_dir() / "templates"
    return str(folder) if folder.is_dir() else None
