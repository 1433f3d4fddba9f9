"""``afterview plan``: the plan of one interview, as a timeline or as JSON."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from afterview.cli.app import app
from afterview.errors import UsageError


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


@app.command("plan")
def plan_command(
    file: Annotated[Path, typer.Argument(help="The interview file (TOML); - reads standard input.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON (docs/plan-json.md) and nothing else.")] = False,
    now: Annotated[str | None, typer.Option("--now", metavar="TIME", help="Evaluate as of this moment (ISO 8601) instead of the clock: what is overdue, open, upcoming.")] = None,
    templates: Annotated[Path | None, typer.Option("--templates", metavar="DIR", help="A folder of templates overriding the bundled ones (docs/templates.md).")] = None,
    drafts: Annotated[bool, typer.Option("--drafts/--no-drafts", help="Show each draft under its message.")] = True,
) -> None:
    """Plan the follow-up of one interview: a note to each interviewer, then what may follow.

    Shows each message with its window, its reason and a complete draft.
    """
    from afterview.model import load_interview
    from afterview.planner import plan
    from afterview.settings import load_settings

    interview = load_interview(file)
    settings = load_settings()
    folder = str(templates) if templates else _default_templates(settings["templates"])
    result = plan(
        interview, templates=folder, disable=settings["check.disable"], words=settings["check.words"]
    )
    moment = parse_now(now, interview.interview.at) if now else None
    if as_json:
        data = result.to_json()
        if moment is not None:
            from afterview.planner import status

            data["now"] = moment.isoformat()
            for item, message in zip(data["messages"], result.messages, strict=True):
                item["status"] = status(message, moment).value
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from afterview.cli.timeline import show_plan

    show_plan(result, moment or datetime.now(interview.interview.at.tzinfo), drafts=drafts)


def _default_templates(setting: str) -> str | None:
    if setting:
        return setting
    from afterview.settings import config_dir

    folder = config_dir() / "templates"
    return str(folder) if folder.is_dir() else None
