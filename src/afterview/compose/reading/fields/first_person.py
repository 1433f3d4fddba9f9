"""A line the candidate wrote about themselves, made a whole clause in the first person:
the verb after "I" mended, years of experience counted, "since" in the present perfect."""

from __future__ import annotations

import re
from itertools import pairwise

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    AUXILIARIES,
    COUNTS_IN_WORDS,
    DETERMINERS,
    MODALS,
    PREPOSITIONS,
    PRONOUNS,
)
from afterview.compose.reading.english import SINCE, STATIVE
from afterview.compose.reading.fields.common import head_index
from afterview.compose.reading.fields.predicate import (
    COUNT_WORDS,
    is_activity,
    predicate_after_i,
    role_after_and,
)
from afterview.compose.reading.shapes import (
    ADVERBS,
    article_for,
    finite_verb_index,
    is_noun_like,
    is_person_noun,
    is_verb,
    tags_of,
    wants_the,
)
from afterview.compose.reading.text import bare, is_name, lower_first, name_set_down, number_word

_YEARS_OF = lazy(
    r"^(?P<lead>(?:over|more than|nearly|almost|about|around|close to)\s+)?"
    rf"(?P<n>\d+|one|{COUNTS_IN_WORDS}|fifteen|twenty|"
    r"a few|several|many)\s+(?P<unit>years?|months?)\b(?:\s+of)?(?:\s+(?P<field>\w+)\s+(?=experience\b))?"
    r"(?:\s*experience)?(?P<rest>.*)$",
    re.I,
)


def as_first_person(text: str) -> str | None:
    """``text`` as a clause with "I" (or its own subject), or None if it cannot be one."""
    ws = text.split()
    first = bare(ws[0])
    if first in ("i", "i'm", "i've", "i'd", "i'll"):
        return fix_after_i(ws)
    if first in ("my", "our") and finite_verb_index(ws) is not None:
        return text  # "my team won the award": a clause of its own
    years = _YEARS_OF.match(text) if _counts(text) else None
    if years:
        return _years(years)
    subject = finite_verb_index(ws)
    be = subject is not None and bare(ws[subject]) in ("is", "are", "was", "were")
    if be and subject is not None and bare(ws[subject - 1]) not in PRONOUNS:
        return None  # "hot work + heavy lifting risks are the same family": its own subject
    return predicate_after_i(ws)


def fix_after_i(ws: list[str]) -> str | None:
    """ "I speaks Portuguese" -> "I speak Portuguese"; "I CPA licensed" -> "I am CPA licensed"."""
    clause = _fix_verb_after_i(ws)
    if clause and ", " in clause:
        clause = SPLICE.sub("; ", SECOND_VERB.sub(and_second_verb, clause))
    return clause


# "..., one got promoted to PM": a second sentence joined by a comma.
SPLICE = lazy(
    r",\s+(?=(?:one|both|each|all|two|three|most|some|several)\s+(?:of them\s+)?"
    r"(?:was|were|got|is|are|has|have|went|became|moved|joined|left)\b)"
)
SECOND_VERB = lazy(r",\s+(?=([a-z]+)\b(?:\s+(\S+))?)")


# Words in "-ing" that join what follows to the clause, not verbs of a second one.
_JOINING = frozenset("including excluding concerning regarding following according".split())


# What befalls the thing made, not a second act of the candidate's.
_DONE_TO_THE_THING = frozenset(
    "funded accepted published approved awarded adopted shortlisted granted commissioned".split()
)


# Words that open when a thing was done to: "tested last year", "serviced every month".
_WHEN_DONE = frozenset(
    "last every each this during yearly monthly weekly annually recently twice once".split()
)


def and_second_verb(match: re.Match[str]) -> str:
    """What replaces the comma before a second verb (a match of :data:`SECOND_VERB`): " and ", or the comma kept."""
    word, after = match.group(1), bare(match.group(2) or "")
    if word in _JOINING:
        return match.group(0)  # "..., including the forensic timeline": part of what was done
    if word in _DONE_TO_THE_THING:
        before = match.string[: match.start()].split()  # "... proposal, funded 2025"
        many = bool(before) and "S" in tags_of(bare(before[-1])) and not before[-1].endswith(")")
        return ", which were " if many else ", which was "
    if "G" in tags_of(word) and (after in DETERMINERS or after[:1].isdigit()):  # not "did"
        return " and I am "  # "I have 3 of the 4 years logged, sitting the interview in March"
    if tags_of(word) & {"J"} or is_noun_like(word):
        return match.group(0)
    owned = re.match(r"I (?:have|own|hold) (?:a|an|the|my|two|\d)\b", match.string)
    if owned and is_verb(word, "P") and (after in _WHEN_DONE or after[:1].isdigit()):
        # "I have a solar kit and a 4G backup, tested last year": what was done to the thing
        # owned (late303: "... backup and tested last year" had no one doing it)
        return match.group(0)
    if is_verb(word, "D"):
        rest = match.string[match.end() :]
        described = re.match(r"I am (?!(?:a|an|the|my)\b)", match.string) and " and " not in rest
        if not re.match(r"(?:I|we)\b", match.string, re.I) or described:
            # "my current company is a bank, did the audit", "I am good at scheduling,
            # covered call-offs": I did it, a clause of its own
            return ", and I "
        return " and "  # "I was a refugee myself, came in 2009"
    return match.group(0)


