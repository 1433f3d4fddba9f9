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
    "Dear Marcus,\n\nThank you for meeting with me yesterday about the Leasing Consultant role. "
    "I enjoyed hearing how the weekend open houses are run and how you follow up with visitors."
    + SIGN
)


def _context(**changes: Any) -> CheckContext:
    fields: dict[str, Any] = dict(
        kind="thank_you", medium="email", recipient_name="Elena Castellanos",
        recipient_title="Leasing Director", candidate_name="Ravi Kumar",
        company="Harbor & Pine Realty", position="Leasing Consultant",
        interview_at=INTERVIEW, send_at=INTERVIEW + timedelta(hours=20),
        topics=["the tenant screening backlog", "weekend open houses"],
        other_companies=["Crestview Properties", "Oakline Homes"],
        sibling_messages=[("Marcus Bell", SIBLING)],
    )  # fmt: skip
    fields.update(changes)
    return CheckContext(**fields)


def _with(sentence: str) -> str:
    """The clean note with one more sentence in its paragraph."""
    return HELLO + THANKS + DETAIL + " " + sentence + SIGN


# (id, expected categories, sentence added to the clean note, context changes)
SENTENCES: list[tuple[str, set[str], str, dict[str, Any]]] = [
    # ---------------------------------------------------------------- pushy
    ("pushy-convenience", {"pushy"}, "Please get back to me at your earliest convenience, I need to know this week.", {}),
    ("pushy-need-to-know-by", {"pushy"}, "I need to know by Thursday whether I am still being considered.", {}),
    ("pushy-like-an-answer", {"pushy"}, "I'd like an answer before the weekend.", {}),
    ("pushy-offers-so", {"pushy"}, "I have two other offers, so I need you to move quickly.", {}),
    ("pushy-mentioned-twice", {"pushy"}, "As I mentioned twice already, I am waiting on your reply.", {}),
    ("pushy-cob", {"pushy"}, "Kindly respond by close of business tomorrow.", {}),
    ("pushy-within-days", {"pushy"}, "I will need your final decision within three days.", {}),
    ("pushy-otherwise", {"pushy"}, "Let me know by the end of the week, otherwise I will take another offer.", {}),
    ("pushy-promptly", {"pushy"}, "I trust you will reply promptly this time.", {}),
    ("pushy-courtesy", {"pushy"}, "I would expect the courtesy of a reply by now.", {}),
    ("pushy-offer-where-stand", {"pushy"}, "Oakline Homes has offered me a role, so please tell me where I stand by Wednesday.", {}),
    ("pushy-three-times", {"pushy"}, "I have followed up three times now without a reply.", {}),
    ("pushy-respond-today", {"pushy"}, "Please prioritize my application and respond today.", {}),
    ("pushy-hear-soon-or", {"pushy"}, "If I do not hear from you soon, I will have to withdraw.", {}),
    # ------------------------------------------------------------- desperate
    ("desp-nervous-wreck", {"desperate"}, "I am sorry for rambling during the interview; I was a nervous wreck.", {}),
    ("desp-do-anything", {"desperate"}, "I'll do anything to get this position.", {}),
    ("desp-really-need-job", {"desperate"}, "Please, I really need a job right now.", {}),
    ("desp-not-strongest", {"desperate"}, "I know I'm not the strongest candidate, but I hope you will consider me.", {}),
    ("desp-poor-answers", {"desperate"}, "I apologize for my poor answers on the pricing questions.", {}),
    ("desp-stumbled", {"desperate"}, "I'm sorry I stumbled over the budgeting question.", {}),
    ("desp-family", {"desperate"}, "My family is counting on me getting this job.", {}),
    ("desp-unpaid", {"desperate"}, "I would happily work unpaid for a month to prove myself.", {}),
    ("desp-weak-answers", {"desperate"}, "Please don't hold my weak answers against me.", {}),
    ("desp-let-down", {"desperate"}, "I feel like I let you down in the interview.", {}),
    ("desp-any-position", {"desperate"}, "Any position at all would be fine with me; I just need something.", {}),
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
    ("wc-other-poss", {"wrong-company"}, "Oakline Homes' approach to tenants is what drew me in.", {}),
    # ------------------------------------------------------------ must-pass
    ("ok-urgent", set(), "I saw how urgent the backlog is, and I can help clear it.", {}),
    ("ok-single-bang", set(), "I would love to help!", {}),
    ("ok-acronyms", set(), "I know Yardi, the FHA rules and our CRM, and I hold an MBA and an LLC licence.", {}),
    ("ok-british", set(), "I organised our viewing programme, and the colour-coded centre map was my favourite.", {}),
    ("ok-a-an", set(), "I hold a one-year certificate from a university, and it was an honest, hour-long chat.", {}),
    ("ok-a-url", set(), "I can send a URL to my portfolio or an FAQ I wrote.", {}),
    ("ok-nervous-fine", set(), "I was nervous at first, but the conversation put me at ease.", {}),
    ("ok-sorry-hear", set(), "I was sorry to hear about the water damage at the Elm Street building.", {}),
    ("ok-immediately", set(), "I am available to start immediately.", {}),
    ("ok-notice", set(), "I need to give my current employer two weeks' notice.", {}),
    ("ok-anything-else", set(), "Please let me know if you need anything else from me.", {}),
    ("ok-look-forward", set(), "I look forward to hearing from you.", {}),
    ("ok-own-promise", set(), "I will send my references by Friday, as you asked.", {}),
    ("ok-their-deadline", set(), "Your March 1 deadline for the new portal is ambitious, and I would like to help meet it.", {}),
    ("ok-other-interview", set(), "This role is my first choice.", {}),
    ("ok-really-want", set(), "I really want to help your team grow.", {}),
    ("ok-its", set(), "It's clear the firm cares about its tenants.", {}),
    ("ok-their-there", set(), "There is a lot I can bring, and their approach to tenants impressed me.", {}),
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
    ("ok-jargon", set(), "Your move-in checklist, rent roll and CAM reconciliations are close to what I ran.", {}),
    ("ok-accents", set(), "I also enjoyed the café downstairs and the résumé tips.", {}),
    ("ok-thanks-inc", set(), "I once leased offices to Thanks Inc. and Asap Logistics.", {}),
    ("ok-happy-to-reply", set(), "I am happy to reply by phone or email, whichever suits you.", {}),
    ("ok-ps-deadline", set(), "I know the team hopes to decide by Friday.", {}),
    ("ok-hard-question", set(), "The budgeting question was a good challenge.", {}),
    ("ok-grateful", set(), "I am grateful for the chance to learn about the role.", {}),
]  # fmt: skip

