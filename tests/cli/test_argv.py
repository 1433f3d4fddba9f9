"""The fast paths' argument reader: plain forms in, None for anything Typer should see."""

from __future__ import annotations

import pytest

from afterview.cli.argv import read_args

OPTIONS = {"--json": ("as_json", True), "--no-drafts": ("drafts", False), "--now": ("now", None)}


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], {}),
        (["a.toml"], {"file": "a.toml"}),
        (["-", "--json"], {"file": "-", "as_json": True}),
        (["--now", "2026-11-21", "a.toml"], {"now": "2026-11-21", "file": "a.toml"}),
        (
            ["--now=2026-11-21", "--no-drafts", "a.toml"],
            {"now": "2026-11-21", "drafts": False, "file": "a.toml"},
        ),
        (["--now", "--json"], {"now": "--json"}),  # a value is the next argument, whatever it is
    ],
)
def test_plain_forms_are_read(args, expected):
    assert read_args(args, OPTIONS, positional="file") == expected


@pytest.mark.parametrize(
    "args",
    [
        ["--jsn"],  # unknown
        ["--now"],  # value missing
        ["--json=yes"],  # a flag with a value
        ["--json", "--json"],  # twice
        ["a.toml", "b.toml"],  # two files
        ["--help"],
        ["-h"],
    ],
)
def test_anything_else_is_left_to_typer(args):
    assert read_args(args, OPTIONS, positional="file") is None


def test_without_a_positional_a_bare_word_is_refused():
    assert read_args(["a.toml"], OPTIONS) is None
