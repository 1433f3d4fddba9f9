"""Export and import of the whole record as JSON: nothing lost, byte for byte.

The file holds every row of every table, ids included, nested by application
so that a person can read it::

    {"afterview_export": 1, "schema": "0003_due_index",
     "candidates": [...],
     "applications": [{..., "interviews": [{..., "interviewers": [...]}],
                       "messages": [...], "events": [...]}]}

Instants are ISO 8601 in UTC; the ``utc_offset`` fields keep the offset the
user wrote them in. Export, import into an empty database and export again
gives the same bytes. Import checks the whole file before writing anything
and names the place of each problem (``applications[2].messages[0].state``);
it then writes in one transaction. Message states are restored as exported
(each one a :class:`~afterview.store.messages.State`): an import is no step of
a message's life, so it does not go through :mod:`afterview.store.transitions`.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, Integer, String, Table, Text, func, insert, select, text

from afterview.errors import InputError, Problem
from afterview.inputs import character_name, refused_character
from afterview.model.load import YEARS
from afterview.records.jsonstream import JsonStream, TooBig
from afterview.store import migrate
from afterview.store.messages import EventKind, Stage, State
from afterview.store.rows import fold
from afterview.store.schema import (
    applications,
    candidates,
    events,
    interviewers,
    interviews,
    messages,
)
from afterview.store.types import UTCDateTime

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from afterview.store import Store

FORMAT_VERSION = 1
IMPORT_LIMIT = 512 * 1024 * 1024  # read in bounded memory (see import_data)

#: Columns that hold JSON text in the database and real JSON in the export.
_JSON_COLUMNS = {("candidates", "strengths"), ("interviews", "document"), ("events", "data")}
#: Columns the export leaves out: derived again on import, or implied by nesting.
_DERIVED = {
    ("applications", "company_key"),
    ("applications", "position_key"),
    ("interviews", "application_id"),
    ("interviewers", "interview_id"),
    ("messages", "application_id"),
    ("events", "application_id"),
    ("messages", "findings"),  # the checker's, judged again when the drafts are next written
}
#: Columns added after exports were first made: an older export, without them, reads as NULL.
_LATER = {("messages", "time_zone")}
_CHOICES = {
    ("applications", "stage"): {s.value for s in Stage},
    ("messages", "state"): {s.value for s in State},
    ("messages", "kind"): {"thank_you", "status_inquiry", "rejection_reply", "feedback_request"},
    ("messages", "medium"): {"email", "linkedin", "handwritten"},
    ("events", "kind"): {k.value for k in EventKind},
}
_CHILDREN = {
    "applications": ("interviews", "messages", "events"),
    "interviews": ("interviewers",),
}


def _columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if (table.name, c.name) not in _DERIVED]


def _out(table: Table, name: str, value: Any) -> Any:
    if value is None:
        return None
    if (table.name, name) in _JSON_COLUMNS:
        return json.loads(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(conn: Connection, table: Table, where: Any = None) -> list[dict[str, Any]]:
    query = select(table).order_by(table.c.id)
    if where is not None:
        query = query.where(where)
    names = _columns(table)
    return [{n: _out(table, n, r._mapping[n]) for n in names} for r in conn.execute(query)]


def export_data(store: Store) -> dict[str, Any]:
    """The whole record as a JSON-ready dict (one read transaction: a consistent snapshot)."""
    with store.reading() as conn:
        by_app: dict[str, dict[int, list[dict[str, Any]]]] = {}
        for table in (interviews, messages, events):
            grouped: dict[int, list[dict[str, Any]]] = {}
            for row, app_id in zip(
                _rows(conn, table),
                conn.execute(select(table.c.application_id).order_by(table.c.id)).scalars(),
                strict=True,
            ):
                grouped.setdefault(app_id, []).append(row)
            by_app[table.name] = grouped
        people: dict[int, list[dict[str, Any]]] = {}
        for row, iv_id in zip(
            _rows(conn, interviewers),
            conn.execute(select(interviewers.c.interview_id).order_by(interviewers.c.id)).scalars(),
            strict=True,
        ):
            people.setdefault(iv_id, []).append(row)
        apps = []
        for app in _rows(conn, applications):
            rounds = by_app["interviews"].get(app["id"], [])
            for rnd in rounds:
                rnd["interviewers"] = people.get(rnd["id"], [])
            app["interviews"] = rounds
            app["messages"] = by_app["messages"].get(app["id"], [])
            app["events"] = by_app["events"].get(app["id"], [])
            apps.append(app)
        return {
            "afterview_export": FORMAT_VERSION,
            "schema": migrate.HEAD,
            "candidates": _rows(conn, candidates),
            "applications": apps,
        }


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# -- import -----------------------------------------------------------------------

#: A JSON value of a row (an interview's document, an event's data) may be this large.
JSON_VALUE_LIMIT = 1024 * 1024
JSON_VALUE_DEPTH = 32
_MAX_PROBLEMS = 50
_INT64 = 2**63 - 1
_HINT = "nothing was imported. Is the file complete? Compare it with a fresh `afterview export`."
#: The tables, in the order their rows are written (each refers only to those before it).
_TABLES = (candidates, applications, interviews, interviewers, messages, events)
Rows = dict[str, list[dict[str, Any]]]


class _TooMany(Exception):
    """Enough problems to report: the rest of the file is not read."""


class _Checker:
    """Collects every problem with its place (up to :data:`_MAX_PROBLEMS`)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(Problem(message, source=self.source, location=where))
        if len(self.problems) >= _MAX_PROBLEMS:
            raise _TooMany

    def value(self, table: Table, column: Any, value: Any, where: str) -> Any:
        name = column.name
        if value is None:
            if not column.nullable:
                self.fail(where, "must not be null")
            return None
        if (table.name, name) in _JSON_COLUMNS:
            if name == "strengths" and not (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
            ):
                self.fail(where, "should be a list of strings")
            if name in ("document", "data") and not isinstance(value, dict):
                self.fail(where, "should be an object")
            self.texts(value, where)
            return json.dumps(value, sort_keys=True, ensure_ascii=False)
        kind = column.type
        if isinstance(kind, UTCDateTime):
            return self.instant(value, where)
        if isinstance(kind, Date):
            return self.day(value, where)
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                self.fail(where, "should be true or false")
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                self.fail(where, f"should be a whole number, not {_shown(value)}")
            elif abs(value) > _INT64:
                self.fail(where, f"{_shown(value)} is too large for a database id or number")
            return value
        if isinstance(kind, String | Text):
            if not isinstance(value, str):
                self.fail(where, f"should be text, not {_shown(value)}")
                return value
            length = getattr(kind, "length", None)
            if length and len(value) > length:
                self.fail(where, f"is longer than {length} characters")
            self.texts(value, where)
            choices = _CHOICES.get((table.name, name))
            if choices and value not in choices:
                self.fail(where, f"{_shown(value)} is not one of {', '.join(sorted(choices))}")
        return value

    def texts(self, value: Any, where: str) -> None:
        """Refuse the characters no input may hold, in a text or anywhere in a JSON value."""
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                bad = refused_character(item)
                if bad is not None:
                    self.fail(where, f"holds a {character_name(bad)}, which is refused in any text")
                    return
            elif isinstance(item, dict):
                stack.extend(item)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)

    def instant(self, value: Any, where: str) -> datetime | None:
        if not isinstance(value, str):
            self.fail(where, "should be a date-time text")
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(where, f"{_shown(value)} is not an ISO date-time")
            return None
        if moment.tzinfo is None:
            self.fail(where, f"{_shown(value)} has no UTC offset")
            return None
        return moment if self.in_range(moment, where) else None

    def day(self, value: Any, where: str) -> date | None:
        if not isinstance(value, str):
            self.fail(where, "should be a date")
            return None
        try:
            found = date.fromisoformat(value)
        except ValueError:
            self.fail(where, f"{_shown(value)} is not a date such as 2026-12-04")
            return None
        return found if self.in_range(found, where) else None

    def in_range(self, moment: date, where: str) -> bool:
        if YEARS[0] <= moment.year <= YEARS[1]:
            return True
        self.fail(where, f"{moment.isoformat()} is outside the years {YEARS[0]} to {YEARS[1]}")
        return False


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


