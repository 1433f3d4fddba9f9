"""Slips of a hasty or second-language English that a rule cannot put right by guessing.

The gate (:mod:`afterview.compose.reading.gate`) asks here about each line a note may use.
A verb left plain after "he" ("she ask about my lola"), a present tense about the past, one
person with the verb of many, a question noted without its "do", "a" before many: each is
left out with its reason, since mending it would mean guessing what the candidate meant.
What a rule can say for sure is put back ("my grant not funded" has its "was" elsewhere;
here "Khorgos volumes growing" gets its "are", "certified customs specialist since 2022"
the title held).
"""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading.closed import FUNCTION_WORDS, SPAN_WORDS, SUBJECT_PRONOUNS, WH_WORDS
from afterview.compose.reading.fields import Reading
from afterview.compose.reading.fields.quality import shows_a_quality
from afterview.compose.reading.shapes import CHANGES, article_for, is_person_noun, is_wh, tags_of
from afterview.compose.reading.text import LABELS, Unusable, bare

__all__ = ["noted_question", "second_language", "shorthand_left"]


def noted_question(reading: Reading) -> None:
    """A question quoted in a note is theirs: not "What you do if ...?" as noted in haste."""
    if reading.shape == "np" and _WHY_NOT_A_CLAUSE.match(reading.text):
        raise Unusable(
            "it is their question as you noted it; write it as they said it, with its “?”"
        )
    if reading.shape == "clause" and _INVERTED.match(reading.text):
        raise Unusable(
            "it is their question as you noted it; write it as they said it, with its “?”"
        )
    if reading.shape == "question" and (
        _NO_AUXILIARY.match(reading.text)
        or _LOWER_START.search(reading.text)
        or _modal_without_verb(reading.text)
        or _BARE_ORDINAL.search(reading.text)
        or _asked_bare(reading.text)
        or _WHY_NOT_A_CLAUSE.match(reading.text)
    ):
        raise Unusable(
            "it is their question as you noted it, not as they asked it; write it as they said "
            "it, or name the subject in a few words"
        )


def shorthand_left(kind: str, shape: str, text: str) -> None:
    """What the reading rules turned but could not make English of: a rapport about them
    alone, a figure with no "of", "from 0", a count with a label after it, a change noted as
    "... down", a deadline as the highlight."""
    if kind == "rapport" and shape == "clause" and bare(text.split()[0]) not in _SHARERS:
        raise Unusable("it is about them alone; write what you share (“we both …”)")
    found = _FIGURE_AFTER_NOUN.search(text) if any(c.isdigit() for c in text) else None
    before = text[: found.start()].split()[-1:] if found else []
    if found and found["noun"] in SPAN_WORDS and before and bare(before[0]) in ("the", "my", "our"):
        found = None  # "over the last 3 years": a span of time, said in full
    if found and found["noun"] in LABELS and " " in found[0].split(" ", 1)[1]:
        found = None  # "the grade 12 exams": the figure names the grade ("zone 500m" measures)
    if found and tags_of(found["noun"]) & {"N", "S"} and found["noun"] not in FUNCTION_WORDS:
        raise Unusable(f"“{found.group(0)}” needs a word to join its figure (“of”, “with”)")
    if " from 0" in f"{text} " and _FROM_ZERO.search(text):
        raise Unusable("“from 0” is shorthand; say “from scratch”")
    labelled = _COUNT_THEN_LABEL.search(text) if any(c.isdigit() for c in text) else None
    if labelled:
        raise Unusable(f"“{labelled.group(0)}” is a count with a label after it; write it out")
    if kind == "topic" and "deadline" in text:
        raise Unusable("a deadline is not what a thank-you note recalls; name the project")
    moved = _MOVED.search(text) if kind == "topic" else None
    if moved:
        raise Unusable(f"it notes a change in shorthand (“{moved.group(0)}”); say what about it")
    plain_np = kind == "topic" and shape == "np" and " per " not in text
    done = _DONE_TO_IT.search(text) if plain_np and not is_wh(text.split()[0]) else None
    if done and tags_of(done["noun"]) & {"N", "S"} and done["done"] not in _SAID_AFTER_A_NOUN:
        raise Unusable(
            f"“{done.group(0)}” notes what was done in shorthand; say it as a sentence"
        )  # "staff room shared", "EYFS framework adapted"
    if kind == "rapport" and _NATIONALITY_ALONE.match(text):
        raise Unusable("it is about them alone; write what you share (“we are both from …”)")


