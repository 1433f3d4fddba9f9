"""``afterview settings``: the settings in effect, and their documentation."""

from __future__ import annotations

from typing import Annotated

import typer

from afterview.cli.app import app


@app.command("settings")
def settings_command(
    markdown: Annotated[
        bool,
        typer.Option("--markdown", help="Print docs/settings.md, generated from the declarations."),
    ] = False,
) -> None:
    """Show every setting: its value in effect, where it came from, and what it does."""
    from rich.console import Console
    from rich.table import Table

    from afterview.settings import SETTINGS, config_path, load_settings, settings_markdown, sources

    if markdown:
        typer.echo(settings_markdown(), nl=False)
        return
    values = load_settings()
    origin = sources()
    table = Table(title=f"Config file: {config_path()}", title_justify="left")
    for column in ("setting", "value", "from", "meaning"):
        table.add_column(column, overflow="fold")
    for s in SETTINGS:
        table.add_row(s.name, repr(values[s.name]), origin[s.name], s.help)
    Console().print(table)
