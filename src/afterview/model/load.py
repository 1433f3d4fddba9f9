"""Loading an interview file: TOML in, a validated :class:`Interview` out.

Errors name the file, the key path (``interviewers[2].medium``) and, where the
key can be found in the text, its line; unknown keys come with a "did you mean"
hint. Nothing here prints or exits: the CLI does that.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

from afterview.errors import InputError, Problem
from afterview.inputs import character_name, read_text, refused_character
from afterview.model.engine import ValidationError
from afterview.model.interview import Interview
from afterview.model.locate import KeyLocator
from afterview.model.schema import TABLES, LocatedValueError, validator
from afterview.workdays import COUNTRY_HINT, why_unknown

__all__ = [
    "INTERVIEW_LIMIT",
    "KeyLocator",
    "describe_error",
    "interview_from_dict",
    "load_interview",
    "parse_interview",
]

INTERVIEW_LIMIT = 256 * 1024
MAX_DEPTH = 32  # tables and lists within each other; an interview file needs four
YEARS = (1900, 2199)  # the dates Afterview plans around; 9999 would overflow the calendar
_TOML_POS = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)")
_DATEISH = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.\d+)?)?)?(?:Z|[+-]\d{1,2}:\d{2})?"
)
_DOCS_HINT = "see docs/interview-file.md, or start a new file with `afterview new`."


def load_interview(path: str | Path) -> Interview:
    """Read and validate an interview file (``-`` reads standard input)."""
    text, source = read_text(path, what="interview file", limit=INTERVIEW_LIMIT)
    return parse_interview(text, source)


def parse_interview(text: str, source: str = "<string>") -> Interview:
    """Validate the text of an interview file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            f"{source}: not valid TOML.",
            problems=[_syntax_problem(str(exc), text, source)],
            hint=_DOCS_HINT,
        ) from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise _too_deep(source) from None
    except ValueError:  # a number of thousands of digits, which Python will not convert
        raise InputError(
            f"{source}: a number in it is thousands of digits long; this is not an interview file.",
            hint=_DOCS_HINT,
        ) from None
    return interview_from_dict(data, source, text)


def _too_deep(source: str) -> InputError:
    return InputError(
        f"{source}: lists or tables are nested more than {MAX_DEPTH} deep; "
        "this is not an interview file.",
        hint=_DOCS_HINT,
    )


def _refused_text(data: Any, source: str, locator: KeyLocator) -> list[Problem]:
    """Every text (key or value) holding a character no input may hold, with its place.

    Walked without recursion, so that deep nesting is refused here, not by a crash.
    """
    problems: list[Problem] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), data)]
    while stack:
        loc, value = stack.pop()
        if len(loc) > MAX_DEPTH:
            raise _too_deep(source)
        items: list[tuple[str | int, Any]] = []
        if isinstance(value, dict):
            for key, item in value.items():
                bad = refused_character(str(key))
                if bad is not None:
                    problems.append(_refused_problem(bad, "this key", (*loc, key), source, locator))
                items.append((key, item))
        elif isinstance(value, list):
            items = list(enumerate(value))
        elif isinstance(value, str):
            bad = refused_character(value)
            if bad is not None:
                problems.append(_refused_problem(bad, "this text", loc, source, locator))
        stack.extend(((*loc, key), item) for key, item in reversed(items))
    return problems


def _refused_problem(
    char: str, what: str, loc: tuple[str | int, ...], source: str, locator: KeyLocator
) -> Problem:
    return Problem(
        f"{what} holds a {character_name(char)}, which Afterview does not accept in any text",
        source=source,
        location=_path(loc) or None,
        line=locator.line(loc),
        hint="delete it: it often comes from a paste",
    )


def _dates_out_of_range(interview: Interview, source: str, locator: KeyLocator) -> list[Problem]:
    """Dates outside :data:`YEARS`: the plan would count past the end of the calendar."""
    problems = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), interview)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, date):
            if not YEARS[0] <= value.year <= YEARS[1]:
                problems.append(
                    Problem(
                        f"{value.isoformat()} is not a date Afterview can plan around "
                        f"(years {YEARS[0]} to {YEARS[1]})",
                        source=source,
                        location=_path(loc) or None,
                        line=locator.line(loc),
                    )
                )
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                stack.append(((*loc, f.name), getattr(value, f.name)))
        elif isinstance(value, list | tuple):
            stack.extend(((*loc, i), item) for i, item in enumerate(value))
    return problems


