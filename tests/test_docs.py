"""Docs that tests keep from drifting: every command and every setting is documented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from afterview.settings import SETTINGS, settings_markdown

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")) + (
        ROOT / "README.md"
    ).read_text(encoding="utf-8")


def commands() -> dict[str, Any]:
    """Every command of the ``afterview`` group, by name (each module loaded)."""
    import click

    from afterview.cli.app import cli

    ctx = click.Context(cli)
    found = {name: cli.get_command(ctx, name) for name in cli.list_commands(ctx)}
    assert len(found) > 10
    return found


def test_settings_doc_is_generated_from_the_declarations():
    assert (DOCS / "settings.md").read_text(encoding="utf-8") == settings_markdown(), (
        "docs/settings.md is stale: run `afterview settings --markdown > docs/settings.md`"
    )


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_has_help_and_a_table_row(setting):
    assert setting.help.endswith(".")
    assert f"| `{setting.name}` | `{setting.env}` |" in settings_markdown()


def test_every_command_is_documented():
    text = all_docs()
    missing = [name for name in commands() if f"afterview {name}" not in text]
    assert not missing, f"commands with no documentation: {missing}"


def test_every_command_has_help():
    for name, command in commands().items():
        assert (command.help or "").strip(), name


def test_the_changelog_and_readme_exist_and_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in readme.split("```sh")[1:3]]
    assert "afterview plan examples/panel.toml" in blocks[0]
    assert "make ci" in blocks[1]
    assert (ROOT / "CHANGELOG.md").is_file()


def test_each_command_loads_its_own_module_alone():
    # A fresh interpreter per command: loading one must not load another's module.
    import subprocess
    import sys

    from afterview.cli.app import COMMANDS

    modules = {target.partition(":")[0] for target in COMMANDS.values()}
    for name, target in COMMANDS.items():
        code = (
            "import sys, click; from afterview.cli.app import cli; "
            f"c = cli.get_command(click.Context(cli), {name!r}); "
            "print(c.name, ' '.join(m for m in sys.modules if m.startswith('afterview.cli.')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        assert out[0] == name
        loaded = {m.removeprefix("afterview.cli.") for m in out[1:]} & modules
        assert loaded == {target.partition(":")[0]}, name
