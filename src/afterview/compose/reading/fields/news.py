"""News since the interview, read into a clause in the present perfect or the past."""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import AUXILIARIES, DETERMINERS, PRONOUNS
from afterview.compose.reading.fields.common import FOUND_OUT, Reading, with_figures, without_aside
from afterview.compose.reading.fields.first_person import (
    as_first_person,
    fix_after_i,
    present_perfect,
    since_as_perfect,
)
from afterview.compose.reading.fields.logistics import job_term
from afterview.compose.reading.shapes import finite_verb_index, is_clause, is_verb
from afterview.compose.reading.text import Unusable, bare, clean, is_name, lower_first
from afterview.compose.reading.vocabulary import find, word_set

_RESULT = lazy(
    r"^(?:i\s+)?(?:got|received|have|had)\s+(?:my|the)\s+(?P<what>.+?)\s+results?\b"
    r"(?:\s*[-–—:,]+\s*(?:i\s+)?(?P<passed>passed|qualified)\b(?P<rest>.*))?",
    re.I,
)
# Results with nothing said of what they were for, then maybe how they went: "Got my results
# back - passed ..." (late323: "I received my results back" alone, in a card to a kuia).
_RESULTS_BACK = lazy(
    r"^(?:i\s+)?(?:got|received|have)\s+(?:my|the)\s+results?(?:\s+back)?"
    r"(?:\s*[-–—:,]+\s*(?P<then>.+))?$",
    re.I,
)
# ... and a result that came: "My German B1 exam result came - passed (Goethe, 2 Dec)".
_RESULT_CAME = lazy(
    r"^(?:(?:my|the)\s+)?(?P<what>.+?)\s+results?\s+(?:came|has come|have come|arrived|is out|are out)"
    r"(?:\s+(?:through|out|back|in))?\b"
    # when they came: "came out Friday, I passed" (late427 readers: the pass was lost)
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:yesterday|today|last week))?"
    r"(?:\s*[-–—:,!]+\s*(?:i\s+)?(?P<passed>passed|qualified)\b.*"
    r"|\s*[.!]?\s*)$",  # not "... came back clean", which says what it was
    re.I,
)
# A report that came out, with nothing of what it found: "our Ofsted came out", "Creek Council
# House campaign final report came out 12/1 - we closed at $2.61M" (late342 and late347 readers:
# "cryptic", "pasted from notes"); what it found is the news.
_A_REPORT_CAME = lazy(
    r"^(?:(?:my|our|the|their)\s+)?(?:[\w&'’-]+\s+){0,6}?(?:report|review|inspection|ofsted|"
    r"audit|evaluation|rating)s?\s+(?:came out|is out|are out|was published|got published|"
    r"has come out|came back)\b\s*(?:$|[-–—:,(.!]|\d)",  # not "came back clean": that says it
    re.I,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NEWS_DATE = lazy(
    rf"\s*\b(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
)
_DATE_WORD_LEFT = lazy(r"\s+(?:since|from|on|by|as of)$")
_DONE_NOW = lazy(
    r"\b(is|are) (accepted|approved|published|confirmed|granted|received|selected|shortlisted|"
    r"issued|awarded|registered|recognised|recognized|renewed|extended|signed|finished|done)\b"
)
_GOT_PASSIVE = lazy(r"\b(?:got|get|gets)\s+(?=[a-z]+ed\b)", re.I)


# What one got through: "got my certificate for the Level 3 Diploma through on the 21st".
_GOT_THROUGH = lazy(
    r"^(?:I )?got (?P<what>(?:my|the) [^,]+?) through(?P<rest>(?: (?:on|in|at|last) .*)?)$", re.I
)
# Why news of one's terms or papers is left out: the recruiter settles them.
_ABOUT_TERMS = (
    "it is about your terms or the paperwork (“{}”), which a note of thanks or a follow-up does "
    "not take up: tell the recruiter plainly, in a message of its own"
)
# A copy of a paper one holds: "reprinted", "a certified copy".
_A_COPY = lazy(
    r"\b(?:reprinted|re-printed|reissued|re-issued|a copy of|certified copy|duplicate)\b", re.I
)
# "I got my Safety Care trainer certification": "gained", as a note to an employer says it.
_GOT_A_PAPER = lazy(
    r"^(I )got(?= my (?:[\w-]+ ){0,4}(?:certification|certificate|licence|license|degree|"
    r"diploma|qualification|ticket)\b(?! (?:renewed|extended|approved|signed|verified|"
    r"recognised|recognized|accredited)\b))"
)  # (not "got my ... cert renewed": "I had my ... renewed", late502 readers: "I gained my ...")


# A paper of one's own, named with no "my": "Vic private security licence came through".
_MY_PAPER = lazy(
    r"^(?!(?:[Mm]y|[Tt]he|[Aa]n?|I|[Oo]ur) )([A-Z][\w-]*(?: [\w-]+){0,4}? (?:licen[cs]e|"
    r"certificate|certification|visa|permit|clearance|registration|release date|ticket|card|"
    r"accreditation))(?= (?:came|was|were|has|got|is|arrived)\b)"
)
_BEFELL = lazy(r"^[a-z][\w -]*?(?: \([^)]*\))? (?:was|were|has been|have been) [a-z]+ed\b")


# Something of one's own, finished: "my AMHP refresher is done", "my CPD hours are complete".
_MINE_DONE = lazy(
    r"^[Mm]y (?P<what>[\w' ()-]+?) (?:is|are) (?:now )?(?:done|complete|completed|finished)"
    r"(?P<rest>\s+(?:as of|since|on)\b[^-–—]*?)?(?:\s+[-–—]\s.*)?$"
)


_ACCEPTED_IN = lazy(
    r"\baccepted in (?=[A-Z])(?!(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b)"
)


_BY_POST = lazy(
    r",?\s+(?:in the (?:mail|post)|by (?:the )?(?:speed |registered |recorded |special )?"
    r"(?:mail|post|email|e-mail|courier))\b(?=\s*(?:$|[,.;]|today\b|yesterday\b))"
)


_THE_WEEK_AFTER = lazy(r",?\s+(?:the|a) (?:day|week|month) after$")


def _whose_it_is(text: str) -> str:
    """A clause whose subject is one thing named with no word before it ("test coupon passed
    RT", read in late271 as a pasted note) is the candidate's: "my test coupon passed RT"."""
    ws = text.split()
    verb = finite_verb_index(ws)
    if not verb or not ws[0][:1].islower() or bare(ws[0]) in DETERMINERS | PRONOUNS:
        return text
    if "my" in (bare(w) for w in ws[verb:]):
        return text  # "ministry confirmed my registration": another's doing, to mine
    head = bare(ws[verb - 1])
    singular = "N" in lexicon.tags(head) and "S" not in lexicon.tags(head)
    nouns = all("N" in lexicon.tags(bare(w)) or "J" in lexicon.tags(bare(w)) for w in ws[:verb])
    return f"my {text}" if singular and nouns and not is_verb(ws[0], "DZ") else text


_PLACE_THEN_MONTH = lazy(
    rf"(?P<place>\bin [A-Z][\w-]{{2,}}),\s+(?P<month>(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?)\s*\.?$"
)


# A branch named by its place, opening the news with no "the": "Bari club just confirmed me".
_A_PLACES_BRANCH_FIRST = lazy(
    r"^[A-Z][\w'’-]+ (?:club|office|branch|store|shop|site|hospital|clinic|hotel|centre|center|"
    r"depot|warehouse|plant|team|school|restaurant|gym)(?= [a-z])"
)


def read_news(raw: str) -> Reading:
    """News since the interview, as a clause ("my talk was accepted at PyCon")."""
    # "... summit in London, March": the month it is in, never "in London and March" (late292)
    raw = _PLACE_THEN_MONTH.sub(r"\g<place> in \g<month>", raw)
    papers = find("news", "paperwork", raw)  # "FM3/residente temporal card approved" (late497)
    if papers:
        raise Unusable(_ABOUT_TERMS.format(papers))
    # "Bari club just confirmed me as ...": the club of a place, with its "the" (late479)
    raw = _A_PLACES_BRANCH_FIRST.sub(r"the \g<0>", raw)
    mine = re.match(
        r"(?:[\w/-]+ ){0,3}(?:paper|article|manuscript|chapter) (?:was |has been )?accepted", raw
    )
    if mine and raw.split()[0].lower() not in ("my", "our", "the", "a", "an"):
        raw = f"my {raw}"  # "Al/Zr co-doping paper accepted in ...": whose it is, and "was"
        raw = re.sub(r"(?<!was )(?<!been )\baccepted\b", "was accepted", raw, count=1)
    if " accepted in " in raw and re.search(r"\b(?:paper|article|manuscript|chapter)\b", raw):
        # "my paper was accepted in Ibis": by the journal, for publication in it
        raw = _ACCEPTED_IN.sub("accepted for publication in ", raw)
    if _A_REPORT_CAME.match(re.sub(r"\s*\([^()]*\)", "", raw).strip()):
        raise Unusable(
            "it says a report came out, not what it found; write what it means, as in “the "
            "campaign closed at $2.6M, over its goal”"
        )
    results_only = _RESULTS_BACK.match(raw.strip())
    if results_only and not results_only["then"]:
        raise Unusable("it does not say which results, or how they went; write “I passed …”")
    if results_only:  # "Got my results back - passed Te Taura Whiri level 5": what they said
        raw = results_only["then"]
    result = (
        (_RESULT.match(raw.strip()) or _RESULT_CAME.match(raw.strip()))
        if "result" in raw.lower()
        else None
    )
    if result and not result.group("passed"):
        raise Unusable("it does not say what the result was; write “passed my …”")
    what_passed = result.groupdict().get("rest", "") if result else ""
    named = re.match(r"\s*(?:the\s|[A-Z])", what_passed or "")  # not "all 3 papers" (of what?)
    if result and named and len(re.findall(r"\w+", what_passed or "")) >= 2:
        # "Got my UNISA results - passed the Higher Certificate ...": what was passed is said
        # after it (late417 readers faulted "I passed my UNISA", a university)
        raw = f"I {result.group('passed').lower()}{what_passed}"
    elif result:
        raw = f"I passed my {result.group('what')}"
    sat = _SAT_THEN_PASSED.match(raw.strip())
    if sat:  # "Finished the CMRP exam on Dec 5, result: passed": passed it (late481 readers:
        raw = f"passed {sat['what']}"  # "I have finished the CMRP exam" asks "and?")
    if _TO_COME.search(raw):
        raise Unusable(
            "it is a date still to come, not news: tell them the result once you have it"
        )
    if _IF_THEY_TAKE_ME.search(raw):
        raise Unusable(
            "it hopes aloud for the job (“if they take me”), which reads as a note to yourself; "
            "say the news plainly, or leave it out"
        )
    # its first sentence; "J. Power Sources", "Int. J. Refrigeration": a journal's short words
    raw = re.split(
        r"(?<=\w)(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bInt)\.\s+(?=[A-Z])", raw.strip(), maxsplit=1
    )[0]
    text = without_aside(clean(raw, keep_names_in_brackets=True))
    if "mail" in text or "post" in text or "courier" in text:  # how it came is no news
        text = _BY_POST.sub("", text)  # "my certificate came in the mail"
    if " after" in text:  # "promoted the week after": after what, the reader cannot tell
        text = _THE_WEEK_AFTER.sub("", text)
    if any(c.isdigit() for c in text):  # "on 25 November": the note is read later; before
        dated = text
        text = _NEWS_DATE.sub("", text).strip().rstrip(",").strip()  # ", 12 Jan" is a figure
        if text != dated and _BY_THEN.search(text):
            raise Unusable(  # "a hearing on Dec 9, so I'll have a 3rd trial by then" (late473)
                "it counts from a date (“by then”), and a note read days later cannot keep the "
                "date; say the news as it stands when you send it"
            )
        text = re.sub(r",\s*,", ",", text)  # "is fixed, 12 Jan, so ...": one comma left
        text = _DATE_WORD_LEFT.sub("", text)  # "active now since 28 Nov": "since" is left
        # "acting manager from 15 Dec while ...": "from" went with its date (late479)
        text = re.sub(r"\s+(?:from|since|on|by|as of)\s+(?=while\b|until\b|when\b|,)", " ", text)
        if re.search(r"\b(?:is|are|was|were)$", text):  # "my exam slot is 14 April": the news
            text = re.sub(r"\b(is|are|was|were) (?=\d)", r"\1 on ", dated)
    text = text.rstrip(" :")  # "release date confirmed: Jan 30", once the date is gone
    text = _MY_PAPER.sub(r"my \1", text)  # "Vic private security licence came through"
    text = _whose_it_is(text)  # "test coupon passed RT": "my test coupon passed RT"
    text = with_figures(text)
    text = re.sub(r"\b(?:finally|at last) (?=\w+ed\b|came\b|went\b|got\b)", "", text)  # a sigh
    text = re.sub(
        r"^[Jj]ust (?=got\b|had\b|passed\b|finished\b|heard\b)", "", text
    )  # "just got my ..."
    # "came through on Tuesday": read days later, that may be another Tuesday
    text = re.sub(r"\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", "", text)
    text = _ID_NUMBER.sub("", text)  # "..., number 123456": for the file, not for the note
    text = FOUND_OUT.sub("", text).strip() if FOUND_OUT.match(text) else text
    if _A_COPY.search(text):  # "got my RE5 certificate reprinted" (late509 readers)
        raise Unusable(
            "a copy of a paper you already hold is no news; if they need it, send it to the "
            "recruiter"
        )
    through = _GOT_THROUGH.match(text) if " through" in text else None
    if through:  # "got my certificate for the Level 3 Diploma through on the 21st": it came
        text = f"{through['what']} came through{through['rest']}"
    if " got " in f" {text.lower()} " or " get" in text.lower():
        # "got confirmed as RHA nominee": I was (never "I confirmed", which is something else)
        text = _GOT_PASSIVE.sub(lambda m: "was " if m.start() else "I was ", text)
        text = re.sub(r"\b(just|finally|recently) was\b", r"was \1", text)  # "was just published"
    finished = _MINE_DONE.match(text)
    if finished:  # "my AMHP refresher is done": "I have completed my AMHP refresher"
        what = re.sub(r"\s*\([^()]*\)", "", finished["what"])  # not "(the annual 18 hours)"
        text = f"I have completed my {what}{finished['rest'] or ''}"
    elif " is " in text or " are " in text:  # "my paper is accepted in JVGR": it has happened
        text = _DONE_NOW.sub(lambda m: f"{'has' if m[1] == 'is' else 'have'} been {m[2]}", text)
    trouble = _EMPLOYERS_TROUBLE.search(text)
    if trouble:  # "my current co. announced plant consolidation": why you would leave
        raise Unusable(
            f"it is about trouble at your present employer (“{trouble[0]}”), which reads as a "
            "reason to leave, not as news they would welcome; leave it out"
        )
    terms = job_term(text) or find("news", "paperwork", text)
    if terms:
        raise Unusable(_ABOUT_TERMS.format(terms))
    practice = find("news", "practice", text)
    if practice:
        raise Unusable(
            f"it is a practice run (“{practice}”), not a result: tell them the real result once "
            "you have it"
        )
    pressure = find("news", "pressure", text)
    if pressure:
        raise Unusable(
            f"it mentions “{pressure}”: in a note it reads as pressure. If you need an answer "
            "by a date, ask the recruiter plainly, in a message of its own"
        )
    text = re.sub(
        r"\s*\b(?:"
        + "|".join(sorted(word_set("news", "relative_times"), key=len, reverse=True))
        + r")\b(?! (?:the|our|my) )",  # "the day after the interview" keeps its anchor
        "",
        text,
        flags=re.I,
    ).strip(" ,")
    ws = text.split()
    if not ws:
        raise Unusable("it does not say what the news is")
    first = bare(ws[0])
    if first in ("i", "i'm", "i've", "i'd"):
        fixed = fix_after_i(ws)
        if fixed:
            return Reading(
                "clause", since_as_perfect(present_perfect(_GOT_A_PAPER.sub(r"\1gained", fixed)))
            )
    if first in ("my", "our") or first in DETERMINERS:
        if is_clause(text):
            return Reading("clause", lower_first(text))
        participle = _participle_at(ws)
        if participle is not None:  # "my paper accepted at KDD"
            return Reading("clause", _passive(ws, participle, lower_first(text)))
        raise Unusable("it names something but not what happened; write it as a sentence")
    if _SOMEONE_ASKED_ME.match(text):  # "Peel just asked me to act as Manager": a name
        return Reading("clause", _noun_tail_off(text))
    participle = _participle_at(ws)
    befell = _BEFELL.match(text) if first not in DETERMINERS | PRONOUNS else None
    if befell and not is_name(ws[0]):  # "little auk paper was accepted": the candidate's own
        return Reading("clause", _mine(text))
    if participle is not None and participle > 0:  # "paper accepted at KDD"
        published = _published_in(ws[:participle])
        subject = text if published else lower_first(text)  # "my Nature paper"
        if not is_name(ws[0]) or published:  # "Tidewalkers nominated" is theirs
            subject = _mine(subject)
        return Reading("clause", _passive(ws, participle, subject))
    if participle == 0:  # "promoted to team lead"
        return Reading("clause", f"I was {lower_first(text)}")
    if is_verb(ws[0], "D") or is_verb(ws[0], "Z"):
        clause = as_first_person(text)
        if clause:
            return Reading("clause", clause)
        if is_verb(ws[0], "D") and is_clause(" ".join(ws[1:])):
            # "got confirmation my exam slot is on ...", "Passed the review so X is confirmed"
            return Reading("clause", f"I {lower_first(text)}")
    verb = finite_verb_index(ws)
    if verb and _published_in(ws[:verb]):  # "Yearbook for Traditional Music article is online"
        return Reading("clause", _noun_tail_off(_mine(text)))
    if is_clause(text):
        return Reading("clause", _noun_tail_off(lower_first(text)))
    raise Unusable("it does not say what happened; write it as a sentence (“I passed …”)")


# What counted from a date the news said: ", so I'll have a 3rd trial by then".
_BY_THEN = lazy(r",?\s+(?:so|and)\b[^,]*\b(?:by|until|before|after) then\b.*$")


# "Peel just asked me to ...", "Harbour Health invited me": a capital before what someone did
# to the candidate names who did it, whatever word it is.
_SOMEONE_ASKED_ME = lazy(
    r"(?!(?:Recruiter|Manager|Boss|Agency|Employer|Company|School|Hospital|Client|Uni)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:just |also |finally |already )?"
    r"(?:asked|invited|called|rang|emailed|contacted|approached|told) me\b"
)


# What one publishes, after the name of where: "Nature paper", "ICML poster".
_PUBLISHED = frozenset("paper article chapter book poster abstract talk review preprint".split())


def _published_in(subject: list[str]) -> bool:
    """ "Nature paper", "Yearbook for Traditional Music article": the candidate's piece in a
    journal named by its capitals, which keep them."""
    return (
        len(subject) >= 2
        and subject[0][:1].isupper()
        and bare(subject[-1]) in _PUBLISHED
        and subject[-2][:1].isupper()
    )


# News of something booked, not done: "got ISTQB exam date - 9 Dec", "interview scheduled".
# An exam sat, then its result: "Finished the CMRP exam on Dec 5, result: passed".
_SAT_THEN_PASSED = lazy(
    r"^(?:i\s+)?(?:finished|sat|took|did|completed|wrote)\s+(?P<what>.+?)"
    r"(?:\s+on\s+[^,]+)?\s*[,;:-]+\s*(?:results?:?\s*|and\s+)?passed\b.*$",
    re.I,
)
# The job hoped for aloud: "... can be done at KRYS if they take me".
_IF_THEY_TAKE_ME = lazy(r"\bif (?:they|you|u) (?:take|hire|have|want|pick|choose|offer) me\b", re.I)
_TO_COME = lazy(
    r"\b(?:exam|test|interview|start|hearing)\s+date\b|\bdate for\b|\bbooked\b|\bscheduled\b", re.I
)
# A registration or reference number after what it numbers.
_ID_NUMBER = lazy(r",?\s*\b(?:number|no\.|#|id|ref)\s*:?\s*[A-Za-z0-9-]*\d{4,}[A-Za-z0-9-]*", re.I)


def _noun_tail_off(text: str) -> str:
    """'..., best live operations' -> '...': a tail with no verb is a note to self."""
    head, _, tail = text.rpartition(", ")
    if head and not is_clause(tail) and not is_verb(tail.split()[0], "D"):
        return head
    return text


_PASSIVE_NEWS = frozenset(
    "accepted approved published promoted awarded shortlisted selected nominated funded "
    "granted admitted certified elected invited".split()
)


def _participle_at(ws: list[str]) -> int | None:
    """Where "accepted", "promoted" ... says what befell: never a capital inside a name ("the
    AWS Certified Developer exam" was "my finished the AWS was Certified ...", late316)."""
    for i, word in enumerate(ws[:4]):
        if i and word[:1].isupper():
            continue
        if bare(word) in _PASSIVE_NEWS and (i == 0 or bare(ws[i - 1]) not in AUXILIARIES):
            return i
    return None


def _mine(text: str) -> str:
    """ "paper accepted" -> "my paper accepted"; "one of my reels" says whose already."""
    return text if re.match(r"^\w+ of (?:my|our)\b", text) else f"my {text}"


def _passive(ws: list[str], at: int, text: str) -> str:
    """Insert "was"/"were" before the participle: "my paper accepted" -> "my paper was accepted"."""
    words = text.split()
    offset = len(words) - len(ws)
    subject_last = bare(words[offset + at - 1]) if at > 0 else ""
    be = "were" if subject_last.endswith("s") and "S" in lexicon.tags(subject_last) else "was"
    where = offset + at
    if where > 0 and bare(words[where - 1]) in ("not", "never", "just", "finally", "recently"):
        where -= 1  # "my grant not funded" -> "my grant was not funded"; "was just published"
    return " ".join([*words[:where], be, *words[where:]])


# Trouble at the candidate's present employer: news that reads as a reason to leave.
_EMPLOYERS_TROUBLE = lazy(
    r"\b(?:consolidation|layoffs?|lay-offs?|redundanc(?:y|ies)|restructuring|downsizing|"
    r"closure|shutting down|to be sold|being sold|bankruptcy|insolvency|liquidation)\b",
    re.I,
)
