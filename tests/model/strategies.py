"""Hypothesis strategies for interview data with any Unicode text in it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

# Any character an interview file's text may hold: whatever UTF-8 can carry (no lone
# surrogates) but the controls and the line and paragraph separators, refused at input.
_chars = st.characters(codec="utf-8", exclude_categories=("Cc", "Zl", "Zp"))
one_line = (
    st.text(_chars, min_size=1, max_size=30)
    .map(lambda s: s.replace("\n", " ").replace("\r", " ").strip())
    .filter(bool)
)
free_text = st.text(_chars, min_size=1, max_size=60).map(str.strip).filter(bool)
# The years Afterview plans around (afterview.model.load.YEARS).
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
moments = st.datetimes(
    min_value=datetime(1900, 1, 2), max_value=datetime(2199, 12, 30), timezones=offsets
)
names = (
    st.sampled_from(["Zoë", "Łukasz Nowak", "Nguyễn Thị Mai", "Siobhán Ní Bhriain", "Zoe\u0308"])
    | one_line
)


@st.composite
def interview_data(draw: st.DrawFn) -> dict:
    people = draw(st.lists(names, min_size=1, max_size=4, unique_by=str.casefold))
    interviewers = []
    for name in people:
        person: dict = {"name": name}
        if draw(st.booleans()):
            person["title"] = draw(free_text)
        if draw(st.booleans()):
            person["email"] = "someone@example.com"
        person["medium"] = draw(st.sampled_from(["linkedin", "handwritten"]))
        for key in ("topics", "questions", "concerns"):
            person[key] = draw(st.lists(free_text, max_size=3))
        if draw(st.booleans()):
            person["salutation"] = draw(one_line)
        interviewers.append(person)
    data: dict = {
        "candidate": {"name": draw(names), "strengths": draw(st.lists(free_text, max_size=3))},
        "application": {"company": draw(one_line), "position": draw(one_line)},
        "interview": {"at": draw(moments)},
        "debrief": {"notes": draw(free_text)},
        "interviewers": interviewers,
    }
    if draw(st.booleans()):
        data["interview"]["decision_expected_by"] = draw(days)
    if draw(st.booleans()):
        data["outcome"] = {
            "result": "rejected",
            "at": draw(days | moments),
        }
    return data
