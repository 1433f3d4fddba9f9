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

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, Integer, String, Table, Text, func, insert, select, text

from afterview.errors import InputError, Problem
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
IMPORT_LIMIT = 512 * 1024 * 1024

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


class _Checker:
    """Walks an export and collects every problem with its place."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, where: str, message: str) -> None:
        if len(self.problems) < 50:
            self.problems.append(Problem(message, source=self.source, location=where))

    def row(self, table: Table, data: Any, where: str) -> dict[str, Any] | None:
        if not isinstance(data, dict):
            self.fail(where, "should be an object")
            return None
        allowed = set(_columns(table)) | set(_CHILDREN.get(table.name, ()))
        for key in data:
            if key not in allowed:
                self.fail(f"{where}.{key}", "unknown field")
        out: dict[str, Any] = {}
        for column in table.columns:
            name = column.name
            if (table.name, name) in _DERIVED:
                continue
            if name not in data:
                if (table.name, name) in _LATER:
                    out[name] = None
                    continue
                self.fail(f"{where}.{name}", "is missing")
                continue
            out[name] = self.value(table, column, data[name], f"{where}.{name}")
        return out

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
            return json.dumps(value, sort_keys=True, ensure_ascii=False)
        kind = column.type
        if isinstance(kind, UTCDateTime):
            return self.instant(value, where)
        if isinstance(kind, Date):
            try:
                return (
                    date.fromisoformat(value)
                    if isinstance(value, str)
                    else self.fail(where, "should be a date")
                )
            except ValueError:
                self.fail(where, f"{value!r} is not a date such as 2026-12-04")
            return None
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                self.fail(where, "should be true or false")
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                self.fail(where, f"should be a whole number, not {value!r}")
            return value
        if isinstance(kind, String | Text):
            if not isinstance(value, str):
                self.fail(where, f"should be text, not {value!r}")
                return value
            length = getattr(kind, "length", None)
            if length and len(value) > length:
                self.fail(where, f"is longer than {length} characters")
            choices = _CHOICES.get((table.name, name))
            if choices and value not in choices:
                self.fail(where, f"{value!r} is not one of {', '.join(sorted(choices))}")
        return value

    def instant(self, value: Any, where: str) -> datetime | None:
        if not isinstance(value, str):
            self.fail(where, "should be a date-time text")
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            self.fail(where, f"{value!r} is not an ISO date-time")
            return None
        if moment.tzinfo is None:
            self.fail(where, f"{value!r} has no UTC offset")
            return None
        return moment


def parse_export(text_: str, source: str) -> dict[str, list[dict[str, Any]]]:
    """Check an export file completely; rows per table, ready to insert. Raises InputError."""
    try:
        data = json.loads(text_)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{source}: not valid JSON.",
            problems=[Problem(exc.msg, source=source, line=exc.lineno, column=exc.colno)],
            hint="nothing was imported. Is the file complete? "
            "Compare it with a fresh `afterview export`.",
        ) from None
    check = _Checker(source)
    rows: dict[str, list[dict[str, Any]]] = {t.name: [] for t in _TABLES}
    if not isinstance(data, dict) or data.get("afterview_export") != FORMAT_VERSION:
        raise InputError(
            f"{source}: not an Afterview export (version {FORMAT_VERSION}).",
            problems=[
                Problem(
                    "the top-level 'afterview_export' field is missing or not 1",
                    source=source,
                    location="afterview_export",
                )
            ],
            hint="nothing was imported. Only files made by `afterview export` can be imported.",
        )
    for key in data:
        if key not in ("afterview_export", "schema", "candidates", "applications"):
            check.fail(key, "unknown field")
    if data.get("schema") not in migrate.REVISIONS:
        check.fail("schema", f"{data.get('schema')!r} is not a schema this Afterview knows")
    for i, person in enumerate(_list(check, data, "candidates", "")):
        row = check.row(candidates, person, f"candidates[{i}]")
        if row:
            rows["candidates"].append(row)
    for i, app in enumerate(_list(check, data, "applications", "")):
        where = f"applications[{i}]"
        row = check.row(applications, app, where)
        if not row:
            continue
        row["company_key"] = fold(row.get("company") or "")
        row["position_key"] = fold(row.get("position") or "")
        rows["applications"].append(row)
        for j, rnd in enumerate(_list(check, app, "interviews", where)):
            iv = check.row(interviews, rnd, f"{where}.interviews[{j}]")
            if not iv:
                continue
            iv["application_id"] = row.get("id")
            rows["interviews"].append(iv)
            for k, person in enumerate(
                _list(check, rnd, "interviewers", f"{where}.interviews[{j}]")
            ):
                p = check.row(interviewers, person, f"{where}.interviews[{j}].interviewers[{k}]")
                if p:
                    p["interview_id"] = iv.get("id")
                    rows["interviewers"].append(p)
        for name, table in (("messages", messages), ("events", events)):
            for j, item in enumerate(_list(check, app, name, where)):
                r = check.row(table, item, f"{where}.{name}[{j}]")
                if r:
                    r["application_id"] = row.get("id")
                    r["_where"] = f"{where}.{name}[{j}]"
                    rows[name].append(r)
    if not check.problems:  # links are checked between rows that are themselves whole
        _check_links(check, rows)
    if check.problems:
        n = len(check.problems)
        plural = "s" if n != 1 else ""
        raise InputError(
            f"{source}: the export file has {n} problem{plural}; nothing was imported.",
            problems=check.problems,
        )
    for r in rows["messages"] + rows["events"]:
        r.pop("_where", None)
    return rows


def _list(check: _Checker, parent: dict[str, Any], key: str, where: str) -> list[Any]:
    value = parent.get(key)
    place = f"{where}.{key}" if where else key
    if value is None:
        check.fail(place, "is missing")
        return []
    if not isinstance(value, list):
        check.fail(place, "should be a list")
        return []
    return value


def _check_links(check: _Checker, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Ids unique per table, and every reference pointing at a row of the file."""
    for name, table_rows in rows.items():
        seen: set[Any] = set()
        for r in table_rows:
            if r.get("id") in seen:
                check.fail(r.get("_where", name), f"id {r.get('id')} appears twice in {name}")
            seen.add(r.get("id"))
    people = {r.get("id") for r in rows["candidates"]}
    for i, r in enumerate(rows["applications"]):
        if r.get("candidate_id") not in people:
            check.fail(
                f"applications[{i}].candidate_id", f"no candidate has id {r.get('candidate_id')}"
            )
    rounds = {r.get("id"): r["application_id"] for r in rows["interviews"]}
    sent = {r.get("id"): r["application_id"] for r in rows["messages"]}
    for r in rows["messages"]:
        if rounds.get(r.get("interview_id")) != r["application_id"]:
            check.fail(f"{r['_where']}.interview_id", "is not an interview of this application")
    for r in rows["events"]:
        if r.get("message_id") is not None and sent.get(r["message_id"]) != r["application_id"]:
            check.fail(f"{r['_where']}.message_id", "is not a message of this application")


_TABLES = (candidates, applications, interviews, interviewers, messages, events)


def import_data(store: Store, text_: str, source: str) -> dict[str, int]:
    """Load an export into an empty database in one transaction; counts per table."""
    rows = parse_export(text_, source)
    with store.writing() as conn:
        present = conn.execute(select(func.count()).select_from(applications)).scalar()
        if present:
            raise InputError(
                f"The database already holds {present} application(s); an import restores into an "
                "empty one, to keep every id as it was.",
                hint="import into a new database: "
                "afterview import FILE --db sqlite:////path/new.db",
            )
        for table in _TABLES:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])
        if conn.dialect.name == "postgresql":
            _reset_sequences(conn, (t.name for t in _TABLES))
    return {name: len(r) for name, r in rows.items()}


def _reset_sequences(conn: Connection, tables: Iterable[str]) -> None:
    # Rows came with their ids: move each id sequence past them.
    for name in tables:
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
            )
        )