def _syntax_problem(raw: str, text: str, source: str) -> Problem:
    """Turn tomllib's message into one a person who never read the TOML spec can act on."""
    m = _TOML_POS.search(raw)
    line = int(m.group(1)) if m and m.group(1) else None
    col = int(m.group(2)) if m and m.group(2) else None
    message = _TOML_POS.sub("", raw).strip()
    if line is None and m is not None:  # "at end of document": point at the last line
        line = text.count("\n") + (0 if text.endswith("\n") else 1) or 1
    if message.startswith(("Cannot overwrite a value", "Cannot declare", "Cannot mutate")):
        dup = KeyLocator(text).duplicate()
        if dup is not None:
            path, line = dup
            return Problem(
                "this key is given twice",
                source=source,
                location=path,
                line=line,
                hint="keep one of the two",
            )
        message = "a key or table is given twice"
    elif message == "Illegal character '\\n'":
        message = 'a quoted text is not closed before the end of the line (a missing ")'
    elif message == "Invalid value":
        message = 'this value is not valid: text needs quotes, e.g. name = "Zoë"'
    elif (
        message.startswith(("Expected newline or end of document", "Invalid date"))
        and line is not None
    ):
        bad = _bad_date(text, line)
        if bad is not None:
            message = bad
            col = None
        else:
            message = "expected the end of the line after the value (a missing quote or comma?)"
    return Problem(message, source=source, line=line, column=col)


def _bad_date(text: str, line: int) -> str | None:
    """Explain a date or time on ``line`` that TOML does not accept, if there is one."""
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return None
    for token in _DATEISH.findall(lines[line - 1]):
        try:
            tomllib.loads(f"v = {token}")
            continue
        except tomllib.TOMLDecodeError:
            pass
        try:
            datetime.fromisoformat(token)
        except ValueError:
            return f"{token!r} is not a real date or time"
        return (
            f"{token!r} is not written the TOML way: use 2026-11-20 for a date, "
            "2026-11-20T14:00:00-05:00 for a time (two-digit parts, seconds and the UTC offset)"
        )
    return None


def interview_from_dict(data: dict[str, Any], source: str = "<data>", text: str = "") -> Interview:
    """Validate already-parsed data; ``text``, where given, lets errors carry line numbers."""
    locator = KeyLocator(text)
    refused = _refused_text(data, source, locator)
    if refused:
        noun = "text holds" if len(refused) == 1 else "texts hold"
        raise InputError(
            f"{source}: {len(refused)} {noun} a character that is refused.",
            problems=refused,
            hint="line and paragraph separators (U+2028, U+2029), U+0085, vertical tabs, "
            "form feeds, NUL and other control characters are refused in every text.",
        )
    # An unknown country ("MX-OAX") is listed with the schema's problems, so one run shows all.
    country_problem = _unknown_country(data, source, locator)
    try:
        interview: Interview = validator(Interview).validate_python(data)
    except ValidationError as exc:
        # One message per key path is enough (a union reports each of its members).
        unique: dict[str | None, Problem] = {}
        for err in exc.errors():
            problem = describe_error(err, source, locator)
            unique.setdefault(problem.location, problem)
        if country_problem is not None:
            unique.setdefault(country_problem.location, country_problem)
        noun = "problem" if len(unique) == 1 else "problems"
        in_file_order = sorted(unique.values(), key=lambda p: (p.line is None, p.line or 0))
        raise InputError(
            f"{source}: the interview file has {len(unique)} {noun}.",
            problems=in_file_order,
            hint="every key is described in docs/interview-file.md.",
        ) from None
    if country_problem is not None:
        raise InputError(
            f"{source}: the interview file has 1 problem.",
            problems=[country_problem],
            hint="every key is described in docs/interview-file.md.",
        )
    out_of_range = _dates_out_of_range(interview, source, locator)
    if out_of_range:
        raise InputError(f"{source}: a date is out of range.", problems=out_of_range)
    return interview


def _unknown_country(data: dict[str, Any], source: str, locator: KeyLocator) -> Problem | None:
    """A country code of the right shape that the holidays package does not know, as a
    problem at its line; a code of the wrong shape is left to the schema."""
    section = data.get("interview")
    country = section.get("country") if isinstance(section, dict) else None
    why = why_unknown(country) if isinstance(country, str) and country.strip() else None
    if why is None:
        return None
    return Problem(
        why,
        source=source,
        location="interview.country",
        line=locator.line(("interview", "country")),
        hint=COUNTRY_HINT,
    )


