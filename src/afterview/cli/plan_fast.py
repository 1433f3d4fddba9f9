"""``afterview plan`` without Typer: read the arguments, plan, print.

Planning a six-person panel must take under 300 ms as a whole process, and
importing Typer (with Click and Rich's help machinery) costs a third of that
on its own. So :func:`afterview.cli.main` hands ``plan`` here first. The forms
people type (a file, ``--json``, ``--now``, ``--templates``, ``--drafts`` or
``--no-drafts``) are handled here; anything else (``--help``, a typo, a
missing file name) returns None and the Typer command in ``plan_cmd.py`` takes
over, with the usual help and usage errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from afterview.cli.argv import read_args

# option → (keyword of run_plan, value it sets; None: the next argument is the value)
OPTIONS: dict[str, tuple[str, Any]] = {
    "--json": ("as_json", True),
    "--now": ("now", None),
    "--templates": ("templates", None),
    "--drafts": ("drafts", True),
    "--no-drafts": ("drafts", False),
}


def parse(args: Sequence[str]) -> dict[str, Any] | None:
    """The keywords of :func:`run_plan`, or None for anything this parser does not take."""
    found = read_args(args, OPTIONS, positional="file")
    return found if found is not None and "file" in found else None


def run_fast(args: Sequence[str]) -> int | None:
    """The exit code, or None when Typer should handle these arguments."""
    if not args or args[0] != "plan":
        return None
    keywords = parse(args[1:])
    if keywords is None:
        return None
    from afterview.cli.plan_run import run_plan

    return run_plan(**keywords)
