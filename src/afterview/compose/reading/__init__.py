"""Reading the debrief as people write it, before a word of it goes into a note.

:func:`read_interview` reads every line of the interview file that a note
might use (strengths, topics, questions, concerns and their answers,
rapport, the wish and the news) into the shape the sentence frames expect,
and lists what it left out and why (:class:`LeftOut`): the plan's advice
names each. A phrase that does not fit is never pasted into a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from afterview.check.lazy import lazy
from afterview.compose.reading.closed import CURRENCY_SIGNS
from afterview.compose.reading.fields import (
    Reading,
    read_answer,
    read_concern,
    read_news,
    read_pitched_strength,
    read_question,
    read_rapport,
    read_topic,
    read_wish,
)
from afterview.compose.reading.fields.topic import TOLD_AS_PAST, told_as_past
from afterview.compose.reading.gate import passed
from afterview.compose.reading.text import Unusable, bare, is_foreign, unreadable_word
from afterview.compose.reading.vocabulary import data, find, word_set
from afterview.model import Interview, Interviewer
from afterview.model.acquaintance import referred
from afterview.model.interview import names_an_adult

__all__ = [
    "LeftOut",
    "PersonReading",
    "Reading",
    "Used",
    "read_concern_line",
    "read_interview",
    "read_line",
    "why_left_out",
]


@dataclass(frozen=True)
class Used:
    """A line of the file a note may use, with where it came from."""

    field: str  # the key path, as errors name it: "interviewers[1].topics[0]"
    raw: str
    reading: Reading


@dataclass(frozen=True)
class LeftOut:
    """A line no note uses, and why; ``person`` is whose note it was for (None: any)."""

    field: str
    raw: str
    reason: str
    person: str | None = None
    dropped: bool = False  # usable, but left out of a note for its length

    def advice(self) -> str:
        return f"Left out {self.field} “{self.raw}”: {self.reason}."


@dataclass
class PersonReading:
    """What one interviewer's notes may say."""

    topics: list[Used] = field(default_factory=list)
    questions: list[Used] = field(default_factory=list)
    concerns: list[tuple[Used, Used]] = field(default_factory=list)  # (concern, its answer)
    rapport: Used | None = None
    observer: bool = False  # only watched or kept the record: no pitch, no next steps
    arranged: bool = False  # arranged the day (an observer too): thanked for arranging it
    outside: bool = False  # spoke, but does not choose (a student, a client): no next steps
    student: bool = False  # a student or pupil: not asked to keep in touch, an adult would be
    guide: bool = False  # only showed the candidate round: thanked for the tour
    welcome: bool = False  # gave the welcome (an Elder's welcome to country): hears no pitch
    checked: bool = False  # ran a check (the induction, the medical): thanked for their time
    interpreter: bool = False  # interpreted (an observer too): thanked for interpreting
    known: bool = False  # known to the candidate already: never "a pleasure to meet you"
    referred: bool = False  # put the candidate forward: thanked for that too (known as well)

    @property
    def hears_no_pitch(self) -> bool:
        """Who showed the candidate round, gave the welcome or ran a check: asked nothing,
        pitched nothing."""
        return self.guide or self.welcome or self.checked


@dataclass
class InterviewReading:
    """Everything the notes of one interview may say, and what they leave out."""

    strengths: list[Used]
    wish: Used | None
    news: Used | None
    people: list[PersonReading]
    left_out: list[LeftOut]
    internal: bool = False  # the candidate works there already: never "join the team"


def _readable(text: str) -> None:
    word = unreadable_word(text)
    if word and is_foreign(word):
        raise Unusable(f"“{word}” is in another language: write the line in English")
    if word:
        raise Unusable(
            f"“{word}” is not a word a reader would know as written: spell it out, or give a "
            "name its capitals"
        )


# Each key of the interview file a note may use: how its lines are read, and the gate's kind.
_READERS: dict[str, tuple[Callable[[str], Reading], str]] = {
    "strengths": (read_pitched_strength, "strength"),
    "answers": (read_answer, "answer"),
    "topics": (read_topic, "topic"),
    "questions": (read_question, "topic"),
    "rapport": (read_rapport, "rapport"),
    "wish_i_had_said": (read_wish, "wish"),
    "new_information": (read_news, "news"),
}


