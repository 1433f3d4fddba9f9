"""A last test of the candidate's own lines: do they read as English, or are they left out?

The gate (:mod:`.gate`) mends the slips it can be sure of. What is left may still be broken
in ways no mend can settle without guessing, the slips that readers marked as embarrassing
in a thank-you note:

- a noun counted one at a time with no "a", "the" or "my" before it ("at hotel bakery",
  "in Tongyeong hall", "as final project"): which article is right is not known;
- a present tense with "since" or "for three years" ("I make snow profiles since 2019",
  "I already lead the audit for 2 years"): it needs "have";
- the object after its adverb ("I know very well the membranes", "I have done already the
  forecast").

- a verb that has lost its ending or its helper ("our rate go down", "the one who start",
  "able to organized", "should to say", "so used to site"), and the set slips of a second
  language ("on January", "discuss about", "is needing", "had same professor", "speak
  English good", "came also from");
- a topic that is a note ("budget tight", "ferry coming", "his thing about less sugar") or a
  bond offered as a topic ("you are also from China").

Set phrases, times, labels, names and roles pass ("on site", "in summer", "grade 7", "Bay of
Fundy", "as site manager"); the lists are data, under ``[bare]`` in ``debrief.toml``. Such a
line is left out, and the plan's advice says why. A line a note leaves out costs a detail; a
broken sentence costs the note.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    AUXILIARIES,
    COUNTS_IN_WORDS,
    DETERMINERS,
    DETERMINING,
    FUNCTION_WORDS,
    MONTHS,
    PREPOSITIONS,
    TIME_NOUNS,
)
from afterview.compose.reading.shapes import (
    STATES_AFTER_BE,
    is_person_noun,
    tags_of,
    uncounted_nouns,
)
from afterview.compose.reading.text import NUMBER_WORDS, Unusable, bare
from afterview.compose.reading.vocabulary import data, other_language_words

# The candidate's own lines, and what they noted of the other side: a topic, a doubt, a bond.
KINDS = frozenset("strength answer wish news topic concern rapport".split())
# Kinds whose clause is the candidate's own, said in the first person: tense and order too.
OWN = frozenset("strength answer wish news".split())
# "had same professor": "same" always takes "the".
_BARE_SAME = lazy(r"(?<!\bthe )(?<!\bthe very )\bsame ")

# Words after a preposition that stand where an article would ("for more than", "of each").
_QUANTITIES = frozenset("more less most least much enough half all both".split())
# After these a bare noun is how English says it ("than expected", "per shift", "since 2019").
_NOT_OPENERS = frozenset("than like per since until via".split())
# Endings of nouns of an activity or a field, not counted ("training", "compliance").
_FIELD_ENDINGS = (
    *("ing", "ion", "ity", "ment", "ware", "ance", "ence", "ness", "ism", "ics", "age"),
    *("cy", "ure", "th", "ogy", "sis", "ety", "apy", "ia", "metry", "istry"),  # not "bakery"
)
# Times, and "once" and "service" as a kitchen says them: "at once", "before service".
_TIMES = TIME_NOUNS | {"once", "service"}
# Nouns after which "of" names a kind or an amount, never one thing: "types of soil".
_KINDS_OF = frozenset(
    "type types kind kinds sort sorts lot lots amount piece bit deal level degree form forms "
    "way ways source sources quality quantity volume range mix".split()
)
# What someone else did to one thing: "you drove school bus" needs its "a". (The candidate's
# own "I drove forklift" is the gate's: see gate._object_after_a_verb.)
_SUBJECTS = frozenset("you he she they".split())
_DONE_TO_A_THING = frozenset(
    """drove drives drive led leads built builds managed manages opened opens bought buys owns
    owned started starts""".split()
)
# Words that end a phrase as a comma would: "school bus too".
_ENDERS = frozenset("too also before again now then there here".split())
# People named by what anyone at work is, not by a role: "as employee" needs its "an".
ANYONE = frozenset("employee worker member person freelancer staffer".split())
# Words after a thing that carry on its name: "pack out", "set up".
_AFTER_A_THING = frozenset("out up off back ago away together abroad again".split())
# Places typed without their capitals ("at Sassoon hospital", "Raffles hotel school"): after a
# name, one of these is part of it, not one of many (the gate reads them the same way).
INSTITUTIONS = frozenset(
    "hotel school university college hospital club church bank council academy institute "
    "centre center clinic library museum gallery zoo".split()
)
# Places said bare after their name: "at Heathrow airport", "at Calapan port" (never "the").
NAMED_BARE = frozenset("port airport station harbour harbor docks town".split())  # "Narok town"


def in_practice(words: list[str]) -> bool:
    """ "in small-animal practice", "in trauma-informed practice": practice as a field of work,
    bare as "in medicine" is (never "the"); "at dental practice" is a place, and needs one."""
    return len(words) > 2 and bare(words[0]) == "in" and bare(words[-1]) == "practice"


@cache
def _idioms() -> frozenset[str]:
    return frozenset(phrase.lower() for phrase in data()["bare"]["idioms"])


def is_idiom(phrase: str) -> bool:
    """A preposition and a bare noun English says as they are: "on site", "for pleasure"."""
    return phrase.lower() in _idioms()


@cache
def _counted() -> frozenset[str]:
    return frozenset(w.lower() for w in data()["bare"]["counted"])


def counted(key: str) -> bool:
    """A noun the lexicon does not count, that is one thing all the same: "debrief", "mooring"."""
    return key in _counted()


def uncounted(key: str) -> bool:
    """A noun of a field, a state or a material: no "a" before it ("traffic", "soil")."""
    return key in uncounted_nouns()


def _counted_one(key: str) -> bool:
    """A noun for one thing counted one at a time: "bakery", "hall", "project"."""
    if key in _counted():
        return True  # "crossing", "wedding": "-ing", and still one thing
    tags = tags_of(key)
    return (
        "N" in tags
        and not tags & {"S", "D", "Z", "G", "P"}
        and key not in uncounted_nouns()
        and lexicon.counting(key) != "M"  # "fatigue", "nitrogen": usage says never one thing
        and not key.endswith(_FIELD_ENDINGS)
        and not (key.endswith("s") and "N" in tags_of(key[:-1]))  # "relations"
    )


def _phrase_after(ws: list[str], start: int) -> list[str]:
    """The words naming one thing from ``start``: adjectives, nouns and names, up to a
    function word or a comma."""
    span: list[str] = []
    for word in ws[start:]:
        key = bare(word)
        if not key or key in FUNCTION_WORDS or key in DETERMINING or key in _AFTER_A_THING:
            break  # "events back in the day"
        if key[:1].isdigit():
            break  # a figure after a thing starts another phrase: "quota 3 quarters straight"
        tags = tags_of(key)
        named = word[:1].isupper() or any(c.isdigit() for c in key) or "-" in key
        if not (named or tags & {"J", "N", "G", "S"} or not tags):
            break
        span.append(word)
        if word[-1:] in ",;:.)":
            break
    return span


# Stages of schooling, said without an article: "all through high school".
SCHOOL_STAGES = frozenset(
    """high middle primary secondary grade elementary junior senior grammar boarding law med
    medical grad graduate nursing business dental vet veterinary night summer""".split()
)  # "all through high school", "before law school": a stage of life, with no article


_WH_OPENERS = frozenset("how what why whether where when who".split())


def a_wh_clauses_verb(ws: list[str], i: int) -> bool:
    """Whether ``ws[i]`` is the verb of a clause opened by "how", "what" ...: "how hotel owners
    in Agra think about OTAs" (never "the Agra think")."""
    if not ws or bare(ws[0]) not in _WH_OPENERS or "V" not in tags_of(bare(ws[i])):
        return False
    return i == len(ws) - 1 or bare(ws[i + 1]) in PREPOSITIONS | DETERMINERS


