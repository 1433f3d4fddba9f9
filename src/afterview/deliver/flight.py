"""A send under way that can be cut short: by a stop signal, or past a deadline.

A mail server that never answers would otherwise hold ``afterview run`` for the
socket timeouts of every retry (minutes), far longer than a service manager
waits after SIGTERM. So the network part of a send runs in a thread of its own
(:func:`fly`) while the calling thread watches the stop flag and the clock.
To cut it short, :meth:`Flight.abort` shuts the connection's socket down,
which makes a blocked read or write in the sending thread return at once.

Whether the message may have gone out is decided in one place, under a lock:
the sending thread passes :meth:`Flight.hand_over` just before SMTP DATA, and
once a flight is aborted it never passes it. An abort before the hand-over
means the message certainly did not go out; after it, it may have.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass

from afterview.errors import DeliveryError

#: Seconds a send may go on after a stop was asked for: a server that answers
#: finishes well within it; one that hangs is cut off.
GRACE_S = 5.0
#: The longest one send may take, retries included; past it, it is cut off.
#: Kept well under :data:`afterview.store.messages.CLAIM_LEASE_S`.
DEADLINE_S = 180.0

_CURRENT: ContextVar[Flight | None] = ContextVar("afterview_flight", default=None)


class Stopped(DeliveryError):
    """The send was cut short before the message was handed over: it did not go out."""


class Flight:
    """One send under way, which another thread may abort."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._aborted = threading.Event()
        self._fd: int | None = None
        self._handed_over = False
        self.why = ""

    @staticmethod
    def current() -> Flight | None:
        """The flight of the send this thread is making, if it runs inside :func:`fly`."""
        return _CURRENT.get()

    @contextlib.contextmanager
    def active(self) -> Iterator[Flight]:
        token = _CURRENT.set(self)
        try:
            yield self
        finally:
            _CURRENT.reset(token)

    @property
    def aborted(self) -> bool:
        return self._aborted.is_set()

    @property
    def handed_over(self) -> bool:
        return self._handed_over

    def attach(self, sock: socket.socket) -> None:
        """The connection of this send: an abort shuts it down. Refused once aborted."""
        with self._lock:
            if self.aborted:
                _shutdown(sock.fileno())
                raise Stopped(
                    f"The send was stopped before the message was handed over: {self.why}"
                )
            self._fd = sock.fileno()

    def detach(self) -> None:
        """The connection is about to be closed: its file descriptor is no longer ours."""
        with self._lock:
            self._fd = None

    def hand_over(self) -> None:
        """Called just before the message is handed to the server; refused once aborted."""
        with self._lock:
            if self.aborted:
                raise Stopped(
                    f"The send was stopped before the message was handed over: {self.why}"
                )
            self._handed_over = True

    def check(self) -> None:
        """Raise :class:`Stopped` if the flight was aborted (between retries)."""
        if self.aborted:
            raise Stopped(f"The send was stopped before the message was handed over: {self.why}")

    def sleep(self, seconds: float) -> None:
        """Wait between retries; an abort ends the wait with :class:`Stopped`."""
        if self._aborted.wait(seconds):
            self.check()

    def abort(self, why: str) -> bool:
        """Cut the send short; True if the message may have been handed over already."""
        with self._lock:
            if not self.aborted:
                self.why = why
                self._aborted.set()
            if self._fd is not None:
                _shutdown(self._fd)
            return self._handed_over


def _shutdown(fd: int) -> None:
    """Shut a connection down by its file descriptor (which stays open: its owner closes it)."""
    try:
        sock = socket.socket(fileno=fd)
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # not connected yet, or already gone
    finally:
        sock.detach()


@dataclass(frozen=True)
class Landing:
    """How a flight ended.

    ``error`` is what the work raised (None: it returned). ``cut`` says it was
    aborted and did not end by itself in time; then ``handed_over`` says whether
    the message may have gone out. ``interrupt`` is a Ctrl-C (or a second
    signal) that arrived meanwhile, for the caller to raise once it has
    recorded the outcome.
    """

    error: BaseException | None = None
    cut: bool = False
    handed_over: bool = False
    why: str = ""
    interrupt: BaseException | None = None


def fly(
    work: Callable[[], None],
    *,
    stop: Callable[[], bool] = lambda: False,
    grace: float = GRACE_S,
    deadline: float = DEADLINE_S,
    poll: float = 0.05,
) -> Landing:
    """Run ``work`` (one send) in a thread of its own, with a :class:`Flight` current in it.

    Once ``stop()`` turns true the work has ``grace`` seconds to end by itself;
    then, or ``deadline`` seconds after the start, it is aborted. Never raises:
    the :class:`Landing` says what happened.
    """
    flight = Flight()
    done = threading.Event()
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            with flight.active():
                work()
            outcome.append(None)
        except BaseException as exc:  # handed to the caller, which decides
            outcome.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=run, name="afterview-send", daemon=True)
    started = time.monotonic()
    stopping_since: float | None = None
    interrupt: BaseException | None = None
    why = ""
    thread.start()
    try:
        while not done.wait(poll):
            now = time.monotonic()
            if stopping_since is None and stop():
                stopping_since = now
            if stopping_since is not None and now - stopping_since >= grace:
                why = (
                    f"afterview was asked to stop and the server had not finished in {grace:.0f} s"
                )
                break
            if now - started >= deadline:
                why = f"the server had not finished after {deadline:.0f} s"
                break
    except KeyboardInterrupt as exc:  # Ctrl-C, or a second signal: stop now
        interrupt = exc
        why = "afterview was interrupted"
    if done.is_set():
        return Landing(error=outcome[0], interrupt=interrupt)
    handed_over = flight.abort(why)
    with contextlib.suppress(KeyboardInterrupt):
        # A socket shut down ends the work at once; a connect in progress may not.
        if done.wait(1.0):
            return Landing(error=outcome[0], interrupt=interrupt)
    return Landing(cut=True, handed_over=handed_over, why=why, interrupt=interrupt)
