"""The real web app on a real port, and Debian's Chromium driven by Playwright.

:func:`running_app` starts ``afterview.web`` under uvicorn in a thread, on
127.0.0.1 and a free port, over a real SQLite store; :func:`chromium` launches
``/usr/bin/chromium`` (never a browser Playwright downloads). A missing
browser or axe-core is :func:`need`: a skip on a laptop, a failure under CI.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conftest import ROOT, need

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Where scripts/install-test-deps puts axe-core (from the npm registry).
AXE = Path(os.environ.get("AFTERVIEW_AXE", ROOT / ".cache" / "axe-core" / "axe.min.js"))
#: Set AFTERVIEW_SCREENSHOTS=docs to refresh the screenshots in docs/.
SCREENSHOTS = ROOT / "docs" / "web" if os.environ.get("AFTERVIEW_SCREENSHOTS") == "docs" else None


@dataclass
class Live:
    base: str  # http://127.0.0.1:PORT/
    token: str
    store: Any
    web: Any  # the afterview.web.app.Web of the running app

    @property
    def entry(self) -> str:
        """The address `afterview serve` prints: the token in it."""
        return f"{self.base}?token={self.token}"

    @property
    def cookie(self) -> dict[str, str]:
        from afterview.web.security import cookie_name

        return {cookie_name(self.web.origin.port): self.token}


@contextmanager
def running_app(url: str, *, demo: bool = False) -> Iterator[Live]:
    import uvicorn

    from afterview.store import Store
    from afterview.web.app import Web, create_app
    from afterview.web.security import Origin
    from afterview.web.server import listen

    sock = listen("127.0.0.1", 0)
    port = sock.getsockname()[1]
    store = Store.open(url)
    if demo:
        from afterview.web.demo import fill
        from afterview.web.mail import now

        fill(store, now())
    state = Web(store, Origin("127.0.0.1", port), "t" * 8 + "-test-token-" + "x" * 20, demo=demo)
    server = uvicorn.Server(
        uvicorn.Config(create_app(state), log_level="warning", access_log=False, lifespan="off")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield Live(f"http://127.0.0.1:{port}/", state.token, store, state)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        store.close()


@contextmanager
def chromium() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        need("Debian's chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        need("playwright is not installed (pip install playwright)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def axe_source() -> str:
    if not AXE.is_file():
        need(f"axe-core is not at {AXE} (scripts/install-test-deps fetches it)")
    return AXE.read_text(encoding="utf-8")


def serious_violations(page: Any, source: str) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(source + "\n;void 0")
    found = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))"
    )
    return [v for v in found if v["impact"] in ("serious", "critical")]


def type_live(page: Any, selector: str, text: str) -> None:
    """Fill a field that htmx checks as you type, once htmx has wired it up: text typed
    before that sends no request, and the test would wait for an answer that never comes."""
    page.wait_for_function(
        "s => { const e = document.querySelector(s); return !!(e && e['htmx-internal-data']); }",
        arg=selector,
    )
    page.fill(selector, text)


def shoot(page: Any, name: str) -> None:
    """A screenshot of the page for docs/web/ (when AFTERVIEW_SCREENSHOTS=docs)."""
    if SCREENSHOTS is not None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