def second_language(kind: str, raw: str, shape: str, text: str) -> str:
    """The line with what a rule can be sure of put back, or Unusable for a slip it cannot."""
    hedged = _HEDGED.search(raw) if "ish" in raw else None
    if hedged:
        raise Unusable(f"“{hedged.group(0)}” is a hedge for yourself; say it plainly")
    shown = kind == "strength" and shows_a_quality(text)  # "I am calm ...: I evacuated ..."
    if kind in ("strength", "answer", "wish", "news") and ": " in text and not shown:
        raise Unusable("it starts with a label (“… :”); write it as a sentence")
    if " worked " in f" {text} " and _WORKED_A_NAME.search(text):
        raise Unusable("“worked” needs its “at” or “for” before the name; write it as you would")
    codes = _CODES_LISTED.search(text) if ", " in text else None
    if codes:  # "I worked in NO, PL and KR crews": "NO" reads as a word
        raise Unusable(f"“{codes.group(0)}” are codes for yourself; write the names out")
    if ". " in text and _LOWER_START.search(text):  # "I turn up. never missed a shift"
        raise Unusable("it reads as notes (a sentence starts in lower case); write it out")
    if kind == "rapport" and _LAUGHED.search(text):
        raise Unusable(
            "it recalls a moment of the day (a joke, an argument, a question about you), which "
            "reads oddly written down; write what you share"
        )
    if kind == "rapport" and _A_NAME_TOO.match(text):
        raise Unusable("it names something you share but not how; write “we both studied at …”")
    also_last = _ALSO_LAST.match(text) if kind == "rapport" else None
    if also_last:  # "you are from Takeo also" -> "you are also from Takeo"
        text = f"{also_last['who']} also {also_last['rest']}"
    if " also " in text:  # "you also are from Irbid" -> "you are also from Irbid"
        text = _ALSO_BEFORE_BE.sub(r"\g<who> \g<be> also", text)
    if kind == "rapport" and _BOTH_A_NAME.match(text):
        raise Unusable("it names something you share but not how; write “we both support …”")
    text = _held_not_done(text)
    if text.startswith("I have done ") and _EVERY_PERIOD.search(text):
        text = f"I do {text[len('I have done ') :]}"  # "I have done 300 Hess charts a year"
    if " already " in text and _PAST_TIME.search(text):
        text = text.replace(" already ", " ", 1)  # "I already cut reed last winter"
    if _CURRENT.match(text):
        text = f"my {text}"  # "current company has agreed to release me"
    if " as " in text:
        text = _WORKED_AS.sub(_worked_as_one, text)
    if kind in ("strength", "answer") and _BARE_TRAIT.match(text):
        raise Unusable("alone it does not say why you fit; say what you did that shows it")
    if kind == "topic" and shape in ("np", "clause"):
        text = _how_it_changes(text, clause=shape == "clause")
    _tense_kept(raw, text)
    _agrees(text)
    return text


# "What you do if ...?": a question noted in haste, which a note must not quote as theirs.
_ALSO_BEFORE_BE = lazy(r"\b(?P<who>you|we|they|I) also (?P<be>are|were|am|was)\b")
_ALSO_LAST = lazy(r"^(?P<who>(?:you|we) (?:are|were)) (?P<rest>(?:from|in|at) .+) also$")
_NO_AUXILIARY = lazy(r"^[“\"]?(?:what|how|why|where|when|which) (?:you|we|they|he|she|I)\b", re.I)
# "will you stay or go abroad again": a question noted without its mark
_INVERTED = lazy(r"^(?:will|would|can|could|do|does|did|are|is|have|has|should) you\b", re.I)
# "why a mission hospital and not govt?": why you chose, asked of you, in shorthand
_WHY_NOT_A_CLAUSE = lazy(r"^(?:why (?:a|an|the|not|this|here)|any)\b", re.I)  # "any research exp?"
_LOWER_START = lazy(r"[.?!] [a-z]")  # "... buyer want on time. how you do?"
_MODAL = lazy(r"\b(?P<before>[a-z]+) (?:will|would|can|could|should|must) (?P<next>[a-z]+)\b", re.I)


