"""The ``afterview`` process: one parser, lazy commands, Ctrl-C, pipes and exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from afterview import __version__
from afterview.cli import main

ROOT = Path(__file__).resolve().parents[2]
PANEL = str(ROOT / "examples" / "panel.toml")
AFTERVIEW = str(Path(sys.executable).with_name("afterview"))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"afterview {__version__}\n"
    done = subprocess.run([AFTERVIEW, "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, f"afterview {__version__}\n")


def test_usage_errors_are_exit_2_with_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan"]) == 2
    err = capsys.readouterr().err
    assert "Usage: afterview plan [OPTIONS] FILE" in err and "Missing argument 'FILE'" in err
    assert main(["plan", PANEL, "--jsn"]) == 2
    assert "No such option '--jsn'" in capsys.readouterr().err
    assert main(["log", "1", "maybe"]) == 2
    assert "'maybe' is not one of 'sent', 'replied'" in capsys.readouterr().err
    assert main(["frobnicate"]) == 2
    assert "No such command 'frobnicate'" in capsys.readouterr().err


def test_an_empty_templates_folder_is_a_usage_error_not_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--templates "$DIR"` with DIR unset: the templates here must not be read.
    (tmp_path / "thank_you.j2").write_text("A TEMPLATE FROM THE CURRENT FOLDER\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["plan", PANEL, "--json", "--templates", ""]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Invalid value for '--templates': the name is empty" in err
    assert main(["plan", PANEL, "--json", "--templates", str(tmp_path)]) == 0
    assert "A TEMPLATE FROM THE CURRENT FOLDER" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["plan", ""],
        ["add", ""],
        ["export", "--out", ""],
        ["new", ""],
        ["check", ""],
        ["check", "note.txt", "--interview", "", "--to", "Zoë"],
        ["eval", ""],
    ],
    ids=str,
)
def test_an_empty_file_name_is_a_usage_error(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    assert "the name is empty" in capsys.readouterr().err


def test_plan_json_loads_neither_rich_nor_another_command() -> None:
    from afterview.cli.app import COMMANDS

    others = {
        f"afterview.cli.{target.partition(':')[0]}"
        for name, target in COMMANDS.items()
        if name != "plan"
    }
    code = (
        "import sys; from afterview.cli import main; "
        f"code = main(['plan', {PANEL!r}, '--json']); "
        "sys.stderr.write(' '.join(sorted(sys.modules))); sys.exit(code)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stderr.split())
    assert "afterview.cli.plan_cmd" in loaded and "click" in loaded
    assert not loaded & others
    assert not {m for m in loaded if m.split(".")[0] in ("rich", "typer", "pydantic")}


def test_the_process_prints_the_whole_plan_through_a_pipe() -> None:
    done = subprocess.run([AFTERVIEW, "plan", PANEL, "--json"], capture_output=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (ROOT / "tests" / "golden" / "panel.json").read_bytes()
    assert done.stderr == b""


@pytest.mark.parametrize(
    "args", [["plan", PANEL, "--json"], ["plan", PANEL, "--now", "2026-11-21"]]
)
def test_a_reader_that_goes_away_gets_no_traceback(args: list[str]) -> None:
    reader = f'{sys.executable} -c "import sys; sys.stdin.buffer.read(1)"'
    shown = " ".join(f"'{a}'" for a in args)
    done = subprocess.run(
        f"'{AFTERVIEW}' {shown} | {reader}",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr


def test_ctrl_c_while_check_waits_for_its_note() -> None:
    process = subprocess.Popen(
        [AFTERVIEW, "check", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell without job control starts background jobs with SIGINT ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        # Wait until the command reads its standard input (its modules all loaded).
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not _waits_on_stdin(process.pid):
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 130, err
    assert err.strip() == "error: interrupted by Ctrl-C."
    assert "Traceback" not in err and out == ""


def _waits_on_stdin(pid: int) -> bool:
    """Whether the process is asleep in a read (Linux: /proc/PID/wchan or syscall)."""
    try:
        syscall = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return False
    return bool(syscall) and syscall[0] == "0" and syscall[1] == "0x0"  # read(0, ...)


def test_ctrl_c_in_process_is_exit_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import afterview.planner

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(afterview.planner, "plan", interrupted)
    assert main(["plan", PANEL, "--json"]) == 130
    captured = capsys.readouterr()
    assert captured.err.strip() == "error: interrupted by Ctrl-C."
    assert captured.out == ""


def test_the_module_runs_as_a_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "afterview", "plan", PANEL, "--json"],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["interview"]["company"] == "Lumen Freight"


def test_errors_doc_shows_the_usage_error_and_ctrl_c_as_printed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from afterview.cli.exit_codes import INTERRUPTED

    doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert main(["plan", "acme.toml", "--templates", ""]) == 2
    assert f"```\n{capsys.readouterr().err}```" in doc
    assert f"| `{INTERRUPTED}` | interrupted: you pressed Ctrl-C |" in doc
    assert "`error: interrupted by Ctrl-C.`" in doc


def test_the_command_linked_into_a_folder_on_the_path_runs_anywhere(tmp_path: Path) -> None:
    # What the README suggests: link .venv/bin/afterview into ~/.local/bin.
    folder = tmp_path / "bin"
    folder.mkdir()
    (folder / "afterview").symlink_to(AFTERVIEW)
    done = subprocess.run(
        ["afterview", "plan", PANEL, "--json"],
        cwd=tmp_path,
        env={**os.environ, "PATH": f"{folder}{os.pathsep}/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["interview"]["company"] == "Lumen Freight"
