"""The web app's own pieces: invites, debrief previews, the undo journal, the config file,
the demo, the token, and the other commands' start-up."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.errors import InputError, UsageError
from afterview.web.invite import read_invite

from conftest import EXAMPLES, ROOT

ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
BEGIN:VEVENT\r
DTSTART;TZID=America/New_York:20261203T100000\r
SUMMARY:Lumen Freight: Senior Data Engineer interview\r
ORGANIZER;CN=Recruiting:mailto:jobs@lumenfreight.example\r
ATTENDEE;CN=Zo\xc3\xab Lambert:mailto:zoe.lambert@lumenfreight.example\r
ATTENDEE:mailto:lukasz.nowak@lumenfreight.example\r
ATTENDEE;CN=Me:mailto:me@example.com\r
ATTENDEE;CN=Board room;CUTYPE=RESOURCE:mailto:board@lumenfreight.example\r
ATTENDEE;CN=Observer;ROLE=NON-PARTICIPANT:mailto:observer@lumenfreight.example\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_ics_invite_gives_people_time_zone_company_and_position() -> None:
    invite = read_invite(ICS, "invite.ics", ("me@example.com",))
    assert (invite.company, invite.position) == ("Lumen Freight", "Senior Data Engineer")
    assert invite.at is not None and invite.at.isoformat() == "2026-12-03T10:00:00-05:00"
    assert invite.zone == "America/New_York"
    assert [(p.name, p.email) for p in invite.interviewers] == [
        ("Zoë Lambert", "zoe.lambert@lumenfreight.example"),
        ("Lukasz Nowak", "lukasz.nowak@lumenfreight.example"),  # named from the address
    ]


def test_an_email_carrying_the_invite_reads_as_the_invite() -> None:
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"] = "Recruiting <jobs@lumenfreight.example>"
    mail["To"] = "me@example.com"
    mail["Subject"] = "Invitation: interview"
    mail.set_content("See the invite.")
    mail.add_attachment(ICS, maintype="text", subtype="calendar", filename="invite.ics")
    invite = read_invite(bytes(mail), "invitation.eml", ("me@example.com",))
    assert invite.company == "Lumen Freight"
    assert len(invite.interviewers) == 2


def test_an_email_without_a_calendar_gives_people_and_title_and_asks_for_the_time() -> None:
    raw = (
        b"From: Ana Lima <ana.lima@kestrel.example>\r\nTo: me@example.com\r\n"
        b"Cc: Ravi Rao <ravi@kestrel.example>\r\n"
        b"Subject: Senior Accountant interview at Kestrel Finance\r\n\r\nSee you on Zoom.\r\n"
    )
    invite = read_invite(raw, "mail.eml", ("me@example.com",))
    assert (invite.company, invite.position) == ("Kestrel Finance", "Senior Accountant")
    assert [p.name for p in invite.interviewers] == ["Ana Lima", "Ravi Rao"]
    assert invite.at is None and invite.format == "video"
    assert any("add the date and time" in n for n in invite.notes)


def test_something_else_is_refused_with_what_to_do() -> None:
    with pytest.raises(InputError, match="neither a calendar invite"):
        read_invite(b"%PDF-1.4 ...", "cv.pdf")


def test_a_debrief_line_reads_as_the_note_will_or_says_why_not() -> None:
    from afterview.compose.parts import values
    from afterview.model import load_interview
    from afterview.web.preview import preview

    words = values(load_interview(EXAMPLES / "panel.toml"))
    used, left = preview("topic", "the ERP rollout\nidk lol", words)
    assert used.used and "the ERP rollout" in used.sentence
    assert not left.used and "idk" in left.reason
    (concern,) = preview("concern", "limited Scala experience", words, answer="")
    assert "no answer yet" in concern.reason
    (answered,) = preview(
        "concern", "limited Scala experience", words, answer="shipped two Scala services"
    )
    assert answered.sentence == "You asked about my Scala experience. I shipped two Scala services."


def test_undo_takes_back_an_approval_a_skip_and_an_edit(tmp_path: Path) -> None:
    from afterview.model import load_interview
    from afterview.planner import plan
    from afterview.store import Store
    from afterview.web.journal import Done, Journal

    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as store:
        interview = load_interview(EXAMPLES / "panel.toml")
        store.add_interview(interview, plan(interview), source="panel.toml")
        journal = Journal()
        with pytest.raises(UsageError):
            journal.undo(store)
        store.approve(1)
        journal.record(Done("Approved.", 1, "reopen"))
        journal.undo(store)
        assert store.get_message(1).state == "planned"
        with pytest.raises(UsageError):  # once
            journal.undo(store)
        store.skip(1)
        journal.record(Done("Skipped.", 1, "reopen"))
        journal.undo(store)
        assert store.get_message(1).state == "planned"
        before = store.get_message(1)
        store.update_draft(1, "New subject", "New body")
        journal.record(Done("Saved.", 1, "restore", before.subject, before.body))
        journal.undo(store)
        assert (store.get_message(1).subject, store.get_message(1).body) == (
            before.subject,
            before.body,
        )
        kinds = [e.kind for e in store.events_of(1) if e.message_id == 1]
        assert kinds.count("reopened") == 2


def test_saving_mail_settings_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    from afterview.settings import load_settings
    from afterview.web.config_file import parse_form, save

    path = tmp_path / "config.toml"
    path.write_text('db = "sqlite:////tmp/x.db"\n[check]\ndisable = ["spelling"]\n')
    form = {
        "smtp.host": "smtp.example.com",
        "smtp.port": "587",
        "smtp.security": "starttls",
        "smtp.user": 'me"@example.com',
        "imap.host": "",
        "imap.port": "993",
        "imap.security": "tls",
        "imap.user": "",
        "imap.sent_folder": "Sent",
        "from_address": "",
    }
    save(parse_form(form), path)
    settings = load_settings(path, environ={})
    assert settings["smtp.host"] == "smtp.example.com" and settings["smtp.port"] == 587
    assert settings["smtp.user"] == 'me"@example.com'
    assert settings["check.disable"] == ["spelling"] and settings["db"] == "sqlite:////tmp/x.db"
    with pytest.raises(InputError) as bad:
        parse_form({**form, "smtp.port": "99999", "imap.security": "ssl"})
    assert {p.location for p in bad.value.problems} == {"smtp.port", "imap.security"}


def test_the_demo_fills_a_store_with_the_bundled_examples_in_the_recent_past(
    tmp_path: Path,
) -> None:
    from afterview.store import Store
    from afterview.store.views import list_applications
    from afterview.web.demo import example_texts, fill

    now = datetime(2027, 3, 10, 12, 0, tzinfo=UTC)
    with Store.open(f"sqlite:///{tmp_path / 'demo.db'}") as store:
        assert fill(store, now) == 3
        latest = max(s.last_interview for s in list_applications(store) if s.last_interview)
        assert 1 <= (now - latest).total_seconds() / 3600 <= 44
    bundled = example_texts()
    assert bundled == {p.name: p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.toml")}


def test_the_token_is_made_once_and_kept_private(tmp_path: Path) -> None:
    from afterview.web.server import TOKEN_FILE, token_for

    first = token_for(tmp_path)
    assert len(first) >= 40 and token_for(tmp_path) == first
    assert (tmp_path / TOKEN_FILE).stat().st_mode & 0o077 == 0


def test_other_commands_do_not_import_the_web_stack() -> None:
    code = (
        "import sys\n"
        "from afterview.cli.exit_codes import run\n"
        f"code = run(['plan', {str(EXAMPLES / 'panel.toml')!r}, '--json'])\n"
        "heavy = [m for m in ('starlette', 'uvicorn', 'multipart', 'afterview.web', 'jinja2')"
        " if m in sys.modules]\n"
        "print(code, heavy, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.stderr.strip().splitlines()[-1] == "0 []"


def test_serve_prints_the_address_with_its_token_and_answers(tmp_path: Path) -> None:
    import os
    import time
    import urllib.request

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    db = f"sqlite:///{tmp_path / 'a.db'}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "afterview", "serve", "--no-browser", "--port", "0", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(2)]
        address = lines[1].split()[-1]
        assert address.startswith("http://127.0.0.1:") and "/?token=" in address
        base = address.split("?")[0]
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base, timeout=10)
        assert refused.value.code == 401
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
        with opener.open(address, timeout=10) as page:
            assert "Today" in page.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        time.sleep(0)


def test_serve_refuses_demo_with_a_database() -> None:
    from afterview.cli.exit_codes import run

    assert run(["serve", "--demo", "--db", "sqlite:////tmp/x.db", "--no-browser"]) == 2
