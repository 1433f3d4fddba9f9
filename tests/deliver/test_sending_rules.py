"""Sending as a user meets it (issue 13, item 3), through the CLI, on SQLite and PostgreSQL.

- ``send ID`` before the window opens is refused and says when (``--early`` overrides);
  after it closed, the note goes with a warning;
- an address that bounced is not used again until it is corrected;
- one message that cannot go never holds back the others (``send --due`` and ``run``);
- ``run`` stops within seconds of SIGTERM, even when the server hangs; a message cut
  off while being handed over is *uncertain*, and ``due`` and ``list`` say what to do;
- three ``send --due`` at once: each email goes once, and nobody reports an error.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from afterview.cli import main
from deliver.samples import PASSWORD, USER
from deliver.servers import EmailRecords, SilentServer, SmtpServer, email_records

pytestmark = pytest.mark.smtp


def server_env(host: str, port: int, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")}
    env.update(
        {
            "AFTERVIEW_CONFIG": str(tmp_path / "none.toml"),
            "AFTERVIEW_SMTP_HOST": host,
            "AFTERVIEW_SMTP_PORT": str(port),
            "AFTERVIEW_SMTP_SECURITY": "none",
            "AFTERVIEW_SMTP_USER": USER,
            "AFTERVIEW_SMTP_PASSWORD": PASSWORD,
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
    )
    return env


@pytest.fixture
def smtp_env(
    smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> SmtpServer:
    for name, value in server_env(smtp_server.host, smtp_server.port, tmp_path).items():
        if name.startswith("AFTERVIEW_"):
            monkeypatch.setenv(name, value)
    return smtp_server


def run(*args: str) -> int:
    return main(list(args))


def afterview(*args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "afterview", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def recipients(server: SmtpServer) -> list[str]:
    return sorted(r for m in server.messages for r in m.rcpt_tos)


# -- the window -------------------------------------------------------------------


def test_send_before_the_window_opens_is_refused_and_says_when(
    db_url: str, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    with email_records(db_url, hours_ago=-48) as rec:  # the interview is in two days
        first = rec.ids[0]
        assert run("send", str(first), "--db", rec.url) == 2
        err = " ".join(capsys.readouterr().err.split())
        opens = rec.store.get_message(first).send_after
        assert f"Message {first} is not due yet: its window opens {opens:%a %Y-%m-%d %H:%M}" in err
        assert "--early" in err
        assert smtp_env.messages == []
        assert rec.store.get_message(first).state == "approved"
        # Nor by `send --due`: it is not due.
        assert run("send", "--due", "--db", rec.url) == 0
        assert smtp_env.messages == []
        # --early says "now all the same".
        assert run("send", str(first), "--early", "--db", rec.url) == 0
        assert recipients(smtp_env) == ["jane.okafor@acme.example"]
        assert rec.store.get_message(first).state == "sent"


def test_a_late_send_goes_with_a_warning(
    db_url: str, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    with email_records(db_url, hours_ago=72) as rec:  # the window closed two days ago
        first = rec.ids[0]
        assert run("send", str(first), "--db", rec.url) == 0
        out = " ".join(capsys.readouterr().out.split())
        closed = rec.store.get_message(first).send_by
        assert f"late: its window closed {closed:%a %Y-%m-%d %H:%M}" in out
        assert len(smtp_env.messages) == 1


# -- an address that bounced ----------------------------------------------------------


def test_an_address_that_bounced_is_not_used_again_until_it_is_corrected(
    db_url: str, smtp_env: SmtpServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from afterview.model import parse_interview
    from deliver.servers import PEOPLE, people_interview, thank_you_plan

    with email_records(db_url) as rec:
        jane = rec.ids[0]
        assert run("send", str(jane), "--db", rec.url) == 0
        rec.store.record_bounce(jane, datetime.now(UTC), "550 5.1.1 User unknown")
        assert run("approve", str(jane), "--force", "--db", rec.url) == 0
        said = " ".join(capsys.readouterr().out.split())
        assert "It bounced at jane.okafor@acme.example, which is not corrected yet" in said

        assert run("send", str(jane), "--db", rec.url) == 2
        err = " ".join(capsys.readouterr().err.split())
        assert "jane.okafor@acme.example bounced on" in err and "User unknown" in err
        assert "fix the address in the interview file" in err
        # send --due: reported, and the others go.
        assert run("send", "--due", "--db", rec.url) == 1
        out = " ".join(capsys.readouterr().out.split())
        assert f"failed {jane} thank_you to Jane Okafor: not sent." in out
        assert recipients(smtp_env) == sorted(e for _, e in PEOPLE)  # Jane once, the others once
        assert rec.store.get_message(jane).state == "approved"

        # The address corrected in the interview file: it goes.
        fixed = [("Jane Okafor", "jane@acme.example"), *PEOPLE[1:]]
        at = rec.store.get_message(jane).send_after.replace(microsecond=0)
        from datetime import timedelta

        interview = parse_interview(people_interview(at - timedelta(hours=1), fixed), "acme.toml")
        rec.store.add_interview(interview, thank_you_plan(interview), source="acme.toml")
        assert run("send", str(jane), "--db", rec.url) == 0
        assert smtp_env.messages[-1].rcpt_tos == ["jane@acme.example"]
        assert rec.store.get_message(jane).state == "sent"


# -- one bad message -------------------------------------------------------------------

BAD_PEOPLE = (
    ("José Ñúñez", "josé@acme.example"),  # a non-ASCII address: SMTP cannot take it here
    ("Tom Berg", "tom.berg@acme.example"),  # its subject gets a U+2028
    ("Mai Nguyen", "mai.nguyen@acme.example"),
)


@pytest.fixture
def bad_records(db_url: str) -> Iterator[EmailRecords]:
    with email_records(db_url, people=BAD_PEOPLE, approve=False) as rec:
        tom = rec.ids[1]
        rec.store.update_draft(tom, "Thank you\u2028Bcc: everyone@evil.example", "Dear Tom,\n")
        for id in rec.ids:
            rec.store.approve(id)
        yield rec


def test_one_bad_message_never_blocks_the_others_in_send_due(
    bad_records: EmailRecords, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = bad_records
    assert run("send", "--due", "--db", rec.url) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "failed" in out and "josé@acme.example" in out
    assert "line separator (U+2028)" in out
    assert recipients(smtp_env) == ["mai.nguyen@acme.example"]
    states = [rec.store.get_message(id).state for id in rec.ids]
    assert states == ["approved", "approved", "sent"]


def test_one_bad_message_never_blocks_the_others_in_run(
    bad_records: EmailRecords, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    env = server_env(smtp_server.host, smtp_server.port, tmp_path)
    proc = afterview("run", "--once", "--db", bad_records.url, env=env)
    out, err = proc.communicate(timeout=120)
    text = out.decode() + err.decode()
    assert proc.returncode == 0, text
    assert "Traceback" not in text
    assert "Stopped after 1 round" in text
    assert recipients(smtp_server) == ["mai.nguyen@acme.example"]


# -- stopping ------------------------------------------------------------------------


def test_run_stops_within_10_s_of_sigterm_against_a_server_that_never_answers(
    emails_db: EmailRecords, silent_server: SilentServer, tmp_path: Path
) -> None:
    env = server_env("127.0.0.1", silent_server.port, tmp_path)
    proc = afterview("run", "--interval", "1h", "--db", emails_db.url, env=env)
    try:
        assert silent_server.accepted.wait(60), "run never connected"
        time.sleep(0.5)
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
    text = out.decode() + err.decode()
    assert took < 10, f"stopped after {took:.1f} s"
    assert proc.returncode == 0, text
    assert "Traceback" not in text and "Stopped after 1 round" in text
    # Cut off before anything was handed over: it did not go, and goes next time.
    states = [emails_db.store.get_message(id).state for id in emails_db.ids]
    assert states == ["approved"] * 3
    assert "stopped" in text


def test_a_send_cut_off_during_data_is_uncertain_and_due_and_list_say_what_to_do(
    emails_db: EmailRecords, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    smtp_server.behaviour.delay = 600  # takes the message, then never answers
    env = server_env(smtp_server.host, smtp_server.port, tmp_path)
    proc = afterview("run", "--interval", "1h", "--db", emails_db.url, env=env)
    try:
        assert smtp_server.behaviour.data_started.wait(60), "the send never started"
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.kill()
    text = out.decode() + err.decode()
    assert took < 10 and proc.returncode == 0, text
    jane = emails_db.ids[0]
    assert [emails_db.store.get_message(id).state for id in emails_db.ids] == [
        "uncertain",
        "approved",
        "approved",
    ]
    assert "uncertain" in text

    shown = subprocess.run(
        [sys.executable, "-m", "afterview", "due", "--db", emails_db.url],
        env=env,
        capture_output=True,
        timeout=60,
    )
    due = " ".join(shown.stdout.decode().split())
    assert shown.returncode == 0, shown.stderr.decode()
    assert f"#{jane} thank you to Jane Okafor: its send was cut off and it may have gone out" in due
    assert f"`afterview log {jane} sent`" in due and f"`afterview send {jane}`" in due
    listed = subprocess.run(
        [sys.executable, "-m", "afterview", "list", "--db", emails_db.url],
        env=env,
        capture_output=True,
        timeout=60,
    )
    table = " ".join(listed.stdout.decode().split())
    assert f"may have gone out (message {jane}, uncertain)" in table

    # The way out: it was not in the Sent folder, so it is sent again, same Message-ID.
    smtp_server.behaviour.delay = 0
    answered = subprocess.run(
        [sys.executable, "-m", "afterview", "log", str(jane), "sent", "--db", emails_db.url],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert answered.returncode == 0, answered.stderr.decode()
    assert emails_db.store.get_message(jane).state == "sent"


# -- three at once -----------------------------------------------------------------


def test_three_send_due_at_once_send_each_email_once_with_no_spurious_error(
    emails_db: EmailRecords, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    smtp_server.behaviour.delay = 0.3  # long enough for the three to meet
    env = server_env(smtp_server.host, smtp_server.port, tmp_path)
    procs = [afterview("send", "--due", "--db", emails_db.url, env=env) for _ in range(3)]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        outputs.append((proc.returncode, out.decode(), err.decode()))
    for code, out, err in outputs:
        assert code == 0, out + err
        assert "failed" not in out and "uncertain" not in out and err == "", out + err
    ids = [
        BytesParser(policy=policy.default).parsebytes(m.data)["Message-ID"]
        for m in smtp_server.messages
    ]
    assert len(ids) == len(set(ids)) == 3
    assert recipients(smtp_server) == sorted(
        ["jane.okafor@acme.example", "tom.berg@acme.example", "mai.nguyen@acme.example"]
    )
    assert [emails_db.store.get_message(id).state for id in emails_db.ids] == ["sent"] * 3


# -- a name written as an encoded word ---------------------------------------------------

SNEAKY = "=?utf-8?q?Jane=0D=0ABcc:_evil@attacker.example=0D=0AX-Evil:_1?="


def test_an_encoded_word_hiding_a_line_break_in_a_name_never_reaches_the_wire(
    db_url: str, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    people = (("Tom Berg", "tom.berg@acme.example"), (SNEAKY, "jane.okafor@acme.example"))
    with email_records(db_url, people=people) as rec:
        sneaky = rec.ids[1]
        assert run("send", str(sneaky), "--db", rec.url) == 2
        err = " ".join(capsys.readouterr().err.split())
        assert "contains a carriage return once its encoded words are decoded" in err
        assert run("send", "--due", "--db", rec.url) == 1
        assert recipients(smtp_env) == ["tom.berg@acme.example"]
        for m in smtp_env.messages:
            assert b"evil" not in m.data.lower() and b"x-evil" not in m.data.lower()
        assert rec.store.get_message(sneaky).state == "approved"
