"""A second probe set, written fresh for these tests (other names, trades and wording).

Each probe is a note a careful reviewer would judge, with the categories
that reviewer would give. They exist to keep the rules reading the
*problem* (a deadline set for the reader, a candidate running themselves
down, a misspelt word) rather than the wording of any one sample.

Run ``python -m tests.check.test_unseen_more`` for a per-category tally.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from afterview.check import CATEGORIES, CheckContext, categories, check

EST = timezone(timedelta(hours=-5))
INTERVIEW = datetime(2026, 3, 10, 10, tzinfo=EST)

HELLO = "Dear Elena,\n\n"
THANKS = "Thank you for meeting with me yesterday about the Leasing Consultant role. "
DETAIL = "I enjoyed hearing how your team is clearing the tenant screening backlog."
SIGN = "\n\nBest regards,\nRavi Kumar"
CLEAN = HELLO + THANKS + DETAIL + SIGN
SIBLING = (
    "Dear Marcus,\n\nThank you for meeting with me yesterday about the Leasing Consultant "
    "role. "
    "I enjoyed hearing how the weekend open houses are run and how you follow up with visitors."
    + SIGN
)


def _context(**changes: Any) -> CheckContext:
    fields: dict[str, Any] = dict(
        kind="thank_you",
        medium="email",
        recipient_name="Elena Castellanos",
        recipient_title="Leasing Director",
        candidate_name="Ravi Kumar",
        company="Harbor & Pine Realty",
        position="Leasing Consultant",
        interview_at=INTERVIEW,
        send_at=INTERVIEW + timedelta(hours=20),
        topics=["the tenant screening backlog", "weekend open houses"],
        other_companies=["Crestview Properties", "Oakline Homes"],
        sibling_messages=[("Marcus Bell", SIBLING)],
    )
    fields.update(changes)
    return CheckContext(**fields)


def _with(sentence: str) -> str:
    """The clean note with one more sentence in its paragraph."""
    return HELLO + THANKS + DETAIL + " " + sentence + SIGN


# (id, expected categories, sentence added to the clean note, context changes)
SENTENCES: list[tuple[str, set[str], str, dict[str, Any]]] = [
    # ---------------------------------------------------------------- pushy
    (
        "pushy-convenience",
        {"pushy"},
        "Please get back to me at your earliest convenience, I need to know this week.",
        {},
    ),
    (
        "pushy-need-to-know-by",
        {"pushy"},
        "I need to know by Thursday whether I am still being considered.",
        {},
    ),
    ("pushy-like-an-answer", {"pushy"}, "I'd like an answer before the weekend.", {}),
    ("pushy-offers-so", {"pushy"}, "I have two other offers, so I need you to move quickly.", {}),
    (
        "pushy-mentioned-twice",
        {"pushy"},
        "As I mentioned twice already, I am waiting on your reply.",
        {},
    ),
    ("pushy-cob", {"pushy"}, "Kindly respond by close of business tomorrow.", {}),
    ("pushy-within-days", {"pushy"}, "I will need your final decision within three days.", {}),
    (
        "pushy-otherwise",
        {"pushy"},
        "Let me know by the end of the week, otherwise I will take another offer.",
        {},
    ),
    ("pushy-promptly", {"pushy"}, "I trust you will reply promptly this time.", {}),
    ("pushy-courtesy", {"pushy"}, "I would expect the courtesy of a reply by now.", {}),
    (
        "pushy-offer-where-stand",
        {"pushy"},
        "Oakline Homes has offered me a role, so please tell me where I stand by Wednesday.",
        {},
    ),
    ("pushy-three-times", {"pushy"}, "I have followed up three times now without a reply.", {}),
    ("pushy-respond-today", {"pushy"}, "Please prioritize my application and respond today.", {}),
    (
        "pushy-hear-soon-or",
        {"pushy"},
        "If I do not hear from you soon, I will have to withdraw.",
        {},
    ),
    # ------------------------------------------------------------- desperate
    (
        "desp-nervous-wreck",
        {"desperate"},
        "I am sorry for rambling during the interview; I was a nervous wreck.",
        {},
    ),
    ("desp-do-anything", {"desperate"}, "I'll do anything to get this position.", {}),
    ("desp-really-need-job", {"desperate"}, "Please, I really need a job right now.", {}),
    (
        "desp-not-strongest",
        {"desperate"},
        "I know I'm not the strongest candidate, but I hope you will consider me.",
        {},
    ),
    (
        "desp-poor-answers",
        {"desperate"},
        "I apologize for my poor answers on the pricing questions.",
        {},
    ),
    ("desp-stumbled", {"desperate"}, "I'm sorry I stumbled over the budgeting question.", {}),
    ("desp-family", {"desperate"}, "My family is counting on me getting this job.", {}),
    ("desp-unpaid", {"desperate"}, "I would happily work unpaid for a month to prove myself.", {}),
    ("desp-weak-answers", {"desperate"}, "Please don't hold my weak answers against me.", {}),
    ("desp-let-down", {"desperate"}, "I feel like I let you down in the interview.", {}),
    (
        "desp-any-position",
        {"desperate"},
        "Any position at all would be fine with me; I just need something.",
        {},
    ),
    ("desp-hope-not-bother", {"desperate"}, "I hope this email doesn't bother you too much.", {}),
    # -------------------------------------------------------------- informal
    ("inf-ttyl", {"informal"}, "It was great chatting, ttyl.", {}),
    ("inf-emoticon", {"informal"}, "The tour was lovely :-)", {}),
    ("inf-bangs", {"informal"}, "The tour was fun!!!", {}),
    ("inf-interrobang", {"informal"}, "Will there be a second round?!", {}),
    ("inf-caps", {"informal"}, "The open houses sound FANTASTIC.", {}),
    ("inf-lol", {"informal"}, "I was blown away, lol.", {}),
    ("inf-legit", {"informal"}, "Your team is legit impressive.", {}),
    ("inf-emoji", {"informal"}, "Thanks so much 🙏", {}),
    ("inf-super-keen", {"informal"}, "I'm super keen to jump in.", {}),
    ("inf-lemme", {"informal"}, "Lemme know if you need references.", {}),
    ("inf-chill", {"informal"}, "The office seems really chill.", {}),
    ("inf-stretched", {"informal"}, "That was sooooo helpful.", {}),
    ("inf-btw", {"informal"}, "BTW, I attached my references.", {}),
    ("inf-caps-two", {"informal"}, "I am VERY excited about this ROLE.", {}),
    ("inf-omg", {"informal"}, "OMG the rooftop view was unreal.", {}),
    # --------------------------------------------------------------- grammar
    ("gr-its-is", {"grammar"}, "Its a role I would love to grow in.", {}),
    ("gr-its-poss", {"grammar"}, "The firm and it's clients impressed me.", {}),
    ("gr-your-are", {"grammar"}, "I hope your having a good week.", {}),
    ("gr-youre-poss", {"grammar"}, "I valued you're insights on pricing.", {}),
    ("gr-their-are", {"grammar"}, "I can tell their going to love the new portal.", {}),
    ("gr-theyre-poss", {"grammar"}, "The agents and they're clients seem happy.", {}),
    ("gr-their-is", {"grammar"}, "I hope their is room to grow.", {}),
    ("gr-an-university", {"grammar"}, "I studied real estate at an university in Ohio.", {}),
    ("gr-a-hour", {"grammar"}, "I spent a hour reviewing the listings afterwards.", {}),
    ("gr-an-pleasure", {"grammar"}, "It was an pleasure to meet the agents.", {}),
    ("gr-would-of", {"grammar"}, "I would of asked more about the portal.", {}),
    ("gr-might-of", {"grammar"}, "I might of missed a detail about commissions.", {}),
    ("gr-lower-i", {"grammar"}, "Afterwards i read your market report.", {}),
    ("gr-lower-sentence", {"grammar"}, "the portal demo was clear.", {}),
    ("gr-doubled", {"grammar"}, "I am eager to to start.", {}),
    ("gr-doubled-the", {"grammar"}, "I read the the report you sent.", {}),
    ("gr-a-apartment", {"grammar"}, "I once managed a apartment complex of 200 units.", {}),
    # -------------------------------------------------------------- spelling
    ("sp-greatfull", {"spelling"}, "I am truly greatfull for the chance.", {}),
    ("sp-oportunity", {"spelling"}, "It is an exciting oportunity.", {}),
    ("sp-recieved", {"spelling"}, "I recieved the floor plans you sent.", {}),
    ("sp-informitive", {"spelling"}, "The walkthrough was very informitive.", {}),
    ("sp-adition", {"spelling"}, "I would be a strong adition to the team.", {}),
    ("sp-definitly", {"spelling"}, "Your advice was definitly useful.", {}),
    ("sp-converstion", {"spelling"}, "I keep thinking about our converstion.", {}),
    ("sp-commited", {"spelling"}, "I am commited to great service.", {}),
    ("sp-managment", {"spelling"}, "The managment style appeals to me.", {}),
    ("sp-plesure", {"spelling"}, "It was a plesure meeting you.", {}),
    ("sp-excitted", {"spelling"}, "I am very excitted about the role.", {}),
    ("sp-responsability", {"spelling"}, "I would welcome the responsability.", {}),
    ("sp-sucessful", {"spelling"}, "I ran a sucessful leasing drive last year.", {}),
    ("sp-knowlege", {"spelling"}, "My knowlege of fair housing law would help.", {}),
    ("sp-enviroment", {"spelling"}, "The team enviroment felt welcoming.", {}),
    # ---------------------------------------------------------- placeholder
    ("ph-double-brace", {"placeholder"}, "I would love to bring that energy to {{company}}.", {}),
    ("ph-angle", {"placeholder"}, "The <Position> role fits my plans.", {}),
    ("ph-xxx", {"placeholder"}, "I could start on XXX.", {}),
    ("ph-blank", {"placeholder"}, "Our chat about ____ stayed with me.", {}),
    ("ph-insert", {"placeholder"}, "I especially liked [insert detail].", {}),
    ("ph-company", {"placeholder"}, "I am excited about the future of [Company].", {}),
    # -------------------------------------------------------- wrong-company
    ("wc-other", {"wrong-company"}, "I would be proud to represent Crestview Properties.", {}),
    (
        "wc-other-poss",
        {"wrong-company"},
        "Oakline Homes' approach to tenants is what drew me in.",
        {},
    ),
    # ------------------------------------------------------------ must-pass
    ("ok-urgent", set(), "I saw how urgent the backlog is, and I can help clear it.", {}),
    ("ok-single-bang", set(), "I would love to help!", {}),
    (
        "ok-acronyms",
        set(),
        "I know Yardi, the FHA rules and our CRM, and I hold an MBA and an LLC licence.",
        {},
    ),
    (
        "ok-british",
        set(),
        "I organised our viewing programme, and the colour-coded centre map was my favourite.",
        {},
    ),
    (
        "ok-a-an",
        set(),
        "I hold a one-year certificate from a university, and it was an honest, hour-long chat.",
        {},
    ),
    ("ok-a-url", set(), "I can send a URL to my portfolio or an FAQ I wrote.", {}),
    ("ok-nervous-fine", set(), "I was nervous at first, but the conversation put me at ease.", {}),
    (
        "ok-sorry-hear",
        set(),
        "I was sorry to hear about the water damage at the Elm Street building.",
        {},
    ),
    ("ok-immediately", set(), "I am available to start immediately.", {}),
    ("ok-notice", set(), "I need to give my current employer two weeks' notice.", {}),
    ("ok-anything-else", set(), "Please let me know if you need anything else from me.", {}),
    ("ok-look-forward", set(), "I look forward to hearing from you.", {}),
    ("ok-own-promise", set(), "I will send my references by Friday, as you asked.", {}),
    (
        "ok-their-deadline",
        set(),
        "Your March 1 deadline for the new portal is ambitious, and I would like to help meet it.",
        {},
    ),
    ("ok-other-interview", set(), "This role is my first choice.", {}),
    ("ok-really-want", set(), "I really want to help your team grow.", {}),
    ("ok-its", set(), "It's clear the firm cares about its tenants.", {}),
    (
        "ok-their-there",
        set(),
        "There is a lot I can bring, and their approach to tenants impressed me.",
        {},
    ),
    ("ok-youre", set(), "You're building something special, and your agents clearly enjoy it.", {}),
    ("ok-could-of-course", set(), "I could of course share the case study.", {}),
    ("ok-ok", set(), "I am OK with weekend shifts.", {}),
    ("ok-i-e", set(), "I prefer mornings, i.e. before ten.", {}),
    ("ok-numbers", set(), "I closed 40 leases in Q3 and 55 in Q4 at a 98% renewal rate.", {}),
    ("ok-hope-well", set(), "I hope the rest of your week goes well.", {}),
    ("ok-doubled-that", set(), "I think that that plan is sound.", {}),
    ("ok-apologize-delay", set(), "I am glad we found a time that suited everyone.", {}),
    ("ok-decision-time", set(), "I understand these decisions take time.", {}),
    ("ok-excited", set(), "I'm excited about what comes next!", {}),
    (
        "ok-jargon",
        set(),
        "Your move-in checklist, rent roll and CAM reconciliations are close to what I ran.",
        {},
    ),
    ("ok-accents", set(), "I also enjoyed the café downstairs and the résumé tips.", {}),
    ("ok-thanks-inc", set(), "I once leased offices to Thanks Inc. and Asap Logistics.", {}),
    ("ok-happy-to-reply", set(), "I am happy to reply by phone or email, whichever suits you.", {}),
    ("ok-ps-deadline", set(), "I know the team hopes to decide by Friday.", {}),
    ("ok-hard-question", set(), "The budgeting question was a good challenge.", {}),
    ("ok-grateful", set(), "I am grateful for the chance to learn about the role.", {}),
]

_BACKLOG = "I enjoyed hearing how your team is clearing the tenant screening backlog."

# (id, expected categories, subject, body, context changes)
NOTES: list[tuple[str, set[str], str, str, dict[str, Any]]] = [
    # ------------------------------------------------------------- greeting
    ("gr-none", {"greeting"}, "Thank you", THANKS + DETAIL + SIGN, {}),
    ("gr-hello", {"greeting"}, "Thank you", "Hello,\n\n" + THANKS + DETAIL + SIGN, {}),
    (
        "gr-hiring-team",
        {"greeting"},
        "Thank you",
        "To the hiring team,\n\n" + THANKS + DETAIL + SIGN,
        {},
    ),
    (
        "gr-sir-madam",
        {"greeting"},
        "Thank you",
        "Dear Sir or Madam,\n\n" + THANKS + DETAIL + SIGN,
        {},
    ),
    (
        "gr-hiring-manager",
        {"greeting"},
        "Thank you",
        "Dear Hiring Manager,\n\n" + THANKS + DETAIL + SIGN,
        {},
    ),
    (
        "gr-good-afternoon",
        {"greeting"},
        "Thank you",
        "Good afternoon,\n\n" + THANKS + DETAIL + SIGN,
        {},
    ),
    ("gr-hi-there", {"greeting"}, "Thank you", "Hi there,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-recruiter", {"greeting"}, "Thank you", "Dear Recruiter,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-greetings", {"greeting"}, "Thank you", "Greetings,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-hi-all", {"greeting"}, "Thank you", "Hi all,\n\n" + THANKS + DETAIL + SIGN, {}),
    (
        "gr-slot",
        {"greeting", "placeholder"},
        "Thank you",
        "Dear [Interviewer Name],\n\n" + THANKS + DETAIL + SIGN,
        {},
    ),
    # ------------------------------------------------------------ wrong-name
    ("wn-first-typo", {"wrong-name"}, "Thank you", "Dear Elana,\n\n" + THANKS + DETAIL + SIGN, {}),
    (
        "wn-surname-title",
        {"wrong-name"},
        "Thank you",
        "Dear Ms. Castellano,\n\n" + THANKS + DETAIL + SIGN,
        {},
    ),
    (
        "wn-other-person",
        {"wrong-name"},
        "Thank you",
        "Dear Marcus,\n\n" + THANKS + DETAIL + SIGN,
        {},
    ),
    ("wn-ellen", {"wrong-name"}, "Thank you", "Hi Ellen,\n\n" + THANKS + DETAIL + SIGN, {}),
    (
        "wn-whittaker",
        {"wrong-name"},
        "Thank you",
        "Dear Mr. Whittaker,\n\n" + THANKS + DETAIL + SIGN,
        {"recipient_name": "John Whitaker"},
    ),
    (
        "wn-jon",
        {"wrong-name"},
        "Thank you",
        "Dear Jon,\n\n" + THANKS + DETAIL + SIGN,
        {"recipient_name": "John Whitaker"},
    ),
    (
        "wn-in-body",
        {"wrong-name"},
        "Thank you",
        HELLO
        + THANKS
        + "I enjoyed hearing, Ms. Castellanes, how your team is clearing the tenant screening "
        "backlog." + SIGN,
        {},
    ),
    # --------------------------------------------------------------- closing
    ("cl-none", {"closing"}, "Thank you", HELLO + THANKS + DETAIL, {}),
    ("cl-no-name", {"closing"}, "Thank you", HELLO + THANKS + DETAIL + "\n\nBest regards,", {}),
    (
        "cl-trailing-thanks",
        {"closing"},
        "Thank you",
        HELLO + THANKS + DETAIL + "\n\nThanks again!",
        {},
    ),
    (
        "cl-slot",
        {"closing", "placeholder"},
        "Thank you",
        HELLO + THANKS + DETAIL + "\n\nSincerely,\n[Your Name]",
        {},
    ),
    (
        "cl-brace-slot",
        {"closing", "placeholder"},
        "Thank you",
        HELLO + THANKS + DETAIL + "\n\nBest,\n{candidate_name}",
        {},
    ),
    ("cl-other-name", {"closing"}, "Thank you", HELLO + THANKS + DETAIL + "\n\nBest,\nPriya", {}),
    # ------------------------------------------------------------- no-thanks
    (
        "nt-none",
        {"no-thanks"},
        "Following up",
        HELLO
        + "It was good to meet you yesterday. "
        + DETAIL
        + " I look forward to the next steps."
        + SIGN,
        {},
    ),
    (
        "nt-pleasure",
        {"no-thanks"},
        "Great to meet you",
        HELLO + "It was a pleasure to talk about the tenant screening backlog with you." + SIGN,
        {},
    ),
    (
        "nt-status",
        {"no-thanks"},
        "Checking in",
        HELLO
        + "I am writing to ask whether there is any news on the Leasing Consultant role."
        + SIGN,
        {"kind": "status_inquiry", "send_at": INTERVIEW + timedelta(days=10)},
    ),
    # --------------------------------------------------------------- generic
    (
        "ge-plain",
        {"generic"},
        "Thank you",
        HELLO + "Thank you for the interview. I enjoyed learning about the position, and I believe "
        "my "
        "skills are a great match." + SIGN,
        {},
    ),
    (
        "ge-company",
        {"generic"},
        "Thank you",
        HELLO + "Thank you for your time yesterday. It was great to learn more about Harbor & "
        "Pine "
        "Realty and the "
        "Leasing Consultant role. I look forward to the next steps." + SIGN,
        {},
    ),
    (
        "ge-mission",
        {"generic"},
        "Thank you",
        HELLO
        + "Thank you for the interview. Your company's mission and values really resonate with "
        "me, "
        "and I am "
        "confident I would thrive in this environment." + SIGN,
        {},
    ),
    # ------------------------------------------------------------- too-long
    (
        "tl-email",
        {"too-long"},
        "Thank you",
        HELLO
        + THANKS
        + DETAIL
        + " "
        + " ".join(["I have led leasing teams through busy seasons before."] * 28)
        + SIGN,
        {},
    ),
    (
        "tl-card",
        {"too-long"},
        "",
        HELLO
        + THANKS
        + DETAIL
        + " "
        + " ".join(["The open houses sound like a lot of fun."] * 18)
        + SIGN,
        {"medium": "handwritten"},
    ),
    (
        "ok-linkedin-240",
        set(),
        "",
        HELLO
        + THANKS
        + DETAIL
        + " "
        + " ".join(["I have led leasing teams through busy seasons."] * 25)
        + SIGN,
        {"medium": "linkedin"},
    ),
    # --------------------------------------------------------------- subject
    ("su-empty", {"subject"}, "", CLEAN, {}),
    ("su-blank", {"subject"}, "   ", CLEAN, {}),
    ("ok-linkedin-nosubject", set(), "", CLEAN, {"medium": "linkedin"}),
    # ---------------------------------------------------------------- timing
    ("ti-late", {"too-late"}, "Thank you", CLEAN, {"send_at": INTERVIEW + timedelta(hours=52)}),
    ("ok-47h", set(), "Thank you", CLEAN, {"send_at": INTERVIEW + timedelta(hours=47)}),
    (
        "ti-soon-date",
        {"too-soon"},
        "Checking in",
        CLEAN,
        {
            "kind": "status_inquiry",
            "send_at": datetime(2026, 3, 16, 9, tzinfo=EST),
            "decision_expected_by": date(2026, 3, 17),
        },
    ),
    (
        "ti-soon-contact",
        {"too-soon"},
        "Checking in",
        CLEAN,
        {
            "kind": "status_inquiry",
            "send_at": datetime(2026, 3, 16, 9, tzinfo=EST),
            "last_contact_at": datetime(2026, 3, 11, 9, tzinfo=EST),
        },
    ),
    (
        "ok-status-on-time",
        set(),
        "Checking in",
        CLEAN,
        {
            "kind": "status_inquiry",
            "send_at": datetime(2026, 3, 20, 9, tzinfo=EST),
            "last_contact_at": datetime(2026, 3, 11, 9, tzinfo=EST),
        },
    ),
    (
        "ti-too-many",
        {"too-many"},
        "Checking in",
        CLEAN,
        {
            "kind": "status_inquiry",
            "send_at": datetime(2026, 3, 30, 9, tzinfo=EST),
            "previous_follow_ups": 2,
        },
    ),
    # ------------------------------------------------------------------ mass
    (
        "ma-copy",
        {"mass"},
        "Thank you",
        HELLO + "Thank you for meeting with me yesterday about the Leasing Consultant role. I "
        "enjoyed "
        "hearing how "
        "the weekend open houses are run and how you follow up with visitors." + SIGN,
        {},
    ),
    # ------------------------------------------------------------- must-pass
    ("ok-hi", set(), "Thank you", "Hi Elena,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("ok-hello", set(), "Thank you", "Hello Elena,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("ok-title", set(), "Thank you", "Dear Ms. Castellanos,\n\n" + THANKS + DETAIL + SIGN, {}),
    (
        "ok-first-name-sign",
        set(),
        "Thank you",
        HELLO + THANKS + DETAIL + "\n\nKind regards,\nRavi",
        {},
    ),
    (
        "ok-many-thanks-sign",
        set(),
        "Checking in",
        HELLO + "I hope you are well. I wanted to ask whether there is any news on the Leasing "
        "Consultant role, "
        "since the date you mentioned has passed.\n\nMany thanks,\nRavi Kumar",
        {
            "kind": "status_inquiry",
            "send_at": datetime(2026, 3, 30, 9, tzinfo=EST),
            "decision_expected_by": date(2026, 3, 24),
        },
    ),
    (
        "ok-cheers-linkedin",
        set(),
        "",
        "Hi Elena,\n\n" + THANKS + DETAIL + "\n\nCheers,\nRavi",
        {"medium": "linkedin"},
    ),
    (
        "ok-rejection",
        set(),
        "Re: Leasing Consultant",
        HELLO + "Thank you for letting me know, and for the time you and the team gave me. I "
        "am "
        "disappointed, "
        "but I enjoyed our conversations and would be glad to be considered for future "
        "openings." + SIGN,
        {"kind": "rejection_reply", "send_at": INTERVIEW + timedelta(days=12)},
    ),
    (
        "ok-feedback",
        set(),
        "Feedback request",
        HELLO
        + "Thank you for your note. If you have a few minutes, I would appreciate any feedback "
        "on "
        "how I could "
        "strengthen my application, particularly the pricing exercise." + SIGN,
        {"kind": "feedback_request", "send_at": INTERVIEW + timedelta(days=12)},
    ),
    (
        "ok-nurse",
        set(),
        "Thank you",
        "Dear Nurse Okonkwo,\n\nThank you for showing me around the NICU on Tuesday. Hearing "
        "how "
        "your team "
        "handles the night-shift handover with the new EHR checklist was the highlight of my "
        "day; "
        "I used a "
        "similar SBAR format at St. Luke's.\n\nWarm regards,\nAisling Byrne",
        {
            "recipient_name": "Chiamaka Okonkwo",
            "candidate_name": "Aisling Byrne",
            "company": "Mercy General",
            "position": "Staff Nurse",
            "topics": ["night-shift handover", "EHR checklist"],
            "sibling_messages": [],
        },
    ),
    (
        "ok-chef",
        set(),
        "Thank you",
        "Dear Chef Marchetti,\n\nThank you for the trial shift on Saturday. Working the "
        "sous-vide "
        "station beside "
        "your team taught me a great deal, and your mise en place routine is one I will "
        "keep.\n\nWith thanks,\nTomás Ruiz",
        {
            "recipient_name": "Giulia Marchetti",
            "candidate_name": "Tomás Ruiz",
            "company": "Osteria Nove",
            "position": "Line Cook",
            "topics": ["the sous-vide station", "mise en place"],
            "sibling_messages": [],
        },
    ),
    (
        "ok-teacher",
        set(),
        "Thank you",
        "Dear Mr. Adeyemi,\n\nThank you for letting me teach the Year 9 lesson on Thursday. "
        "Your "
        "advice about "
        "pacing the practical work was spot on, and the pupils' questions about circuits were "
        "a "
        "joy.\n\n"
        "Kind regards,\nFreya Lindqvist",
        {
            "recipient_name": "Tunde Adeyemi",
            "candidate_name": "Freya Lindqvist",
            "company": "Hillcrest Academy",
            "position": "Physics Teacher",
            "topics": ["pacing practical work", "circuits"],
            "sibling_messages": [],
        },
    ),
    (
        "ok-finance",
        set(),
        "Thank you",
        "Dear Dr. Whitaker,\n\nThank you for the conversation about the Q3 close. Your plan to "
        "automate the GAAP "
        "reconciliations with Power BI is ambitious, and I would be glad to help build "
        "it.\n\nSincerely,\nMaria Gonzalez",
        {
            "recipient_name": "John Whitaker",
            "candidate_name": "Maria Gonzalez",
            "company": "Northfield Capital",
            "position": "Senior Accountant",
            "topics": ["the Q3 close", "GAAP reconciliations"],
            "sibling_messages": [],
        },
    ),
    (
        "ok-thanks-inc",
        set(),
        "Thank you",
        "Dear John,\n\nThank you for the interview at Thanks Inc. on Monday. Your point about "
        "shortening the "
        "invoice approval loop stuck with me.\n\nBest,\nMaria Gonzalez",
        {
            "recipient_name": "John Whitaker",
            "candidate_name": "Maria Gonzalez",
            "company": "Thanks Inc.",
            "position": "Accounts Payable Lead",
            "topics": ["the invoice approval loop"],
            "sibling_messages": [],
        },
    ),
    (
        "ok-asap-logistics",
        set(),
        "Checking in",
        "Hello John,\n\nI hope your week is going well. I wanted to check in on the Dispatcher "
        "role at Asap "
        "Logistics, since the date you mentioned has now passed. I remain keen on the "
        "route-planning work.\n\n"
        "Thank you for your time,\nMaria Gonzalez",
        {
            "kind": "status_inquiry",
            "recipient_name": "John Whitaker",
            "candidate_name": "Maria Gonzalez",
            "company": "Asap Logistics",
            "position": "Dispatcher",
            "topics": ["route planning"],
            "send_at": datetime(2026, 3, 30, 9, tzinfo=EST),
            "decision_expected_by": date(2026, 3, 24),
            "sibling_messages": [],
        },
    ),
    (
        "ok-accented-name",
        set(),
        "Thank you",
        "Dear Zoë,\n\nThank you for walking me through the résumé screening on Friday. Your "
        "idea "
        "of scoring "
        "portfolios blind was clever.\n\nBest wishes,\nJosé Núñez",
        {
            "recipient_name": "Zoë Laurent",
            "candidate_name": "José Núñez",
            "company": "Atelier Bleu",
            "position": "Design Recruiter",
            "topics": ["résumé screening", "blind portfolio scoring"],
            "sibling_messages": [],
        },
    ),
]


def _failure(found: list[Any], subject: str, body: str) -> list[tuple[str, str]]:
    return [(f.rule, (subject if f.field == "subject" else body)[f.start : f.end]) for f in found]


@pytest.mark.parametrize(
    ("name", "expected", "sentence", "changes"), SENTENCES, ids=[s[0] for s in SENTENCES]
)
def test_sentence(name: str, expected: set[str], sentence: str, changes: dict[str, Any]) -> None:
    body = _with(sentence)
    found = check("Thank you", body, _context(**changes))
    assert set(categories(found)) == expected, _failure(found, "Thank you", body)


@pytest.mark.parametrize(
    ("name", "expected", "subject", "body", "changes"), NOTES, ids=[n[0] for n in NOTES]
)
def test_note(
    name: str, expected: set[str], subject: str, body: str, changes: dict[str, Any]
) -> None:
    found = check(subject, body, _context(**changes))
    assert set(categories(found)) == expected, _failure(found, subject, body)


# A second round, written after the first round's fixes and run before any
# further change: it checks that the fixes generalise and raise no false alarms.
MORE: list[tuple[str, set[str]]] = [
    ("Please let me know if you need anything else from me today.", set()),
    ("Please feel free to reply whenever is convenient.", set()),
    ("If I don't hear back, I'll follow up next week.", set()),
    ("I need to know more about the onboarding process, so I read your handbook.", set()),
    ("I would like a chance to show you my portfolio.", set()),
    ("I'd like your thoughts on the case study when you have time.", set()),
    ("I'm sorry for the late reply; I was travelling.", set()),
    ("Apologies for the short notice about my schedule change.", set()),
    ("Sorry about the poor audio on my end during the call.", set()),
    ("Sorry for the mistake in my earlier email; the correct date is the 14th.", set()),
    ("Excuse my delay in replying.", set()),
    ("My family and I are excited about moving to Denver.", set()),
    ("The volunteers I coordinated work for free on weekends.", set()),
    ("Forgive my curiosity, but how does the team split weekend duty?", set()),
    ("I know your hiring process is thorough.", set()),
    ("I hope your weekend is going well.", set()),
    ("I'm glad your team is growing.", set()),
    ("I'm excited about their going public next year.", set()),
    ("They're planning a launch in May, which sounds exciting.", set()),
    ("They're hiring across several teams.", set()),
    ("I am happy to answer any questions by phone or email.", set()),
    ("I know the team hopes to decide by the end of the month.", set()),
    ("Thank you for getting back to me so quickly.", set()),
    ("I heard back from the recruiter yesterday about the schedule.", set()),
    ("You mentioned you would decide within two weeks.", set()),
    ("The portal must ship within three weeks, which excites me.", set()),
    ("I can send the sample lease within two days.", set()),
    ("I look forward to hearing your decision in the coming weeks.", set()),
    ("I would be grateful for an update when one is available.", set()),
    ("I really need the work-life balance this role offers.", set()),
    ("I just need a week to give notice at my current job.", set()),
    ("It was a pleasure talking to you, and you're very kind to share the report.", set()),
    ("The office is close to where they're building the new tower.", set()),
    ("Please let me know this week if you would like references.", set()),
    ("I apologise for any confusion about my availability.", set()),
    ("The chill chain for the cafe is handled by a vendor.", set()),
    ("I was a little nervous, but I enjoyed every minute.", set()),
    ("If I get the chance, I will visit the Elm Street site again.", set()),
    ("I promised my current manager two weeks of handover.", set()),
    ("I would love to hear more about the portal when the time is right.", set()),
    ("I trust you had a good weekend.", set()),
    ("Your comment about the waiting list stayed with me; I have managed one before.", set()),
    ("At my last job I replied to every inquiry within 24 hours.", set()),
    ("I am still waiting for my transcript from the university, which I will forward.", set()),
    ("I expect the screening backlog will shrink once the new portal launches.", set()),
    ("The ultimatum clause in their lease was interesting.", set()),
    ("If I can help in any way, I will.", set()),
    ("Many of my clients were first-time renters, and I loved helping them.", set()),
    ("I have followed your firm's growth for years.", set()),
    ("My poor old laptop crashed during the demo, but the slides survived.", set()),
    ("I expect an answer before the end of next week.", {"pushy"}),
    ("Kindly revert at the earliest; I am holding another offer.", {"pushy"}),
    ("I will need to hear back within 48 hours.", {"pushy"}),
    ("You still haven't told me anything, which is disappointing.", {"pushy"}),
    ("Please respond immediately.", {"pushy"}),
    ("I must have your decision by Monday.", {"pushy"}),
    ("Unless I hear back by Tuesday, I will accept the Oakline Homes offer.", {"pushy"}),
    ("I'd appreciate a reply this time.", {"pushy"}),
    ("Sorry to keep emailing you.", {"desperate"}),
    ("I know I messed up the role-play.", {"desperate"}),
    ("I'm not the most qualified, but I'll work harder than anyone.", {"desperate"}),
    ("This position is my last hope.", {"desperate"}),
    ("I'll take any salary you offer.", {"desperate"}),
    ("Please, please consider me.", {"desperate"}),
    ("I'm begging for just one more shot.", {"desperate"}),
    ("I have been unemployed for eight months and really need this.", {"desperate"}),
    ("I am so sorry I could not answer the question about deposits.", {"desperate"}),
    ("I was awful in the second half, I know.", {"desperate"}),
    ("Gonna send you my references tmrw.", {"informal"}),
    ("Had a blast meeting everyone.", {"informal"}),
    ("Cool cool, talk soon.", {"informal"}),
    ("Thanks a bunch for the coffee.", {"informal"}),
    ("It was AWESOME to see the rooftop garden.", {"informal"}),
    ("haha the elevator story was great.", {"informal"}),
    ("I think it's team is great.", {"grammar"}),
    ("I admire the firm and its' tenants.", {"grammar"}),
    ("Thank you for you're help with parking.", {"grammar"}),
    ("I am proud of it's record on fair housing.", {"grammar"}),
    ("Their was a great energy in the office.", {"grammar"}),
    ("I could of asked about parking.", {"grammar"}),
    ("It was an good discussion.", {"grammar"}),
    ("I have a MBA in real estate finance.", {"grammar"}),
    ("I am a honest person.", {"grammar"}),
    ("I think i would thrive.", {"grammar"}),
    ("The the tour was lovely.", {"grammar"}),
    ("I am greatful for the tour.", {"spelling"}),
    ("I apreciate your candor.", {"spelling"}),
    ("Your team seemd welcoming.", {"spelling"}),
    ("I look forword to hearing from you.", {"spelling"}),
    ("I have strong atention to detail.", {"spelling"}),
    ("The neighbourhood tour was my favorite part.", set()),
    # round three: capitals, acronyms, articles
    ("It was SUCH a pleasure.", {"informal"}),
    ("I CAN'T WAIT to start.", {"informal"}),
    ("I am TRULY grateful.", {"informal"}),
    ("I DEFINITELY want this role.", {"informal"}),
    ("That was the BEST interview ever.", {"informal"}),
    ("THANK YOU for the tour.", {"informal"}),
    ("I'm so excited :P", {"informal"}),
    ("Loved it ♥", {"informal"}),
    ("Great meeting u today.", {"informal"}),
    ("Thx again.", {"informal"}),
    ("Ya know, the backlog is fixable.", {"informal"}),
    ("Hope to hear back soon ;-)", {"informal"}),
    ("That's amazing!!!!", {"informal"}),
    ("I use SQL, AWS and GCP daily.", set()),
    ("Our NPS rose 12 points.", set()),
    ("I passed the CFA Level II exam.", set()),
    ("The HVAC, OSHA and EPA rules are familiar.", set()),
    ("I worked at IBM and at KPMG.", set()),
    ("I led the ESG REPORT project.", set()),
    ("I'm available Monday-Friday, 9-5.", set()),
    ("My GPA was 3.9.", set()),
    ("I ran the U.K. and E.U. launches.", set()),
    ("I am an honors graduate.", set()),
    ("It was a one-of-a-kind afternoon.", set()),
    ("I have an MS in CS.", set()),
    ("I led an NHS pilot.", set()),
    ("We built a UX kit.", set()),
    ("I spent an hour on it.", set()),
    ("It was a useful hour.", set()),
    ("I could've asked more.", set()),
    ("I'd have asked more.", set()),
    ("The team's work is its own reward.", set()),
    ("An FBI background check is fine with me.", set()),
    ("I hold a B.S. in biology.", set()),
    ("I would love to hear your thoughts whenever suits.", set()),
    ("Sounds good!", set()),
    ("I enjoyed it very, very much.", set()),
    ("Please excuse the long email.", set()),
    ("Forgive the length of this note.", set()),
    ("a honor to meet you.", {"grammar"}),
    ("I appreciate you're time.", {"grammar"}),
    ("I hope its okay to send this.", {"grammar"}),
    ("There team is great.", {"grammar"}),
    ("Thier team is great.", {"spelling"}),
    ("You guys were great.", {"informal"}),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE, ids=[s for s, _ in MORE])
def test_more(sentence: str, expected: set[str]) -> None:
    body = _with(sentence)
    found = check("Thank you", body, _context())
    assert set(categories(found)) == expected, _failure(found, "Thank you", body)


# Round four: whole notes to another reader (the probing brief's names), then clean notes of other
# kinds and shapes, all of which a reviewer would send as they are.
W_IV = datetime(2026, 4, 6, 13, tzinfo=EST)
W_B = (
    "Thank you for our conversation on Monday. "
    "I keep thinking about the churn forecasting work for the retail accounts."
)
W_S = "\n\nBest regards,\nMaria Gonzalez"


def _whitaker(**changes: Any) -> CheckContext:
    fields: dict[str, Any] = dict(
        kind="thank_you",
        medium="email",
        recipient_name="John Whitaker",
        recipient_title="VP of Analytics",
        candidate_name="Maria Gonzalez",
        company="Lakeshore Analytics",
        position="Data Analyst",
        interview_at=W_IV,
        send_at=W_IV + timedelta(hours=18),
        topics=["churn forecasting for the retail accounts", "the Looker migration"],
        other_companies=["Brightpath Insights"],
        sibling_messages=[],
    )
    fields.update(changes)
    return CheckContext(**fields)


WHITAKER: list[tuple[str, set[str], dict[str, Any]]] = [
    (
        "Dear John,\n\n"
        + W_B
        + " Please get back to me at your earliest convenience, I need to know this week."
        + W_S,
        {"pushy"},
        {},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " I am sorry for rambling during the interview; I was a nervous wreck."
        + W_S,
        {"desperate"},
        {},
    ),
    ("Dear John,\n\n" + W_B + " I am truly greatfull for the oportunity." + W_S, {"spelling"}, {}),
    ("Dear John,\n\n" + W_B + "\n\nCheers,\nMaria", set(), {}),
    ("Dear Mr. Whittaker,\n\n" + W_B + W_S, {"wrong-name"}, {}),
    ("Dear Mr. Whitaker,\n\n" + W_B + W_S, set(), {}),
    ("Dear Dr. Whitaker,\n\n" + W_B + W_S, set(), {}),
    ("Dear Jonathan,\n\n" + W_B + W_S, {"wrong-name"}, {}),
    ("Hi John!\n\n" + W_B + W_S, set(), {}),
    ("Good morning John,\n\n" + W_B + W_S, set(), {}),
    ("John -\n\n" + W_B + W_S, set(), {}),
    ("Dear John Whitaker,\n\n" + W_B + W_S, set(), {}),
    ("Dear Hiring Committee,\n\n" + W_B + W_S, {"greeting"}, {}),
    ("Dear Lakeshore Analytics Team,\n\n" + W_B + W_S, {"greeting"}, {}),
    ("Hey John,\n\n" + W_B + W_S, {"informal"}, {}),
    ("Hey,\n\n" + W_B + W_S, {"informal", "greeting"}, {}),
    ("Dear John,\n\n" + W_B + "\n\nMaria", set(), {}),
    ("Dear John,\n\n" + W_B + "\n\nSincerely,\nM.G.", {"closing"}, {}),
    (
        "Dear John,\n\n" + W_B + "\n\nWith gratitude,\nMaria Gonzalez\nData Analyst "
        "candidate\nmaria.gonzalez@example.com",
        set(),
        {},
    ),
    ("Dear John,\n\n" + W_B + "\n\nRegards,\n[Name]", {"closing", "placeholder"}, {}),
    ("Dear John,\n\n" + W_B + " I hope to join [COMPANY] soon." + W_S, {"placeholder"}, {}),
    ("Dear John,\n\n" + W_B + " I hope to join COMPANY NAME soon." + W_S, {"placeholder"}, {}),
    ("Dear John,\n\n" + W_B + " Our call on __/__ was great." + W_S, {"placeholder"}, {}),
    (
        "Dear John,\n\n" + W_B + " I would love to help with (insert project)." + W_S,
        {"placeholder"},
        {},
    ),
    (
        "Dear John,\n\nIt was a pleasure to meet you. I keep thinking about the churn "
        "forecasting "
        "work for the retail accounts." + W_S,
        {"no-thanks"},
        {},
    ),
    (
        "Dear John,\n\nThanks so much for Monday. I keep thinking about the churn forecasting "
        "work "
        "for the retail accounts." + W_S,
        set(),
        {},
    ),
    (
        "Dear John,\n\nI really appreciated Monday's chat. The Looker migration plan is bold."
        + W_S,
        set(),
        {},
    ),
    (
        "Dear John,\n\nThank you for taking the time to meet with me. I enjoyed learning more "
        "about the role and the team, and I am excited about the opportunity to contribute." + W_S,
        {"generic"},
        {},
    ),
    (
        "Dear John,\n\nThank you for the interview. Brightpath Insights would be a great place "
        "to "
        "grow." + W_S,
        {"wrong-company", "generic"},
        {},
    ),
    (
        "Dear John,\n\nThank you for the interview. I was impressed by how your team at "
        "Brightpath "
        "Insights approaches churn forecasting." + W_S,
        {"wrong-company"},
        {},
    ),
    (
        "Dear John,\n\nThank you for the interview. I mentioned I had applied to Brightpath "
        "Insights, but Lakeshore is my first choice given the churn forecasting work." + W_S,
        set(),
        {},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " I also appreciated your honesty about the Looker migration's rough edges: it's a "
        "project I'd love to own." + W_S,
        set(),
        {},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " The churn model you sketched - survival curves per cohort - is close to what I "
        "built "
        "at Target, where a 2% lift meant $4M a year." + W_S,
        set(),
        {},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " I've attached the SQL notebook I mentioned; it uses dbt and BigQuery, and it's "
        "only 40 "
        "lines." + W_S,
        set(),
        {},
    ),
    ("Dear John,\n\n" + W_B + " P.S. Congratulations on the Series B!" + W_S, set(), {}),
    ("Dear John,\n\n" + W_B + " Its a problem I'd love to solve." + W_S, {"grammar"}, {}),
    (
        "Dear John,\n\n"
        + W_B
        + " Your going to see great results from the Looker migration."
        + W_S,
        {"grammar"},
        {},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " I am reaching out again, since I did not get a reply to my last two emails."
        + W_S,
        {"pushy"},
        {"kind": "status_inquiry", "send_at": W_IV + timedelta(days=20), "previous_follow_ups": 1},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " I wanted to follow up on the timeline you shared; is there any update you can "
        "share?" + W_S,
        set(),
        {"kind": "status_inquiry", "send_at": W_IV + timedelta(days=20)},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " I'm following up once more because I haven't heard anything in two weeks, which is "
        "frustrating." + W_S,
        {"pushy"},
        {"kind": "status_inquiry", "send_at": W_IV + timedelta(days=20)},
    ),
    (
        "Dear John,\n\n" + W_B + " I must say I'm disappointed by the silence." + W_S,
        {"pushy"},
        {"kind": "status_inquiry", "send_at": W_IV + timedelta(days=20)},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " Honestly, I don't think I did well, and I'd understand if you pass on me."
        + W_S,
        {"desperate"},
        {},
    ),
    (
        "Dear John,\n\n"
        + W_B
        + " I'm not sure I'm good enough for this team, but I'd be honored."
        + W_S,
        {"desperate"},
        {},
    ),
    (
        "Dear John,\n\n" + W_B + " I hope I didn't come across as too nervous." + W_S,
        {"desperate"},
        {},
    ),
    ("Dear John,\n\n" + W_B + " Thanks for the tips!!" + W_S, {"informal"}, {}),
    ("Dear John,\n\n" + W_B + " Super excited!" + W_S, {"informal"}, {}),
    (
        "Dear John,\n\n"
        + W_B
        + " I'd be thrilled to join — seriously, this is my dream job!"
        + W_S,
        set(),
        {},
    ),
]


@pytest.mark.parametrize(
    ("body", "expected", "changes"), WHITAKER, ids=[f"w{i}" for i in range(len(WHITAKER))]
)
def test_whitaker(body: str, expected: set[str], changes: dict[str, Any]) -> None:
    found = check("Thank you for Monday", body, _whitaker(**changes))
    assert set(categories(found)) == expected, _failure(found, "Thank you for Monday", body)


C_IV = datetime(2026, 5, 12, 11, tzinfo=EST)


def _northwind(**changes: Any) -> CheckContext:
    fields: dict[str, Any] = dict(
        kind="thank_you",
        medium="email",
        recipient_name="Priyanka Deshpande",
        recipient_title="Engineering Manager",
        candidate_name="Liam O'Connor",
        company="Northwind Health",
        position="Backend Engineer",
        interview_at=C_IV,
        send_at=C_IV + timedelta(hours=6),
        topics=["HL7 message parsing", "the on-call handbook", "migrating from Java 8 to 17"],
        other_companies=["Contoso Care"],
        sibling_messages=[],
    )
    fields.update(changes)
    return CheckContext(**fields)


SIGN_LIAM = "\n\nBest regards,\nLiam O'Connor"
CLEAN_NOTES: list[tuple[str, dict[str, Any]]] = [
    (
        "Dear Priyanka,\n\nThank you for taking the time to walk me through Northwind's "
        "integration stack today. Your description of the HL7 message parsing layer, and the "
        "edge "
        "cases with malformed ADT messages, was fascinating; I ran into similar problems at my "
        "last job and would love to compare notes.\n\nI also appreciated hearing how the team "
        "keeps the on-call handbook up to date. It's clear you care about sustainable "
        "on-call.\n\nI look forward to hearing about next steps." + SIGN_LIAM,
        {},
    ),
    (
        "Hi Priyanka,\n\nThanks again for today's conversation! I've been thinking about the "
        "Java "
        "8 to 17 migration you mentioned; I led a similar upgrade for a 400k-line codebase and "
        "the biggest win was running both JVMs in CI for a month.\n\nHappy to share more if it "
        "helps." + "\n\nAll the best,\nLiam",
        {},
    ),
    (
        "Dear Ms. Deshpande,\n\nThank you for meeting with me on Tuesday. I enjoyed our "
        "discussion "
        "of HL7 message parsing, particularly your approach to validating segments before they "
        "reach the queue.\n\nPlease don't hesitate to contact me if you need any further "
        "information.\n\nSincerely,\nLiam O'Connor",
        {},
    ),
    (
        "Dear Priyanka,\n\nI hope you're well. I wanted to follow up on the Backend Engineer "
        "position. You mentioned the team hoped to make a decision by the end of May, and I'm "
        "still very enthusiastic about the role, especially the HL7 work.\n\nThank you again "
        "for "
        "your time, and please let me know if there's anything else I can provide." + SIGN_LIAM,
        {
            "kind": "status_inquiry",
            "send_at": datetime(2026, 6, 3, 10, tzinfo=EST),
            "decision_expected_by": date(2026, 5, 31),
        },
    ),
    (
        "Dear Priyanka,\n\nThank you for letting me know, and for the care you took in the "
        "process. While I'm disappointed, I really enjoyed meeting the team and learning about "
        "the on-call handbook. I'd welcome the chance to be considered for future "
        "roles.\n\nWishing you and the team all the best," + "\nLiam O'Connor",
        {"kind": "rejection_reply", "send_at": datetime(2026, 6, 3, 10, tzinfo=EST)},
    ),
    (
        "Dear Priyanka,\n\nThank you for your email and for considering me. If you have a few "
        "minutes, I'd be grateful for any feedback on my interview, particularly the system "
        "design portion. I'm keen to keep improving.\n\nKind regards,\nLiam O'Connor",
        {"kind": "feedback_request", "send_at": datetime(2026, 6, 3, 10, tzinfo=EST)},
    ),
    (
        "Dear Priyanka,\n\nThank you so much for this afternoon. I loved hearing about the HL7 "
        "parser - especially the story of the 3 a.m. page caused by a stray carriage return! "
        "It "
        "made the on-call handbook feel very real.\n\nI'm excited about the possibility of "
        "joining Northwind Health." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for the conversation today. I wanted to add one thing I "
        "didn't get to say: in my current role I wrote our runbook for Java 17 upgrades, which "
        "cut regressions by half.\n\nThanks again," + "\nLiam",
        {},
    ),
    (
        "Priyanka,\n\nThank you for your time today. The HL7 parsing challenges you described "
        "are "
        "exactly the kind of problem I enjoy.\n\nRegards,\nLiam O'Connor",
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for a great conversation. I'm genuinely excited about the "
        "chance to help with the HL7 message parsing work, and I'd be happy to send code "
        "samples.\n\nWarmest regards,\nLiam O'Connor\nSenior Software Engineer\n(555) 201-3344 "
        "| "
        "liam.oconnor@example.com",
        {},
    ),
    (
        'Dear Priyanka,\n\nThank you for today. Your point that "the on-call handbook is a '
        'product" really stuck with me. At Acme we treated ours the same way (versioned, '
        "reviewed, owned), and it halved our mean time to resolve.\n\nBest,\nLiam",
        {},
    ),
    (
        "Dear Priyanka,\n\nMany thanks for meeting me. As we discussed, I'm available to start "
        "in "
        "July, and I can provide references at any time. I especially liked the plan for "
        "migrating from Java 8 to 17 incrementally." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for the interview. I know the HL7 work is urgent for the "
        "team, and I'd be ready to dig in right away." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for the interview this morning. I realised afterwards "
        "that I "
        "gave a vague answer on idempotency, so here's a clearer version: we keyed each HL7 "
        "message by its control ID and stored it before processing." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for the interview. It was great to meet you and Dan, and "
        "I "
        "enjoyed the whiteboard session on HL7 message parsing." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for having me in today. I especially enjoyed the on-call "
        "handbook discussion. I'll admit I was a bit nervous during the coding exercise, but I "
        "enjoyed working through it with you." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for the chat about the on-call handbook. I noticed the "
        "team "
        "uses PagerDuty and Grafana, which I've used for five years.\n\nCheers,\nLiam",
        {"medium": "linkedin"},
    ),
    (
        "Dear Priyanka,\n\nThank you! I'm thrilled to move forward and excited for the onsite "
        "on "
        "the 20th. I enjoyed the HL7 discussion." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for the interview on Friday about HL7 message parsing. "
        "The "
        "team's focus on testing stood out; there's a lot I could contribute there." + SIGN_LIAM,
        {},
    ),
    (
        "Dear Priyanka,\n\nThank you for your time. Regarding the Java 8 to 17 migration, I "
        "mentioned Project Jigsaw; here is the article I referred to: "
        "https://example.com/jigsaw-notes." + SIGN_LIAM,
        {},
    ),
]


@pytest.mark.parametrize(
    ("body", "changes"), CLEAN_NOTES, ids=[f"clean{i}" for i in range(len(CLEAN_NOTES))]
)
def test_clean_note(body: str, changes: dict[str, Any]) -> None:
    found = check("Thank you - Backend Engineer", body, _northwind(**changes))
    assert found == [], _failure(found, "Thank you - Backend Engineer", body)


# Round five: polite sentences from the later kinds of note, which must raise nothing.
LATER: list[tuple[str, str]] = [
    ("I wanted to check in, as it has been two weeks since our interview.", "status_inquiry"),
    ("I remain very interested and would appreciate any update you can share.", "status_inquiry"),
    (
        "I understand these things take time; I just wanted to reiterate my interest.",
        "status_inquiry",
    ),
    (
        "Is there any news on the timeline? I'd be glad to provide anything else you need.",
        "status_inquiry",
    ),
    ("I know hiring decisions take time, and I don't want to rush you.", "status_inquiry"),
    (
        "I have received another offer, but this role remains my first choice; could you share "
        "where things stand?",
        "status_inquiry",
    ),
    (
        "I was disappointed not to be selected, but I'm grateful for the experience.",
        "rejection_reply",
    ),
    ("Although I'm disappointed, I understand and respect your decision.", "rejection_reply"),
    (
        "I'd appreciate any feedback on where I could improve, especially the case study.",
        "feedback_request",
    ),
    (
        "I know I struggled with the pricing case, and I would value your thoughts on it.",
        "feedback_request",
    ),
    ("Please keep me in mind for future openings.", "rejection_reply"),
    ("I hope we can stay in touch.", "rejection_reply"),
    (
        "If there is an opportunity to reconnect in the future, I would welcome it.",
        "rejection_reply",
    ),
    ("I would love to know what I could have done better.", "feedback_request"),
    ("Congratulations to the person you selected.", "rejection_reply"),
    ("Could you let me know whether the timeline has changed?", "status_inquiry"),
    ("Since we last spoke, I completed my leasing certification.", "status_inquiry"),
]


@pytest.mark.parametrize(("sentence", "kind"), LATER, ids=[s for s, _ in LATER])
def test_later_kinds(sentence: str, kind: str) -> None:
    body = _with(sentence)
    found = check("Following up", body, _context(kind=kind, send_at=INTERVIEW + timedelta(days=20)))
    assert found == [], _failure(found, "Following up", body)


def test_the_probe_set_is_large_and_covers_every_category() -> None:
    assert (
        len(SENTENCES) + len(NOTES) + len(MORE) + len(WHITAKER) + len(CLEAN_NOTES) + len(LATER)
        >= 120
    )
    expected = {c for _, e, *_ in SENTENCES for c in e} | {c for _, e, *_ in NOTES for c in e}
    assert expected == set(CATEGORIES)


def tally() -> dict[str, list[int]]:
    """Per category: [must-flag probes, caught, must-pass probes, false alarms in them]."""
    rows = {c: [0, 0, 0, 0] for c in CATEGORIES}
    probes = [(e, "Thank you", _with(s), _context(**c)) for _, e, s, c in SENTENCES]
    probes += [(e, "Thank you", _with(s), _context()) for s, e in MORE]
    probes += [(e, subj, b, _context(**c)) for _, e, subj, b, c in NOTES]
    probes += [(e, "Thank you for Monday", b, _whitaker(**c)) for b, e, c in WHITAKER]
    probes += [(set(), "Thank you - Backend Engineer", b, _northwind(**c)) for b, c in CLEAN_NOTES]
    later = timedelta(days=20)
    probes += [
        (set(), "Following up", _with(s), _context(kind=k, send_at=INTERVIEW + later))
        for s, k in LATER
    ]
    for expected, subject, body, ctx in probes:
        got = set(categories(check(subject, body, ctx)))
        for cat in expected:
            rows[cat][0] += 1
            rows[cat][1] += cat in got
        if not expected:
            for cat in CATEGORIES:
                rows[cat][2] += 1
                rows[cat][3] += cat in got
    return rows


if __name__ == "__main__":
    rows = tally()
    print(
        f"{'category':14} {'caught':>8} {'false alarms':>14} (of {rows['mass'][2]} must-pass notes)"
    )
    for cat, (flag, caught, _, alarms) in rows.items():
        print(f"{cat:14} {caught:>3}/{flag:<4} {alarms:>14}")
