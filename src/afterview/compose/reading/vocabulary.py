"""The word lists of ``data/debrief.toml``, loaded once and matched as whole words."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

_PATH = Path(__file__).parent.parent / "data" / "debrief.toml"


@cache
def data() -> dict[str, Any]:
    with _PATH.open("rb") as f:
        return tomllib.load(f)


@cache
def phrases(section: str, key: str) -> re.Pattern[str]:
    """A pattern matching any entry of ``[section] key`` as whole words, ignoring case."""
    entries = sorted(data()[section][key], key=len, reverse=True)
    alternatives = "|".join(re.escape(e) for e in entries)
    return re.compile(rf"(?<![\w/])(?:{alternatives})(?![\w/])", re.IGNORECASE)


def find(section: str, key: str, text: str) -> str | None:
    """The first entry of the list found in ``text``, as written there; None if none is."""
    match = phrases(section, key).search(text)
    return match.group(0) if match else None


@cache
def word_set(section: str, key: str) -> frozenset[str]:
    return frozenset(e.lower() for e in data()[section][key])


@cache
def expansions() -> dict[str, str]:
    return {k.lower(): v for k, v in data()["expand"].items()}


@cache
def canonical_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for the names of ``[words] canonical`` in any case, and each one's spelling."""
    names = sorted(data()["words"]["canonical"], key=len, reverse=True)
    spelled = {n.lower(): n for n in names}
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])", re.IGNORECASE), spelled
