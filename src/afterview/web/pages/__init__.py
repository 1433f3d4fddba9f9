"""The pages of the web app, one module each; :func:`routes` gathers them."""

from __future__ import annotations

from starlette.routing import BaseRoute


def routes() -> list[BaseRoute]:
    from afterview.web.pages import applications, interviews, messages, settings, today

    return [
        *today.ROUTES,
        *interviews.ROUTES,
        *messages.ROUTES,
        *applications.ROUTES,
        *settings.ROUTES,
    ]