def read_line(key: str, raw: str) -> Reading:
    """One line of the file, keyed as in the file ("strengths", "topics", ...), as a note
    would say it; raises Unusable with the reason when no note can use it."""
    reading = reading_of(key, raw)
    if key == "topics" and reading.shape == "clause":
        raise Unusable(TOLD_AS_PAST if told_as_past(reading.text) else SAID_AS_A_SENTENCE)
    return reading


def reading_of(key: str, raw: str) -> Reading:
    """How the line reads as English, before what a note says is decided: a topic may read as
    a clause ("she said the team is growing": "the team is growing") that no note says."""
    reader, kind = _READERS[key]
    raw = _ABOUT_THE_INTERVIEW.sub("", raw) or raw  # "... - didn't come up" (late461)
    raw = _WHAT_THEY_GIVE_YOU.sub("", raw) or raw  # "the truck + tool setup they give you"
    reading = reader(raw)
    if "the Te " in reading.text:  # Māori "Te" is "the": never "the Te Tiriti" (late490)
        reading = replace(reading, text=re.sub(r"\bthe (?=Te [A-ZĀĒĪŌŪ])", "", reading.text))
    _readable(reading.text)
    if _A_FIGURE_THEN_A_DEED.search(reading.text):
        # "..., with €1.2M and delivered on time": a figure and a deed joined as one (late472)
        raise Unusable(
            "it reads as notes (a figure, then what was done, in a list); write it as one "
            "sentence (“I managed the €1.2M budget for the new gym and delivered it on time”)"
        )
    return passed(kind, raw, reading)


# A note to self about the interview after the line: "... - didn't come up", "(never asked)".
_ABOUT_THE_INTERVIEW = lazy(
    r"\s*(?:[-–—]|\(|,)\s*(?:it\s+)?(?:didn'?t|did not|never)\s+(?:come up|came up|get asked|"
    r"got asked|get to say it|get to mention it|mention it|say it)\)?[.!]*\s*$",
    re.I,
)
# What an employer issues, said of its staff as "you" ("the truck + tool setup they give you"):
# the thing is the subject, and "you give you" is what turning it to the reader made (late462)
_WHAT_THEY_GIVE_YOU = lazy(
    r"\s+(?:that\s+)?they\s+(?:give|provide|offer|supply|issue)\s+(?:you|staff|us|techs?)\s*$",
    re.I,
)
# "with €1.2M and delivered on time": a figure, then a past participle joined by "and".
_A_FIGURE_THEN_A_DEED = lazy(r", with [€$£]?\d[\d.,]*\s?\w* and [a-z]+ed\b")


# A topic noted as a sentence ("they're expanding to Vellore next year", "you want someone who
# lives in the districts") is said back as the subject it names, or not at all: in blind reads
# of the late200-late248 sets, thank-you notes with "I was interested to hear that ..." or
# "Thank you for explaining that ..." were sent as written 20% of the time (148 notes; a third
# would embarrass), those without 52-57%; with "It was good to hear that you want ..." 26%.
SAID_AS_A_SENTENCE = (
    "it says something about the subject rather than naming it, and said back as a sentence "
    "it reads as your notes; name the subject in a few words, as in “the move to Xero”"
)


def read_concern_line(raw: str) -> Reading:
    """A doubt they raised, as a note would name it; "unsaid" when it cannot be named well
    (the note may still answer it), and Unusable when it is about the candidate's own terms."""
    if about_own_terms(raw):
        raise Unusable(_OWN_TERMS_REASON)
    try:
        reading = passed("concern", raw, read_concern(raw))
        _readable(reading.text)
    except Unusable:
        return Reading("unsaid", "")
    return reading


def why_left_out(key: str, raw: str) -> str | None:
    """Why no note could use ``raw`` as a line of ``key``, or None when one could: what
    ``afterview new`` asks about while the candidate is still there to say it better."""
    if key not in _READERS and key != "concerns":
        return None
    try:
        read_concern_line(raw) if key == "concerns" else read_line(key, raw)
    except Unusable as exc:
        return exc.reason
    return None


# Who the notes by their name say is kin of someone named: "Bernard's daughter", "Jayden's mum".
_KIN_OF_SOMEONE = lazy(
    r"\b([A-Z][a-z]+)['’]s (?:daughter|son|wife|husband|mum|mom|mother|father|dad|sister|"
    r"brother|grandson|granddaughter|niece|nephew)\b"
)
# A person spoken of: in the notes of someone's kin, whose it is cannot be told.
_THIRD_PERSON = lazy(r"\b(?:he|him|his|she|her|hers)\b", re.I)


