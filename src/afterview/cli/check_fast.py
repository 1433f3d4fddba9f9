"""The fast path of ``afterview check`` / ``afterview eval``: the same options, without Typer.

Importing Typer (with Click and Rich) costs more than the whole check of a
note, so ``afterview.cli.main()`` hands these two commands here first. Anything the
argparse table cannot take as it is (``--help``, a usage error) returns None,
and ``main()`` falls back to the Typer command, which prints the usual help
and errors. The option table is ``check_spec``; a test keeps the Typer
command in step with it.
"""

from __future__ import annotations

from collections.abc import Sequence


def run_fast(args: Sequence[str]) -> int | None:
    """The exit code, or None when Typer should handle these arguments."""
    if not args or args[0] not in ("check", "eval") or any(a in ("-h", "--help") for a in args):
        return None
    from afterview.cli.check_spec import ParseRefused, build_parser

    try:
        namespace = build_parser(args[0]).parse_args(list(args[1:]))
    except ParseRefused:
        return None  # let Typer print its usage error
    from afterview.cli import check_run

    opts = vars(namespace)
    return check_run.run_check(opts) if args[0] == "check" else check_run.run_eval(opts)
