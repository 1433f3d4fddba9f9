"""Property test: debriefs assembled from the pieces people write, in any combination.

The corpus in debriefs/ is 50 files; this draws thousands of others from the same kinds of
pieces (verbs in any tense and person, shorthand, figures, asides, logistics, the reader in the
third person, hedges, arrows, capitals from a phone keyboard) and holds every draft to the same
audit: Harper, no note-to-self marks, no pasted fragment, the company and position named, the
medium's length.
"""

from __future__ import annotations

import tomllib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import afterview
from afterview.model import interview_from_dict

from .audit import Problem, audit_interview

VERBS = ["led", "managed", "built", "Ran", "cut", "launched", "speaks", "manages", "coach"]
OBJECTS = [
    "a team of 9",
    "migration to AWS",
    "the month-end close",
    "churn model for a telco, 2M subs",
    "our on-call rotation (12 engineers)",
    "£1.2m paid social budget",
]
NOUNS = [
    "6 yrs running ops",
    "CPA licensed",
    "ACLS certified",
    "strong stakeholder mgmt",
    "MBA",
    "fluent in Spanish",
    "conversational French",
    "background in nursing",
    "Team player",
    "SQL, Python and dbt",
    "Kubernetes, some",
    "I have 4 year experience in Oracle.",
    "I've built three mobile apps from scratch",
]
TOPICS = [
    "discussed the night shifts",
    "asked me re: the ERP rollout",
    "salary band + bonus stuff, he said it's negotiable",
    "team structure -> 3 squads",
    "onboarding?? not sure",
    "abt their new clinic in Leeds",
    "how they do code review",
    "Q3 roadmap",
    "how do they handle on-call?",
    "she explained how triage works",
    "half of their patients are over 70",
    "the case study",
    "my presentation on churn",
    "feature store",
    "their design system is a mess",
    "hybrid 3 days in office",
    "tbh mostly small talk",
    "they're opening a second site in Pune",
]
CONCERNS = [
    "limited Scala experience",
    "has not run a budget over $5M",
    "no Spanish (business-level needed)",
    "worried I'm overqualified",
    "gap in CV 2023",
    "lack of SaaS exp",
]
ANSWERS = [
    "shipped two Scala services to production last year",
    "managed a $2.4M budget",
    "I did my French BBB in 2021, even if it's expired",
    "ran the £6m refit budget",
]
RAPPORT = [
    "both from Cork",
    "he also runs marathons",
    "she has a golden retriever too lol",
    "same uni",
    "we both did our MSc at Manchester",
]
WISH = [
    "should've mentioned my PMP",
    "forgot to say I did the Kafka migration at Zalando",
    "didn't mention I speak French",
]
NEWS = ["got my AWS cert yesterday", "paper accepted at KDD!", "have another offer, deadline Fri"]
NAMES = [
    "Dr. Lena Moritz",
    "Walsh, Aoife",
    "Tan Mei Ling",
    "Mary Beth Collins",
    'Robert "Bobby" Chen',
    "Sister Bernadette Kelly",
    "james okoro",
    "Zoë Lambert",
    "Park Ji-woo",
    "Bec",
]


@st.composite
def strengths(draw):
    kind = draw(st.sampled_from(["verb", "noun"]))
    if kind == "verb":
        return f"{draw(st.sampled_from(VERBS))} {draw(st.sampled_from(OBJECTS))}"
    return draw(st.sampled_from(NOUNS))


@st.composite
def interviews(draw):
    people = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=4, unique=True))
    table = []
    for name in people:
        medium = draw(st.sampled_from(["email", "linkedin", "handwritten"]))
        concerns = draw(st.lists(st.sampled_from(CONCERNS), max_size=1))
        answers = draw(st.lists(st.sampled_from(ANSWERS), max_size=len(concerns)))
        person = {
            "name": name,
            "email": "someone@example.com",
            "medium": medium,
            "topics": draw(st.lists(st.sampled_from(TOPICS), max_size=3, unique=True)),
            "concerns": concerns,
            "answers": answers,
            "connected": draw(st.booleans()),
        }
        if draw(st.booleans()):
            person["rapport"] = draw(st.sampled_from(RAPPORT))
        table.append(person)
    data = {
        "candidate": {
            "name": "Ada Quinn",
            "strengths": draw(st.lists(strengths(), max_size=4)),
        },
        "application": {"company": "Northwind Health", "position": "Senior Analyst"},
        "interview": {"at": "2026-11-20T14:00:00-05:00", "format": "video"},
        "debrief": {
            **({"wish_i_had_said": draw(st.sampled_from(WISH))} if draw(st.booleans()) else {}),
            **({"new_information": draw(st.sampled_from(NEWS))} if draw(st.booleans()) else {}),
        },
        "interviewers": table,
    }
    if draw(st.booleans()):
        data["outcome"] = {"result": "rejected", "at": "2026-12-02"}
    return interview_from_dict(data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(interview=interviews())
def test_drafts_from_any_mix_of_hasty_notes_pass_the_audit(interview):
    problems: list[Problem] = list(audit_interview(interview, "generated"))
    assert not problems, "\n".join(map(str, problems))


@settings(max_examples=10, deadline=None)
@given(interview=interviews())
def test_the_strategy_makes_real_interview_files(interview):
    # the generated interviews load like files a user writes, not shortcuts around the loader
    from afterview.model.toml_out import interview_to_toml

    assert afterview.parse_interview(interview_to_toml(interview), "x.toml") == interview
    assert tomllib.loads(interview_to_toml(interview))
