"""Building the email for one note, with the standard ``email`` package.

Headers are checked before anything is built: a line break in a name or
subject, even one hidden in an RFC 2047 encoded word, could smuggle in extra
headers (``Bcc:`` to anyone), so it is refused, not cleaned up; and the wire
form is read back before it is handed out (:func:`verify`). Non-ASCII names and subjects are encoded per
RFC 2047 by the ``email`` package itself. The Message-ID is ours, made before
the message is sent, so that a copy in the Sent folder can be recognised.
"""

from __future__ import annotations

import copy
import mimetypes
import re
import secrets
import time
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

from afterview.errors import InputError, Problem
from afterview.inputs import character_name, refused_character

ATTACHMENT_LIMIT = 10 * 1024 * 1024  # most mail servers refuse messages over 10-25 MB
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


@dataclass(frozen=True)
class Outgoing:
    """Everything that goes into one email."""

    sender_name: str
    sender_email: str
    recipient_name: str
    recipient_email: str
    subject: str
    body: str
    message_id: str
    date: datetime
    reply_to: str | None = None
    attachments: tuple[Path, ...] = field(default_factory=tuple)


def make_message_id(sender_email: str) -> str:
    """A globally unique Message-ID under the sender's own domain.

    The sender's domain, not this machine's host name: the host name says
    nothing useful to the recipient and may reveal more than the user wants.
    """
    domain = sender_email.rpartition("@")[2] or "afterview.invalid"
    return f"<{int(time.time())}.{secrets.token_hex(8)}.afterview@{domain}>"


def _decoded(value: str) -> str:
    """The text a mail program shows for ``value``: its RFC 2047 encoded words decoded.

    The ``email`` package decodes encoded words when it folds a header, so what
    they hide reaches the wire: the decoded text is what must be checked.
    """
    if "=?" not in value:
        return value
    return str(policy.SMTP.header_factory("X-Afterview-Check", value))


def check_header(value: str, field_name: str) -> str:
    """Refuse a header value that could break the header block.

    Line breaks of any kind (CR, LF, VT, FF, U+0085, U+2028, U+2029), NUL and the
    other controls are refused, in the text as given and in what its encoded
    words (``=?utf-8?q?...?=``) decode to: either could add hidden headers.
    """
    for text, how in ((value, ""), (_decoded(value), " once its encoded words are decoded")):
        bad = refused_character(text.replace("\t", " "), one_line=True)  # a tab is a space
        if bad is not None:
            raise InputError(
                f"The {field_name} contains a {character_name(bad)}{how}, which could add "
                "hidden email headers.",
                problems=[Problem(f"{value!r}", location=field_name)],
                hint=f"put the {field_name} on one line, in plain text, then send it again.",
            )
    return value


def check_address(value: str, field_name: str) -> str:
    check_header(value, field_name)
    if not _ADDRESS.match(value):
        raise InputError(
            f"The {field_name} {value!r} is not an email address this program can send to.",
            problems=[Problem(f"{value!r}", location=field_name)],
            hint="write it as name@example.com (plain ASCII).",
        )
    return value


def _address(name: str, email: str, field_name: str) -> Address:
    check_header(name, f"{field_name} name")
    check_address(email, f"{field_name} address")
    user, _, domain = email.rpartition("@")
    # Runs of spaces do not survive header folding; say so by removing them here.
    return Address(display_name=" ".join(name.split()), username=user, domain=domain)


def build_email(out: Outgoing) -> EmailMessage:
    """The email as it will be sent: plain text, UTF-8, and any attachments.

    What goes on the wire is read back before it is handed out: the same
    headers, each once, and no address but the ones given (see :func:`verify`).
    """
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = _address(out.sender_name, out.sender_email, "sender")
    msg["To"] = _address(out.recipient_name, out.recipient_email, "recipient")
    if out.reply_to and out.reply_to != out.sender_email:
        msg["Reply-To"] = _address(out.sender_name, out.reply_to, "reply-to")
    msg["Subject"] = check_header(out.subject, "subject")
    msg["Date"] = format_datetime(out.date)
    msg["Message-ID"] = check_header(out.message_id, "Message-ID")
    # Plain text only; a thank-you note with markup looks like marketing.
    msg.set_content(out.body, subtype="plain", charset="utf-8", cte="quoted-printable")
    for path in out.attachments:
        data, maintype, subtype = _read_attachment(path)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=path.name)
    verify(msg)
    return msg


def _addresses(msg: Message, name: str) -> list[str]:
    header = msg[name]
    return [a.addr_spec for a in getattr(header, "addresses", ())] if header is not None else []


def verify(msg: EmailMessage) -> None:
    """Read the wire form back: the header lines set, each once, with the addresses set.

    The last guard against a header injection, whatever a name or subject held and
    however the ``email`` package folded it: :class:`InputError` if anything differs.
    """
    try:
        data = to_bytes(msg)
    except (ValueError, TypeError, LookupError) as exc:  # the email package refused a value
        raise InputError(
            f"This email cannot be written: {exc}.",
            hint="check the names, the subject and the addresses for unusual characters.",
        ) from None
    head = data.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    try:
        wire = BytesParser(policy=policy.default).parsebytes(head, headersonly=True)
        same = [k.lower() for k in wire] == [k.lower() for k in msg] and all(
            [a.lower() for a in _addresses(wire, name)]
            == [a.lower() for a in _addresses(msg, name)]
            for name in ("From", "To", "Reply-To")
        )
    except Exception:  # the email package cannot read its own output back
        same = False
    if not same:
        raise InputError(
            "A name or the subject of this email would change its headers on the wire "
            "(an added line or address).",
            hint="write the names and the subject in plain text, on one line.",
        )


def envelope(msg: EmailMessage) -> tuple[str, list[str]]:
    """The SMTP sender and recipients: the addresses of From and To, nothing parsed from text."""
    senders = _addresses(msg, "From")
    recipients = [a for name in ("To", "Cc", "Bcc") for a in _addresses(msg, name)]
    if len(senders) != 1 or not recipients:
        raise InputError("This email has no single sender or no recipient.")
    return senders[0], recipients


def _read_attachment(path: Path) -> tuple[bytes, str, str]:
    source = str(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(f"{source}: is not a file; attach a file.")
        if size > ATTACHMENT_LIMIT:
            raise InputError(
                f"{source}: this attachment is {size / 1024 / 1024:.1f} MB; the limit is "
                f"{ATTACHMENT_LIMIT // 1024 // 1024} MB.",
                hint="send a link instead, or a smaller PDF.",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(
            f"{source}: no such file.", hint="check the path of the attachment."
        ) from None
    except PermissionError:
        raise InputError(f"{source}: permission denied.") from None
    kind, _ = mimetypes.guess_type(path.name)
    maintype, _, subtype = (kind or "application/octet-stream").partition("/")
    return data, maintype, subtype


def to_bytes(msg: EmailMessage) -> bytes:
    """The message as it goes over the wire (CRLF line ends)."""
    return msg.as_bytes(policy=policy.SMTP)


def export_eml(msg: EmailMessage, path: Path) -> None:
    """Write a message as a .eml file any mail client can open as a draft.

    ``X-Unsent: 1`` makes Outlook and Thunderbird open it ready to send rather
    than as received mail. Written whole or not at all, for the user alone,
    never through a link planted at its name (:func:`afterview.files.write_private`).
    """
    from afterview.files import write_private

    draft = copy.deepcopy(msg)
    draft["X-Unsent"] = "1"
    write_private(path, to_bytes(draft))
