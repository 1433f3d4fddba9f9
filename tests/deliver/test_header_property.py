"""No name, subject or address that reaches SMTP can add a header line (issue 13, item 5).

Hypothesis writes hostile names, subjects and addresses: plain text with line
breaks of every kind and controls, "Bcc:" lines, quotes, angle brackets and
commas, and RFC 2047 encoded words (Q and B) hiding any of these. Each goes
through the real send path (``build_email`` and ``send_once``) to a real SMTP
server (aiosmtpd): either it is refused with an :class:`InputError`, or the
server received exactly the headers Afterview set, each once, for exactly the
one recipient given.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from afterview.deliver.email import Outgoing, build_email, envelope
from afterview.deliver.smtp import SmtpConfig, send_once
from afterview.errors import InputError
from deliver.samples import PASSWORD, USER
from deliver.servers import Recorder, running_smtp

pytestmark = pytest.mark.smtp

SENDER, RECIPIENT = "priya@example.com", "zoe@acme.example"
HEADERS = ["from", "to", "reply-to", "subject", "date", "message-id"]
MIME = ["content-type", "content-transfer-encoding", "mime-version"]

BREAKS = ["\r\n", "\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\x00", "\t", "\x1b"]
PIECES = [
    "Bcc: evil@attacker.example",
    "Cc: evil@attacker.example",
    "X-Evil: 1",
    "<evil@attacker.example>",
    ", evil@attacker.example",
    '"',
    "\\",
    ":",
    ";",
    "=?",
    "?=",
    "Zoë Faßbender",
    "Jane",
    " ",
]


def q_word(text: str) -> str:
    data = text.encode("utf-8")
    return "=?utf-8?q?" + "".join(f"={b:02X}" for b in data) + "?="


def b_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=8
)
# Without line breaks or controls: these pass the checks and reach the server.
tame = st.lists(st.sampled_from(PIECES) | safe_text, max_size=6).map("".join)
wild = st.lists(st.sampled_from(BREAKS + PIECES) | st.text(max_size=8), max_size=6).map("".join)
plain = tame | wild


def words(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Text with RFC 2047 encoded words (Q or B) of ``inner`` among its parts."""
    word = st.tuples(st.sampled_from([q_word, b_word]), inner).map(lambda p: p[0](p[1]))
    return st.lists(inner | word, min_size=1, max_size=4).map(" ".join)


encoded = words(plain)
hostile = st.one_of(words(tame), words(tame), words(wild))  # two in three may pass
valid = st.sampled_from([RECIPIENT, "Zoe@Acme.example", "z.o+e@acme.example"])
addresses = st.one_of(
    valid,
    valid,
    valid,
    st.builds(lambda local, extra: f"{local}{extra}@acme.example", valid, plain | encoded),
)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[int, Recorder]]:
    with running_smtp() as smtp:
        yield smtp.port, smtp.recorder


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=hostile, subject=hostile, sender_name=hostile, address=addresses)
def test_nothing_reaching_smtp_adds_a_header_line(
    server: tuple[int, Recorder], name: str, subject: str, sender_name: str, address: str
) -> None:
    port, recorder = server
    out = Outgoing(
        sender_name=sender_name,
        sender_email=SENDER,
        recipient_name=name,
        recipient_email=address,
        subject=subject,
        body="Dear Zoë,\n\nThank you.\n\nPriya",
        message_id="<1.abc.afterview@example.com>",
        date=datetime(2026, 11, 21, 9, 0, tzinfo=UTC),
        reply_to="priya.home@example.org",
    )
    try:
        msg = build_email(out)
    except InputError:
        event("refused")
        return  # refused: nothing reaches the server
    event("sent")
    assert envelope(msg) == (SENDER, [address])
    before = len(recorder.messages)
    send_once(SmtpConfig("127.0.0.1", port, "none", USER, PASSWORD, timeout=10), msg)
    got = recorder.messages[before:]
    assert len(got) == 1
    assert got[0].rcpt_tos == [address]
    head = got[0].data.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    wire = BytesParser(policy=policy.default).parsebytes(head, headersonly=True)
    assert [k.lower() for k in wire] == HEADERS + MIME
    assert [a.addr_spec for a in wire["To"].addresses] == [address]
    assert [a.addr_spec for a in wire["From"].addresses] == [SENDER]
    for line in head.split(b"\r\n"):  # no bare CR or LF hides inside a line
        assert b"\r" not in line and b"\n" not in line
