"""A concern the interviewer raised, read as an indirect question ("whether I have run a
budget"), and the candidate's answer to it."""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import DETERMINERS, PREPOSITIONS
from afterview.compose.reading.fields.common import (
    DEGREES,
    PAPERS,
    Reading,
    looks_plural,
    to_reader,
)
from afterview.compose.reading.fields.logistics import job_term, someone_elses_leave
from afterview.compose.reading.fields.strength import read_strength
from afterview.compose.reading.person import Ambiguous
from afterview.compose.reading.person import to_reader as _shift
from afterview.compose.reading.shapes import (
    RELATIVES,
    article_for,
    is_clause,
    is_noun_like,
    is_person_noun,
    is_verb,
    tags_of,
)
from afterview.compose.reading.text import Unusable, bare, clean, is_name, lower_first
from afterview.compose.reading.vocabulary import find, matches, word_set

_DOUBT_STARTS = frozenset(
    """he she they the interviewer was were is seemed worried concerned unsure not wondered
    wondering asked thinks thought felt feels doubted doubts queried questioned raised probed
    pushed worry concern""".split()
)
_NEGATION_STARTS = frozenset("has have hasn't haven't never not didn't did".split())


_IN_ROLE = lazy(
    r"^(?P<prep>as|on|at|in|during|for|with)\s+(?P<what>(?:\S+\s+){0,5}?\S+)\s+(?P<clause>i\s+.+)$",
    re.I,
)


_A_PROMISE = lazy(
    r"\bI(?:'ll| will| shall) (?:revert|get back|come back to|send|follow up|confirm|check)\b", re.I
)


def read_answer(raw: str) -> Reading:
    """How the candidate answers a concern, as a clause: like a strength.

    An answer may open with where it happened: "as CRC I prepared for 20+ monitoring visits"
    reads "as a CRC, I prepared for more than 20 monitoring visits".
    """
    if _A_PROMISE.search(raw):
        raise Unusable(  # "I will revert on that": a note to oneself, nothing to add yet
            "it promises something for later; a note adds it once you have it (“I have sent "
            "my certificates”)"
        )
    terms = job_term(raw, own_work=True) or find("answer", "terms", raw)
    if terms:
        raise Unusable(
            f"it is about your notice, start date or terms (“{terms}”): the recruiter settles "
            "that; a thank-you note leaves it out"
        )
    private = next(
        (f for f, end in matches("answer", "private", raw) if not someone_elses_leave(raw, f, end)),
        None,
    )
    if private:
        raise Unusable(
            f"it is about your own or your family's health (“{private}”): a note leaves that "
            "out; say only what the reader needs (“I am available full time”)"
        )
    # "I have turned down a Muscat offer ...": meant as loyalty, read as pressure
    if find("answer", "other_offer", raw):
        raise Unusable(
            "it tells of another offer, which in a note reads as pressure; say what draws you "
            "to this role instead"
        )
    family = _FAMILY.search(raw)
    if family:  # "already have a sister in Callan": why you can move, which is yours to keep
        raise Unusable(
            f"it is about your family (“{family[0]}”), which a note leaves out; say only what "
            "the reader needs (“I can relocate by March”)"
        )
    said = _SAID_IN_THE_ROOM.match(raw.strip())
    if said:  # "I said I'd rather learn the unit first": what was said, not what is added now
        raise Unusable(
            f"it tells what you said in the interview (“{said[0]}”), which they heard; write "
            "what you would add now (what you did, or can show)"
        )
    seen = _DONE_IN_THE_ROOM.search(raw)
    if seen:  # "I added the burst test ... before time ran out": they watched it
        raise Unusable(
            f"it tells what you did in the interview itself (“{seen[0]}”), which they saw; write "
            "what you would add now (what you did before, or can show)"
        )
    framed = _IN_ROLE.match(clean(raw)) if " i " in f" {raw.lower()} " else None
    if framed and not any(is_verb(w, "DZ") for w in framed.group("what").split()):
        clause = read_strength(framed.group("clause"))
        what = framed.group("what")
        if framed.group("prep").lower() == "as" and bare(what.split()[0]) not in DETERMINERS:
            what = f"{article_for(what)} {what}"  # "as CRC" -> "as a CRC"
        return Reading("clause", f"{framed.group('prep').lower()} {what}, {clause.text}")
    answer = read_strength(raw)
    ws = answer.text.split()
    singular = {"he", "she", "him", "his", "her", "hers"} & {bare(w) for w in ws}
    first = next((i for i, w in enumerate(ws) if bare(w) in singular), len(ws))
    someone = any(is_person_noun(bare(w).removesuffix("'s")) for w in ws[1:first])
    if singular and not someone:  # "... and showed him after lunch": the reader; "the
        # team's grad through her CA": the grad ("their" is other people)
        return Reading(answer.shape, to_reader(answer.text))
    return answer


