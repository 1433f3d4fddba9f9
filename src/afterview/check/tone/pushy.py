"""Pushy tone: pressure, demands and guilt-trips aimed at the reader.

A deadline set for the reader's answer, "ASAP", a reproach for past silence,
a demand, an ultimatum, a complaint about the wait, another offer held up as
a threat. Each list describes a way of writing, not one sentence: add forms,
not cases.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.examples import THANK_YOU_NOTE
from afterview.check.lazy import lazy
from afterview.check.phrases import Phrases, detect_phrases, detect_regex, sentence_around
from afterview.check.rule import Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View

DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Case matters: "Asap Logistics" (a capitalised word after it) is a name, not a demand.
ASAP = lazy(r"(?<![\w'’])(?:ASAP|asap|Asap(?! +[A-Z])|[Aa]\.[Ss]\.[Aa]\.[Pp]\.?)(?![\w'’])")


def detect_asap(view: View, rule: Rule) -> Iterator[Hit]:
    # Every form of the pattern reads "asap" or "a.s.a.p" once lower-cased.
    if "asap" in view.lower or "a.s.a.p" in view.lower:
        yield from detect_regex(view, rule)


LAST_EMAIL = Phrases(
    "pushy.last-email",
    [
        r"(?:as )?per my (?:last|previous|earlier|prior) (?:e-?mail|message|note|mail|letter)",
        r"as i (?:said|mentioned|stated|wrote|noted) (?:in my|before|previously|earlier)",
        r"as i (?:have )?(?:already "
        r")?(?:said|mentioned|stated|wrote|written|noted|explained|asked)(?: you)? "
        r"(?:twice|two times|three times|several times|multiple times|repeatedly|already|last "
        r"time|more than once)",
        r"as (?:mentioned|stated|noted|requested|explained) in my "
        r"(?:last|previous|earlier|prior|first) (?:e-?mail|message|note|letter)",
        # "this time" and "by now" say the reader failed before
        r"(?:reply|respond|answer|get back to me|write back)\w* (?:\w+ )?this time",
        r"(?:heard|hear|had|received|gotten) (?:a |an |some |any "
        r")?(?:back|word|reply|response|answer|decision|update)?"
        r"(?: back)?(?: from you)? by now",
        r"as previously (?:stated|mentioned|requested)",
        r"as already (?:stated|mentioned|requested)",
        r"this is my (?:third|fourth|fifth|\d+(?:st|nd|rd|th)|last) (?:follow[- "
        r"]?up|e-?mail|message|attempt|try)",
        r"i (?:have|'ve|’ve) (?:already )?(?:e-?mailed|written|called|messaged|reached "
        r"out|followed up)"
        r"(?: to you)? (?:several|multiple|many|numerous|three|four|five|\w+ separate) times",
        # "still" makes it a reproach; "I haven't heard back yet, so I wanted to check in" is polite
        r"(?:i )?still (?:have not|haven't|haven’t|did not|didn't|didn’t) (?:yet "
        r")?(?:received|heard|gotten|had) "
        r"(?:a |any )?(?:response|reply|answer|word|back|anything)",
        # still waiting for *them*; "still waiting for my transcript" is news, not a reproach
        r"(?:i am|i'm|i’m|i have been|i've been|i’ve been) still waiting(?= *[.,;!?])",
        r"still waiting (?:for|on|to hear) (?:a |an |your |any |some |the "
        r")?(?:reply|response|answer|decision|word|news|"
        r"update|feedback|you|back|from|an? (?:reply|response|answer|decision|update))",
        r"you (?:have not|haven't|haven’t|never|did not|didn't|didn’t) (?:yet "
        r")?(?:replied|responded|gotten back|answered|written back)",
        r"(?:did not|didn't|didn’t|have not|haven't|haven’t|never) "
        r"(?:get|got|receive|received|gotten|had) (?:a |any )?"
        r"(?:reply|response|answer|word) to my (?:\w+ )?(?:\w+ "
        r")?(?:e-?mails?|messages?|notes?|follow[- ]?ups?|calls?)",
        r"you (?:still )?(?:have not|haven't|haven’t|never|did not|didn't|didn’t) (?:yet "
        r")?(?:told "
        r"me|let me know|updated me|"
        r"contacted me|got back to me|been in touch)",
        r"(?:no one|nobody) (?:has |have )?(?:yet )?(?:replied|responded|gotten "
        r"back|answered|written back)",
        r"for the (?:third|fourth|fifth) time",
        r"(?:it has|it's|it’s) (?:now )?been (?:\w+ )?(?:weeks|months) (?:and|without)",
        # asking them to account for the silence: "why I haven't heard back", "is there a reason..."
        r"why (?:i (?:have not|haven't|haven’t|still haven't|still haven’t)|i've not|i’ve not"
        r"|nobody has|no one has|you (?:have not|haven't|haven’t)) (?:yet )?(?:heard|got|gotten"
        r"|received|replied|responded|been in touch|answered)",
        r"is there a reason (?:why )?(?:nobody|no one|you|i|the team) (?:has|have|hasn't|"
        r"haven't"
        r"|hasn’t|haven’t|did not|didn't|didn’t)",
        r"(?:would|'d|’d) have (?:expected|hoped|thought) (?:\w+ ){0,4}by now",
    ],
)
EXPECT = Phrases(
    "pushy.expect",
    [
        # One phrase per form, so each has its own trigger ("a decision was expected" has none).
        *(
            rf"i {fully}expect (?:to hear|a |an |your |you to |some |detailed |prompt |an "
            rf"answer)"
            for fully in ("", "fully ")
        ),
        *(
            rf"i {aux} {have}expected? (?:to hear|a (?:reply|response|decision|answer|call)|"
            r"an? (?:answer|update|reply)|the courtesy|you to|your)"
            for aux in ("would", "had", "fully", "did")
            for have in ("have ", "")
        ),
        r"(?:expect|deserve|ask for|would appreciate|request) (?:at least )?the (?:basic |"
        r"common "
        r"|simple )?(?:courtesy|decency) of",
        r"common courtesy",
        r"i (?:need|have|must|want) to know "
        r"(?:by|before|within|this|today|tomorrow|tonight|now|right away|soon|"
        r"immediately|asap|where i stand)",
        r"i(?:'d|’d| would) like (?:an|a|your) (?:clear |prompt |quick |final |definitive "
        r")?(?:answer|decision|response|reply)(?! on how)",
        r"prioriti[sz]e my (?:application|candidacy)",
        # an order to answer fast: "please respond today", "I trust you will reply promptly"
        r"(?:please|kindly|you will|you'll|you’ll|i trust you will|i trust you'll|i trust "
        r"you’ll|make sure to|make sure you)"
        r"(?: [a-z'’]+){0,5}? (?:(?:reply|respond|answer|get back to me|decide)(?: to "
        r"(?:me|this|my \w+))? "
        r"(?:promptly|immediately|right away|at once|quickly|swiftly|without "
        r"delay|today|tonight|tomorrow|this week)|"
        # "please let me know this week if you'd like references" is an offer; a demand for
        # speed is not
        r"(?:let me know|confirm) (?:promptly|immediately|right away|at "
        r"once|quickly|swiftly|without delay))",
        *(
            rf"i {verb} (?:a |an |your )?(?:clear |prompt |immediate |definitive |final )?"
            r"(?:answer|response|reply|decision|update|explanation|feedback)(?! on how)"
            for verb in ("need", "require", "demand", "want")
        ),
        r"i deserve (?:a|an|to|your)",
        r"(?:a|an) (?:clear|straight|definitive|straight-forward) answer",
        r"i insist",
        r"i must (?:insist|receive|know|hear|have (?:an?|your) (?:answer|response|reply|"
        r"decision))",
        r"you need to (?:decide|reply|respond|answer|get back|let me know)",
        r"you owe me",
        r"(?:i'll|i’ll|i will|i am|i'm|i’m) (?:be )?expecting (?:your|an?|the|to hear)",
        *(
            rf"look forward to {det} (?:prompt|immediate|swift|speedy|quick) "
            rf"(?:reply|response|answer|decision)"
            for det in ("your", "a")
        ),
    ],
)
# Taking the job as given: "I look forward to starting next month", "Once I start in June".
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
PRESUMING = Phrases(
    "pushy.presuming",
    [
        r"look(?:ing)? forward to (?:starting|beginning|joining (?:the|your) team|my first "
        r"day) "
        rf"(?:[a-z'’]+ ){{0,4}}?(?:next (?:week|month|monday|{DAYS[3:-1]})|on {DAYS}"
        rf"|in {_MONTHS}|on the \d+(?:st|nd|rd|th)?|from {DAYS}|soon)",
        r"once i (?:start|join|begin|am on board|come on board|am hired|get started)",
        rf"when i (?:start|join|begin) (?:in {_MONTHS}|on {DAYS}|next (?:week|month))",
        r"(?:see|meet) (?:you|everyone|the team)(?: all)? on my first day",
        r"my first (?:priority|task|project|step|goal) (?:will be|is going to be|shall be)",
        r"(?:i'll|i’ll|i will|i plan to|i'm going to|i’m going to|i am going to) (?:\w+ ){0,2}"
        r"(?:hand in|give|put in|submit|tender) (?:my )?(?:notice|resignation)",
    ],
)
# A deadline: "by Friday", "within 24 hours", "at the latest", "immediately"...
DEADLINE = lazy(
    # The look-ahead names every possible first letter: a cheap test that fails at most positions.
    r"(?=[abinruw])\b(?:(?P<when>(?:by|before|no later "
    r"than|within)\s+(?:the\s+)?(?:(?:this|next|end of|end of the|close of)\s+)?"
    rf"(?:{DAYS}|tomorrow|tonight|today|eod|cob|day|weekend|week|month|business|noon|midnight"
    r"|(?:next\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|a|an|a few|the next|a couple "
    r"of)\s*"
    r"(?:business\s+|working\s+)?(?:hours?|hrs?|days?|weeks?))"
    r"|at (?:the|your) earliest(?! convenience)"
    r"|right away|immediately|urgently|as soon as possible|at once|without delay)"
    r"|at the latest|unless i hear|by (?:end of (?:the )?day|eod|cob|close of business))\b"
)
# ...set for the reader's answer when a word for it comes shortly before, in the same sentence.
ANSWER = lazy(
    r"\b(?:reply|respond|response|answer|decision|decide|decided|hear|hear back|get back|let "
    r"me "
    r"know|"
    r"send|confirm|update|feedback|word|offer|back to me|know|tell me|where i stand|revert)\b"
)
ASKED_OF_THEM = lazy(r"\b(?:please|you|your)\b")
OWN_PROMISE = lazy(
    r"\bi(?:'ll|’ll| will| can| could| shall| plan to| intend to| aim to| am happy to|'m happy "
    r"to|’m happy to|"
    r" would be happy to| would be glad to| am glad to|'m glad to|’m glad to)\b"
    # "I will need your decision by..." is no promise
    r"(?! (?:need|require|expect|want|have to|insist))"
)
THEIR_OWN_TIMELINE = lazy(
    r"\b(?:you|they|the (?:\w+ )?(?:panel|committee|team|company|firm|board|group|department)) "
    r"(?:said|mentioned|"
    r"expected|hoped|planned|told|noted|indicated|would|were|was|will|hopes?|expects?|plans?|"
    r"intends?|aims?)\b|\b(?:expected|hoped|planned|scheduled|due) to\b|\byour timeline\b"
    r"|\b(?:is|are|was|were) (?:expected|planned|scheduled|due)\b"
)
OFFER = Phrases(
    "pushy.offer",
    [
        r"(?:another|other|competing|a competing|an outside|a second|second) (?:job )?offers?",
        r"(?:made|extended|given|offered) me (?:an? )?(?:offer|position|role|job)",
        r"an offer (?:from|on the table)",
        r"offer on the table",
        r"other (?:interviews|opportunities|companies|options|processes) "
        r"(?:lined up|waiting|interested|in play|pending|moving)",
        r"(?:several|other) companies (?:are )?interested",
    ],
)
PRESSURE = lazy(
    r"\b(?:unless|need|must|cannot wait|can't wait|can’t wait|deadline|accept "
    r"(?:it|their|that|the)|"
    r"quickly|soon|hurry|decide|by (?:tomorrow|"
    + DAYS
    + r"|end)|before then|limited time|wait around)\b"
)
IMPATIENT = Phrases(
    "pushy.impatient",
    [
        r"(?:cannot|can't|can’t|won't|won’t|will not|am not going to) (?:wait|keep waiting)(?: "
        r"around| forever| much longer| any longer| indefinitely)",
        r"(?:cannot|can't|can’t) keep (?:my \w+ open|waiting|holding)(?: \w+)? indefinitely",
        r"(?:waiting|wait) around",
        r"running out of patience",
        r"losing patience",
        r"i (?:don't|do not) have all (?:day|week)",
    ],
)

# "If I don't hear back by Friday, I will accept the other offer": a threat tied to their silence.
ULTIMATUM = Phrases(
    "pushy.ultimatum",
    [
        r"(?:if i (?:do not|don't|don’t|haven't|haven’t|have not|cannot|can't|can’t)|unless i) "
        r"(?:hear|get|receive|have)"
        r"[^.!?\n]{0,70}?(?:i will|i'll|i’ll|i shall|i must|i may|i might|i would|i'd|i’d) "
        r"(?:have "
        r"to |need to |be forced to )?"
        r"(?:withdraw|accept|assume|move on|take (?:the|that|their|another|an?)|pursue|look "
        r"elsewhere|go with|consider other|"
        r"stop|give up)",
    ],
)


# Complaining about the reader's silence: a complaint word and a word for their not answering,
# in one sentence.
COMPLAINT = Phrases(
    "pushy.complaint",
    [
        r"frustrat\w*",
        r"unprofessional|rude|disrespectful|inconsiderate|unacceptable|ignored|ignoring",
        r"disappoint\w*",
    ],
)
SILENCE = lazy(
    r"\b(?:silence|no (?:reply|response|answer|word|update|news)|lack of (?:a "
    r")?(?:response|reply|communication|updates?|news)|"
    r"(?:not|never|n't|n’t) (?:\w+ )?(?:heard|hearing|replied|responded|received|gotten back|"
    r"got "
    r"back|told me|updated me)|"
    r"(?:heard|hear) (?:nothing|anything|a thing|a word))\b"
)


def detect_complaint(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.lower
    for m in COMPLAINT.matches(view):
        left, right = sentence_around(text, m.start(), m.end())
        if SILENCE.search(text, left, right):
            yield Hit(left, right, f'"{view.body[left:right].strip()}": {rule.message}')
            break


def detect_deadline(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.lower
    for m in DEADLINE.finditer(text):
        left, right = sentence_around(text, m.start(), m.end())
        if m.group("when") is not None:
            asked = ANSWER.search(text, max(left, m.start() - 60), m.start())
            if asked is None:
                continue  # "by Friday" about something else: the candidate's own plans
            if OWN_PROMISE.search(text, max(left, asked.start() - 30), asked.start()) or (
                asked.group() in ("send", "confirm", "update")
                and not ASKED_OF_THEM.search(text, max(left, asked.start() - 30), m.start())
            ):
                continue  # "I can send the plan by Friday": a promise
            start = asked.start()
        else:
            start = m.start()
        if THEIR_OWN_TIMELINE.search(text, left, right):
            continue  # the interviewer's own date, repeated back: not a demand
        yield Hit(start, m.end(), f'"{view.body[start : m.end()]}": {rule.message}')


def detect_leverage(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.lower
    for m in OFFER.matches(view):
        left, right = sentence_around(text, m.start(), m.end())
        _, right = sentence_around(text, right, right)  # and the sentence after
        if PRESSURE.search(text, left, right):
            yield Hit(m.start(), m.end(), f'"{view.body[m.start() : m.end()]}": {rule.message}')


RULES = (
    Rule(
        "tone.pushy.asap",
        "pushy",
        "asks for an answer at once",
        "ask when they expect to decide instead",
        detect=detect_asap,
        data=ASAP,
        severity="error",
        reason="'ASAP' sets the interviewer a deadline; the candidate does not set the pace.",
        flags=("Please reply ASAP.", "I need an answer asap."),
        passes=(THANK_YOU_NOTE, "I enjoyed hearing about Asap Logistics, your largest client."),
    ),
    Rule(
        "tone.pushy.last-email",
        "pushy",
        "reproaches the reader for not answering yet",
        "ask politely whether there is any update, without pointing at past messages",
        detect=detect_phrases,
        data=LAST_EMAIL,
        severity="error",
        reason="'As per my last email' and 'I still have not heard back' read as a reproach.",
        flags=(
            "As per my last email, I am waiting.",
            "I still have not received a response.",
            "This is my third follow-up.",
            "As I mentioned twice already, I am waiting on your reply.",
            "I trust you will reply this time.",
            "I did not get a reply to my last two emails.",
            "You still haven't told me anything.",
            "I'd like to understand why I haven't heard back from anyone yet.",
            "Is there a reason nobody has got back to me?",
            "I would have expected at least an update by now.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I am writing to follow up on my interview.",
            "I am still waiting for my transcript from the university, which I will forward.",
            "I haven't heard back yet, so I wanted to check in.",
            "Is there a reason to prefer the evening shift?",
        ),
    ),
    Rule(
        "tone.pushy.expect",
        "pushy",
        "demands rather than asks",
        'ask: "Could you let me know..."',
        detect=detect_phrases,
        data=EXPECT,
        severity="error",
        reason="'I expect to hear', 'I need an answer' and 'I deserve' make demands of someone "
        "who "
        "owes nothing.",
        flags=(
            "I expect to hear from you soon.",
            "I need an answer this week.",
            "I deserve a clear answer.",
            "I need to know by Thursday whether I am still being considered.",
            "I'd like an answer before the weekend.",
            "Please prioritize my application and respond today.",
            "I would expect the courtesy of a reply.",
            "I'll be expecting your offer by Friday.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I would be grateful for any feedback.",
            "I want to thank you again.",
            "Please let me know this week if you would like references.",
            "I need to know more about the onboarding process, so I read your handbook.",
        ),
    ),
    Rule(
        "tone.pushy.deadline",
        "pushy",
        "sets the interviewer a deadline",
        "leave the timing to them: ask when they expect to decide",
        detect=detect_deadline,
        severity="error",
        reason="A deadline set for the interviewer ('reply by Friday', 'by end of day') is "
        "pressure.",
        flags=(
            "Please reply by Wednesday with your decision.",
            "I will need your decision by Friday at the latest.",
            "Please send your feedback by Monday.",
            "I will need your final decision within three days.",
            "Kindly revert at the earliest.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "You mentioned the panel hoped to decide by Friday, so I wanted to check in.",
            "I know the team hopes to decide by the end of the month.",
            "I can send the sample lease within two days.",
        ),
    ),
    Rule(
        "tone.pushy.leverage",
        "pushy",
        "uses another offer as pressure",
        "leave other offers out, or mention one once, politely, with no deadline attached",
        detect=detect_leverage,
        severity="error",
        reason="Holding up another offer with a deadline or condition reads as a threat.",
        flags=(
            "I have another offer on the table, so I need your decision soon.",
            "Globex has made me an offer, and I will accept it unless I hear from you.",
        ),
        passes=(THANK_YOU_NOTE, "I enjoyed hearing how the team handles offers to new clients."),
    ),
    Rule(
        "tone.pushy.presuming",
        "pushy",
        "takes the job as already given",
        "say you would welcome the chance; leave the start to them",
        detect=detect_phrases,
        data=PRESUMING,
        severity="error",
        reason="'I look forward to starting next month' or 'once I start' presumes a decision "
        "the "
        "reader has not made: it reads as pressure.",
        flags=(
            "I look forward to starting on the team next month.",
            "Once I start in June, my first priority will be the backlog.",
            "See you all on my first day!",
            "I'm sure I'm the right person, so I'll plan to hand in my notice next week.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I look forward to hearing about the next steps.",
            "If I were to join, my first priority would be the backlog.",
            "I can start in June if that suits the team.",
        ),
    ),
    Rule(
        "tone.pushy.impatient",
        "pushy",
        "says the reader is keeping you waiting",
        "leave it out; ask for an update kindly",
        detect=detect_phrases,
        data=IMPATIENT,
        severity="error",
        reason="Telling the reader you cannot wait much longer pressures them.",
        flags=("I cannot wait around much longer.", "I can't keep my schedule open indefinitely."),
        passes=(THANK_YOU_NOTE, "I can't wait to hear more about the project."),
    ),
    Rule(
        "tone.pushy.ultimatum",
        "pushy",
        "threatens to walk away unless they answer",
        "leave the condition out; if another offer has a deadline, say so once, politely, and "
        "ask "
        "about their timeline",
        detect=detect_phrases,
        data=ULTIMATUM,
        severity="error",
        reason="'If I don't hear back soon, I will withdraw' turns a follow-up into a threat.",
        flags=(
            "If I do not hear from you soon, I will have to withdraw.",
            "If I haven't heard back by Friday, I'll assume the answer is no and move on.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "If I can answer any other questions, I will gladly do so.",
            "If I don't hear back, I will check in again next week.",
        ),
    ),
    Rule(
        "tone.pushy.complaint",
        "pushy",
        "complains that the reader has not answered",
        "ask kindly whether there is any news; leave out how the wait makes you feel",
        detect=detect_complaint,
        severity="error",
        reason="Calling the reader's silence frustrating or unprofessional is a guilt-trip, "
        "whatever the wait.",
        flags=(
            "I haven't heard anything in two weeks, which is frustrating.",
            "I must say I'm disappointed by the silence.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I was disappointed to hear the project was delayed, but I understand.",
            "I haven't heard back yet, so I wanted to check in.",
        ),
    ),
)
