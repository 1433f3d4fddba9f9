"""What an incoming email is: a real reply, an auto-reply, or a bounce.

Pure functions over :class:`email.message.Message`; nothing here reads a
mailbox or a database. The order of the tests matters: a bounce is checked
first (mail servers also mark bounces ``Auto-Submitted``), then the headers
that automatic senders set (RFC 3834 ``Auto-Submitted``, ``X-Autoreply``,
``Precedence: bulk``, mailing-list headers), then out-of-office wording for
the auto-responders that set none of them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser, HeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from enum import StrEnum
from html import unescape

from afterview.deliver.returndate import parse_named_date, parse_return_date


class Verdict(StrEnum):
    REPLY = "reply"  # a person answered
    OUT_OF_OFFICE = "out_of_office"  # an auto-reply saying they are away
    AUTO_REPLY = "auto_reply"  # any other automatic message
    BOUNCE = "bounce"  # the message could not be delivered
    DELAYED = "delayed"  # a server is still trying; not a failure yet


@dataclass(frozen=True)
class Incoming:
    """One incoming email, read and judged."""

    verdict: Verdict
    sender: str  # the address, lower case
    sender_name: str
    subject: str
    date: dt.datetime | None
    refs: tuple[str, ...] = ()  # Message-IDs it answers (In-Reply-To, References)
    return_date: dt.date | None = None  # out-of-office: when they are back
    named_date: dt.date | None = None  # a reply: the date it gives for the decision, if any
    bounced_ids: tuple[str, ...] = ()  # bounce: Message-IDs of the undelivered messages
    failed_recipients: tuple[str, ...] = ()
    diagnostic: str = ""  # bounce: the remote server's words
    summary: str = ""  # the first words of a reply, for the user
    message_id: str = ""
    why: str = ""  # which sign decided the verdict


_MSGID = re.compile(r"<[^<>\s]+>")
_AUTO_PRECEDENCE = {"bulk", "junk", "list", "auto_reply"}
_DAEMON = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver(ed|able)|delivery (status notification|failure|has failed)|returned mail|"
    r"failure notice|mail delivery (failed|subsystem)|could not be delivered",
    re.I,
)
_OOO_SUBJECT = re.compile(
    r"^\s*(auto(matic)?[ -]?(reply|response|antwort)\b|auto:|out of (the )?office|\booo\b|"
    r"away from (the )?office|on vacation|abwesen|absence|réponse automatique|"
    r"respuesta automática|risposta automatica)",
    re.I,
)
_OOO_BODY = re.compile(
    r"\b(out of (the )?office|I am (currently )?away|I'm (currently )?away|"
    r"on (annual |parental |maternity |paternity |sick |medical )?leave|on (vacation|holiday)|"
    r"away from (the office|my desk|work))\b",
    re.I,
)
_OOO_TELL = re.compile(
    r"\b(limited|no) access to (e-?mail|my e-?mail|email)|upon my return|when I return|"
    r"will (be )?(back|return)|I return|(reply|respond|get back to you) (to your (e-?mail|message) )?"
    r"(as soon as|when|after)|in my absence|urgent matters",
    re.I,
)
_QUOTE_INTRO = re.compile(r"^(On .+ wrote:|-----\s*Original Message\s*-----|From: .+)$", re.I)
_TAG = re.compile(r"<[^>]+>")


def message_ids(value: str | None) -> tuple[str, ...]:
    """The Message-IDs in a header such as References, in order."""
    return tuple(_MSGID.findall(value or ""))


def parse_bytes(raw: bytes) -> Message:
    """Parse a message with the plain ``compat32`` policy.

    On purpose: ``policy.default`` parses each header in full on every access,
    which made classifying a message several times slower; the few headers
    needed here are decoded by hand.
    """
    return BytesParser(policy=policy.compat32).parsebytes(raw)


def _raw(msg: Message, name: str) -> str:
    """A header's raw text, unfolded (the first, if repeated)."""
    wanted = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            return " ".join(str(value).split())
    return ""


def _decoded(value: str) -> str:
    """RFC 2047 encoded words decoded; the raw text if they are broken."""
    if "=?" not in value:
        return value
    try:
        return " ".join(str(make_header(decode_header(value))).split())
    except (HeaderParseError, LookupError, UnicodeError, ValueError):
        return value


def _header(msg: Message, name: str) -> str:
    return _decoded(_raw(msg, name))


