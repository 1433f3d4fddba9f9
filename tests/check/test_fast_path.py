"""The fast path (argparse, no Typer) and the Typer command take the same options and agree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main
from tests.check.conftest import CLEAN_NOTE
from typer.testing import CliRunner

from afterview.cli import main
from afterview.cli.app import _register, app
from afterview.cli.check_spec import CHECK_ARGUMENT_HELP, CHECK_HELP, CHECK_OPTIONS, EVAL_OPTIONS


def _command(name: str) -> Any:
    # Typer carries its own copy of Click, so the objects are read by their attributes.
    _register()
    return typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("name", "spec"), [("check", CHECK_OPTIONS), ("eval", EVAL_OPTIONS)])
def test_same_options_and_help(name: str, spec: tuple) -> None:
    command = _command(name)
    options = {
        p.opts[0]: p
        for p in command.params
        if p.param_type_name == "option" and p.opts[0] != "--help"
    }
    assert set(options) == {o.flag for o in spec}
    for opt in spec:
        param = options[opt.flag]
        assert param.help == opt.help, opt.flag
        assert param.name == opt.dest
        assert bool(param.multiple) == opt.multiple, opt.flag
    if name == "check":
        assert command.help == CHECK_HELP
        (argument,) = [p for p in command.params if p.param_type_name == "argument"]
        assert argument.name == "file" and argument.help == CHECK_ARGUMENT_HELP


@pytest.mark.parametrize(
    "args",
    [
        [
            "--to",
            "Jane Okafor",
            "--from",
            "Priya Raman",
            "--topic",
            "moving nightly batch ETL to Kafka streams",
        ],
        ["--to", "Tom", "--kind", "status_inquiry", "--follow-ups", "2", "--format", "json"],
        ["--medium", "handwritten", "--disable", "greeting", "--disable", "spelling"],
    ],
)
def test_same_output(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    note = tmp_path / "note.txt"
    note.write_text(CLEAN_NOTE.replace("Thank you", "Thanks a ton"), encoding="utf-8")
    fast_code = main(["check", str(note), *args])
    fast_out = capsys.readouterr().out
    _register()
    result = CliRunner().invoke(app, ["check", str(note), *args])
    assert result.exit_code == fast_code
    assert result.stdout == fast_out


def test_help_and_usage_errors_go_to_typer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--help"]) == 0
    assert "--other-company" in capsys.readouterr().out
    assert main(["check", "--kind"]) == 2  # a flag without its value: Typer's usage error
    assert "--kind" in capsys.readouterr().err
