"""Asking the user a yes-or-no question, only where someone can answer it."""

from __future__ import annotations

import sys


def at_terminal() -> bool:
    """Whether a person can be asked: standard input is a terminal."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # a detached or closed stream
        return False


def confirm(question: str) -> bool:
    """Ask ``question`` (default no); the question's user text is made visible."""
    import click

    from afterview.cli.output import visible

    return bool(click.confirm(visible(question), default=False))
