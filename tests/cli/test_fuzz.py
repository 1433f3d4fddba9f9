"""Fuzzing the commands with damaged input: never a traceback, never an exit code but 0, 1 or 2.

Hypothesis mutates real inputs (cuts, copies, inserts, and splices of hostile
pieces: control characters and line separators, deep brackets, huge numbers,
years 0 and 9999, ids past 2^63, RFC 2047 encoded words, quotes and escapes)
and runs the command as a user would, in-process through ``afterview.cli.main``,
which turns every expected error into a message and an exit code: an exception
escaping it is a traceback, and fails the test.

- interview files through ``plan --json`` and ``add`` (into a fresh SQLite database);
- exports through ``import`` (into a fresh SQLite database);
- notes through ``check`` with an interview file's context.

Each runs a bounded number of examples (``max_examples``), so the whole file
stays within a minute or two in CI.
"""

from __future__ import annotations

import io
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.cli import main

from conftest import EXAMPLES

HOSTILE = [
    "\u2028",
    "\u2029",
    "\x85",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b[2J",
    "\r\n",
    "\\u0000",
    "\\u2028",
    '"',
    "'''",
    '"""',
    "\\",
    "[" * 300,
    "]" * 300,
    "{" * 200,
    "[[" * 50,
    "9999-12-31",
    "0001-01-01T00:00:00+00:00",
    "2026-02-30",
    "9223372036854775808",
    "-1",
    "1" * 5000,
    "1e999",
    "NaN",
    "null",
    "true",
    "{}",
    "[]",
    "=?utf-8?q?Jane=0D=0ABcc:_evil@x.example?=",
    "=?utf-8?b?SmFuZQ0KQmNjOiBldmlsQHguZXhhbXBsZQ==?=",
    "{{ cycler.__init__.__globals__ }}",
    '[[interviewers]]\nname = "Zoë"\n',
    "\n[interview]\n",
    "Dear Jane,",
    "Zoë Faßbender",
    "\U0001f600",
]

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` changed in one to four places."""
    for _ in range(draw(st.integers(1, 4))):
        n = len(text)
        at = draw(st.integers(0, n))
        to = draw(st.integers(at, min(n, at + 80)))
        how = draw(st.sampled_from(["cut", "insert", "replace", "copy", "truncate"]))
        piece = draw(st.sampled_from(HOSTILE) | st.text(max_size=12))
        if how == "cut":
            text = text[:at] + text[to:]
        elif how == "insert":
            text = text[:at] + piece + text[at:]
        elif how == "replace":
            text = text[:at] + piece + text[to:]
        elif how == "copy":
            text = text[:to] + text[at:to] * draw(st.integers(1, 50)) + text[to:]
        else:
            text = text[:at]
    return text


def run(*args: str) -> int:
    """One command, its output swallowed; the code it would exit with."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    assert code in (0, 1, 2), f"exit code {code}: {err.getvalue()[-2000:]}"
    assert "Traceback" not in err.getvalue()
    return code


def written(folder: str, name: str, text: str) -> str:
    path = Path(folder) / name
    # Written as UTF-8 where it can be; a lone surrogate goes as the bytes a broken
    # editor would write.
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    return str(path)


INTERVIEW = (EXAMPLES / "panel.toml").read_text(encoding="utf-8")
NOTE = """Subject: Thank you for Friday

Dear Dr. Lambert,

Thank you for Friday's panel interview and for walking me through the move of the
nightly batch jobs to Kafka streams. I built a streaming pipeline that handles two
billion events a day, and I would be glad to bring that to Lumen Freight.

Best regards,
Siobhán Murphy
"""


@FUZZ
@given(text=mutated(INTERVIEW))
def test_damaged_interview_files(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = written(folder, "interview.toml", text)
        run("plan", path, "--json")
        run("add", path, "--db", f"sqlite:///{folder}/records.db")


def _export() -> str:
    from afterview.records.export import dumps, export_data
    from afterview.records.service import add_file
    from afterview.store import Store

    with tempfile.TemporaryDirectory() as folder, Store.open(f"sqlite:///{folder}/r.db") as store:
        add_file(store, EXAMPLES / "panel.toml")
        return dumps(export_data(store))


EXPORT = _export()


@FUZZ
@given(text=mutated(EXPORT))
def test_damaged_exports(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = written(folder, "export.json", text)
        run("import", path, "--db", f"sqlite:///{folder}/records.db")


@FUZZ
@given(text=mutated(NOTE), interview=st.booleans())
def test_damaged_notes(text: str, interview: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = written(folder, "note.txt", text)
        context = ["--interview", str(EXAMPLES / "panel.toml"), "--to", "Zoë Lambert"]
        run("check", path, *(context if interview else []))
        run("check", path, "--format", "json")


def test_a_number_too_long_to_convert_is_bad_input() -> None:
    # hypothesis found it: Python refuses to turn 5,000 digits into an int
    text = INTERVIEW.replace('email = "siobhan.murphy@example.com"', f"email = {'1' * 5000}")
    with tempfile.TemporaryDirectory() as folder:
        path = written(folder, "interview.toml", text)
        assert run("plan", path, "--json") == 2
        assert run("add", path, "--db", f"sqlite:///{folder}/records.db") == 2
