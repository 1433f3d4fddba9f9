"""Tone: informal, pushy and desperate wording.

Phrases are matched on the masked body (context names blotted out), so a
company called "Asap Logistics" is not a demand. Each list describes a way of
writing, not one sentence: add forms, not cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.phrases import compile_phrases, detect_phrases, sentence_around
from afterview.check.rule import Hit, Rule, word_set
from afterview.check.view import plain

if TYPE_CHECKING:
    from afterview.check.view import View

DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# ------------------------------------------------------------------ informal
# Single words of slang and text-speak, looked up in a set (one pass over the words).
SLANG_WORDS = frozenset(
    (
        "lol",
        "lmao",
        "rofl",
        "lmk",
        "ngl",
        "tbh",
        "btw",
        "omg",
        "idk",
        "imo",
        "imho",
        "thx",
        "thnx",
        "thanx",
        "ty",
        "pls",
        "plz",
        "ur",
        "u",
        "cya",
        "brb",
        "tho",
        "cuz",
        "coz",
        "gr8",
        "b4",
        "luv",
        "gonna",
        "wanna",
        "gotta",
        "kinda",
        "sorta",
        "dunno",
        "lemme",
        "gimme",
        "ya",
        "yeah",
        "yep",
        "yup",
        "nope",
        "nah",
        "awesome",
        "stoked",
        "pumped",
        "psyched",
        "bummed",
        "dude",
        "guys",
        "y'all",
        "totally",
        "wow",
        "yay",
        "xoxo",
        "xx",
        "xo",
        "hugs",
        "haha",
        "hahaha",
        "hehe",
        "woohoo",
        "dope",
        "tmrw",
        "tmr",
        "ttyl",
        "tbf",
        "smh",
        "irl",
        "tysm",
        "ikr",
        "nvm",
        "hmu",
        "omw",
        "legit",
        "lowkey",
        "bestie",
        "bruh",
        "bro",
        "fam",
        "totes",
        "gotcha",
        "ain't",
        "vibes",
        "hyped",
        "amazeballs",
    )
)
KISSES = frozenset({"xx", "xo"})  # in capitals, "XX" is a template slot instead
# Slang of more than one word.
SLANG_PHRASES = compile_phrases(
    [
        r"a ton",
        r"tons of",
        r"r u",
        r"no worries",
        r"no prob(?:lem|s)?!",
        r"crushed (?:it|my \w+|the \w+)",
        r"killed it",
        r"(?:super|so|pretty|really|very|that's|that is) cool",
        r"cool stuff",
        r"super (?!bowl|user|admin|market|computer|store)[a-z]+",
        r"cool,? cool",
        r"no cap",
        r"my bad",
        r"hit me up",
        r"had a blast",
        r"thanks a bunch",
        r"thanks a million",
        r"thanks heaps",
        # "chill" as an adjective of praise; "a chill in the air" and "chill chain" are plain English
        r"(?:is|are|was|were|seems?|seemed|felt|feels|looks?|looked|sounds?|sounded) (?:really |so |super |pretty |very |totally )?chill",
    ],
    triggers=(
        "a ton",
        "tons of",
        "r u",
        "worries",
        "no prob",
        "crushed",
        "killed it",
        "cool",
        "super ",
        "no cap",
        "my bad",
        "hit me up",
        "blast",
        "bunch",
        "million",
        "heaps",
        "chill",
    ),
)


def slang(view: View) -> list[tuple[int, int]]:
    """Spans of slang: single words from :data:`SLANG_WORDS`, then the phrases (computed once per view)."""
    spans = view.shared.get("slang")
    if spans is None:
        spans = [
            (start, end)
            for start, end, word in (
                () if SLANG_WORDS.isdisjoint(view.lower_word_set) else view.lower_words
            )
            if word in SLANG_WORDS
            and (word not in KISSES or view.masked[start:end] == word)
            and not (end - start <= 2 and view.masked[start:end].isupper())  # "U.S.", "UR", "TY"
        ]
        spans += [m.span() for m in SLANG_PHRASES.finditer(view.lower)]
        view.shared["slang"] = spans
    return spans  # type: ignore[return-value]


def detect_slang(view: View, rule: Rule) -> Iterator[Hit]:
    for start, end in slang(view):
        yield Hit(start, end, f'"{view.masked[start:end]}": {rule.message}')


EMOJI = lazy("[\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\u2b50\u2b55\u2764\ufe0f]+")
EMOTICON = lazy(
    r"(?<![\w:/])(?::-?\)+|:-?\(+|;-?\)|:-?[DPp](?!\w)|<3|\^_\^|:-?/(?!/)|[xX]D(?!\w)|:'\()"
)
EXCLAMATIONS = lazy(r"[!?]*(?:!!|\?\?|!\?|\?!)[!?]*")
STRETCHED = lazy(r"([^\W\d_])\1\1")  # three of a letter; the word around it is found by hand
LETTERS = lazy(r"[^\W\d_]*")
STRETCHED_ASCII = lazy(r"([A-Za-z])\1\1")  # the same, for text whose letters are all ASCII
LETTERS_ASCII = lazy(r"[A-Za-z]*")
# A capital first, the look-behind after it: the engine then jumps from capital to capital.
CAPS = lazy(r"[A-Z](?<![\w'’][A-Z])[A-Z'’]*[A-Z](?![\w'’])")
CASUAL_GREETINGS = frozenset({"hey", "heya", "hiya", "howdy", "yo", "sup"})
# Capitalised words that are acronyms or template slots, not shouting.
NOT_SHOUTING = word_set(
    "ASAP REST SOAP AGILE LEAN SCRUM JAVA BASIC COBOL LINUX UNIX SWIFT CAT PET SAT ACT GAP "
    "AIM CAN SAP SAS LAN WAN RAM ROM CAD CAM POS ATM DOT ICU NICU CPR NATO NASA COVID HIPAA "
    "OSHA FEMA GAAP HVAC SCUBA LASER RADAR SONAR WASP TEAM BAR PIN OPS DEV MOD WIN MASH"
)
EMPHATIC = word_set(
    "amazing awesome really very super extremely incredibly totally absolutely love loved great huge "
    "excited thrilled best perfect incredible fantastic wonderful important urgent please thanks thank "
    "need must never always every everything so much happy sorry such truly definitely honestly seriously "
    "genuinely highly hugely deeply especially grateful appreciate cannot wait"
)
EMPHATIC_SHORT = frozenset(
    ["NOT", "YES", "WOW", "BIG", "ALL", "AND", "THE", "YOU", "HOT", "NEW", "NOW"]
)


def stretched_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of words with a letter three times in a row ("sooo"), each word once."""
    end = 0
    stretched, letters = (STRETCHED_ASCII, LETTERS_ASCII) if plain(text) else (STRETCHED, LETTERS)
    for m in stretched.finditer(text):
        if m.start() < end:
            continue
        start = m.start()
        while start > 0 and (text[start - 1].isalpha()):
            start -= 1
        end = letters.match(text, m.end()).end()  # type: ignore[union-attr]
        word = text[start:end]
        if word.isupper() or word.lower().startswith("www"):
            continue  # roman numerals, "XXX" slots, web addresses
        yield start, end


