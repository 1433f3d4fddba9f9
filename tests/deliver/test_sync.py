"""``sync``: replies read from a real Dovecot, recorded in the real store."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from afterview.deliver.mailbox import ImapConfig, Mailbox
from afterview.deliver.outbox import Outbox
from afterview.deliver.smtp import SmtpConfig, send_once
from afterview.deliver.sync import SyncReport, sync
from afterview.errors import ConfigError, DeliveryError
from deliver.samples import PASSWORD, USER, make_dsn, make_raw
from deliver.servers import Dovecot, Records, SmtpServer

pytestmark = [pytest.mark.imap, pytest.mark.smtp]
NOW = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)


@pytest.fixture
def sent(records: Records, smtp_server: SmtpServer) -> str:
    """Send the thank-you to Jane; returns its Message-ID."""
    cfg = SmtpConfig(smtp_server.host, smtp_server.port, "none", USER, PASSWORD, timeout=5)
    outbox = Outbox(
        records.store,
        lambda msg: send_once(cfg, msg),
        clock=lambda: datetime(2026, 11, 21, 15, 0, tzinfo=UTC),
    )
    outbox.send(records.ids["thank_you"])
    mid = records.store.get_message(records.ids["thank_you"]).rfc_message_id
    assert mid
    return mid


def run_sync(records: Records, dovecot: Dovecot, tmp_path: Path, **config: Any) -> SyncReport:
    cfg = ImapConfig(dovecot.host, dovecot.port, "none", dovecot.user, dovecot.password, **config)
    with Mailbox(cfg) as box:
        return sync(
            records.store, box, state_path=tmp_path / "sync.json", own_addresses=[USER], now=NOW
        )


def inquiry(records: Records) -> Any:
    return records.store.get_message(records.ids["inquiry"])


def test_a_reply_cancels_the_pending_follow_up(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    dovecot.deliver(make_raw(headers={"In-Reply-To": sent, "References": sent}))
    report = run_sync(records, dovecot, tmp_path)
    [seen] = report.seen
    assert seen.action == "recorded the reply"
    assert seen.message is not None and seen.message.id == records.ids["thank_you"]
    assert inquiry(records).state == "cancelled"
    assert records.store.get_message(records.ids["thank_you"]).state == "answered"


def test_a_reply_without_references_is_matched_by_the_senders_address(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    dovecot.deliver(make_raw(subject="Next steps", sender="Jane <Jane.Okafor@acme.example>"))
    report = run_sync(records, dovecot, tmp_path)
    assert [s.action for s in report.seen] == ["recorded the reply"]
    assert inquiry(records).state == "cancelled"


def test_a_colleague_at_the_same_company_is_matched_by_the_domain(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    dovecot.deliver(make_raw(sender="Recruiting <talent@acme.example>", subject="Your interview"))
    run_sync(records, dovecot, tmp_path)
    assert inquiry(records).state == "cancelled"


def test_auto_replies_and_bounces_do_not_cancel_it(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    dovecot.deliver(
        make_raw(
            subject="Re: Thank you",
            body="Your message was received.",
            headers={"In-Reply-To": sent, "Auto-Submitted": "auto-replied"},
        )
    )
    dovecot.deliver(make_dsn(sent))
    dovecot.deliver(make_raw(subject="Acme newsletter", headers={"List-Id": "<news.acme.example>"}))
    report = run_sync(records, dovecot, tmp_path)
    actions = sorted(s.action for s in report.seen)
    assert actions[0].startswith("delivery failed to jane.okafor@acme.example")
    assert "User unknown" in actions[0]
    assert all(a.startswith("ignored: automatic") for a in actions[1:]) and len(actions) == 3
    assert inquiry(records).state == "planned"
    assert records.store.get_message(records.ids["thank_you"]).state == "bounced"


def test_a_bounce_is_recorded_listed_as_due_and_sent_again_only_when_approved(
    records: Records,
    dovecot: Dovecot,
    smtp_server: SmtpServer,
    sent: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from afterview.cli import main
    from afterview.store.views import due

    thanks = records.ids["thank_you"]
    before = inquiry(records)
    dovecot.deliver(make_dsn(sent))
    [seen] = run_sync(records, dovecot, tmp_path).seen
    assert f"message {thanks} is marked bounced" in seen.action
    m = records.store.get_message(thanks)
    assert (m.state, m.rfc_message_id) == ("bounced", sent)
    [bounce] = [e for e in records.store.events_of(m.application_id) if e.kind == "bounce"]
    assert bounce.message_id == thanks and "User unknown" in bounce.summary
    assert (inquiry(records).state, inquiry(records).send_after) == ("planned", before.send_after)

    [item] = [i for i in due(records.store, NOW, timedelta(0)) if i.action == "bounced"]
    assert (item.message_id, item.failed_address) == (thanks, "jane.okafor@acme.example")
    assert main(["due", "--db", records.url]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "delivery failed to jane.okafor@acme.example" in shown
    assert f"afterview approve {thanks}" in shown

    # Nothing goes out again by itself: not by `send --due`, not by a second sync.
    cfg = SmtpConfig(smtp_server.host, smtp_server.port, "none", USER, PASSWORD, timeout=5)
    outbox = Outbox(records.store, lambda msg: send_once(cfg, msg), clock=lambda: NOW)
    assert [r.message.id for r in outbox.send_due()] == []
    assert run_sync(records, dovecot, tmp_path).seen == []
    assert len(smtp_server.messages) == 1

    # Approved again to the same address, it does not go: the address bounced.
    assert main(["approve", str(thanks), "--db", records.url]) == 0
    assert "new Message-ID" in capsys.readouterr().out
    [result] = outbox.send_due()
    assert result.outcome == "failed" and "bounced" in result.detail
    assert len(smtp_server.messages) == 1

    # The address corrected, it goes out with a Message-ID of its own.
    from afterview.model import parse_interview
    from deliver.samples import INTERVIEW, INTERVIEW_AT, make_plan

    fixed = parse_interview(INTERVIEW.replace("jane.okafor@", "jane@"), "acme.toml")
    records.store.add_interview(fixed, make_plan(fixed), source="acme.toml", now=INTERVIEW_AT)
    outbox.refused.clear()  # a new session, as the next `send --due` would be
    [result] = outbox.send_due()
    assert result.outcome == "sent", result.detail
    again = records.store.get_message(thanks)
    assert again.state == "sent" and again.rfc_message_id not in (None, sent)
    assert smtp_server.messages[1].rcpt_tos == ["jane@acme.example"]
    ids = [email.message_from_bytes(r.data)["Message-ID"] for r in smtp_server.messages]
    assert ids == [sent, again.rfc_message_id]


def test_an_out_of_office_with_a_date_moves_the_follow_up(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    before = inquiry(records)
    dovecot.deliver(
        make_raw(
            subject="Automatic reply: Thank you",
            body="I am out of the office until Monday, December 14, 2026 with limited access to email.",
            headers={"In-Reply-To": sent, "Auto-Submitted": "auto-replied"},
        )
    )
    report = run_sync(records, dovecot, tmp_path)
    assert report.seen[0].incoming.return_date == date(2026, 12, 14)
    after = inquiry(records)
    assert after.state == "planned"
    assert before.send_after.date() < date(2026, 12, 14) < after.send_after.date()


def test_each_message_is_read_once_and_left_unread(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    dovecot.deliver(make_raw(headers={"In-Reply-To": sent}))
    assert len(run_sync(records, dovecot, tmp_path).seen) == 1
    assert run_sync(records, dovecot, tmp_path).seen == []  # nothing new the second time
    client = dovecot.client()
    try:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["UNSEEN"])  # still unread for the user
    finally:
        client.logout()


def test_mail_about_nothing_we_know_is_counted_not_recorded(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    dovecot.deliver(make_raw(sender="Friend <friend@elsewhere.example>", subject="Lunch?"))
    dovecot.deliver(make_raw(sender=f"Priya <{USER}>", subject="note to self"))
    report = run_sync(records, dovecot, tmp_path)
    assert report.seen == [] and report.unmatched == 1
    assert inquiry(records).state == "planned"


def test_a_wrong_password_is_a_clear_error(records: Records, dovecot: Dovecot) -> None:
    cfg = ImapConfig(dovecot.host, dovecot.port, "none", dovecot.user, "wrong")
    with pytest.raises(DeliveryError, match="refused the login") as info:
        Mailbox(cfg).open()
    assert "wrong" not in str(info.value)


def test_a_sent_folder_under_another_name_is_found_by_its_flag(dovecot: Dovecot) -> None:
    cfg = ImapConfig(
        dovecot.host, dovecot.port, "none", dovecot.user, dovecot.password, sent_folder="Gesendet"
    )
    with Mailbox(cfg) as box:
        assert box.sent_folder() == "Sent"  # found by its \\Sent flag instead
        assert box.sent_contains("<nope@example.com>") is False


def test_plaintext_imap_is_refused_off_this_machine() -> None:
    with pytest.raises(ConfigError, match="only allowed"):
        Mailbox(ImapConfig("imap.example.com", 143, "none", "u", "p")).open()


def test_your_own_message_in_the_thread_is_not_their_reply(
    records: Records, dovecot: Dovecot, sent: str, tmp_path: Path
) -> None:
    dovecot.deliver(make_raw(sender=f"Priya <{USER}>", headers={"In-Reply-To": sent}))
    cfg = ImapConfig(dovecot.host, dovecot.port, "none", dovecot.user, dovecot.password)
    with Mailbox(cfg) as box:  # no own addresses configured: the record still knows
        report = sync(records.store, box, state_path=tmp_path / "s.json", now=NOW)
    assert [s.action for s in report.seen] == ["ignored: your own message in the thread"]
    assert inquiry(records).state == "planned"


def test_a_stranger_at_a_public_mail_domain_is_not_matched_by_domain(records: Records) -> None:
    from afterview.deliver.classify import classify, parse_bytes
    from afterview.deliver.sync import match
    from afterview.model import parse_interview
    from deliver.samples import INTERVIEW, INTERVIEW_AT, make_plan

    # Another application, whose recruiter writes from a Gmail address.
    text = INTERVIEW.replace("Acme Robotics", "Globex").replace(
        "jane.okafor@acme.example", "globex.recruiter@gmail.com"
    )
    other = parse_interview(text, "globex.toml")
    records.store.add_interview(other, make_plan(other), source="globex.toml", now=INTERVIEW_AT)
    assert (
        records.store.find_applications_by_address("someone@gmail.com") == []
    )  # the store's guard
    assert records.store.find_applications_by_address(
        "globex.recruiter@gmail.com"
    )  # the exact address

    def app_of(sender: str) -> int | None:
        return match(records.store, classify(parse_bytes(make_raw(sender=sender))))[0]

    assert app_of("Friend <someone@gmail.com>") is None
    assert app_of("Recruiter <Globex.Recruiter@gmail.com>") is not None
    assert app_of("Jane <JANE.OKAFOR@acme.example>") is not None