class _Reader:
    """Walks an export with :class:`JsonStream`: one application at a time, each row checked,
    each whole application handed to ``sink`` (table name → rows) while the file is clean."""

    def __init__(self, text_: str, source: str, sink: Callable[[Rows], None]) -> None:
        self.stream = JsonStream(text_, source, hint=_HINT)
        self.check = _Checker(source)
        self.source = source
        self.sink = sink
        self.ids: dict[str, set[Any]] = {t.name: set() for t in _TABLES}
        self.counts = {t.name: 0 for t in _TABLES}
        self.version_seen = False

    def run(self) -> dict[str, int]:
        if self.stream.peek() != "{":
            raise self._not_an_export()
        with contextlib.suppress(_TooMany):
            self._document()
        if not self.version_seen:
            raise self._not_an_export()
        if self.check.problems:
            n = len(self.check.problems)
            many = "at least " if n >= _MAX_PROBLEMS else ""
            raise InputError(
                f"{self.source}: the export file has {many}{n} problem{'s' if n != 1 else ''}; "
                "nothing was imported.",
                problems=self.check.problems,
            )
        return self.counts

    def _not_an_export(self) -> InputError:
        return InputError(
            f"{self.source}: not an Afterview export (version {FORMAT_VERSION}).",
            problems=[
                Problem(
                    "the top-level 'afterview_export' field is missing or not 1",
                    source=self.source,
                    location="afterview_export",
                )
            ],
            hint="nothing was imported. Only files made by `afterview export` can be imported.",
        )

    def _document(self) -> None:
        s, check = self.stream, self.check
        seen: set[str] = set()
        for key in s.object():
            seen.add(key)
            if key == "afterview_export":
                if s.peek() in ("[", "{") or s.value(max_size=0, max_depth=0) != FORMAT_VERSION:
                    raise self._not_an_export()
                self.version_seen = True
            elif key == "schema":
                schema = s.value(max_size=0, max_depth=0) if s.peek() not in ("[", "{") else None
                if schema is None:
                    s.skip()
                if schema not in migrate.REVISIONS:
                    check.fail("schema", f"{_shown(schema)} is not a schema this Afterview knows")
            elif key == "candidates":
                people = [r for r in self._rows(candidates, "candidates") if r is not None]
                self._hand_over({"candidates": people})
            elif key == "applications":
                if "candidates" not in seen:
                    check.fail("applications", "comes before 'candidates' (the export's order)")
                for i in self._items("applications"):
                    self._application(f"applications[{i}]")
            else:
                check.fail(key, "unknown field")
                s.skip()
        s.end()
        for name in ("schema", "candidates", "applications"):
            if name not in seen:
                check.fail(name, "is missing")

    def _items(self, where: str) -> Iterator[int]:
        """The indexes of the list at ``where``; nothing (and a problem) if it is no list."""
        if self.stream.peek() != "[":
            self.check.fail(where, "should be a list")
            self.stream.skip()
            return iter(())
        return self.stream.array()

    def _rows(self, table: Table, where: str) -> Iterator[dict[str, Any] | None]:
        for i in self._items(where):
            yield self._row(table, f"{where}[{i}]")

    def _row(self, table: Table, where: str) -> dict[str, Any] | None:
        """One row object, checked; its child lists (an interview's interviewers) read into it."""
        s, check = self.stream, self.check
        if s.peek() != "{":
            check.fail(where, "should be an object")
            s.skip()
            return None
        columns = {c.name: c for c in table.columns if (table.name, c.name) not in _DERIVED}
        children = _CHILDREN.get(table.name, ())
        out: dict[str, Any] = {"_where": where}
        given: set[str] = set()
        for key in s.object():
            place = f"{where}.{key}"
            if key in children:
                given.add(key)
                out[key] = list(self._rows(_BY_NAME[key], place))
            elif key in columns:
                given.add(key)
                out[key] = self._field(table, columns[key], place)
            else:
                check.fail(place, "unknown field")
                s.skip()
        for name in [*columns, *children]:
            if name in given:
                continue
            if (table.name, name) in _LATER:  # an export made before the column was added
                out[name] = None
            else:
                check.fail(f"{where}.{name}", "is missing")
        return out

    def _field(self, table: Table, column: Any, where: str) -> Any:
        s = self.stream
        if (table.name, column.name) in _JSON_COLUMNS:
            try:
                value = s.value(max_size=JSON_VALUE_LIMIT, max_depth=JSON_VALUE_DEPTH)
            except TooBig as big:
                if big.depth > JSON_VALUE_DEPTH:
                    self.check.fail(where, f"is nested more than {JSON_VALUE_DEPTH} deep")
                else:
                    self.check.fail(where, f"is larger than {JSON_VALUE_LIMIT // 1024} KB")
                return None
        elif s.peek() in ("[", "{"):
            self.check.fail(
                where,
                "should be "
                + ("text" if _is_text(column) else "a value")
                + ", not a list or an object",
            )
            s.skip()
            return None
        else:
            value = s.value(max_size=0, max_depth=0)
        return self.check.value(table, column, value, where)

    def _application(self, where: str) -> None:
        row = self._row(applications, where)
        if row is None:
            return
        company, position = row.get("company"), row.get("position")
        row["company_key"] = fold(company) if isinstance(company, str) else ""
        row["position_key"] = fold(position) if isinstance(position, str) else ""
        rows: Rows = {t.name: [] for t in _TABLES[1:]}
        for rnd in row.pop("interviews", []) or []:
            if rnd is None:
                continue
            rnd["application_id"] = row.get("id")
            for person in rnd.pop("interviewers", []) or []:
                if person is not None:
                    person["interview_id"] = rnd.get("id")
                    rows["interviewers"].append(person)
            rows["interviews"].append(rnd)
        for name in ("messages", "events"):
            for item in row.pop(name, []) or []:
                if item is not None:
                    item["application_id"] = row.get("id")
                    rows[name].append(item)
        rows["applications"].insert(0, row)
        self._hand_over(rows)

    def _links(self, rows: Rows) -> None:
        """Ids unique per table, and every reference pointing at a row of the file."""
        for name, table_rows in rows.items():
            for r in table_rows:
                if r.get("id") in self.ids[name]:
                    self.check.fail(r["_where"], f"id {r.get('id')} appears twice in {name}")
                self.ids[name].add(r.get("id"))
        for r in rows.get("applications", []):
            if r.get("candidate_id") not in self.ids["candidates"]:
                self.check.fail(
                    f"{r['_where']}.candidate_id", f"no candidate has id {r.get('candidate_id')}"
                )
        rounds = {r.get("id") for r in rows.get("interviews", [])}
        sent = {r.get("id") for r in rows.get("messages", [])}
        for r in rows.get("messages", []):
            if r.get("interview_id") not in rounds:
                self.check.fail(
                    f"{r['_where']}.interview_id", "is not an interview of this application"
                )
        for r in rows.get("events", []):
            if r.get("message_id") is not None and r["message_id"] not in sent:
                self.check.fail(f"{r['_where']}.message_id", "is not a message of this application")

    def _hand_over(self, rows: Rows) -> None:
        """Rows that are whole and linked go to the sink, while the file has no problem."""
        if self.check.problems:
            return  # nothing more is written: the problems are reported at the end
        self._links(rows)
        if self.check.problems:
            return
        for name, table_rows in rows.items():
            for r in table_rows:
                r.pop("_where", None)
            self.counts[name] += len(table_rows)
        self.sink(rows)


