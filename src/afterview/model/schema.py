"""How the interview file is validated: every key of every table, declared once.

:data:`TABLES` lists the keys of each table with the schema of their value;
the loader, ``afterview new``, the TOML writer and the documentation test all
read it. The schemas are pydantic-core's, the validation engine of pydantic,
used directly: importing pydantic's model layer costs more CPU than planning a
whole interview (see "Speed" in docs/planning.md), while the checks,
the lax parsing of dates and times and the error types are the same.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from afterview.model import shapes as cs
from afterview.model.engine import SchemaSerializer, SchemaValidator
from afterview.model.interview import (
    Application,
    Candidate,
    Debrief,
    Interview,
    Interviewer,
    InterviewInfo,
    Medium,
    Outcome,
    Result,
)

__all__ = ["TABLES", "Key", "LocatedValueError", "as_data", "validator"]


class LocatedValueError(ValueError):
    """A validation error that knows the key path it concerns (read by the loader)."""

    def __init__(self, loc: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.loc = loc


@dataclass(frozen=True)
class Key:
    """One key of a table: the schema of its value, and what the docs and prompts need."""

    schema: cs.CoreSchema
    required: bool = False
    default: Any = None
    factory: Callable[[], Any] | None = None
    table: type | None = None  # the class of a nested table (or of each list item)
    choices: tuple[str, ...] = ()


# Values. Every text is stripped of surrounding blanks, as people type them.
def _text(**constraints: Any) -> cs.CoreSchema:
    return cs.str_schema(strip_whitespace=True, **constraints)


TEXT = _text(min_length=1)
NAME = _text(min_length=1, max_length=200)
EMAIL = _text(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
URL = _text(pattern=r"^https?://\S+$")
TEXTS = cs.list_schema(TEXT)


def _one_line(what: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        if "\n" in value or "\r" in value:
            raise ValueError(f"{what} must be on one line")
        return value

    return check


def _aware_start(value: object) -> object:
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError(
            "needs a UTC offset, e.g. 2026-11-20T14:00:00-05:00 (the plan's times carry it)"
        )
    if isinstance(value, date) and not isinstance(value, datetime):
        raise ValueError("needs a time and a UTC offset, e.g. 2026-11-20T14:00:00-05:00")
    return value


def _country(value: str | None) -> str | None:
    # The code's shape only: the holidays package (slow to load) is asked when planning.
    from afterview.workdays import normal

    if value is None:
        return None
    code = normal(value)
    if code is None:
        raise ValueError(
            f"{value!r} is not an ISO 3166 country code such as US, GB or DE (or US-NY, "
            "with a subdivision)"
        )
    return code


def _zone_name(value: str | None) -> str | None:
    if value is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone; {_zone_advice(value)}") from None
    return value


def _zone_advice(value: str) -> str:
    """A near name ("Europe/Londn"), else how to find one: the tz database keeps one city per
    clock, so a city that shares another's clock (Africa/Lilongwe) may not be in it."""
    from difflib import get_close_matches
    from zoneinfo import available_timezones

    # the city alone is compared: "America/Oaxaca" is not "America/Jamaica" for its region
    region, _, city = value.rpartition("/")
    cities = {z.rpartition("/")[2]: z for z in available_timezones() if z.startswith(region)}
    near = get_close_matches(city, sorted(cities), n=1, cutoff=0.8)
    if near and _one_slip(city.lower(), near[0].lower()):
        return f"did you mean {cities[near[0]]}?"
    if near:  # "Porto_Alegre" is not "Porto_Acre", a city of another clock
        return (
            f"did you mean {cities[near[0]]}? If that is another city than yours, write a "
            "city in your country with your clock, as Africa/Blantyre is for Lilongwe"
        )
    return (
        "write its IANA name, e.g. America/New_York, Europe/London, Asia/Kolkata. If your "
        "city's name is refused, use a city in the same country with the same clock "
        "(Africa/Blantyre for Lilongwe)"
    )


