"""The guard in front of every request: a server on a person's own machine, holding their mail.

In this order, for every request, whatever its path:

1. the Host header must name this server (``127.0.0.1:PORT``, ``localhost:PORT``,
   or the host it was started on): a page of another site whose name was
   pointed at 127.0.0.1 (DNS rebinding) is refused;
2. a request that changes something (any method but GET, HEAD, OPTIONS) must
   come from this app's own pages: its ``Origin`` must be this server's, and
   ``Sec-Fetch-Site``, where the browser sends it, ``same-origin``; else 403;
3. the token: from the printed address once (``?token=...``), then from an
   HttpOnly, SameSite=Strict cookie. Without it, 401.

Every answer carries a strict Content-Security-Policy (scripts and styles from
this server only, no inline code), and is never cached.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),  # "no-referrer" makes the Origin of a POST "null"
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)

#: Paths a calendar program fetches with the token in the address (it keeps no cookie).
TOKEN_IN_ADDRESS = ("/calendar.ics",)


@dataclass(frozen=True)
class Origin:
    """Where the app is served: the host it was started on and its port."""

    host: str
    port: int

    @property
    def hosts(self) -> frozenset[str]:
        """The Host headers that name this server."""
        names = {self.host, *(LOOPBACK_NAMES if is_loopback(self.host) else ())}
        return frozenset(f"{name}:{self.port}".lower() for name in names)

    @property
    def origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.hosts)

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"


def is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def cookie_name(port: int) -> str:
    """One cookie per port: cookies ignore ports, and two servers must not share one."""
    return f"afterview_{port}"


class Guard:
    """ASGI middleware: host, origin and token checks, and the security headers."""

    def __init__(self, app: ASGIApp, *, origin: Origin, token: str) -> None:
        self.app = app
        self.origin = origin
        self.token = token
        self.cookie = cookie_name(origin.port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "").lower()
        if host not in self.origin.hosts:
            await _refuse(send, 400, "This server answers only at its own address.")
            return
        method = scope["method"].upper()
        if method not in SAFE_METHODS and not self._same_origin(headers):
            await _refuse(send, 403, "Refused: this request did not come from Afterview's pages.")
            return
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        given = query.get("token", "")
        if given and self._matches(given):
            if method == "GET" and scope["path"] not in TOKEN_IN_ADDRESS:
                await self._enter(scope, query, send)
                return
        elif not self._matches(_cookie(headers.get("cookie", ""), self.cookie)):
            await _refuse(
                send,
                401,
                "Open the address that `afterview serve` printed: it carries the token "
                "that lets you in.",
            )
            return
        await self.app(scope, receive, _with_headers(send))

    def _same_origin(self, headers: dict[str, str]) -> bool:
        site = headers.get("sec-fetch-site")
        if site is not None and site != "same-origin":
            return False
        return headers.get("origin", "").lower() in self.origin.origins

    def _matches(self, candidate: str) -> bool:
        return bool(candidate) and hmac.compare_digest(candidate.encode(), self.token.encode())

    async def _enter(self, scope: Scope, query: dict[str, str], send: Send) -> None:
        """The token came in the address: keep it in the cookie, and take it out of the address
        (out of the history and of anything copied from the address bar)."""
        rest = urlencode({k: v for k, v in query.items() if k != "token"})
        location = scope["path"] + (f"?{rest}" if rest else "")
        cookie = f"{self.cookie}={self.token}; Path=/; HttpOnly; SameSite=Strict"
        await send(
            {
                "type": "http.response.start",
                "status": 303,
                "headers": [
                    (b"location", location.encode("latin-1")),
                    (b"set-cookie", cookie.encode("latin-1")),
                    *HEADERS,
                ],
            }
        )
        await send({"type": "http.response.body", "body": b""})


def _cookie(header: str, name: str) -> str:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return ""


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            own = {k for k, _ in HEADERS}
            kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in own]
            message["headers"] = [*kept, *HEADERS]
        await send(message)

    return sending


async def _refuse(send: Send, status: int, text: str) -> None:
    body = text.encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
