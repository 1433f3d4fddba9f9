"""The mail server settings, read into the configs the transports take."""

from __future__ import annotations

from collections.abc import Mapping

from afterview.deliver.mailbox import ImapConfig
from afterview.deliver.secrets import password_for
from afterview.deliver.smtp import SmtpConfig
from afterview.settings import Settings


def smtp_config(settings: Settings, environ: Mapping[str, str] | None = None) -> SmtpConfig:
    user = settings["smtp.user"]
    return SmtpConfig(
        host=settings["smtp.host"],
        port=settings["smtp.port"],
        security=settings["smtp.security"],
        user=user,
        password=password_for("smtp", user, environ) if user else None,
        cafile=settings["smtp.cafile"] or None,
    )


def imap_configured(settings: Settings) -> bool:
    return bool(settings["imap.host"])


def imap_config(settings: Settings, environ: Mapping[str, str] | None = None) -> ImapConfig:
    user = settings["imap.user"]
    return ImapConfig(
        host=settings["imap.host"],
        port=settings["imap.port"],
        security=settings["imap.security"],
        user=user,
        password=password_for("imap", user, environ),
        sent_folder=settings["imap.sent_folder"],
        cafile=settings["imap.cafile"] or None,
    )
