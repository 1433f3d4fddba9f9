"""The command line: a thin layer over the library (see ``app.py``)."""

from afterview.cli.app import main

__all__ = ["main"]