def _fix_verb_after_i(ws: list[str]) -> str | None:
    head = ws[0]
    if bare(head) != "i":
        return " ".join(ws)
    rest = ws[1:]
    adverbs = []
    while len(rest) > 1 and bare(rest[0]) in ADVERBS:
        adverbs.append(rest.pop(0))
    if adverbs:
        fixed = fix_after_i(["I", *rest])
        if fixed is None or not fixed.startswith("I "):
            return fixed
        return " ".join(["I", *adverbs, fixed[2:]])
    if rest and bare(rest[0]) in ("have", "had", "'ve"):
        years = _YEARS_OF.match(" ".join(rest[1:])) if _counts(" ".join(rest)) else None
        if years:
            return _years(years)
    if not rest:
        return None
    verb = bare(rest[0])
    if verb in ("is", "are"):
        return " ".join(["I", "am", *rest[1:]])
    if verb == "was" or verb in MODALS or verb in ("am", "have", "had", "do", "did"):
        return " ".join(["I", *rest])
    if verb == "has":
        return " ".join(["I", "have", *rest[1:]])
    if is_verb(rest[0], "VDZ"):
        tags = tags_of(rest[0])
        if "Z" in tags and not tags & {"V", "D"}:
            rest = [lexicon.inflect(verb, "VBP"), *rest[1:]]
        return " ".join(["I", *rest])
    predicate = predicate_after_i(rest)
    return predicate


def _counts(text: str) -> bool:
    """True when ``text`` may say how many years or months: a digit or a number word."""
    return any(c.isdigit() for c in text) or bool(COUNT_WORDS & set(text.lower().split()))


def _years(match: re.Match[str]) -> str | None:
    """'6 yrs running ops' -> 'I have six years of experience running operations'."""
    rest_words = [  # "HR generalist/HRBP": the first of two names for one job
        w.split("/")[0] if "/" in w and is_person_noun(w.split("/")[0]) else w
        for w in match.group("rest").split()
    ]
    plain = [w for w in rest_words if not w.startswith("(")][: len(rest_words)]
    plain = rest_words[: next((i for i, w in enumerate(rest_words) if w.startswith("(")), None)]
    head = plain[: head_index(plain) + 1] if plain else []
    if head and bare(head[-1]) == "crew":  # "2 yrs cabin crew" -> "as cabin crew"
        n = match.group("n")
        amount = number_word(n) if n.isdigit() else n.lower()
        return f"I have {amount} years of experience as {lower_first(' '.join(rest_words))}"
    if len(plain) > 1 and is_person_noun(plain[0]) and all(is_name(w) for w in plain[1:]):
        n = match.group("n")  # "3 yrs cashier Melcom Kaneshie": where, by its name
        amount = number_word(n) if n.isdigit() else n.lower()
        where = " ".join(plain[1:])
        return (
            f"I have {amount} years of experience as {article_for(plain[0])} {plain[0]} at {where}"
        )
    if head and is_person_noun(head[-1]) and all(is_noun_like(w) for w in head):
        match_rest = " ".join(rest_words)  # "11 yrs legal secretary": experience as one
        n = match.group("n")
        amount = number_word(n) if n.isdigit() else n.lower()
        return f"I have {amount} years of experience as {article_for(rest_words[0])} {lower_first(match_rest)}"
    return _years_of(match)


