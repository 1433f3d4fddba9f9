"""Reading the user's mailbox over IMAP, read-only.

Folders are opened with EXAMINE (``readonly=True``) and messages fetched with
``BODY.PEEK[]``: Afterview never marks anything read, moves or deletes mail.
"""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

from afterview.deliver.smtp import check_security, tls_context
from afterview.errors import ConfigError, DeliveryError

if TYPE_CHECKING:
    from imapclient import IMAPClient

FETCH_BATCH = 50  # messages per FETCH: bounded memory on a large inbox


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int = 993
    security: str = "tls"
    user: str = ""
    password: str | None = field(default=None, repr=False)
    sent_folder: str = "Sent"
    inbox: str = "INBOX"
    timeout: float = 30.0
    cafile: str | None = None


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes
    received: datetime | None  # the server's INTERNALDATE


class Mailbox:
    """One logged-in IMAP connection; use as a context manager."""

    def __init__(self, config: ImapConfig) -> None:
        self.config = config
        self._client: IMAPClient | None = None
        self._sent: str | None = None

    def __enter__(self) -> Mailbox:
        self.open()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            self.open()
        assert self._client is not None
        return self._client

    def open(self) -> None:
        from imapclient import IMAPClient
        from imapclient.exceptions import IMAPClientError, LoginError

        cfg = self.config
        check_security(cfg.security, cfg.host, "imap")
        if not cfg.host:
            raise ConfigError(
                "No IMAP server is set.", hint="set imap.host in config.toml (docs/delivery.md)."
            )
        if cfg.password is None:
            raise ConfigError(
                f"No password for the IMAP user {cfg.user!r}.",
                hint="set AFTERVIEW_IMAP_PASSWORD or store it in the keyring (docs/delivery.md).",
            )
        where = f"{cfg.host}:{cfg.port}"
        try:
            client = IMAPClient(
                cfg.host,
                port=cfg.port,
                ssl=cfg.security == "tls",
                ssl_context=tls_context(cfg.cafile) if cfg.security == "tls" else None,
                timeout=cfg.timeout,
            )
        except ssl.SSLError as exc:
            raise _tls_failure(exc, where) from None
        except OSError as exc:
            raise DeliveryError(f"Cannot reach the IMAP server {where}: {_words(exc)}.") from None
        try:
            if cfg.security == "starttls":  # never fall back to a login in clear
                if not client.has_capability("STARTTLS"):
                    raise DeliveryError(
                        f"The IMAP server {where} does not offer STARTTLS: not logging in without encryption.",
                        hint="set imap.security = tls and imap.port = 993 if it supports TLS.",
                    )
                try:
                    client.starttls(tls_context(cfg.cafile))
                except ssl.SSLError as exc:
                    raise _tls_failure(exc, where) from None
            client.login(cfg.user, cfg.password)
        except DeliveryError:
            _shutdown(client)
            raise
        except LoginError as exc:
            _shutdown(client)
            raise DeliveryError(
                f"The IMAP server refused the login of {cfg.user!r}: {_words(exc)}",
                hint="check imap.user and the password (an app password, for Gmail and Outlook).",
            ) from None
        except (IMAPClientError, OSError) as exc:
            _shutdown(client)
            raise DeliveryError(f"The IMAP server {where} failed: {_words(exc)}") from None
        client.normalise_times = False  # keep INTERNALDATE aware, not local naive time
        self._client = client

    def close(self) -> None:
        if self._client is not None:
            try:
                self._client.logout()
            except Exception:  # a failed goodbye changes nothing
                self._client.shutdown()
            self._client = None

    def sent_folder(self) -> str:
        """The configured Sent folder, else the one the server flags as ``\\Sent``."""
        if self._sent is None:
            from imapclient.imapclient import SENT

            name = self.config.sent_folder
            if not self.client.folder_exists(name):
                found = self.client.find_special_folder(SENT)
                if found is None:
                    folders = ", ".join(f[2] for f in self.client.list_folders())
                    raise ConfigError(
                        f"The mailbox has no folder {name!r} to look for sent mail in.",
                        hint=f"set imap.sent_folder to one of: {folders}.",
                    )
                name = found
            self._sent = name
        return self._sent

    def sent_contains(self, message_id: str) -> bool:
        """Whether a message with this Message-ID is in the Sent folder."""
        from imapclient.exceptions import IMAPClientError

        try:
            self.client.select_folder(self.sent_folder(), readonly=True)
            return bool(self.client.search(["HEADER", "Message-ID", message_id]))
        except (IMAPClientError, OSError) as exc:
            raise DeliveryError(f"Searching the Sent folder failed: {_words(exc)}") from None

    def new_messages(
        self, folder: str, *, after_uid: int, uidvalidity: int | None, since: date
    ) -> tuple[int, Iterator[Fetched]]:
        """Messages of ``folder`` after ``after_uid`` (or since ``since`` on a first run).

        Returns the folder's UIDVALIDITY and the messages; when UIDVALIDITY
        has changed the old UIDs mean nothing and ``since`` is used instead.
        """
        from imapclient.exceptions import IMAPClientError

        try:
            info = self.client.select_folder(folder, readonly=True)
            validity = int(info.get(b"UIDVALIDITY", 0))
            if uidvalidity == validity and after_uid > 0:
                uids = [
                    u for u in self.client.search(["UID", f"{after_uid + 1}:*"]) if u > after_uid
                ]
            else:
                uids = list(self.client.search(["SINCE", since]))
        except (IMAPClientError, OSError) as exc:
            raise DeliveryError(f"Reading the folder {folder!r} failed: {_words(exc)}") from None
        return validity, self._fetch(sorted(uids))

    def _fetch(self, uids: list[int]) -> Iterator[Fetched]:
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            data: dict[int, dict[bytes, Any]] = self.client.fetch(
                batch, ["BODY.PEEK[]", "INTERNALDATE"]
            )
            for uid in batch:
                item = data.get(uid)
                if item is None:
                    continue
                raw = item.get(b"BODY[]", b"")
                when = item.get(b"INTERNALDATE")
                yield Fetched(uid, raw, when if isinstance(when, datetime) else None)


def _tls_failure(exc: ssl.SSLError, where: str) -> DeliveryError:
    """A failed TLS handshake, in words (not OpenSSL's)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryError(
            f"The certificate of {where} cannot be trusted: {exc.verify_message}.",
            hint="check imap.host; for a self-hosted server set imap.cafile.",
        )
    reason = str(exc.reason or "").replace("_", " ").lower() or "the handshake failed"
    return DeliveryError(
        f"Cannot set up TLS with the IMAP server {where}: {reason}.",
        hint="check imap.port and imap.security (tls is usually port 993, starttls port 143).",
    )


def _shutdown(client: IMAPClient) -> None:
    """Drop a connection that failed half-way (its socket may be closed already)."""
    with contextlib.suppress(OSError):
        client.shutdown()


def _words(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:  # "Connection reset by peer", not its errno
        return " ".join(exc.strerror.split())
    text = exc.args[0] if exc.args else str(exc)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return " ".join(str(text).split())
