"""The command line: a thin layer over the library.

:func:`main` is the console script. The commands are one Click group
(``app.py``) whose commands load when called; what they print for people goes
through ``output.py``; errors become exit codes in ``exit_codes.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

# Objects allocated between two collections of the youngest generation, when
# the command runs as a process. Python's 700 makes start-up, which creates
# tens of thousands of objects that live until the end (modules, functions,
# classes), scan them dozens of times: about a tenth of `afterview plan`.
# Cycles are still collected, in larger batches.
YOUNG_GENERATION = 50_000


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``afterview`` with ``argv`` (default: the process's arguments); the exit code."""
    import gc

    if argv is None:
        gc.set_threshold(YOUNG_GENERATION)
    from afterview.cli.exit_codes import run

    code = run(sys.argv[1:] if argv is None else argv)
    if argv is None:
        # The process ends next: move every object out of the collector's sight,
        # so that the collections of interpreter shutdown have nothing to scan.
        gc.freeze()
    return code