# The lines that are the candidate's own: a coach who writes the file for them may name them.
_THE_CANDIDATES = frozenset(("strengths", "wish_i_had_said", "new_information", "answers"))


# "our ward" in a line of the candidate's own is their employer's, which to a reader at
# another one reads as theirs ("for our insurer"): the candidate's own, as "my ward".
_OURS = lazy(
    r"\b[Oo]ur(?= (?:ward|team|unit|clinic|hospital|school|store|branch|site|department|office|"
    r"practice|clients?|customers?|foreman|manager|supervisor|nurses|patients|students|"
    r"ICU|lab|warehouse|depot|plant|shop|restaurant|kitchen|hotel|pharmacy|crew|refinery|factory|"
    r"mill|mine|farm|centre|center|agency|bank)\b)"
)
# "at our company", "our firm's CFS": the candidate's employer, said as a reader elsewhere
# takes it ("at my current company").
_OUR_EMPLOYER = lazy(r"\b[Oo]ur(?= (?:company|firm|employer|organi[sz]ation)\b)")
_THE_COMPANYS = lazy(r"\b[Tt]he company['’]s\b")
# "the course from our inverter supplier": the employer's supplier, not the candidate's
_OUR_SUPPLIER = lazy(r"\b[Oo]ur(?= (?:[\w-]+ )?(?:suppliers?|vendors?|contractors?)\b)")


def _as_the_candidate(raw: str, first_name: str) -> str:
    """A line a coach wrote about the candidate by name, as the candidate says it: "Eilidh
    passed her final OSCE" -> "I passed my final OSCE"."""
    named = (
        re.match(rf"{re.escape(first_name)}(?:(?P<own>['’]s)\s+(?=\w)|\s+(?=[a-z]))", raw)
        if first_name and raw.startswith(first_name)
        else None
    )
    if not named:
        return raw
    rest = re.sub(r"\b(?:she|he)\b", "I", raw[named.end() :])
    rest = re.sub(r"\b(?:her|his)\b(?=\s+\w)", "my", rest)
    return f"{'my' if named['own'] else 'I'} {rest}"


def read_interview(interview: Interview) -> InterviewReading:
    left_out: list[LeftOut] = []

    first_name = interview.candidate.name.split()[0] if interview.candidate.name.split() else ""

    def use(
        path: str, raw: str, key: str, person: str | None, kin: re.Match[str] | None = None
    ) -> Used | None:
        try:
            pronoun = _THIRD_PERSON.search(raw) if kin else None
            if kin and pronoun:
                # "Hilary - Bernard's daughter": "his crossword and his birds" are Bernard's,
                # never "your crossword" to her (late457 readers)
                raise Unusable(
                    f"it speaks of someone as “{pronoun[0]}”, and to {kin[0]} it may read as "
                    f"their own; name whom you mean (“{kin[1]}'s ...”)"
                )
            said = raw
            if key in _THE_CANDIDATES:
                said = _OURS.sub("my", _as_the_candidate(raw, first_name))
                said = _OUR_EMPLOYER.sub("my current", said)
                said = _OUR_SUPPLIER.sub("my current employer's", said)
                # "picked for the company's regional lean award": the candidate's employer,
                # which a note to another company reads as its own (late447 readers)
                said = _THE_COMPANYS.sub("my current employer's", said)
            return Used(path, raw, read_line(key, said))
        except Unusable as exc:
            left_out.append(LeftOut(path, raw, exc.reason, person))
            return None

    strengths = [
        u
        for i, raw in enumerate(interview.candidate.strengths)
        if (u := use(f"candidate.strengths[{i}]", raw, "strengths", None))
    ]
    debrief = interview.debrief
    wish = (
        use("debrief.wish_i_had_said", debrief.wish_i_had_said, "wish_i_had_said", None)
        if (debrief.wish_i_had_said)
        else None
    )
    news = (
        use("debrief.new_information", debrief.new_information, "new_information", None)
        if (debrief.new_information)
        else None
    )
    people = []
    internal = interview.internal_move
    # at an interview for an interpreter's or a translator's post, "Chief Interpreter" is a post
    interpreted_here = not _LANGUAGE_WORK.search(interview.application.position)
    for n, person in enumerate(interview.interviewers):
        at = f"interviewers[{n}]"
        arranged, student = _arranged(person), _student(person)
        checked = _says(person, "checks") and not arranged
        reading = PersonReading(
            observer=arranged or _observer(person, languages=interpreted_here),
            arranged=arranged,
            outside=_outside(person) or student or checked,
            student=student,
            guide=_guide(person),
            welcome=_says(person, "welcomes"),
            checked=checked,
            interpreter=interpreted_here and _interpreter(person),
            known=interview.knows(person),
            referred=referred(person),
        )
        kin = _KIN_OF_SOMEONE.search(f"{person.name} {person.title or ''}")
        for i, raw in enumerate(person.topics):
            if reading.interpreter and reading.observer and _LANGUAGE_WORK.search(raw):
                # "translation during the tech questions": what the interpreter did, which the
                # note thanks them for; never "your take on" it (late362 readers)
                why = "they interpreted, and the note thanks them for that"
                left_out.append(LeftOut(f"{at}.topics[{i}]", raw, why, person.name))
                continue
            if u := use(f"{at}.topics[{i}]", raw, "topics", person.name, kin):
                reading.topics.append(u)
        for i, raw in enumerate(person.questions):
            if u := use(f"{at}.questions[{i}]", raw, "questions", person.name, kin):
                (reading.questions if u.reading.shape == "asked" else reading.topics).append(u)
        if person.rapport and (u := use(f"{at}.rapport", person.rapport, "rapport", person.name)):
            reading.rapport = u  # (what they share with you: "her mum was a nurse" is theirs)
        reading.concerns = _concerns(person, at, strengths, wish, left_out, use)
        people.append(reading)
    return InterviewReading(strengths, wish, news, people, left_out, internal)


