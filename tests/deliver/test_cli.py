"""The delivery commands end to end, through ``afterview.cli.main``."""

from __future__ import annotations

import logging
import os
from datetime import timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from afterview.cli import main
from deliver.samples import PASSWORD, USER, make_raw
from deliver.servers import Dovecot, Records, SmtpServer, free_port

pytestmark = pytest.mark.smtp


@pytest.fixture
def imap_env(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Dovecot:
    for name, value in {
        "AFTERVIEW_IMAP_HOST": dovecot.host,
        "AFTERVIEW_IMAP_PORT": str(dovecot.port),
        "AFTERVIEW_IMAP_SECURITY": "none",
        "AFTERVIEW_IMAP_USER": dovecot.user,
        "AFTERVIEW_IMAP_PASSWORD": dovecot.password,
    }.items():
        monkeypatch.setenv(name, value)
    return dovecot


def run(*args: str) -> int:
    return main(list(args))


def test_send_sends_and_says_so(
    records: Records, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("send", str(records.ids["thank_you"]), "--db", records.url) == 0
    out = capsys.readouterr().out
    assert "sent" in out and "Jane Okafor" in out
    assert len(smtp_env.messages) == 1


def test_send_due_lists_what_needs_the_users_hands(
    records: Records, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("send", "--due", "--db", records.url) == 0
    out = capsys.readouterr().out
    assert f"afterview send {records.ids['linkedin']}" in out
    assert f"afterview card {records.ids['card']}" in out
    assert len(smtp_env.messages) == 1


def test_dry_run_shows_the_email_and_sends_nothing(
    records: Records, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("send", str(records.ids["thank_you"]), "--dry-run", "--db", records.url) == 0
    out = capsys.readouterr().out
    assert "Subject: Thank you — Grüße from Priya" in out
    assert "Kafka streams" in out
    assert smtp_env.messages == []
    assert records.store.get_message(records.ids["thank_you"]).state == "approved"


def test_send_with_an_attachment(records: Records, smtp_env: SmtpServer, tmp_path: Path) -> None:
    pdf = tmp_path / "portfolio.pdf"
    pdf.write_bytes(b"%PDF-1.4 portfolio")
    assert (
        run("send", str(records.ids["thank_you"]), "--attach", str(pdf), "--db", records.url) == 0
    )
    msg = BytesParser(policy=policy.default).parsebytes(smtp_env.messages[0].data)
    assert [p.get_filename() for p in msg.iter_attachments()] == ["portfolio.pdf"]


@pytest.mark.parametrize("args", [[], ["1", "--due"]])
def test_send_needs_an_id_or_due(records: Records, args: list[str]) -> None:
    assert run("send", *args, "--db", records.url) == 2


def test_unapproved_is_refused_with_exit_2(
    records: Records, smtp_env: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("send", str(records.ids["inquiry"]), "--db", records.url) == 2
    assert "approve" in capsys.readouterr().err
    assert smtp_env.messages == []


def test_a_refused_password_fails_with_the_servers_words_and_never_shows_it(
    records: Records,
    smtp_env: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("AFTERVIEW_SMTP_PASSWORD", PASSWORD + "-typo")
    assert run("send", str(records.ids["thank_you"]), "--db", records.url) == 1
    captured = capsys.readouterr()
    assert "535" in captured.out + captured.err
    for text in (captured.out, captured.err, caplog.text):
        assert PASSWORD not in text
    assert records.store.get_message(records.ids["thank_you"]).state == "approved"


def test_nothing_secret_is_printed_logged_or_stored(
    records: Records,
    smtp_env: SmtpServer,
    imap_env: Dovecot,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    assert run("send", "--due", "--db", records.url) == 0
    imap_env.deliver(make_raw())
    assert run("sync", "--db", records.url) == 0
    assert run("run", "--once", "--db", records.url) == 0
    captured = capsys.readouterr()
    for text in (captured.out, captured.err, caplog.text):
        assert PASSWORD not in text
    records.store.close()
    db = Path(records.url.removeprefix("sqlite:///"))
    for path in [db, *db.parent.glob(db.name + "-*")]:
        assert PASSWORD.encode() not in path.read_bytes()
    home = Path(os.environ["XDG_DATA_HOME"]).parent  # this test's config and data dirs
    files = [p for folder in (home, tmp_path) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "sync-state.json" for p in files)
    for path in files:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_linkedin_hand_over_and_record(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    id = records.ids["linkedin"]
    assert run("send", str(id), "--connection", "--yes", "--db", records.url) == 0
    out = capsys.readouterr().out
    assert "https://www.linkedin.com/in/tom-berg-example" in out
    assert "idempotent consumers" in out and "/300 characters" in out
    assert records.store.get_message(id).state == "sent"


def test_linkedin_hand_over_keeps_to_now(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    id = records.ids["linkedin"]
    opens = records.store.get_message(id).send_after
    before, after = opens - timedelta(days=1), opens + timedelta(hours=2)
    assert run("send", str(id), "--yes", "--now", before.isoformat(), "--db", records.url) == 2
    assert "not due yet" in capsys.readouterr().err
    assert run("send", str(id), "--yes", "--now", after.isoformat(), "--db", records.url) == 0
    assert records.store.get_message(id).sent_at == after


def test_a_linkedin_note_already_sent_is_not_handed_over_again(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    id = records.ids["linkedin"]
    assert run("send", str(id), "--yes", "--db", records.url) == 0
    capsys.readouterr()
    assert run("send", str(id), "--yes", "--db", records.url) == 0
    out = capsys.readouterr().out
    assert "already sent" in out and "linkedin.com" not in out


def test_export_eml(records: Records, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "draft.eml"
    assert run("export-eml", str(records.ids["thank_you"]), str(target), "--db", records.url) == 0
    msg = BytesParser(policy=policy.default).parsebytes(target.read_bytes())
    assert msg["X-Unsent"] == "1" and msg["To"].addresses[0].addr_spec == "jane.okafor@acme.example"
    assert f"afterview log {records.ids['thank_you']} sent" in capsys.readouterr().out


def test_card_command(records: Records, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "card.pdf"
    code = run(
        "card",
        str(records.ids["card"]),
        "--out",
        str(pdf),
        "--size",
        "4x6",
        "--address",
        "Domkloster 4",
        "--address",
        "50667 Köln",
        "--db",
        records.url,
    )
    if code != 0 and "No serif font" in capsys.readouterr().err:
        pytest.skip("DejaVu Serif is not installed")
    assert code == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Post it today" in capsys.readouterr().out
    assert run("card", str(records.ids["thank_you"]), "--out", str(pdf), "--db", records.url) == 2


def test_sync_command_reports_the_reply(
    records: Records, smtp_env: SmtpServer, imap_env: Dovecot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("send", str(records.ids["thank_you"]), "--db", records.url) == 0
    mid = records.store.get_message(records.ids["thank_you"]).rfc_message_id
    assert mid
    imap_env.deliver(make_raw(headers={"In-Reply-To": mid}))
    capsys.readouterr()
    assert run("sync", "--db", records.url) == 0
    assert "reply from Jane Okafor: recorded the reply" in capsys.readouterr().out
    assert records.store.get_message(records.ids["inquiry"]).state == "cancelled"


def test_sync_without_imap_settings_explains(
    records: Records, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("sync", "--db", records.url) == 2
    assert "imap.host" in capsys.readouterr().err


def test_password_command_keeps_it_in_the_keyring_only(
    plaintext_keyring: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import click

    from afterview.deliver.secrets import password_for

    monkeypatch.setenv("AFTERVIEW_SMTP_USER", USER)
    asked: list[str] = []
    monkeypatch.setattr(click, "prompt", lambda *a, **k: asked.append(a[0]) or PASSWORD)
    # A keyring that writes passwords in plain text: refused before the password is asked.
    assert run("password", "smtp") == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "keeps passwords in plain text" in err and str(plaintext_keyring) in err
    assert asked == [] and password_for("smtp", USER, {}) is None
    # Asked for explicitly, it is taken, and the command says where it went.
    assert run("password", "smtp", "--plaintext") == 0
    out = " ".join(capsys.readouterr().out.split())
    assert f"smtp:{USER}" in out and PASSWORD not in out
    assert "PlaintextKeyring" in out and str(plaintext_keyring) in out
    assert password_for("smtp", USER, {}) == PASSWORD
    assert run("password", "pop3") == 2


def test_run_still_sends_when_the_mailbox_is_down(
    records: Records,
    smtp_env: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, value in {
        "AFTERVIEW_IMAP_HOST": "127.0.0.1",
        "AFTERVIEW_IMAP_PORT": str(free_port()),
        "AFTERVIEW_IMAP_SECURITY": "none",
        "AFTERVIEW_IMAP_USER": USER,
        "AFTERVIEW_IMAP_PASSWORD": PASSWORD,
    }.items():
        monkeypatch.setenv(name, value)
    assert run("run", "--once", "--db", records.url) == 0
    captured = capsys.readouterr()
    assert "Cannot reach the IMAP server" in captured.err and "next round" in captured.err
    assert len(smtp_env.messages) == 1
    assert "Stopped after 1 round." in captured.out