# A relative as the reason one can move: "have a sister in Callan" ("with my uncle" may be
# work done together, and other rules read "my husband's job is in ...").
_FAMILY = lazy(rf"\b(?:have|has|got) an?\s+(?:{RELATIVES})\b", re.I)


_REPORTED_DOUBT = lazy(
    r"^(?:(?:he|she|they|the panel|interviewer)\s+)?(?:was\s+|were\s+|is\s+|seemed\s+)?"
    r"(?:worried|concerned|unsure|not sure|wondered|wondering|asked|thinks|thought|felt|feels|"
    r"doubted|doubts|queried|questioned|raised|probed|pushed on|pushed back on|worry|concern)"
    r"(?:\s+(?:about|that|whether|if|on|re))?\s+",
    re.I,
)
_NEGATED = lazy(
    r"^(?:(?:has|have)\s+(?:not|never)|hasn't|haven't|never|not|didn't|did not)\s+(?P<rest>.+)$",
    re.I,
)


# What the candidate did during the exercise itself, told back to those who watched it.
_DONE_IN_THE_ROOM = lazy(
    r"\b(?:before (?:the )?time ran out|before the end of the (?:interview|exercise|test|task|"
    r"session|round)|by the end of the (?:interview|exercise|test|task|session|round)|"
    r"(?:in|during) the (?:live coding|coding round|pairing session|whiteboard|exercise|"
    r"interview|practical|presentation|role[- ]play|task|test)(?: itself)?"
    r"(?=\s*(?:$|[,.;]|and\b|but\b|I\b)))",  # not "in the test suite"
    re.I,
)
_SAID_IN_THE_ROOM = lazy(
    r"^(?:I )?(?:said|told (?:them|him|her|the panel)|answered|replied)\b", re.I
)


def read_concern(raw: str) -> Reading:
    """A doubt they raised, as what a note can name: "my Scala experience", "whether I have ..."."""
    found = _read_concern(raw)
    if " done " in found.text:  # "hasn't done AWS": worked with it, never "done" it
        found = Reading(found.shape, _DONE_A_PRODUCT.sub("have worked with", found.text))
    hands_on = " hands-on " in f" {found.text} " and not found.text.endswith(("experience", "work"))
    if found.text.endswith("facing") or hands_on:  # "not much client-facing", "no hands-on MRI"
        found = Reading(found.shape, f"{found.text} experience")
    try:  # "my experience with their EMR": the note goes to one of them
        return Reading(found.shape, _shift(found.text))
    except Ambiguous:
        return found


# How much of it, set after the thing with no verb: "my heritage work mostly Category 2".
_HOW_MUCH_OF_IT = lazy(r"^(?:[Mm]y|[Oo]ur) [\w -]+? (?:mostly|mainly|only|just|all) (?=[A-Z0-9])")
# "done AWS", "done Salesforce": a product named alone (not "done A-scan biometry")
_DONE_A_PRODUCT = lazy(r"\bhave done(?= (?:[A-Z][A-Z0-9]+|[A-Z][a-z]+[A-Z][\w.+#]*)(?:$|,))")


# What they do, said after the doubt for oneself: "..., they use Deswik for design".
_THEIRS_AFTER = lazy(
    r",\s+(?:they|we|she|he|the team|theirs|the \w+ (?:uses?|runs?|has|needs?|wants?))\b.*$"
)
# The doubt in their own figures: "I've only run ~40k/mo budgets".
_ONLY_SO_MUCH = lazy(
    r"\bonly (?:run|done|managed|handled|led|had|sold|closed) (?:\w+ ){0,2}"
    r"(?:about |around |~)?[$£€]?\d"
)
# "..., only IC" typed without its comma: "never worked at OEM side only supplier".
_ONLY_WITHOUT_COMMA = lazy(r"(?<=[a-z]) (?:only|just|mostly) [a-z]+(?: [a-z]+)?$")


# What the candidate said, reported: "i said 'I'd just talk to them' -> she wanted a process"
# is an answer that fell short, not a doubt a note can name (late418 readers: "your question of
# whether I said I would just talk to you").
_I_SAID = lazy(r"^(?:i|I) (?:said|told (?:her|him|them)|answered|replied)\b")


