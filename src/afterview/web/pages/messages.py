"""One message: its draft in an editor checked as you type, and every action on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from afterview.errors import UsageError
from afterview.web.app import render, web
from afterview.web.journal import Done
from afterview.web.pages.common import blocking, done, form, number

if TYPE_CHECKING:
    from afterview.check import Finding
    from afterview.store import StoredMessage


def _id(request: Request) -> int:
    return number(request.path_params["id"], "The message")


async def _message(request: Request) -> StoredMessage:
    return await blocking(web(request).store.get_message, _id(request))


def _limits() -> dict[str, int]:
    from afterview.deliver.linkedin import LIMITS

    return {channel.value: limit for channel, limit in LIMITS.items()}


def _findings(request: Request, message: StoredMessage, subject: str, body: str) -> list[Finding]:
    from afterview.settings import load_settings
    from afterview.web.checking import findings_for

    return findings_for(web(request).store, message, subject, body, load_settings())


async def show(request: Request) -> Response:
    from afterview.deliver.linkedin import linkedin_length
    from afterview.web.checking import pieces

    message = await _message(request)
    findings = await blocking(_findings, request, message, message.subject, message.body)
    return render(
        request,
        "message.html",
        title=f"Message {message.id}",
        page="applications",
        m=message,
        findings=findings,
        pieces=pieces(message.body, findings),
        length=linkedin_length(message.body),
        limits=_limits(),
        editable=message.state in ("planned", "approved", "bounced"),
    )


async def check(request: Request) -> Response:
    """The check-as-you-type answer: the findings, and the text with their spans underlined."""
    from afterview.deliver.linkedin import linkedin_length
    from afterview.settings import load_settings
    from afterview.web.checking import findings_for, pieces

    state = web(request)
    fields = await form(request)

    def run() -> tuple[StoredMessage, list[Finding]]:
        settings = load_settings()
        message, context = state.contexts.get(state.store, _id(request), settings)
        subject = fields.get("subject", message.subject)
        found = findings_for(state.store, message, subject, body, settings, context)
        return message, found

    body = fields.get("body", "").replace("\r\n", "\n")
    message, findings = await blocking(run)
    return render(
        request,
        "_findings.html",
        m=message,
        findings=findings,
        pieces=pieces(body, findings),
        length=linkedin_length(body),
        limits=_limits(),
        oob=True,
    )


async def act(request: Request) -> Response:
    """Save the draft as shown, then approve or skip it, as the button pressed says."""
    from afterview.records.drafts import from_text

    state = web(request)
    message = await _message(request)
    fields = await form(request)
    action = fields.get("action", "save")
    here = f"/messages/{message.id}"
    edited = None
    if "body" in fields and message.state in ("planned", "approved", "bounced"):
        text = fields["body"].replace("\r\n", "\n")
        if message.medium == "email":
            text = f"Subject: {fields.get('subject', message.subject)}\n\n{text}"
        subject, body = from_text(message, text)
        if (subject, body) != (message.subject, message.body):
            edited = await blocking(state.store.update_draft, message.id, subject, body)
    if action == "approve":
        await blocking(state.store.approve, message.id)
        return done(request, Done(f"Approved message {message.id}.", message.id, "reopen"), here)
    if action == "skip":
        await blocking(state.store.skip, message.id)
        text = f"Skipped message {message.id}: it will not be sent."
        return done(request, Done(text, message.id, "reopen"), here)
    if edited is None:
        return done(request, Done("Nothing changed: the draft is as it was."), here)
    return done(
        request,
        Done(
            f"Saved the draft of message {message.id}.",
            message.id,
            "restore",
            old_subject=message.subject,
            old_body=message.body,
        ),
        here,
    )


async def send(request: Request) -> Response:
    """Send an approved email now, through the configured SMTP server."""
    from afterview.settings import load_settings
    from afterview.web.mail import outbox

    state = web(request)
    message = await _message(request)
    result = await blocking(outbox(state.store, load_settings()).send, message.id)
    label = result.outcome.value.replace("_", " ")
    text = f"Message {message.id}: {label}" + (f" ({result.detail})." if result.detail else ".")
    return done(request, Done(text), f"/messages/{message.id}")


async def sent(request: Request) -> Response:
    """Record a LinkedIn note or a card as sent, once the user has sent it by hand."""
    from afterview.web.mail import now

    state = web(request)
    message = await _message(request)
    if message.medium == "email":
        raise UsageError("An email is sent with the Send button, which records it.")
    await blocking(state.store.log_sent, message.id, now())
    return done(request, Done(f"Recorded message {message.id} as sent."), f"/messages/{message.id}")


async def reply(request: Request) -> Response:
    """Log a reply to a sent message: the pending status inquiries are cancelled (or moved)."""
    from datetime import date

    from afterview.web.mail import now

    state = web(request)
    message = await _message(request)
    fields = await form(request)
    until = None
    if fields.get("until"):
        try:
            until = date.fromisoformat(fields["until"])
        except ValueError:
            raise UsageError(f"{fields['until']!r} is not a date (YYYY-MM-DD).") from None
    summary = " ".join(fields.get("summary", "").split())[:500]
    await blocking(state.store.log_replied, message.id, now(), summary, until=until)
    what = "moved after " + until.isoformat() if until else "cancelled"
    text = f"Logged a reply from {message.recipient}; pending status inquiries are {what}."
    return done(request, Done(text), f"/messages/{message.id}")


async def eml(request: Request) -> Response:
    from afterview.deliver.email import to_bytes
    from afterview.settings import load_settings
    from afterview.web.mail import outbox

    state = web(request)
    message = await _message(request)
    email = outbox(state.store, load_settings()).compose(message)
    return Response(
        to_bytes(email),
        media_type="message/rfc822",
        headers={"content-disposition": f'attachment; filename="message-{message.id}.eml"'},
    )


async def card(request: Request) -> Response:
    import tempfile
    from pathlib import Path

    from afterview.deliver.card import CardText, render_card
    from afterview.settings import load_settings

    message = await _message(request)
    text = CardText.of(message)
    size = request.query_params.get("size", "a6").lower()
    with tempfile.TemporaryDirectory(prefix="afterview-card-") as folder:
        path = Path(folder) / "card.pdf"
        await blocking(render_card, text, path, size=size, font=load_settings()["card.font"])
        data = path.read_bytes()
    return Response(
        data,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="card-{message.id}.pdf"'},
    )


async def undo(request: Request) -> Response:
    state = web(request)
    last = state.journal.last
    text = await blocking(state.journal.undo, state.store)
    to = f"/messages/{last.message_id}" if last and last.message_id else "/"
    return done(request, Done(text), to)


ROUTES = [
    Route("/messages/{id}", show),
    Route("/messages/{id}", act, methods=["POST"]),
    Route("/messages/{id}/check", check, methods=["POST"]),
    Route("/messages/{id}/send", send, methods=["POST"]),
    Route("/messages/{id}/sent", sent, methods=["POST"]),
    Route("/messages/{id}/reply", reply, methods=["POST"]),
    Route("/messages/{id}/note.eml", eml),
    Route("/messages/{id}/card.pdf", card),
    Route("/undo", undo, methods=["POST"]),
]