_BARE_ORDINAL = lazy(
    r"\b(?:in|on|for|during|within|of) (?:first|last|next)\b", re.I
)  # "in first 90 days"
_ASKS = frozenset("explain describe give name define compare walk".split())


def _asked_bare(text: str) -> bool:
    """ "Explain difference FOB and CIF", "Describe situation when ...": an ask with no "the"
    or "a" before the one thing it asks about."""
    ws = text.split()
    if len(ws) < 2 or bare(ws[0]) not in _ASKS or not ws[1].islower() or is_wh(ws[1]):
        return False  # "Explain how the scheduler works" asks about a whole clause
    tags = tags_of(bare(ws[1]))
    return "N" in tags and not tags & {"S", "J", "G", "D"}


def _modal_without_verb(text: str) -> bool:
    """ "shipment will late 5 days": a modal after its subject with no verb after it (not
    "what would success look like", where the subject comes after the modal)."""
    return any(
        not is_wh(found["before"])
        and found["next"] not in FUNCTION_WORDS
        and not tags_of(found["next"]) & {"V", "R", "A"}
        for found in _MODAL.finditer(text)
    )


_THIRD_PERSON_VERB = lazy(r"\b(?:he|she) (?P<verb>[a-z]+)\b", re.I)


_PAST_MARK = lazy(
    r"\b(?:last (?:week|month|year|spring|summer|autumn|fall|winter|season|term|[A-Z][a-z]+)|"
    r"ago|yesterday|previously|in my (?:old|last|previous) job|in the old job|"
    r"in (?P<year>(?:19|20)\d\d))\b"
)


# Verbs that are also nouns but never follow "is" bare: "the preparation is finish".
_DONE_WORDS = frozenset("finish start begin arrive happen come go need want".split())
_BE_THEN_PLAIN = lazy(r"\b(?:is|are|was|were) (?P<verb>[a-z]+)\b")  # "the preparation is finish"
_GOOD_TO = lazy(r"^I am (?:good|great|strong|excellent) to [a-z]+")  # "I am good to keep ..."
_NO_SUBJECT_AFTER_AND = lazy(r"\b(?:and|but) (?:is|are|has)\b")  # "I speak Aymara and is ..."
_AFTER_WHO = lazy(r"\b(?:who|which|when|we|they|he|she) ([a-z]+)\b")
_PAST_SINCE = lazy(
    r"^I (?:was|were|worked|led|ran|managed|did|supervised|am [a-z]+ing)\b.* since\b"
)  # "I am working on organs already since 15"
_COMING = lazy(
    r"\b(?P<who>you|we|they) (?P<verb>[a-z]+)\b.*\b(?:this|next) (?:year|month|quarter|spring|"
    r"summer|autumn|fall|winter|season|term)\b"
)
_STATIVE = frozenset("have need want plan expect hope aim intend know like prefer".split())


