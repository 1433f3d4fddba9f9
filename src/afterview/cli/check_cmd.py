"""``afterview check`` and ``afterview eval``: thin Typer wrappers over ``check_run``.

Options and help come from ``check_spec`` (shared with the fast path, ``check_fast.py``).
"""

from __future__ import annotations

from typing import Any

import typer

from afterview.cli.app import app
from afterview.cli.check_spec import (
    CHECK_ARGUMENT_HELP,
    CHECK_HELP,
    CHECK_OPTIONS,
    EVAL_ARGUMENT_HELP,
    EVAL_HELP,
    EVAL_OPTIONS,
    Opt,
)

_CHECK = {o.dest: o for o in CHECK_OPTIONS}
_EVAL = {o.dest: o for o in EVAL_OPTIONS}


def _choice(spec: Opt) -> Any:
    def parse(value: str) -> str:
        if value not in (spec.choices or ()):
            raise typer.BadParameter(f"{value!r} is not one of: {', '.join(spec.choices or ())}.")
        return value

    return parse


def _opt(spec: Opt) -> Any:
    extra: dict[str, Any] = {}
    if spec.choices:
        extra["parser"] = _choice(spec)
        extra["metavar"] = spec.choice_metavar
    elif spec.metavar:
        extra["metavar"] = spec.metavar
    return typer.Option(
        spec.default if not spec.multiple else None,
        spec.flag,
        help=spec.help,
        show_default=False,
        **extra,
    )


def _c(dest: str) -> Any:
    return _opt(_CHECK[dest])


@app.command(help=CHECK_HELP)
def check(
    file: str | None = typer.Argument(
        None, help=CHECK_ARGUMENT_HELP, metavar="FILE", show_default=False
    ),
    subject: str | None = _c("subject"),
    kind: str | None = _c("kind"),
    medium: str | None = _c("medium"),
    to: str | None = _c("to"),
    title: str | None = _c("title"),
    sender: str | None = _c("sender"),
    company: str | None = _c("company"),
    position: str | None = _c("position"),
    topic: list[str] | None = _c("topic"),
    other_company: list[str] | None = _c("other_company"),
    sibling: list[str] | None = _c("sibling"),
    interview_at: str | None = _c("interview_at"),
    send_at: str | None = _c("send_at"),
    decision_by: str | None = _c("decision_by"),
    follow_ups: int = _c("follow_ups"),
    last_contact: str | None = _c("last_contact"),
    interview: str | None = _c("interview"),
    cases: str | None = _c("cases"),
    disable: list[str] | None = _c("disable"),
    word: list[str] | None = _c("word"),
    format: str = _c("format"),
) -> None:
    from afterview.cli.check_run import run_check

    code = run_check(dict(locals()))
    raise typer.Exit(code)


@app.command(name="eval", help=EVAL_HELP)
def eval_(
    file: str = typer.Argument(..., help=EVAL_ARGUMENT_HELP, metavar="FILE", show_default=False),
    disable: list[str] | None = _opt(_EVAL["disable"]),
    format: str = _opt(_EVAL["format"]),
) -> None:
    from afterview.cli.check_run import run_eval

    code = run_eval(dict(locals()))
    raise typer.Exit(code)
