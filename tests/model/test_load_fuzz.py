"""Whatever the input, the loader returns an Interview or raises InputError: nothing else."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from afterview.errors import InputError
from afterview.model import Interview, load_interview, parse_interview

from .conftest import VALID

_fuzz = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _load_or_input_error(call, *args):
    try:
        result = call(*args)
    except InputError as exc:
        assert exc.exit_code == 2
        assert str(exc)  # the message can be built
        return None
    assert isinstance(result, Interview)
    return result


@_fuzz
@given(st.binary(max_size=2000))
@example(b"\xff\xfe[\x00c\x00")  # UTF-16
@example(b"\xef\xbb\xbf" + VALID.encode())  # UTF-8 with a byte-order mark
def test_any_bytes(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.toml"
        path.write_bytes(data)
        _load_or_input_error(load_interview, path)


@_fuzz
@given(st.text(max_size=2000))
def test_any_text(text):
    _load_or_input_error(parse_interview, text, "fuzz.toml")


@_fuzz
@given(st.data())
def test_the_valid_file_broken_anywhere(data):
    # Random edits of a real file reach far more of the validation than random text.
    start = data.draw(st.integers(0, len(VALID)), label="start")
    end = data.draw(st.integers(start, min(len(VALID), start + 40)), label="end")
    patch = data.draw(
        st.text(alphabet=st.sampled_from('[]{}"=.,#\n\\ a1-:TZé') | st.characters(), max_size=12)
    )
    _load_or_input_error(parse_interview, VALID[:start] + patch + VALID[end:], "fuzz.toml")


@_fuzz
@given(
    key=st.sampled_from(["title", "medium", "topics", "email", "linkedin", "name", "rapport"]),
    value=st.sampled_from(
        [
            "1",
            "1.5",
            "true",
            "[]",
            "{}",
            '[1, "a"]',
            "{ a = 1 }",
            "2026-01-01",
            '""',
            '" "',
            '"\\n"',
        ]
    ),
)
def test_a_wrong_value_is_reported_at_its_key(key, value):
    person = '[[interviewers]]\nname = "Nguyễn Thị Mai"\nmedium = "handwritten"\n'
    broken = '[[interviewers]]\nname = "Nguyễn Thị Mai"\n' + f"{key} = {value}\n"
    try:
        parse_interview(VALID.replace(person, broken), "fuzz.toml")
    except InputError as exc:
        assert exc.exit_code == 2
        (problem,) = exc.problems
        assert problem.location is not None and problem.location.startswith(
            f"interviewers[2].{key}"
        )
        assert problem.line == VALID.count("\n", 0, VALID.index(person)) + 3
    else:
        assert (key, value) in {("topics", "[]")}  # the only one of these that is valid