def _years_of(match: re.Match[str]) -> str | None:
    if match.group("field"):  # "6 years teaching experience in a CBSE school"
        field = match.group("field")
        rest = match.group("rest").strip()
        n = match.group("n")
        amount = number_word(n) if n.isdigit() else n.lower()
        rest = rest if rest.startswith(",") else f" {rest}" if rest else ""
        return f"I have {amount} years of {field} experience{rest}"
    n = match.group("n")
    amount = number_word(n) if n.isdigit() else n.lower()
    lead = (match.group("lead") or "").lower()
    rest = match.group("rest").strip()
    head_part, comma, tail = rest.partition(", ")
    if comma and not tail[:1].isdigit() and not tail.startswith("with "):
        rest = head_part  # "manual QA, fintech (Katowice)"; not "FOH, 5 as GM"
    if rest and bare(rest.split()[0]) in ("no", "zero") and len(rest.split()) > 1:
        unit = match.group("unit").lower()  # "8 yrs no accidents": none in eight years
        unit += "" if unit.endswith("s") or amount in ("one", "a") else "s"
        return f"I have had no {' '.join(rest.split()[1:])} in {amount} {unit}"
    if rest and _TIME_ITSELF.match(rest):  # "12 months cadet sea time on MR tankers": the
        unit = match.group("unit").lower()  # time is the experience; never "experience in"
        unit += "" if unit.endswith("s") or amount in ("one", "a") else "s"
        return f"I have {lead}{amount} {unit} of {rest}"
    if rest:
        first = rest.split()[0]
        if re.search(r"(?<!that )(?<!which )(?<!who )\b(?:was|were)\b", rest):
            return None  # "18 months at 111 was all patient calls": a sentence about that time
        if " and " in rest and role_after_and(rest):
            return None  # "specimen reception and lab assistant": a field and a job at once
        words = rest.split()
        cut = next((i + 1 for i, w in enumerate(words) if w.endswith(",")), len(words))
        before_comma = words[:cut]
        loose = next(
            (
                f"{b} {w}"
                for b, w in pairwise(before_comma)
                if w[:1].isupper()
                and w[1:2].islower()
                and b.islower()
                and tags_of(bare(b)) & {"N", "S"}
                and not tags_of(bare(b)) & {"G", "J"}
                and bare(b) not in PREPOSITIONS
            ),
            None,
        )
        if loose:  # "school bus Durham region": a place set down in notes, not a field
            raise name_set_down(loose)
        # "nursing leadership": a gerund that is a noun too, naming a field with the next word
        field_of = bare(first) in _FIELD_GERUNDS and len(words) > 1
        field_of = field_of and is_noun_like(words[1]) and bare(words[1]) not in DETERMINERS
        if field_of:
            rest = f"in {lower_first(rest)}"
        elif not (bare(first) in PREPOSITIONS or "G" in tags_of(first)):
            head = words[head_index(words)]
            if not tags_of(head) & {"N", "S"} and not is_name(head) and not is_activity(head):
                return None  # "frontline with NWAS": not a field one has experience in
            if is_person_noun(words[0]) and len(words) > 1:
                return None  # "cashier, Melcom and Shoprite": a job, not a field
            if bare(head) == "staff" and len(words) > 1:  # "2 yrs audit staff": one of them
                rest = f"on the {lower_first(rest)}"
            elif (
                wants_the(words, head_index(words))
                and not is_activity(head)
                and bare(first) not in DETERMINERS
                and " and " not in rest  # "stroke and ABI rehab": a field, not one thing
            ):
                at = (
                    "on" if bare(head) in _WORKED_ON else "at" if bare(head) in _WORKED_AT else "in"
                )
                rest = f"{at} the {lower_first(rest)}"  # "4 yrs hot line" -> "on the hot line"
                if len(words) == 1 and words[0].istitle():
                    rest = f"in {words[0]}"  # "4 yrs Azure": one thing, named: a product
            else:
                rest = f"in {lower_first(rest)}"
        posted = _AS_A_POST.match(rest)
        if posted and (
            is_person_noun(posted["last"]) or bare(posted["last"]) in _POST_ENDINGS_SHORT
        ):
            rest = f"as {article_for(posted['post'])} {rest[3:]}"  # "as Planning Tech at ..."
        rest = " " + rest
    unit = match.group("unit").lower()
    if not unit.endswith("s") and amount not in ("one", "a"):
        unit += "s"
    return f"I have {lead}{amount} {unit} of experience{rest}"


# Time that is itself the experience: "cadet sea time", "flight time", "sea service".
_TIME_ITSELF = lazy(r"^(?:[\w-]+ )?(?:sea time|sea service|flight time|flying time|bench time)\b")
# "as Planning Tech at Chelan County": a post typed in capitals, with no article
_AS_A_POST = lazy(
    r"^as (?P<post>[A-Z][\w/-]*(?: [A-Z][\w/-]*){0,2}?(?: (?P<last>[A-Z][\w-]*)))(?=$| at | in | for |,)"
)
# Short words that end a post as a person noun does ("Planning Tech", "Sales Rep").
_POST_ENDINGS_SHORT = frozenset("tech techs rep mgr admin exec coord".split())
# Words in -ing that name a field before a noun: "nursing leadership", "marketing strategy"
# (not "running operations" or "teaching chemistry", a verb and its object).
_FIELD_GERUNDS = frozenset(
    """nursing marketing engineering accounting banking planning manufacturing consulting
    publishing broadcasting auditing catering farming mining""".split()
)
# Places of work one is "on", not "in": "on the hot line", "on the ward", "on the front desk".
_WORKED_ON = frozenset("line desk floor ward wards team shift ramp site sites board front".split())
_WORKED_AT = frozenset("counter till reception checkout gate bar pass".split())


