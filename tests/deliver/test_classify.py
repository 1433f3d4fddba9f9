"""Telling a real reply from auto-replies, out-of-office notes and bounces."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.deliver.classify import Verdict, classify, first_words, message_ids, parse_bytes
from deliver.samples import make_dsn, make_raw

ARRIVED = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
OURS = "<1763716800.ab12cd34.afterview@example.com>"


def judge(raw: bytes):  # type: ignore[no-untyped-def]
    return classify(parse_bytes(raw), received=ARRIVED)


def test_a_person_answering_is_a_reply_with_its_references() -> None:
    raw = make_raw(
        headers={"In-Reply-To": OURS, "References": f"<older@x.example> {OURS}"},
        body="Thanks Priya, great to meet you.\nWe will decide by Friday.\n\nOn Sat, Priya wrote:\n> Dear Jane,\n> thank you",
    )
    got = judge(raw)
    assert got.verdict is Verdict.REPLY
    assert got.refs == (OURS, "<older@x.example>")
    assert got.sender == "jane.okafor@acme.example"
    assert got.sender_name == "Jane Okafor"
    assert got.summary == "Thanks Priya, great to meet you. We will decide by Friday."


@pytest.mark.parametrize(
    "headers",
    [
        {"Auto-Submitted": "auto-replied"},
        {"Auto-Submitted": "auto-generated"},
        {"X-Autoreply": "yes"},
        {"X-Autorespond": "Thank you for your message"},
        {"Precedence": "bulk"},
        {"Precedence": "auto_reply"},
        {"List-Id": "<jobs.acme.example>"},
        {"List-Unsubscribe": "<mailto:leave@acme.example>"},
    ],
)
def test_automatic_senders_are_not_replies(headers: dict[str, str]) -> None:
    got = judge(make_raw(subject="Your message was received", body="We got it.", headers=headers))
    assert got.verdict is Verdict.AUTO_REPLY
    assert got.why


def test_auto_submitted_no_is_a_person() -> None:
    got = judge(make_raw(headers={"Auto-Submitted": "no"}))
    assert got.verdict is Verdict.REPLY


@pytest.mark.parametrize(
    ("subject", "body", "headers", "back"),
    [
        (
            "Automatic reply: Thank you",
            "I am out of the office until Monday, December 7 with limited access to email.",
            {"Auto-Submitted": "auto-replied"},
            date(2026, 12, 7),
        ),
        ("Out of Office", "I'm away. I will be back on 07.12.2026.", {}, date(2026, 12, 7)),
        (
            "Re: Thank you",
            "I am currently out of the office and will return on Dec. 7th. For urgent matters call Tom.",
            {},
            date(2026, 12, 7),
        ),
        (
            "Abwesenheitsnotiz",
            "Ich bin bis 7.12. nicht im Büro. I return on 2026-12-07.",
            {"X-Autoreply": "yes"},
            date(2026, 12, 7),
        ),
        ("Auto: Thank you", "I am on annual leave and will reply when I return.", {}, None),
    ],
)
def test_out_of_office_notes_and_their_return_dates(
    subject: str, body: str, headers: dict[str, str], back: date | None
) -> None:
    got = judge(make_raw(subject=subject, body=body, headers=headers))
    assert got.verdict is Verdict.OUT_OF_OFFICE
    assert got.return_date == back


def test_a_person_mentioning_being_away_is_still_a_person() -> None:
    body = "Hi Priya, I'm out of office next week, but yes: the team loved your answers. Talk soon."
    assert judge(make_raw(body=body)).verdict is Verdict.REPLY


def test_a_delivery_status_report_is_a_bounce_naming_our_message() -> None:
    got = judge(make_dsn(OURS))
    assert got.verdict is Verdict.BOUNCE
    assert got.bounced_ids == (OURS,)
    assert got.failed_recipients == ("jane.okafor@acme.example",)
    assert "User unknown" in got.diagnostic


def test_a_delay_report_is_not_a_failure() -> None:
    got = judge(make_dsn(OURS, action="delayed", status="4.4.1", diagnostic="smtp; 451 try later"))
    assert got.verdict is Verdict.DELAYED
    assert got.bounced_ids == ()


def test_a_plain_text_bounce_from_the_mailer_daemon() -> None:
    raw = make_raw(
        sender="MAILER-DAEMON@mx.acme.example",
        subject="failure notice",
        body=f"Sorry, we were unable to deliver your message.\n550 5.1.1 no mailbox here\n\n--- Below this line is a copy of the message.\n\nMessage-ID: {OURS}\nSubject: Thank you\n",
    )
    got = judge(raw)
    assert got.verdict is Verdict.BOUNCE
    assert got.bounced_ids == (OURS,)
    assert got.diagnostic == "550 5.1.1 no mailbox here"


def test_html_only_reply_is_read_without_tags() -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Jane <jane.okafor@acme.example>"
    msg["Subject"] = "Re: Thank you"
    msg.set_content("<p>Thanks <b>Priya</b>!</p>", subtype="html")
    got = classify(parse_bytes(msg.as_bytes()), received=ARRIVED)
    assert got.verdict is Verdict.REPLY
    assert got.summary == "Thanks Priya !"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_classify_without_crashing(raw: bytes) -> None:
    got = classify(parse_bytes(raw), received=ARRIVED)
    assert isinstance(got.verdict, Verdict)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.from_regex(r"[a-z0-9.]{1,12}@[a-z]{1,8}\.example", fullmatch=True), max_size=5))
def test_message_ids_are_found_in_order(ids: list[str]) -> None:
    header = " ".join(f"<{i}>" for i in ids)
    assert message_ids(header) == tuple(f"<{i}>" for i in ids)


def test_quoted_text_is_not_part_of_the_summary() -> None:
    assert first_words("Yes!\n\n-----Original Message-----\nFrom: Priya") == "Yes!"
    assert len(first_words("word " * 200)) <= 200


def test_encoded_names_subjects_and_bodies_in_other_charsets_are_decoded() -> None:
    raw = (
        "From: =?iso-8859-1?q?Ok=E1for=2C_Ren=E9e?= <renee@acme.example>\r\n"
        "Subject: =?utf-8?b?UmU6IERhbmtlIHNjaMO2bg==?=\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        "Tr=E8s bien, merci Priya.\r\n"
    ).encode("ascii")
    got = judge(raw)
    assert got.sender == "renee@acme.example"
    assert got.sender_name == "Okáfor, Renée"
    assert got.subject == "Re: Danke schön"
    assert got.summary == "Très bien, merci Priya."


def test_an_attachment_is_not_taken_for_the_body() -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Jane <jane.okafor@acme.example>"
    msg.set_content("See the schedule attached.")
    msg.add_attachment("not the body", filename="notes.txt")
    assert judge(msg.as_bytes()).summary == "See the schedule attached."
