"""``afterview run``: sync, then send what is due, on an interval, until told to stop.

SIGTERM and SIGINT do not interrupt a message in flight: they set a flag
that is checked between messages and between rounds, so the process stops
at the next safe point. A second signal stops at once (the message then stays
in "sending" and is settled by the next run, never sent twice).
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from afterview.errors import AfterviewError, UsageError

MIN_INTERVAL = 60.0  # seconds; mail servers frown on clients that poll faster
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str, *, minimum: float = MIN_INTERVAL) -> float:
    """Seconds from "900", "15m", "1h" or "1h30m"."""
    value = text.strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        seconds = float(value)
    elif re.fullmatch(r"(\d+[smhd])+", value):
        seconds = float(sum(int(n) * _UNITS[u] for n, u in re.findall(r"(\d+)([smhd])", value)))
    else:
        raise UsageError(
            f"--interval {text!r} is not a duration.", hint='write e.g. "15m", "1h" or "900".'
        )
    if seconds < minimum:
        raise UsageError(
            f"--interval {text!r} is too short; the shortest is {minimum:.0f} seconds."
        )
    return seconds


class Stopper:
    """A stop flag that SIGTERM and SIGINT set; the second signal interrupts."""

    def __init__(self) -> None:
        self.event = threading.Event()
        self._previous: dict[int, Any] = {}

    def __call__(self) -> bool:
        return self.event.is_set()

    def install(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            self._previous[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.event.is_set():
            raise KeyboardInterrupt
        self.event.set()

    def wait(self, seconds: float) -> None:
        self.event.wait(seconds)


def run_loop(
    cycle: Callable[[Callable[[], bool]], None],
    *,
    interval: float,
    stop: Stopper,
    once: bool = False,
    on_error: Callable[[AfterviewError], None] = lambda exc: None,
) -> int:
    """Run ``cycle(stop)`` every ``interval`` seconds; returns how many rounds ran.

    A failed round (a server down, a bad password) is reported and the loop
    goes on: the next round may well succeed.
    """
    rounds = 0
    while not stop():
        rounds += 1
        try:
            cycle(stop)
        except AfterviewError as exc:
            on_error(exc)
        if once:
            break
        stop.wait(interval)
    return rounds
