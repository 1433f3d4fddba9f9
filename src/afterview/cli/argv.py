"""Reading the plain forms of a command's arguments, for the fast paths.

A fast path (``plan_fast.py``, ``records_due.py``) answers a command without
importing Typer, and takes only the forms people type every day. Anything
else — an unknown option, a value missing, an option given twice, a second
file — makes :func:`read_args` return None, and the Typer command handles
the arguments with its usual help and usage errors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

#: option → (key in the result, value it stands for; None: it takes the next argument)
Options = Mapping[str, tuple[str, Any]]


def read_args(
    args: Sequence[str], options: Options, positional: str | None = None
) -> dict[str, Any] | None:
    """The values of ``args`` by key, or None when they are not all plain forms."""
    found: dict[str, Any] = {}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if positional is not None and (arg == "-" or not arg.startswith("-")):
            if positional in found:
                return None
            found[positional] = arg
            continue
        name, eq, value = arg.partition("=")
        if name not in options:
            return None
        key, fixed = options[name]
        if key in found:
            return None
        if fixed is not None:
            if eq:
                return None
            value = fixed
        elif not eq:
            if not rest:
                return None
            value = rest.pop(0)
        found[key] = value
    return found
