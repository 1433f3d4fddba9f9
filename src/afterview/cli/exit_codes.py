"""The one place where the outcome of a command becomes its exit code (docs/errors.md).

0 done; 1 a failure or findings; 2 bad input or usage (nothing was written);
130 interrupted by Ctrl-C (128 + SIGINT, as shells report it). An expected
error is one ``error:`` message, never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from contextlib import suppress

from afterview.errors import AfterviewError

OK = 0
FAILURE = 1
USAGE = 2
INTERRUPTED = 130


def run(args: Sequence[str]) -> int:
    """Run ``afterview ARGS`` and return its exit code, its output flushed."""
    try:
        return _run(args)
    except KeyboardInterrupt:  # also while the command's modules are still loading
        return _report("interrupted by Ctrl-C.", INTERRUPTED)


def _run(args: Sequence[str]) -> int:
    import click

    from afterview.cli.app import cli

    try:
        result = cli.main(args=list(args), prog_name="afterview", standalone_mode=False)
        sys.stdout.flush()
    except click.Abort as exc:  # Click's wrapping of Ctrl-C, or of input that ended
        if isinstance(exc.__cause__, KeyboardInterrupt):
            raise exc.__cause__ from None
        return _report("aborted: the input ended before an answer.", FAILURE)
    except click.ClickException as exc:  # a usage error: Click prints it with the usage
        exc.show()
        return exc.exit_code
    except AfterviewError as exc:
        return _report(str(exc), exc.exit_code)
    except BrokenPipeError:
        _quiet_stdout()
        return FAILURE
    except SystemExit as exc:  # Click's own answer to a closed pipe (exit 1)
        _quiet_stdout()
        return exc.code if isinstance(exc.code, int) else FAILURE
    return result if isinstance(result, int) else OK


def _report(message: str, code: int) -> int:
    from afterview.cli.output import error

    with suppress(BrokenPipeError):  # standard error is gone too: the exit code still tells
        error(message)
    return code


def _quiet_stdout() -> None:
    """The reader went away (``| head``): point standard output at /dev/null, so
    that the flush when the process ends does not complain about the closed pipe."""
    with suppress(OSError, ValueError):  # no file behind sys.stdout (tests): nothing to quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
