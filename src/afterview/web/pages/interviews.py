"""A new interview (a form, or an invite dropped on it) and the debrief of each interviewer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from afterview.errors import InputError, Problem
from afterview.web.app import render, web
from afterview.web.pages.common import blocking, form, number

FORMATS = ("", "phone", "video", "onsite", "panel")
#: Blank interviewer rows the new-interview form offers beyond those filled.
SPARE_ROWS = 2


def _zone(name: str) -> timezone | Any:
    """A zone by IANA name ("Europe/London"), or an offset ("UTC+05:30", "+05:30")."""
    import re
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    text = name.strip()
    found = re.fullmatch(r"(?:UTC|GMT)?\s*([+\-−])(\d{1,2}):?(\d{2})?", text)
    if found:
        sign = -1 if found.group(1) in "-−" else 1
        minutes = int(found.group(2)) * 60 + int(found.group(3) or 0)
        return timezone(sign * timedelta(minutes=minutes))
    if text.upper() in ("UTC", "GMT", "Z"):
        return UTC
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(
            "The time zone is not one this knows.",
            problems=[Problem(f"{text!r} is not a zone", location="zone")],
            hint="write a zone such as Europe/London or America/New_York, or an offset "
            "such as +05:30.",
        ) from None


def _local_zone() -> str:
    import os

    zone = os.environ.get("TZ", "")
    if zone:
        return zone
    try:
        from pathlib import Path

        link = Path("/etc/localtime").resolve()
        if "zoneinfo/" in str(link):
            return str(link).split("zoneinfo/", 1)[1]
    except OSError:
        pass
    return "UTC"


def _candidate(request: Request) -> dict[str, str]:
    """The candidate of the latest interview stored, to start the form from."""
    from afterview.store.views import list_applications

    store = web(request).store
    for summary in list_applications(store):
        rounds = store.interview_documents(summary.application.id)
        if rounds:
            person = rounds[-1][1].get("candidate", {})
            return {"name": person.get("name", ""), "email": person.get("email", "") or ""}
    return {"name": "", "email": ""}


def _blank(candidate: dict[str, str]) -> dict[str, Any]:
    return {
        "candidate_name": candidate["name"],
        "candidate_email": candidate["email"],
        "company": "",
        "position": "",
        "reference": "",
        "date": "",
        "zone": _local_zone(),
        "format": "",
        "people": [],
    }


def _rows(values: dict[str, Any]) -> list[dict[str, str]]:
    filled = [p for p in values["people"] if p.get("name") or p.get("email")]
    return [*filled, *({"name": "", "email": "", "title": ""} for _ in range(SPARE_ROWS))]


def _form(
    request: Request,
    values: dict[str, Any],
    *,
    notes: list[str] | None = None,
    problems: list[InputError] | None = None,
    status: int = 200,
) -> Response:
    """The new-interview form, filled with ``values``, with what it found and what is wrong."""
    return render(
        request,
        "new.html",
        status=status,
        title="New interview",
        page="new",
        v=values,
        rows=_rows(values),
        formats=FORMATS,
        notes=notes or [],
        problems=problems or [],
    )


async def new(request: Request) -> Response:
    values = _blank(await blocking(_candidate, request))
    return _form(request, values)


def _from_form(fields: dict[str, str]) -> dict[str, Any]:
    people = []
    n = 0
    while f"name_{n}" in fields:
        people.append({k: fields.get(f"{k}_{n}", "").strip() for k in ("name", "email", "title")})
        n += 1
    values: dict[str, Any] = {
        k: fields.get(k, "").strip() for k in _blank({"name": "", "email": ""})
    }
    values["people"] = people
    return values


def _interview_data(values: dict[str, Any]) -> dict[str, Any]:
    """The interview file's data from the form; an :class:`InputError` names what is missing."""
    problems = []
    for key, what in (
        ("candidate_name", "your name"),
        ("company", "the company"),
        ("position", "the position"),
        ("date", "the date and time"),
    ):
        if not values[key]:
            problems.append(Problem(f"{what} is missing", location=key))
    people = [p for p in values["people"] if p["name"]]
    if not people:
        problems.append(Problem("name at least one interviewer", location="name_0"))
    if problems:
        raise InputError("The interview is not complete yet; nothing was saved.", problems=problems)
    try:
        local = datetime.fromisoformat(values["date"])
    except ValueError:
        raise InputError(
            "The date and time cannot be read.",
            problems=[Problem(f"{values['date']!r} is not a date and time", location="date")],
        ) from None
    at = local.replace(tzinfo=_zone(values["zone"] or "UTC"))
    at = at.astimezone(timezone(at.utcoffset() or timedelta(0)))  # the file keeps an offset
    data: dict[str, Any] = {
        "candidate": {"name": values["candidate_name"]},
        "application": {"company": values["company"], "position": values["position"]},
        "interview": {"at": at},
        "interviewers": [
            {k: v for k, v in p.items() if v and k in ("name", "email", "title")} for p in people
        ],
    }
    if values["candidate_email"]:
        data["candidate"]["email"] = values["candidate_email"]
    if values["reference"]:
        data["application"]["reference"] = values["reference"]
    if values["format"] in FORMATS[1:]:
        data["interview"]["format"] = values["format"]
    return data


