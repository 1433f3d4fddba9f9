"""The IMAP client over TLS, against a real Dovecot with a self-signed certificate.

``dovecot_tls`` speaks implicit TLS on ``imaps_port`` and offers STARTTLS on
``port``; ``dovecot`` (``ssl = no``) offers no STARTTLS at all. Dovecot's log
tells how each login came in: ``TLS`` for an encrypted one, ``secured`` for a
plaintext one from this machine.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, date, datetime
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest

from afterview.deliver.mailbox import ImapConfig, Mailbox
from afterview.deliver.sync import sync
from afterview.errors import DeliveryError
from deliver.samples import PASSWORD, USER, make_raw
from deliver.servers import Dovecot, Records

pytestmark = pytest.mark.imap
NOW = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
SECURITIES = ["tls", "starttls"]


def imap_config(server: Dovecot, security: str, *, trusted: bool) -> ImapConfig:
    """The client's settings for ``server``: the imaps port for implicit TLS, else the plain one."""
    port = server.imaps_port if security == "tls" else server.port
    assert port is not None
    cafile = str(server.cafile) if trusted and server.cafile else None
    return ImapConfig(
        server.host, port, security, server.user, server.password, timeout=10, cafile=cafile
    )


def log_once(server: Dovecot, words: str, times: int = 1) -> list[str]:
    """Dovecot's log lines, once ``words`` is in ``times`` of them.

    The log is written by Dovecot's own log process, a moment after the fact.
    """
    deadline = time.monotonic() + 5
    while True:
        lines = server.log().splitlines()
        if sum(words in line for line in lines) >= times or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def logins(lines: list[str]) -> list[str]:
    return [line for line in lines if "imap-login: Info: Login: " in line]


def inquiry_state(records: Records) -> str:
    return str(records.store.get_message(records.ids["inquiry"]).state)


def assert_clear(error: DeliveryError) -> None:
    """Said in words: no traceback, no ssl module internals, no password, no chained exception."""
    text = str(error)
    for leak in (
        "Traceback",
        "_ssl.c",
        "[SSL",
        "SSLError",
        "SSLCertVerificationError",
        "errno",
        PASSWORD,
    ):
        assert leak not in text, text
    assert error.__cause__ is None and (error.__context__ is None or error.__suppress_context__)


@pytest.mark.parametrize("security", SECURITIES)
def test_the_mailbox_is_read_over_tls_trusting_the_cafile(
    records: Records, dovecot_tls: Dovecot, security: str, tmp_path: Path
) -> None:
    raw = make_raw(subject="Next steps")
    dovecot_tls.deliver(raw)  # the test's own login, over implicit TLS
    cfg = imap_config(dovecot_tls, security, trusted=True)

    with Mailbox(cfg) as box:
        _, fetched = box.new_messages(
            "INBOX", after_uid=0, uidvalidity=None, since=date(2026, 11, 1)
        )
        [item] = list(fetched)
    got = message_from_bytes(item.raw)
    assert (got["Message-ID"], got["Subject"]) == (
        message_from_bytes(raw)["Message-ID"],
        "Next steps",
    )

    state = tmp_path / "sync.json"
    with Mailbox(cfg) as box:
        report = sync(records.store, box, state_path=state, own_addresses=[USER], now=NOW)
    assert [s.action for s in report.seen] == ["recorded the reply"]
    assert inquiry_state(records) == "cancelled"
    assert state.exists()

    lines = log_once(dovecot_tls, "Disconnected: Logged out", times=3)
    done = logins(lines)
    assert len(done) == 3, lines
    for line in done:  # every login came in over TLS, none in clear ("secured")
        assert f"user=<{USER}>" in line and re.search(r", TLS, ", line), line


@pytest.mark.parametrize("security", SECURITIES)
def test_an_untrusted_certificate_is_refused_before_the_login(
    records: Records, dovecot_tls: Dovecot, security: str, tmp_path: Path
) -> None:
    dovecot_tls.deliver(make_raw())
    state = tmp_path / "sync.json"
    cfg = imap_config(dovecot_tls, security, trusted=False)

    with pytest.raises(DeliveryError) as info, Mailbox(cfg) as box:
        sync(records.store, box, state_path=state, own_addresses=[USER], now=NOW)

    text = str(info.value)
    assert f"The certificate of 127.0.0.1:{cfg.port}" in text
    assert "cannot be trusted" in text and re.search(r"self.signed certificate", text), text
    assert "imap.cafile" in text  # the hint: what to set
    assert_clear(info.value)
    assert not state.exists()  # nothing read, nothing marked as synced
    assert inquiry_state(records) == "planned"
    lines = log_once(dovecot_tls, "alert unknown ca")  # the client hung up in the handshake
    assert len(logins(lines)) == 1, lines  # the test's own: the client's password never left