def _path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _walk(loc: tuple[Any, ...]) -> tuple[tuple[str | int, ...], type | None, bool]:
    """The key path of a validation error's location, without pydantic-core's own tags.

    pydantic-core adds the member of a union it tried (``outcome.at.datetime``);
    those are not keys of the file. Returns the cleaned path, the table
    holding its last key, and whether a union tag was dropped.
    """
    out: list[str | int] = []
    table: type | None = Interview
    holder: type | None = Interview
    dropped = False
    for part in loc:
        if isinstance(part, int):
            out.append(part)
        elif table is not None:
            out.append(part)
            holder = table
            key = TABLES[table].get(part)
            table = key.table if key is not None else None
        else:
            dropped = True
    return tuple(out), holder, dropped


_TYPE_WORDS = {
    "string_type": "text in quotes",
    "bool_type": "true or false, without quotes",
    "list_type": 'a list, e.g. ["...", "..."]',
    "date_type": "a date such as 2026-12-04",
    "date_from_datetime_parsing": "a date such as 2026-12-04",
    "date_from_datetime_inexact": "a date such as 2026-12-04",
    "datetime_type": "a date and time with offset, e.g. 2026-11-20T14:00:00-05:00",
    "datetime_parsing": "a date and time with offset, e.g. 2026-11-20T14:00:00-05:00",
    "datetime_from_date_parsing": "a date and time with offset, e.g. 2026-11-20T14:00:00-05:00",
    "date_parsing": "a date such as 2026-12-04",
    "dataclass_type": "a table",
    "dataclass_arguments_type": "a table",
    "dict_type": "a table",
}
_EITHER = (
    "a date such as 2026-12-04, or a date and time with offset such as 2026-12-02T10:00:00-05:00"
)


def _shown(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_error(
    err: Any, source: str, locator: KeyLocator, *, prefix: tuple[str | int, ...] = ()
) -> Problem:
    """One validation error as a :class:`Problem` in the words of the interview file.

    ``prefix`` is where the validated data sits in a whole file, for errors
    from a single table (``("interviewers", 0)``).
    """
    loc, model, union = _walk((*prefix, *err["loc"]))
    kind = err["type"]
    ctx = err.get("ctx") or {}
    error = ctx.get("error")
    got = err.get("input")
    hint = None
    if isinstance(error, LocatedValueError):
        loc = error.loc
        message = str(error)
    elif kind == "unexpected_keyword_argument":  # a key the table does not have
        choices = list(TABLES[model]) if model else []
        if isinstance(got, list) and got and all(isinstance(g, dict) for g in got):
            # "[[interviews]]": a list of tables is one of the keys that hold a list of tables
            tables = [c for c in choices if model and TABLES[model][c].schema.get("type") == "list"]
            choices = tables or choices
        import difflib  # only for a key that is not known, so not at start-up

        close = difflib.get_close_matches(str(loc[-1]), choices, n=1, cutoff=0.6)
        message = "unknown key"
        if close:
            hint = f"did you mean {close[0]!r}?"
        elif choices:
            hint = f"known keys here: {', '.join(choices)}"
    elif kind == "missing" and loc == ("interviewers",):
        message = "is missing: add one [[interviewers]] table for each person you met (a note goes to each)"
    elif kind == "missing":
        message = "is required but missing"
    elif kind in ("literal_error", "enum"):
        message = f"{_shown(got)} is not allowed; use one of {ctx.get('expected', '')}"
    elif kind in _TYPE_WORDS:
        want = _EITHER if union and "date" in kind else _TYPE_WORDS[kind]
        message = f"should be {want}" + ("" if isinstance(got, dict) else f", not {_shown(got)}")
    elif kind == "too_short" and loc == ("interviewers",):
        message = (
            "at least one [[interviewers]] table is needed: a note goes to each person you met"
        )
    elif kind == "string_too_short":
        message = "is empty; write something or leave the key out"
    elif kind == "string_too_long":
        message = f"is too long (at most {ctx.get('max_length')} characters)"
    elif kind == "string_pattern_mismatch":
        what = "an email address" if loc and loc[-1] == "email" else "a web address (https://...)"
        message = f"{_shown(got)} does not look like {what}"
    else:
        message = err["msg"].removeprefix("Value error, ")
    return Problem(
        message, source=source, location=_path(loc) or None, line=locator.line(loc), hint=hint
    )