async def create(request: Request) -> Response:
    """Read a dropped invite into the form, or store the interview and go to its debrief."""
    from afterview.model import interview_from_dict
    from afterview.planner import plan

    raw = await request.form()
    fields = {k: v for k, v in raw.items() if isinstance(v, str)}
    values = _from_form(fields)
    upload = raw.get("invite")
    notes: list[str] = []
    if isinstance(upload, UploadFile) and upload.filename:
        data = await upload.read(2 * 1024 * 1024 + 1)
        notes = await blocking(_fill_from_invite, values, data, upload.filename)
        return _form(request, values, notes=notes)
    try:
        interview = interview_from_dict(_interview_data(values), "the form")
    except InputError as exc:
        return _form(request, values, problems=[exc], status=400)
    store = web(request).store
    result = await blocking(
        lambda: store.add_interview(interview, plan(interview), source="afterview serve")
    )
    return RedirectResponse(
        f"/applications/{result.application_id}/rounds/{result.interview_id}/debrief",
        status_code=303,
    )


def _fill_from_invite(values: dict[str, Any], data: bytes, filename: str) -> list[str]:
    from afterview.settings import load_settings
    from afterview.web.invite import read_invite

    settings = load_settings()
    own = (values["candidate_email"], settings["from_address"], settings["smtp.user"])
    invite = read_invite(data, filename, own)
    for key in ("company", "position", "format"):
        if getattr(invite, key):
            values[key] = getattr(invite, key)
    if invite.at is not None:
        values["date"] = invite.at.replace(tzinfo=None).isoformat(timespec="minutes")
        values["zone"] = invite.zone
    known = {p.get("email", "").lower() for p in values["people"]}
    for person in invite.interviewers:
        if person.email not in known:
            values["people"].append({"name": person.name, "email": person.email, "title": ""})
    found = len(invite.interviewers)
    said = f"Read {filename}: {found} interviewer{'s' if found != 1 else ''}"
    return [said + (", the time and its zone." if invite.at else "."), *invite.notes]


# -- the debrief ---------------------------------------------------------------


def _round(request: Request) -> tuple[int, int, dict[str, Any], str]:
    store = web(request).store
    app_id = number(request.path_params["app"], "The application")
    round_id = number(request.path_params["round"], "The round")
    for found, data, source in store.interview_documents(app_id):
        if found == round_id:
            return app_id, round_id, data, source
    from afterview.errors import NotFoundError

    raise NotFoundError(f"Application {app_id} has no round {round_id}.")


async def debrief(request: Request) -> Response:
    app_id, round_id, data, _ = await blocking(_round, request)
    return render(
        request,
        "debrief.html",
        title="Debrief",
        page="new",
        app_id=app_id,
        round_id=round_id,
        d=data,
        people=data.get("interviewers", []),
    )


async def save_debrief(request: Request) -> Response:
    from afterview.model import interview_from_dict
    from afterview.planner import plan

    app_id, _, data, source = await blocking(_round, request)
    fields = await form(request)

    def lines(name: str) -> list[str]:
        return [x.strip() for x in fields.get(name, "").splitlines() if x.strip()]

    for n, person in enumerate(data.get("interviewers", [])):
        for key in ("topics", "concerns", "answers"):
            person[key] = lines(f"{key}_{n}")
            if not person[key]:
                del person[key]
        rapport = " ".join(fields.get(f"rapport_{n}", "").split())
        if rapport:
            person["rapport"] = rapport
        else:
            person.pop("rapport", None)
    debrief_table = dict(data.get("debrief", {}))
    for key in ("wish_i_had_said", "new_information"):
        text = " ".join(fields.get(key, "").split())
        if text:
            debrief_table[key] = text
        else:
            debrief_table.pop(key, None)
    data["debrief"] = debrief_table
    candidate = dict(data.get("candidate", {}))
    if fields.get("own_lines"):
        candidate["own_lines"] = True
    else:
        candidate.pop("own_lines", None)
    data["candidate"] = candidate
    interview = interview_from_dict(data, "the debrief")
    store = web(request).store
    await blocking(lambda: store.add_interview(interview, plan(interview), source=source))
    return RedirectResponse(f"/applications/{app_id}/plan", status_code=303)


async def preview(request: Request) -> Response:
    """How one debrief field will read in the note, or why it will be left out."""
    from afterview.compose.parts import values
    from afterview.model import interview_from_dict
    from afterview.web.preview import KINDS, OWN_KINDS
    from afterview.web.preview import preview as read

    _, _, data, _ = await blocking(_round, request)
    fields = await form(request)
    kind = fields.get("kind", "")
    if kind not in KINDS:
        from afterview.errors import UsageError

        raise UsageError(f"There is no debrief field {kind!r}.")
    name = fields.get("field", "")
    interview = interview_from_dict(data, "the debrief")
    found = await blocking(
        read,
        kind,
        fields.get(name, ""),
        values(interview),
        answer=fields.get("answer_field", "") and fields.get(fields["answer_field"], ""),
    )
    # a line about the candidate is said only when they ask for it ([candidate] own_lines)
    added_only = kind in OWN_KINDS and not fields.get("own_lines")
    return render(request, "_preview.html", previews=found, added_only=added_only)


ROUTES = [
    Route("/interviews/new", new),
    Route("/interviews/new", create, methods=["POST"]),
    Route("/applications/{app}/rounds/{round}/debrief", debrief),
    Route("/applications/{app}/rounds/{round}/debrief", save_debrief, methods=["POST"]),
    Route("/applications/{app}/rounds/{round}/preview", preview, methods=["POST"]),
]