_BACKLOG = "I enjoyed hearing how your team is clearing the tenant screening backlog."

# (id, expected categories, subject, body, context changes)
NOTES: list[tuple[str, set[str], str, str, dict[str, Any]]] = [
    # ------------------------------------------------------------- greeting
    ("gr-none", {"greeting"}, "Thank you", THANKS + DETAIL + SIGN, {}),
    ("gr-hello", {"greeting"}, "Thank you", "Hello,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-hiring-team", {"greeting"}, "Thank you", "To the hiring team,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-sir-madam", {"greeting"}, "Thank you", "Dear Sir or Madam,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-hiring-manager", {"greeting"}, "Thank you", "Dear Hiring Manager,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-good-afternoon", {"greeting"}, "Thank you", "Good afternoon,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-hi-there", {"greeting"}, "Thank you", "Hi there,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-recruiter", {"greeting"}, "Thank you", "Dear Recruiter,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-greetings", {"greeting"}, "Thank you", "Greetings,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-hi-all", {"greeting"}, "Thank you", "Hi all,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("gr-slot", {"greeting", "placeholder"}, "Thank you", "Dear [Interviewer Name],\n\n" + THANKS + DETAIL + SIGN, {}),
    # ------------------------------------------------------------ wrong-name
    ("wn-first-typo", {"wrong-name"}, "Thank you", "Dear Elana,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("wn-surname-title", {"wrong-name"}, "Thank you", "Dear Ms. Castellano,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("wn-other-person", {"wrong-name"}, "Thank you", "Dear Marcus,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("wn-ellen", {"wrong-name"}, "Thank you", "Hi Ellen,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("wn-whittaker", {"wrong-name"}, "Thank you", "Dear Mr. Whittaker,\n\n" + THANKS + DETAIL + SIGN,
     {"recipient_name": "John Whitaker"}),
    ("wn-jon", {"wrong-name"}, "Thank you", "Dear Jon,\n\n" + THANKS + DETAIL + SIGN, {"recipient_name": "John Whitaker"}),
    ("wn-in-body", {"wrong-name"}, "Thank you",
     HELLO + THANKS + "I enjoyed hearing, Ms. Castellanes, how your team is clearing the tenant screening backlog." + SIGN, {}),
    # --------------------------------------------------------------- closing
    ("cl-none", {"closing"}, "Thank you", HELLO + THANKS + DETAIL, {}),
    ("cl-no-name", {"closing"}, "Thank you", HELLO + THANKS + DETAIL + "\n\nBest regards,", {}),
    ("cl-trailing-thanks", {"closing"}, "Thank you", HELLO + THANKS + DETAIL + "\n\nThanks again!", {}),
    ("cl-slot", {"closing", "placeholder"}, "Thank you", HELLO + THANKS + DETAIL + "\n\nSincerely,\n[Your Name]", {}),
    ("cl-brace-slot", {"closing", "placeholder"}, "Thank you", HELLO + THANKS + DETAIL + "\n\nBest,\n{candidate_name}", {}),
    ("cl-other-name", {"closing"}, "Thank you", HELLO + THANKS + DETAIL + "\n\nBest,\nPriya", {}),
    # ------------------------------------------------------------- no-thanks
    ("nt-none", {"no-thanks"}, "Following up",
     HELLO + "It was good to meet you yesterday. " + DETAIL + " I look forward to the next steps." + SIGN, {}),
    ("nt-pleasure", {"no-thanks"}, "Great to meet you",
     HELLO + "It was a pleasure to talk about the tenant screening backlog with you." + SIGN, {}),
    ("nt-status", {"no-thanks"}, "Checking in",
     HELLO + "I am writing to ask whether there is any news on the Leasing Consultant role." + SIGN,
     {"kind": "status_inquiry", "send_at": INTERVIEW + timedelta(days=10)}),
    # --------------------------------------------------------------- generic
    ("ge-plain", {"generic"}, "Thank you",
     HELLO + "Thank you for the interview. I enjoyed learning about the position, and I believe my skills are a great match." + SIGN, {}),
    ("ge-company", {"generic"}, "Thank you",
     HELLO + "Thank you for your time yesterday. It was great to learn more about Harbor & Pine Realty and the "
     "Leasing Consultant role. I look forward to the next steps." + SIGN, {}),
    ("ge-mission", {"generic"}, "Thank you",
     HELLO + "Thank you for the interview. Your company's mission and values really resonate with me, and I am "
     "confident I would thrive in this environment." + SIGN, {}),
    # ------------------------------------------------------------- too-long
    ("tl-email", {"too-long"}, "Thank you",
     HELLO + THANKS + DETAIL + " " + " ".join(["I have led leasing teams through busy seasons before."] * 28) + SIGN, {}),
    ("tl-card", {"too-long"}, "",
     HELLO + THANKS + DETAIL + " " + " ".join(["The open houses sound like a lot of fun."] * 18) + SIGN,
     {"medium": "handwritten"}),
    ("ok-linkedin-240", set(), "",
     HELLO + THANKS + DETAIL + " " + " ".join(["I have led leasing teams through busy seasons."] * 25) + SIGN,
     {"medium": "linkedin"}),
    # --------------------------------------------------------------- subject
    ("su-empty", {"subject"}, "", CLEAN, {}),
    ("su-blank", {"subject"}, "   ", CLEAN, {}),
    ("ok-linkedin-nosubject", set(), "", CLEAN, {"medium": "linkedin"}),
    # ---------------------------------------------------------------- timing
    ("ti-late", {"too-late"}, "Thank you", CLEAN, {"send_at": INTERVIEW + timedelta(hours=52)}),
    ("ok-47h", set(), "Thank you", CLEAN, {"send_at": INTERVIEW + timedelta(hours=47)}),
    ("ti-soon-date", {"too-soon"}, "Checking in", CLEAN,
     {"kind": "status_inquiry", "send_at": datetime(2026, 3, 16, 9, tzinfo=EST), "decision_expected_by": date(2026, 3, 17)}),
    ("ti-soon-contact", {"too-soon"}, "Checking in", CLEAN,
     {"kind": "status_inquiry", "send_at": datetime(2026, 3, 16, 9, tzinfo=EST),
      "last_contact_at": datetime(2026, 3, 11, 9, tzinfo=EST)}),
    ("ok-status-on-time", set(), "Checking in", CLEAN,
     {"kind": "status_inquiry", "send_at": datetime(2026, 3, 20, 9, tzinfo=EST),
      "last_contact_at": datetime(2026, 3, 11, 9, tzinfo=EST)}),
    ("ti-too-many", {"too-many"}, "Checking in", CLEAN,
     {"kind": "status_inquiry", "send_at": datetime(2026, 3, 30, 9, tzinfo=EST), "previous_follow_ups": 2}),
    # ------------------------------------------------------------------ mass
    ("ma-copy", {"mass"}, "Thank you",
     HELLO + "Thank you for meeting with me yesterday about the Leasing Consultant role. I enjoyed hearing how "
     "the weekend open houses are run and how you follow up with visitors." + SIGN, {}),
    # ------------------------------------------------------------- must-pass
    ("ok-hi", set(), "Thank you", "Hi Elena,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("ok-hello", set(), "Thank you", "Hello Elena,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("ok-title", set(), "Thank you", "Dear Ms. Castellanos,\n\n" + THANKS + DETAIL + SIGN, {}),
    ("ok-first-name-sign", set(), "Thank you", HELLO + THANKS + DETAIL + "\n\nKind regards,\nRavi", {}),
    ("ok-many-thanks-sign", set(), "Checking in",
     HELLO + "I hope you are well. I wanted to ask whether there is any news on the Leasing Consultant role, "
     "since the date you mentioned has passed.\n\nMany thanks,\nRavi Kumar",
     {"kind": "status_inquiry", "send_at": datetime(2026, 3, 30, 9, tzinfo=EST), "decision_expected_by": date(2026, 3, 24)}),
    ("ok-cheers-linkedin", set(), "", "Hi Elena,\n\n" + THANKS + DETAIL + "\n\nCheers,\nRavi", {"medium": "linkedin"}),
    ("ok-rejection", set(), "Re: Leasing Consultant",
     HELLO + "Thank you for letting me know, and for the time you and the team gave me. I am disappointed, "
     "but I enjoyed our conversations and would be glad to be considered for future openings." + SIGN,
     {"kind": "rejection_reply", "send_at": INTERVIEW + timedelta(days=12)}),
    ("ok-feedback", set(), "Feedback request",
     HELLO + "Thank you for your note. If you have a few minutes, I would appreciate any feedback on how I could "
     "strengthen my application, particularly the pricing exercise." + SIGN,
     {"kind": "feedback_request", "send_at": INTERVIEW + timedelta(days=12)}),
    ("ok-nurse", set(), "Thank you",
     "Dear Nurse Okonkwo,\n\nThank you for showing me around the NICU on Tuesday. Hearing how your team "
     "handles the night-shift handover with the new EHR checklist was the highlight of my day; I used a "
     "similar SBAR format at St. Luke's.\n\nWarm regards,\nAisling Byrne",
     {"recipient_name": "Chiamaka Okonkwo", "candidate_name": "Aisling Byrne", "company": "Mercy General",
      "position": "Staff Nurse", "topics": ["night-shift handover", "EHR checklist"], "sibling_messages": []}),
    ("ok-chef", set(), "Thank you",
     "Dear Chef Marchetti,\n\nThank you for the trial shift on Saturday. Working the sous-vide station beside "
     "your team taught me a great deal, and your mise en place routine is one I will keep.\n\nWith thanks,\nTomás Ruiz",
     {"recipient_name": "Giulia Marchetti", "candidate_name": "Tomás Ruiz", "company": "Osteria Nove",
      "position": "Line Cook", "topics": ["the sous-vide station", "mise en place"], "sibling_messages": []}),
    ("ok-teacher", set(), "Thank you",
     "Dear Mr. Adeyemi,\n\nThank you for letting me teach the Year 9 lesson on Thursday. Your advice about "
     "pacing the practical work was spot on, and the pupils' questions about circuits were a joy.\n\n"
     "Kind regards,\nFreya Lindqvist",
     {"recipient_name": "Tunde Adeyemi", "candidate_name": "Freya Lindqvist", "company": "Hillcrest Academy",
      "position": "Physics Teacher", "topics": ["pacing practical work", "circuits"], "sibling_messages": []}),
    ("ok-finance", set(), "Thank you",
     "Dear Dr. Whitaker,\n\nThank you for the conversation about the Q3 close. Your plan to automate the GAAP "
     "reconciliations with Power BI is ambitious, and I would be glad to help build it.\n\nSincerely,\nMaria Gonzalez",
     {"recipient_name": "John Whitaker", "candidate_name": "Maria Gonzalez", "company": "Northfield Capital",
      "position": "Senior Accountant", "topics": ["the Q3 close", "GAAP reconciliations"], "sibling_messages": []}),
    ("ok-thanks-inc", set(), "Thank you",
     "Dear John,\n\nThank you for the interview at Thanks Inc. on Monday. Your point about shortening the "
     "invoice approval loop stuck with me.\n\nBest,\nMaria Gonzalez",
     {"recipient_name": "John Whitaker", "candidate_name": "Maria Gonzalez", "company": "Thanks Inc.",
      "position": "Accounts Payable Lead", "topics": ["the invoice approval loop"], "sibling_messages": []}),
    ("ok-asap-logistics", set(), "Checking in",
     "Hello John,\n\nI hope your week is going well. I wanted to check in on the Dispatcher role at Asap "
     "Logistics, since the date you mentioned has now passed. I remain keen on the route-planning work.\n\n"
     "Thank you for your time,\nMaria Gonzalez",
     {"kind": "status_inquiry", "recipient_name": "John Whitaker", "candidate_name": "Maria Gonzalez",
      "company": "Asap Logistics", "position": "Dispatcher", "topics": ["route planning"],
      "send_at": datetime(2026, 3, 30, 9, tzinfo=EST), "decision_expected_by": date(2026, 3, 24), "sibling_messages": []}),
    ("ok-accented-name", set(), "Thank you",
     "Dear Zoë,\n\nThank you for walking me through the résumé screening on Friday. Your idea of scoring "
     "portfolios blind was clever.\n\nBest wishes,\nJosé Núñez",
     {"recipient_name": "Zoë Laurent", "candidate_name": "José Núñez", "company": "Atelier Bleu",
      "position": "Design Recruiter", "topics": ["résumé screening", "blind portfolio scoring"], "sibling_messages": []}),
]  # fmt: skip


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
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), MORE, ids=[s for s, _ in MORE])
def test_more(sentence: str, expected: set[str]) -> None:
    body = _with(sentence)
    found = check("Thank you", body, _context())
    assert set(categories(found)) == expected, _failure(found, "Thank you", body)


def test_the_probe_set_is_large_and_covers_every_category() -> None:
    assert len(SENTENCES) + len(NOTES) + len(MORE) >= 120
    expected = {c for _, e, *_ in SENTENCES for c in e} | {c for _, e, *_ in NOTES for c in e}
    assert expected == set(CATEGORIES)


def tally() -> dict[str, list[int]]:
    """Per category: [must-flag probes, caught, must-pass probes, false alarms in them]."""
    rows = {c: [0, 0, 0, 0] for c in CATEGORIES}
    probes = [(e, "Thank you", _with(s), c) for _, e, s, c in SENTENCES]
    probes += [(e, "Thank you", _with(s), {}) for s, e in MORE]
    probes += [(e, subj, b, c) for _, e, subj, b, c in NOTES]
    for expected, subject, body, changes in probes:
        got = set(categories(check(subject, body, _context(**changes))))
        for cat in expected:
            rows[cat][0] += 1
            rows[cat][1] += cat in got
        if not expected:
            for cat in CATEGORIES:
                rows[cat][2] += 1
                rows[cat][3] += cat in got
    return rows


if __name__ == "__main__":
    clean = sum(1 for _, e, *_ in SENTENCES if not e) + sum(1 for _, e, *_ in NOTES if not e)
    clean += sum(1 for _, e in MORE if not e)
    print(f"{'category':14} {'caught':>8} {'false alarms':>14} (of {clean} must-pass notes)")
    for cat, (flag, caught, _, alarms) in tally().items():
        print(f"{cat:14} {caught:>3}/{flag:<4} {alarms:>14}")
