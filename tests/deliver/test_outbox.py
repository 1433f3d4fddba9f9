"""Sending exactly once: the real store, a real SMTP server, a real Dovecot Sent folder."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from afterview.deliver.mailbox import ImapConfig, Mailbox
from afterview.deliver.outbox import Outbox, Outcome
from afterview.deliver.smtp import SmtpConfig, send_once
from afterview.errors import ConfigError, InputError, UsageError
from deliver.samples import PASSWORD, USER
from deliver.servers import Dovecot, Records, SmtpServer, free_port

pytestmark = pytest.mark.smtp
NOW = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)  # inside the thank-you window


def smtp_cfg(server: SmtpServer) -> SmtpConfig:
    return SmtpConfig(server.host, server.port, "none", USER, PASSWORD, timeout=5)


def outbox(records: Records, server: SmtpServer, **kwargs: Any) -> Outbox:
    cfg = smtp_cfg(server)
    return Outbox(records.store, lambda msg: send_once(cfg, msg), clock=lambda: NOW, **kwargs)


def mailbox(dovecot: Dovecot) -> Mailbox:
    return Mailbox(ImapConfig(dovecot.host, dovecot.port, "none", dovecot.user, dovecot.password))


def parse(data: bytes) -> Any:
    return BytesParser(policy=policy.default).parsebytes(data)


def test_an_approved_email_goes_out_once_with_the_stored_message_id(
    records: Records, smtp_server: SmtpServer
) -> None:
    id = records.ids["thank_you"]
    result = outbox(records, smtp_server).send(id)
    assert result.outcome is Outcome.SENT
    [got] = smtp_server.messages
    msg = parse(got.data)
    stored = records.store.get_message(id)
    assert stored.state == "sent" and stored.sent_at == NOW
    assert msg["Message-ID"] == stored.rfc_message_id
    assert msg["Subject"] == "Thank you — Grüße from Priya"
    assert msg["From"].addresses[0].display_name == "Priya Ramán"
    assert msg["To"].addresses[0].addr_spec == "jane.okafor@acme.example"
    assert "Kafka streams" in msg.get_content()
    # Asking again sends nothing more.
    assert outbox(records, smtp_server).send(id).outcome is Outcome.ALREADY_SENT
    assert len(smtp_server.messages) == 1


def test_a_from_address_other_than_the_candidates_sets_reply_to(
    records: Records, smtp_server: SmtpServer
) -> None:
    outbox(records, smtp_server, from_address="priya@mail.example.net").send(
        records.ids["thank_you"]
    )
    msg = parse(smtp_server.messages[0].data)
    assert msg["From"].addresses[0].addr_spec == "priya@mail.example.net"
    assert msg["Reply-To"].addresses[0].addr_spec == USER


def test_nothing_goes_out_without_approval(records: Records, smtp_server: SmtpServer) -> None:
    with pytest.raises(UsageError, match="not approved"):
        outbox(records, smtp_server).send(records.ids["inquiry"])
    assert smtp_server.messages == []
    assert records.store.get_message(records.ids["inquiry"]).state == "planned"


def test_send_due_sends_only_approved_emails_whose_window_opened(
    records: Records, smtp_server: SmtpServer
) -> None:
    results = outbox(records, smtp_server).send_due()
    assert [(r.message.id, r.outcome) for r in results] == [
        (records.ids["thank_you"], Outcome.SENT)
    ]
    assert len(smtp_server.messages) == 1  # not the LinkedIn note, the card or the planned inquiry


def test_dry_run_sends_and_records_nothing(records: Records, smtp_server: SmtpServer) -> None:
    result = outbox(records, smtp_server).send(records.ids["thank_you"], dry_run=True)
    assert result.outcome is Outcome.DRY_RUN and result.email is not None
    assert smtp_server.messages == []
    assert records.store.get_message(records.ids["thank_you"]).state == "approved"


def test_a_header_injection_in_a_draft_is_refused_before_anything_is_recorded(
    records: Records, smtp_server: SmtpServer
) -> None:
    id = records.ids["inquiry"]
    records.store.update_draft(
        id, "Following up\r\nBcc: everyone@evil.example", "Dear Jane,\n\nAny news?"
    )
    records.store.approve(id)
    with pytest.raises(InputError, match="hidden email headers"):
        outbox(records, smtp_server).send(id, early=True)
    assert smtp_server.messages == []
    stored = records.store.get_message(id)
    assert stored.state == "approved" and stored.rfc_message_id is None


def test_a_permanent_failure_returns_the_message_to_approved_with_the_servers_words(
    records: Records, smtp_server: SmtpServer
) -> None:
    smtp_server.behaviour.refuse_rcpt.add("jane.okafor@acme.example")
    result = outbox(records, smtp_server).send(records.ids["thank_you"])
    assert result.outcome is Outcome.FAILED and result.permanent
    assert "User unknown" in result.detail
    assert records.store.get_message(records.ids["thank_you"]).state == "approved"


# -- crashes and broken connections ---------------------------------------------

CRASH = """\
import os, sys
from afterview.deliver.outbox import Outbox
from afterview.deliver.smtp import SmtpConfig, send_once
from afterview.store import Store

