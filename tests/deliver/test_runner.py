"""``afterview run``: rounds on an interval, and a clean stop on a signal."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from afterview.deliver.runner import Stopper, parse_interval, run_loop
from afterview.errors import DeliveryError, UsageError
from deliver.samples import PASSWORD, USER
from deliver.servers import Records, SmtpServer


@pytest.mark.parametrize(
    ("text", "seconds"), [("900", 900), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("2d", 172800)]
)
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "10x", "-5m", "30s", "5"])
def test_bad_or_too_short_intervals_are_refused(text: str) -> None:
    with pytest.raises(UsageError):
        parse_interval(text)


def test_once_runs_one_round() -> None:
    rounds: list[int] = []
    assert run_loop(lambda stop: rounds.append(1), interval=3600, stop=Stopper(), once=True) == 1
    assert rounds == [1]


def test_a_failed_round_is_reported_and_the_loop_goes_on() -> None:
    stop = Stopper()
    errors: list[str] = []
    calls = 0

    def cycle(should_stop: object) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise DeliveryError("server down")
        stop.event.set()

    assert run_loop(cycle, interval=0, stop=stop, on_error=lambda e: errors.append(e.message)) == 2
    assert errors == ["server down"]


def test_a_stop_during_the_wait_ends_the_loop_at_once() -> None:
    stop = Stopper()
    threading.Timer(0.2, stop.event.set).start()
    started = time.monotonic()
    assert run_loop(lambda s: None, interval=3600, stop=stop) == 1
    assert time.monotonic() - started < 5


def test_the_first_signal_sets_the_flag_the_second_interrupts() -> None:
    before = signal.getsignal(signal.SIGTERM)
    stop = Stopper()
    stop.install()
    try:
        assert not stop()
        os.kill(os.getpid(), signal.SIGTERM)
        assert stop()
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
    finally:
        stop.restore()
    assert signal.getsignal(signal.SIGTERM) is before


def cli_env(server: SmtpServer, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AFTERVIEW_")}
    env.update(
        {
            "AFTERVIEW_CONFIG": str(tmp_path / "none.toml"),
            "AFTERVIEW_SMTP_HOST": server.host,
            "AFTERVIEW_SMTP_PORT": str(server.port),
            "AFTERVIEW_SMTP_SECURITY": "none",
            "AFTERVIEW_SMTP_USER": USER,
            "AFTERVIEW_SMTP_PASSWORD": PASSWORD,
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
    )
    return env


@pytest.mark.smtp
def test_sigterm_mid_send_lets_the_message_finish_then_stops(
    records: Records, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    smtp_server.behaviour.delay = 1.5  # the signal arrives while the server is thinking
    proc = subprocess.Popen(
        [sys.executable, "-m", "afterview", "run", "--interval", "1h", "--db", records.url],
        env=cli_env(smtp_server, tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert smtp_server.behaviour.data_started.wait(30), "the send never started"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    text = out.decode() + err.decode()
    assert proc.returncode == 0, text
    assert "Stopped after 1 round" in text
    assert len(smtp_server.messages) == 1
    assert records.store.get_message(records.ids["thank_you"]).state == "sent"
    assert PASSWORD not in text
