"""One context for the checker, and findings at every step (issue 10, items 7 and 8).

Through the commands, on SQLite and PostgreSQL: a draft is judged the same by
``plan``, ``add``, ``edit``, ``draft``, ``due``, ``approve`` and ``send --dry-run``;
``approve`` stops at an error unless asked at a terminal or given ``--force``.
"""

from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from afterview.cli import main
from afterview.store import Store

NOW = "2026-11-20T16:00:00-05:00"  # the thank-you windows are open


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Set $EDITOR to a script that replaces the draft with ``text``."""

    def use(text: str) -> None:
        script = tmp_path / "editor.sh"
        (tmp_path / "draft.txt").write_text(text, encoding="utf-8")
        script.write_text(f"#!/bin/sh\ncat '{tmp_path / 'draft.txt'}' > \"$1\"\n")
        script.chmod(script.stat().st_mode | stat.S_IEXEC)
        monkeypatch.setenv("EDITOR", str(script))

    return use


WRONG_COMPANY = (
    "Subject: Thank you\n\nDear Jane,\n\nThank you for your time on Friday. I enjoyed our talk "
    "about streaming pipelines, and I would love to join Globex Corporation.\n\n"
    "Best wishes,\nPriya Raman\n"
)
GENERIC = (
    "Subject: Thank you\n\nDear Jane,\n\nThank you for your time on Friday. I enjoyed learning "
    "about the team and the company.\n\nBest wishes,\nPriya Raman\n"
)


@pytest.fixture
def two_applications(capsys, db_url: str, write_interview) -> str:
    """Acme (messages 1-4: Jane, Tom, two inquiries) and Globex, stored."""
    acme = write_interview()
    globex = write_interview(
        company="Globex Corporation", position="Data Engineer", reference="G-1"
    )
    assert run(capsys, "add", str(acme), str(globex), "--db", db_url)[0] == 0
    return db_url


def test_approve_of_a_flagged_draft_without_a_terminal_refuses_and_force_approves(
    capsys, two_applications: str, editor
) -> None:
    db = two_applications
    editor(WRONG_COMPANY)
    code, _, err = run(capsys, "edit", "1", "--now", NOW, "--db", db)
    assert code == 0 and "error company.other" in err  # the other application's company
    code, out, err = run(capsys, "approve", "2", "1", "--now", NOW, "--db", db)
    assert code == 1 and out == ""
    assert "nothing was approved" in err and "--force" in err and "company.other" in err
    with Store.open(db) as store:  # all or nothing: the clean one waits too
        assert [store.get_message(i).state for i in (1, 2)] == ["planned", "planned"]
    code, out, _ = run(capsys, "approve", "2", "1", "--force", "--now", NOW, "--db", db)
    assert code == 0 and "Approved message 1" in out and "1 error" in out
    with Store.open(db) as store:
        assert [store.get_message(i).state for i in (1, 2)] == ["approved", "approved"]


def test_approve_at_a_terminal_asks_about_a_flagged_draft(
    capsys, two_applications: str, editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = two_applications
    editor(WRONG_COMPANY)
    run(capsys, "edit", "1", "--now", NOW, "--db", db)
    monkeypatch.setattr("afterview.cli.records_ask.at_terminal", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, _ = run(capsys, "approve", "1", "2", "--now", NOW, "--db", db)
    assert code == 0 and "Approve message 1 anyway?" in out
    assert "Left message 1 unapproved" in out and "Approved message 2" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert run(capsys, "approve", "1", "--now", NOW, "--db", db)[0] == 0
    with Store.open(db) as store:
        assert [store.get_message(i).state for i in (1, 2)] == ["approved", "approved"]


def test_approve_with_an_unknown_id_approves_nothing(capsys, two_applications: str) -> None:
    db = two_applications
    code, _, err = run(capsys, "approve", "1", "2", "99", "--db", db)
    assert code == 2 and "no message 99" in err
    with Store.open(db) as store:
        assert {store.get_message(i).state for i in (1, 2)} == {"planned"}


def test_a_draft_edited_after_approval_needs_approving_again(
    capsys, two_applications: str, editor
) -> None:
    db = two_applications
    assert run(capsys, "approve", "1", "--now", NOW, "--db", db)[0] == 0
    editor(GENERIC.replace("the team", "streaming pipelines and the team"))
    code, out, _ = run(capsys, "edit", "1", "--now", NOW, "--db", db)
    assert code == 0 and "`afterview approve 1` once you are happy with it" in out
    with Store.open(db) as store:
        assert store.get_message(1).state == "planned"
    code, out, _ = run(capsys, "due", "--now", NOW, "--db", db)
    assert "#1 thank you to Jane Okafor" in out and "afterview approve 1" in out


def test_a_generic_note_is_flagged_by_edit_draft_and_due_as_by_plan(
    capsys, two_applications: str, editor
) -> None:
    # The rule needs the interviewer's topics: a context of names alone let it pass.
    db = two_applications
    editor(GENERIC)
    code, _, err = run(capsys, "edit", "1", "--now", NOW, "--db", db)
    assert code == 0 and "content.generic" in err
    code, out, err = run(capsys, "draft", "1", "--now", NOW, "--db", db)
    assert code == 0 and "content.generic" in err and "content.generic" not in out
    code, out, _ = run(capsys, "due", "--now", NOW, "--db", db)
    lines = out.splitlines()
    jane = next(i for i, line in enumerate(lines) if "#1 thank you" in line)
    tom = next(i for i, line in enumerate(lines) if "#2 thank you" in line)
    assert "check: 1 warning (content.generic)" in lines[jane + 1]
    assert "check:" not in lines[tom + 1]  # the planner's own draft to Tom is clean


def test_due_leaves_out_a_rule_the_settings_disable(
    capsys, two_applications: str, editor, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = two_applications
    editor(GENERIC)
    run(capsys, "edit", "1", "--now", NOW, "--db", db)
    monkeypatch.setenv("AFTERVIEW_CHECK_DISABLE", "content")
    code, out, _ = run(capsys, "due", "--now", NOW, "--db", db)
    assert code == 0 and "#1 thank you" in out and "content.generic" not in out


def test_send_dry_run_shows_the_findings(capsys, two_applications: str, editor) -> None:
    db = two_applications
    editor(WRONG_COMPANY)
    run(capsys, "edit", "1", "--now", NOW, "--db", db)
    run(capsys, "approve", "1", "--force", "--db", db)
    code, out, _ = run(capsys, "send", "1", "--dry-run", "--db", db)
    assert code == 0 and "Check of message 1: 1 error" in out and "company.other" in out
    with Store.open(db) as store:
        assert store.get_message(1).state == "approved"


def test_a_stored_draft_is_judged_in_the_context_the_plan_gives_it(db_url: str) -> None:
    """The same interview, planned and stored: each draft gets the same context."""
    from datetime import timedelta

    import afterview
    from afterview.planner.review import context_for
    from afterview.records.findings import context_of, loads
    from afterview.records.service import add_file

    from conftest import EXAMPLES

    path = EXAMPLES / "panel.toml"
    interview = afterview.load_interview(path)
    planned = afterview.plan(interview)
    with Store.open(db_url) as store:
        add_file(store, path)
        stored = {(m.kind, m.recipient, m.sequence): m for m in store.messages_of(1)}
        assert len(stored) == len(planned.messages) == 6
        for m in planned.messages:
            kept = stored[(m.kind.value, m.recipient, m.sequence)]
            expected = context_for(interview, m, planned.messages)
            assert context_of(store, kept) == expected
            assert [f["rule"] for f in loads(kept.findings)] == [f.rule for f in m.findings]
        # Siblings, topics, follow-ups before it and the last contact are all there.
        inquiry = context_of(store, stored[("status_inquiry", "Zoë Lambert", 2)])
        assert inquiry.previous_follow_ups == 1
        first = stored[("status_inquiry", "Zoë Lambert", 1)]
        assert inquiry.last_contact_at == first.send_by
        thanks = context_of(store, stored[("thank_you", "Zoë Lambert", 1)])
        assert len(thanks.sibling_messages) == 3 and thanks.topics
        # Judged later than its window's opening: as sent then.
        late = first.send_after + timedelta(days=2)
        assert context_of(store, first, now=late).send_at == late


def test_check_interview_judges_a_note_as_the_plan_and_the_records_do(
    capsys, two_applications: str, tmp_path: Path, write_interview, monkeypatch
) -> None:
    monkeypatch.setenv("AFTERVIEW_DB", two_applications)
    note = tmp_path / "note.txt"
    note.write_text(WRONG_COMPANY.replace("about streaming pipelines, and", "and"))
    acme = write_interview(name="acme-again.toml")
    code, out, _ = run(capsys, "check", str(note), "--interview", str(acme), "--to", "Jane Okafor")
    assert code == 1
    assert "company.other" in out  # the records' other application
    assert "content.generic" in out  # the interviewer's topics
