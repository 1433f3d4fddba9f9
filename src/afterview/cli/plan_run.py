"""What ``afterview plan`` does once its arguments are read (shared by the Typer
command in ``plan_cmd.py`` and the fast path in ``plan_fast.py``)."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

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


def run_plan(
    file: str | Path,
    *,
    as_json: bool = False,
    now: str | None = None,
    templates: str | Path | None = None,
    drafts: bool = True,
) -> int:
    """Plan the interview in ``file`` and print the plan; the exit code (0)."""
    from afterview.model import load_interview
    from afterview.planner import plan
    from afterview.settings import load_settings

    interview = load_interview(file)
    settings = load_settings()
    folder = str(templates) if templates else _default_templates(settings["templates"])
    result = plan(
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


def _default_templates(setting: str) -> str | None:
    if setting:
        return setting
    from afterview.settings import config_dir

    folder = config_dir() / "templates"
    return str(folder) if folder.is_dir() else None
