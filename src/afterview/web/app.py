"""The Starlette application: routes, templates, and the guard in front of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from afterview.errors import AfterviewError, NotFoundError
from afterview.store import Store
from afterview.web.checking import Contexts
from afterview.web.journal import Journal
from afterview.web.security import Guard, Origin

HERE = Path(__file__).parent
HTMX = "htmx-2.0.11.min.js"


@dataclass
class Web:
    """What every page needs: the store, the address, the token and the journal."""

    store: Store
    origin: Origin
    token: str
    demo: bool = False
    journal: Journal = field(default_factory=Journal)
    contexts: Contexts = field(default_factory=Contexts)

    @property
    def calendar_url(self) -> str:
        return f"{self.origin.address}calendar.ics?token={self.token}"


def web(request: Request) -> Web:
    found: Web = request.app.state.web
    return found


def _templates() -> Environment:
    from afterview.cli.output import visible

    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["visible"] = lambda text: visible(str(text)) if text is not None else ""
    env.filters["lines"] = lambda text: visible(str(text), lines=True) if text else ""
    env.filters["words"] = lambda text: str(text).replace("_", " ")
    env.filters["when"] = _when
    env.globals["htmx"] = HTMX
    return env


def _when(moment: datetime | None) -> str:
    """A time as people read it, in its own offset: "Tue 1 Dec 14:00 (UTC−05:00)"."""
    if moment is None:
        return ""
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{moment:%a} {moment.day} {moment:%b %Y %H:%M} ({zone.replace('-', '−')})"


_ENV: Environment | None = None


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    global _ENV
    if _ENV is None:
        _ENV = _templates()
    state = web(request)
    page = _ENV.get_template(name).render(
        request=request,
        demo=state.demo,
        journal=state.journal,
        done=request.query_params.get("done") == "1",
        **context,
    )
    return HTMLResponse(page, status_code=status)


async def _failed(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AfterviewError)
    status = 404 if isinstance(exc, NotFoundError) else 400 if exc.exit_code == 2 else 409
    if request.headers.get("hx-request"):
        return render(request, "_error.html", status=200, error=exc)
    return render(request, "error.html", status=status, error=exc)


async def _not_found(request: Request, exc: Exception) -> Response:
    return render(request, "error.html", status=404, error=None)


def create_app(state: Web) -> Starlette:
    """The web app over ``state.store``, guarded for ``state.origin`` and ``state.token``."""
    from afterview.web.pages import routes

    app = Starlette(
        routes=[
            *routes(),
            Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=[Middleware(Guard, origin=state.origin, token=state.token)],
        exception_handlers={AfterviewError: _failed, 404: _not_found},
    )
    app.state.web = state
    return app