def test_starttls_is_refused_by_a_server_that_does_not_offer_it(
    records: Records, dovecot: Dovecot, tmp_path: Path
) -> None:
    """No STARTTLS on offer (``ssl = no``): no login in clear instead."""
    dovecot.deliver(make_raw())
    state = tmp_path / "sync.json"
    cfg = ImapConfig(
        dovecot.host, dovecot.port, "starttls", dovecot.user, dovecot.password, timeout=10
    )

    with pytest.raises(DeliveryError) as info, Mailbox(cfg) as box:
        sync(records.store, box, state_path=state, own_addresses=[USER], now=NOW)

    text = str(info.value)
    assert "STARTTLS" in text and f"127.0.0.1:{dovecot.port}" in text, text
    assert_clear(info.value)
    assert not state.exists()
    assert inquiry_state(records) == "planned"
    lines = log_once(dovecot, "no auth attempts")  # the client hung up without a login
    assert len(logins(lines)) == 1, lines  # the test's own, to deliver the mail


def test_implicit_tls_to_the_plain_port_is_a_clear_error(dovecot_tls: Dovecot) -> None:
    cfg = ImapConfig(
        dovecot_tls.host,
        dovecot_tls.port,
        "tls",
        dovecot_tls.user,
        dovecot_tls.password,
        timeout=10,
        cafile=str(dovecot_tls.cafile),
    )
    with pytest.raises(
        DeliveryError, match=f"Cannot set up TLS with the IMAP server 127.0.0.1:{cfg.port}"
    ) as info:
        Mailbox(cfg).open()
    assert "imap.port" in str(info.value)
    assert_clear(info.value)


# -- `afterview sync`, configured through the environment ----------------------


def sync_env(
    monkeypatch: pytest.MonkeyPatch, server: Dovecot, security: str, *, trusted: bool
) -> None:
    cfg = imap_config(server, security, trusted=trusted)
    for name, value in {
        "AFTERVIEW_IMAP_HOST": cfg.host,
        "AFTERVIEW_IMAP_PORT": str(cfg.port),
        "AFTERVIEW_IMAP_SECURITY": security,
        "AFTERVIEW_IMAP_USER": cfg.user,
        "AFTERVIEW_IMAP_PASSWORD": PASSWORD,
        "AFTERVIEW_IMAP_CAFILE": cfg.cafile or "",
    }.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize("security", SECURITIES)
def test_sync_command_over_tls_with_and_without_imap_cafile(
    records: Records,
    dovecot_tls: Dovecot,
    security: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: Any,
) -> None:
    from afterview.cli import main

    dovecot_tls.deliver(make_raw(subject="Next steps"))

    sync_env(monkeypatch, dovecot_tls, security, trusted=False)
    assert main(["sync", "--db", records.url]) == 1
    err = capsys.readouterr().err
    assert "cannot be trusted" in err and "imap.cafile" in err, err
    assert "Traceback" not in err and "_ssl.c" not in err and PASSWORD not in err + caplog.text
    assert inquiry_state(records) == "planned"

    sync_env(monkeypatch, dovecot_tls, security, trusted=True)
    assert main(["sync", "--db", records.url]) == 0
    assert "reply from Jane Okafor: recorded the reply" in capsys.readouterr().out
    assert inquiry_state(records) == "cancelled"


# -- the fixture itself --------------------------------------------------------


@pytest.mark.parametrize("in_ci", [False, True])
def test_a_dovecot_that_cannot_start_skips_or_under_ci_fails(
    tls_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, in_ci: bool
) -> None:
    import deliver.conftest
    from deliver.servers import dovecot_conf

    import conftest

    def broken(*args: Any) -> str:  # a certificate that is not there: doveconf refuses to start
        return dovecot_conf(*args).replace("cert.pem", "missing.pem")

    monkeypatch.setattr(deliver.conftest, "dovecot_conf", broken)
    monkeypatch.setattr(conftest, "IN_CI", in_ci)
    outcome = pytest.fail.Exception if in_ci else pytest.skip.Exception
    with (
        pytest.raises(outcome, match=r"dovecot did not start: .*missing\.pem"),
        deliver.conftest.running_dovecot(tls_files),
    ):
        pass