def stretched(view: View) -> list[tuple[int, int]]:
    """:func:`stretched_words` of the masked body, computed once per view."""
    spans = view.shared.get("stretched")
    if spans is None:
        spans = view.shared["stretched"] = list(stretched_words(view.masked))
    return spans  # type: ignore[return-value]


def detect_stretched(view: View, rule: Rule) -> Iterator[Hit]:
    for start, end in stretched(view):
        yield Hit(start, end, f'"{view.masked[start:end]}": {rule.message}')


def detect_casual_greeting(view: View, rule: Rule) -> Iterator[Hit]:
    sal = view.salutation
    if sal and sal.word in CASUAL_GREETINGS:
        end = sal.line.start + len(sal.word)
        yield Hit(sal.line.start, end, f'"{view.body[sal.line.start : end]}": {rule.message}')


def detect_shouting(view: View, rule: Rule) -> Iterator[Hit]:
    from afterview.check.lexicon import lexicon
    from afterview.check.placeholder import SLOT_WORDS

    words = lexicon()
    shouted: list[re.Match[str]] = []
    for m in CAPS.finditer(view.masked):
        word = m.group().replace("’", "'")
        if word in NOT_SHOUTING or word in SLOT_WORDS or len(word) < 3:
            continue
        lower = word.lower()
        # A real word written in capitals; an acronym such as SQL or HIPAA is not one.
        if word in EMPHATIC_SHORT or lower in EMPHATIC or (len(word) >= 4 and words.common(lower)):
            shouted.append(m)
    # One capitalised everyday word may be a programme's name ("STEM", "CARE"); an emphatic
    # word, or two or more capitalised words, is shouting.
    if len(shouted) >= 2 or any(
        m.group().lower() in EMPHATIC or m.group() in EMPHATIC_SHORT for m in shouted
    ):
        for m in shouted:
            yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}')


def detect_asap(view: View, rule: Rule) -> Iterator[Hit]:
    # Every form of the pattern reads "asap" or "a.s.a.p" once lower-cased.
    if "asap" in view.lower or "a.s.a.p" in view.lower:
        yield from detect_regex(view, rule)


def detect_regex(view: View, rule: Rule) -> Iterator[Hit]:
    for m in rule.data.finditer(view.masked):
        yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}')


# Cheap tests first: most notes hold no emoji, no ":" or ";", no doubled mark.
def detect_emoji(view: View, rule: Rule) -> Iterator[Hit]:
    if not view.plain:  # every emoji lies outside ASCII (and is neither the mask nor "’")
        yield from detect_regex(view, rule)


