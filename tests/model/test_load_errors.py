"""Bad interview files: one clear message naming the file, the key and the line; exit 2.

Each case breaks the valid file of ``conftest.py`` in one way. The library
must raise :class:`InputError` (exit code 2) whose text names the file, the
key path and, where the key is written in the file, its line. The CLI tests at
the bottom run the real ``afterview plan`` and check the same through the exit
code and standard error, and that nothing was written.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from afterview.errors import InputError
from afterview.model import load_interview

MB = 1024 * 1024


def _replace(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return change


def _without_interviewers(text: str) -> str:
    return text[: text.index("[[interviewers]]")].replace('contact = "Łukasz Nowak"\n', "")


# (id, how to break the valid file, what the one problem line must say)
CASES: list[tuple[str, Callable[[str], str | bytes], list[str]]] = [
    (
        "more answers than concerns",
        _replace('answers = ["I have', 'answers = ["I speak a little", "I have'),
        ["interviewers[2].answers", "has 2 items but concerns has 1"],
    ),
    (
        "connected that is not true or false",
        _replace("connected = false", 'connected = "yes"'),
        ["interviewers[2].connected", "true or false"],
    ),
    (
        "broken TOML",
        _replace('company = "Acme Robotics"', 'company = "Acme Robotics'),
        ["interview.toml:7:", "not valid TOML", "not closed"],
    ),
    (
        "TOML value without quotes",
        _replace('title = "Staff Engineer"', "title = Staff Engineer"),
        ["interview.toml:41:", "not valid TOML", "text needs quotes"],
    ),
    (
        "missing required key",
        _replace('position = "Senior Data Engineer"\n', ""),
        ["interview.toml:6:", "application.position", "required but missing"],
    ),
    (
        "a time zone one slip from a real one",
        _replace("[interview]\n", '[interview]\ntimezone = "Europe/Londn"\n'),
        ["interview.timezone", "did you mean Europe/London?"],
    ),
    (
        # "Porto_Alegre" is near "Porto_Acre", a city of another clock (late256's writer took it)
        "a near name that is another city",
        _replace("[interview]\n", '[interview]\ntimezone = "America/Porto_Alegre"\n'),
        ["interview.timezone", "America/Porto_Acre?", "If that is another city than yours"],
    ),
    (
        "a city the time zone database does not keep",
        _replace("[interview]\n", '[interview]\ntimezone = "Africa/Lilongwe"\n'),
        ["interview.timezone", "a city in the same country with the same clock"],
    ),
    (
        "a subdivision the holidays package does not know",
        _replace("[interview]\n", '[interview]\ncountry = "MX-OAX"\n'),
        ["interview.toml:", "interview.country", "MX has no subdivision 'OAX'", "US-NY"],
    ),
    (
        "wrong type",
        _replace('title = "Staff Engineer"', "title = 42"),
        ["interview.toml:41:", "interviewers[1].title", "should be text in quotes, not 42"],
    ),
    (
        "wrong type in a list",
        _replace('topics = ["idempotent consumers"]', 'topics = ["idempotent consumers", 7]'),
        ["interview.toml:44:", "interviewers[1].topics[1]", "should be text in quotes"],
    ),
    (
        "unknown medium",
        _replace('medium = "linkedin"', 'medium = "fax"'),
        ["interview.toml:42:", "interviewers[1].medium", "'fax' is not allowed", "'email'"],
    ),
    (
        "date that is not a date (text)",
        _replace("decision_expected_by = 2026-12-04", 'decision_expected_by = "next Friday"'),
        [
            "interview.toml:15:",
            "interview.decision_expected_by",
            "should be a date",
            "'next Friday'",
        ],
    ),
    (
        "date that is not a date (no such day)",
        _replace("decision_expected_by = 2026-12-04", "decision_expected_by = 2026-02-30"),
        ["interview.toml:15", "'2026-02-30' is not a real date"],
    ),
    (
        "time without seconds",
        _replace("at = 2026-11-20T14:00:00-05:00", "at = 2026-11-20T14:00-05:00"),
        ["interview.toml:12", "'2026-11-20T14:00-05:00'", "seconds"],
    ),
    (
        "time without offset",
        _replace("at = 2026-11-20T14:00:00-05:00", "at = 2026-11-20T14:00:00"),
        ["interview.toml:12:", "interview.at", "needs a UTC offset"],
    ),
    (
        "outcome date that is not a date",
        _replace('result = "pending"', 'result = "rejected"\nat = "yesterday"'),
        ["interview.toml:26:", "outcome.at:", "should be a date", "'yesterday'"],
    ),
    (
        "no interviewers",
        _without_interviewers,
        ["interviewers:", "[[interviewers]]"],
    ),
    (
        "empty interviewers list",
        lambda text: "interviewers = []\n" + _without_interviewers(text),
        ["interviewers:", "at least one [[interviewers]]"],
    ),
    (
        "two interviewers with the same name",
        _replace('name = "Nguyễn Thị Mai"', 'name = "zoë martin"'),
        ["interview.toml:47:", "interviewers[2].name", "interviewers[0]", "distinct"],
    ),
    (
        "misspelled key",
        _replace("salutation =", "salutaion ="),
        [
            "interview.toml:33:",
            "interviewers[0].salutaion",
            "unknown key",
            "did you mean 'salutation'?",
        ],
    ),
    (
        "misspelled table",
        _replace("[debrief]", "[debreif]"),
        ["interview.toml:19:", "debreif", "unknown key", "did you mean 'debrief'?"],
    ),
    (
        "misspelled list of tables",  # never "did you mean 'interview'?", a table of its own
        lambda text: text.replace("[[interviewers]]", "[[interviews]]", 1),
        ["interviews", "unknown key", "did you mean 'interviewers'?"],
    ),
    (
        "key given twice",
        _replace('style = "behavioral"', 'style = "behavioral"\nstyle = "case"'),
        ["interview.toml:15:", "interview.style", "given twice"],
    ),
    (
        "email medium without an email",
        _replace('medium = "linkedin"', 'medium = "email"'),
        ["interview.toml:42:", "interviewers[1].medium", "has no email"],
    ),
    (
        "contact who is not an interviewer",
        _replace('contact = "Łukasz Nowak"', 'contact = "Siobhan"'),
        ["interview.toml:17:", "interview.contact", "not one of the interviewers"],
    ),
    (
        "binary file",
        lambda text: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        ["interview.toml", "binary data"],
    ),
    (
        "Latin-1 file",
        lambda text: text.encode("latin-1", errors="replace"),
        ["interview.toml", "not valid UTF-8", "interview.toml:2"],
    ),
    (
        "a line separator in a name",
        _replace('name = "Łukasz Nowak"', 'name = "Łukasz\\u2028Nowak"'),
        ["interview.toml:40:", "interviewers[1].name", "line separator (U+2028)"],
    ),
    (
        "a next-line character pasted into a topic",
        _replace('"idempotent consumers"', '"idempotent\x85consumers"'),
        ["interviewers[1].topics[0]", "next-line character (U+0085)"],
    ),
    (
        "a vertical tab",
        _replace('"on-call"', '"on\\u000bcall"'),
        ["interviewers[0].topics[1]", "vertical tab"],
    ),
    (
        "a form feed",
        _replace('name = "Zoë Martin"', 'name = "Zoë\\fMartin"'),
        ["interviewers[0].name", "form feed"],
    ),
    (
        "a NUL escaped in TOML",
        _replace('name = "Zoë Martin"', 'name = "Zoë\\u0000Martin"'),
        ["interviewers[0].name", "NUL"],
    ),
    (
        "nesting thousands deep",
        lambda text: "deep = " + "[" * 5000 + "]" * 5000 + "\n" + text,
        ["interview.toml", "nested more than 32 deep"],
    ),
    (
        "nesting deeper than an interview file",
        lambda text: "deep = " + "[" * 100 + "]" * 100 + "\n" + text,
        ["interview.toml", "nested more than 32 deep"],
    ),
    (
        "the year 9999",
        _replace("at = 2026-11-20T14:00:00-05:00", "at = 9999-12-31T23:00:00-05:00"),
        ["interview.toml:12:", "interview.at", "9999-12-31T23:00:00-05:00 is not a date"],
    ),
    (
        "a decision in the year 9999",
        _replace("decision_expected_by = 2026-12-04", "decision_expected_by = 9999-12-31"),
        ["interview.toml:15:", "interview.decision_expected_by", "years 1900 to 2199"],
    ),
    (
        "5 MB file",
        lambda text: text + "# padding\n" * (5 * MB // 10),
        ["interview.toml", "5.0 MB", "the limit is 256 KB"],
    ),
]


@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_file_gives_one_clear_message(write, valid_text, change, expected):
    path = write(change(valid_text))

    with pytest.raises(InputError) as caught:
        load_interview(path)

    error = caught.value
    assert error.exit_code == 2
    text = str(error)
    assert str(path) in text
    for part in expected:
        assert part in text, f"{part!r} not in:\n{text}"
    assert len(error.problems) <= 1, text  # one message, not a cascade
    assert "Traceback" not in text


def test_each_problem_is_a_separate_line_with_file_and_line(write, valid_text):
    broken = valid_text.replace('title = "Staff Engineer"', "title = 42").replace(
        "salutation =", "salutaion ="
    )

    with pytest.raises(InputError) as caught:
        load_interview(write(broken))

    problems = caught.value.problems
    assert [(p.location, p.line) for p in problems] == [
        ("interviewers[0].salutaion", 33),
        ("interviewers[1].title", 41),
    ]
    assert all(p.source and p.source.endswith("interview.toml") for p in problems)
    assert "2 problems" in str(caught.value)


def test_an_unknown_country_is_listed_with_the_other_problems(write, valid_text):
    broken = valid_text.replace('title = "Staff Engineer"', "title = 42").replace(
        "[interview]\n", '[interview]\ncountry = "MX-OAX"\n'
    )

    with pytest.raises(InputError) as caught:
        load_interview(write(broken))

    located = {p.location: p.line for p in caught.value.problems}
    assert set(located) == {"interview.country", "interviewers[1].title"}
    assert all(line is not None for line in located.values())
    assert "2 problems" in str(caught.value)


def test_unknown_key_far_from_any_known_one_lists_the_known_keys(write, valid_text):
    path = write(valid_text.replace("[application]\n", "[application]\nshoe_size = 44\n"))

    with pytest.raises(InputError) as caught:
        load_interview(path)

    (problem,) = caught.value.problems
    assert problem.location == "application.shoe_size"
    assert problem.hint is not None and "company, position, reference" in problem.hint


def test_a_huge_wrong_value_is_shortened_in_the_message(write, valid_text):
    path = write(valid_text.replace('title = "Staff Engineer"', f"title = {list(range(500))}"))

    with pytest.raises(InputError) as caught:
        load_interview(path)

    # The file's name is in the message twice; only the rest must stay short.
    assert len(str(caught.value).replace(str(path), "")) < 600


@pytest.mark.parametrize(
    ("contact", "means"),
    [("lukasz", "Łukasz Nowak"), ("Nowak, Łukasz", "Łukasz Nowak"), ("zoë", "Zoë Martin")],
)
def test_the_contact_may_be_written_another_way(write, valid_text, contact, means):
    """As docs/interview-file.md says: "Emeka" for "Emeka - trade ops team lead"."""
    path = write(valid_text.replace('contact = "Łukasz Nowak"', f'contact = "{contact}"'))

    assert load_interview(path).contact.name == means


@pytest.mark.parametrize(
    ("typed", "contact", "means"),
    [
        ("Talentbridge agency - Mareike", "Mareike", "Talentbridge agency - Mareike"),
        ("Dr. Jonas Wöhler", "dr. wöhler", "Dr. Jonas Wöhler"),
        # the whole name among the label's words (late426's writer was refused)
        (
            "Ranger Service Mgr - Fiona McIntyre",
            "Fiona McIntyre",
            "Ranger Service Mgr - Fiona McIntyre",
        ),
    ],
)
def test_the_contact_may_be_written_as_the_notes_greet_them(
    write, valid_text, typed, contact, means
):
    """As docs/interview-file.md says: "Dr. Hoffmann" for "Dr. Sabine Hoffmann"."""
    text = valid_text.replace('name = "Łukasz Nowak"', f'name = "{typed}"')
    path = write(text.replace('contact = "Łukasz Nowak"', f'contact = "{contact}"'))

    assert load_interview(path).contact.name == means


def test_a_whole_name_two_interviewers_hold_is_refused(write, valid_text):
    text = valid_text.replace('name = "Nguyễn Thị Mai"', 'name = "Łukasz Nowak (HR, took notes)"')
    path = write(text.replace('contact = "Łukasz Nowak"', 'contact = "łukasz nowak"'))

    assert load_interview(path).contact.name == "Łukasz Nowak"  # written the same: that one
    path = write(text.replace('contact = "Łukasz Nowak"', 'contact = "Nowak"'))
    with pytest.raises(InputError, match="not one of the interviewers"):
        load_interview(path)  # one word is no whole name


def test_a_contact_two_interviewers_could_be_is_refused(write, valid_text):
    text = valid_text.replace('name = "Nguyễn Thị Mai"', 'name = "Łukasz Wójcik"')
    path = write(text.replace('contact = "Łukasz Nowak"', 'contact = "Łukasz"'))

    with pytest.raises(InputError, match="not one of the interviewers"):
        load_interview(path)


def test_folder_and_missing_file(tmp_path):
    for path, words in ((tmp_path, "is a folder"), (tmp_path / "nope.toml", "no such file")):
        with pytest.raises(InputError, match=words):
            load_interview(path)


@pytest.mark.parametrize(
    "name", ["Zoë", "Łukasz", "Nguyễn Thị Mai", "Siobhán", "Zoe\u0308 (decomposed)"]
)
def test_unicode_comes_out_as_it_went_in(write, valid_text, name):
    text = valid_text.replace("Nguyễn Thị Mai", "Mai Tran")  # the third must not clash
    path = write(text.replace("Zoë Martin", name).replace("Dr. Martin", name))

    interview = load_interview(path)

    assert interview.interviewers[0].name == name  # not normalised, not escaped
    assert interview.interviewers[0].salutation == name


# --- through the real command line ----------------------------------------------------------

PLAN_REGISTERED = importlib.util.find_spec("afterview.cli.plan_cmd") is not None


def _afterview() -> list[str]:
    script = Path(sys.executable).with_name("afterview")
    return [str(script)] if script.exists() else [sys.executable, "-m", "afterview"]


@pytest.mark.skipif(not PLAN_REGISTERED, reason="`afterview plan` is not registered yet")
@pytest.mark.parametrize(("change", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_afterview_plan_exits_2_with_the_message_and_writes_nothing(
    write, valid_text, change, expected
):
    path = write(change(valid_text))
    before = sorted(path.parent.iterdir())
    data_home = Path(os.environ["XDG_DATA_HOME"])

    done = subprocess.run(
        [*_afterview(), "plan", str(path)], capture_output=True, text=True, timeout=60
    )

    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert done.stderr.count("error:") == 1
    for part in expected:
        assert part in done.stderr, f"{part!r} not in:\n{done.stderr}"
    assert sorted(path.parent.iterdir()) == before
    assert not data_home.exists() or not any(data_home.rglob("*"))


@pytest.mark.skipif(not PLAN_REGISTERED, reason="`afterview plan` is not registered yet")
def test_afterview_plan_reads_a_bad_file_from_stdin(valid_text):
    done = subprocess.run(
        [*_afterview(), "plan", "-"],
        input=valid_text.replace('medium = "linkedin"', 'medium = "fax"'),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 2
    assert "<stdin>:42: interviewers[1].medium: 'fax' is not allowed" in done.stderr


@pytest.mark.skipif(not PLAN_REGISTERED, reason="`afterview plan` is not registered yet")
def test_afterview_plan_refuses_a_huge_standard_input(valid_text):
    done = subprocess.run(
        [*_afterview(), "plan", "-"],
        input=valid_text + "# padding\n" * (5 * MB // 10),
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 2
    assert "<stdin>: this interview file is more than 256 KB; the limit is 256 KB." in done.stderr
