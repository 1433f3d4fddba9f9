"""What the commands print for people: hostile text made visible, colour only on a terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview.cli import main
from afterview.cli.output import visible

ROOT = Path(__file__).resolve().parents[2]
AFTERVIEW = str(Path(sys.executable).with_name("afterview"))
NOW = "2026-11-21T09:00:00-05:00"

# A name with bidirectional controls (a right-to-left override, an isolate, an
# embedding): each must be shown, none obeyed. Other controls (ESC, line
# separators, C1, DEL) are refused by the interview file itself (tests/model).
HOSTILE = "Zoë \u202eLam\u2066bert\u202a"
SHOWN = r"Zoë \u202eLam\u2066bert\u202a"
# What a terminal would act on: C0 but tab and newline, DEL, C1, bidi controls, separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
COLOUR = re.compile(r"\x1b\[[0-9;]*(?<![0-9])(?:3[0-9]|9[0-7]|38;[0-9;]+)[;m]")


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string, every control character escaped."""
    inner = "".join(f"\\u{ord(c):04x}" if UNSAFE.match(c) or c in '"\\\n' else c for c in text)
    return f'"{inner}"'


@pytest.fixture
def hostile_interview(tmp_path: Path) -> Path:
    text = (ROOT / "examples" / "panel.toml").read_text(encoding="utf-8")
    path = tmp_path / "hostile.toml"
    path.write_text(text.replace('"Zoë Lambert"', toml_string(HOSTILE)), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain Zoë Łukasz 阮", "plain Zoë Łukasz 阮"),
        ("a\x1b[2Jb", r"a\x1b[2Jb"),
        ("bell\x07 nul\x00 tab\t", r"bell\x07 nul\x00 tab\t"),
        ("del\x7f csi\x9b nel\x85", r"del\x7f csi\x9b nel\x85"),
        (
            "\u202aembed\u202c \u202eoverride \u2066isolate\u2069",
            r"\u202aembed\u202c \u202eoverride \u2066isolate\u2069",
        ),
        ("line\u2028para\u2029", r"line\u2028para\u2029"),
        ("two\nlines\r\n", r"two\nlines\r\n"),
    ],
)
def test_control_characters_are_shown_as_escapes(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_text_of_several_lines_keeps_its_line_breaks_and_tabs() -> None:
    assert visible("Dear Zoë,\r\n\tThanks\x1b!\n", lines=True) == "Dear Zoë,\n\tThanks\\x1b!\n"


@given(st.text())
def test_nothing_unsafe_survives_and_safe_text_is_untouched(text: str) -> None:
    shown = visible(text)
    assert not UNSAFE.search(shown) and "\n" not in shown
    assert visible(shown) == shown
    if not UNSAFE.search(text) and "\n" not in text and "\t" not in text:
        assert shown == text


def test_show_list_due_and_draft_make_a_hostile_name_visible(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, hostile_interview: Path
) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    assert main(["add", str(hostile_interview), "--db", db]) == 0
    for args in (["show", "1"], ["list"], ["due", "--within", "3650d"], ["draft", "1"]):
        capsys.readouterr()
        assert main([*args, "--db", db]) == 0, args
        out = capsys.readouterr().out
        assert SHOWN in out, args
        assert not UNSAFE.search(out), args


def test_plan_makes_a_hostile_name_visible(
    capsys: pytest.CaptureFixture[str], hostile_interview: Path
) -> None:
    assert main(["plan", str(hostile_interview), "--now", NOW]) == 0
    out = capsys.readouterr().out
    assert f"Thank-you note to {SHOWN} by email" in out
    assert not UNSAFE.search(out)


def test_json_output_is_left_as_it_is(
    capsys: pytest.CaptureFixture[str], hostile_interview: Path
) -> None:
    import json

    assert main(["plan", str(hostile_interview), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "\u202eLam\u2066bert" in data["messages"][0]["recipient"]  # for programs: as it is


def test_add_writes_its_report_on_one_line_into_a_file(tmp_path: Path) -> None:
    # A long folder name makes the report far wider than 80 columns.
    folder = tmp_path / ("a-rather-long-folder-name-for-interviews-" * 3)
    folder.mkdir()
    path = folder / "panel.toml"
    path.write_text((ROOT / "examples" / "panel.toml").read_text(encoding="utf-8"), "utf-8")
    report = tmp_path / "report.txt"
    with report.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [AFTERVIEW, "add", str(path), "--db", f"sqlite:///{tmp_path / 'r.db'}"],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    lines = report.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Added {path}: new application 1")
    assert len(lines[0]) > 200


def _on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``afterview ARGS`` with standard output and error on a pseudo-terminal."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen(
        [AFTERVIEW, *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env={**os.environ, "TERM": "xterm-256color", **env},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def terminal_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    for name in ("NO_COLOR", "FORCE_COLOR", "COLUMNS", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    return {}


def test_colour_on_a_terminal(terminal_env: dict[str, str], hostile_interview: Path) -> None:
    code, shown = _on_a_terminal(["plan", str(hostile_interview), "--now", NOW], terminal_env)
    assert code == 0
    assert COLOUR.search(shown), shown[:400]
    assert "╭" in shown  # drafts in boxes on a terminal
    assert SHOWN in shown and "\x1b[31mLambert" not in shown  # the name's own ESC never passes


def test_no_color_on_a_terminal_keeps_bold_and_drops_colour(
    terminal_env: dict[str, str], hostile_interview: Path
) -> None:
    code, shown = _on_a_terminal(
        ["plan", str(hostile_interview), "--now", NOW], {**terminal_env, "NO_COLOR": "1"}
    )
    assert code == 0
    assert not COLOUR.search(shown), COLOUR.search(shown)
    assert "\x1b[1m" in shown


def test_errors_are_red_on_a_terminal_only(terminal_env: dict[str, str], tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.toml")
    code, shown = _on_a_terminal(["plan", missing], terminal_env)
    assert code == 2 and "\x1b[1;31merror:\x1b[0m" in shown
    code, shown = _on_a_terminal(["plan", missing], {"NO_COLOR": "1"})
    assert code == 2 and "\x1b[1merror:\x1b[0m" in shown
    piped = subprocess.run([AFTERVIEW, "plan", missing], capture_output=True, text=True)
    assert piped.returncode == 2 and piped.stderr.startswith("error: ")
    assert "\x1b" not in piped.stderr


def test_check_colours_findings_on_a_terminal_only(
    terminal_env: dict[str, str], tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Dear [Name],\n\nThanks.\n", encoding="utf-8")
    code, shown = _on_a_terminal(["check", str(note)], terminal_env)
    assert code == 1 and COLOUR.search(shown)
    code, shown = _on_a_terminal(["check", str(note)], {"NO_COLOR": "1"})
    assert code == 1 and not COLOUR.search(shown)
    piped = subprocess.run([AFTERVIEW, "check", str(note)], capture_output=True, text=True)
    assert piped.returncode == 1 and "\x1b" not in piped.stdout


def test_a_findings_message_quoting_the_note_is_made_visible(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    note = tmp_path / "note\x1b[2J.txt"
    note.write_text("Dear Jane,\n\nThank you.\n", encoding="utf-8")
    assert main(["check", str(note), "--to", "Jane Okafor"]) == 1
    out = capsys.readouterr().out
    assert r"note\x1b[2J.txt:" in out and not UNSAFE.search(out)


def test_the_console_shows_control_characters_in_any_text_it_is_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from rich.table import Table
    from rich.text import Text

    from afterview.cli.output import console

    out = console()
    out.print("markup [bold]a\x1b[2Jb[/] and a line\nbreak")  # through render_str
    out.print(Text.assemble(("styled", "bold"), " c\x1b]0;title\x07d"))  # a Text: the last guard
    table = Table("name")
    table.add_row("e\u202ef")
    out.print(table)
    shown = capsys.readouterr().out
    assert r"a\x1b[2Jb and a line" in shown and "\nbreak" in shown
    assert r"styled c\x1b]0;title" in shown
    assert r"e\u202ef" in shown
    assert not UNSAFE.search(shown)
