"""Applications: the list, one in full, its plan, the outcome, exports and the calendar."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from afterview.errors import UsageError
from afterview.web.app import render, web
from afterview.web.journal import Done
from afterview.web.pages.common import blocking, done, form, number

CLOSED = {
    "no_response": "no answer to two inquiries: move on",
    "offer": "an offer: congratulations",
    "rejected": "closed",
    "withdrawn": "closed",
}


def _id(request: Request) -> int:
    return number(request.path_params["id"], "The application")


async def listing(request: Request) -> Response:
    from afterview.store.views import list_applications

    state = web(request)
    await blocking(state.store.sweep)
    summaries = await blocking(list_applications, state.store)
    return render(
        request,
        "applications.html",
        title="Applications",
        page="applications",
        summaries=summaries,
        closed=CLOSED,
        calendar_url=state.calendar_url,
    )


async def detail(request: Request) -> Response:
    from afterview.store.views import application_detail

    found = await blocking(application_detail, web(request).store, _id(request))
    replies = [e for e in found.events if e.kind == "reply"]
    return render(
        request,
        "application.html",
        title=found.application.company,
        page="applications",
        a=found.application,
        rounds=found.rounds,
        messages=found.messages,
        replies=replies,
        events=found.events,
    )


async def plan(request: Request) -> Response:
    """The timeline: each message with its window, its reason and its state."""
    from afterview.store.views import application_detail

    found = await blocking(application_detail, web(request).store, _id(request))
    ids = await blocking(web(request).store.interview_documents, found.application.id)
    return render(
        request,
        "plan.html",
        title=f"Plan: {found.application.company}",
        page="applications",
        a=found.application,
        messages=found.messages,
        rounds=[(rid, data) for rid, data, _ in ids],
    )


async def outcome(request: Request) -> Response:
    from afterview.model import Result
    from afterview.records.service import record_outcome
    from afterview.web.mail import now

    app_id = _id(request)
    fields = await form(request)
    result = fields.get("result", "")
    if result not in ("rejected", "offer", "withdrawn"):
        raise UsageError("The outcome is rejected, offer or withdrawn.")
    added = await blocking(record_outcome, web(request).store, app_id, Result(result), now())
    text = (
        f"Application {app_id}: {result}. {added.cancelled} pending message(s) cancelled, "
        f"{added.inserted} new."
    )
    return done(request, Done(text), f"/applications/{app_id}/plan")


def _download(data: bytes, media: str, name: str) -> Response:
    return Response(
        data, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'}
    )


async def export_json(request: Request) -> Response:
    from afterview.records.export import dumps, export_data

    data = await blocking(lambda: dumps(export_data(web(request).store)).encode("utf-8"))
    return _download(data, "application/json", "afterview.json")


async def export_csv(request: Request) -> Response:
    from afterview.records.proof import csv_report

    data = await blocking(lambda: csv_report(web(request).store, None, None).encode("utf-8"))
    return _download(data, "text/csv; charset=utf-8", "afterview.csv")


async def calendar(request: Request) -> Response:
    """The calendar: a download, or (with the token in the address) a subscription."""
    from afterview.records.calendar import calendar_bytes

    data = await blocking(calendar_bytes, web(request).store)
    if request.query_params.get("download"):
        return _download(data, "text/calendar; charset=utf-8", "afterview.ics")
    return Response(data, media_type="text/calendar; charset=utf-8")


ROUTES = [
    Route("/applications", listing),
    Route("/applications/{id}", detail),
    Route("/applications/{id}/plan", plan),
    Route("/applications/{id}/outcome", outcome, methods=["POST"]),
    Route("/export.json", export_json),
    Route("/export.csv", export_csv),
    Route("/calendar.ics", calendar),
]
