"""The mail servers for the web app: sending, reading replies, and testing the settings.

The same library as ``afterview send`` and ``afterview sync``
(:mod:`afterview.deliver`); one attempt per click, no waiting retries: the
page answers, and the user can click again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.message import EmailMessage

    from afterview.deliver.mailbox import Mailbox
    from afterview.deliver.outbox import Outbox
    from afterview.deliver.sync import SyncReport
    from afterview.settings import Settings
    from afterview.store import Store, StoredMessage


def mailbox(settings: Settings) -> Mailbox | None:
    from afterview.deliver.config import imap_config, imap_configured
    from afterview.deliver.mailbox import Mailbox

    return Mailbox(imap_config(settings)) if imap_configured(settings) else None


def outbox(
    store: Store,
    settings: Settings,
    *,
    sent_folder: Mailbox | None = None,
    answer: bool | None = None,
) -> Outbox:
    """An outbox on the configured SMTP server; ``answer`` is the user's word on an
    interrupted send (True: it went out; False: it did not, send it)."""
    from afterview.deliver.config import smtp_config
    from afterview.deliver.outbox import Outbox
    from afterview.deliver.smtp import send_once

    def transport(msg: EmailMessage) -> None:
        send_once(smtp_config(settings), msg)

    ask: Callable[[StoredMessage], bool | None] | None = None
    if answer is not None:
        ask = lambda m: answer  # noqa: E731 (the user's answer, given with the click)
    return Outbox(
        store,
        transport,
        sent_folder=sent_folder,
        ask=ask,
        from_address=settings["from_address"],
    )


def sync(store: Store, settings: Settings) -> SyncReport:
    """Read the inbox and record what it means (``afterview sync``)."""
    from afterview.deliver.sync import sync as read_inbox
    from afterview.errors import ConfigError

    box = mailbox(settings)
    if box is None:
        raise ConfigError(
            "No IMAP server is set, so there is no mailbox to read.",
            hint="set it under Settings.",
        )
    own = [settings["from_address"], settings["imap.user"], settings["smtp.user"]]
    try:
        return read_inbox(store, box, own_addresses=[a for a in own if "@" in a])
    finally:
        box.close()


def test_smtp(settings: Settings) -> str:
    """Connect and log in to the SMTP server, send nothing; what happened, for people."""
    from afterview.deliver import smtp
    from afterview.deliver.config import smtp_config

    config = smtp_config(settings)
    connection = smtp._connect(config)
    try:
        smtp._login(connection, config)
    finally:
        try:
            connection.quit()
        except Exception:  # a failed goodbye changes nothing
            connection.close()
    who = f" as {config.user}" if config.user else ""
    return f"The SMTP server {config.host}:{config.port} answered and let you in{who}."


def test_imap(settings: Settings) -> str:
    """Log in to the IMAP server and find the Sent folder; what happened, for people."""
    from afterview.deliver.config import imap_config
    from afterview.deliver.mailbox import Mailbox

    config = imap_config(settings)
    with Mailbox(config) as box:
        sent = box.sent_folder()
    return (
        f"The IMAP server {config.host}:{config.port} let {config.user} in; "
        f"sent mail is in {sent!r}."
    )


def keyring_safety() -> tuple[bool, str]:
    """Whether the system keyring keeps a password safely, and what it is, for people."""
    try:
        import keyring
    except ImportError:
        return False, "The keyring package is not installed, so no password can be kept."
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if "fail" in name or "null" in name.lower():
        return False, "There is no system keyring on this machine to keep the password."
    if "plaintext" in name.lower() or "Plaintext" in type(backend).__name__:
        return False, (
            f"The keyring here ({type(backend).__name__}) writes passwords to a file in plain "
            "text: anyone who can read your files can read it."
        )
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return False, "There is no system keyring on this machine to keep the password."
    return True, f"Passwords go to the system keyring ({type(backend).__name__})."


def now() -> datetime:
    return datetime.now(UTC)
