"""Putting the records right, through the commands, on SQLite and PostgreSQL (issue 13, item 1).

A corrected file updates its application; messages can be skipped or unapproved;
the last log or outcome can be undone; applications can be renamed, merged and
deleted; a closed application sends no thank-you notes; nothing is written by a
command that fails; a read command creates no database and touches no foreign one.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from afterview.cli import main
from afterview.store import Store

NOW = "2026-11-20T16:00:00-05:00"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def states(db: str, app: int = 1) -> dict[int, str]:
    with Store.open(db) as store:
        return {m.id: m.state for m in store.messages_of(app)}


def applications(db: str) -> list[tuple[int, str, str]]:
    from afterview.store.views import list_applications

    with Store.open(db) as store:
        return sorted(
            (s.application.id, s.application.company, s.application.position)
            for s in list_applications(store)
        )


# -- a corrected file --------------------------------------------------------------------


def test_a_corrected_company_updates_the_same_application(
    capsys, db_url: str, write_interview
) -> None:
    typo = write_interview(name="acme.toml", company="Acme Robtics")
    assert run(capsys, "add", str(typo), "--now", NOW, "--db", db_url)[0] == 0
    assert run(capsys, "approve", "1", "--now", NOW, "--db", db_url)[0] == 0
    fixed = write_interview(name="acme.toml", company="Acme Robotics")
    code, out, _ = run(capsys, "add", str(fixed), "--now", NOW, "--db", db_url)
    assert code == 0 and "Updated" in out and "0 new" in out
    assert "renamed from Acme Robtics" in out and "to Acme Robotics" in out
    assert applications(db_url) == [(1, "Acme Robotics", "Senior Data Engineer")]
    assert states(db_url) == {1: "approved", 2: "planned", 3: "planned", 4: "planned"}
    with Store.open(db_url) as store:  # the planned drafts carry the right name now
        tom = store.get_message(2)
        assert "Acme Robotics" in tom.body + tom.subject and "Robtics" not in tom.body


def test_the_same_time_and_panel_for_another_company_is_another_application(
    capsys, db_url: str, write_interview
) -> None:
    run(capsys, "add", str(write_interview(company="Acme Robotics")), "--db", db_url)
    run(capsys, "add", str(write_interview(company="Globex Corporation")), "--db", db_url)
    assert [a[1] for a in applications(db_url)] == ["Acme Robotics", "Globex Corporation"]


# -- skip and unapprove ------------------------------------------------------------------


def test_skip_takes_a_message_out_for_good(capsys, db_url: str, write_interview) -> None:
    path = write_interview()
    run(capsys, "add", str(path), "--db", db_url)
    code, out, _ = run(
        capsys, "skip", "2", "--reason", "we spoke at the door", "--now", NOW, "--db", db_url
    )
    assert code == 0 and "Skipped message 2" in out
    code, out, _ = run(capsys, "due", "--now", NOW, "--db", db_url)
    assert "#1 thank you" in out and "#2 " not in out
    run(capsys, "add", str(path), "--db", db_url)  # the file again: it stays skipped
    assert states(db_url)[2] == "cancelled"
    code, out, _ = run(capsys, "show", "1", "--db", db_url)
    assert "skipped" in out and "we spoke at the door" in out
    run(capsys, "log", "1", "sent", "--db", db_url)
    code, _, err = run(capsys, "skip", "3", "1", "--db", db_url)  # 1 went out: nothing skipped
    assert code == 2 and "nothing to skip" in err
    assert states(db_url)[3] == "planned"


def test_unapprove_takes_an_approval_back(capsys, db_url: str, write_interview) -> None:
    run(capsys, "add", str(write_interview()), "--db", db_url)
    run(capsys, "approve", "1", "--db", db_url)
    code, out, _ = run(capsys, "unapprove", "1", "--db", db_url)
    assert code == 0 and "planned again" in out
    assert states(db_url)[1] == "planned"
    with Store.open(db_url) as store:
        assert store.approved_due(store.get_message(1).send_by) == []
    run(capsys, "log", "2", "sent", "--db", db_url)
    code, _, err = run(capsys, "unapprove", "2", "--db", db_url)
    assert code == 2 and "it cannot be unapproved" in err


# -- undo --------------------------------------------------------------------------------


def test_undo_takes_back_the_last_log_and_says_what(capsys, db_url: str, write_interview) -> None:
    run(capsys, "add", str(write_interview()), "--now", NOW, "--db", db_url)
    run(capsys, "approve", "1", "--now", NOW, "--db", db_url)
    run(capsys, "log", "1", "sent", "--now", NOW, "--db", db_url)
    code, out, _ = run(capsys, "undo", "1", "--now", NOW, "--db", db_url)
    assert code == 0 and "Undid `afterview log 1 sent" in out and "sent → approved" in out
    with Store.open(db_url) as store:
        m = store.get_message(1)
        assert (m.state, m.sent_at) == ("approved", None)
        assert "sent" not in [e.kind for e in store.events_of(1)]
    # A reply with a date, undone: the inquiries are back where they were.
    run(capsys, "log", "1", "sent", "--now", NOW, "--db", db_url)
    before = {m.id: (m.send_after, m.state) for m in Store.open(db_url).messages_of(1)}
    run(capsys, "log", "1", "replied", "--until", "2026-12-18", "--now", NOW, "--db", db_url)
    code, out, _ = run(capsys, "undo", "1", "--now", NOW, "--db", db_url)
    assert code == 0 and "answered → sent" in out
    with Store.open(db_url) as store:
        assert {m.id: (m.send_after, m.state) for m in store.messages_of(1)} == before
        assert store.application(1).postponed_until is None
        assert "reply" not in [e.kind for e in store.events_of(1)]
    # One undo more takes back the log before it (logging it twice changed nothing).
    run(capsys, "log", "1", "sent", "--now", NOW, "--db", db_url)
    code, out, _ = run(capsys, "undo", "1", "--now", NOW, "--db", db_url)
    assert code == 0 and "`afterview log 1 sent" in out
    assert states(db_url)[1] == "approved"


def test_undo_of_an_outcome_reopens_the_application(capsys, db_url: str, write_interview) -> None:
    run(capsys, "add", str(write_interview()), "--now", NOW, "--db", db_url)
    before = states(db_url)
    code, out, _ = run(
        capsys, "outcome", "1", "rejected", "--at", "2026-11-25", "--now", NOW, "--db", db_url
    )
    assert code == 0
    after = states(db_url)
    assert {after[i] for i in before} == {"cancelled"}  # thank-you notes and inquiries
    assert sorted(set(after) - set(before)) == [5, 6]  # a reply and a feedback request
    code, out, _ = run(capsys, "undo", "1", "--now", NOW, "--db", db_url)
    assert code == 0 and "`afterview outcome 1 rejected`" in out
    assert "interviewing again (was rejected)" in out and "Message 5, which it had planned" in out
    assert states(db_url) == before
    with Store.open(db_url) as store:
        assert store.application(1).stage == "interviewing"
        assert "outcome" not in store.interview_documents(1)[0][1]
    code, _, err = run(capsys, "undo", "1", "--db", db_url)  # nothing left to undo
    assert code == 2 and "no `afterview log` or `afterview outcome` to undo" in err


def test_undo_is_refused_when_what_it_changed_moved_on(capsys, db_url: str, write_interview):
    run(capsys, "add", str(write_interview()), "--now", NOW, "--db", db_url)
    run(capsys, "outcome", "1", "rejected", "--at", "2026-11-25", "--now", NOW, "--db", db_url)
    run(capsys, "approve", "5", "--force", "--now", NOW, "--db", db_url)  # the reply it planned
    before = states(db_url)
    code, _, err = run(capsys, "undo", "1", "--db", db_url)
    assert code == 2 and "message 5 is approved now" in err and "Nothing was changed" in err
    assert states(db_url) == before


# -- rename, merge, delete ---------------------------------------------------------------


def test_rename_corrects_the_application_and_its_drafts(
    capsys, db_url: str, write_interview
) -> None:
    run(capsys, "add", str(write_interview()), "--db", db_url)
    run(capsys, "add", str(write_interview(company="Globex", reference=None)), "--db", db_url)
    code, out, _ = run(capsys, "rename", "1", "--company", "Acme Robotic Arms", "--db", db_url)
    assert (
        code == 0
        and "Acme Robotics, Senior Data Engineer (REQ-20417) → Acme Robotic Arms, Senior" in out
    )
    with Store.open(db_url) as store:
        assert store.application(1).company == "Acme Robotic Arms"
        assert "Acme Robotic Arms" in store.get_message(1).body  # drafts say the new name
        assert store.interview_documents(1)[0][1]["application"]["company"] == "Acme Robotic Arms"
    code, _, err = run(
        capsys, "rename", "1", "--company", "GLOBEX", "--reference", "", "--db", db_url
    )
    assert code == 2 and "Application 2 is already" in err and "afterview merge 2 1" in err
    assert run(capsys, "rename", "1", "--db", db_url)[0] == 2  # nothing to change


def test_merge_joins_an_application_added_twice(capsys, db_url: str, write_interview) -> None:
    jane, tom = ("Jane Okafor", "jane.okafor@acme.example"), ("Tom Berg", None)
    run(capsys, "add", str(write_interview(people=(jane, tom))), "--db", db_url)
    run(capsys, "approve", "1", "--db", db_url)
    # The same round with one more person, and the company misspelled: a second application.
    ana = ("Ana Lima", "ana.lima@acme.example")
    other = write_interview(company="Acme Robtcs Ltd", people=(jane, tom, ana))
    run(capsys, "add", str(other), "--db", db_url)
    assert len(applications(db_url)) == 2
    run(capsys, "log", "7", "sent", "--db", db_url)  # its note to Ana went out
    code, out, _ = run(capsys, "merge", "1", "2", "--db", db_url)
    assert code == 0 and "Merged application 2 into 1" in out
    assert applications(db_url) == [(1, "Acme Robotics", "Senior Data Engineer")]
    with Store.open(db_url) as store:
        kept = {(m.kind, m.recipient, m.sequence): m.state for m in store.messages_of(1)}
        assert kept[("thank_you", "Jane Okafor", 1)] == "approved"  # the one that went further
        assert kept[("thank_you", "Ana Lima", 1)] == "sent"
        assert len([k for k in kept if k[0] == "thank_you"]) == 3  # one each, no duplicate
        assert any("Merged application 2" in e.summary for e in store.events_of(1))
    assert run(capsys, "merge", "1", "1", "--db", db_url)[0] == 2


def test_delete_asks_or_needs_yes(
    capsys, db_url: str, write_interview, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "add", str(write_interview()), "--db", db_url)
    run(capsys, "add", str(write_interview(company="Globex", reference=None)), "--db", db_url)
    code, _, err = run(capsys, "delete", "1", "--db", db_url)  # no terminal, no --yes
    assert code == 2 and "Not deleted" in err and "--yes" in err
    monkeypatch.setattr("afterview.cli.records_ask.at_terminal", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, _ = run(capsys, "delete", "1", "--db", db_url)
    assert code == 0 and "Nothing was deleted" in out
    assert len(applications(db_url)) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, out, _ = run(capsys, "delete", "1", "--db", db_url)
    assert code == 0 and "Deleted application 1 (Acme Robotics" in out
    code, out, _ = run(capsys, "delete", "2", "--yes", "--db", db_url)
    assert code == 0 and applications(db_url) == []
    code, _, err = run(capsys, "show", "1", "--db", db_url)
    assert code == 2 and "no application 1" in err


# -- a closed application, and nothing written on failure ---------------------------------


def test_a_closed_application_sends_no_thank_you_notes(
    capsys, db_url: str, write_interview, tmp_path: Path
) -> None:
    run(capsys, "add", str(write_interview()), "--now", NOW, "--db", db_url)
    code, out, _ = run(capsys, "due", "--now", NOW, "--db", db_url)
    assert "#1 thank you" in out and "#2 thank you" in out
    run(capsys, "outcome", "1", "withdrawn", "--now", NOW, "--db", db_url)
    code, out, _ = run(capsys, "due", "--now", NOW, "--within", "60d", "--db", db_url)
    assert code == 0 and "thank you" not in out and "status inquiry" not in out
    ics = tmp_path / "plan.ics"
    assert run(capsys, "calendar", "-o", str(ics), "--db", db_url)[0] == 0
    assert "Thank-you note" not in ics.read_text(encoding="utf-8")


def test_add_of_several_files_stores_nothing_when_one_is_wrong(
    capsys, db_url: str, write_interview, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[candidate]\nname = 'x'\n", encoding="utf-8")
    code, _, err = run(capsys, "add", str(write_interview()), str(bad), "--db", db_url)
    assert code == 2 and "bad.toml" in err
    assert applications(db_url) == []


def test_a_read_command_creates_no_database(capsys, tmp_path: Path, write_interview) -> None:
    typo = tmp_path / "recrods.db"
    for command in (["list"], ["due"], ["show", "1"], ["draft", "1"], ["log", "1", "sent"]):
        code, _, err = run(capsys, *command, "--db", f"sqlite:///{typo}")
        assert code == 2 and "There is no Afterview database at" in err, command
        assert "check the --db path" in err
    assert not typo.exists()
    # With no --db and no records yet, the default file is not created either.
    code, out, _ = run(capsys, "list")
    assert code == 0 and "No applications yet" in out
    assert run(capsys, "due")[0] == 0
    from afterview.store.url import default_url, sqlite_path

    assert not sqlite_path(default_url()).exists()  # type: ignore[union-attr]


def test_a_foreign_database_is_refused_untouched(capsys, db_url: str, write_interview) -> None:
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    engine.dispose()
    for command in (["list"], ["add", str(write_interview())]):
        code, _, err = run(capsys, *command, "--db", db_url)
        assert code == 2 and "is not an Afterview database" in err and "notes" in err, command
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    from sqlalchemy import inspect

    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["notes"]
    engine.dispose()


def test_a_file_that_is_no_database_is_refused(capsys, tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    code, _, err = run(capsys, "due", "--db", f"sqlite:///{path}")
    assert code == 2 and "not an Afterview database" in err
