"""docs/check.md lists every rule as the rule data says.

Regenerate it with `python -m afterview.check.docs docs/check.md`.
"""

from __future__ import annotations

from pathlib import Path

from afterview.check.docs import END, START, render
from afterview.cli.check_cmd import check

DOC = Path(__file__).resolve().parents[2] / "docs" / "check.md"


def test_rule_list_is_in_step() -> None:
    text = DOC.read_text(encoding="utf-8")
    generated = START + text.partition(START)[2].partition(END)[0] + END
    assert generated == render(), "run: python -m afterview.check.docs docs/check.md"


def test_every_flag_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    flags = [flag for param in check.params for flag in param.opts if flag.startswith("--")]
    assert len(flags) > 15
    for flag in flags:
        assert f"`{flag}" in text, flag
