"""Today: what to send or decide now across all applications, and what was left uncertain."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from afterview.web.app import render, web
from afterview.web.journal import Done
from afterview.web.pages.common import blocking, done, form

if TYPE_CHECKING:
    from afterview.store import Store

#: How far ahead Today looks for what opens soon.
AHEAD = timedelta(days=3)


async def today(request: Request) -> Response:
    from afterview.store.views import due

    state = web(request)
    from afterview.web.mail import now

    moment = now()
    items = await blocking(due, state.store, moment, AHEAD)
    uncertain = await blocking(_cut_off, state.store)
    bounced = [i for i in items if i.action == "bounced"]
    sending = [i for i in items if i.action == "send" and i.send_after and i.send_after <= moment]
    soon = [i for i in items if i.action == "send" and i.send_after and i.send_after > moment]
    move_on = [i for i in items if i.action == "move_on"]
    waiting = sum(1 for i in sending if i.state == "planned")
    return render(
        request,
        "today.html",
        title="Today",
        page="today",
        sending=sending,
        soon=soon,
        bounced=bounced,
        move_on=move_on,
        waiting=waiting,
        uncertain=uncertain,
    )


async def sync(request: Request) -> Response:
    from afterview.deliver.sync import SyncReport
    from afterview.settings import load_settings
    from afterview.web.mail import sync as read_inbox

    state = web(request)
    report: SyncReport = await blocking(read_inbox, state.store, load_settings())
    lines = [
        f"{s.incoming.verdict.value.replace('_', ' ')} from "
        f"{s.incoming.sender_name or s.incoming.sender}: {s.action}"
        for s in report.seen
    ]
    text = "Synced the mailbox: " + ("; ".join(lines) if lines else "no new replies") + "."
    return done(request, Done(text), "/")


async def settle(request: Request) -> Response:
    """The way out of an interrupted send: it went out, it did not (send it), or look."""
    from afterview.settings import load_settings
    from afterview.web.mail import mailbox, now, outbox
    from afterview.web.pages.common import number

    state = web(request)
    id = number(request.path_params["id"], "The message")
    answer = (await form(request)).get("went_out", "")
    settings = load_settings()
    if answer == "yes":
        recorded = await blocking(_record_sent, state.store, id, now())
        text = (
            f"Recorded message {id} as sent."
            if recorded
            else f"Message {id} is being sent right now by another afterview: nothing recorded."
        )
        return done(request, Done(text), "/")
    box = mailbox(settings) if answer == "look" else None
    box_out = outbox(
        state.store, settings, sent_folder=box, answer=False if answer == "no" else None
    )
    try:  # send() holds the message's sender lock, and settles a send that was cut off
        result = await blocking(box_out.send, id)
    finally:
        if box is not None:
            box.close()
    text = f"Message {id}: {result.outcome.value.replace('_', ' ')}"
    return done(request, Done(text + (f" ({result.detail})." if result.detail else ".")), "/")


def _cut_off(store: Store) -> list[Any]:
    """Sends that were cut off: uncertain ones, and those left in "sending" by a process that
    is gone (its lock is free); one a live process is sending now is not the user's to settle."""
    found = []
    for m in store.unsettled_messages():
        if m.state == "sending":
            with store.sender_lock(m.id) as free:
                if not free:
                    continue
        found.append(m)
    return found


def _record_sent(store: Store, id: int, at: datetime) -> bool:
    """Record a send the user found in their Sent folder, holding its sender lock (False: a
    live process is sending it now, and that process will record what happened)."""
    with store.sender_lock(id) as mine:
        if mine:
            store.mark_sent(id, at)
        return bool(mine)


ROUTES = [
    Route("/", today),
    Route("/sync", sync, methods=["POST"]),
    Route("/messages/{id}/settle", settle, methods=["POST"]),
]