def _bare_count_noun(text: str) -> str | None:
    """ "at hotel bakery": a preposition, then a thing counted one at a time with nothing
    to say which one (else None)."""
    ws = text.split()
    for at, opener in enumerate(ws[:-1]):
        key = bare(opener)
        done = at > 0 and bare(ws[at - 1]) in _SUBJECTS and key in _DONE_TO_A_THING
        if opener != key or (key not in PREPOSITIONS and not done) or key in _NOT_OPENERS:
            continue  # "Bay of Fundy", "gear, on", "per shift"; "you drove school bus"
        first = bare(ws[at + 1])
        if first in DETERMINERS or first in _QUANTITIES or first in DETERMINING:
            continue
        if "'" in ws[at + 1] or ws[at + 1][:1].isdigit():
            continue  # "at the club's", "for 3 lines"
        if key == "of" and at and bare(ws[at - 1]) in _KINDS_OF:
            continue  # "types of soil", "a lot of paperwork"
        if key == "to" and "V" in tags_of(first):
            continue  # "to build", "how to keep"
        if first in SCHOOL_STAGES and at + 2 < len(ws) and bare(ws[at + 2]) == "school":
            continue  # "through high school": a stage of life, not a school
        before = ws[at - 1] if at else ""
        acronym = len(before) > 1 and before.isupper()  # "a JV with Hefei-based contractor"
        if before[:1].isupper() and not acronym and ws[at + 1][:1].isupper():
            continue  # inside a name: "Bay of Fundy", "Reporters for Investigative Journalism"
        span = _phrase_after(ws, at + 1)
        if not span:
            continue
        after = ws[at + 1 + len(span)] if at + 1 + len(span) < len(ws) else ""
        following = bare(after)
        beyond = bare(ws[at + 2 + len(span)]) if at + 2 + len(span) < len(ws) else ""
        shared = following in ("and", "or") and beyond not in DETERMINERS | PREPOSITIONS
        shared = shared and beyond != "we"  # "for export house and after four years": ended
        if shared or following in _AFTER_A_THING or following[:1].isdigit():
            continue  # "in manual and automation QA": the head comes later (not "about
            # bundle and our rate"); "at pack out"; "for grade 7": a label
        ended = following in FUNCTION_WORDS or following in DETERMINING or following in _ENDERS
        if following and not ended and span[-1][-1:] not in ",;:.)":
            continue  # the phrase goes on in a word the lexicon does not know as a noun
        head = bare(span[-1])
        if a_wh_clauses_verb(ws, at + len(span)):
            continue  # "how owners in Agra think about ...": "think" is the clause's verb
        named = any(w[:1].isupper() for w in span)
        if head in _TIMES or (head in INSTITUTIONS | NAMED_BARE and named):
            continue
        if not span[-1][:1].islower() or not head.isalpha() or any("'" in w for w in span):
            continue  # a name ("in Lower Division"), a figure, a possessive
        if " ".join([key, *map(bare, span)]) in _idioms() or in_practice([key, *span]):
            continue  # "on site", "by hand", "in front office"
        inside = any(bare(w) in DETERMINERS for w in ws[max(0, at - 3) : at])
        if is_idiom(f"{key} {bare(span[0])}") and len(span) > 1 and inside:
            continue  # "a whole-school reading for pleasure programme": "a" is the programme's
        if is_person_noun(head) and (key == "as" or done) and head not in ANYONE:
            continue  # "five as site manager", "became head chef"; not "as employee"
        if _counted_one(head):
            return " ".join([opener, *span]).rstrip(",;:.)")
    return None


