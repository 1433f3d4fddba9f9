"""Time, through the commands, on SQLite and PostgreSQL (issue 13, item 2).

``--now`` and ``AFTERVIEW_NOW`` on every command that depends on the time, so a
test walks through weeks; windows avoid public holidays; a 09:00 window stays
09:00 across a daylight-saving change; a decision due the same day and a
rejection date without a time give sensible windows.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afterview.cli import main
from afterview.store import Store


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def interview(
    tmp_path: Path,
    *,
    at: str = "2026-11-16T14:00:00-05:00",
    decision: str | None = "2026-11-25",
    extra: str = "",
    name: str = "round.toml",
) -> Path:
    path = tmp_path / name
    lines = [
        "[candidate]",
        'name = "Priya Raman"',
        "[application]",
        'company = "Acme Robotics"',
        'position = "Data Engineer"',
        "[interview]",
        f"at = {at}",
        *([f"decision_expected_by = {decision}"] if decision else []),
        *([extra] if extra else []),
        "[[interviewers]]",
        'name = "Jane Okafor"',
        'email = "jane@acme.example"',
        'topics = ["streaming pipelines"]',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def windows(capsys, path: Path) -> dict[tuple[str, int], tuple[str, str]]:
    code, out, err = run(capsys, "plan", str(path), "--json")
    assert code == 0, err
    return {
        (m["kind"], i): (m["send_after"], m["send_by"])
        for i, m in enumerate(json.loads(out)["messages"])
    }


def inquiries(capsys, path: Path) -> list[str]:
    code, out, err = run(capsys, "plan", str(path), "--json")
    assert code == 0, err
    return [m["send_after"] for m in json.loads(out)["messages"] if m["kind"] == "status_inquiry"]


def stored_inquiries(db: str) -> list[str]:
    with Store.open(db) as store:
        return [
            m.send_after.isoformat() for m in store.messages_of(1) if m.kind == "status_inquiry"
        ]


# -- walking through weeks -----------------------------------------------------------------


def test_a_user_walks_through_the_weeks_with_now(
    capsys, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = interview(tmp_path, decision="2026-12-04")
    monkeypatch.setenv("AFTERVIEW_NOW", "2026-11-16T16:00:00-05:00")  # after the interview
    assert run(capsys, "add", str(path), "--db", db_url)[0] == 0
    code, out, _ = run(capsys, "due", "--db", db_url)
    assert "#1 thank you to Jane Okafor" in out
    assert "status inquiry" not in out
    run(capsys, "log", "1", "sent", "--db", db_url)
    with Store.open(db_url) as store:
        assert store.get_message(1).sent_at.isoformat() == "2026-11-16T21:00:00+00:00"
    # --now wins over AFTERVIEW_NOW: a date alone is 09:00 that day.
    code, out, _ = run(capsys, "due", "--now", "2026-12-01", "--db", db_url)
    assert "Nothing due" in out
    code, out, _ = run(capsys, "due", "--now", "2026-12-07T09:00:00-05:00", "--db", db_url)
    assert "#2 status inquiry to Jane Okafor" in out
    run(capsys, "log", "2", "sent", "--now", "2026-12-07T10:00:00-05:00", "--db", db_url)
    code, out, _ = run(capsys, "due", "--now", "2026-12-18T09:00-05:00", "--db", db_url)
    assert "#3 status inquiry" in out
    run(capsys, "log", "3", "sent", "--now", "2026-12-18T10:00:00-05:00", "--db", db_url)
    code, out, _ = run(capsys, "list", "--now", "2026-12-21", "--db", db_url)
    assert "interviewing" in out  # not a week since the last inquiry yet
    code, out, _ = run(capsys, "list", "--now", "2026-12-28", "--db", db_url)
    assert "no response" in out and "move on" in out
    code, _, err = run(capsys, "due", "--now", "next monday", "--db", db_url)
    assert code == 2 and "--now 'next monday': not a date or time" in err
    monkeypatch.setenv("AFTERVIEW_NOW", "soon")
    code, _, err = run(capsys, "due", "--db", db_url)
    assert code == 2 and "AFTERVIEW_NOW 'soon'" in err


def test_plan_reads_afterview_now(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("AFTERVIEW_NOW", "2026-11-18")
    code, out, _ = run(capsys, "plan", str(interview(tmp_path)), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["now"] == "2026-11-18T09:00:00-05:00"
    assert data["messages"][0]["status"] == "overdue"


# -- public holidays -----------------------------------------------------------------------


def test_windows_avoid_the_public_holidays_of_the_country(
    capsys, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # They decide by Wednesday 25 November 2026; Thursday 26 is Thanksgiving in the US.
    plain = interview(tmp_path, name="plain.toml")
    us = interview(tmp_path, name="us.toml", extra='country = "US"')
    assert inquiries(capsys, plain)[0] == "2026-11-26T09:00:00-05:00"
    assert inquiries(capsys, us)[0] == "2026-11-27T09:00:00-05:00"
    # The setting gives the country of files that do not say.
    monkeypatch.setenv("AFTERVIEW_COUNTRY", "US")
    assert inquiries(capsys, plain)[0] == "2026-11-27T09:00:00-05:00"
    assert run(capsys, "add", str(plain), "--db", db_url)[0] == 0
    assert stored_inquiries(db_url)[0] == "2026-11-27T09:00:00-05:00"
    monkeypatch.delenv("AFTERVIEW_COUNTRY")
    # A reply naming the Wednesday before Christmas: after it, and not on 25 December.
    run(capsys, "add", str(us), "--db", db_url)
    run(capsys, "log", "1", "sent", "--db", db_url)
    code, out, _ = run(capsys, "log", "1", "replied", "--until", "2026-12-24", "--db", db_url)
    assert code == 0 and "wait until after 2026-12-24" in out
    assert stored_inquiries(db_url)[0] == "2026-12-28T09:00:00-05:00"
    assert "status inquiry 2 opens Mon 2026-12-28 09:00 -0500" in out


@pytest.mark.parametrize(
    ("country", "says"),
    [("USA", "is not an ISO 3166 country code"), ("XX", "knows no such country")],
)
def test_a_country_that_cannot_be_used_is_named(capsys, tmp_path: Path, country, says) -> None:
    path = interview(tmp_path, extra=f'country = "{country}"')
    code, out, err = run(capsys, "plan", str(path))
    assert code == 2 and "interview.country" in err and says in err and out == ""


# -- daylight saving -----------------------------------------------------------------------


def test_a_nine_oclock_window_stays_nine_across_daylight_saving(
    capsys, db_url: str, tmp_path: Path
) -> None:
    # Thursday 5 March 2026 in New York (EST, -05:00); clocks go forward on Sunday 8 March.
    at, decision = "2026-03-05T14:00:00-05:00", "2026-03-06"
    fixed = interview(tmp_path, name="fixed.toml", at=at, decision=decision)
    zoned = interview(
        tmp_path, name="zoned.toml", at=at, decision=decision, extra='timezone = "America/New_York"'
    )
    assert inquiries(capsys, fixed)[0] == "2026-03-10T09:00:00-05:00"  # 10:00 on the clocks
    assert inquiries(capsys, zoned) == ["2026-03-10T09:00:00-04:00", "2026-03-20T09:00:00-04:00"]
    assert run(capsys, "add", str(zoned), "--db", db_url)[0] == 0
    assert stored_inquiries(db_url)[0] == "2026-03-10T09:00:00-04:00"
    code, out, _ = run(capsys, "due", "--now", "2026-03-10T09:30:00-04:00", "--db", db_url)
    assert code == 0 and "status inquiry to Jane Okafor by Fri 2026-03-13 09:00 -0400" in out


def test_a_time_zone_that_contradicts_the_offset_is_refused(capsys, tmp_path: Path) -> None:
    path = interview(tmp_path, extra='timezone = "Europe/London"')
    code, _, err = run(capsys, "plan", str(path))
    assert code == 2 and "interview.at" in err and "Europe/London is at +0000" in err
    path = interview(tmp_path, extra='timezone = "Mars/Olympus"')
    code, _, err = run(capsys, "plan", str(path))
    assert code == 2 and "interview.timezone" in err and "not a time zone" in err


# -- same-day decisions and dates without a time -------------------------------------------


def test_a_decision_due_the_same_day_waits_for_the_thank_you_notes(capsys, tmp_path: Path) -> None:
    # Monday 16 November, 14:00; "we decide today". Thank-you notes are due Tuesday 14:00.
    path = interview(tmp_path, decision="2026-11-16")
    first = inquiries(capsys, path)[0]
    assert first == "2026-11-19T09:00:00-05:00"  # Thursday morning, not Tuesday 14:00


def test_a_rejection_date_without_a_time_opens_the_reply_in_the_morning(
    capsys, db_url: str, tmp_path: Path
) -> None:
    path = interview(tmp_path)
    run(capsys, "add", str(path), "--now", "2026-11-16T16:00:00-05:00", "--db", db_url)
    code, _, _ = run(
        capsys,
        "outcome",
        "1",
        "rejected",
        "--at",
        "2026-11-24",
        "--now",
        "2026-11-24",
        "--db",
        db_url,
    )
    assert code == 0
    with Store.open(db_url) as store:
        reply = next(m for m in store.messages_of(1) if m.kind == "rejection_reply")
        ask = next(m for m in store.messages_of(1) if m.kind == "feedback_request")
    assert reply.send_after.isoformat() == "2026-11-24T09:00:00-05:00"  # not midnight
    assert ask.send_after.isoformat() == "2026-11-25T09:00:00-05:00"
