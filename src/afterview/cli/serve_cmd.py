"""``afterview serve``: the local web app, over the same library and store as the commands."""

from __future__ import annotations

import click

from afterview.cli import output
from afterview.cli.params import db_option


@click.command("serve")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback lets other machines reach it (a warning).",
)
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on (0: any free port).",
)
@click.option("--no-browser", is_flag=True, help="Print the address; do not open a browser.")
@click.option(
    "--demo",
    is_flag=True,
    help="Start on a private temporary store filled with the bundled examples.",
)
@db_option
def serve(host: str, port: int, no_browser: bool, demo: bool, db: str | None) -> None:
    """Start the local web app and open it in the browser.

    It prints the address to open, with its token; the page keeps the token in
    a cookie. The app reads and writes the same store as the other commands.
    """
    from afterview.errors import UsageError
    from afterview.web.server import Options
    from afterview.web.server import serve as run

    if demo and db:
        raise UsageError("--demo uses a temporary store of its own: leave out --db.")
    run(
        Options(host=host, port=port, db=db, browser=not no_browser, demo=demo),
        say=output.say,
        warn=output.note,
    )
