"""The command line: a thin layer over the library (see ``app.py``).

``main`` tries the fast path of ``check``/``eval`` first (``check_fast.py``),
then that of ``due`` (``records_due.py``), so those commands start without
importing Typer; everything else goes to
:func:`afterview.cli.app.main`.
"""

from __future__ import annotations

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    from afterview.cli.check_fast import fast_main

    code = fast_main(argv)
    if code is None:  # `afterview due` has a fast path of its own
        from afterview.cli.records_due import fast_main as fast_due

        code = fast_due(argv)
    if code is not None:
        return code
    from afterview.cli.app import main as app_main

    return app_main(argv)
