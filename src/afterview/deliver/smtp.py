"""The SMTP transaction: one message, its outcome told apart three ways.

- delivered: the server answered 250 to the end of DATA;
- not delivered: refused or unreachable before the message was handed over,
  either for now (:class:`TemporaryFailure`, 4xx, network) or for good
  (:class:`PermanentFailure`, 5xx, with the server's own words);
- unknown (:class:`UncertainDelivery`): the connection broke while the
  message was being handed over. It may have gone out, so it must not simply
  be sent again; the caller checks the Sent folder or asks the user.
"""

from __future__ import annotations

import ipaddress
import smtplib
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage

from afterview.deliver.email import envelope, to_bytes
from afterview.deliver.flight import Flight, Stopped
from afterview.errors import ConfigError, DeliveryError

SECURITY = ("starttls", "tls", "none")
RETRY_ATTEMPTS = 4
RETRY_FIRST_DELAY = 5.0  # seconds; doubled after each temporary failure


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0
    # Extra certificate authority (a self-hosted server's own); the system ones are always trusted.
    cafile: str | None = None


class SmtpFailure(DeliveryError):
    """The server or the network refused the message; it was not delivered."""

    def __init__(self, message: str, *, code: int | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.code = code


class TemporaryFailure(SmtpFailure):
    """Worth trying again later: a 4xx answer, a timeout, a refused connection."""


class PermanentFailure(SmtpFailure):
    """Trying again will not help: a 5xx answer, a refused login, a bad certificate."""


class UncertainDelivery(DeliveryError):
    """The connection broke during DATA: the message may or may not have gone out."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_security(security: str, host: str, what: str) -> None:
    """Refuse unknown modes, and plaintext anywhere but this machine."""
    if security not in SECURITY:
        raise ConfigError(
            f"{what}.security is {security!r}; use starttls, tls or none.",
            hint=f"see docs/delivery.md for the usual {what} ports.",
        )
    if security == "none" and not is_loopback(host):
        raise ConfigError(
            f"{what}.security = none sends your password in clear text; it is only allowed to "
            f"a server on this machine, not {host!r}.",
            hint=f"use {what}.security = starttls or tls.",
        )


def tls_context(cafile: str | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if cafile:
        context.load_verify_locations(cafile=cafile)
    return context


def _words(resp: bytes | str) -> str:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    return " ".join(text.split())


def _failure(code: int, resp: bytes | str, doing: str) -> SmtpFailure:
    words = f"the server said: {code} {_words(resp)}"
    if 400 <= code < 500:
        return TemporaryFailure(f"{doing} was refused for now; {words}", code=code)
    return PermanentFailure(f"{doing} was refused; {words}", code=code)


class _Watched:
    """Hands the connection to the current :class:`Flight`, so that an abort can cut it."""

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock: socket.socket = super()._get_socket(host, port, timeout)  # type: ignore[misc]
        flight = Flight.current()
        if flight is not None:
            try:
                flight.attach(sock)
            except Stopped:
                sock.close()
                raise
        return sock

    def close(self) -> None:
        flight = Flight.current()
        if flight is not None:
            flight.detach()  # before the descriptor is closed and may be reused
        super().close()  # type: ignore[misc]


class _SMTP(_Watched, smtplib.SMTP):
    pass


class _SMTP_SSL(_Watched, smtplib.SMTP_SSL):
    pass


def _connect(config: SmtpConfig) -> smtplib.SMTP:
    check_security(config.security, config.host, "smtp")
    if not config.host:
        raise ConfigError(
            "No SMTP server is set.", hint="set smtp.host in config.toml (docs/delivery.md)."
        )
    where = f"{config.host}:{config.port}"
    try:
        smtp: smtplib.SMTP
        if config.security == "tls":
            smtp = _SMTP_SSL(
                config.host, config.port, timeout=config.timeout, context=tls_context(config.cafile)
            )
        else:
            smtp = _SMTP(config.host, config.port, timeout=config.timeout)
        smtp.ehlo()
        if config.security == "starttls":
            if not smtp.has_extn("starttls"):
                smtp.close()
                raise PermanentFailure(
                    f"The SMTP server {where} does not offer STARTTLS.",
                    hint="set smtp.security = tls and smtp.port = 465 if it supports TLS.",
                )
            smtp.starttls(context=tls_context(config.cafile))
            smtp.ehlo()
    except ssl.SSLCertVerificationError as exc:
        raise PermanentFailure(
            f"The certificate of {where} cannot be trusted: {exc.verify_message}.",
            hint="check smtp.host; for a self-hosted server set smtp.cafile.",
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise _failure(exc.smtp_code, exc.smtp_error, f"Connecting to {where}") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise TemporaryFailure(f"Cannot reach the SMTP server {where}: {exc}.") from None
    return smtp


def _login(smtp: smtplib.SMTP, config: SmtpConfig) -> None:
    if not config.user:
        return
    if config.password is None:
        raise ConfigError(
            f"No password for the SMTP user {config.user!r}.",
            hint="set AFTERVIEW_SMTP_PASSWORD or store it in the keyring (docs/delivery.md).",
        )
    try:
        smtp.login(config.user, config.password)
    except smtplib.SMTPAuthenticationError as exc:
        if 400 <= exc.smtp_code < 500:
            raise _failure(exc.smtp_code, exc.smtp_error, "Logging in") from None
        raise PermanentFailure(
            f"The SMTP server refused the login of {config.user!r}; the server said: "
            f"{exc.smtp_code} {_words(exc.smtp_error)}",
            code=exc.smtp_code,
            hint="check smtp.user and the password (an app password, for Gmail and Outlook).",
        ) from None
    except smtplib.SMTPNotSupportedError:
        raise PermanentFailure(
            "The SMTP server does not accept a login on this connection.",
            hint="most servers need smtp.security = starttls or tls before they accept a password.",
        ) from None


def send_once(config: SmtpConfig, msg: EmailMessage) -> None:
    """One SMTP transaction. Returns when the server has accepted the message."""
    sender, rcpts = envelope(msg)
    data = to_bytes(msg)
    smtp = _connect(config)
    try:
        try:
            _login(smtp, config)
            code, resp = smtp.mail(sender)
            if code != 250:
                raise _failure(code, resp, f"The sender {sender}")
            for rcpt in rcpts:
                code, resp = smtp.rcpt(rcpt)
                if code not in (250, 251):
                    raise _failure(code, resp, f"The recipient {rcpt}")
        except smtplib.SMTPResponseException as exc:
            raise _failure(exc.smtp_code, exc.smtp_error, "The SMTP server") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryFailure(f"The SMTP connection failed: {exc}.") from None
        # From here on the message is being handed over: a broken connection
        # leaves us not knowing whether it went out.
        flight = Flight.current()
        if flight is not None:
            flight.hand_over()  # refused once the send was stopped: then it never goes
        try:
            code, resp = smtp.data(data)
        except smtplib.SMTPDataError as exc:  # DATA itself refused: nothing handed over
            raise _failure(exc.smtp_code, exc.smtp_error, "The message") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise UncertainDelivery(
                f"The connection broke while the message was being sent ({exc}); "
                "it may or may not have been delivered."
            ) from None
        if code != 250:
            raise _failure(code, resp, "The message")
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


def send_with_retry(
    config: SmtpConfig,
    msg: EmailMessage,
    *,
    attempts: int = RETRY_ATTEMPTS,
    first_delay: float = RETRY_FIRST_DELAY,
    sleep: Callable[[float], None] | None = None,
    on_retry: Callable[[TemporaryFailure, float], None] | None = None,
) -> None:
    """Send, retrying temporary failures with exponential backoff.

    Only failures that happened before the message was handed over are
    retried; :class:`UncertainDelivery` and :class:`PermanentFailure` pass
    straight through. Inside a :func:`~afterview.deliver.flight.fly`, an abort
    ends the retries (and the wait between them) with
    :class:`~afterview.deliver.flight.Stopped`.
    """
    flight = Flight.current()
    if sleep is None:
        sleep = flight.sleep if flight is not None else time.sleep
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            send_once(config, msg)
            return
        except TemporaryFailure as exc:
            if flight is not None:
                flight.check()  # cut off by an abort: no retry
            if attempt == attempts:
                raise
            if on_retry is not None:
                on_retry(exc, delay)
            sleep(delay)
            delay *= 2
