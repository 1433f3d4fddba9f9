"""Settings: the mail servers, tested with a button; the passwords, in the system keyring."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from afterview.errors import AfterviewError, UsageError
from afterview.web.app import render
from afterview.web.journal import Done
from afterview.web.pages.common import blocking, done, form


def _page(
    request: Request,
    *,
    status: int = 200,
    result: str = "",
    problem: object = None,
    server: str = "",
) -> Response:
    from afterview.deliver.secrets import env_var, password_for
    from afterview.settings import SETTINGS, config_path, load_settings
    from afterview.web.config_file import MAIL_SETTINGS
    from afterview.web.mail import keyring_safety

    settings = load_settings()
    helps = {s.name: s.help for s in SETTINGS}
    safe, keyring_words = keyring_safety()
    has_password = {
        name: bool(settings[f"{name}.user"])
        and password_for(name, settings[f"{name}.user"]) is not None
        for name in ("smtp", "imap")
    }
    return render(
        request,
        "settings.html",
        status=status,
        title="Settings",
        page="settings",
        names=MAIL_SETTINGS,
        values=settings,
        helps=helps,
        path=str(config_path()),
        keyring_safe=safe,
        keyring_words=keyring_words,
        has_password=has_password,
        env={name: env_var(name) for name in ("smtp", "imap")},
        result=result,
        problem=problem,
        server=server,
    )


async def show(request: Request) -> Response:
    return await blocking(_page, request)


async def save(request: Request) -> Response:
    from afterview.web.config_file import parse_form
    from afterview.web.config_file import save as write

    values = parse_form(await form(request))
    path = await blocking(write, values)
    return done(request, Done(f"Saved the mail settings in {path}."), "/settings")


async def password(request: Request) -> Response:
    from afterview.deliver.secrets import store_password
    from afterview.settings import load_settings
    from afterview.web.mail import keyring_safety

    fields = await form(request)
    server = fields.get("server", "")
    if server not in ("smtp", "imap"):
        raise UsageError("The server is smtp or imap.")
    user = load_settings()[f"{server}.user"]
    if not user:
        raise UsageError(f"Set the {server.upper()} user first, then its password.")
    secret = fields.get("password", "")
    if not secret:
        raise UsageError("The password is empty: nothing was stored.")
    safe, words = keyring_safety()
    if not safe and fields.get("anyway") != "yes":
        return await blocking(
            _page,
            request,
            status=400,
            server=server,
            result=f"Not stored. {words} Tick “store it anyway”, or set the environment "
            "variable instead.",
        )
    await blocking(store_password, server, user, secret)
    return done(
        request,
        Done(f"Stored the {server.upper()} password of {user} in the keyring."),
        "/settings",
    )


async def test(request: Request) -> Response:
    from afterview.settings import load_settings
    from afterview.web.mail import test_imap, test_smtp

    server = (await form(request)).get("server", "")
    if server not in ("smtp", "imap"):
        raise UsageError("The server is smtp or imap.")
    tester = test_smtp if server == "smtp" else test_imap
    try:
        words = await blocking(tester, load_settings())
    except AfterviewError as exc:
        return await blocking(_page, request, server=server, problem=exc)
    return await blocking(_page, request, server=server, result=words)


ROUTES = [
    Route("/settings", show),
    Route("/settings", save, methods=["POST"]),
    Route("/settings/password", password, methods=["POST"]),
    Route("/settings/test", test, methods=["POST"]),
]
