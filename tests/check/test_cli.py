"""`afterview check` and `afterview eval` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.check.conftest import CLEAN_NOTE

from afterview.cli import main

CONTEXT = [
    "--to",
    "Jane Okafor",
    "--from",
    "Priya Raman",
    "--company",
    "Acme Robotics",
    "--position",
    "Senior Data Engineer",
    "--topic",
    "moving nightly batch ETL to Kafka streams",
]


def _note(tmp_path: Path, text: str | bytes, name: str = "note.txt") -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_clean_note_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = _note(tmp_path, "Subject: Thank you for today\n\n" + CLEAN_NOTE)
    assert main(["check", note, *CONTEXT]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_findings_exit_1_with_line_column_rule_and_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = _note(
        tmp_path, "Subject: Thanks\n\nDear Maren,\n\nI need an answer ASAP.\n\nBest,\nPriya Raman"
    )
    assert main(["check", note, *CONTEXT]) == 1
    out = capsys.readouterr().out
    assert f"{note}:3:6: error name.salutation [wrong-name]" in out  # file lines: after "Subject:"
    assert f"{note}:5:18: error tone.pushy.asap [pushy]" in out
    assert "suggestion:" in out and "\x1b[" not in out  # no colour when not on a terminal


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = _note(tmp_path, "Dear Jane,\n\nThank you, i enjoyed it.\n\nBest,\nPriya Raman")
    assert main(["check", note, *CONTEXT, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert "subject" in data["categories"] and "grammar" in data["categories"]
    lower_i = next(f for f in data["findings"] if f["rule"] == "grammar.lower-i")
    assert (lower_i["line"], lower_i["column"], lower_i["start"], lower_i["end"]) == (3, 12, 23, 24)
    subject = next(f for f in data["findings"] if f["field"] == "subject")
    assert subject["line"] is None and subject["rule"] == "form.subject"


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(CLEAN_NOTE.encode())))
    assert main(["check", "-", *CONTEXT, "--subject", "Thank you"]) == 0
    assert "<stdin>: no problems found" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("", "empty"),
        ("   \n\n", "empty"),
        ("Subject: Hi\n\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"Dear Jane,\n" + b"\xff\xfe caf\xe9", "not valid UTF-8"),
        ("a" * (1024 * 1024), "limit"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes, words: str
) -> None:
    note = _note(tmp_path, content)
    assert main(["check", note, *CONTEXT]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and note in captured.err and captured.out == ""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--kind", "memo"], "memo"),
        (["--send-at", "tomorrow"], "--send-at"),
        (["--sibling", "nofile"], "NAME=FILE"),
        (["--interview", "missing.toml", "--to", "Jane"], "no such file"),
    ],
)
def test_bad_flags_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    note = _note(tmp_path, CLEAN_NOTE)
    assert main(["check", note, *args]) == 2
    assert words in capsys.readouterr().err


def test_missing_file_and_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["check"]) == 2
    assert "give the note" in capsys.readouterr().err


def test_settings_disable_and_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = _note(
        tmp_path,
        "Subject: Hi\n\nDear Jane,\n\nThank you. The flurbix demo of the Kafka streams move was "
        "great!!\n\nBest,\nPriya Raman",
    )
    assert main(["check", note, *CONTEXT, "--format", "json"]) == 1
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert {"spelling.unknown", "tone.informal.exclamations"} <= rules
    config = Path(os.environ["AFTERVIEW_CONFIG"])
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        '[check]\ndisable = ["tone.informal"]\nwords = ["flurbix"]\n', encoding="utf-8"
    )
    assert main(["check", note, *CONTEXT]) == 0, capsys.readouterr().out
    capsys.readouterr()
    assert main(["check", note, *CONTEXT, "--disable", "generic", "--word", "x"]) == 0


def test_sibling_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = _note(tmp_path, "Subject: Thanks\n\n" + CLEAN_NOTE)
    copy = _note(tmp_path, CLEAN_NOTE.replace("Dear Jane", "Dear Tom"), "tom.txt")
    assert main(["check", note, *CONTEXT, "--sibling", f"Tom Berg={copy}"]) == 1
    assert "mass.similar" in capsys.readouterr().out


def test_timing_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    note = _note(tmp_path, "Subject: Thanks\n\n" + CLEAN_NOTE)
    late = ["--interview-at", "2026-11-20T14:00:00-05:00", "--send-at", "2026-11-23T09:00:00-05:00"]
    assert main(["check", note, *CONTEXT, *late]) == 1
    assert "timing.too-late" in capsys.readouterr().out
    soon = [
        "--kind",
        "status_inquiry",
        "--decision-by",
        "2026-12-04",
        "--send-at",
        "2026-12-03T09:00:00-05:00",
        "--follow-ups",
        "2",
    ]
    assert main(["check", note, *CONTEXT, *soon]) == 1
    out = capsys.readouterr().out
    assert "timing.too-soon" in out and "timing.too-many" in out


def test_interview_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    interview = _note(
        tmp_path,
        """
[candidate]
name = "Priya Raman"
[application]
company = "Acme Robotics"
position = "Senior Data Engineer"
[interview]
at = 2026-11-20T14:00:00-05:00
[[interviewers]]
name = "Jane Okafor"
email = "jane@acme.example"
topics = ["moving nightly batch ETL to Kafka streams"]
""",
        "interview.toml",
    )
    note = _note(tmp_path, "Subject: Thanks\n\n" + CLEAN_NOTE)
    ok = ["--send-at", "2026-11-21T09:00:00-05:00"]
    assert main(["check", note, "--interview", interview, "--to", "Jane Okafor", *ok]) == 0, (
        capsys.readouterr()
    )
    capsys.readouterr()
    assert main(["check", note, "--interview", interview, "--to", "Tom"]) == 2
    assert "not an interviewer" in capsys.readouterr().err


def _cases_file(tmp_path: Path, shared: Path) -> str:
    lines = shared.read_text(encoding="utf-8").splitlines()[:5]
    lines.insert(2, '{"id": "broken", "context": ')
    return _note(tmp_path, "\n".join(lines) + "\n", "cases.jsonl")


def test_cases_option(
    tmp_path: Path, shared_cases: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _cases_file(tmp_path, shared_cases)
    assert main(["check", "--cases", path]) == 2
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert len(rows) == 5 and all(set(r) == {"id", "categories", "findings"} for r in rows)
    assert f"{path}:3:" in captured.err and "not valid JSON" in captured.err


def test_eval(tmp_path: Path, shared_cases: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(shared_cases)]) == 0
    out = capsys.readouterr().out
    assert "macro F1" in out and "micro F1" in out and out.count("\n") == 20
    assert main(["eval", str(shared_cases), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["macro_f1"] >= 0.95 and len(data["categories"]) == 18


def test_eval_needs_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", _note(tmp_path, "", "empty.jsonl")]) == 2
    assert "expected" in capsys.readouterr().err


def test_help_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--help"]) == 0
    assert "--other-company" in capsys.readouterr().out
    assert main(["check", "--kind"]) == 2  # a flag without its value: a usage error
    assert "--kind" in capsys.readouterr().err


def test_check_starts_without_rich_pydantic_or_jinja(tmp_path: Path) -> None:
    note = _note(tmp_path, CLEAN_NOTE)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "afterview", "check", note, *CONTEXT],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1  # no subject line
    imported = {
        line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line
    }
    assert "afterview.check" in imported
    assert "afterview.cli.plan_cmd" not in imported  # the other commands stay unloaded
    assert not imported & {"typer", "rich", "pydantic", "jinja2"}
