"""`afterview plan` answered without Typer: the same output, and Typer for everything else."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from afterview.cli.app import main as typer_main
from afterview.cli.plan_fast import OPTIONS, parse, run_fast

ROOT = Path(__file__).resolve().parents[2]
PANEL = str(ROOT / "examples" / "panel.toml")
REJECTED = str(ROOT / "examples" / "rejected.toml")
NOW = "2026-11-21T09:00:00-05:00"


@pytest.mark.parametrize(
    "args",
    [
        ["plan", PANEL, "--json"],
        ["plan", "--json", REJECTED, "--now", NOW],
        ["plan", PANEL, "--json", f"--now={NOW}"],
        ["plan", PANEL, "--now", NOW],
        ["plan", PANEL, "--now", NOW, "--no-drafts"],
    ],
)
def test_the_fast_path_prints_what_the_typer_command_prints(capsys, args):
    assert run_fast(args) == 0
    fast = capsys.readouterr()
    assert typer_main(args) == 0
    slow = capsys.readouterr()
    assert fast.out == slow.out and fast.out
    assert fast.err == slow.err == ""


def test_templates_from_a_folder_are_used_by_both_paths(capsys, tmp_path):
    (tmp_path / "status_inquiry.j2").write_text(
        "{{ greeting }}\n\nA note from my own template.\n", encoding="utf-8"
    )
    args = ["plan", PANEL, "--json", "--templates", str(tmp_path)]
    assert run_fast(args) == 0
    fast = capsys.readouterr().out
    assert typer_main(args) == 0
    assert fast == capsys.readouterr().out
    inquiries = [m for m in json.loads(fast)["messages"] if m["kind"] == "status_inquiry"]
    assert inquiries and all("my own template" in m["body"] for m in inquiries)


@pytest.mark.parametrize(
    "args",
    [
        ["plan"],  # no file: Typer prints the usage error
        ["plan", "--help"],
        ["plan", "-h"],
        ["plan", PANEL, "--jsn"],  # a typo
        ["plan", PANEL, REJECTED],  # two files
        ["plan", PANEL, "--now"],  # a value is missing
        ["plan", PANEL, "--json=yes"],  # a flag takes no value
        ["plan", "--", PANEL],
        ["plan", PANEL, "--no-drafts", "--drafts"],  # given twice: Typer decides
        ["check", PANEL],  # not this command
    ],
)
def test_the_fast_path_steps_aside_for_anything_else(args):
    assert run_fast(args) is None


def test_the_fast_parser_knows_the_options_of_the_typer_command():
    import typer.main

    from afterview.cli import app as app_module

    app_module._register("plan")
    command = typer.main.get_command(app_module.app).commands["plan"]  # type: ignore[attr-defined]
    flags = {
        flag
        for param in command.params
        for flag in (*param.opts, *param.secondary_opts)
        if flag.startswith("--") and flag != "--help"
    }
    assert flags == set(OPTIONS)


def test_standard_input_is_a_file_name():
    assert parse(["-", "--json"]) == {"file": "-", "as_json": True}


def test_the_process_prints_the_whole_plan_and_exits_0_through_a_pipe():
    exe = Path(sys.executable).parent / "afterview"
    result = subprocess.run([str(exe), "plan", PANEL, "--json"], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    golden = (ROOT / "tests" / "golden" / "panel.json").read_bytes()
    assert result.stdout == golden  # flushed in full before the quick exit
    assert result.stderr == b""


def test_a_reader_that_goes_away_gets_no_traceback():
    exe = Path(sys.executable).parent / "afterview"
    reader = f'{sys.executable} -c "import sys; sys.stdin.buffer.read(1)"'
    result = subprocess.run(
        f"'{exe}' plan '{PANEL}' --json | {reader}",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr


def test_plan_starts_without_typer_or_pydantics_model_layer():
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "afterview", "plan", PANEL, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line
    }
    assert {"afterview.cli.plan_run", "pydantic_core", "jinja2"} <= imported
    assert not imported & {"typer", "click", "pydantic", "afterview.cli.app"}