# "I make snow profiles since 2019", "I lead the audit for 2 years": the time says "have".
SINCE = lazy(
    r"\bsince (?:\d+|(?:last|early|late) [a-z]+|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*(?: \d+)?|(?:the )?(?:spring|summer|autumn|fall|winter)\b)",
    re.I,
)
_FOR_YEARS = lazy(
    rf"\bfor (?:\d+|one|{COUNTS_IN_WORDS}|many|several)"
    r" (?:years?|months?|weeks?)\b"
)
# "I clean all my data in R since": "since" as an adverb, after a present.
_SINCE_AT_THE_END = lazy(r"I (?P<verb>[a-z]+) [^,;]*\bsince$")
# "is in evaluation since August": a state since a time is "has been".
_IS_SINCE = lazy(r"\b(?:is|are|am) (?!\w+ing\b)[^,;]*?\bsince\b")
# Verbs whose present with "for three years" is how a careful writer would put it anyway.
STATIVE = frozenset("am is are be have has know own hold live need want like".split())


def _present_for_a_time(text: str) -> str | None:
    if " since " in text and _IS_SINCE.search(text):  # "my husband's job is in X since May"
        return "“is … since” needs “has been”"
    last = text[text.rfind("I ") :] if text.endswith(" since") else ""  # the last clause's
    ended = _SINCE_AT_THE_END.match(last) if last else None
    if ended and ended["verb"] not in STATIVE and "V" in tags_of(ended["verb"]):
        # "... and I clean all my baseline data in R since": "ever since" needs "have"
        return f"“I {ended['verb']} … since” needs “have”"
    ws = text.split()
    if len(ws) < 3 or ws[0] != "I":
        return None
    verb = bare(ws[2] if bare(ws[1]) in ("already", "also", "still") else ws[1])
    counted_since = verb == "have" and (ws[2][:1].isdigit() or bare(ws[2]) in NUMBER_WORDS)
    if counted_since and " since " in text and SINCE.search(text):
        # "I have two conference papers since 2024": held things are not counted since a date
        return "“I have … since …” counts what you hold from a date (“I have published two …”)"
    if verb in AUXILIARIES or verb in STATIVE:
        return None
    tags = tags_of(verb)
    if "V" not in tags and "Z" not in tags:
        # a past: "I licensed the grader since 2022" needs "have" too; "for 3 years" is fine
        found = SINCE.search(text) if "D" in tags else None
        return f"“I {verb} … {found.group(0)}” needs “have”" if found else None
    found = SINCE.search(text) or _FOR_YEARS.search(text)
    if not found:
        return None
    done = lexicon.inflect(lexicon.lemma(verb) or verb, "VBN")
    return f"“I {verb} … {found.group(0)}” needs “have” (“I have {done} …”)"


