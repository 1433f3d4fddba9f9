"""Notes written for these tests, not from the shared cases: the categories a reviewer would give.

They guard the rules' reading of the problem (other wording, other names,
other companies) rather than of the sample's sentences.
"""

from __future__ import annotations

from typing import Any

import pytest

from afterview.check import CheckContext, categories, check

SIGN = "\n\nBest regards,\nOmar Said"


def _context(**changes: Any) -> CheckContext:
    fields: dict[str, Any] = dict(
        kind="thank_you",
        medium="email",
        recipient_name="Helena Marsh",
        candidate_name="Omar Said",
        company="Brightwater Labs",
        position="QA Engineer",
        topics=["flaky end-to-end tests", "the release checklist"],
        other_companies=["Northgate Systems"],
    )
    fields.update(changes)
    return CheckContext(**fields)


NOTES: list[tuple[str, list[str], str, str, dict[str, Any]]] = [
    (
        "clean1",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for talking with me about the flaky end-to-end tests. The "
        "quarantine approach you described is smart, and I have done similar work with "
        "Playwright "
        "retries.\n\nI'd be glad to help tighten the release checklist too." + SIGN,
        {},
    ),
    (
        "clean-cheers",
        [],
        "Thanks",
        "Hello Helena,\n\nMany thanks for yesterday. Your plan for the release checklist makes "
        "sense, and I enjoyed comparing notes on flaky tests." + SIGN,
        {},
    ),
    (
        "greet-team",
        ["greeting"],
        "Thanks",
        "Dear Brightwater team,\n\nThank you for the interview. I enjoyed hearing about the "
        "flaky "
        "tests." + SIGN,
        {},
    ),
    (
        "greet-sirmadam",
        ["greeting"],
        "Thanks",
        "Dear Sir or Madam,\n\nThank you for the interview. I enjoyed hearing about the flaky "
        "tests." + SIGN,
        {},
    ),
    (
        "greet-goodmorning",
        ["greeting"],
        "Thanks",
        "Good morning,\n\nThank you for the interview. I enjoyed hearing about the flaky tests."
        + SIGN,
        {},
    ),
    (
        "wrongname-last",
        ["wrong-name"],
        "Thanks",
        "Dear Ms. March,\n\nThank you for the interview. I enjoyed hearing about the flaky "
        "tests." + SIGN,
        {},
    ),
    (
        "wrongname-first",
        ["wrong-name"],
        "Thanks",
        "Hi Helen,\n\nThank you for the interview. I enjoyed hearing about the flaky tests." + SIGN,
        {},
    ),
    (
        "wrongco-subject",
        ["wrong-company"],
        "Thank you from a future Northgate Systems engineer",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about the flaky tests."
        + SIGN,
        {},
    ),
    (
        "wrongco-poss",
        ["wrong-company"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about Northgate "
        "Systems' "
        "approach to flaky tests." + SIGN,
        {},
    ),
    (
        "ph-insert",
        ["placeholder"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about [insert topic] "
        "and "
        "the flaky tests." + SIGN,
        {},
    ),
    (
        "ph-date",
        ["placeholder"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview on XX/XX. I enjoyed hearing about the "
        "flaky "
        "tests." + SIGN,
        {},
    ),
    (
        "nothanks",
        ["no-thanks"],
        "Interview",
        "Dear Helena,\n\nIt was good to meet you. I enjoyed hearing about the flaky tests and "
        "the "
        "release checklist." + SIGN,
        {},
    ),
    (
        "generic",
        ["generic"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview for the QA Engineer role. It was a "
        "pleasure "
        "to learn about the position and the company culture. I am confident I would be an "
        "asset." + SIGN,
        {},
    ),
    (
        "closing-none",
        ["closing"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about the flaky "
        "tests.\n\nSincerely,",
        {},
    ),
    (
        "closing-other",
        ["closing"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about the flaky "
        "tests.\n\nCheers,\nThe candidate",
        {},
    ),
    (
        "informal-gonna",
        ["informal"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview! I'm gonna crush those flaky tests, no "
        "doubt." + SIGN,
        {},
    ),
    (
        "informal-caps",
        ["informal"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. I was SO impressed by the flaky tests "
        "work, "
        "it was INCREDIBLE." + SIGN,
        {},
    ),
    (
        "informal-emoticon",
        ["informal"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview :D I enjoyed hearing about the flaky "
        "tests." + SIGN,
        {},
    ),
    (
        "pushy-hearback",
        ["pushy"],
        "Update",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I need to hear "
        "back "
        "from you within 48 hours." + SIGN,
        {},
    ),
    (
        "pushy-offer",
        ["pushy"],
        "Update",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I have a competing "
        "offer that expires Friday, so please decide quickly." + SIGN,
        {},
    ),
    (
        "pushy-surprised",
        ["pushy"],
        "Update",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. Frankly I am "
        "surprised "
        "nobody has gotten back to me yet; I expect a reply this week." + SIGN,
        {},
    ),
    (
        "desperate-beg",
        ["desperate"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. Please, I am "
        "begging "
        "you to give me this chance; I will work for free if needed." + SIGN,
        {},
    ),
    (
        "desperate-sorry",
        ["desperate"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I apologize for "
        "rambling so much, I was so nervous and I know I messed up the last question." + SIGN,
        {},
    ),
    (
        "spell1",
        ["spelling"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about the flaky tests "
        "and "
        "I am very enthusiastc about the roll." + SIGN,
        {},
    ),
    (
        "spell2",
        ["spelling"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interveiw. I enjoyed hearing about the flaky tests "
        "and "
        "look foward to hearing from you." + SIGN,
        {},
    ),
    (
        "grammar-they're",
        ["grammar"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about the flaky tests, "
        "and "
        "your team clearly knows there craft." + SIGN,
        {},
    ),
    (
        "grammar-an",
        ["grammar"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview. It was a amazing chat about the flaky "
        "tests." + SIGN,
        {},
    ),
    (
        "grammar-should-of",
        ["grammar"],
        "Thanks",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I should of "
        "mentioned "
        "my Cypress work." + SIGN,
        {},
    ),
    (
        "subject-blank",
        ["subject"],
        "  ",
        "Dear Helena,\n\nThank you for the interview. I enjoyed hearing about the flaky tests."
        + SIGN,
        {},
    ),
    (
        "clean-linkedin",
        [],
        "",
        "Hi Helena,\n\nThank you for the chat about flaky tests. I wrote up the retry idea I "
        "mentioned and would be happy to share it." + SIGN,
        {"medium": "linkedin"},
    ),
    (
        "clean-handwritten",
        [],
        "",
        "Dear Helena,\n\nThank you for the tour and for the talk about your release checklist. "
        "I "
        "left inspired.\n\nWarmly,\nOmar",
        {"medium": "handwritten"},
    ),
    (
        "clean-rejection",
        [],
        "Re: Your application",
        "Dear Helena,\n\nThank you for letting me know. I'm disappointed, of course, but I "
        "enjoyed "
        "meeting the team and hope our paths cross again." + SIGN,
        {"kind": "rejection_reply"},
    ),
    (
        "clean-feedback",
        [],
        "Feedback",
        "Dear Helena,\n\nThank you for your message. If you have a moment, I would be grateful "
        "for "
        "any feedback on my interview, especially the test-design exercise." + SIGN,
        {"kind": "feedback_request"},
    ),
    (
        "clean-status",
        [],
        "Checking in",
        "Dear Helena,\n\nI hope you are well. I wanted to check in on the QA Engineer "
        "position, as "
        "the date you mentioned has passed. I remain very interested in helping with the "
        "release "
        "checklist.\n\nThank you for your time." + SIGN,
        {"kind": "status_inquiry"},
    ),
    (
        "clean-tricky",
        [],
        "Thank you",
        "Dear Dr. Marsh,\n\nThank you for this morning. Your point about flaky tests in CI "
        "(Jenkins, GitHub Actions) stuck with me; I've used pytest-rerunfailures and "
        "quarantine "
        "tags to tame ours.\n\nI'm curious whether the release checklist could live in the "
        "repo "
        "as code. Either way, it's clear the team cares about quality!" + SIGN,
        {},
    ),
    (
        "c1",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the conversation about the flaky tests. I expect the "
        "release checklist work would suit my background, and I need only a week's notice to "
        "start.\n\nPlease let me know if you need anything else from me; I am happy to reply "
        "by "
        "email or phone." + SIGN,
        {},
    ),
    (
        "c2",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for meeting me. I was sorry to hear the release slipped, "
        "and I "
        "promise myself to read up on your checklist before we speak again. Your team moves "
        "quickly; the decision by the board to invest in testing is impressive." + SIGN,
        {},
    ),
    (
        "c3",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for your time on Monday. I can send the sample test plan by "
        "Friday, as you suggested. Our chat about flaky tests was a highlight." + SIGN,
        {},
    ),
    (
        "c4",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for your note. I was glad to hear the team hopes to decide "
        "by "
        "the end of the month, and I remain very interested in the release checklist "
        "work.\n\nWith thanks,\nOmar Said",
        {"kind": "status_inquiry"},
    ),
    (
        "c5",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for considering me. I accepted an offer elsewhere last "
        "week, so "
        "I would like to withdraw from the process, and I wish the team well with the flaky "
        "tests." + SIGN,
        {"kind": "rejection_reply"},
    ),
    (
        "c6",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview. Honestly, the flaky tests discussion was "
        "the "
        "best part, and I immediately thought of ways to fix them. I'm excited!" + SIGN,
        {},
    ),
    (
        "c7",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview. I know I can help with the flaky tests: "
        "I "
        "cut our rerun rate from 12% to 2% at my last job, and I really want to bring that "
        "here." + SIGN,
        {},
    ),
    (
        "c8",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for taking the time to interview me. I appreciated learning "
        "about the flaky tests and how the QA group triages them. A wonderful team and an "
        "honest "
        "conversation.\n\nKind regards,\nOmar",
        {},
    ),
    (
        "p1",
        ["pushy"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. Please respond at "
        "your "
        "earliest convenience, no later than Thursday, as I am weighing other options." + SIGN,
        {},
    ),
    (
        "p2",
        ["pushy"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I have been "
        "patient, "
        "but I need a decision now." + SIGN,
        {},
    ),
    (
        "p3",
        ["pushy"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. If I don't hear "
        "back "
        "by Monday, I will assume you are not interested and accept another position." + SIGN,
        {},
    ),
    (
        "p4",
        ["pushy"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I would appreciate "
        "an "
        "answer by end of business today." + SIGN,
        {},
    ),
    (
        "d1",
        ["desperate"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I'm desperate for "
        "this "
        "job and will do whatever it takes." + SIGN,
        {},
    ),
    (
        "d2",
        ["desperate"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I know I wasn't at "
        "my "
        "best and probably don't deserve it, but please don't give up on me." + SIGN,
        {},
    ),
    (
        "d3",
        ["desperate"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. Sorry for taking "
        "up so "
        "much of your time, I feel so stupid about my answers." + SIGN,
        {},
    ),
    (
        "i1",
        ["informal"],
        "Thank you",
        "Yo Helena,\n\nThanks for the interview about the flaky tests, was fun." + SIGN,
        {},
    ),
    (
        "i2",
        ["informal"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. Hope to chat soon! "
        "xx" + SIGN,
        {},
    ),
    (
        "i3",
        ["informal"],
        "Thank you",
        "Dear Helena,\n\nThx for the interview about the flaky tests, it was dope." + SIGN,
        {},
    ),
    (
        "g1",
        ["grammar"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I would be "
        "thrilled to "
        "join you're team." + SIGN,
        {},
    ),
    (
        "g2",
        ["grammar"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I believe i am a "
        "strong fit." + SIGN,
        {},
    ),
    (
        "g3",
        ["grammar"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. The team and and "
        "the "
        "checklist impressed me." + SIGN,
        {},
    ),
    (
        "s1",
        ["spelling"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. I definately want "
        "to "
        "contribute to your sucess." + SIGN,
        {},
    ),
    (
        "s2",
        ["spelling"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. It was a pleasure "
        "to "
        "meet you and your collegues." + SIGN,
        {},
    ),
    (
        "f1",
        [],
        "Thank you",
        "Hello again, Helena,\n\nThank you for the second conversation about the flaky tests. "
        "I "
        "appreciate your taking the time to walk me through the release checklist." + SIGN,
        {},
    ),
    (
        "f2",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview. The old test process at my last job was "
        "a "
        "mess, and I fixed it by adding quarantine tags for flaky tests. I feel like a good "
        "fit "
        "for the team." + SIGN,
        {},
    ),
    (
        "f3",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview. If there is anything at all I can send, "
        "such "
        "as references, please let me know. I'll get back to you by Monday with the sample "
        "plan "
        "for the flaky tests." + SIGN,
        {},
    ),
    (
        "f4",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview. I'd love a chance to show how I would "
        "tame "
        "the flaky tests; a NASA-style checklist and an X-ray of the pipeline would help. I "
        "hold "
        "a Ph.D. in CS and an MBA." + SIGN,
        {},
    ),
    (
        "f5",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview on the 20th at 2pm. I was thinking... "
        "maybe "
        "the flaky tests come from shared state. The STEM outreach program sounds great too."
        + SIGN,
        {},
    ),
    (
        "f6",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview. The old system was not good enough for "
        "the "
        "flaky tests, and I think I failed to mention my Cypress work." + SIGN,
        {},
    ),
    (
        "f7",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. The decision is "
        "expected by Friday, so I will keep an eye on my inbox." + SIGN,
        {},
    ),
    (
        "f8",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests.\n\nBest "
        "regards,\nOmar "
        "Said\nQA Engineer | omar@example.com\nlinkedin.com/in/omarsaid\n+1 555 0100",
        {},
    ),
    (
        "f9",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the conversation about flaky "
        "tests.\n\nBest,\nOmar\n\nP.S. "
        "I attached the retry script\nwe discussed.",
        {},
    ),
    (
        "f10",
        [],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. It was great to "
        "hear "
        "how your team handles its release checklist, and I appreciated your candor.\n\nWarm "
        "wishes,\nOmar Said",
        {},
    ),
    (
        "n1",
        ["no-thanks"],
        "Thank you",
        "Dear Helena,\n\nI hope you had a lovely Thanksgiving. I enjoyed our talk about flaky "
        "tests." + SIGN,
        {},
    ),
    (
        "s1",
        ["informal"],
        "Thank you",
        "Dear Helena,\n\nThank you for the interview about the flaky tests. The release "
        "checklist "
        "is GREAT and the team is AWESOME." + SIGN,
        {},
    ),
]


@pytest.mark.parametrize(
    ("name", "expected", "subject", "body", "changes"), NOTES, ids=[n[0] for n in NOTES]
)
def test_categories(
    name: str, expected: list[str], subject: str, body: str, changes: dict[str, Any]
) -> None:
    found = check(subject, body, _context(**changes))
    assert set(categories(found)) == set(expected), [
        (f.rule, (subject if f.field == "subject" else body)[f.start : f.end]) for f in found
    ]


SENTENCES = [
    ("I blew it in the second round.", {"desperate"}),
    ("I haven't heard back yet, so I wanted to check in.", set()),
    ("Thank you, you replied so quickly.", set()),
    ("I am writing for the third time.", {"pushy"}),
    ("I look forward to your prompt reply.", {"pushy"}),
    ("Thank you for your quick response.", set()),
    ("I appreciate your taking the time to explain the release checklist.", set()),
    ("I'll get back to you by Monday with the sample plan.", set()),
    ("Please get back to me by Monday.", {"pushy"}),
    ("I feel like a good fit for the team.", set()),
    ("I feel like such a failure after that interview.", {"desperate"}),
    ("The old process was a mess until we rebuilt it.", set()),
    ("My whiteboard answer was a disaster.", {"desperate"}),
    ("I led the U.S. rollout of the release checklist.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES, ids=[s for s, _ in SENTENCES])
def test_sentence(sentence: str, expected: set[str]) -> None:
    body = "Dear Helena,\n\nThank you for the talk about flaky tests. " + sentence + SIGN
    found = check("Checking in", body, _context(kind="status_inquiry"))
    assert set(categories(found)) == expected, [(f.rule, body[f.start : f.end]) for f in found]
