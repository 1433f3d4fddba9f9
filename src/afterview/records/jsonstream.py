"""Reading a large JSON document a piece at a time, in bounded memory.

``json.loads`` turns a whole file into Python objects at once: a 48 MB file of
small values takes more than a gigabyte, and nesting thousands deep overflows
the stack. :class:`JsonStream` walks objects and arrays itself and decodes one
value at a time where the caller asks for it, so that an importer holds one
row, not the file. A container asked for as a whole (:meth:`JsonStream.value`)
is first measured by a scan that builds nothing: too large or too deep, it is
refused (:class:`TooBig`) and skipped, never decoded.

Syntax errors are :class:`~afterview.errors.InputError` naming the line and
column. A value skipped with :meth:`JsonStream.skip` is not checked for syntax:
skip only what is refused anyway.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from afterview.errors import InputError, Problem

_WS = re.compile(r"[ \t\n\r]*")
# Strings and everything else but brackets, in one match: a scan for the end of a
# value stops at brackets only. Possessive, so that a long run keeps no backtracking.
_PLAIN = re.compile(r'(?:"[^"\\]*+(?:\\.[^"\\]*+)*+"|[^"\[\]{}]++)*+', re.S)
_DECODER = json.JSONDecoder()


class TooBig(Exception):
    """A container is larger or deeper than the caller allows; it was skipped."""

    def __init__(self, size: int, depth: int) -> None:
        super().__init__(f"{size} characters, {depth} deep")
        self.size = size
        self.depth = depth


class JsonStream:
    """One JSON document in ``text``, read from the front."""

    def __init__(self, text: str, source: str, *, hint: str = "") -> None:
        self.text = text
        self.source = source
        self.hint = hint
        self.i = 0

    # -- errors -------------------------------------------------------------------

    def error(self, message: str, at: int | None = None) -> InputError:
        at = self.i if at is None else at
        line = self.text.count("\n", 0, at) + 1
        column = at - (self.text.rfind("\n", 0, at) + 1) + 1
        return InputError(
            f"{self.source}: not valid JSON.",
            problems=[Problem(message, source=self.source, line=line, column=column)],
            hint=self.hint or None,
        )

    # -- structure ----------------------------------------------------------------

    def _blank(self) -> None:
        match = _WS.match(self.text, self.i)
        assert match is not None  # the pattern matches the empty string
        self.i = match.end()

    def peek(self) -> str:
        self._blank()
        return self.text[self.i : self.i + 1]

    def _expect(self, char: str, what: str) -> None:
        if self.peek() != char:
            found = self.text[self.i : self.i + 1]
            raise self.error(f"expected {what}" + (f", found {found!r}" if found else ""))
        self.i += 1

    def object(self) -> Iterator[str]:
        """Each key of the object here, in order; the caller reads (or skips) its value."""
        self._expect("{", "an object")
        if self.peek() == "}":
            self.i += 1
            return
        while True:
            if self.peek() != '"':
                raise self.error("expected a key in double quotes")
            key = self._scalar()
            self._expect(":", "':' after the key")
            start = self.i
            yield key
            if self.i == start:
                raise AssertionError("the caller did not read the value")
            if self.peek() == ",":
                self.i += 1
                continue
            self._expect("}", "',' or '}'")
            return

    def array(self) -> Iterator[int]:
        """Each index of the array here; the caller reads (or skips) its element."""
        self._expect("[", "a list")
        if self.peek() == "]":
            self.i += 1
            return
        index = 0
        while True:
            self._blank()
            yield index
            index += 1
            if self.peek() == ",":
                self.i += 1
                continue
            self._expect("]", "',' or ']'")
            return

    # -- values -------------------------------------------------------------------

    def _scalar(self) -> Any:
        try:
            value, self.i = _DECODER.raw_decode(self.text, self.i)
        except json.JSONDecodeError as exc:
            raise self.error(exc.msg, exc.pos) from None
        except ValueError as exc:  # a number of more than 4,300 digits
            raise self.error(str(exc)) from None
        return value

    def value(self, *, max_size: int, max_depth: int) -> Any:
        """Decode the value here; a container over ``max_size`` characters or ``max_depth``
        levels raises :class:`TooBig` (and is skipped)."""
        if self.peek() not in ("[", "{"):
            return self._scalar()
        start = self.i
        size, depth = self.skip()
        if size > max_size or depth > max_depth:
            raise TooBig(size, depth)
        try:
            return json.loads(self.text[start : self.i])
        except json.JSONDecodeError as exc:
            raise self.error(exc.msg, start + exc.pos) from None
        except ValueError as exc:  # a number of more than 4,300 digits
            raise self.error(str(exc), start) from None

    def skip(self) -> tuple[int, int]:
        """Move past the value here without building it; returns its size and depth."""
        if self.peek() not in ("[", "{"):
            start = self.i
            self._scalar()
            return self.i - start, 0
        text, start = self.text, self.i
        i, depth, deepest = start, 0, 0
        while True:
            plain = _PLAIN.match(text, i)
            i = plain.end() if plain else i
            char = text[i : i + 1]
            if char in ("[", "{"):
                depth += 1
                deepest = max(deepest, depth)
            elif char in ("]", "}"):
                depth -= 1
            else:  # the end of the text, or a string that is never closed
                raise self.error("the document ends inside a list or an object", start)
            i += 1
            if depth == 0:
                self.i = i
                return i - start, deepest

    def end(self) -> None:
        """Nothing but blanks may follow the document."""
        if self.peek():
            raise self.error("extra data after the end of the document")