# "I know very well the membranes", "I have done already the forecast".
_ADVERB_BEFORE_OBJECT = lazy(
    r"\b(?P<verb>[a-z]+) (?P<adverb>very well|already|also|always|well) (?:the|a|an|my|our|all)\b"
)


def _adverb_before_object(text: str) -> str | None:
    found = _ADVERB_BEFORE_OBJECT.search(text)
    if found is None or found["verb"] in AUXILIARIES - {"have", "has", "had", "do", "did"}:
        return None  # "I am also the captain"
    if found["verb"] in ("have", "has", "had") and found["adverb"] in ("also", "always"):
        return None  # "I have also a ..." is British enough to stand
    return found.group(0)


# "discussed about", "explaining about": these verbs take their thing without "about".
_VERB_ABOUT = lazy(
    r"\b(?P<verb>discuss|discussed|discussing|discusses|explain|explained|explaining|"
    r"explains) about\b"
)
# "I am having the BSc": a verb of having or knowing does not take "-ing" so.
_STATE_AS_ACT = lazy(
    r"\b(?:am|is|are|was|were) (?:having|knowing|owning|understanding|needing|"
    r"belonging) (?!fun\b|a baby\b|lunch\b|dinner\b|breakfast\b)"
)
# "you were training in Kyoto 12 years": a length of time needs its "for".
_BARE_SPAN = lazy(
    rf"\b[A-Z][a-z]+ (?:\d+|{COUNTS_IN_WORDS}) "
    r"(?:years?|months?|weeks?|days?|hours?|minutes?)"
    r"(?=$|[,.;]| (?:in|at|and|with|as|before|after|there|here|about|on)\b)"
)
# "I should to say": a modal takes the plain verb.
_MODAL_TO = lazy(r"\b(?:should|must|can|could|will|would|may|might) to [a-z]+")
# "I am a master degree": one holds a degree, one is not it (one may be a games master).
_AM_A_DEGREE = lazy(
    r"\bI am an? (?:[\w']+ )?(?:degree|diploma|bachelor|masters|master's|"
    r"master(?= (?:degree|in|of)\b))"
    r"(?![\w-]| holder| graduate| student)"
)
# "something go wrong", "the hotel receive many guests": the verb has lost its "-s".
_ONE_DOES = lazy(
    r"\b(?:something|someone|somebody|everything|everyone|nothing|nobody|anyone|anything) "
    r"(?P<verb>go|come|happen|break|need|want|make|take|get)\b"
)
# "your mum came also from abroad": "also" stands before the verb.
_ALSO_AFTER = lazy(
    r"\b(?P<verb>came|went|lived|studied|worked|grew|moved|trained) also "
    r"(?:from|to|in|at|with|up)\b"
)
# "opening on January": a month alone takes "in".
_ON_A_MONTH = lazy(rf"\bon (?:{MONTHS})\b(?! \d)")
# "I am the one who start the chart": the verb after "the one who" needs its ending.
_THE_ONE_WHO = lazy(r"\bthe one who (?P<verb>[a-z]+)\b")
# "the SWRB was approved my registration": a passive cannot take a thing after it.
_PASSIVE_WITH_OBJECT = lazy(
    r"\b(?:was|were|is|are|been) (?:already )?(?:approved|accepted|published|completed|finished|"
    r"renewed|submitted|signed|issued) (?:my|the|our|a|an|his|her|their)\b"
)
# "I was able to organized": "able to" takes the plain verb.
_ABLE_TO = lazy(r"\bable to (?P<verb>[a-z]+ed)\b")
# "I pass the IELTS with 6.5": a one-off result is in the past.
_ONE_OFF_NOW = lazy(
    r"^I (?:already )?(?:pass|finish|complete|win|receive|obtain|graduate) "
    r"(?:the|my|a|an|from)\b"
)
# "I was writing the court reports for five years": a span of the past is not "was ...ing".
_WAS_ING_FOR = lazy(
    rf"^I was [a-z]+ing\b.*\bfor (?:\d+|{COUNTS_IN_WORDS}) "
    r"(?:years?|months?)\b"
)
# "we are both UCD civil engineering": "both" what? A kind of person, or a place they are from.
_BOTH = lazy(r"^(?:we are|we're) both (?P<what>[^,;]+)")