def _read_concern(raw: str) -> Reading:
    if _I_SAID.match(raw.strip()):
        raise Unusable(
            "it tells what you said, not the doubt they raised; write the doubt itself "
            "(“whether I have a process for bullying”)"
        )
    text = clean(raw).rstrip("?").strip()  # "never driven in winter w/ articulated?"
    asked = re.search(r"(?:^|,\s+)((?i:will|would|can|could)) I (\w.*)$", text)
    if asked:  # "I'm foreign, will I understand Albanian guests": the doubt is the question
        return Reading("whether", f"whether I {asked[1].lower()} {asked[2]}")
    text = re.sub(r",\s+(?:only|just|mostly|but|not)\b.*$", "", text)  # "..., only IC"
    text = _THEIRS_AFTER.sub("", text)  # "never used Deswik, they use Deswik for design"
    if _ONLY_SO_MUCH.search(text):
        return Reading("unsaid", "")  # "I've only run ~40k/mo budgets": never said back
    text = _ONLY_WITHOUT_COMMA.sub("", text)  # "never worked at OEM side only supplier"
    # "never taught in English, and the Cree cohort is in English": why it matters, for oneself
    text = re.sub(r",\s+and (?:the|their|they|it|this|that|she|he)\b.*$", "", text)
    if _HOW_MUCH_OF_IT.search(text):  # "My heritage work mostly Category 2": a verbless claim
        raise Unusable(
            "it is a sentence without its verb; write the doubt as they put it (“whether my "
            "heritage work is enough”)"
        )
    if bare(text.split()[0]) in _DOUBT_STARTS:
        text = _REPORTED_DOUBT.sub("", text, count=1).strip()
    if not text:
        raise Unusable("it does not say what the doubt was about")
    shortfall = _shortfall(text)
    if shortfall is not None:
        if shortfall.startswith("the "):
            return Reading("np", shortfall)
        one = shortfall.split()
        held = bare(one[0] if " as " in shortfall else one[-1])  # "no grant as PI"
        if held in DEGREES or held in PAPERS or held == "grant":  # "no PhD yet": not experience
            return Reading("whether", f"whether I have {article_for(one[0])} {shortfall}")
        # "no closed deals of my own yet": things one has done, counted, not a field
        things_done = len(one) >= 2 and bool(tags_of(bare(one[0])) & {"P", "J"})
        things_done = things_done and looks_plural(one[1]) and not one[1][:1].isupper()
        if " of my own" in shortfall or things_done:
            return Reading("whether", f"whether I have {shortfall}")
        named = len(one) == 1 and not one[0].isupper() and one[0].isalnum()  # not "my PE"
        named = named and (is_name(one[0]) or not lexicon.known(bare(one[0])))
        if named and bare(one[0]) not in word_set("words", "languages"):
            return Reading("np", f"my experience with {shortfall}")  # "no dbt": not "my dbt"
        if len(one) > 1 and _a_field(one):  # "not much fetal echo": not "my fetal echo"
            where = next((k for k, w in enumerate(one) if k and bare(w) in PREPOSITIONS), 0)
            if where:  # "leadership outside uni": the experience, then where it was
                return Reading(
                    "np", f"my {' '.join(one[:where])} experience {' '.join(one[where:])}"
                )
            return Reading("np", f"my {shortfall} experience")
        return Reading("np", f"my {shortfall}")
    negated = _NEGATED.match(text) if bare(text.split()[0]) in _NEGATION_STARTS else None
    if negated:
        rest = negated.group("rest").split()
        counted = len(rest) > 1 and rest[1][:1].isdigit() and "N" in tags_of(rest[0])
        state = [bare(w) for w in rest] in ([bare(rest[0])], [bare(rest[0]), "yet"])
        if state and rest[0].endswith("ed") and tags_of(rest[0]) & {"J", "P"}:
            return Reading("whether", f"whether I am {' '.join(rest)}")  # "not chartered yet"
        if [bare(w) for w in rest[:2]] == ["used", "to"] and len(rest) > 2:
            return Reading("whether", f"whether I am {' '.join(rest)}")  # "not used to EZTitles"
        verb = lexicon.inflect(bare(rest[0]), "VBN") if is_verb(rest[0]) and not counted else None
        if verb:  # "not done A-scan biometry on her own": the candidate's own, "my own"
            said = " ".join(["whether I have", verb, *rest[1:]])
            said = re.sub(r"\b(?:her|his|their|your) own\b", "my own", said)
            said = re.sub(r"\b(?:herself|himself|themselves|yourself)\b", "myself", said)
            # "hasn't done plan-making lead": a part taken, said as what was led (late490)
            said = re.sub(r"\bhave done ([\w-]+ing) lead$", r"have led \1", said)
            said = re.sub(r"\bhave done ([\w-]+) lead$", r"have been a \1 lead", said)
            return Reading("whether", said)  # "hasn't done Monier-Williams herself": myself
    ws = text.split()
    first = bare(ws[0])
    if first in ("whether", "if") and len(ws) > 2:
        return Reading("whether", " ".join(["whether", *_first_person_words(ws[1:])]))
    done = _NOT_DONE.match(text) if first in ("i", "i've") else None
    if done and is_verb(done["verb"]):  # "I did not work with X" -> "whether I have worked with X"
        verb = lexicon.inflect(bare(done["verb"]), "VBN")
        if verb:
            return Reading("whether", " ".join(["whether I have", verb, *done["rest"].split()]))
    if first in ("i", "i'm", "i'd", "i've", "i'll"):
        words = [w for w in _first_person_words(ws) if bare(w) not in ("not", "never")]
        return Reading("whether", " ".join(["whether", *words]))
    much = re.match(r"too (?P<many>much|many) (?P<what>[\w' -]+)$", text, re.I)
    if much and tags_of(much["what"].split()[-1]) & {"N", "S"} and "J" not in tags_of(much["what"]):
        if much["many"].lower() == "many":  # "too many job changes": had, not been
            return Reading("whether", f"whether I have had too many {much['what']}")
        return Reading("np", f"the weight of {much['what']} in my background")  # "research"
    if first.startswith("over") or first.startswith("under") or first in ("too",):
        return Reading("whether", f"whether I am {lower_first(text)}")
    if first in ("my",) and not is_clause(text):
        return Reading("np", text)
    raise Unusable("it does not say plainly what the doubt was")


