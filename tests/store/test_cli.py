"""The record commands end to end, through ``afterview.cli.main`` (SQLite)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from afterview.cli import main
from afterview.store import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'records.db'}"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_show_due(capsys, db: str, write_interview) -> None:
    path = str(write_interview())
    code, out, _ = run(capsys, "add", path, "--db", db)
    assert code == 0 and "new application 1" in out and "4 new" in out
    code, out, _ = run(capsys, "add", path, "--db", db)
    assert code == 0 and "Updated" in out and "0 new" in out
    code, out, _ = run(capsys, "list", "--db", db)
    assert code == 0 and "Acme Robotics" in out and "interviewing" in out
    code, out, _ = run(capsys, "show", "1", "--db", db)
    assert code == 0 and "Jane Okafor" in out and "History" in out
    code, out, _ = run(capsys, "due", "--within", "3650d", "--db", db)
    assert code == 0 and "afterview draft 1" in out and "afterview approve 1" in out
    code, out, _ = run(capsys, "draft", "1", "--db", db)
    assert code == 0 and out.startswith("To: Jane Okafor <jane.okafor@acme.example> (email)")


def test_approve_log_and_outcome(capsys, db: str, write_interview) -> None:
    run(capsys, "add", str(write_interview()), "--db", db)
    assert run(capsys, "approve", "1", "2", "--db", db)[0] == 0
    assert run(capsys, "log", "1", "sent", "--at", "2026-11-20T16:00:00-05:00", "--db", db)[0] == 0
    code, out, _ = run(
        capsys,
        "log",
        "1",
        "replied",
        "--summary",
        "decision by the 18th",
        "--until",
        "2026-12-18",
        "--db",
        db,
    )
    assert code == 0 and "after 2026-12-18" in out
    code, out, _ = run(capsys, "outcome", "1", "offer", "--at", "2026-12-20", "--db", db)
    assert code == 0 and "offer" in out
    with Store.open(db) as store:
        assert store.application(1).stage == "offer"
        assert store.get_message(1).state == "answered"
        assert store.get_message(1).sent_at.isoformat() == "2026-11-20T21:00:00+00:00"


def test_mistakes_are_exit_2_with_a_clear_message(capsys, db: str, write_interview) -> None:
    run(capsys, "add", str(write_interview()), "--db", db)
    code, _, err = run(capsys, "approve", "99", "--db", db)
    assert code == 2 and "no message 99" in err
    code, _, err = run(capsys, "due", "--within", "soon", "--db", db)
    assert code == 2 and "not a duration" in err
    code, _, err = run(capsys, "log", "1", "replied", "--db", db)
    assert code == 2 and "log it as sent first" in err
    code, _, err = run(capsys, "log", "1", "sent", "--at", "last tuesday", "--db", db)
    assert code == 2 and "--at" in err
    bad = Path(db.removeprefix("sqlite:///")).with_name("bad.toml")
    bad.write_text("[candidate]\nname = 'x'\n", encoding="utf-8")
    code, _, err = run(capsys, "add", str(bad), "--db", db)
    assert code == 2 and "bad.toml" in err


def test_edit_opens_the_editor_and_saves(
    capsys, tmp_path: Path, db: str, write_interview, monkeypatch
) -> None:
    run(capsys, "add", str(write_interview()), "--db", db)
    editor = tmp_path / "editor.sh"
    editor.write_text(
        "#!/bin/sh\nprintf 'Subject: Thanks, Jane\\n\\nDear Jane,\\n\\nThank you.\\n' > \"$1\"\n"
    )
    editor.chmod(editor.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("EDITOR", str(editor))
    code, out, err = run(capsys, "edit", "1", "--db", db)
    assert code == 0 and "Saved" in out
    assert "Check of message 1:" in err and "sign-off" in err  # a bare note: no sign-off
    with Store.open(db) as store:
        m = store.get_message(1)
    assert (m.subject, m.body) == ("Thanks, Jane", "Dear Jane,\n\nThank you.")
    # An editor that drops the Subject line saves nothing.
    editor.write_text("#!/bin/sh\nprintf 'just a body\\n' > \"$1\"\n")
    code, _, err = run(capsys, "edit", "1", "--db", db)
    assert code == 2 and "lost its subject" in err
    with Store.open(db) as store:
        assert store.get_message(1).subject == "Thanks, Jane"


def test_export_import_round_trip_by_command(
    capsys, tmp_path: Path, db: str, write_interview
) -> None:
    run(capsys, "add", str(write_interview()), "--db", db)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run(capsys, "export", "--out", str(first), "--db", db)[0] == 0
    other = f"sqlite:///{tmp_path / 'other.db'}"
    code, out, _ = run(capsys, "import", str(first), "--db", other)
    assert code == 0 and "1 applications" in out
    assert run(capsys, "export", "--out", str(second), "--db", other)[0] == 0
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text())["afterview_export"] == 1
    code, out, _ = run(capsys, "export", "--format", "csv", "--since", "2026-11-01", "--db", db)
    assert code == 0 and out.splitlines()[0].startswith("date,time_utc")
    broken = tmp_path / "broken.json"
    broken.write_text(first.read_text()[:-40], encoding="utf-8")
    code, _, err = run(capsys, "import", str(broken), "--db", f"sqlite:///{tmp_path / 'third.db'}")
    assert code == 2 and "broken.json" in err and "nothing was imported" in err


def test_a_bounced_message_is_due_with_the_way_to_send_it_again(
    capsys, db: str, write_interview
) -> None:
    from datetime import UTC, datetime

    run(
        capsys,
        "add",
        str(write_interview(people=(("Jane Okafor", "jane@acme.example"),))),
        "--db",
        db,
    )
    with Store.open(db) as store:
        store.approve(1)
        store.mark_sending(1, "<b1@afterview>")
        store.mark_sent(1, datetime(2026, 11, 20, 21, 0, tzinfo=UTC))
        store.record_bounce(1, datetime(2026, 11, 20, 21, 5, tzinfo=UTC), "550 5.1.1 User unknown")
    code, out, _ = run(capsys, "due", "--db", db)
    text = " ".join(out.split())
    assert code == 0 and text.startswith(
        "failed #1 thank you to Jane Okafor: delivery failed to jane@acme.example"
    )
    assert "(550 5.1.1 User unknown)" in text and "fix the address" in text
    run(
        capsys,
        "add",
        str(write_interview(people=(("Jane Okafor", "jane.okafor@acme.example"),))),
        "--db",
        db,
    )
    text = " ".join(run(capsys, "due", "--db", db)[1].split())
    assert (
        "the address is now jane.okafor@acme.example: `afterview approve 1` sends it again" in text
    )
    code, out, _ = run(capsys, "show", "1", "--db", db)
    assert code == 0 and "bounced" in out
    code, out, _ = run(capsys, "approve", "1", "--db", db)
    assert (
        code == 0
        and "sends it again to jane.okafor@acme.example, with a new Message-ID"
        in " ".join(out.split())
    )
    with Store.open(db) as store:
        assert (store.get_message(1).state, store.get_message(1).rfc_message_id) == (
            "approved",
            None,
        )