def _observer(person: Interviewer, *, languages: bool = True) -> bool:
    """Whether the name or title says they only watched or kept the record ("Sam (union rep /
    observer)", "HR, took notes, didn't speak"); without ``languages``, interpreting is not
    a sign of it (at an interview for a translator's post, "senior translator" is a post)."""
    texts: tuple[str, ...] = tuple(
        _THROUGH_AN_INTERPRETER.sub("", text) for text in (person.name, person.title or "")
    )
    if not languages:
        texts = tuple(_LANGUAGE_WORK.sub("", text) for text in texts)
    return any(find("parts", "observer", text) for text in texts)


def _interpreter(person: Interviewer) -> bool:
    """Whether the name or title says they interpreted ("Jenny Park (interpreter)"), not that
    they spoke through one ("Zhang Li (via interpreter)")."""
    texts = (_THROUGH_AN_INTERPRETER.sub("", text) for text in (person.name, person.title or ""))
    return any(find("parts", "interpreter", text) for text in texts)


# "via interpreter", "spoke through a translator": the person spoke, someone else interpreted
_THROUGH_AN_INTERPRETER = lazy(
    r"\b(?:via|through|with|using|by|needed|had|used)\s+(?:an?\s+|the\s+|our\s+|his\s+|her\s+)?"
    r"(?:interpreter|translator)\b"
    # "the translator helped", "a translator sat in": someone else (late425 readers)
    r"|\b(?:the|a|an)\s+(?:interpreter|translator)\s+(?:helped|was there|sat in|translated|"
    r"interpreted|came)\b"
    # "the client, via Jenny translating": Jenny interpreted (late453 readers: the grandmother
    # thanked "for interpreting")
    r"|\bvia\s+[A-Z][\w'’-]*\s+(?:translating|interpreting)\b",
    re.I,
)


# Interpreting and translating, as work or as a post: "interpreter", "Übersetzerin".
_LANGUAGE_WORK = lazy(r"\b(?:interpret|interprèt|translat|übersetz|tradu)\w*", re.I)


def _outside(person: Interviewer) -> bool:
    """Whether the name or title says they spoke with the candidate but do not choose whom to
    hire ("Student panel (Y10/Y12)", "Wade - manages the feedlot (client)")."""
    texts = (person.name, person.title or "")
    return person.pupil or any(find("parts", "outside", text) for text in texts)


