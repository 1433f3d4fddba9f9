"""The one place where an error becomes a message and an exit code.

Exit codes: 0 ok, 1 findings or a failure, 2 bad input or usage. Kept free of
Typer so that the fast paths (``check``, ``eval``, ``due``) can use it too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from afterview.errors import AfterviewError


def report_error(exc: AfterviewError) -> int:
    """Print an error for people (no traceback) and return its exit code."""
    from rich.console import Console
    from rich.markup import escape

    console = Console(stderr=True, highlight=False, soft_wrap=True)
    console.print(f"[bold red]error:[/] {escape(str(exc))}")
    return exc.exit_code


def guarded(run: Callable[[], int | None], exit_process: bool) -> int | None:
    """Run a command; an Afterview error is reported, a closed pipe (``| head``) is quiet.

    With ``exit_process`` (the console script) the process exits with the code.
    """
    try:
        code = run()
    except AfterviewError as exc:
        code = report_error(exc)
    except BrokenPipeError:
        # The reader went away (`| head`): point stdout at /dev/null so that
        # Python's flush at exit does not complain about the closed pipe.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    if exit_process and code is not None:
        sys.exit(code)
    return code
