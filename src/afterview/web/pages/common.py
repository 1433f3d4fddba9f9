"""What the pages share: reading forms, running library calls off the event loop, redirecting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse

from afterview.errors import UsageError
from afterview.web.journal import Done

T = TypeVar("T")


async def blocking(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a library call (database, mail, PDF) in a worker thread: the page server stays free."""
    return await run_in_threadpool(fn, *args, **kwargs)


async def form(request: Request) -> dict[str, str]:
    """The text fields of a posted form (a field given twice: its last value)."""
    data = await request.form()
    return {k: v for k, v in data.items() if isinstance(v, str)}


def done(request: Request, action: Done, to: str) -> RedirectResponse:
    """Record the action in the journal and show its notice on the page ``to``."""
    request.app.state.web.journal.record(action)
    request.app.state.web.contexts.forget()  # a draft or a state changed: check afresh
    joiner = "&" if "?" in to else "?"
    return RedirectResponse(f"{to}{joiner}done=1", status_code=303)


def number(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise UsageError(f"{what} should be a number, not {text!r}.") from None
