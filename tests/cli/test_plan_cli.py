"""`afterview plan` as users run it: output, exit codes, golden JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from afterview.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
GOLDEN = ROOT / "tests" / "golden"
NOW = "2026-11-21T09:00:00-05:00"
CONTRACT = {"kind", "recipient", "medium", "send_after", "send_by", "subject", "body", "why"}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_json_output_is_pinned_by_a_golden_file(capsys, example):
    code, out, err = run(capsys, "plan", str(example), "--json")
    assert code == 0, err
    golden = GOLDEN / f"{example.stem}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_json_holds_the_contract_fields_and_nothing_else_is_printed(capsys, example):
    code, out, _ = run(capsys, "plan", str(example), "--json")
    assert code == 0
    data = json.loads(out)  # stdout is one JSON document, nothing else
    assert {"interview", "messages"} <= set(data)
    assert set(data["interview"]) == {"company", "position", "at"}
    for message in data["messages"]:
        assert set(message) >= CONTRACT
    times = [m["send_after"] for m in data["messages"]]
    assert times == sorted(times)


def test_now_adds_the_status_of_each_message(capsys):
    code, out, _ = run(
        capsys, "plan", str(ROOT / "examples" / "panel.toml"), "--json", "--now", NOW
    )
    assert code == 0
    data = json.loads(out)
    assert data["now"] == NOW
    statuses = [(m["kind"], m["status"]) for m in data["messages"]]
    assert statuses[0] == ("thank_you", "open")
    assert statuses[-1] == ("status_inquiry", "upcoming")
    code, out, _ = run(
        capsys, "plan", str(ROOT / "examples" / "panel.toml"), "--json", "--now", "2026-11-23"
    )
    assert code == 0
    assert json.loads(out)["messages"][0]["status"] == "overdue"


def test_the_timeline_shows_every_message_window_reason_and_draft(capsys):
    code, out, _ = run(capsys, "plan", str(ROOT / "examples" / "panel.toml"), "--now", NOW)
    assert code == 0
    for name in ("Zoë Lambert", "Łukasz Nowak", "Nguyễn Thị Mai", "Tomás Ortega"):
        assert f"to {name} by" in out
    assert "Why:" in out and "send now" in out and "opens in" in out
    assert "Dear Dr. Lambert," in out
    code, brief, _ = run(
        capsys, "plan", str(ROOT / "examples" / "panel.toml"), "--now", NOW, "--no-drafts"
    )
    assert code == 0
    assert "Dear Dr. Lambert," not in brief


def test_a_bad_now_is_a_usage_error(capsys):
    code, out, err = run(
        capsys, "plan", str(ROOT / "examples" / "panel.toml"), "--now", "next tuesday"
    )
    assert code == 2
    assert "--now 'next tuesday': not a date or time" in err
    assert out == ""


def test_a_missing_file_is_exit_2_without_traceback(capsys, tmp_path):
    code, _, err = run(capsys, "plan", str(tmp_path / "nope.toml"))
    assert code == 2
    assert "nope.toml: no such file" in err
    assert "Traceback" not in err


def test_standard_input_can_hold_the_interview(monkeypatch, capsys):
    import io

    text = (ROOT / "examples" / "phone-screen.toml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    code, out, _ = run(capsys, "plan", "-", "--json")
    assert code == 0
    assert json.loads(out)["interview"]["company"] == "Kestrel Finance"


def test_the_installed_command_runs_the_bundled_example():
    exe = Path(sys.executable).parent / "afterview"
    result = subprocess.run(
        [str(exe), "plan", str(ROOT / "examples" / "panel.toml"), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["interview"]["position"] == "Senior Data Engineer"
