"""``afterview settings``: the settings in effect, and their documentation."""

from __future__ import annotations

import click


@click.command("settings")
@click.option(
    "--markdown", is_flag=True, help="Print docs/settings.md, generated from the declarations."
)
def settings(markdown: bool) -> None:
    """Show every setting: its value in effect, where it came from, and what it does."""
    import sys

    from afterview.settings import SETTINGS, config_path, load_settings, settings_markdown, sources

    if markdown:
        sys.stdout.write(settings_markdown())
        return
    from rich.table import Table

    from afterview.cli.output import console, field

    values = load_settings()
    origin = sources()
    table = Table(title=f"Config file: {field(str(config_path()))}", title_justify="left")
    for column in ("setting", "value", "from", "meaning"):
        table.add_column(column, overflow="fold")
    for s in SETTINGS:
        table.add_row(s.name, field(repr(values[s.name])), origin[s.name], s.help)
    console().print(table)
