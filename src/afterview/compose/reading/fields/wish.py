"""What the candidate wishes they had said, read into a clause a note can add, or left out
when it is a regret, a reservation or a right to work."""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading.closed import DETERMINERS
from afterview.compose.reading.fields.common import (
    Reading,
    short_tail,
    spelled_out,
    with_figures,
    without_aside,
)
from afterview.compose.reading.fields.first_person import as_first_person, present_perfect
from afterview.compose.reading.fields.strength import no_right_to_work, reservation_in
from afterview.compose.reading.person import mentions_third_person
from afterview.compose.reading.shapes import is_clause, is_verb, tags_of
from afterview.compose.reading.text import Unusable, bare, clean, is_name, lower_first

_WISH_STARTS = frozenset(
    "i should should've wish forgot didn't did never meant wanted could could've need must have haven't has".split()
)
# A reminder to oneself, with no "should": "mention the ASR testing I did at La Aurora".
# "the sync engine I built handles ...": a thing of yours, then what it does: a clause
_MINE_THEN_A_VERB = lazy(
    r"^(?:the|my|our|this|that) (?:[\w-]+ ){1,4}(?:I|we) (?P<did>[a-z]+) (?P<does>[a-z]+s)\b"
)
_TO_SELF = lazy(
    r"^(?:mention|say|bring up|talk about|stress|highlight)\s+(?:that\s+|about\s+)?", re.I
)
_REGRETS = frozenset("fumbled froze blanked bombed rambled stumbled".split())
# Ends that add nothing to a fact: "certified for whitening too", "..., which matters for X".
# (and "so no training needed on those": a consequence in shorthand, late502 readers)
_WISH_END = lazy(
    r"(?:\s+(?:too|as well|also|at all)|,\s+which\b.*|,?\s+so (?:no|not|less)\b.*)$", re.I
)


# "forgot to show the dummy": something to have done, not something to have said.
_MEANT_TO_DO = lazy(
    r"^(?:i\s+)?forgot to (?!mention|say|tell|bring|talk|highlight|add|explain|share|stress|note)"
    r"\w+",
    re.I,
)
_WISH_OPENER = lazy(
    r"^(?:i\s+)?(?:should(?:'ve| have)|wish i(?:'d| had)|forgot to|didn't|did not|never got to|never|"
    r"meant to|wanted to|could(?:'ve| have)|need to|must|have not|haven't|has not)\s+"
    r"(?:(?:mention(?:ed)?|say|said|tell|told|bring up|brought up|talk(?:ed)? about|"
    r"highlight(?:ed)?|add(?:ed)?|explain(?:ed)?|share|shared|stress(?:ed)?|note|noted)"
    r"(?:\s+(?:them|him|her|you|(?:mr|ms|mrs|dr|prof)\.?\s+[\w'-]+))?\s+(?:that\s+|about\s+)?)?",
    re.I,
)


# What a wish may name without saying it: "my field school idea".
_UNSAID = frozenset("idea ideas plan plans proposal thoughts thought suggestion point".split())


def _only_named(text: str) -> bool:
    """ "the P8 statistics", "the LEGO club": a thing named in a few words, with nothing the
    candidate did with it, no figure and no detail, says nothing once added to a note."""
    ws = text.split()
    figure = any(w[:1].isdigit() for w in ws)
    if not figure and {bare(w) for w in ws} & _FIGURES:
        return True  # "the line losses figure in units": a figure promised, none given
    detail = figure or any(bare(w) in _DETAIL_WORDS for w in ws)
    return ws[0].lower() == "the" and len(ws) <= 4 and not detail


_FIGURES = frozenset("figure figures number numbers statistics stats".split())
# Words that tie a thing to what the candidate did: "the survey I did", "the trial we ran".
_DETAIL_WORDS = frozenset("i we my our that which who where when with for on at in".split())


# What the candidate did, after the thing named: "at Cao Lãnh we cut rejections ...".
_WHAT_WE_DID = lazy(
    r"^(?:(?:at|in) [A-Z][\w'’ -]{1,30}?,? )?(?:I|we) (?:cut|built|ran|led|set up|raised|"
    r"reduced|saved|grew|launched|fixed|designed|wrote|trained|got|won|brought|doubled|halved)\b"
)


# Work done on overtime: its terms, never a note's line (the draft's own words are checked).
_ON_OVERTIME = lazy(r"\b(?:on|for|doing) overtime\b|\bovertime (?:shifts?|runs?)\b", re.I)


