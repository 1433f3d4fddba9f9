"""Writing an interview back out as TOML, keys in the order of the reference file.

Keys without a value are left out, so a file made by
``afterview new`` looks like one a person would write. The output always
loads back (:func:`afterview.model.parse_interview`) to the same values:
strings keep every character, Unicode included, and escape only what TOML
requires.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from afterview.model.interview import Interview

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_TABLES = ("candidate", "application", "interview", "debrief", "outcome")


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, nothing else."""
    out = []
    for ch in value:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_datetime(value: datetime) -> str:
    """An offset date-time; TOML offsets are whole minutes."""
    offset = value.utcoffset()
    if offset is None:
        raise ValueError("a time in an interview file needs a UTC offset")
    if offset % timedelta(minutes=1):
        raise ValueError(f"TOML cannot write the offset {offset}: it has seconds")
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return value.replace(tzinfo=None).isoformat() + f"{sign}{hours:02d}:{mins:02d}"


def toml_value(value: Any) -> str:
    if isinstance(value, bool):  # before int: bool is an int
        return "true" if value else "false"
    if isinstance(value, Enum):
        return toml_string(str(value.value))
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime):
        return toml_datetime(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = [toml_value(v) for v in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= 80:
            return one_line
        return "[\n" + "".join(f"  {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a TOML value")


def _keys(table: Any) -> list[str]:
    """``key = value`` lines for the keys that hold something (an absent key means none)."""
    lines = []
    for name in (f.name for f in fields(table)):
        value = getattr(table, name)
        if value is not None and value != []:
            lines.append(f"{name} = {toml_value(value)}")
    return lines


def interview_to_toml(interview: Interview, *, header: str = "") -> str:
    """The text of an interview file holding ``interview``."""
    parts = [header.rstrip("\n") + "\n"] if header else []
    for name in _TABLES:
        table = getattr(interview, name)
        if table is None:
            continue
        lines = _keys(table)
        if lines:  # an empty [debrief] says nothing
            parts.append(f"[{name}]\n" + "\n".join(lines) + "\n")
    for person in interview.interviewers:
        parts.append("[[interviewers]]\n" + "\n".join(_keys(person)) + "\n")
    return "\n".join(parts)
