"""The ``afterview`` command: the Typer app and the one place errors become exit codes.

Exit codes: 0 ok, 1 findings or a failure, 2 bad input or usage. Each command
lives in a module of its own that registers itself on :data:`app`.
"""

from __future__ import annotations

import os
import sys

# Pydantic looks for plugins through package metadata at import, which costs
# ~60 ms of every command's start-up; Afterview uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer

from afterview.errors import AfterviewError

app = typer.Typer(
    name="afterview",
    help="Everything to do after a job interview: a thank-you note to each interviewer, "
    "the follow-ups etiquette allows, and the right moment for each.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _register() -> None:
    # Each module adds its commands to ``app``; the order here is the order in --help.
    from afterview.cli import (  # noqa: F401
        check_cmd,
        deliver_cmd,
        new_cmd,
        plan_cmd,
        records_cmd,
        settings_cmd,
    )


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Show the version and exit.", is_eager=True),
) -> None:
    if version:
        from afterview import __version__

        typer.echo(f"afterview {__version__}")
        raise typer.Exit()


def report_error(exc: AfterviewError) -> int:
    """Print an error for people (no traceback) and return its exit code."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(f"[bold red]error:[/] {escape(str(exc))}")
    return exc.exit_code


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``afterview`` console script."""
    # `check` and `eval` answer without Typer (see cli/check_fast.py): start-up is most of their time.
    from afterview.cli.check_fast import fast_main

    fast = fast_main(argv)
    if fast is not None:
        return fast
    _register()
    try:
        app(args=argv, prog_name="afterview", standalone_mode=True)
    except AfterviewError as exc:
        code = report_error(exc)
        if argv is None:
            sys.exit(code)
        return code
    except SystemExit as exc:
        if argv is None:
            raise
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0
