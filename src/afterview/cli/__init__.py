"""The command line: a thin layer over the library.

:func:`main` is the console script. A few commands that people run often and
that must start quickly (``check``, ``eval``, ``due``) have a fast path that
answers without importing Typer; anything a fast path does not take (``--help``,
a usage error, an unusual setup) returns None and goes to the Typer app
(``app.py``), which gives the same output. Errors from either become a message
and an exit code in one place, :mod:`afterview.cli.report`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

# command → module with ``run_fast(args) -> int | None``
FAST_PATHS = {
    "check": "afterview.cli.check_fast",
    "eval": "afterview.cli.check_fast",
    "due": "afterview.cli.records_due",
}


def _dispatch(args: list[str]) -> int:
    if args and args[0] in FAST_PATHS:
        import importlib

        code = importlib.import_module(FAST_PATHS[args[0]]).run_fast(args)
        if code is not None:
            return int(code)
    from afterview.cli.app import run_typer

    return run_typer(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``afterview`` command; ``argv`` None means ``sys.argv`` and exiting the process."""
    from afterview.cli.report import guarded

    args = sys.argv[1:] if argv is None else list(argv)
    code = guarded(lambda: _dispatch(args), exit_process=argv is None)
    return code or 0
