"""The ``afterview`` Typer app. Each command lives in a module of its own that
registers itself on :data:`app`; errors become exit codes in ``report.py``.
"""

from __future__ import annotations

import os
import sys

# Pydantic looks for plugins through package metadata at import, which costs
# ~60 ms of every command's start-up; Afterview uses none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer

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


# The modules that add commands to ``app``, in the order --help lists them.
COMMAND_MODULES = ("plan_cmd", "new_cmd", "check_cmd", "records_cmd", "deliver_cmd", "settings_cmd")

# Which module defines each command, so that running one command imports only
# its module (start-up time); a test keeps this in step with the modules.
COMMANDS = {
    "plan": "plan_cmd",
    "new": "new_cmd",
    **dict.fromkeys(("check", "eval"), "check_cmd"),
    **dict.fromkeys(
        (
            "add",
            "edit",
            "approve",
            "log",
            "outcome",
            "list",
            "show",
            "due",
            "draft",
            "export",
            "import",
            "calendar",
        ),
        "records_cmd",
    ),
    **dict.fromkeys(("send", "export-eml", "sync", "run", "card", "password"), "deliver_cmd"),
    "settings": "settings_cmd",
}


def _register(command: str | None = None) -> None:
    """Import the module of ``command``, or of every command (for --help and unknown names)."""
    import importlib

    names = (COMMANDS[command],) if command in COMMANDS else COMMAND_MODULES
    for name in names:
        importlib.import_module(f"afterview.cli.{name}")


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Show the version and exit.", is_eager=True
    ),
) -> None:
    if version:
        from afterview import __version__

        typer.echo(f"afterview {__version__}")
        raise typer.Exit()


def run_typer(args: list[str]) -> int:
    """Run the Typer app on ``args`` and return its exit code (errors propagate)."""
    _register(args[0] if args else None)
    try:
        app(args=args, prog_name="afterview", standalone_mode=True)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


def main(argv: list[str] | None = None) -> int:
    """The Typer commands alone, without the fast paths (tests compare the two)."""
    from afterview.cli.report import guarded

    args = sys.argv[1:] if argv is None else list(argv)
    return guarded(lambda: run_typer(args), exit_process=argv is None) or 0