def read_wish(raw: str) -> Reading:
    """What they wish they had said, as a fact to add: a clause, or a noun phrase to mention."""
    if "->" in raw or "→" in raw:  # "the diesel -> battery loaders switch": cut, it says nothing
        raise Unusable("it notes a change with an arrow; say what changed in words")
    if _ON_OVERTIME.search(raw):  # "the Ballantrae runs on overtime": its terms (late478)
        raise Unusable(
            "it is about your terms (“overtime”), which a thank-you note leaves out; say the "
            "work itself"
        )
    parts = re.split(r"\s+[-–—]+\s+|!{2,}\s*", raw) if re.search(r" [-–—]|!!", raw) else []
    said = next(  # "fumbled the q - should have said SA came off the grey list"
        (
            p
            for p in parts[1:]
            if p.strip() and bare(p.split()[0]) in _WISH_STARTS and _WISH_OPENER.match(p)
        ),
        None,
    )
    opened = _WISH_OPENER.match(said).end() if said else 0  # type: ignore[union-attr]
    if said and opened and _LED_WITH_IT.match(said[opened:]):
        raw = parts[parts.index(said) - 1]  # "I cut locum onboarding ... - should have led
        # with that when Dr V asked": the fact before the dash, never "I led with that"
        if not re.match(r"I\b", raw):  # "my 311 job was literally ...": no fact of its own
            raise Unusable(_AN_EXAMPLE_GIVEN)
    elif said and opened:
        subject = parts[parts.index(said) - 1].strip()
        raw = said
        if _IT_DONE_TO.search(said) and not is_clause(subject) and len(subject.split()) <= 4:
            # "the carry-over numbers!! I forgot to say we got it to under 10%": what "it" is
            raw = _IT_DONE_TO.sub(lambda m: f"{m[1]} {lower_first(subject)}", said, count=1)
    elif (
        len(parts) > 1
        and _WISH_OPENER.match(parts[0])
        and len(parts[0][_WISH_OPENER.match(parts[0]).end() :].split()) <= 4  # type: ignore[union-attr]
        and re.match(r"I (?:was|am|have|had|ran|led|did|built|set|started|worked)\b", parts[1])
    ):
        raw = parts[1]  # "should have mentioned the boarding - I was boarding master ...": the fact
    elif (
        len(parts) > 1
        and re.match(r"^(?:the|my|our) ", parts[0], re.I)
        and len(parts[0].split()) <= 5
        and _WHAT_WE_DID.match(parts[1])
    ):
        raw = parts[1]  # "the EU MRL problem - at Cao Lãnh we cut rejections from 4% to 1%"
        place = re.match(r"^((?:at|in) [^,]+?),? (?=(?:I|we) )", raw)
        if place:  # "we cut rejections ... at Cao Lãnh": the deed first, as a note says it
            raw = f"{raw[place.end() :]} {place[1]}"
    elif len(parts) > 1 and re.match(r"^re\s*:?\s", parts[0], re.I):
        raw = " - ".join(parts[1:])  # "re: the MAKO - I was on the team ...": what to add
    if _MEANT_TO_DO.match(raw.strip()):
        raise Unusable(  # "forgot to show the dummy for the fox book": a deed, not a fact
            "it says what you meant to do; say what you would add, as a fact (“I have a dummy "
            "of …”)"
        )
    if _ANOTHER_EXAMPLE.search(raw):  # "should have used the King's visit example for ..."
        raise Unusable(_AN_EXAMPLE_GIVEN)
    opening = [bare(w) for w in raw.split()[:3]]
    opening = opening[1:] if opening[:1] == ["i"] else opening
    if opening[:1] and (
        opening[0] in _REGRETS or opening[:2] in (["messed", "up"], ["screwed", "up"])
    ):
        raise Unusable("it is a regret about how an answer went: a note does not dwell on it")
    then = _NAMED_THEN_DONE.match(raw.strip())
    did = bare(then["done"].split()[0]) if then else ""
    if then and is_verb(did, "D") and did not in _SAID_OR_MISSED and not is_clause(then["named"]):
        raw = f"{then['named']} {then['done']}"  # "the leakage analysis - recovered $1.1m"
    text = without_aside(clean(raw, keep_names_in_brackets=True))
    if reservation_in(text):
        raise Unusable("it comes with a reservation: a note would overstate it")
    no_right_to_work(text)  # "I have a valid working holiday visa until Aug 2027"
    text = _HOW_IT_WENT.sub("", text)  # ", the professor asked about PBN and I answered ..."
    text = _NOT_JUST.sub("", text)  # "... myself, not just managed the team who did"
    text = short_tail(with_figures(text))
    if bare(text.split()[0]) in _WISH_STARTS:
        text = _WISH_OPENER.sub("", text, count=1).strip()
    text = _WISH_END.sub("", text)
    text = _TO_SELF.sub("", text, count=1)  # "mention the ASR testing I did": what to mention
    if not text:
        raise Unusable("it does not say what you would add")
    if mentions_third_person(text):
        raise Unusable("it speaks of someone in the third person; write it as what you would add")
    head, comma, rest = text.partition(", ")
    if comma and not is_clause(head) and is_verb(rest.split()[0], "D"):
        # "the Azure side, did EA true-up negotiation last yr, ...": what was done is the fact
        done = as_first_person(rest.split(", ")[0])
        if done:
            return Reading("clause", spelled_out(done))
    text = re.sub(r"^that (?=I\b|I'[a-z]+\b)", "", text)  # "that I've done ...": what was said
    ws = text.split()
    first = bare(ws[0])
    if first in ("i", "i'm", "i've", "i'd") or (first in ("my", "our") and is_clause(text)):
        fixed = as_first_person(text)
        if fixed:  # "I've done the ride-along shift in 2024": a time gone by takes the past
            return Reading("clause", spelled_out(present_perfect(fixed)))
    mine = _MINE_THEN_A_VERB.match(text)
    if mine and "D" in tags_of(mine["did"]) and "Z" in tags_of(mine["does"]):
        return Reading("clause", lower_first(text))
    if (first in DETERMINERS or is_name(ws[0])) and is_clause(text):
        return Reading("clause", lower_first(text))  # "the model went to production"
    if first == "we" and len(ws) > 2 and is_clause(text):
        return Reading("clause", spelled_out(text))  # "we moved from Barthel to AusTOMs"
    if first in ("my", "our") or first in DETERMINERS:
        head, _, tail = text.partition(", ")
        if tail and bare(tail.split()[0]) in DETERMINERS:
            text = head  # "my solo cross-country to Le Touquet, the whole planning bit"
        text = re.sub(r"\s+(?:also|too|as well)$", "", text)  # "the line losses figure ... also"
        if bare(text.split()[-1]) in _UNSAID or _only_named(text):
            raise Unusable(  # "my field school idea", "the P8 statistics": named, never said
                f"it names “{text}” without saying what it is; write it in a sentence of its own"
            )
        return Reading("np", lower_first(text))
    clause = as_first_person(text)
    if clause is None:
        raise Unusable("it does not read as something you would add (“I …”)")
    return Reading("clause", spelled_out(clause))


