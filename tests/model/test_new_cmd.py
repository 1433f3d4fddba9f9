"""`afterview new`, driven by answers on standard input, through the real entry point."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.cli import main
from afterview.model import Medium, load_interview, parse_interview

from .strategies import names, one_line

EST = timezone(timedelta(hours=-5))


def run(args: list[str], answers: list[str]) -> tuple[int, str, str]:
    """Run ``afterview new ARGS`` with one answer per line; returns (exit code, stdout, stderr)."""
    with CliRunner().isolation(input="".join(a + "\n" for a in answers)) as (out, err, _):
        code = main(["new", *args])
        return code, out.getvalue().decode(), err.getvalue().decode()


def session(
    candidate: str = "Siobhán Ní Bhriain",
    people: tuple[str, ...] = ("Zoë Martin", "Łukasz Nowak"),
    topic: str = "Kafka streams",
    contact: str = "",
    country: str = "",
) -> list[str]:
    """The answers of a typical session, in the order the questions come."""
    answers = [
        candidate,
        "siobhan@example.com",
        "mentoring",  # strength 1
        "",  # no more strengths
        "",  # no line of my own in the notes (own_lines)
        "Acme Robotics",
        "Senior Data Engineer",
        "REQ-1",  # reference
        "",  # not an internal move (internal)
        "2026-11-20 14:00 -05:00",
        "panel",  # format
        "",  # style
        "2026-12-04",  # decision
        "A take-home exercise.",  # next steps
        country,
        "",  # time zone
    ]
    for n, person in enumerate(people):
        email = "zoe@acme.example" if n == 0 else ""
        medium = "email" if n == 0 else "handwritten"
        # name, title, email, linkedin, medium, salutation, topic 1, end of topics,
        # questions, concerns, rapport, known
        answers += [person, "Director", email, "", medium, "", topic, "", "", "", "", ""]
    answers.append("")  # no more interviewers
    if len(people) > 1:
        answers.append(contact)
    answers += ["", "My talk was accepted.", ""]  # debrief
    return answers


def test_writes_a_file_that_loads_with_the_answers(tmp_path):
    target = tmp_path / "acme.toml"

    code, out, err = run([str(target)], session())

    assert code == 0, err
    interview = load_interview(target)
    assert interview.candidate.name == "Siobhán Ní Bhriain"
    assert interview.candidate.strengths == ["mentoring"]
    assert interview.application.reference == "REQ-1"
    assert interview.interview.at == datetime(2026, 11, 20, 14, 0, tzinfo=EST)
    assert interview.interview.format == "panel"
    assert interview.interview.style is None
    assert interview.interview.decision_expected_by == date(2026, 12, 4)
    assert interview.interview.contact is None  # the first interviewer: the default
    assert [p.name for p in interview.interviewers] == ["Zoë Martin", "Łukasz Nowak"]
    assert interview.interviewers[0].medium is Medium.EMAIL
    assert interview.interviewers[1].medium is Medium.HANDWRITTEN
    assert interview.interviewers[0].topics == ["Kafka streams"]
    assert interview.debrief.new_information == "My talk was accepted."
    assert out == ""
    assert f"Wrote {target}" in err


def test_without_a_file_prints_the_toml_and_nothing_else(tmp_path):
    code, out, err = run([], session(people=("Nguyễn Thị Mai",)))

    assert code == 0, err
    assert parse_interview(out).interviewers[0].name == "Nguyễn Thị Mai"
    assert "Your name" in err  # the questions went to standard error
    assert list(tmp_path.iterdir()) == []


def test_the_contact_is_chosen_by_number_or_name(tmp_path):
    for i, contact in enumerate(["2", "łukasz nowak"]):
        target = tmp_path / f"c{i}.toml"
        code, _, err = run([str(target)], session(contact=contact))
        assert code == 0, err
        assert load_interview(target).contact.name == "Łukasz Nowak"


def test_wrong_answers_are_asked_again(tmp_path):
    # Each group: the wrong answers, then the one that is taken.
    answers = [
        *["", "Siobhán"],  # a name is required
        *["not an email", "siobhan@example.com"],
        "",  # no strengths
        "",  # own_lines left out
        *["Acme", "Engineer", ""],
        "",  # internal left out
        *["20 November", "2026-11-20 14:00"],  # not a time; then a time without offset
        *["EST", "-05:00"],  # so the offset is asked
        *["zoom", "video"],  # format
        "",  # style
        *["next Friday", "2026-12-04"],
        "",  # next steps
        *["USA", "us"],  # country: an ISO code
        *["Eastern", "Europe/London", "America/New_York"],  # not a zone; not at -05:00 then
        *["", "Zoë"],  # at least one interviewer is needed
        *["", ""],  # title, email
        *["zoe.example.com", ""],  # linkedin
        *["email", "handwritten"],  # email medium without an email address
        *["", "", "", "", "", ""],  # salutation, topics, questions, concerns, rapport, known
        *["zoë", "Tom"],  # the same name twice
        *["", "", "", "", "", "", "", "", "", ""],  # the rest of Tom
        "",  # connected on LinkedIn? (asked: Tom has no email, so his note goes by LinkedIn)
        "",  # no more interviewers
        *["9", "Tom"],  # contact
        *["", "", ""],  # debrief
    ]
    target = tmp_path / "acme.toml"

    code, _, err = run([str(target)], answers)

    assert code == 0, err
    for message in (
        "this one is required",
        "does not look like an email address",
        "is not a date and time",
        "'EST' is not a UTC offset",
        "choose one of phone, video",
        "'next Friday' is not a date",
        "at least one interviewer is needed",
        "does not look like a web address",
        "no email address",
        "Zoë is already listed",
        "give a number from 1 to 2",
        "'USA' is not an ISO 3166 country code",
        "'Eastern' is not a time zone",
        "Europe/London is at +0000 then",
    ):
        assert message in err
    interview = load_interview(target)
    assert interview.interview.at == datetime(2026, 11, 20, 14, 0, tzinfo=EST)
    assert (interview.interview.country, interview.interview.timezone) == (
        "US",
        "America/New_York",
    )
    assert interview.interview.format == "video"
    assert [p.name for p in interview.interviewers] == ["Zoë", "Tom"]
    assert interview.interviewers[0].medium is Medium.HANDWRITTEN
    assert interview.interview.contact == "Tom"


def test_offers_the_local_offset(tmp_path, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        answers = session(people=("Zoë",))
        answers[9] = "2026-11-20 14:00"  # no offset: the question offers +05:30
        answers.insert(10, "")
        code, _, err = run([str(tmp_path / "a.toml")], answers)
    finally:
        monkeypatch.undo()
        time.tzset()

    assert code == 0, err
    assert "(+05:30)" in err
    assert load_interview(tmp_path / "a.toml").interview.at.utcoffset() == timedelta(
        hours=5, minutes=30
    )


def test_refuses_to_overwrite_before_asking_anything(tmp_path):
    target = tmp_path / "acme.toml"
    target.write_text("mine\n")

    code, _, err = run([str(target)], session())

    assert code == 2
    assert "already exists" in err and "--force" in err
    assert "Your name" not in err
    assert target.read_text() == "mine\n"

    code, _, err = run([str(target), "--force"], session())
    assert code == 0, err
    assert load_interview(target).candidate.name == "Siobhán Ní Bhriain"


def test_input_ending_early_writes_nothing(tmp_path):
    target = tmp_path / "acme.toml"

    code, _, err = run([str(target)], session()[:9])

    assert code == 2
    assert "nothing was written" in err
    assert list(tmp_path.iterdir()) == []


def test_a_real_process_with_piped_answers(tmp_path):
    script = Path(sys.executable).with_name("afterview")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "afterview"]

    done = subprocess.run(
        [*command, "new", "-"],
        input="".join(a + "\n" for a in session()),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )

    assert done.returncode == 0, done.stderr
    assert [p.name for p in parse_interview(done.stdout).interviewers] == [
        "Zoë Martin",
        "Łukasz Nowak",
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    candidate=names,
    people=st.lists(names, min_size=1, max_size=3, unique_by=str.casefold),
    topic=one_line,
)
def test_any_unicode_answer_comes_back_as_given(candidate, people, topic):
    # Answers are lines: a name cannot hold a line break of any kind that input() splits on.
    code, out, err = run([], session(candidate=candidate, people=tuple(people), topic=topic))

    assert code == 0, err
    interview = parse_interview(out)
    assert interview.candidate.name == candidate
    assert [p.name for p in interview.interviewers] == people
    assert interview.interviewers[0].topics == [topic]


def test_answers_are_asked_after_concerns_and_connected_for_linkedin(tmp_path):
    answers = session(people=("Zoë Martin",))
    person = answers.index("Zoë Martin")
    # name, title, email, linkedin, medium, salutation, topic, end, questions, concern, end,
    # answer, end, rapport, known, connected
    answers[person : person + 12] = [
        "Zoë Martin",
        "Director",
        "",
        "https://www.linkedin.com/in/zoe",
        "linkedin",
        "",
        "Kafka streams",
        "",
        "",
        "limited Scala experience",
        "",
        "shipped two Scala services at Acme",
        "",
        "",
        "",
        "maybe",
        "yes",
    ]
    target = tmp_path / "acme.toml"

    code, _, err = run([str(target)], answers)

    assert code == 0, err
    zoe = load_interview(target).interviewers[0]
    assert zoe.concerns == ["limited Scala experience"]
    assert zoe.answers == ["shipped two Scala services at Acme"]
    assert zoe.connected is True
    assert "answer yes or no" in err


NOTE_TO_SELF = "salary stuff + shifts??"
SENTENCE = "I ran the night shift at a cold store for three years"


def test_a_line_no_note_could_use_is_asked_again_as_a_sentence(tmp_path):
    target = tmp_path / "acme.toml"
    answers = session()
    answers[2:3] = [NOTE_TO_SELF, SENTENCE]  # strength 1, then its rephrasing

    code, _, err = run(["--rephrase", str(target)], answers)

    assert code == 0, err
    assert "A note could not use this as written: it reads as a note to yourself" in err
    assert "Say it as you would in a sentence" in err
    assert load_interview(target).candidate.strengths == [SENTENCE]


def test_an_empty_rephrasing_keeps_the_line_as_written(tmp_path):
    target = tmp_path / "acme.toml"
    answers = session()
    answers[2:3] = [NOTE_TO_SELF, ""]

    code, _, err = run(["--rephrase", str(target)], answers)

    assert code == 0, err
    assert load_interview(target).candidate.strengths == [NOTE_TO_SELF]


def test_a_rephrasing_that_still_does_not_read_is_asked_about_again(tmp_path):
    target = tmp_path / "acme.toml"
    answers = session()
    answers[2:3] = [NOTE_TO_SELF, "shifts + pay??", SENTENCE]

    code, _, err = run(["--rephrase", str(target)], answers)

    assert code == 0, err
    assert err.count("A note could not use this as written") == 2
    assert load_interview(target).candidate.strengths == [SENTENCE]


def test_piped_answers_are_told_why_but_never_asked_an_extra_question(tmp_path):
    """A script's answers must keep their order: the advice is shown, the line kept."""
    target = tmp_path / "acme.toml"
    answers = session()
    answers[2] = NOTE_TO_SELF

    code, _, err = run([str(target)], answers)

    assert code == 0, err
    assert "A note could not use this as written" in err
    assert "Say it as you would in a sentence" not in err
    interview = load_interview(target)
    assert interview.candidate.strengths == [NOTE_TO_SELF]
    assert interview.interviewers[0].topics == ["Kafka streams"]


def test_a_line_a_note_can_use_is_not_questioned(tmp_path):
    code, _, err = run(["--rephrase", str(tmp_path / "a.toml")], session())

    assert code == 0, err
    assert "A note could not use this as written" not in err


def test_says_before_asking_how_to_address_someone_the_name_cannot_tell():
    code, out, err = run([], session(people=("Rossi", "Zoë Martin")))

    assert code == 0, err
    said = out + err
    assert "How to greet Rossi is not known (only a family name is recorded)" in said
    assert "How to greet Zoë Martin" not in said  # a given name says it


def test_the_hint_reads_a_name_with_the_country_given_as_the_plan_does():
    """ "Kim" alone greets Kim in Canada; in Korea it is the commonest family name, so the plan
    asks, and the wizard says so before asking for a salutation."""
    korea = run([], session(people=("Kim (safety team)",), country="KR"))
    canada = run([], session(people=("Kim (safety team)",), country="CA"))

    assert korea[0] == canada[0] == 0, korea[2] + canada[2]
    assert "How to greet Kim (safety team) is not known" in korea[1] + korea[2]
    assert "How to greet Kim" not in canada[1] + canada[2]