def _both_what(text: str) -> str | None:
    found = _BOTH.match(text)
    if found is None:
        return None
    ws = found["what"].split()
    head = bare(ws[-1])
    if bare(ws[0]) in ("a", "an"):
        return found.group(0)  # "we are both a UCD civil engineering": one of two is "a"
    if bare(ws[0]) in PREPOSITIONS or bare(ws[0]) in FUNCTION_WORDS or head.endswith("s"):
        return None  # "from Cork", "in the choir", "keen cyclists"
    if bare(ws[0]) in STATES_AFTER_BE:
        return None  # "obsessed with the Toss app": a state, and what it is about
    if is_person_noun(head) or "J" in tags_of(head) or ws[-1][:1].isupper():
        return None  # "a runner", "Irish", "Arsenal"
    return found.group(0)


# "speak English good": how well one speaks is said with "well".
_SPEAKS_GOOD = lazy(
    r"\b(?:speak|speaks|spoke|write|writes|wrote) [A-Z][a-z]+ (?:very )?(?:good|bad)\b"
)
# "so used to site", "so good at it": a tail that lost its "I am".
_LOST_I_AM = lazy(
    r"(?<![,.]) so (?:used|good|able|comfortable|familiar|confident|experienced) (?:to|at|with)\b"
)
# "I passed JLPT N4 in July and working on N3": the "-ing" lost its "am".
_LOST_AM = lazy(r"\band (?:now |also )?(?:working|studying|preparing|learning|taking|doing) ")
# "I can work very precise": how one works is said with "-ly".
_HOW = lazy(
    r"\b(?P<verb>work|works|worked|working|speak|speaks|spoke|write|writes|wrote|communicate|"
    r"communicated|drive|drove|learn|learned|learnt) (?:very |really |quite |so )?(?P<how>[a-z]+)"
    r"(?=$|[,.;]| with\b| and\b| in\b| under\b)"
)
# "a journeyman certificate, with 2019": a year joined by "with" says nothing.
_WITH_YEAR = lazy(r"\bwith (?:19|20)\d\d\b")
# "I did 2 years export declarations": the time needs its "of".
_TIME_WITHOUT_OF = lazy(
    rf"\b(?:did|spent) (?:\d+|one|{COUNTS_IN_WORDS}) (?:years?|months?|"
    r"weeks?|seasons?|summers?|winters?) (?!of\b|at\b|in\b|on\b|with\b|as\b|for\b|in\b|ago\b|"
    r"abroad\b|there\b|here\b)(?P<what>[a-z]+)(?<!ing)\b"
)


def _ly(word: str) -> str:
    if word.endswith("le"):
        return word[:-1] + "y"  # "simple" -> "simply"
    if word.endswith("y"):
        return word[:-1] + "ily"  # "steady" -> "steadily"
    return word + "ly"


# "our VAP rate go down": one thing, and a verb that has lost its "-s" or its "-ed".
_LOST_ENDING = lazy(
    r"\b(?:our|my|the|his|her|their|its|this) (?:[\w-]+ ){0,2}(?P<noun>[a-z]+) "
    r"(?P<verb>go|come|drop|fall|rise|grow|increase|decrease|improve|change|stay|remain|begin|"
    r"start|end|open|close|finish) (?=down\b|up\b|from\b|to\b|by\b|in\b|on\b|at\b|next\b|\d)"
)