_DURATION = lazy(
    rf"\b(?:for (?:\d+|one|{COUNTS_IN_WORDS}|several|many)\s+"
    r"(?:years?|months?)|since (?:19|20)\d\d)\b",
    re.I,
)


# Fields of study or work that a second-language "I have civil engineering" means a
# background in; the -ology, -ics and -istry words are fields too.
_FIELDS_OF_STUDY = _FIELD_GERUNDS | frozenset(
    """law medicine pharmacy finance design architecture instrumentation agronomy
    horticulture forestry surveying welding nutrition""".split()
)
_FIELD_ENDINGS = ("ology", "ics", "istry")


def _a_studied_field(words: list[str]) -> bool:
    """ "civil engineering", "electrical and instrumentation": adjectives or nouns joined by
    "and", ending in a field; no article, figure or preposition."""
    if not 1 <= len(words) <= 4:
        return False
    last = bare(words[-1])
    field = last in _FIELDS_OF_STUDY or (last.endswith(_FIELD_ENDINGS) and "N" in tags_of(last))
    before = [bare(w) for w in words[:-1]]
    plain = all(w in ("and", "&") or tags_of(w) & {"J", "N"} for w in before)
    return field and plain and not set(before) & (DETERMINERS | PREPOSITIONS)


def present_perfect(clause: str) -> str:
    """'I am an assistant manager at Dunnes for 4 years' -> 'I have been ...': English wants it."""
    ws = clause.split()
    if len(ws) > 2 and ws[0] == "I" and ws[1] in ("have", "am") and _a_studied_field(ws[2:]):
        field = " ".join(ws[2:])  # "I have civil engineering", "I am electrical and ..."
        return (
            f"I have a background in {field}" if ws[1] == "have" else f"my background is in {field}"
        )
    lasting = " for " in clause or " since " in clause
    if clause.startswith("I am ") and lasting and _DURATION.search(clause):
        return "I have been " + clause[5:]
    if clause.startswith(("I have a ", "I have an ")) and " since " in clause:
        # "I have a scooter since October" (not "I have already led ...", late370 readers)
        return "I have had " + clause[7:]
    since_then = re.search(r" since (?:I was|the age of|age) \d", clause)  # a time, not a date
    if since_then and len(ws) > 2 and ws[0] == "I" and lexicon.tags(ws[1].lower()) & {"D"}:
        participle = lexicon.inflect(ws[1].lower(), "VBN")  # "I fixed bikes since I was 14"
        return " ".join(["I", "have", participle, *ws[2:]])
    dated = _HAVE_DONE_IN.match(clause)
    if dated and "P" in lexicon.tags(dated["done"]) and lexicon.lemma(dated["done"]):
        past = lexicon.inflect(lexicon.lemma(dated["done"]) or "", "VBD")  # a time gone by
        return f"I {past} {dated['rest']}"  # "I have done ... in 2022" -> "I did ... in 2022"
    return clause


# "I have done outbreak investigation in 2022", "I have cleared the RSO exam in August 2026",
# "... last year", "... two years ago": a time gone by takes the past, not "have".
_HAVE_DONE_IN = lazy(
    r"^I(?: have|'ve) (?P<done>[a-z]+) (?P<rest>(?:(?! and |, |; ).)*"
    r"(?:\b(?:in|during) (?:[A-Z][a-z]+ )?(?:19|20)\d\d\b|\blast (?:year|month|week|summer|spring"
    r"|autumn|fall|winter)\b|\b(?:\d+|two|three|four|five|six) (?:years|months|weeks) ago\b).*)$"
)  # the time in the same clause: not "I have graded ... and my grading was audited in 2024"


def since_as_perfect(clause: str) -> str:
    """'I do an hour of Georgian every day since September' -> 'I have been doing ...', for a
    line the candidate began with "I" (a verb the reader supplied "I" for may be a noun)."""
    ws = clause.split()
    since = SINCE.search(clause) if " since " in clause else None
    verb = ws[1] if len(ws) > 2 and ws[0] == "I" else ""
    present = "V" in lexicon.tags(verb) and verb not in AUXILIARIES - {"do"} and ws[2] != "not"
    between = clause[len(f"I {verb}") : since.start() if since else 0]
    one_clause = not re.search(r"[,;(]| I\b| I['’]", between)  # not "..., and I've been ... since"
    begun = verb in ("start", "begin", "join", "finish", "complete", "enrol", "enroll")
    if since and present and one_clause and not begun and " for " not in between:
        done = "VBN" if verb in STATIVE else "VBG"
        have = "have" if verb in STATIVE else "have been"
        return " ".join(["I", have, lexicon.inflect(verb, done), *ws[2:]])
    return clause
