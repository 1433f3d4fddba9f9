"""The word lists of ``data/debrief.toml``, loaded once and matched as whole words.

Lists are matched word by word against the phrase (a dictionary from each entry's first word
to the entries that start with it), not with one regular expression per list: compiling an
alternation of a hundred phrases costs more than reading a whole debrief.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from afterview.compose.data_cache import load_toml

_PATH = Path(__file__).parent.parent / "data" / "debrief.toml"
_WORD = re.compile(r"[\w'’/+&.-]+")


@cache
def data() -> dict[str, Any]:
    return load_toml(_PATH)


def _words(text: str) -> list[tuple[str, int, int]]:
    """Each word of ``text`` as (lower case, start, end); brackets and commas separate words."""
    return [
        (m.group(0).lower().rstrip("."), m.start(), m.end() - (m.group(0).endswith(".")))
        for m in _WORD.finditer(text)
    ]


@cache
def _index(section: str, key: str) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in data()[section][key]:
        words = tuple(w for w, _, _ in _words(entry))
        if words:
            index.setdefault(words[0], []).append(words)
    for entries in index.values():
        entries.sort(key=len, reverse=True)  # the longest entry wins: "night shifts" over "night"
    return index


@cache
def other_language_words() -> dict[str, frozenset[str]]:
    """``[words.other_languages]``: words that join words in other languages, as sets."""
    found = data()["words"]["other_languages"]
    return {key: frozenset(found[key]) for key in ("joining", "joining_anywhere")}


def matches(section: str, key: str, text: str) -> Iterator[tuple[str, int]]:
    """Each entry of ``[section] key`` found in ``text``: (the words as written, end offset)."""
    index = _index(section, key)
    words = _words(text)
    for i, (word, start, _) in enumerate(words):
        for entry in index.get(word, ()):
            found = words[i : i + len(entry)]
            if tuple(w for w, _, _ in found) == entry:
                yield text[start : found[-1][2]], found[-1][2]
                break


def find(section: str, key: str, text: str) -> str | None:
    """The first entry of the list found in ``text``, as written there; None if none is."""
    return next((found for found, _ in matches(section, key, text)), None)


@cache
def word_set(section: str, key: str) -> frozenset[str]:
    return frozenset(e.lower() for e in data()[section][key])


@cache
def expansions() -> dict[str, str]:
    return {k.lower(): v for k, v in data()["expand"].items()}


@cache
def _mends() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.lower(): v for k, v in data()["mend"].items()}
    alternatives = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), table


def mended(text: str) -> str:
    """``[mend]``'s slips put right: "I am interesting in logistics" -> "... interested in ..."."""
    pattern, table = _mends()
    return pattern.sub(lambda m: table[m.group(0).lower()], text)


@cache
def expansions_after() -> dict[str, tuple[str, frozenset[str]]]:
    """Shorthand that means something else after certain words: "pts" -> (points, {...})."""
    return {
        k.lower(): (v["means"], frozenset(w.lower() for w in v["after"]))
        for k, v in data()["expand_after"].items()
    }


def canonical(text: str) -> str:
    """Names of ``[words] canonical`` typed in another case, in their own: "gitlab" -> "GitLab"."""
    index, spelled = _canonical_index()
    words = _words(text)
    out, at, i = [], 0, 0
    while i < len(words):
        word, start, _ = words[i]
        for entry in index.get(word, ()):
            found = words[i : i + len(entry)]
            if tuple(w for w, _, _ in found) == entry and text[start - 1 : start] != ".":
                out.append(text[at:start] + spelled[entry])
                at, i = found[-1][2], i + len(entry) - 1
                break
        else:  # "english-first": a name begins a compound of its own
            head = word.partition("-")[0]
            # "DBT-A" in capitals is no "dbt", the tool written in lower case
            shouted = (
                text[start : start + len(head)].isupper() and spelled.get((head,), "X").islower()
            )
            if (
                head != word
                and not shouted
                and (head,) in spelled
                and text[start - 1 : start] != "."
            ):
                out.append(text[at:start] + spelled[(head,)])
                at = start + len(head)
        i += 1
    return "".join(out) + text[at:]


def opens_with_a_name(text: str) -> bool:
    """``text`` starts with a ``[words] canonical`` name of several words as it is spelled
    ("Discord community ..."), whose capital a list item's first word must keep."""
    index, spelled = _canonical_index()
    words = _words(text)
    if not words:
        return False
    for entry in index.get(words[0][0], ()):
        if len(entry) > 1 and tuple(w for w, _, _ in words[: len(entry)]) == entry:
            return text.startswith(spelled[entry].split()[0])
    return False


def is_a_product_name(text: str) -> bool:
    """``text`` is a ``[words] canonical`` name of capitalised words as it is spelled ("OPERA
    Cloud", "Power BI"): a name, with no "the", where "Discord server" is a thing."""
    _, spelled = _canonical_index()
    return text in spelled.values() and all(w[:1].isupper() for w in text.split())


@cache
def _canonical_index() -> tuple[dict[str, list[tuple[str, ...]]], dict[tuple[str, ...], str]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    spelled: dict[tuple[str, ...], str] = {}
    for name in data()["words"]["canonical"]:
        words = tuple(w for w, _, _ in _words(name))
        index.setdefault(words[0], []).append(words)
        spelled[words] = name
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index, spelled