def _one_slip(typed: str, name: str) -> bool:
    """Whether ``typed`` is ``name`` with one letter left out, added, changed or two swapped:
    a typo, not another city."""
    if abs(len(typed) - len(name)) > 1:
        return False
    if len(typed) == len(name):
        diff = [i for i, (a, b) in enumerate(zip(typed, name, strict=True)) if a != b]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == name[diff[1]]
        return len(diff) <= 1 or (swapped and typed[diff[1]] == name[diff[0]])
    short, long = sorted((typed, name), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _zoned(info: InterviewInfo) -> InterviewInfo:
    """With a time zone, ``at`` is read in it, and its offset must be the zone's then."""
    if info.timezone is None:
        return info
    from zoneinfo import ZoneInfo

    zoned = info.at.astimezone(ZoneInfo(info.timezone))
    if zoned.utcoffset() != info.at.utcoffset():
        raise LocatedValueError(
            ("interview", "at"),
            f"has the offset {info.at:%z} but {info.timezone} is at {zoned:%z} then "
            f"({zoned:%Y-%m-%d %H:%M} there): correct the offset, or the timezone",
        )
    return dataclasses.replace(info, at=zoned)  # type: ignore[type-var]


def _date_only(value: object) -> object:
    # A datetime is accepted and read as its own calendar date.
    return value.date() if isinstance(value, datetime) else value


def _date_or_aware(value: object) -> object:
    if isinstance(value, str):  # from JSON or a form: "2026-11-25" is a date, not midnight UTC
        try:
            value = (
                date.fromisoformat(value)
                if len(value.strip()) == 10
                else datetime.fromisoformat(value)
            )
        except ValueError:
            raise ValueError(
                f"should be a date such as 2026-12-02, or a date and time with offset, not {value!r}"
            ) from None
    if isinstance(value, datetime) and value.tzinfo is None:
        raise ValueError("needs a UTC offset, or give a date alone")
    return value


def _choice(*values: str) -> Key:
    return Key(cs.nullable_schema(cs.literal_schema(list(values))), choices=values)


def _enum(kind: type[Medium] | type[Result], *, default: Any = None) -> Key:
    schema = cs.enum_schema(kind, list(kind), sub_type="str")
    return Key(
        schema if default is not None else cs.nullable_schema(schema),
        default=default,
        choices=tuple(m.value for m in kind),
    )


def _optional(schema: cs.CoreSchema) -> Key:
    return Key(cs.nullable_schema(schema))


def _required(schema: cs.CoreSchema) -> Key:
    return Key(schema, required=True)


def _texts() -> Key:
    return Key(TEXTS, factory=list)


def _checked(check: Callable[[Any], Any], key: Key, *, before: bool = False) -> Key:
    """``key`` with a check run on its value (before or after the type is validated)."""
    wrap = cs.no_info_before_validator_function if before else cs.no_info_after_validator_function
    return dataclasses.replace(key, schema=wrap(check, key.schema))


def _table(cls: type) -> Key:
    return Key(_table_schema(cls), required=True, table=cls)


def _optional_table(cls: type, *, factory: Callable[[], Any] | None = None) -> Key:
    schema = _table_schema(cls)
    return Key(schema if factory else cs.nullable_schema(schema), factory=factory, table=cls)


def _outcome_complete(outcome: Outcome) -> Outcome:
    if outcome.result is not Result.PENDING and outcome.at is None:
        raise ValueError(f"a {outcome.result.value!r} outcome needs 'at': when you heard")
    return outcome


def _consistent(interview: Interview) -> Interview:
    seen: dict[str, int] = {}
    for i, person in enumerate(interview.interviewers):
        key = person.name.casefold()
        if key in seen:
            raise LocatedValueError(
                ("interviewers", i, "name"),
                f"{person.name!r} is also the name of interviewers[{seen[key]}]: each note goes "
                "to one person, so give each a distinct name (add an initial or their title)",
            )
        seen[key] = i
        if len(person.answers) > len(person.concerns):
            raise LocatedValueError(
                ("interviewers", i, "answers"),
                f"has {len(person.answers)} items but concerns has {len(person.concerns)}: each "
                "answer goes with the concern at the same position",
            )
        if person.medium is Medium.EMAIL and not person.email:
            raise LocatedValueError(
                ("interviewers", i, "medium"),
                f"is 'email' but {person.name} has no email: add one, or choose linkedin or handwritten",
            )
    contact = interview.interview.contact
    if contact is not None and interview.find(contact) is None:
        raise LocatedValueError(
            ("interview", "contact"),
            f"{contact!r} is not one of the interviewers "
            f"({', '.join(p.name for p in interview.interviewers)})",
        )
    return interview


# Checks of a whole table, run once its keys are valid.
_TABLE_CHECKS: dict[type, Callable[[Any], Any]] = {
    InterviewInfo: _zoned,
    Outcome: _outcome_complete,
    Interview: _consistent,
}

TABLES: dict[type, dict[str, Key]] = {}
TABLES[Candidate] = {
    "name": _checked(_one_line("a name"), _required(NAME)),
    "email": _optional(EMAIL),
    "strengths": _texts(),
    "own_lines": Key(cs.bool_schema(strict=True), default=False),
}
TABLES[Application] = {
    "company": _required(NAME),
    "position": _required(NAME),
    "reference": _optional(TEXT),
    "internal": Key(cs.bool_schema(strict=True), default=False),
}
TABLES[InterviewInfo] = {
    "at": _checked(_aware_start, _required(cs.datetime_schema()), before=True),
    "format": _choice("phone", "video", "onsite", "panel"),
    "style": _choice("behavioral", "technical", "case", "general"),
    "decision_expected_by": _checked(_date_only, _optional(cs.date_schema()), before=True),
    "next_steps": _optional(TEXT),
    "contact": _optional(NAME),
    "country": _checked(_country, _optional(TEXT)),
    "timezone": _checked(_zone_name, _optional(TEXT)),
}
TABLES[Debrief] = {
    "wish_i_had_said": _optional(TEXT),
    "new_information": _optional(TEXT),
    "notes": _optional(TEXT),
}
TABLES[Outcome] = {
    "result": _enum(Result, default=Result.PENDING),
    "at": _checked(
        _date_or_aware,
        _optional(cs.union_schema([cs.datetime_schema(), cs.date_schema()])),
        before=True,
    ),
    "by": _optional(NAME),
}
TABLES[Interviewer] = {
    "name": _checked(_one_line("a name or salutation"), _required(NAME)),
    "title": _optional(TEXT),
    "email": _optional(EMAIL),
    "linkedin": _optional(URL),
    "medium": _enum(Medium),
    "salutation": _checked(_one_line("a name or salutation"), _optional(TEXT)),
    "topics": _texts(),
    "questions": _texts(),
    "concerns": _texts(),
    # "" holds the place of a concern not answered, so a later one can be: ["", "I have ..."]
    "answers": Key(cs.list_schema(_text()), factory=list),
    "rapport": _optional(TEXT),
    "connected": _optional(cs.bool_schema(strict=True)),
    "known": _optional(cs.bool_schema(strict=True)),
}


@cache  # one schema a table, shared by its validator, its serializer and its parent's schema
def _table_schema(cls: type) -> cs.CoreSchema:
    fields = []
    for name, key in TABLES[cls].items():
        schema = key.schema
        if key.factory is not None:
            schema = cs.with_default_schema(schema, default_factory=key.factory)
        elif not key.required:
            schema = cs.with_default_schema(schema, default=key.default)
        fields.append(cs.dataclass_field(name, schema, kw_only=True))
    args = cs.dataclass_args_schema(cls.__name__, fields, extra_behavior="forbid")
    schema = cs.dataclass_schema(cls, args, [f.name for f in dataclasses.fields(cls)], frozen=True)
    check = _TABLE_CHECKS.get(cls)
    return cs.no_info_after_validator_function(check, schema) if check else schema


TABLES[Interview] = {
    "candidate": _table(Candidate),
    "application": _table(Application),
    "interview": _table(InterviewInfo),
    "debrief": _optional_table(Debrief, factory=Debrief),
    "outcome": _optional_table(Outcome),
    "interviewers": Key(
        cs.list_schema(_table_schema(Interviewer), min_length=1), required=True, table=Interviewer
    ),
}


@cache
def validator(cls: type) -> SchemaValidator:
    """The validator of one table (``Interview`` for a whole file)."""
    return SchemaValidator(_table_schema(cls))


def as_data(table: Any) -> dict[str, Any]:
    """A table as JSON-ready data, keys without a value left out."""
    serializer = _serializer(table.__class__)
    data: dict[str, Any] = serializer.to_python(table, mode="json", exclude_none=True)
    return data


@cache
def _serializer(cls: type) -> SchemaSerializer:
    return SchemaSerializer(_table_schema(cls))