_NOT_DONE = re.compile(
    r"^I(?:'ve| have)? (?:did not|didn't|have not|haven't|never(?: have)?|not) "
    r"(?P<verb>[a-z]+)(?P<rest>(?: .*)?)$"
)


def _a_field(words: list[str]) -> bool:
    """Whether a shortfall of a few words names a kind of work ("fetal echo", "people
    management"), which the candidate has experience of, rather than something they have
    ("Scala experience", "a driving licence", "Spanish")."""
    head = bare(words[-1])
    if head in _HELD or head in word_set("words", "languages") or len(words) > 3:
        return False
    if any(bare(w) in ("experience", "exp") for w in words):
        return False  # "experience writing IEPs"
    return not any(bare(w) in _LINKS for w in words)


# What a candidate has, not does: "my Scala experience", "my driving licence".
_HELD = frozenset(
    """experience exp exposure skills skill knowledge background training record portfolio
    level levels fluency qualification qualifications certification certifications licence
    license licences licenses visa permit degree network references english language languages
    work rating exam exams authorisation authorization accreditation registration status
    publications papers grant grants funding ticket card certificate cert membership""".split()
)
_LINKS = frozenset("of in with on for at to from by and or".split())


def _shortfall(text: str) -> str | None:
    """'limited Scala experience' -> 'Scala experience'; 'no Spanish' -> 'Spanish'."""
    lowered = text.lower()
    gap = re.match(r"^gaps? in (?:my |the )?(?P<what>.+?)(?:\s+\d{4})?$", text, re.I)
    if gap:
        return f"the gap in my {lower_first(gap.group('what'))}"
    for word in sorted(word_set("concerns", "shortfall"), key=len, reverse=True):
        if lowered.startswith(word + " "):
            rest = text[len(word) + 1 :].strip()
            rest = re.sub(r"^(?:of|in|with|on)\s+", "", rest)
            if rest.lower().startswith(("my ", "the ")):
                rest = rest.split(" ", 1)[1]
            rest = rest.split(",")[0].strip()  # "no banking audit exposure, only NBFC"
            rest = re.sub(r"\s+(?:yet|so far|as yet)$", "", rest)  # "no PE yet"
            first = rest.split()[0] if rest else ""
            if first and (is_noun_like(first) or "G" in tags_of(first)):
                return rest  # mid-line, a capital was typed on purpose: "limited Canon experience"
    return None


def _first_person_words(ws: list[str]) -> list[str]:
    expanded = []
    for word in ws:
        key = bare(word)
        expanded.extend(
            {"i'm": ["I", "am"], "i'd": ["I", "would"], "i've": ["I", "have"]}.get(key, [word])
        )
    return expanded
