"""Sample data for the delivery tests: an interview, its plan, incoming mail."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime, timedelta
from typing import Any

USER = "priya.raman@example.com"
PASSWORD = "Tr0ub4dor-&-3-horse"  # searched for in output, logs and the database


INTERVIEW = """\
[candidate]
name = "Priya Ramán"
email = "priya.raman@example.com"

[application]
company = "Acme Robotics"
position = "Senior Data Engineer"

[interview]
at = 2026-11-20T14:00:00-05:00
decision_expected_by = 2026-12-04

[[interviewers]]
name = "Jane Okafor"
email = "jane.okafor@acme.example"
medium = "email"

[[interviewers]]
name = "Tom Berg"
linkedin = "https://www.linkedin.com/in/tom-berg-example"
medium = "linkedin"

[[interviewers]]
name = "Zoë Faßbender"
medium = "handwritten"
"""

INTERVIEW_AT = datetime(2026, 11, 20, 19, 0, tzinfo=UTC)

THANK_YOU_BODY = """\
Dear Jane,

Thank you for Friday's conversation about moving nightly batch jobs to Kafka streams.
Our talk about on-call made me even keener on the role.

Best regards,
Priya Ramán"""

CARD_BODY = """\
Dear Zoë,

Thank you for showing me the façade of the new Köln office and for the café crème.
I enjoyed our talk about naïve caching and résumé-driven design.

Warm regards,
Priya Ramán"""


def make_plan(interview: Any) -> Any:
    from afterview.model import Kind, Medium, Plan, PlannedMessage

    at = interview.interview.at
    d = timedelta
    messages = [
        PlannedMessage(
            Kind.THANK_YOU,
            "Jane Okafor",
            Medium.EMAIL,
            at + d(hours=1),
            at + d(hours=24),
            "A note within a day.",
            "Thank you — Grüße from Priya",
            THANK_YOU_BODY,
            "jane.okafor@acme.example",
        ),
        PlannedMessage(
            Kind.THANK_YOU,
            "Tom Berg",
            Medium.LINKEDIN,
            at + d(hours=1),
            at + d(hours=24),
            "A note within a day.",
            "",
            "Hi Tom, thank you for the talk on idempotent consumers!",
            "https://www.linkedin.com/in/tom-berg-example",
        ),
        PlannedMessage(
            Kind.THANK_YOU,
            "Zoë Faßbender",
            Medium.HANDWRITTEN,
            at + d(hours=1),
            at + d(hours=24),
            "A card, posted the same day.",
            "",
            CARD_BODY,
        ),
        PlannedMessage(
            Kind.STATUS_INQUIRY,
            "Jane Okafor",
            Medium.EMAIL,
            at + d(days=15),
            at + d(days=18),
            "The decision date has passed.",
            "Following up",
            "Dear Jane,\n\nIs there any news?\n\nPriya",
            "jane.okafor@acme.example",
        ),
    ]
    return Plan(interview.application.company, interview.application.position, at, tuple(messages))


def make_raw(
    *,
    sender: str = "Jane Okafor <jane.okafor@acme.example>",
    to: str = USER,
    subject: str = "Re: Thank you",
    body: str = "Thanks Priya, great to meet you. We will be in touch next week.",
    headers: dict[str, str] | None = None,
    date: str = "Mon, 23 Nov 2026 10:00:00 -0500",
) -> bytes:
    """An incoming email, written as a mail program would."""
    from email.message import EmailMessage
    from email.utils import make_msgid

    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = make_msgid(domain="acme.example")
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(textwrap.dedent(body))
    return msg.as_bytes()


def make_dsn(
    original_id: str,
    recipient: str = "jane.okafor@acme.example",
    *,
    action: str = "failed",
    status: str = "5.1.1",
    diagnostic: str = "smtp; 550 5.1.1 <jane.okafor@acme.example>: Recipient address rejected: User unknown",
) -> bytes:
    """A delivery status notification (RFC 3464) as Postfix writes one."""
    text = f"""\
From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>
To: {USER}
Subject: Undelivered Mail Returned to Sender
Date: Sat, 21 Nov 2026 09:00:05 +0000
Message-ID: <20261121090005.ABC@mx.acme.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"

--B0UND
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.acme.example.
I'm sorry to have to inform you that your message could not be delivered.

--B0UND
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.acme.example
Arrival-Date: Sat, 21 Nov 2026 09:00:04 +0000

Final-Recipient: rfc822; {recipient}
Original-Recipient: rfc822;{recipient}
Action: {action}
Status: {status}
Diagnostic-Code: {diagnostic}

--B0UND
Content-Type: text/rfc822-headers

From: Priya Raman <{USER}>
To: Jane Okafor <{recipient}>
Subject: Thank you
Message-ID: {original_id}

--B0UND--
"""
    return text.replace("\n", "\r\n").encode("ascii")
