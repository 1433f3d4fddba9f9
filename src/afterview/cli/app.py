"""The ``afterview`` command: one Click group whose commands load when they are called.

Each command lives in a module of its own; :data:`COMMANDS` says where, so
that running one command imports its module alone (``afterview plan --json``
starts without Rich or any other command's code). ``--help`` lists them all,
in this order, and so imports every module.
"""

from __future__ import annotations

from typing import Any

import click

from afterview import __version__

# command → "module:function" under afterview.cli, in the order --help lists them
COMMANDS = {
    "plan": "plan_cmd:plan",
    "new": "new_cmd:new",
    "check": "check_cmd:check",
    "eval": "check_cmd:eval_",
    "add": "records_write:add",
    "edit": "records_write:edit",
    "approve": "records_write:approve",
    "log": "records_write:log",
    "outcome": "records_write:outcome",
    "skip": "records_fix:skip",
    "unapprove": "records_fix:unapprove",
    "undo": "records_fix:undo",
    "rename": "records_fix:rename",
    "merge": "records_fix:merge",
    "delete": "records_fix:delete",
    "list": "records_view:list_",
    "show": "records_view:show",
    "due": "records_due:due",
    "draft": "records_view:draft",
    "export": "records_io:export",
    "import": "records_io:import_",
    "calendar": "records_io:calendar",
    "send": "deliver_cmd:send",
    "export-eml": "deliver_cmd:export_eml",
    "sync": "deliver_cmd:sync",
    "run": "deliver_cmd:run",
    "card": "deliver_cmd:card",
    "password": "deliver_cmd:password",
    "settings": "settings_cmd:settings",
    "serve": "serve_cmd:serve",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command is needed."""

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *self.lazy]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.lazy:
            return super().get_command(ctx, cmd_name)
        import importlib

        module, _, name = self.lazy[cmd_name].partition(":")
        command: click.Command = getattr(importlib.import_module(f"afterview.cli.{module}"), name)
        return command


@click.group(
    cls=LazyGroup,
    lazy=COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(
    __version__, "--version", prog_name="afterview", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Everything to do after a job interview: a thank-you note to each interviewer,
    the follow-ups etiquette allows, and the right moment for each."""