def _text_of(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", "replace")


def body_text(msg: Message) -> str:
    """The text of the message, plain text preferred, HTML stripped of tags.

    Attachments and returned messages (``message/rfc822``) are not the body.
    """
    html = None
    stack = [msg]
    while stack:
        part = stack.pop(0)
        ctype = part.get_content_type()
        if part.is_multipart():
            payload = part.get_payload()
            if ctype != "message/rfc822" and isinstance(payload, list):
                stack.extend(p for p in payload if isinstance(p, Message))
            continue
        if (part.get("Content-Disposition") or "").lower().startswith("attachment"):
            continue
        if ctype == "text/plain":
            return _text_of(part)
        if ctype == "text/html" and html is None:
            html = part
    return unescape(_TAG.sub(" ", _text_of(html))) if html is not None else ""


def first_words(text: str, limit: int = 200) -> str:
    """The reply itself, without the quoted message below it."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(">") or _QUOTE_INTRO.match(stripped):
            break
        if stripped:
            lines.append(stripped)
    summary = " ".join(" ".join(lines).split())
    return summary if len(summary) <= limit else summary[: limit - 1].rstrip() + "…"


def _dsn_fields(msg: Message) -> list[Message]:
    """The per-recipient blocks of a delivery status notification (RFC 3464)."""
    blocks: list[Message] = []
    for part in msg.walk():
        if part.get_content_type() == "message/delivery-status":
            payload = part.get_payload()
            if isinstance(payload, list):
                blocks.extend(p for p in payload if isinstance(p, Message))
    return blocks


def _original_ids(msg: Message) -> tuple[str, ...]:
    """The Message-ID of the undelivered message, from the returned copy or its headers."""
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                ids = message_ids(_header(inner[0], "Message-ID"))
                if ids:
                    return ids
        elif ctype == "text/rfc822-headers":
            text = part.get_payload(decode=True)
            if isinstance(text, bytes):
                headers = HeaderParser().parsestr(text.decode("utf-8", "replace"))
                ids = message_ids(headers.get("Message-ID"))
                if ids:
                    return ids
    # A plain-text bounce: the returned headers are in the body.
    found = re.findall(r"^\s*Message-ID:\s*(<[^<>\s]+>)", body_text(msg), re.I | re.M)
    return tuple(found)


def _bounce(msg: Message, sender: str, subject: str) -> tuple[Verdict, tuple[str, ...], str] | None:
    report_type = msg.get_param("report-type", "")
    report = (
        msg.get_content_type() == "multipart/report"
        and isinstance(report_type, str)
        and report_type.lower() == "delivery-status"
    )
    blocks = _dsn_fields(msg)
    if report or blocks:
        actions = [(_header(b, "Action").lower(), b) for b in blocks if _header(b, "Action")]
        failed = [b for a, b in actions if a == "failed"]
        if actions and not failed:
            if all(a == "delayed" for a, _ in actions):
                return Verdict.DELAYED, (), ""
            return None  # "delivered" or "relayed" receipts: nothing went wrong
        rcpts = tuple(
            _header(b, "Final-Recipient").partition(";")[2].strip().lower()
            or _header(b, "Original-Recipient").partition(";")[2].strip().lower()
            for b in failed
        )
        diag = "; ".join(
            _header(b, "Diagnostic-Code").partition(";")[2].strip() or _header(b, "Status")
            for b in failed
        )
        return Verdict.BOUNCE, tuple(r for r in rcpts if r), diag
    # Bounces without a report: from the mailer daemon, or worded like one
    # and not answering anything (a person's "Re: undelivered" does).
    if _DAEMON.match(sender) or (
        _BOUNCE_SUBJECT.search(subject) and not _header(msg, "In-Reply-To")
    ):
        text = body_text(msg)
        diag = next(
            (line.strip() for line in text.splitlines() if re.match(r"\s*[45]\d\d[ -]", line)), ""
        )
        return Verdict.BOUNCE, (), diag
    return None


def _automatic(msg: Message) -> str | None:
    """The header that marks a message as machine-sent, if any."""
    auto = _header(msg, "Auto-Submitted").lower()
    if auto and auto != "no":
        return f"Auto-Submitted: {auto}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if _header(msg, name):
            return name
    precedence = _header(msg, "Precedence").lower()
    if precedence in _AUTO_PRECEDENCE:
        return f"Precedence: {precedence}"
    if _header(msg, "X-Auto-Response-Suppress") and _OOO_SUBJECT.search(_header(msg, "Subject")):
        return "X-Auto-Response-Suppress"
    for name in ("List-Id", "List-Unsubscribe"):
        if _header(msg, name):
            return name
    return None


def _out_of_office_words(subject: str, text: str) -> bool:
    if _OOO_SUBJECT.search(subject):
        return True
    opening = text[:600]
    # Wording alone decides only for a short note that also says the usual
    # things ("limited access", "upon my return"): a person replying "I'm
    # out of office next week, but yes..." is still a person.
    return bool(_OOO_BODY.search(opening) and _OOO_TELL.search(opening) and len(text) < 2000)


def classify(msg: Message, *, received: dt.datetime | None = None) -> Incoming:
    """Judge one incoming email. ``received`` anchors dates without a year."""
    # Addresses first, then decoding: a decoded name may hold a comma.
    from_header = _raw(msg, "From")
    name, sender = getaddresses([from_header])[0] if from_header else ("", "")
    name = _decoded(name)
    subject = _header(msg, "Subject")
    try:
        sent_at = parsedate_to_datetime(_header(msg, "Date")) if _header(msg, "Date") else None
    except (TypeError, ValueError):
        sent_at = None
    refs = message_ids(_header(msg, "In-Reply-To")) + message_ids(_header(msg, "References"))
    base = Incoming(
        verdict=Verdict.REPLY,
        sender=sender.lower(),
        sender_name=name,
        subject=subject,
        date=sent_at,
        refs=tuple(dict.fromkeys(refs)),
        message_id=(message_ids(_header(msg, "Message-ID")) or ("",))[0],
    )
    bounce = _bounce(msg, base.sender, subject)
    if bounce is not None:
        verdict, rcpts, diag = bounce
        return replace(
            base,
            verdict=verdict,
            bounced_ids=_original_ids(msg) if verdict is Verdict.BOUNCE else (),
            failed_recipients=rcpts,
            diagnostic=diag,
            why="delivery status report" if rcpts or diag else "sent by a mail server",
        )
    text = body_text(msg)
    marker = _automatic(msg)
    if _out_of_office_words(subject, text):
        anchor = received or sent_at
        back = parse_return_date(subject + "\n" + text, anchor.date()) if anchor else None
        return replace(
            base,
            verdict=Verdict.OUT_OF_OFFICE,
            return_date=back,
            why=marker or "out-of-office wording",
        )
    if marker:
        return replace(base, verdict=Verdict.AUTO_REPLY, why=marker)
    anchor = received or sent_at
    named = parse_named_date(subject + "\n" + text, anchor.date()) if anchor else None
    return replace(base, summary=first_words(text), named_date=named, why="written by a person")