def _student(person: Interviewer) -> bool:
    """Whether the name or title says they are a student or a pupil ("student tour guide /
    ambassador - Kaylee", "Student panel (Yr 13 head boy/girl + 2 others)")."""
    texts = (person.name, person.title or "")
    found = any(find("parts", "students", text) for text in texts)
    # "youth forum rep (she's 16)": a minor, never asked to keep in touch (late483 readers)
    minor = any(_A_MINORS_AGE.search(text) for text in texts)
    return person.pupil or minor or (found and not names_an_adult(" ".join(texts)))


_A_MINORS_AGE = lazy(
    r"\b(?:(?:she|he)(?:'s| is)|aged?|age) 1[0-7]\b|\b1[0-7] ?(?:y/?o|yrs? old|years? old)\b"
    r"|\(1[0-7]\)"  # "Youth Forum rep - Ayaan (17)" (read aloud at the end of the stop)
)


def _guide(person: Interviewer) -> bool:
    """Whether the name or title says they only showed the candidate round ("Kev the
    maintenance man who showed me round")."""
    return _says(person, "guides")


def thanked_for_their_part(person: Interviewer, position: str) -> bool:
    """Whether their note thanks them for what they did, so it need name no topic: they
    arranged the day, or interpreted (the one place that decides, for the composer's advice
    and the checker's context)."""
    arranged = _arranged(person)
    languages = not _LANGUAGE_WORK.search(position)
    observer = arranged or _observer(person, languages=languages)
    return arranged or (languages and _interpreter(person) and observer)


def _arranged(person: Interviewer) -> bool:
    """Whether the name or title says they arranged the interview ("Recruiting Coordinator -
    Kayla", "scheduled everything, was on at the start + end")."""
    return _says(person, "arranged")


def _says(person: Interviewer, key: str) -> bool:
    """Whether the name or the title holds a phrase of ``[parts] key``."""
    return any(find("parts", key, text) for text in (person.name, person.title or ""))


def _concerns(
    person: Interviewer,
    at: str,
    strengths: list[Used],
    wish: Used | None,
    left_out: list[LeftOut],
    use: Callable[..., Used | None],
) -> list[tuple[Used, Used]]:
    """Each concern with the answer the file gives, or a strength that really answers it."""
    found = []
    for i, raw in enumerate(person.concerns):
        path = f"{at}.concerns[{i}]"
        try:
            concern = Used(path, raw, read_concern_line(raw))
        except Unusable as exc:
            left_out.append(LeftOut(path, raw, exc.reason, person.name))
            continue
        answer_raw = person.answer_to(i)
        answer = None
        if answer_raw:
            answer = use(f"{at}.answers[{i}]", answer_raw, "answers", person.name)
            if answer is None:
                continue
            other = another_people(concern.reading.text, answer.reading.text)
            if other:  # "a Korean company?" answered with a Japanese distributor (late501)
                left_out.append(
                    LeftOut(
                        answer.field,
                        answer_raw,
                        f"it answers with {other[1]} where the doubt was about {other[0]}, "
                        "which a reader takes for a dodge; write what does answer it",
                        person.name,
                    )
                )
                continue
        if answer is None:
            answer = _answering(concern.reading, [*strengths, *([wish] if wish else [])])
        if answer is None:
            left_out.append(
                LeftOut(
                    path,
                    raw,
                    "no answer is recorded, and naming a doubt without answering it only "
                    f"repeats it; put your answer in {at}.answers (what you did or can show)",
                    person.name,
                )
            )
            continue
        found.append((concern, answer))
    return found


# A doubt about the candidate's own terms, not about what they can do. "Pay" and "salary"
# count only as the candidate's own ("pay expectations"), not as a kind of thing the work
# handles ("salary loans", "pay slips").
_OWN_TERMS = lazy(
    r"\b(?:notice period|notice|resign\w*|on the (?:government )?payroll|bond|start date|"
    r"relocat\w*|visa|work permit)\b|\b(?:salary|pay)\b(?!\s+(?!(?:expectations?|band|range|"
    r"level|ask|requirements?|demands?|is|was|would|too|of|and|or)\b)[a-z])",
    re.I,
)


_OWN_TERMS_REASON = (
    "it is about your own terms (notice, pay, start date): settle it with the recruiter, not in "
    "a note"
)


def about_own_terms(concern: str) -> bool:
    """True when a doubt is about the candidate's own terms (notice, pay, a visa), which a note
    leaves to the recruiter, not about what they can do."""
    return bool(_OWN_TERMS.search(concern))


