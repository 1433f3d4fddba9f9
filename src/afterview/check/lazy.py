"""Regular expressions compiled on first use, not at import.

The checker holds about seventy patterns, and compiling them all costs more
CPU than checking a note. Most notes never need most of them (a clean note
has no emoji, no "asap", no bracketed slot), so each one is compiled the
first time a rule actually runs it.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # as on a compiled pattern; other attributes come from compiling
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Reached only before the first compile: afterwards the methods are plain
        # instance attributes (the compiled pattern's own bound methods), so a
        # call costs no more than on a compiled pattern.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that behaves as ``re.compile(pattern, flags)`` and is compiled on first use."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