def _tense_kept(raw: str, text: str) -> None:
    """A verb the candidate left uninflected cannot be put right by guessing: "she ask about my
    lola" is not "you ask about my Lola"; "I handle 120 wedding guests last March" is past;
    so are "the preparation is finish", "I was the one who make ...", "I am working ... since
    15", a verb after "and" with no subject, and "I am good to keep ..."."""
    if " he " in f" {raw.lower()} " or " she " in f" {raw.lower()} ":
        for found in _THIRD_PERSON_VERB.finditer(raw):
            verb = found["verb"].lower()
            said = text.lower().replace(" also ", " ")  # "you also study" is "you study"
            if _plain_verb(verb) and f"you {verb}" in said:
                raise Unusable(
                    f"its verb does not say when (“{found.group(0)}”); write it as you would say it"
                )
    be_plain = _BE_THEN_PLAIN.search(text) if (" is " in text or " are " in text) else None
    if be_plain and (
        be_plain["verb"] in _DONE_WORDS
        or (_plain_verb(be_plain["verb"]) and not tags_of(be_plain["verb"]) & {"N", "J"})
    ):
        raise Unusable(
            f"“{be_plain.group(0)}” is missing a verb form; write it as you would say it"
        )
    if text.startswith("I am ") and _GOOD_TO.match(text):
        raise Unusable("“good to …” is a slip for “good at …”; say what you do well")
    if text.startswith("I ") and _NO_SUBJECT_AFTER_AND.search(text):
        raise Unusable("a verb after “and” has lost its subject; write it as you would say it")
    past = _PAST_MARK.search(text) if text.startswith("I ") else None
    was = text.startswith(("I was ", "I did "))  # "I was the one who make the plan"
    if was or (past and not (past["year"] and int(past["year"]) >= _this_year())):
        left = [
            w for w in _AFTER_WHO.findall(text) if _plain_verb(w) and (was or "N" not in tags_of(w))
        ]
        if left:  # "I was the one who prepare all the documents when JAKIM come in 2025"
            raise Unusable(f"“{left[0]}” does not say it was in the past; write it as you would")
    if " since " in text and _PAST_SINCE.match(text):
        raise Unusable("“since” goes with “I have been …”; write it as you would say it")
    coming = _COMING.search(text) if (" this " in text or " next " in text) else None
    if coming and _plain_verb(coming["verb"]) and coming["verb"] not in _STATIVE:
        raise Unusable(  # "the new NIR machine you buy this year": buying, or bought?
            f"“{coming['who']} {coming['verb']}” does not say when; write it as you would say it"
        )
    ws = text.split()
    plain = len(ws) > 2 and ws[0] == "I" and (_plain_verb(ws[1]) or ws[1] == "do")
    past = _PAST_MARK.search(text) if plain else None
    if past and past["year"] and int(past["year"]) >= _this_year():
        past = None  # "I start in 2027": a plan, said in the present
    if past:
        raise Unusable(
            f"“I {ws[1]}” is present but the line is about the past; write it as you would say it"
        )


# "I am fast", "I am calm": a trait with nothing to show it. Languages are facts.
_BARE_TRAIT = lazy(r"^I am (?!bilingual|trilingual|multilingual|fluent)[a-z]+$")


_CHANGING = lazy(r"^(?P<what>.+) (?P<how>[a-z]+ing)$")
# Verbs that take a verb in "-ing" after them ("keep gardening").
_TAKES_ING = frozenset("keep keeps stop start like love enjoy avoid finish mind begin".split())


def _how_it_changes(text: str, *, clause: bool = False) -> str:
    """ "Khorgos volumes growing": a note's shorthand for a change, with its "are" put back
    ("Khorgos volumes are growing"), said as a subject where a subject is wanted ("how
    Khorgos volumes are growing")."""
    found = _CHANGING.match(text) if text.endswith("ing") else None
    if not found or len(found["what"].split()) > 4 or bare(found["what"].split()[0]) in WH_WORDS:
        return text
    last = bare(found["what"].split()[-1])
    if "V" not in tags_of(found["how"][:-3]) and "V" not in tags_of(found["how"][:-3] + "e"):
        return text
    if last in _TAKES_ING or bare(found["what"].split()[0]) in SUBJECT_PRONOUNS:
        return text  # "you want to keep gardening": a clause with its own verb already
    if not clause and found["how"] not in CHANGES:
        return text  # "CPD hours tracking" names the tracking
    tags = tags_of(last)
    if tags & {"S", "N"} and not tags & {"G"}:
        be = "are" if "S" in tags else "is"  # "the yard growing": how the yard is growing
        said = f"{found['what']} {be} {found['how']}"
        return said if clause else f"how {said}"
    return text