def detect_emoticon(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    if any(mark in text for mark in (":", ";", "<3", "^_^", "xD", "XD")):
        yield from detect_regex(view, rule)


def detect_exclamations(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    if any(mark in text for mark in ("!!", "??", "!?", "?!")):
        yield from detect_regex(view, rule)


# -------------------------------------------------------------------- pushy
# Case matters: "Asap Logistics" (a capitalised word after it) is a name, not a demand.
ASAP = lazy(r"(?<![\w'’])(?:ASAP|asap|Asap(?! +[A-Z])|[Aa]\.[Ss]\.[Aa]\.[Pp]\.?)(?![\w'’])")
LAST_EMAIL = compile_phrases(
    [
        r"(?:as )?per my (?:last|previous|earlier|prior) (?:e-?mail|message|note|mail|letter)",
        r"as i (?:said|mentioned|stated|wrote|noted) (?:in my|before|previously|earlier)",
        r"as i (?:have )?(?:already )?(?:said|mentioned|stated|wrote|written|noted|explained|asked)(?: you)? "
        r"(?:twice|two times|three times|several times|multiple times|repeatedly|already|last time|more than once)",
        r"as (?:mentioned|stated|noted|requested|explained) in my (?:last|previous|earlier|prior|first) (?:e-?mail|message|note|letter)",
        # "this time" and "by now" say the reader failed before
        r"(?:reply|respond|answer|get back to me|write back)\w* (?:\w+ )?this time",
        r"(?:heard|hear|had|received|gotten) (?:a |an |some |any )?(?:back|word|reply|response|answer|decision|update)?"
        r"(?: back)?(?: from you)? by now",
        r"as previously (?:stated|mentioned|requested)",
        r"as already (?:stated|mentioned|requested)",
        r"this is my (?:third|fourth|fifth|\d+(?:st|nd|rd|th)|last) (?:follow[- ]?up|e-?mail|message|attempt|try)",
        r"i (?:have|'ve|’ve) (?:already )?(?:e-?mailed|written|called|messaged|reached out|followed up)"
        r"(?: to you)? (?:several|multiple|many|numerous|three|four|five|\w+ separate) times",
        # "still" makes it a reproach; "I haven't heard back yet, so I wanted to check in" is polite
        r"(?:i )?still (?:have not|haven't|haven’t|did not|didn't|didn’t) (?:yet )?(?:received|heard|gotten|had) "
        r"(?:a |any )?(?:response|reply|answer|word|back|anything)",
        # still waiting for *them*; "still waiting for my transcript" is news, not a reproach
        r"(?:i am|i'm|i’m|i have been|i've been|i’ve been) still waiting(?= *[.,;!?])",
        r"still waiting (?:for|on|to hear) (?:a |an |your |any |some |the )?(?:reply|response|answer|decision|word|news|"
        r"update|feedback|you|back|from|an? (?:reply|response|answer|decision|update))",
        r"you (?:have not|haven't|haven’t|never|did not|didn't|didn’t) (?:yet )?(?:replied|responded|gotten back|answered|written back)",
        r"(?:did not|didn't|didn’t|have not|haven't|haven’t|never) (?:get|got|receive|received|gotten|had) (?:a |any )?"
        r"(?:reply|response|answer|word) to my (?:\w+ )?(?:\w+ )?(?:e-?mails?|messages?|notes?|follow[- ]?ups?|calls?)",
        r"you (?:still )?(?:have not|haven't|haven’t|never|did not|didn't|didn’t) (?:yet )?(?:told me|let me know|updated me|"
        r"contacted me|got back to me|been in touch)",
        r"(?:no one|nobody) (?:has |have )?(?:yet )?(?:replied|responded|gotten back|answered|written back)",
        r"for the (?:third|fourth|fifth) time",
        r"(?:it has|it's|it’s) (?:now )?been (?:\w+ )?(?:weeks|months) (?:and|without)",
    ],
    triggers=(
        "per my",
        "as i ",
        "as previously",
        "as already",
        "this is my",
        "times",
        "still have",
        "still haven",
        "still did",
        "still waiting",
        "have not",
        "haven't",
        "haven’t",
        "did not",
        "didn't",
        "didn’t",
        "replied",
        "responded",
        "gotten back",
        "answered",
        "written back",
        "the third",
        "the fourth",
        "the fifth",
        "weeks",
        "months",
        "twice",
        "repeatedly",
        "more than once",
        "last time",
        " in my ",
        "this time",
        "by now",
        "never",
        "to my ",
    ),
)
EXPECT = compile_phrases(
    [
        # One phrase per form, so that each holds its own trigger ("a decision was expected" holds none).
        *(
            rf"i {fully}expect (?:to hear|a |an |your |you to |some |detailed |prompt |an answer)"
            for fully in ("", "fully ")
        ),
        *(
            rf"i {aux} {have}expected? (?:to hear|a (?:reply|response|decision|answer|call)|"
            r"an? (?:answer|update|reply)|the courtesy|you to|your)"
            for aux in ("would", "had", "fully", "did")
            for have in ("have ", "")
        ),
        r"(?:expect|deserve|ask for|would appreciate|request) (?:at least )?the (?:basic |common |simple )?(?:courtesy|decency) of",
        r"common courtesy",
        r"i (?:need|have|must|want) to know (?:by|before|within|this|today|tomorrow|tonight|now|right away|soon|"
        r"immediately|asap|where i stand)",
        r"i(?:'d|’d| would) like (?:an|a|your) (?:clear |prompt |quick |final |definitive )?(?:answer|decision|response|reply)(?! on how)",
        r"prioriti[sz]e my (?:application|candidacy)",
        # an order to answer fast: "please respond today", "I trust you will reply promptly"
        r"(?:please|kindly|you will|you'll|you’ll|i trust you will|i trust you'll|i trust you’ll|make sure to|make sure you)"
        r"(?: [a-z'’]+){0,5}? (?:(?:reply|respond|answer|get back to me|decide)(?: to (?:me|this|my \w+))? "
        r"(?:promptly|immediately|right away|at once|quickly|swiftly|without delay|today|tonight|tomorrow|this week)|"
        # "please let me know this week if you'd like references" is an offer; a demand for speed is not
        r"(?:let me know|confirm) (?:promptly|immediately|right away|at once|quickly|swiftly|without delay))",
        *(
            rf"i {verb} (?:a |an |your )?(?:clear |prompt |immediate |definitive |final )?"
            r"(?:answer|response|reply|decision|update|explanation|feedback)(?! on how)"
            for verb in ("need", "require", "demand", "want")
        ),
        r"i deserve (?:a|an|to|your)",
        r"(?:a|an) (?:clear|straight|definitive|straight-forward) answer",
        r"i insist",
        r"i must (?:insist|receive|know|hear|have (?:an?|your) (?:answer|response|reply|decision))",
        r"you need to (?:decide|reply|respond|answer|get back|let me know)",
        r"you owe me",
        *(
            rf"look forward to {det} (?:prompt|immediate|swift|speedy|quick) (?:reply|response|answer|decision)"
            for det in ("your", "a")
        ),
    ],
    triggers=(
        "i expect ",
        "fully expect",
        "would expect",
        "had expect",
        "did expect",
        "have expect",
        "i need ",
        "i require ",
        "i demand ",
        "i want ",
        "you need to",
        "deserve",
        "clear answer",
        "straight answer",
        "definitive answer",
        "straight-forward answer",
        "insist",
        "i must",
        "owe me",
        "look forward to your",
        "look forward to a ",
        "courtesy",
        "decency",
        "need to know",
        "have to know",
        "must to know",
        "want to know",
        "like a",
        "like your",
        "prioriti",
        "please",
        "kindly",
        "you'll",
        "you’ll",
        "you will",
        "make sure",
    ),
)
# A deadline: "by Friday", "within 24 hours", "at the latest", "immediately"...
DEADLINE = lazy(
    # The look-ahead names every possible first letter: a cheap test that fails at most positions.
    r"(?=[abinruw])\b(?:(?P<when>(?:by|before|no later than|within)\s+(?:the\s+)?(?:(?:this|next|end of|end of the|close of)\s+)?"
    rf"(?:{DAYS}|tomorrow|tonight|today|eod|cob|day|weekend|week|month|business|noon|midnight"
    r"|(?:next\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|a|an|a few|the next|a couple of)\s*"
    r"(?:business\s+|working\s+)?(?:hours?|hrs?|days?|weeks?))"
    r"|at (?:the|your) earliest(?! convenience)"
    r"|right away|immediately|urgently|as soon as possible|at once|without delay)"
    r"|at the latest|unless i hear|by (?:end of (?:the )?day|eod|cob|close of business))\b"
)
# ...set for the reader's answer when a word for it comes shortly before, in the same sentence.
ANSWER = lazy(
    r"\b(?:reply|respond|response|answer|decision|decide|decided|hear|hear back|get back|let me know|"
    r"send|confirm|update|feedback|word|offer|back to me|know|tell me|where i stand|revert)\b"
)
ASKED_OF_THEM = lazy(r"\b(?:please|you|your)\b")
OWN_PROMISE = lazy(
    r"\bi(?:'ll|’ll| will| can| could| shall| plan to| intend to| aim to| am happy to|'m happy to|’m happy to|"
    r" would be happy to| would be glad to| am glad to|'m glad to|’m glad to)\b"
    r"(?! (?:need|require|expect|want|have to|insist))"  # "I will need your decision by..." is no promise
)
THEIR_OWN_TIMELINE = lazy(
    r"\b(?:you|they|the (?:\w+ )?(?:panel|committee|team|company|firm|board|group|department)) (?:said|mentioned|"
    r"expected|hoped|planned|told|noted|indicated|would|were|was|will|hopes?|expects?|plans?|intends?|aims?)\b|\b(?:expected|hoped|planned|scheduled|due) to\b|\byour timeline\b"
    r"|\b(?:is|are|was|were) (?:expected|planned|scheduled|due)\b"
)
OFFER = lazy(
    r"\b(?:another|other|competing|a competing|an outside|a second|second) (?:job )?offers?\b"
    r"|\b(?:made|extended|given|offered) me (?:an? )?(?:offer|position|role|job)\b|\ban offer (?:from|on the table)\b"
    r"|\boffer on the table\b|\bother (?:interviews|opportunities|companies|options|processes) "
    r"(?:lined up|waiting|interested|in play|pending|moving)\b|\b(?:several|other) companies (?:are )?interested\b"
)
PRESSURE = lazy(
    r"\b(?:unless|need|must|cannot wait|can't wait|can’t wait|deadline|accept (?:it|their|that|the)|"
    r"quickly|soon|hurry|decide|by (?:tomorrow|"
    + DAYS
    + r"|end)|before then|limited time|wait around)\b"
)
IMPATIENT = compile_phrases(
    [
        r"(?:cannot|can't|can’t|won't|won’t|will not|am not going to) (?:wait|keep waiting)(?: around| forever| much longer| any longer| indefinitely)",
        r"(?:cannot|can't|can’t) keep (?:my \w+ open|waiting|holding)(?: \w+)? indefinitely",
        r"(?:waiting|wait) around",
        r"running out of patience",
        r"losing patience",
        r"i (?:don't|do not) have all (?:day|week)",
    ],
    triggers=("wait", "indefinitely", "patience", "have all"),
)

# "If I don't hear back by Friday, I will accept the other offer": a threat tied to their silence.
ULTIMATUM = compile_phrases(
    [
        r"(?:if i (?:do not|don't|don’t|haven't|haven’t|have not|cannot|can't|can’t)|unless i) (?:hear|get|receive|have)"
        r"[^.!?\n]{0,70}?(?:i will|i'll|i’ll|i shall|i must|i may|i might|i would|i'd|i’d) (?:have to |need to |be forced to )?"
        r"(?:withdraw|accept|assume|move on|take (?:the|that|their|another|an?)|pursue|look elsewhere|go with|consider other|"
        r"stop|give up)",
    ],
    triggers=("if i ", "unless i"),
)


# Complaining about the reader's silence: a complaint word and a word for their not answering, in one sentence.
COMPLAINT = lazy(
    r"\b(?:frustrat\w*|unprofessional|rude|disrespectful|inconsiderate|unacceptable|ignored|ignoring|disappoint\w*)\b"
)
SILENCE = lazy(
    r"\b(?:silence|no (?:reply|response|answer|word|update|news)|lack of (?:a )?(?:response|reply|communication|updates?|news)|"
    r"(?:not|never|n't|n’t) (?:\w+ )?(?:heard|hearing|replied|responded|received|gotten back|got back|told me|updated me)|"
    r"(?:heard|hear) (?:nothing|anything|a thing|a word))\b"
)


# Substrings every complaint holds: most notes have none, and then the patterns need not run.
COMPLAINT_TRIGGERS = (
    "frustrat",
    "unprofessional",
    "rude",
    "disrespectful",
    "inconsiderate",
    "unacceptable",
    "ignor",
    "disappoint",
)


def detect_complaint(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.lower
    if not any(t in text for t in COMPLAINT_TRIGGERS):
        return
    for m in COMPLAINT.finditer(text):
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
                continue  # "I can send the plan by Friday", "I'll get back to you by Monday": a promise
            start = asked.start()
        else:
            start = m.start()
        if THEIR_OWN_TIMELINE.search(text, left, right):
            continue  # the interviewer's own date, repeated back: not a demand
        yield Hit(start, m.end(), f'"{view.body[start : m.end()]}": {rule.message}')


# Substrings every match of OFFER holds.
OFFER_TRIGGERS = (
    "offer",
    "made me",
    "extended me",
    "given me",
    "other interviews",
    "other opportunities",
    "other options",
    "other processes",
    "companies",
)


def detect_leverage(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.lower
    if not any(t in text for t in OFFER_TRIGGERS):
        return
    for m in OFFER.finditer(text):
        left, right = sentence_around(text, m.start(), m.end())
        _, right = sentence_around(text, right, right)  # and the sentence after
        if PRESSURE.search(text, left, right):
            yield Hit(m.start(), m.end(), f'"{view.body[m.start() : m.end()]}": {rule.message}')


# ---------------------------------------------------------------- desperate
APOLOGY = compile_phrases(
    [
        r"sorry to (?:bother|trouble|pester|bug|disturb|nag|keep (?:writing|emailing|e-mailing|bothering|asking|pestering))\w*",
        r"sorry (?:for|about) (?:how|my|being|bothering|pestering|the) ?(?:so )?(?:nervous|performance|rambling|"
        r"bother(?:ing)?|pestering|persistence|repeated)\w*",
        r"sorry (?:for|about) (?:how|my|being) ?(?:so )?(?:bad|poor|awful|terrible|mistakes?)\w*",
        r"sorry (?:if|that) i(?:'m|’m| am| was) (?:being )?(?:a nuisance|annoying|a pest|a bother|bothering)",
        r"(?:hope|hoping) i(?:'m|’m| am) not (?:being )?(?:a nuisance|annoying|a pest|a bother|bothering you)",
        r"(?:a|such a) nuisance",
        r"sorry again",
        r"i apologi[sz]e for (?:bothering|my (?:persistence|performance|nerves))",
        # sorry for the candidate's own showing: "sorry for rambling", "I apologise for my weak answers"
        r"(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:\w+ ){0,3}?(?:rambl|stumbl|fumbl|flustered|blanking|"
        r"wasting|(?:poor|weak|bad|awful|terrible|shaky|clumsy|incomplete|disjointed|long-winded|nervous) "
        r"(?:answers?|responses?|performance|showing|explanations?|presentation|interview|examples?))\w*",
        r"(?:sorry|apologi[sz]e|apologies)(?: that| if| for how| for the way)? i (?:\w+ )?(?:rambled|stumbled|fumbled|froze|blanked|"
        r"struggled|messed up|was (?:so |very |a bit |too |quite )?(?:nervous|flustered|unprepared|scattered|all over the place)|"
        r"(?:couldn't|could not|didn't|did not|couldn’t|didn’t) (?:answer|explain|do better|perform|express))",
        *(
            rf"{hope} i (?:didn't|did not|didn’t|don't|do not|don’t|wasn't|was not|wasn’t) (?:come across|seem|appear|sound|look)"
            r" (?:as )?(?:too |so |very |overly )?(?:nervous|awkward|unprepared|flustered|scattered|incompetent|unqualified|desperate)"
            for hope in ("hope", "hoping")
        ),
        r"(?:hope|hoping) (?:this|my) (?:\w+ )?(?:doesn't|does not|doesn’t|isn't|is not|isn’t|won't|will not|won’t) "
        r"(?:bother|trouble|annoy|disturb|inconvenience|be a bother|be a nuisance)",
    ],
    triggers=(
        "sorry",
        "nuisance",
        "annoying",
        "pest",
        "bother",
        "apologi",
        "hope i",
        "hoping i",
        "trouble",
        "annoy",
        "disturb",
        "inconvenience",
    ),
)
NEED = compile_phrases(
    [
        *(
            rf"i (?:really |desperately |truly |so |badly )?need {what} (?:job|position|role|opportunity|work|offer)"
            for what in ("this", "that")
        ),
        r"i (?:really |desperately |truly )need this",
        r"(?:this|the|that) (?:job|position|role|opportunity|offer) (?:would )?means? (?:everything|the world) to me",
        r"(?:would|will) mean everything to me",
        r"i(?:'ve|’ve| have) been (?:out of work|unemployed|job[- ]hunting|looking for work|searching) for (?:months|years|so long|a long time|\w+ (?:months|years))",
        r"i(?:'m|’m| am) (?:begging|pleading)",
        r"i beg (?:you|of you)",
        r"begging",
        r"(?:please )?(?:give|grant) me (?:a|another|one more|a second|just one) chance",
        r"(?:another|one more|one last) chance",
        r"second chance",
        r"i(?:'ll|’ll| will) do anything",
        r"i (?:would|'d|’d|will|could) (?:take|accept) (?:a )?(?:lower|reduced|smaller) (?:salary|pay|wage|role|position|rate)",
        r"forever (?:grateful|indebted|in your debt)",
        r"i promise (?:i|you|to)",
        r"i(?:'m|’m| am) (?:so |really |truly )?desperate",
        r"(?:do|doing) whatever it takes",
        r"(?:please )?(?:don't|do not|don’t) give up on me",
        r"i (?:probably |really )?(?:don't|do not|don’t) deserve",
        r"i (?:won't|won’t|will not) let you down",
        r"(?:please )?reconsider",
        r"any way (?:you|the team|the panel|the committee) (?:would|could|might) (?:reconsider|change)",
        *(
            rf"(?:my|our) {which} {hope}"
            for which in ("last", "only", "final")
            for hope in ("hope", "chance", "shot")
        ),
        r"please please",
        r"please, please",
        *(
            rf"i(?:'ll|’ll| will| would|'d|’d) (?:happily |gladly )?(?:take|accept) {which} {what}"
            for which in ("any", "whatever")
            for what in ("salary", "pay", "offer", "position", "role", "job", "terms", "rate")
        ),
        *(
            rf"i {how} need (?:a|any|some|this|the|that) "
            r"(?:job|position|role|income|paycheck|chance|opportunity)"
            for how in ("really", "desperately", "truly", "badly", "urgently", "so", "just")
        ),
        *(rf"i {how} need (?:something|anything|work)" for how in ("just", "really")),
        *(
            rf"any {what}(?: at all)? (?:would|will) (?:be fine|do)"
            for what in ("job", "position", "role", "opening", "vacancy")
        ),
        r"(?:my family|my kids|my children|my wife|my husband|my partner|my parents) (?:is|are) (?:counting on|depending on|relying on)",
        r"(?:counting on|depending on|relying on) (?:this|getting this) (?:job|offer|position|role)",
        r"i have (?:bills|rent|a mortgage|debts) to pay",
        r"i(?: would| will|'d|’d|'ll|’ll| could| can| am willing to| am happy to|'m willing to|’m willing to)"
        r"(?: even| happily| gladly| gladly even)? work (?:for free|for nothing|unpaid|without pay)",
    ],
    triggers=(
        "really need",
        "desperately need",
        "truly need",
        "badly need",
        "urgently need",
        "so need",
        "just need",
        "last hope",
        "only hope",
        "final hope",
        "last chance",
        "only chance",
        "final chance",
        "last shot",
        "only shot",
        "final shot",
        "please please",
        "please, please",
        "whatever",
        "any salary",
        "any pay",
        "any offer",
        "any position",
        "any role",
        "any job",
        "any terms",
        "any rate",
        "any position",
        "any role",
        "any opening",
        "any vacancy",
        "counting on",
        "depending on",
        "relying on",
        "to pay",
        "for free",
        "for nothing",
        "unpaid",
        "without pay",
        "need this",
        "need that",
        "everything to me",
        "the world to me",
        "out of work",
        "unemployed",
        "hunting",
        "looking for work",
        "searching",
        "begging",
        "i beg",
        "pleading",
        "me a chance",
        "another chance",
        "one more chance",
        "second chance",
        "just one chance",
        "do anything",
        "lower",
        "reduced",
        "smaller",
        "forever",
        "i promise",
        "desperate",
        "whatever it takes",
        "give up on me",
        "deserve",
        "let you down",
        "reconsider",
        "any way",
    ),
)
NEGATIONS = ("don't", "do not", "don’t", "didn't", "did not", "didn’t")
SELF_DOUBT = compile_phrases(
    [
        r"(?:i (?:know|think|feel|realize|realise|'m sure|’m sure|am sure) )?i (?:completely |totally |really )?"
        r"(?:bombed|blew it|blew the|botched|messed up|screwed up|froze|blanked|rambled|did poorly|did badly|was terrible|performed poorly|failed(?! to)|"
        r"was (?:so |really |just )?(?:awful|horrible|dreadful|hopeless|useless)|did (?:terribly|awfully|horribly))",
        r"(?:completely|totally) (?:froze|blanked|bombed|blew it)",
        r"i bombed",
        # about the candidate's own showing, not a system they fixed ("the old process was a mess")
        *(
            r"(?:my (?:\w+ )?(?:answer|interview|performance|presentation|demo|demonstration|lesson|response|case study)s?|i) "
            rf"(?:was|were) (?:a|an absolute|a complete|a total) {what}"
            for what in ("(?:disaster|train wreck|trainwreck)", "mess")
        ),
        *(
            rf"i(?:'m|’m| am) (?:probably |clearly |obviously |likely )?not {what}"
            for what in (
                "the strongest",
                "the best",
                "the ideal",
                "the right",
                "a strong",
                "a good",
                "your top",
                "your first",
                "the most",
                "the obvious",
                "the perfect",
                "as qualified",
                "as experienced",
                "as strong",
            )
        ),
        r"(?:such a|a complete|a total|like a) failure",
        r"embarrass(?:ed|ing) myself",
        r"i feel (?:so )?(?:terrible|awful|stupid|foolish|like (?:a|such a|an) (?:failure|fool|idiot|fraud))",
        r"i feel (?:so )?like (?:a|such a|an) mess",
        r"(?:don't|do not|don’t) know why (?:you|anyone|the team) would (?:pick|choose|hire|consider|want|select) me",
        r"i(?:'m|’m| am| was)? (?:just )?not good enough",
        r"(?:did not|didn't|didn’t) do myself justice",
        r"(?:so|very|terribly|incredibly) nervous",
        r"devastat(?:ed|ing)",
        r"heartbroken",
        r"i(?:'m|’m| am| was| feel) crushed",
        r"(?:a |such a |an absolute |a complete |a total )?nervous wreck",
        *(
            rf"i {neg} (?:think i (?:did|do|perform(?:ed)?)|did|do|perform(?:ed)?) (?:very |that |so )?(?:well|great|good|my best)"
            for neg in NEGATIONS
        ),
        r"(?:not sure|doubt|wonder if|wonder whether|worry|afraid) (?:that )?i(?:'m|’m| am) (?:\w+ )?(?:good|qualified|experienced|smart|strong) enough",
        r"(?:understand|forgive you) if you (?:pass on me|choose someone else|go with someone else)",
        r"my (?:weak|poor|bad|terrible|awful|shaky|clumsy|rambling|nervous|embarrassing|disappointing|lackluster|lacklustre) "
        r"(?:answers?|responses?|performance|showing|interview|presentation|explanations?)",
        r"(?:don't|do not|don’t) hold (?:\w+ ){0,4}?against me",
        r"please forgive me",
        r"(?:forgive|excuse|overlook) my (?:\w+ )?(?:answers?|mistakes?|nerves|performance|rambling|responses?|showing)",
        r"i (?:feel like i |know i |think i |fear i |worry i )?let (?:you|the team|the panel|everyone|you all) down",
    ],
    triggers=(
        "wreck",
        *(f"i {neg} {verb}" for neg in NEGATIONS for verb in ("think i", "did", "do", "perform")),
        "weak",
        "poor",
        "bad",
        "terrible",
        "shaky",
        "clumsy",
        "rambling",
        "embarrassing",
        "disappointing",
        "lacklust",
        "good enough",
        "qualified enough",
        "experienced enough",
        "smart enough",
        "strong enough",
        "forgive",
        "excuse",
        "overlook",
        "pass on me",
        "someone else",
        "awful",
        "horrible",
        "dreadful",
        "hopeless",
        "useless",
        "terribly",
        "horribly",
        "against me",
        "forgive",
        "excuse my",
        "overlook my",
        "you down",
        "team down",
        "panel down",
        "everyone down",
        "all down",
        "bombed",
        "blew",
        "botched",
        "messed up",
        "screwed up",
        "froze",
        "blanked",
        "rambled",
        "did poorly",
        "did badly",
        "was terrible",
        "performed poorly",
        "failed",
        "disaster",
        "a mess",
        "absolute mess",
        "complete mess",
        "total mess",
        "an mess",
        "train wreck",
        "trainwreck",
        "not the ",
        "not a ",
        "not your ",
        "not as ",
        "failure",
        "embarrass",
        "stupid",
        "fool",
        "idiot",
        "fraud",
        "know why",
        "justice",
        "nervous",
        "devastat",
        "heartbroken",
        "crushed",
    ),
)

THANK_YOU_NOTE = (
    "Dear Jane,\n\nThank you for meeting with me today about the Senior Data Engineer role. "
    "Our talk about moving nightly batch ETL to Kafka streams stayed with me.\n\n"
    "Best regards,\nPriya Raman"
)

RULES = (
    Rule(
        "tone.informal.slang",
        "informal",
        "slang or text-speak reads as too casual for a hiring note",
        "write the words out in plain professional English",
        detect=detect_slang,
        reason="Text-speak and slang ('lmk', 'ngl', 'awesome', 'a ton') read as careless in a note that is part of an application.",
        flags=(
            "Thanks a ton for today.",
            "Any news? lmk!",
            "It was awesome meeting the team.",
            "I'm super excited about it.",
            "It was great chatting, ttyl.",
            "The office seems really chill.",
            "Cool cool, talk soon.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I would be glad to help the team cool the data centre.",
            "Thanks Inc. was a client of mine.",
            "The chill chain for the cafe is handled by a vendor.",
        ),
    ),
    Rule(
        "tone.informal.emoji",
        "informal",
        "emoji do not belong in a professional note",
        "remove the emoji; say it in words if it matters",
        detect=detect_emoji,
        data=EMOJI,
        reason="Emoji read as chatty and may render oddly in the recipient's mail client.",
        flags=("It was great meeting the team 😊", "Crushed it 🙌"),
        passes=(THANK_YOU_NOTE, "I liked the café’s menu."),
    ),
    Rule(
        "tone.informal.emoticon",
        "informal",
        "emoticons read as too casual",
        "remove the emoticon",
        detect=detect_emoticon,
        data=EMOTICON,
        reason="Emoticons such as :) are for friends, not interviewers.",
        flags=("No problem at all :)", "Sad to hear that :(", "See you soon ;)"),
        passes=(THANK_YOU_NOTE, "My portfolio is at https://example.com/work (see the last item)."),
    ),
    Rule(
        "tone.informal.greeting",
        "informal",
        "a casual greeting",
        'open with "Dear <name>," or "Hello <name>,"',
        detect=detect_casual_greeting,
        reason="'Hey' is how friends greet each other; 'Dear' or 'Hello' with the name is the professional form.",
        flags=("Hey Jane,\n\nThanks for today.", "Hey there!\n\nThank you."),
        passes=(THANK_YOU_NOTE, "Hello Jane,\n\nThank you."),
    ),
    Rule(
        "tone.informal.shouting",
        "informal",
        "words in capitals read as shouting",
        "write the word in normal case; let the sentence carry the emphasis",
        detect=detect_shouting,
        reason="Capitals read as raised voice. Acronyms (SQL, HIPAA, CPA) are not shouting.",
        flags=(
            "The package sounds AMAZING.",
            "I am REALLY excited about this.",
            "It was SUCH a pleasure.",
            "I am TRULY grateful.",
            "I DEFINITELY want this role.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I hold a CPA and know SQL, HIPAA and AWS well.",
            "I passed the NCLEX and the ASAP check.",
            "I would love to help grow the STEM club.",
        ),
    ),
    Rule(
        "tone.informal.exclamations",
        "informal",
        "a run of exclamation or question marks",
        "use one mark, or a full stop",
        detect=detect_exclamations,
        data=EXCLAMATIONS,
        reason="Runs such as '!!' or '??' read as excitable or impatient; a single '!' is fine.",
        flags=("Thanks for today!!", "Any news??", "Really?!"),
        passes=(THANK_YOU_NOTE, "I would love to help build it!"),
    ),
    Rule(
        "tone.informal.stretched",
        "informal",
        "a word stretched for effect",
        "write the word once, normally spelt",
        detect=detect_stretched,
        reason="Stretched words like 'sooo' are text-speak.",
        flags=("Thank you sooo much.", "I am soooo glad."),
        passes=(THANK_YOU_NOTE, "See www.example.com and Louis XIII."),
    ),
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
        ),
        passes=(
            THANK_YOU_NOTE,
            "I am writing to follow up on my interview.",
            "I am still waiting for my transcript from the university, which I will forward.",
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
        reason="'I expect to hear', 'I need an answer' and 'I deserve' make demands of someone who owes nothing.",
        flags=(
            "I expect to hear from you soon.",
            "I need an answer this week.",
            "I deserve a clear answer.",
            "I need to know by Thursday whether I am still being considered.",
            "I'd like an answer before the weekend.",
            "Please prioritize my application and respond today.",
            "I would expect the courtesy of a reply.",
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
        reason="A deadline set for the interviewer ('reply by Friday', 'by end of day') is pressure.",
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
        "leave the condition out; if another offer has a deadline, say so once, politely, and ask about their timeline",
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
        reason="Calling the reader's silence frustrating or unprofessional is a guilt-trip, whatever the wait.",
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
    Rule(
        "tone.desperate.apology",
        "desperate",
        "apologises for writing or for yourself",
        "drop the apology: a short, confident note is not a bother",
        detect=detect_phrases,
        data=APOLOGY,
        reason="'Sorry to bother you again' and 'I hope I'm not a nuisance' sound anxious and undercut the note.",
        flags=(
            "I'm so sorry to bother you again.",
            "I hope I'm not being a nuisance.",
            "Sorry for how nervous I was.",
            "I am sorry for rambling during the interview.",
            "I'm sorry I stumbled over the budgeting question.",
            "I apologize for my poor answers.",
            "I hope I didn't come across as too nervous.",
            "I hope this email doesn't bother you too much.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I was sorry to hear about the storm damage to the depot.",
            "Sorry about the poor audio on my end during the call.",
            "Sorry for the mistake in my earlier email; the correct date is the 14th.",
        ),
    ),
    Rule(
        "tone.desperate.need",
        "desperate",
        "begs or says how badly you need the job",
        "state your interest and what you bring, not your need",
        detect=detect_phrases,
        data=NEED,
        reason="Begging ('I really need this job', 'please give me a chance') reads as desperation, not fit.",
        flags=(
            "I really need this job.",
            "Please give me a second chance.",
            "This job would mean everything to me.",
            "Is there any way the team would reconsider?",
            "Please, I really need a job right now.",
            "My family is counting on me getting this job.",
            "I'll take any salary you offer.",
            "I would happily work unpaid for a month.",
            "This position is my last hope.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I need to check one detail of the role: is it hybrid?",
            "I really need the work-life balance this role offers.",
            "The volunteers I coordinated work for free on weekends.",
        ),
    ),
    Rule(
        "tone.desperate.self-doubt",
        "desperate",
        "runs yourself down",
        "leave out the self-criticism; add what you would do now",
        detect=detect_phrases,
        data=SELF_DOUBT,
        reason="'I know I bombed it' or 'I'm not the strongest candidate' argues against hiring you.",
        flags=(
            "I know I bombed the design question.",
            "I'm probably not the strongest candidate.",
            "I feel like such a failure.",
            "I was a nervous wreck.",
            "Please don't hold my weak answers against me.",
            "I feel like I let you down.",
            "I'm not the most qualified, but I'll work hard.",
            "I don't think I did well.",
            "I'm not sure I'm good enough for this team.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "The bombing range survey was fascinating.",
            "I was a little nervous, but I enjoyed every minute.",
            "My poor old laptop crashed during the demo, but the slides survived.",
        ),
    ),
)