def _lost_ending(text: str) -> str | None:
    found = _LOST_ENDING.search(text)
    if found is None:
        return None
    tags = tags_of(found["noun"])
    if "N" not in tags or "S" in tags or found["noun"] in ("people", "staff", "police"):
        return None  # "our sales go up", "the staff come in"
    after = text[found.end() :].split()[:1]
    if "N" in tags_of(found["verb"]) and not (after and after[0] in ("down", "up")):
        return None  # "the yield drop in the Lower division": a noun of two words
    return f"{found['noun']} {found['verb']}"


def _how_without_ly(text: str) -> str | None:
    """ "work very precise": an adjective where its adverb in "-ly" belongs."""
    for found in _HOW.finditer(text):
        tags = tags_of(found["how"])
        if "J" in tags and "R" not in tags and "R" in tags_of(_ly(found["how"])):
            return found.group(0)
    return None


# "we spoke in Farsi", "you are also from China": a bond between them, not a subject talked about.
_A_BOND = lazy(
    r"\b(?:you|he|she) (?:is|are|was|were) also from\b|^we (?:both|spoke in|talked in|chatted in)\b"
    r"|^you (?:are|were|come|came) from\b"  # "you are from Debrecen": where they are from
)
# "we both fishing on off days": the bond with its verb left out.
_BOTH_WITHOUT_A_VERB = lazy(r"^we both [a-z]+ing\b")
# "single crewed and backup 40 minutes away", "short staffed": a state, not a subject.
_STATE_FIRST = lazy(r"^(?:single|short|under|over|fully|well|badly|double)[ -]\w+ed(?:$|,| and\b)")
# "ballast water treatment which maker": a question about it, in shorthand.
_WHICH_AT_THE_END = lazy(r"\b(?:which|what) [a-z]+$")
# Verbs that take no object: "I live burns at the academy" is a noun read as a verb.
_NO_OBJECT = lazy(
    r"^I (?:live|arrive|sleep|belong|exist) (?!(?:in|at|on|near|with|by|for|from|to|abroad|"
    r"here|there|locally|nearby|alone|together|close|far|up|out|off)\b)[a-z]"
)
# "your thing about less sugar": a note's word for a subject it does not name.
_VAGUE_THING = lazy(r"\b(?:your|his|her|their|the|that) (?:thing|stuff) (?:about|with|on)\b")
# "the certificate and lifeguard": a thing named, then one counted with no "a".
_AND_BARE = lazy(r"\ban? [\w -]+ and (?P<noun>[a-z]+)$")


# Words a note puts after a thing to say what is ahead for it: "new ferry coming".
_WHAT_IS_AHEAD = frozenset("coming planned pending required needed ongoing soon".split())


def _says_how_without_a_verb(text: str) -> str | None:
    """ "program budget tight": a thing and how it is, with the verb left out (else None)."""
    ws = text.split()
    if len(ws) < 2 or any(bare(w) in AUXILIARIES for w in ws):
        return None
    last, before = bare(ws[-1]), bare(ws[-2])
    if before == "too" and last in ("many", "few") and len(ws) > 2 and "S" in tags_of(ws[-3]):
        return f"{ws[-3]} {ws[-2]} {ws[-1]}"  # "SCADA alarms too many"
    if last in _WHAT_IS_AHEAD and tags_of(before) & {"N", "S"}:
        return f"{ws[-2]} {ws[-1]}"  # "2027 new battery ferry coming"
    how = tags_of(last)
    if before[:1].isdigit() or (len(ws) > 2 and bare(ws[-3])[:1].isdigit()):
        return None  # "5 days late": a measure says how late
    if (
        "J" in how
        and (how <= {"J", "R"} or how == {"J", "R", "N"})  # "small", a noun only rarely
        and tags_of(before) & {"N", "S"}
        and "J" not in tags_of(before)
    ):
        return f"{ws[-2]} {ws[-1]}"
    return None


# A language spoken a little: "I speak some German", "I read basic Arabic".
_SPEAKS_A_LITTLE = lazy(
    r"\b(?:speak|read|write|understand) (?:some|basic|a little|a bit of|limited)\b"
)


_LETTERS = lazy(r"[^\W\d_]{2,}")
_BORROWED = frozenset(
    (
        "mise en place",
        "en suite",
        "a la carte",
        "à la carte",
        "de rigueur",
        "en route",
        "de facto",
        "en masse",
        "chef de partie",
        "chef de cuisine",
        "tour de force",
        "cul de sac",
    )
)


