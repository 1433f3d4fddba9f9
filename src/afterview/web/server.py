"""Starting the web app: the token, the address, the store (or the demo's), the browser.

The token is random, made once and kept in the data folder (readable by you
alone), so that the calendar address a calendar program subscribed to keeps
working after a restart; ``--demo`` makes a fresh one for its temporary store.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from afterview.errors import UsageError
from afterview.web.security import Origin

DEFAULT_PORT = 8765
TOKEN_FILE = "web-token"


@dataclass(frozen=True)
class Options:
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    db: str | None = None
    browser: bool = True
    demo: bool = False


def token_for(folder: Path) -> str:
    """The server's token, kept in ``folder`` (made on first use, mode 600)."""
    path = folder / TOKEN_FILE
    try:
        found = path.read_text(encoding="ascii").strip()
        if len(found) >= 32:
            return found
    except (OSError, UnicodeDecodeError):
        pass
    folder.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    part = path.with_name(TOKEN_FILE + ".part")
    descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as out:
        out.write(token + "\n")
    os.replace(part, path)
    return token


def listen(host: str, port: int) -> socket.socket:
    """The server's socket, bound before anything is printed (port 0: any free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(
            f"Cannot listen on {host}:{port}: {exc.strerror}.",
            hint="is another `afterview serve` running? Give another --port, or --port 0 "
            "for any free one.",
        ) from None
    sock.listen(128)
    return sock


@contextmanager
def demo_environment() -> Iterator[str]:
    """A temporary folder for the demo's store, config and sync state; removed at the end."""
    import tempfile

    saved = {k: os.environ.get(k) for k in ("AFTERVIEW_CONFIG", "XDG_DATA_HOME")}
    with tempfile.TemporaryDirectory(prefix="afterview-demo-") as folder:
        os.environ["AFTERVIEW_CONFIG"] = str(Path(folder) / "config.toml")
        os.environ["XDG_DATA_HOME"] = str(Path(folder) / "data")
        try:
            yield f"sqlite:///{Path(folder) / 'demo.db'}"
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def serve(options: Options, say: Callable[[str], None], warn: Callable[[str], None]) -> None:
    """Run the web app until Ctrl-C."""
    from afterview.web.security import is_loopback

    if not is_loopback(options.host):
        warn(
            f"--host {options.host} is not this machine's loopback address: other machines on "
            "the network can reach the app. They still need the token; keep the address private."
        )
    sock = listen(options.host, options.port)
    try:
        if options.demo:
            with demo_environment() as url:
                _run(options, sock, url, secrets.token_urlsafe(32), say, Origin)
        else:
            from afterview.settings import data_dir

            _run(options, sock, options.db, token_for(data_dir()), say, Origin)
    finally:
        sock.close()


def _run(
    options: Options,
    sock: socket.socket,
    url: str | None,
    token: str,
    say: Callable[[str], None],
    origin_type: type[Origin],
) -> None:
    import uvicorn

    from afterview.store import Store
    from afterview.web.app import Web, create_app
    from afterview.web.checking import warm_up

    port = sock.getsockname()[1]
    origin = origin_type(options.host, port)
    with Store.open(url) as store:
        if options.demo:
            from afterview.web.demo import fill
            from afterview.web.mail import now

            fill(store, now())
        threading.Thread(target=warm_up, name="afterview-warm-up", daemon=True).start()
        app = create_app(Web(store, origin, token, demo=options.demo))
        address = f"{origin.address}?token={token}"
        what = "the demo (a temporary store, removed when it stops)" if options.demo else store.url
        say(f"Afterview is running on {_hidden(what)}.")
        say(f"Open {address}")
        say("Press Ctrl-C to stop.")
        sys.stdout.flush()
        if options.browser:
            import webbrowser

            threading.Timer(0.5, lambda: webbrowser.open(address)).start()
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=3
        )
        uvicorn.Server(config).run(sockets=[sock])


def _hidden(url: str) -> str:
    """A database URL without its password."""
    import re

    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)