cfg = SmtpConfig("127.0.0.1", int(sys.argv[2]), "none", sys.argv[3], os.environ["PW"], timeout=5)

def send_then_die(msg):
    send_once(cfg, msg)   # the server has the message...
    os._exit(137)         # ...and the process dies before recording "sent"

store = Store.open(sys.argv[1])
Outbox(store, send_then_die).send(int(sys.argv[4]))
"""


def crash_after_smtp(records: Records, server: SmtpServer, id: int, tmp_path: Path) -> None:
    script = tmp_path / "crash.py"
    script.write_text(CRASH, encoding="utf-8")
    env = {**os.environ, "PW": PASSWORD}
    proc = subprocess.run(
        [sys.executable, str(script), records.url, str(server.port), USER, str(id)],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 137, proc.stderr.decode()
    assert len(server.messages) == 1
    stored = records.store.get_message(id)
    assert stored.state == "sending" and stored.rfc_message_id


def test_a_crash_after_smtp_is_settled_from_the_sent_folder_without_a_second_copy(
    records: Records, smtp_server: SmtpServer, dovecot: Dovecot, tmp_path: Path
) -> None:
    # Like Gmail or Outlook, the provider files what it accepted in Sent.
    smtp_server.behaviour.on_message = lambda data: dovecot.deliver(data, "Sent")
    id = records.ids["thank_you"]
    crash_after_smtp(records, smtp_server, id, tmp_path)
    with mailbox(dovecot) as box:
        results = outbox(records, smtp_server, sent_folder=box).send_due()
    assert [(r.message.id, r.outcome) for r in results] == [(id, Outcome.ALREADY_SENT)]
    assert len(smtp_server.messages) == 1
    assert dovecot.count("Sent") == 1
    assert records.store.get_message(id).state == "sent"


def test_a_crash_before_the_server_had_it_is_sent_again_with_the_same_message_id(
    records: Records, smtp_server: SmtpServer, dovecot: Dovecot
) -> None:
    id = records.ids["thank_you"]
    records.store.mark_sending(id, "<1.lost.afterview@example.com>")  # died before SMTP
    with mailbox(dovecot) as box:
        result = outbox(records, smtp_server, sent_folder=box).send(id)
    assert result.outcome is Outcome.SENT
    [got] = smtp_server.messages
    assert parse(got.data)["Message-ID"] == "<1.lost.afterview@example.com>"
    assert records.store.get_message(id).state == "sent"


@pytest.mark.parametrize(
    ("answer", "outcome", "copies", "state"),
    [
        (True, Outcome.ALREADY_SENT, 1, "sent"),
        (False, Outcome.SENT, 2, "sent"),
        (None, Outcome.UNCERTAIN, 1, "uncertain"),
    ],
)
def test_without_a_mailbox_the_user_is_asked(
    records: Records,
    smtp_server: SmtpServer,
    tmp_path: Path,
    answer: bool | None,
    outcome: Outcome,
    copies: int,
    state: str,
) -> None:
    id = records.ids["thank_you"]
    crash_after_smtp(records, smtp_server, id, tmp_path)
    asked: list[int] = []

    def ask(m: Any) -> bool | None:
        asked.append(m.id)
        return answer

    result = outbox(records, smtp_server, ask=ask).send(id)
    assert asked == [id]
    assert result.outcome is outcome
    assert len(smtp_server.messages) == copies
    assert records.store.get_message(id).state == state
    if copies == 2:  # the user said it did not go out: the retry keeps its Message-ID
        first, second = (parse(m.data)["Message-ID"] for m in smtp_server.messages)
        assert first == second


def test_unattended_and_without_a_mailbox_an_interrupted_send_waits_for_the_user(
    records: Records, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    id = records.ids["thank_you"]
    crash_after_smtp(records, smtp_server, id, tmp_path)
    results = outbox(records, smtp_server).send_due()
    assert [r.outcome for r in results] == [Outcome.UNCERTAIN]
    assert len(smtp_server.messages) == 1


def test_a_connection_broken_during_data_is_settled_from_the_sent_folder(
    records: Records, smtp_server: SmtpServer, dovecot: Dovecot
) -> None:
    smtp_server.behaviour.on_message = lambda data: dovecot.deliver(data, "Sent")
    smtp_server.behaviour.drop_after_data = True
    id = records.ids["thank_you"]
    with mailbox(dovecot) as box:
        result = outbox(records, smtp_server, sent_folder=box).send(id)
    assert result.outcome is Outcome.ALREADY_SENT
    assert len(smtp_server.messages) == 1
    assert records.store.get_message(id).state == "sent"


def test_the_password_is_not_stored_in_the_database(
    records: Records, smtp_server: SmtpServer, dovecot: Dovecot, tmp_path: Path
) -> None:
    smtp_server.behaviour.on_message = lambda data: dovecot.deliver(data, "Sent")
    crash_after_smtp(records, smtp_server, records.ids["thank_you"], tmp_path)
    with mailbox(dovecot) as box:
        outbox(records, smtp_server, sent_folder=box).send_due()
    records.store.close()
    db = Path(records.url.removeprefix("sqlite:///"))
    for path in [db, *db.parent.glob(db.name + "-*")]:  # the WAL and journal too
        assert PASSWORD.encode() not in path.read_bytes()
    assert textwrap.dedent(PASSWORD) not in db.read_bytes().decode("latin-1")


def test_a_missing_setting_leaves_the_message_approved_not_sending(records: Records) -> None:
    unset = SmtpConfig(host="")
    box = Outbox(records.store, lambda msg: send_once(unset, msg), clock=lambda: NOW)
    with pytest.raises(ConfigError, match="No SMTP server"):
        box.send(records.ids["thank_you"])
    assert records.store.get_message(records.ids["thank_you"]).state == "approved"


def test_a_permanent_refusal_is_not_retried_by_later_rounds(
    records: Records, smtp_server: SmtpServer
) -> None:
    smtp_server.behaviour.refuse_rcpt.add("jane.okafor@acme.example")
    box = outbox(records, smtp_server)
    assert [r.outcome for r in box.send_due()] == [Outcome.FAILED]
    assert box.send_due() == []  # the next round of `run` leaves it for the user
    smtp_server.behaviour.refuse_rcpt.clear()
    assert box.send(records.ids["thank_you"]).outcome is Outcome.SENT  # asked by name, it goes


def test_an_unreachable_mailbox_leaves_an_interrupted_send_for_later(
    records: Records, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    id = records.ids["thank_you"]
    crash_after_smtp(records, smtp_server, id, tmp_path)
    down = Mailbox(ImapConfig("127.0.0.1", free_port(), "none", USER, PASSWORD, timeout=2))
    [result] = outbox(records, smtp_server, sent_folder=down).send_due()
    assert result.outcome is Outcome.UNCERTAIN and "Cannot reach the IMAP server" in result.detail
    assert len(smtp_server.messages) == 1
    assert records.store.get_message(id).state == "uncertain"