def in_another_language(text: str) -> None:
    """Unusable when the line is written in another language: in a script other than the Latin
    ("доение 3 раза в день"), or joined by words no English sentence uses ("contratación en
    origen", "Tarif und Schichtzulage"). A note in English cannot carry it; a name can stay."""
    for run in _LETTERS.findall(text):  # a run of letters, so "µS/cm" is a unit
        if not run.isascii() and sum(not _latin(c) for c in run) > 1:
            raise Unusable(
                "it is written in another script; a note in English needs it in English words"
            )
    ws = [w.strip(".,;:()") for w in text.split()]
    joining = other_language_words()
    for before, word, after in zip(ws, ws[1:], ws[2:], strict=False):
        # not "in jp + en for the client", nor "Puente de las Américas", a name
        words = before.isalpha() and after.isalpha()
        words = words and not {before, after} & (joining["joining"] | joining["joining_anywhere"])
        low = word in joining["joining"] and words and (before.islower() or after.islower())
        # between two words in lower case ("prime de quart"): English has no such word
        between = before.islower() and after.islower() and not {before, after} & FUNCTION_WORDS
        anywhere = word in joining["joining_anywhere"]
        borrowed = f"{before} {word} {after}".lower() in _BORROWED  # said so in English
        borrowed = borrowed or f"{word} {after}".lower() in _BORROWED  # "en route"
        foreign = not (lexicon.is_word(before) and lexicon.is_word(after)) or (low and between)
        if (low or anywhere) and not borrowed and foreign:
            raise Unusable(
                f"it is written in another language (“{before} {word} {after}”); a note in "
                "English needs it in English words"
            )
    lower = [w for w in ws if w.isalpha() and w.islower()]
    unknown = [w for w in lower if not lexicon.is_word(w)]
    most = 2 * len(unknown) > len(lower) or (len(unknown) > 2 and 2 * len(unknown) == len(lower))
    if len(unknown) >= 2 and most and not "".join(unknown).isascii():
        raise Unusable(  # "documentos para admissão": most of its words are not English
            f"it is written in another language (“{' '.join(unknown[:3])}”); a note in English "
            "needs it in English words"
        )
    post = next((w for w in ws if _A_GERMAN_POST.fullmatch(w) and not lexicon.is_word(w)), None)
    if post:
        raise Unusable(  # "Tierpflegerin EFZ", "Berufsbildnerin" (late439 readers: "I have
            # experience with Berufsbildnerin")
            f"it names a post in another language (“{post}”); say in English what you did in it"
        )


# A post in German, a noun of a trade in the feminine: "Tierpflegerin", "Berufsbildnerin",
# "Sachbearbeiterin", "Pflegefachfrau".
_A_GERMAN_POST = lazy(r"[A-ZÄÖÜ][a-zäöüß]{5,}(?:erin|fachfrau|fachmann|meisterin)")


def _latin(letter: str) -> bool:
    return unicodedata.name(letter, "").startswith("LATIN")


_A_RECORD_NOTED = lazy(r"\b\d{4} no \w+ (?:missed|lost|taken)$|\bno \w+ missed$")


