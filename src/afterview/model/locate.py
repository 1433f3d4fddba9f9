"""Where a key is in TOML text: the line for an error message.

:class:`KeyLocator` scans the text once and records the line of every key
path: ``[table]`` and ``[[array]]`` headers, dotted keys, inline tables and
the items of arrays (``interviewers[1].topics[2]``). It is a light scanner,
not a parser: it never raises, whatever the text, and on text that is valid
TOML it finds every key where the parser found it.
"""

from __future__ import annotations

import bisect
import contextlib
import tomllib
from typing import Any

Path = tuple[str | int, ...]

_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_MAX_DEPTH = 64  # nested arrays/tables; deeper text is not an interview file


class _Stop(Exception):
    """The scan cannot go on (unexpected end, absurd nesting); keep what was found."""


class KeyLocator:
    """Maps key paths to the 1-based line where each is written."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._i = 0
        self._newlines = [i for i, c in enumerate(text) if c == "\n"]
        self._lines: dict[Path, int] = {}
        self._leaves: set[Path] = set()  # paths given a value or a [header] (not implied ones)
        self._duplicate: tuple[Path, int] | None = None
        self._arrays: dict[Path, int] = {}  # [[array]] path -> index of its last table
        with contextlib.suppress(_Stop):
            self._document()

    def line(self, loc: tuple[Any, ...]) -> int | None:
        """The line of ``loc``, or of its nearest parent written in the text."""
        loc = tuple(loc)
        while loc:
            if loc in self._lines:
                return self._lines[loc]
            loc = loc[:-1]
        return None

    def duplicate(self) -> tuple[str, int] | None:
        """The first key path given twice, as ``(path, line)``, if any."""
        if self._duplicate is None:
            return None
        path, line = self._duplicate
        out = ""
        for part in path:
            out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + str(part)
        return out, line

    # -- recording ---------------------------------------------------------

    def _line_at(self, offset: int) -> int:
        return bisect.bisect_left(self._newlines, offset) + 1

    def _record(self, path: Path, offset: int, *, leaf: bool) -> None:
        line = self._line_at(offset)
        if leaf:
            if path in self._leaves and self._duplicate is None:
                self._duplicate = (path, line)
            self._leaves.add(path)
        self._lines.setdefault(path, line)

    def _record_keys(self, table: Path, keys: list[str], offset: int) -> Path:
        path = table
        for n, key in enumerate(keys):
            path = (*path, key)
            self._record(path, offset, leaf=n == len(keys) - 1)
        return path

    # -- scanning ----------------------------------------------------------

    def _peek(self, ahead: int = 0) -> str:
        j = self._i + ahead
        return self._text[j] if j < len(self._text) else ""

    def _blank(self, *, newlines: bool) -> None:
        """Skip spaces and comments, and line breaks too where ``newlines``."""
        text, n = self._text, len(self._text)
        while self._i < n:
            c = text[self._i]
            if c in " \t" or (newlines and c in "\r\n"):
                self._i += 1
            elif c == "#":
                end = text.find("\n", self._i)
                self._i = n if end < 0 else end
            else:
                return

    def _to_line_end(self) -> None:
        end = self._text.find("\n", self._i)
        self._i = len(self._text) if end < 0 else end + 1

    def _document(self) -> None:
        table: Path = ()
        while True:
            self._blank(newlines=True)
            if self._i >= len(self._text):
                return
            start = self._i
            if self._text.startswith("[[", start):
                self._i += 2
                keys = self._keys()
                if keys:
                    parent = self._resolve(keys[:-1])
                    array = (*parent, keys[-1])
                    index = self._arrays.get(array, -1) + 1
                    self._arrays[array] = index
                    self._record(array, start, leaf=False)
                    table = (*array, index)
                    self._record(table, start, leaf=True)
            elif self._peek() == "[":
                self._i += 1
                keys = self._keys()
                if keys:
                    table = self._resolve(keys)
                    self._record(table, start, leaf=True)
            else:
                keys = self._keys()
                if keys:
                    path = self._record_keys(table, keys, start)
                    self._blank(newlines=False)
                    if self._peek() == "=":
                        self._i += 1
                        self._value(path, 0)
            if self._i == start:
                self._i += 1  # not TOML here; never loop in place
            self._to_line_end()

    def _resolve(self, keys: list[str]) -> Path:
        """A header's path, where an array of tables stands for its last table."""
        path: Path = ()
        for key in keys:
            path = (*path, key)
            if path in self._arrays:
                path = (*path, self._arrays[path])
        return path

    def _keys(self) -> list[str]:
        """A dotted key (``a."b c".d``); empty if there is none here."""
        keys: list[str] = []
        while True:
            self._blank(newlines=False)
            c = self._peek()
            if c == '"':
                raw = self._string('"')
                keys.append(_unescape(raw))
            elif c == "'":
                keys.append(self._string("'"))
            elif c in _BARE and c:
                start = self._i
                while self._peek() in _BARE and self._peek():
                    self._i += 1
                keys.append(self._text[start : self._i])
            else:
                return keys
            self._blank(newlines=False)
            if self._peek() != ".":
                return keys
            self._i += 1

    def _string(self, quote: str) -> str:
        """A one-line string starting at the quote; returns its raw content."""
        self._i += 1
        start = self._i
        text, n = self._text, len(self._text)
        while self._i < n and text[self._i] not in (quote, "\n"):
            if quote == '"' and text[self._i] == "\\":
                self._i += 1
            self._i += 1
        raw = text[start : self._i]
        if self._peek() == quote:
            self._i += 1
        return raw

    def _multiline(self, quote: str) -> None:
        delim = quote * 3
        self._i += 3
        text, n = self._text, len(self._text)
        while self._i < n:
            if quote == '"' and text[self._i] == "\\":
                self._i += 2
            elif text.startswith(delim, self._i):
                self._i += 3
                while self._peek() == quote:  # up to two quotes may end the content
                    self._i += 1
                return
            else:
                self._i += 1

    def _value(self, path: Path, depth: int) -> None:
        if depth > _MAX_DEPTH:
            raise _Stop
        self._blank(newlines=False)
        c = self._peek()
        if c in "\"'":
            if self._text.startswith(c * 3, self._i):
                self._multiline(c)
            else:
                self._string(c)
        elif c == "[":
            self._array(path, depth)
        elif c == "{":
            self._inline_table(path, depth)
        else:
            text, n = self._text, len(self._text)
            while self._i < n and text[self._i] not in ",]}#\r\n":
                self._i += 1

    def _array(self, path: Path, depth: int) -> None:
        self._i += 1
        index = 0
        while True:
            self._blank(newlines=True)
            c = self._peek()
            if c in ("]", ""):
                self._i += 1
                return
            item = (*path, index)
            start = self._i
            self._record(item, start, leaf=False)
            self._value(item, depth + 1)
            index += 1
            self._blank(newlines=True)
            if self._peek() == ",":
                self._i += 1
            elif self._peek() != "]":
                if self._i == start:
                    raise _Stop
                return

    def _inline_table(self, path: Path, depth: int) -> None:
        self._i += 1
        while True:
            self._blank(newlines=True)
            c = self._peek()
            if c in ("}", ""):
                self._i += 1
                return
            start = self._i
            keys = self._keys()
            if not keys:
                raise _Stop
            key_path = self._record_keys(path, keys, start)
            self._blank(newlines=False)
            if self._peek() == "=":
                self._i += 1
                self._value(key_path, depth + 1)
            self._blank(newlines=True)
            if self._peek() == ",":
                self._i += 1
            elif self._peek() != "}":
                raise _Stop


def _unescape(raw: str) -> str:
    """The value of a quoted key, escapes and all (``"Zo\\u00eb"``)."""
    if "\\" not in raw:
        return raw
    try:
        return str(tomllib.loads(f'k = "{raw}"')["k"])
    except tomllib.TOMLDecodeError:
        return raw