# A thing named, then what it did after a dash: "about the leakage analysis on motor claims -
# recovered $1.1m of overpaid invoices, exactly what he described" (what it did is the point;
# the remark after the comma is for oneself).
_NAMED_THEN_DONE = lazy(
    r"^(?:(?:should have|shouldve|should've) (?:told|mentioned) (?:[\w.]+ ){0,2}?about )?"
    r"(?P<named>(?:the|my|our) [^,]+?) [-–—] (?P<done>[a-z]+\b(?:[^,.]|\.(?=\d))*)"
)

# How the question went, after the fact to add: ", the Prof ask about PBN and I answer only
# general" (a note to oneself about the day).
_HOW_IT_WENT = lazy(
    r",\s+(?:the \w+|he|she|they|you|[A-Z]\w+) (?:ask|asks|asked|wanted)\b.*$", re.I
)
# What the fact is set against, said for oneself: "..., not just managed the team who did".
_NOT_JUST = lazy(r",?\s+not (?:just|only)\b.*$")  # "home visits too, not only school sessions"
# What was said or missed on the day, not what the thing did: "the P8 stats - said +0.2".
_SAID_OR_MISSED = frozenset("said told asked mentioned forgot missed meant got wrong".split())


# "it" as the object of what was done, standing for the thing named before: "got it to".
# What was done with the fact before the dash: "should have led with that", "... mentioned it".
_LED_WITH_IT = lazy(
    r"(?:led|opened|started) with (?:that|it|this)\b|(?:mentioned|said) (?:that|it|this)\b"
    r"|used (?:that|it|this) (?:for|in|on) "
)
_IT_DONE_TO = lazy(r"\b(got|brought|cut|reduced|took|made|pushed|grew|raised)\s+it\b", re.I)


# Another example for one of their questions: how an answer went, not a fact to add.
_AN_EXAMPLE_GIVEN = (
    "it is about which example you gave to a question, which they heard; write the example "
    "itself as a fact, if it adds something"
)
_ANOTHER_EXAMPLE = lazy(
    r"\b(?:used|given|picked|chosen|told)\s+(?:the|my|a|that)\s+.{0,60}?\b(?:example|story)\s+"
    r"(?:for|in|on)\s+(?:the|their|your|his|her|that)\b.{0,60}?\bquestion\b",
    re.I,
)
