"""Reading user files safely: size limits, binary data, encodings.

Every reader of user input goes through :func:`read_text`, so that a wrong
file (a PDF, a 5 MB log, Latin-1 text) gets one clear error, not a traceback.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from afterview.errors import InputError, Problem

KB = 1024
MB = 1024 * KB

# Refused in any text a user gives (interview files, imports, email headers): line
# breaks that some programs honour and others ignore (VT, FF, NEL, U+2028, U+2029),
# NUL, which cuts text short, and the other invisible controls. Tab, line feed and
# carriage return stay; one-line values refuse those too.
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_REFUSED_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMES = {
    "\x00": "NUL",
    "\t": "tab",
    "\n": "line break",
    "\r": "carriage return",
    "\x0b": "vertical tab",
    "\x0c": "form feed",
    "\x7f": "delete character",
    "\x85": "next-line character (U+0085)",
    "\u2028": "line separator (U+2028)",
    "\u2029": "paragraph separator (U+2029)",
}


def refused_character(text: str, *, one_line: bool = False) -> str | None:
    """The first character of ``text`` that no input may hold, or None.

    With ``one_line`` (a name, a subject, an address) tabs and line breaks count too.
    """
    found = (_REFUSED_ONE_LINE if one_line else _REFUSED).search(text)
    return found.group() if found else None


def character_name(char: str) -> str:
    """How a refused character is named in a message: "vertical tab", "U+001B"."""
    return _NAMES.get(char) or f"control character U+{ord(char):04X}"


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n >= MB else f"{n / KB:.0f} KB" if n >= KB else f"{n} bytes"


def decode_text(data: bytes, source: str, *, what: str = "file", limit: int = MB) -> str:
    """Decode UTF-8 text, refusing binary data, other encodings and oversized input."""
    if len(data) > limit:
        # Standard input is read only up to limit + 1 bytes: its real size is unknown.
        size = f"more than {_size(limit)}" if len(data) == limit + 1 else _size(len(data))
        raise InputError(
            f"{source}: this {what} is {size}; the limit is {_size(limit)}.",
            hint=f"is it the right file? {'An' if what[:1] in 'aeiou' else 'A'} {what} is normally a few KB.",
        )
    if b"\x00" in data:
        raise InputError(
            f"{source}: this is binary data, not a text {what}.",
            hint="give a UTF-8 text file.",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{source}: this {what} is not valid UTF-8.",
            problems=[
                Problem(f"undecodable byte 0x{data[exc.start]:02x}", source=source, line=line)
            ],
            hint="save it as UTF-8 (most editors offer this under 'Save as' or 'Encoding').",
        ) from None
    return text


def read_text(path: str | Path, *, what: str = "file", limit: int = MB) -> tuple[str, str]:
    """Read a text file, or standard input for "-". Returns (text, source name)."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        return decode_text(data, "<stdin>", what=what, limit=limit), "<stdin>"
    p = Path(path)
    source = str(p)
    try:
        if p.is_dir():
            raise InputError(f"{source}: is a folder; give a {what}.")
        with p.open("rb") as fh:
            data = fh.read(limit + 1)
            if len(data) > limit:
                data += fh.read()  # the real size, for the message
    except FileNotFoundError:
        raise InputError(f"{source}: no such file.", hint="check the path.") from None
    except PermissionError:
        raise InputError(f"{source}: permission denied.") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot be read ({exc.strerror}).") from None
    return decode_text(data, source, what=what, limit=limit), source
