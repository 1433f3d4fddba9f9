"""Any text at all: no crash, and every span inside the text it points into."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.check import CheckContext, check, similarity
from afterview.check.cases import read_cases

CTX = CheckContext(
    kind="status_inquiry",
    medium="email",
    recipient_name="Søren Ødegaard",
    candidate_name="Zoë Müller",
    company="Thanks Inc.",
    position="C++ Engineer (L3)",
    topics=["[brackets] and (parens)", "ETL"],
    other_companies=["Globex", "A.B. & Co."],
    sibling_messages=[("Tom Berg", "Dear Tom, thank you.")],
)
# Text with the characters the rules care about, mixed with anything Unicode has.
NOTEY = st.text(
    alphabet=st.sampled_from(list("aeiouIXtnsh .,!?;:'’\"\n\t-_[]{}<>😊:)ASAP")), max_size=400
)
ANY = st.one_of(st.text(max_size=400), NOTEY)


def _spans_ok(subject: str, body: str) -> None:
    for f in check(subject, body, CTX):
        text = subject if f.field == "subject" else body
        assert 0 <= f.start <= f.end <= len(text), f
        assert f.message and f.suggestion and f.rule and f.category


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(subject=ANY, body=ANY)
def test_any_text_gives_spans_inside_it(subject: str, body: str) -> None:
    _spans_ok(subject, body)


@settings(max_examples=20, deadline=None)
@given(chunk=st.text(min_size=1, max_size=50), times=st.integers(min_value=2000, max_value=20000))
def test_huge_text(chunk: str, times: int) -> None:
    _spans_ok("", chunk * (times // len(chunk) + 1))


def test_empty_message() -> None:
    _spans_ok("", "")


@given(a=st.text(max_size=200), b=st.text(max_size=200))
def test_similarity_is_a_symmetric_fraction(a: str, b: str) -> None:
    s = similarity(a, ["Jane Okafor"], b, ["Tom Berg"])
    assert 0.0 <= s <= 1.0
    assert abs(s - similarity(b, ["Tom Berg"], a, ["Jane Okafor"])) < 1e-9


@given(st.text(max_size=2000))
def test_cases_reader_never_crashes(text: str) -> None:
    _, problems = read_cases(text, "x.jsonl")
    assert all(p.line is not None for p in problems)
