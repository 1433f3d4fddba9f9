"""Building emails: headers, RFC 2047, refusing header injection, attachments, .eml."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.parser import BytesParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afterview.deliver.email import (
    ATTACHMENT_LIMIT,
    Outgoing,
    build_email,
    export_eml,
    make_message_id,
    to_bytes,
)
from afterview.errors import InputError


def outgoing(**changes: object) -> Outgoing:
    values: dict[str, object] = {
        "sender_name": "Priya Ramán",
        "sender_email": "priya@example.com",
        "recipient_name": "Zoë Faßbender",
        "recipient_email": "zoe@acme.example",
        "subject": "Danke schön — thank you for Friday",
        "body": "Dear Zoë,\n\nThank you. Ça m'a fait plaisir.\n\nPriya",
        "message_id": "<1.abc.afterview@example.com>",
        "date": datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
    }
    values.update(changes)
    return Outgoing(**values)  # type: ignore[arg-type]


def parse(data: bytes):  # type: ignore[no-untyped-def]
    return BytesParser(policy=policy.default).parsebytes(data)


def test_wire_form_is_ascii_with_encoded_words_and_crlf() -> None:
    data = to_bytes(build_email(outgoing()))
    data.decode("ascii")  # RFC 2047 and quoted-printable: nothing but ASCII on the wire
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"=?utf-8?" in head.lower()
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_headers_decode_back_to_the_same_text() -> None:
    msg = parse(to_bytes(build_email(outgoing(reply_to="priya.home@example.org"))))
    assert msg["Subject"] == "Danke schön — thank you for Friday"
    assert msg["To"].addresses[0].display_name == "Zoë Faßbender"
    assert msg["To"].addresses[0].addr_spec == "zoe@acme.example"
    assert msg["From"].addresses[0].display_name == "Priya Ramán"
    assert msg["Reply-To"].addresses[0].addr_spec == "priya.home@example.org"
    assert msg["Message-ID"] == "<1.abc.afterview@example.com>"
    assert msg.get_content_type() == "text/plain"
    assert (
        msg.get_content().replace("\r\n", "\n")
        == "Dear Zoë,\n\nThank you. Ça m'a fait plaisir.\n\nPriya\n"
    )


def test_no_reply_to_when_it_is_the_sender() -> None:
    msg = build_email(outgoing(reply_to="priya@example.com"))
    assert msg["Reply-To"] is None


names = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x00"
    ),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() == s and s.strip() and "=?" not in s)
# Python's email package leaves literal "=?...?=" text unencoded, so it would read back as an
# encoded word; no real name or subject holds it.


def rfc2047(value: str) -> str:
    """Decode a raw header value by the RFC 2047 rules (space between encoded words dropped).

    Not ``policy.default``'s address parser: it keeps that space (CPython
    keeps a space between adjacent encoded words in a display name), so long
    names would seem to change when they do not.
    """
    return str(make_header(decode_header(value)))


@settings(max_examples=60, deadline=None)
@given(name=names, subject=names)
def test_any_unicode_name_and_subject_round_trip(name: str, subject: str) -> None:
    data = to_bytes(build_email(outgoing(recipient_name=name, subject=subject)))
    raw = BytesParser(policy=policy.compat32).parsebytes(data, headersonly=True)
    assert raw["To"].isascii() and raw["Subject"].isascii()
    assert rfc2047(raw["Subject"]) == subject
    assert rfc2047(raw["To"]).endswith(" <zoe@acme.example>")
    shown = rfc2047(raw["To"]).removesuffix(" <zoe@acme.example>")
    if (
        shown.startswith('"') and shown.endswith('"') and len(shown) > 1
    ):  # an RFC 5322 quoted-string
        shown = re.sub(r"\\(.)", r"\1", shown[1:-1])
    # The email package may drop a space where an encoded word meets a quoted special
    # (" :"), as RFC 2047 decoding does between encoded words: only the spacing may differ.
    assert "".join(shown.split()) == "".join(name.split())
    msg = parse(data)
    assert [a.addr_spec for a in msg["To"].addresses] == ["zoe@acme.example"]
    assert msg["Bcc"] is None and msg["Cc"] is None


@pytest.mark.parametrize(
    "field",
    ["subject", "recipient_name", "sender_name"],
)
@pytest.mark.parametrize(
    "evil", ["Hi\r\nBcc: everyone@evil.example", "Hi\nBcc: x@evil.example", "Hi\rX"]
)
def test_line_breaks_in_headers_are_refused(field: str, evil: str) -> None:
    with pytest.raises(InputError, match="hidden email headers"):
        build_email(outgoing(**{field: evil}))


@pytest.mark.parametrize(
    "address", ["zoe@acme.example\r\nBcc: x@evil.example", "not an address", "zoë@acme.example"]
)
def test_bad_addresses_are_refused(address: str) -> None:
    with pytest.raises(InputError):
        build_email(outgoing(recipient_email=address))


def test_message_ids_are_unique_and_under_the_sender_domain() -> None:
    ids = {make_message_id("priya@example.com") for _ in range(500)}
    assert len(ids) == 500
    assert all(i.startswith("<") and i.endswith("@example.com>") for i in ids)


def test_attachment_is_carried_with_its_name_and_type(tmp_path: Path) -> None:
    pdf = tmp_path / "Portfolio Priya.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    msg = parse(to_bytes(build_email(outgoing(attachments=(pdf,)))))
    parts = list(msg.iter_attachments())
    assert [p.get_filename() for p in parts] == ["Portfolio Priya.pdf"]
    assert parts[0].get_content_type() == "application/pdf"
    assert parts[0].get_content() == pdf.read_bytes()
    assert "Ça m'a fait plaisir" in msg.get_body(preferencelist=("plain",)).get_content()


def test_missing_or_huge_attachments_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        build_email(outgoing(attachments=(tmp_path / "nope.pdf",)))
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.truncate(ATTACHMENT_LIMIT + 1)
    with pytest.raises(InputError, match="the limit is"):
        build_email(outgoing(attachments=(big,)))


def test_export_eml_writes_an_unsent_draft(tmp_path: Path) -> None:
    target = tmp_path / "draft.eml"
    export_eml(build_email(outgoing()), target)
    msg = parse(target.read_bytes())
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Danke schön — thank you for Friday"
    assert not list(tmp_path.glob("*.part"))


def test_export_eml_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be written"):
        export_eml(build_email(outgoing()), tmp_path / "no" / "such" / "draft.eml")