def _is_text(column: Any) -> bool:
    return isinstance(column.type, String | Text)


_BY_NAME = {t.name: t for t in _TABLES}


def parse_export(text_: str, source: str) -> Rows:
    """Check an export file completely; rows per table, ready to insert. Raises InputError."""
    rows: Rows = {t.name: [] for t in _TABLES}

    def keep(part: Rows) -> None:
        for name, table_rows in part.items():
            rows[name].extend(table_rows)

    _Reader(text_, source, keep).run()
    return rows


def import_data(store: Store, text_: str, source: str) -> dict[str, int]:
    """Load an export into an empty database in one transaction; counts per table.

    The file is read one application at a time and each is written as soon as it is
    checked, so memory holds one application, not the file; a problem anywhere rolls
    the whole transaction back.
    """
    with store.writing() as conn:
        present = conn.execute(select(func.count()).select_from(applications)).scalar()
        if present:
            raise InputError(
                f"The database already holds {present} application(s); an import restores into an "
                "empty one, to keep every id as it was.",
                hint="import into a new database: "
                "afterview import FILE --db sqlite:////path/new.db",
            )

        def write(part: Rows) -> None:
            for table in _TABLES:
                if part.get(table.name):
                    conn.execute(insert(table), part[table.name])

        counts = _Reader(text_, source, write).run()
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn, (t.name for t in _TABLES))
    return counts


def _reset_sequences(conn: Connection, tables: Iterable[str]) -> None:
    # Rows came with their ids: move each id sequence past them.
    for name in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )
