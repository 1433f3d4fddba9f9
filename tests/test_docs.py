"""Docs that tests keep from drifting: every command and every setting is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.settings import SETTINGS, settings_markdown

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")) + (
        ROOT / "README.md"
    ).read_text(encoding="utf-8")


def commands() -> list[str]:
    from afterview.cli.app import _register, app

    _register()
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert len(names) > 10
    return names


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
    from afterview.cli.app import app

    commands()
    for command in app.registered_commands:
        doc = (command.help or (command.callback.__doc__ if command.callback else "") or "").strip()
        assert doc, command.name


def test_the_changelog_and_readme_exist_and_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in readme.split("```sh")[1:3]]
    assert "afterview plan examples/panel.toml" in blocks[0]
    assert "make ci" in blocks[1]
    assert (ROOT / "CHANGELOG.md").is_file()


def test_the_command_map_matches_what_each_module_registers():
    # Each module in a fresh interpreter, so that what it registers is all its own.
    import subprocess
    import sys

    from afterview.cli.app import COMMAND_MODULES, COMMANDS

    for module in COMMAND_MODULES:
        code = (
            f"import afterview.cli.app as a, afterview.cli.{module}; "
            "print(' '.join(c.name or c.callback.__name__.replace('_', '-') for c in a.app.registered_commands))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert set(out.stdout.split()) == {n for n, m in COMMANDS.items() if m == module}, module
