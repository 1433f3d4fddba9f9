"""The command line: a thin layer over the library.

:func:`main` is the console script. A few commands that people run often and
that must start quickly (``plan``, ``check``, ``eval``, ``due``) have a fast
path that answers without importing Typer; anything a fast path does not take
(``--help``, a usage error, an unusual setup) returns None and goes to the
Typer app (``app.py``), which gives the same output. Errors from either become
a message and an exit code in one place, :mod:`afterview.cli.report`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

# command → module with ``run_fast(args) -> int | None``
FAST_PATHS = {
    "plan": "afterview.cli.plan_fast",
    "check": "afterview.cli.check_fast",
    "eval": "afterview.cli.check_fast",
    "due": "afterview.cli.records_due",
}

# Fast paths that only read their input and print (``due`` only reads the
# database, and closes its connection before printing): run as a process,
# once their output is flushed, they end at once instead of tearing down
# every module and object (~70 ms after a plan).
QUICK_EXIT = frozenset({"plan", "check", "eval", "due"})
# ...and those whose input is small and bounded (an interview file is at most
# 256 KiB) also run without the cyclic garbage collector, which would only
# rescan the objects their imports created, again and again.
NO_GC = frozenset({"plan"})


def _dispatch(args: list[str]) -> tuple[int, bool]:
    """The exit code, and whether a fast path gave it."""
    if args and args[0] in FAST_PATHS:
        import importlib

        code = importlib.import_module(FAST_PATHS[args[0]]).run_fast(args)
        if code is not None:
            return int(code), True
    from afterview.cli.app import run_typer

    return run_typer(args), False


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``afterview`` command; ``argv`` None means ``sys.argv`` and exiting the process."""
    args = sys.argv[1:] if argv is None else list(argv)
    quick = argv is None and bool(args) and args[0] in QUICK_EXIT
    if quick and args[0] in NO_GC:
        import gc

        gc.disable()
    from afterview.cli.report import guarded

    fast = False

    def run() -> int:
        nonlocal fast
        code, fast = _dispatch(args)
        return code

    code = guarded(run, exit_process=False) or 0
    if argv is None:
        if fast and quick:
            _quick_exit(code)
        sys.exit(code)
    return code


def _quick_exit(code: int) -> None:
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (`| head`), as guarded() reports it
        code = 1
    os._exit(code)