_EVERY_PERIOD = lazy(r"\b(?:a|per) (?:year|month|week|day|shift)$")
_PAST_TIME = lazy(
    r"\b(?:last (?:year|month|week|winter|spring|summer|autumn|fall)|ago|in (?:19|20)\d\d)\b"
)
_CURRENT = lazy(r"^current (?:company|employer|boss|manager|job|role|team|school|hospital)\b")
_WORKED_AS = lazy(
    r"\b(?:worked|work|working|served|started|joined|employed|hired|trained|volunteered|"
    r"qualified) as (?P<post>[a-z][a-z -]*)"
)
# Posts one holder has: "served as head of ward" needs no "a".
_ONE_HOLDER = frozenset("head chief chair captain director president acting interim".split())


def _worked_as_one(found: re.Match[str]) -> str:
    """ "I worked as welder for 6 years" -> "as a welder": one of many who hold that post."""
    words = found["post"].split(" ")
    post: list[str] = []
    for word in words[:3]:
        if not word or word in FUNCTION_WORDS or not tags_of(word) & {"N", "J", "G"}:
            break
        post.append(word)
    following = words[len(post)] if len(post) < len(words) else ""
    if (
        not post
        or not is_person_noun(post[-1])
        or "S" in tags_of(post[-1])
        or post[0] in _ONE_HOLDER
        or following in ("of", "and")  # "as electrician and plumber": both posts, one "a" reads
    ):
        return found.group(0)
    said = " ".join(post)
    return found.group(0).replace(f" as {said}", f" as {article_for(said)} {said}", 1)


_LAUGHED = lazy(
    r"\b(?:laughed|joked|laughing|joking|argued|arguing|debated|bickered|disagreed|smiled)\b"
    r"|^you asked about my\b"
)  # "we argued about green chile": a moment of the day, not a thing shared
_CODES_LISTED = lazy(r"\b[A-Z]{2}, (?:[A-Z]{2}, )*[A-Z]{2},? (?:and|or) [A-Z]{2}\b")
_WORKED_A_NAME = lazy(
    r"\b(?:you|he|she|we|I) worked (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b)[A-Z]"
)  # "I worked Saturdays" is every Saturday, not a place


# Who may start a sentence about what the candidate and the reader share.
_HEDGED = lazy(r"\b\w+-ish\b|\d+ish\b", re.I)  # "8-ish", "x10ish"


_SHARERS = frozenset("you we your our my i both you're we're you've we've it what".split())


_FIGURE_AFTER_NOUN = lazy(
    r"\b(?P<noun>[a-z]{3,}) (?:\d+ (?:[a-z]+s|people|staff)(?=$|,| including| incl| with| and)|\d+(?:m|cm|km|kg|t)\b(?! (?:of|long|"
    r"wide|high|tall|deep|away)\b))"
)


_FROM_ZERO = lazy(r"\bfrom 0\b")
_COUNT_THEN_LABEL = lazy(r"\b\d+ [a-z]+s [A-Z]{2,}\b")  # "I managed 11 freelancers QA"
_MOVED = lazy(
    r"\b[a-z]{3,}s? down$|^(?:(?:the|their|your|his|her|our|its) )?(?:[a-z]+ )?(?:rates?|numbers|"
    r"figures|costs|prices|sales|volumes|admissions|referrals|levels|scores|bookings|enquiries|"
    r"complaints) (?:up|down)\b"
)  # "their amputation rates up the NW coast"; "you want agent bookings up" says what they want
# A noun, then what was done to it, at the end of a topic: "staff room shared".
_DONE_TO_IT = lazy(r"\b(?P<noun>[a-z]{3,}) (?P<done>[a-z]{3,}ed)$")
# Nouns that a participle follows in plain English: "lessons learned", "time spent".
_SAID_AFTER_A_NOUN = frozenset("learned needed required involved used saved planned".split())
# "you're Irish", "Korean-American from San Diego": a fact about them, nothing shared.
_NATIONALITY_ALONE = lazy(
    r"^(?:(?:you're|you are) [A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"|[A-Z][a-z]+-[A-Z][a-z]+(?: from [A-Z][\w ]+)?|[A-Z][a-z]+ from [A-Z][\w ]+)$"
)