_GENERIC = frozenset(
    """my the a an of in with on at for and or to experience experienced years year whether have
    has had not never no limited little lack lacking i am is be been any some much more less
    team work working role job level skills skill knowledge background good strong""".split()
)


def _answering(concern: Reading, candidates: list[Used]) -> Used | None:
    """The strength (or wish) that answers a concern: it names what the concern is about (its
    first telling word: "budget" in "whether I have run a budget over $5M"), nothing in it
    concedes the point ("conversational Spanish" for business-level Spanish), and no figure in
    it falls short of the concern's ("a $2.4M budget" for "a budget over $5M")."""
    key = _key_word(concern)
    if key is None:
        return None
    named = _named_before(concern.text, key)  # "US law": a law firm is not an answer
    weak = word_set("concerns", "weak")
    for used in candidates:
        if used.reading.shape != "clause":
            continue
        # what the note will say, not what was typed: "IBM certified - z/OS Mainframe
        # Practitioner" is said "I am IBM certified", which names no z/OS
        words = [bare(w) for w in used.reading.text.split()]
        if key not in {_stem(w) for w in words} or (named and named not in words):
            continue
        text = " ".join(words)
        if _HANDS_ON.search(concern.text) and _A_PAPER.search(text):
            continue  # a certificate says nothing of having done it

        if any(f" {w} " in f" {text} " for w in weak):
            continue
        if falls_short(used.raw, concern.text):
            continue
        return used
    return None


# A doubt about having done it, and a line that only says it is certified.
_HANDS_ON = lazy(r"\bhands[- ]on\b|\bin production\b|\bpractical\b|\bon the job\b", re.I)
_A_PAPER = lazy(r"\b(?:certified|certificate|certification|licensed|accredited)\b")


def _named_before(text: str, key: str) -> str | None:
    """The name that narrows a concern's key word: "US" in "whether I have drafted under US
    law", "Scandinavian" in "whether I have worked with Scandinavian buyers"."""
    ws = text.split()
    for before, word in pairwise(ws):
        if _stem(bare(word)) == key and before[:1].isupper() and bare(before) != "i":
            return bare(before)
    return None


def _key_word(concern: Reading) -> str | None:
    """What a concern is about, in one word: its first noun that is not a generic one."""
    from afterview.compose.reading.closed import FUNCTION_WORDS
    from afterview.compose.reading.shapes import is_verb

    words = concern.text.split()
    if concern.shape == "whether":  # "whether I have run a budget": skip to the object
        while words and (bare(words[0]) in FUNCTION_WORDS or bare(words[0]) == "whether"):
            words = words[1:]
        if words and is_verb(words[0], "VDPG"):
            words = words[1:]
    for word in words:
        key = _stem(bare(word))
        if (
            len(key) > 2
            and key not in _GENERIC
            and key not in FUNCTION_WORDS
            and not key[0].isdigit()
        ):
            return key
    return None


_AMOUNT = lazy(
    rf"[{CURRENCY_SIGNS}]?\s?(\d+(?:[.,]\d+)?)\s?(k|m|bn|million|billion|thousand)?\b", re.I
)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}


@cache
def _peoples() -> re.Pattern[str]:
    names = sorted(set(data()["words"]["country_adjectives"].values()), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b", re.I)


def another_people(concern: str, answer: str) -> tuple[str, str] | None:
    """(the people the doubt named, another the answer names instead): "whether I have worked
    for a Korean company" answered with "a Japanese distributor"; None when they agree."""
    asked = {m.lower() for m in _peoples().findall(concern)}
    given = {m.lower() for m in _peoples().findall(answer)}
    if asked and given and not asked & given:
        return (sorted(asked)[0].capitalize(), sorted(given)[0].capitalize())
    return None


def falls_short(answer: str, concern: str) -> bool:
    """True when the largest figure of the answer is below the concern's ("$2.4M" < "$5M")."""
    asked = [_value(m) for m in _AMOUNT.finditer(concern)]
    given = [_value(m) for m in _AMOUNT.finditer(answer)]
    return bool(asked and given) and max(given) < max(asked)


def _value(match: re.Match[str]) -> float:
    number = float(match.group(1).replace(",", ""))
    return number * _SCALE.get((match.group(2) or "").lower(), 1)


def _stem(word: str) -> str:
    """'budgets' -> 'budget': enough to match a concern's words with a strength's."""
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + ("y" if ending == "ies" else "")
    return word