def read_as_english(kind: str, text: str) -> None:
    """Raise Unusable when the line ``text`` (a field of ``kind``) would not read as English."""
    if kind not in KINDS:
        return
    bare_noun = _bare_count_noun(text)
    if bare_noun:
        raise Unusable(
            f"“{bare_noun}” needs a word to say which one (“a”, “the”, “my”); "
            "write it as you would say it"
        )
    same = _BARE_SAME.search(text) if "same" in text else None
    if same and not text.startswith("same"):
        raise Unusable("“same” needs its “the”; write it as you would say it")
    if _SPEAKS_GOOD.search(text):
        raise Unusable("“good” says how well only as “well”; write it as you would say it")
    about = _VERB_ABOUT.search(text)
    if about:
        raise Unusable(f"“{about['verb']} about” takes no “about”; write it as you would say it")
    if _STATE_AS_ACT.search(text):
        raise Unusable("a verb of having or knowing takes no “-ing”; write it as you would say it")
    if kind == "topic" and _VAGUE_THING.search(text):
        raise Unusable("it says “thing” for what was talked about; name it in a few words")
    if kind == "rapport" and _BOTH_WITHOUT_A_VERB.match(text):
        raise Unusable("it needs its verb (“we both go fishing”); write it as you would say it")
    if kind == "topic" and _STATE_FIRST.match(text):
        raise Unusable("it says how things are there, not a subject; name the subject")
    if kind == "topic" and _WHICH_AT_THE_END.search(text):
        raise Unusable("it is a question in shorthand; name the subject in a few words")
    if kind in OWN and _NO_OBJECT.match(text):
        raise Unusable(f"“{text.split()[1]}” takes nothing after it; write it as you would say it")
    if kind == "topic" and _A_BOND.search(text):
        raise Unusable(
            "it is a bond between you, not a subject you talked about; put it under rapport"
        )
    if kind == "topic":
        how = _says_how_without_a_verb(text)
        if how:
            raise Unusable(
                f"“{how}” says how a thing is without a verb; write it as you would say it"
            )
    and_bare = _AND_BARE.search(text)
    if and_bare and (_counted_one(and_bare["noun"]) or is_person_noun(and_bare["noun"])):
        raise Unusable(f"“and {and_bare['noun']}” needs its “a”; write it as you would say it")
    lost = _lost_ending(text)
    if lost:
        raise Unusable(f"“{lost}” needs its “-s” or “-ed”; write it as you would say it")
    both = _both_what(text) if kind == "rapport" else None
    if both:
        raise Unusable(f"“{both}” says what you both are without a word for it; say it whole")
    for pattern, why in (
        (_MODAL_TO, "its “should”, “can” or “will” takes the plain verb, without “to”"),
        (_AM_A_DEGREE, "one holds a degree (“I have a …”); one is not it"),
        (_ONE_DOES, "its verb has lost its “-s”"),
        (_ALSO_AFTER, "“also” goes before the verb"),
    ):
        found = pattern.search(text)
        if found:
            raise Unusable(f"“{found.group(0)}”: {why}; write it as you would say it")
    month = _ON_A_MONTH.search(text)
    if month:
        raise Unusable(f"“{month.group(0)}” takes “in”; write it as you would say it")
    one = _THE_ONE_WHO.search(text)
    if one and "V" in tags_of(one["verb"]) and not tags_of(one["verb"]) & {"D", "Z"}:
        raise Unusable(
            f"“the one who {one['verb']}” needs its ending; write it as you would say it"
        )
    if _PASSIVE_WITH_OBJECT.search(text):
        raise Unusable("its “was …ed” has a thing after it; write it as you would say it")
    able = _ABLE_TO.search(text)
    if able and "V" not in tags_of(able["verb"]):
        raise Unusable(
            f"“able to {able['verb']}” takes the plain verb; write it as you would say it"
        )
    span = _BARE_SPAN.search(text)
    if span and not re.search(
        r"\b(?:for|of|in|after|over|last|past|first) \S+ \S+$", text[: span.end()]
    ):
        raise Unusable(f"“{span.group(0)}” needs its “for”; write it as you would say it")
    if kind not in OWN:
        return
    if _A_RECORD_NOTED.search(text):  # "I hauled full season 2025 no days missed"
        raise Unusable("it ends on a record noted in shorthand; write it as a sentence")
    hedged = _SPEAKS_A_LITTLE.search(text)
    if hedged:  # "I speak some German": a note makes only claims the candidate stands behind
        raise Unusable(
            f"it is hedged (“{hedged.group(0)}”); a note makes only claims you stand behind"
        )
    if _LOST_I_AM.search(text) or (text.startswith("I ") and _LOST_AM.search(text)):
        raise Unusable("a part of it has lost its “I am”; write it as you would say it")
    if _ONE_OFF_NOW.search(text) or _WAS_ING_FOR.search(text):
        raise Unusable("its verb does not say when it happened; write it as you would say it")
    tense = _present_for_a_time(text)
    if tense:
        raise Unusable(f"{tense}; write it as you would say it")
    order = _adverb_before_object(text)
    if order:
        raise Unusable(f"“{order}” puts the thing after the adverb; write it as you would say it")
    how = _how_without_ly(text)
    if how:
        raise Unusable(f"“{how}” needs “-ly”, as how you do it; write it as you would say it")
    if _WITH_YEAR.search(text):
        raise Unusable("a year joined by “with” does not say what happened then; say it")
    missing_of = _TIME_WITHOUT_OF.search(text)
    if missing_of:
        raise Unusable(f"“{missing_of.group(0)}” needs its “of”; write it as you would say it")