_A_NAME_TOO = lazy(r"^you're (?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*)* too$")


_HELD_STATE = lazy(
    r"^I (?P<state>certified|registered|licensed|qualified|chartered|accredited) "
    r"(?P<what>(?!(?:as|in|with|for|the|a|an|my|by|to)\b)[A-Za-z][\w -]*?)"
    r"(?: (?P<when>since|in) (?:[A-Z][a-z]+ )?(?P<year>\d{4}))?$"
)


_STATE_DATED = lazy(
    r"^I am (?P<state>qualified|certified|registered|licensed|chartered|accredited)"
    r"(?P<rest> (?:in|since) (?:[A-Z][a-z]+ )?\d{4}.*)$"
)


_STATE_THEN = lazy(
    r"^I am (?:trained|published|promoted|awarded|elected|certified|registered|licensed|"
    r"accredited|chartered) .*\bin (?:[A-Z][a-z]+ )?(?P<year>(?:19|20)\d\d)$"
)


def _held_not_done(text: str) -> str:
    """ "I certified customs specialist since 2022" -> "I have been a certified customs
    specialist since 2022": the candidate holds the title, they did not certify anyone."""
    dated = _STATE_DATED.match(text) if text.startswith("I am ") else None
    if dated:  # "I am qualified in 2019" -> "I qualified in 2019"
        state, rest = dated["state"], dated["rest"]
        return f"I qualified{rest}" if state == "qualified" else f"I was {state}{rest}"
    then = _STATE_THEN.match(text) if text.startswith("I am ") else None
    if then and int(then["year"]) < _this_year():  # "I am trained in CBT in 2019"
        return f"I was {text[5:]}"
    found = _HELD_STATE.match(text) if text.startswith("I ") else None
    if found and not found["year"] and not is_person_noun(found["what"].split()[-1]):
        # "I certified credit risk management level 2": certified in it, not its certifier
        what = re.sub(r" (level \d+)$", r" at \1", found["what"])
        return f"I am {found['state']} in {what}" if found["state"] != "qualified" else text
    if not found or not is_person_noun(found["what"].split()[-1]):
        return text
    what = f"{found['state']} {found['what']}"
    if found["when"] == "in":  # "certified Scrum master in March 2021": became one then
        return f"I became {article_for(what)} {what} {text[found.start('when') :]}"
    if found["year"]:
        return f"I have been {article_for(what)} {what} since {found['year']}"
    return f"I am {article_for(what)} {what}"


_BOTH_A_NAME = lazy(r"^we are both (?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*)*$")


_SINGULAR_SUBJECT = lazy(
    r"\bthe (?P<who>[A-Z]{2,4}|[a-z]+) (?P<verb>[a-z]+) (?:less|more|a|an|the|his|her|their|our|"
    r"my|us|me|him|them|that|everyone|people)\b"
)


def _agrees(text: str) -> None:
    """ "the GM want less paperwork": one person with the verb of many, a slip a note must
    not repeat (told by what follows the verb: "the NERC grant" is a name, not a slip)."""
    for found in _SINGULAR_SUBJECT.finditer(text):
        who, verb = found["who"], found["verb"]
        person = who.isupper() or (is_person_noun(who) and "S" not in tags_of(who))
        if person and _plain_verb(verb) and verb not in ("need", "lead"):
            raise Unusable(f"“{found.group(0)}” does not agree; write it as you would say it")


def _this_year() -> int:
    from datetime import date

    return date.today().year


def _plain_verb(word: str) -> bool:
    """A verb's plain form and nothing else that may follow "he" ("ask", "confirm")."""
    tags = tags_of(word)
    return "V" in tags and not tags & {"A", "D", "P", "Z", "J"} and word not in FUNCTION_WORDS
