"""The SMTP transaction against a real server (aiosmtpd on 127.0.0.1)."""

from __future__ import annotations

import logging
import ssl
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from afterview.deliver.email import Outgoing, build_email
from afterview.deliver.smtp import (
    PermanentFailure,
    SmtpConfig,
    TemporaryFailure,
    UncertainDelivery,
    send_once,
    send_with_retry,
)
from afterview.errors import ConfigError
from deliver.samples import PASSWORD, USER
from deliver.servers import SmtpServer, free_port

pytestmark = pytest.mark.smtp


def email(to: str = "jane.okafor@acme.example") -> Any:
    return build_email(
        Outgoing(
            sender_name="Priya Ramán",
            sender_email=USER,
            recipient_name="Jane Okafor",
            recipient_email=to,
            subject="Thank you — Grüße",
            body="Dear Jane,\n\nThank you.\n.\nA line with only a dot, above.\n\nPriya",
            message_id="<42.x.afterview@example.com>",
            date=datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
        )
    )


def config(server: SmtpServer, **changes: Any) -> SmtpConfig:
    values: dict[str, Any] = {
        "host": server.host,
        "port": server.port,
        "security": "none",
        "user": USER,
        "password": PASSWORD,
        "timeout": 5.0,
    }
    values.update(changes)
    return SmtpConfig(**values)


def test_message_arrives_with_its_headers_and_body(smtp_server: SmtpServer) -> None:
    send_once(config(smtp_server), email())
    [got] = smtp_server.messages
    assert got.mail_from == USER
    assert got.rcpt_tos == ["jane.okafor@acme.example"]
    msg = BytesParser(policy=policy.default).parsebytes(got.data)
    assert msg["Message-ID"] == "<42.x.afterview@example.com>"
    assert msg["Subject"] == "Thank you — Grüße"
    assert msg["From"].addresses[0].display_name == "Priya Ramán"
    body = msg.get_content().replace("\r\n", "\n")
    assert "Thank you.\n.\nA line with only a dot" in body  # dot-stuffing undone by the server


def test_wrong_password_is_permanent_with_the_servers_words(smtp_server: SmtpServer) -> None:
    with pytest.raises(PermanentFailure, match="535") as info:
        send_once(config(smtp_server, password="wrong"), email())
    assert "refused the login" in info.value.message
    assert smtp_server.messages == []


def test_refused_recipient_is_permanent_with_the_servers_words(smtp_server: SmtpServer) -> None:
    smtp_server.behaviour.refuse_rcpt.add("gone@acme.example")
    with pytest.raises(PermanentFailure, match="User unknown") as info:
        send_once(config(smtp_server), email("gone@acme.example"))
    assert info.value.code == 550
    assert smtp_server.messages == []


def test_temporary_failures_are_retried_with_backoff(smtp_server: SmtpServer) -> None:
    smtp_server.behaviour.temp_failures = 2
    slept: list[float] = []
    send_with_retry(config(smtp_server), email(), first_delay=3, sleep=slept.append)
    assert slept == [3, 6]
    assert len(smtp_server.messages) == 1


def test_retries_give_up_after_the_last_attempt(smtp_server: SmtpServer) -> None:
    smtp_server.behaviour.temp_failures = 10
    slept: list[float] = []
    with pytest.raises(TemporaryFailure, match="451"):
        send_with_retry(config(smtp_server), email(), attempts=3, first_delay=1, sleep=slept.append)
    assert slept == [1, 2]
    assert smtp_server.messages == []


def test_permanent_failures_are_not_retried(smtp_server: SmtpServer) -> None:
    slept: list[float] = []
    with pytest.raises(PermanentFailure):
        send_with_retry(config(smtp_server, password="wrong"), email(), sleep=slept.append)
    assert slept == []


def test_a_connection_dropped_after_data_is_uncertain(smtp_server: SmtpServer) -> None:
    smtp_server.behaviour.drop_after_data = True
    slept: list[float] = []
    with pytest.raises(UncertainDelivery):
        send_with_retry(config(smtp_server), email(), sleep=slept.append)
    assert slept == []  # never retried blindly
    assert len(smtp_server.messages) == 1  # the server did get it


def test_nobody_listening_is_temporary() -> None:
    cfg = SmtpConfig(host="127.0.0.1", port=free_port(), security="none", timeout=2)
    with pytest.raises(TemporaryFailure, match="Cannot reach"):
        send_once(cfg, email())


@pytest.mark.parametrize("security", ["none", "plain", ""])
def test_plaintext_elsewhere_than_loopback_or_unknown_modes_are_refused(security: str) -> None:
    with pytest.raises(ConfigError):
        send_once(SmtpConfig(host="smtp.example.com", security=security), email())


def test_password_never_shows_in_logs_or_repr(
    smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    cfg = config(smtp_server)
    send_once(cfg, email())
    with pytest.raises(PermanentFailure) as info:
        send_once(config(smtp_server, password=PASSWORD + "x"), email())
    assert PASSWORD not in repr(cfg) and PASSWORD not in str(cfg)
    assert PASSWORD not in caplog.text
    assert PASSWORD not in str(info.value)


# -- TLS ----------------------------------------------------------------------


@pytest.fixture
def tls_server(tls_files: tuple[Path, Path], request: pytest.FixtureRequest) -> Any:
    from aiosmtpd.controller import Controller

    from deliver.servers import Recorder, authenticator

    cert, key = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    recorder = Recorder()
    port = free_port()
    implicit = request.param == "tls"
    # aiosmtpd cannot tell that an implicit-TLS socket is encrypted, so it must
    # be told to allow AUTH there; with STARTTLS it insists on TLS first.
    kwargs: dict[str, Any] = (
        {"ssl_context": context, "auth_require_tls": False}
        if implicit
        else {"tls_context": context, "require_starttls": True}
    )
    controller = Controller(
        recorder, hostname="127.0.0.1", port=port, authenticator=authenticator, **kwargs
    )
    controller.start()
    yield request.param, port, recorder, cert
    controller.stop()


@pytest.mark.parametrize("tls_server", ["starttls", "tls"], indirect=True)
def test_starttls_and_implicit_tls_with_a_trusted_certificate(tls_server: Any) -> None:
    security, port, recorder, cert = tls_server
    cfg = SmtpConfig("127.0.0.1", port, security, USER, PASSWORD, timeout=5, cafile=str(cert))
    send_once(cfg, email())
    assert len(recorder.messages) == 1


@pytest.mark.parametrize("tls_server", ["starttls", "tls"], indirect=True)
def test_an_untrusted_certificate_is_refused(tls_server: Any) -> None:
    security, port, recorder, _ = tls_server
    cfg = SmtpConfig("127.0.0.1", port, security, USER, PASSWORD, timeout=5)
    with pytest.raises(PermanentFailure, match="cannot be trusted"):
        send_once(cfg, email())
    assert recorder.messages == []
