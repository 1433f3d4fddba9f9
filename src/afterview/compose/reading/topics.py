"""What a topic must be before a note recalls it: a subject, named as one.

A line under `topics` says what was talked about. Notes written in haste put other
things there: what someone did ("parents complain about the fees"), how things are
("the client is dept of health"), a figure or a state noted about a thing ("rank #4",
"covenants tight"), two things with the word that joins them left out ("HS
classification electrical goods"), an instruction ("give an example of ..."), a sentence
in shorthand ("harvest starts jan", "company grow"), a label and its content, a working
pattern, a hedge, their view of an answer, a clause cut down to its verb. The gate
(:mod:`gate`) asks this module, once the readers have made a noun phrase of the line,
to give it the article a rule can be sure of, and to leave out what is no subject.
"""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    DETERMINERS,
    DETERMINING,
    FUNCTION_WORDS,
    MODALS,
    MONTHS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    WH_WORDS,
)
from afterview.compose.reading.shapes import MASS_NOUNS, is_mass, is_person_noun, is_verb, tags_of
from afterview.compose.reading.text import AN_EVENT_NAMED, Unusable, a_peoples_name, bare, is_name
from afterview.compose.reading.vocabulary import opens_with_a_name

__all__ = [
    "ASKING",
    "OTHERS",
    "a_topic_as_a_subject",
    "as_subject",
    "done_while_there",
    "no_sentence_inside",
    "not_an_instruction",
    "not_cut_short",
    "plain_state",
    "verb_only",
]


# A name, then what it is, and perhaps what was done to it: "Ember the koala", "Mazie the great
# horned owl", "Duke the lab case" (the case of Duke the lab). English writes the name with its
# capital and no article; the notes' "Pickles" is not the pickles.
_NAMED_AND_KIND = lazy(
    r"^(?P<name>[A-Z][a-z]+) the (?P<kind>(?:[a-z-]+ ){0,2}(?:cat|kitten|dog|puppy|pup|lab|"
    r"labrador|collie|kelpie|spaniel|terrier|greyhound|horse|pony|mare|gelding|stallion|foal|"
    r"cow|calf|bull|heifer|goat|sheep|ewe|ram|lamb|pig|sow|donkey|alpaca|llama|rabbit|bunny|"
    r"ferret|hamster|parrot|cockatoo|budgie|owl|hawk|eagle|falcon|kestrel|bird|chicken|hen|"
    r"duck|goose|swan|penguin|seal|otter|dolphin|turtle|tortoise|snake|python|lizard|gecko|"
    r"iguana|frog|koala|kangaroo|wallaby|wombat|possum|joey|echidna|quokka|elephant|giraffe|"
    r"lion|tiger|leopard|cheetah|bear|wolf|fox|monkey|gorilla|chimp|chimpanzee|orangutan|"
    r"lemur|sloth|tapir|camel|zebra|rhino|hippo|meerkat|robot|mascot|tractor|boat))"
    r"(?: (?P<what>[a-z]+))?(?:\s+[-–—:]\s.*)?$"  # "Ember the koala - fluids": Ember
)


def named_and_kind(text: str) -> re.Match[str] | None:
    """ "Ember the koala", not "Groom the horse", a task (a name is no verb)."""
    found = _NAMED_AND_KIND.match(text)
    return found if found and "V" not in tags_of(found["name"].lower()) else None


def as_subject(raw: str, text: str) -> str:
    """A topic read as a noun phrase, with the article a rule can be sure of; Unusable when
    it is no subject at all."""
    if named_and_kind(text):
        return text  # "Ember the koala": a name, never "the ember"
    text = _ON_A_SCREEN.sub("", text)  # "the Sandy Creek yard on the laptop": the yard
    every = _EVERY_WEEKDAY.search(text)
    if every and len(text[: every.start()].split()) >= 2:
        text = text[: every.start()]  # "the change advisory board every Thursday": its day
    every_period = _EVERY_PERIOD.search(text) if " every " in text else None
    before = text[: every_period.start()].split()[-1:] if every_period else []
    if every_period and before and tags_of(bare(before[0])) & {"N", "S"}:
        # "the supervision sessions every two weeks": fortnightly ones (not "... late every")
        text = _EVERY_PERIOD.sub(lambda m: f" {_PERIODIC[m[1].lower()]}", text)
    if text.endswith(_SEASONS) and re.search(r"[a-z]s (?:summer|winter|spring|autumn)$", text):
        text = re.sub(r" (summer|winter|spring|autumn)$", r" in \1", text)  # "surf groups summer"
    text = _compound_with_article(_how_often_first(_lower_first_word(text)))
    text = _head_with_article(text)
    if text.startswith("new ") and _ARRIVING.search(text):
        # "new billing software going in spring": the one they are putting in, coming then
        text = "the " + _ARRIVING.sub(r" coming in \1", text)
    if AN_EVENT_NAMED.match(text):
        text = f"the {text}"  # "Terrigal Beach Walk in March": the walk, by its name
    _not_a_report(text)
    _a_subject_not_a_note(text)
    _not_a_bare_label(raw, text)
    _not_a_comparison(text)
    return text


def _lower_first_word(text: str) -> str:
    """ "Upselling packages to couples": a capital kept from the start of the note, on a word
    that is no name ("Beijing" stays: "beij" is no verb)."""
    first, _, rest = text.partition(" ")
    if rest[:1].isupper() or rest[:1].isdigit() or rest.split(" ", 1)[0][-1:].isdigit():
        return text  # "Cinema 4D", "Opera Cloud": a name in two words
    if opens_with_a_name(text):
        return text  # "Discord growth": a brand, though "discord" is a word
    low = first.lower()
    stem = (
        re.sub(r"^(?:up|re|out|over|under|co)(?=\w{3})", "", low[:-3])
        if low.endswith("ing")
        else ""
    )
    gerund = bool(stem) and bool(tags_of(stem) & {"V"} or tags_of(stem + "e") & {"V"})
    possessive = first.endswith(("'s", "’s")) and is_name(first[:-2])  # "Maria's new clinic"
    if (
        first[:1].isupper()
        and not first.isupper()
        and not possessive
        and not a_peoples_name(first)
        and (not is_name(first) or gerund)
    ):
        return f"{low} {rest}".strip()
    return text


def _not_a_bare_label(raw: str, text: str) -> None:
    """ "data - DHIS2 reporting every month" read as "data": the label is left and what it was
    about is gone; alone it names nothing ("I appreciated your view on audit")."""
    content = [w for w in text.split() if bare(w) not in FUNCTION_WORDS or w.isupper()]
    if len(content) == 1 and len(raw.split()) >= 4 and "S" not in tags_of(bare(content[0])):
        raise Unusable(
            f"only its label (“{content[0]}”) reads as English, and alone it names nothing; "
            "say what about it, in a few words"
        )


def _not_a_comparison(text: str) -> None:
    """ "the reconciliation mine versus mill", "the platform team versus DevOps team": a note's
    shorthand for a comparison; a short one ("detention versus counselling") reads."""
    if " versus " in text and len(text.split()) > 3:
        raise Unusable(
            "it is a comparison in shorthand; say what about it (“how the platform and DevOps "
            "teams split the work”)"
        )


def _compound_with_article(text: str) -> str:
    """ "scanning project for old files" names one project: "the scanning project ..."."""
    ws = text.split()
    if len(ws) < 2 or not ws[0].islower() or not {"G", "N"} <= tags_of(ws[0]):
        return text  # "hazing elk out of the townsite": done to the elk, no one thing named
    noun = bare(ws[1])
    tags = tags_of(noun)
    follows = bare(ws[2]) if len(ws) > 2 else ""
    if (
        "N" in tags
        and "S" not in tags
        and noun not in MASS_NOUNS
        and not (is_mass(noun) and lexicon.counting(noun) != "C")  # "reading recovery"
        and not noun.endswith(("ity", "ness", "ance", "ence", "ment", "ion", "ing", "ism"))
        and (not follows or follows in PREPOSITIONS)
    ):
        return f"the {text}"
    return text


# Nouns that count or sort what follows "of" ("lots of", "types of"): no "the" before them.
_QUANTITY_NOUNS = frozenset(
    "lot lots kind kinds sort sorts type types bit couple plenty number".split()
)


def _head_with_article(text: str) -> str:
    """ "growth of the branch to Karatu", "planning of the days" name one thing: "the growth of
    the branch ...", "the planning of the days"; "old days on the winders": the old days."""
    if _TIMES_PAST.match(text):
        return f"the {text}"
    ws = text.split(maxsplit=2)
    if len(ws) < 3 or ws[1] != "of" or not ws[0].isalpha() or not ws[0].islower():
        return text
    tags = tags_of(ws[0])
    if (
        tags & {"N", "S", "G"}  # "planning of the days": the planning of them
        and ws[0] not in FUNCTION_WORDS
        and ws[0] not in _QUANTITY_NOUNS
    ):
        return f"the {text}"
    return text


# What it was shown on, noted after it: the reader remembers, and the thing is the subject.
_ON_A_SCREEN = lazy(
    r"\s+on (?:the|his|her|their|a|my|your) (?:laptop|screen|phone|tablet|iPad|monitor|"
    r"computer|projector|big screen)$"
)
# When a meeting is held, noted after it: the reader knows; in a note it reads as if the
# conversation were held then.
_EVERY_WEEKDAY = lazy(
    r",?\s+(?:on\s+)?every (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"month[ -]end)$"
)
_SEASONS = ("summer", "winter", "spring", "autumn")
# Something new being put in, and when: "new billing software going in spring".
_ARRIVING = lazy(
    r" (?:going in|coming in|arriving|coming) (?:in )?((?:early |late )?(?:spring|summer|autumn|"
    r"fall|winter|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|20\d\d))$"
)
# Times gone by, which English names with "the": "the old days", "the early days of the clinic".
_TIMES_PAST = lazy(r"^(?:good )?(?:old|early) days\b")
_HOW_OFTEN = frozenset("daily weekly fortnightly monthly quarterly yearly annual annually".split())
# How often, said with "every" at the end: "the SMEP coordination meeting every month".
_EVERY_PERIOD = lazy(
    r"\s+every (day|week|month|quarter|year|two weeks|2 weeks|fortnight|other week)$", re.I
)
_PERIODIC = {
    "day": "daily",
    "week": "weekly",
    "month": "monthly",
    "quarter": "quarterly",
    "year": "annually",
    "two weeks": "fortnightly",
    "2 weeks": "fortnightly",
    "fortnight": "fortnightly",
    "other week": "fortnightly",
}


def _how_often_first(text: str) -> str:
    """ "the budget reporting monthly in TechOne" -> "the monthly budget reporting in TechOne"."""
    ws = text.split()
    for i, word in enumerate(ws[1:], 1):
        if word in _HOW_OFTEN and tags_of(bare(ws[i - 1])) & {"N", "S", "G"}:
            at = 1 if bare(ws[0]) in DETERMINERS else 0
            return " ".join(
                [*ws[:at], "annual" if word == "annually" else word, *ws[at:i], *ws[i + 1 :]]
            )
    return text


# Nouns made with "up" or "down": "the ramp up", "the wind down" are things, not changes.
_PHRASAL = frozenset(
    """ramp start set build follow mark shut wind clean warm cool pick back lock break roll lay
    run sign catch check top break close slow sit stand walk""".split()
)
_HOW_MUCH = frozenset("nothing anything everything something none".split())
_WANTING = frozenset(("need", "want"))  # not "needs": "training needs analysis"


def _not_a_report(text: str) -> None:
    """ "parents complain about the fees", "the previous counsellor left in September": a
    sentence about what someone did there, read as if it were a subject ("the S/4 migration
    planned for 2027" is one)."""
    ws = [bare(w) for w in text.split()]
    if ws and ws[0] in WH_WORDS:
        return  # "why you still do physical models": a question's clause, as it should be
    for previous, word, following in zip(ws, ws[1:], [*ws[2:], ""], strict=False):
        if previous in WH_WORDS or previous == "that":
            return  # "the teaching load and how service is counted": its own clause
        noun_before = bool(tags_of(previous) & {"N", "S"}) and previous not in FUNCTION_WORDS
        noun_before = noun_before and "R" not in tags_of(previous)
        acted = "D" in tags_of(word) and is_person_noun(previous)
        acted = acted and (not following or following in PREPOSITIONS or following in DETERMINERS)
        finite = verb_only(word) and not tags_of(word) & {"P", "G"}  # not "planned for 2027"
        # "patients come from far": a plain form that is also its participle, after a plural
        finite = finite or (tags_of(word) == {"V", "P"} and "S" in tags_of(previous))
        # "night log": after one thing, a plain verb form is no verb that agrees with it
        finite = finite and ("S" in tags_of(previous) or bool(tags_of(word) & {"Z", "D"}))
        # "the lab need reform": a verb of wanting after one thing, its object after it
        one_thing = previous.isalpha() and previous not in FUNCTION_WORDS
        one_thing = one_thing and f" {previous.upper()} " not in f" {text} "  # "GM want": slips
        one_thing = one_thing and ("N" in tags_of(previous) or not tags_of(previous))
        if word in _WANTING and one_thing and following and following not in FUNCTION_WORDS:
            noun_before = finite = True
        # "the sales want faster contract turnaround": a plural, then a verb with its object
        wants = "S" in tags_of(previous) and "V" in tags_of(word) and bool(following)
        wants = wants and word not in PREPOSITIONS  # "the shelters over the churches"
        finite = finite or (
            wants and following not in PREPOSITIONS and following not in ("and", "or")
        )
        # "students from Mother Patern rotate every 6 weeks": a plural, a name, then its verb
        named = previous.capitalize() in text and f" {word} " in f" {text} "  # typed lower
        named = named and tags_of(word) == {"V"} and bool(following)
        named = named and any("S" in tags_of(w) and w not in FUNCTION_WORDS for w in ws[:-2])
        if acted or (noun_before and finite) or named:
            raise Unusable(
                "it reads as a sentence about what someone did there, not a subject you talked "
                "about; name the subject in a few words"
            )


_RANK = lazy(r"#\d")


_RANGE = lazy(r"^\d[\d,.]*[-–]\d[\d,.]*$")


_DEGREE_WORDS = frozenset("too very quite so really".split())


_PARTICLES_AFTER = frozenset("in up out off over back down on away".split())
_HOW_OFTEN_STATE = frozenset("always never often usually sometimes constantly still".split())
_WHERE_IT_STANDS = frozenset(
    "complete done pending missing ready overdue delayed finished approved signed".split()
)


def _a_subject_not_a_note(text: str) -> None:
    """ "TripAdvisor rank #4 Ubud", "harvest crews 30-45 people in peak", "bank covenants tight
    with SEB", "list too heavy on Kakheti": a figure or a state noted after a thing, as notes
    do. A subject names the thing; what was said about it is for a sentence."""
    if _RANK.search(text):
        raise Unusable("it keeps a figure from your notes (“#”); name the subject in a few words")
    ws = [bare(w) for w in text.split()]
    for previous, word, following in zip(ws, ws[1:], [*ws[2:], ""], strict=False):
        loose_range = _RANGE.match(word) and tags_of(previous) and previous not in FUNCTION_WORDS
        tags = tags_of(word)
        ends = not following or following in PREPOSITIONS or following == "and"
        degree = previous in _DEGREE_WORDS and "J" in tags  # "too heavy on Kakheti"
        after_plural = (  # "covenants tight with SEB"
            "S" in tags_of(previous)
            and tags <= {"J", "R"}
            and "J" in tags
            and word not in _PARTICLES_AFTER
        )
        state = ends and (degree or after_plural)
        # "spare parts always late from Addis": how often a thing is in a state
        how_often = (
            "S" in tags_of(previous) and word in _HOW_OFTEN_STATE and "J" in tags_of(following)
        )
        # "dossier complete except diploma equivalence": a thing and where it stands
        stands = (
            bool(tags_of(previous) & {"N", "S"})
            and previous not in FUNCTION_WORDS
            and word in _WHERE_IT_STANDS
            and (not following or following in PREPOSITIONS or following in ("except", "but"))
        )
        if loose_range or state or how_often or stands:
            raise Unusable(
                f"“{previous} {word}” is a note about the subject, not the subject; name what "
                "you talked about in a few words"
            )
    _no_noun_pile(text.split())


# Adjectives a noun before them makes into one ("energy efficient", "sugar free").
_COMPOUNDING = frozenset(
    """free efficient effective friendly based intensive neutral safe ready proof critical
    sensitive specific related rich heavy light conscious focused aware led wide""".split()
)


def _no_noun_pile(said: list[str]) -> None:
    """ "the HS classification electrical goods", "callouts Ciudad Vieja buildings": two
    things set down side by side with the word that joins them ("of", "to", "in") left out."""
    ws = [bare(w) for w in said]
    for i in range(len(ws) - 1):
        tags, after = tags_of(ws[i]), tags_of(ws[i + 1])
        named_after = said[i + 1][:1].isupper() and is_name(said[i + 1])
        if not tags and ws[i].endswith("s"):
            tags = frozenset("S")  # "callouts": a plural the dictionary does not have
        if not said[i].islower() or not tags & {"N", "S"} or tags & {"G", "J"}:
            continue
        if ws[i] in FUNCTION_WORDS or ws[i] == "versus":
            continue  # "X versus Y" is a comparison, read by its own rule
        if i > 0 and ws[i - 1] in ("to", "i", "we", "you", "they") and "V" in tags:
            continue  # "how to handle difficult customers": a verb after "to", not a noun
        described = (
            i > 0  # "buying raw cashmere" was made a gerund before this
            and after <= {"J", "R"}
            and "J" in after
            and ws[i + 1] not in _COMPOUNDING
            and ws[i + 1] not in FUNCTION_WORDS
            and ws[i + 1] not in DETERMINING  # "the audit next month"
            and i + 2 < len(ws)
            and tags_of(ws[i + 2]) & {"N", "S"}
        )
        j = i + 1
        while j < len(ws) and said[j][:1].isupper() and is_name(said[j]):
            j += 1
        placed = (
            "S" in tags
            and named_after
            and j < len(ws)
            and said[j].islower()
            and tags_of(ws[j]) & {"N", "S"}
            and ws[j] not in FUNCTION_WORDS
        )
        if described or placed:
            raise Unusable(
                f"“{' '.join(said[i : i + 3])}” sets things side by side with the word that "
                "joins them left out; write it as you would say it"
            )


def verb_only(word: str) -> bool:
    tags = tags_of(word)
    if word.endswith("s") and "N" in tags_of(word[:-1]):
        return False  # "lectures": the lexicon may know the plural only as a verb
    return bool(tags & {"V", "Z", "D"}) and not tags & {"N", "S", "J"}


# What an interviewer says when asking for an answer: "give example when ...", "tell me ...".
ASKING = frozenset("give tell describe explain want wants need needs".split())
# "you like that I repair LARS winches myself", "my Mozart concerto was elegant but ...": their
# opinion of the candidate or of the candidate's work, not a subject.
_PRAISE = re.compile(
    r"^you (?:(?:really |also )?(?:like|liked|love|loved|appreciated|enjoyed|valued)|"
    r"(?:were|seemed) (?:impressed|happy|pleased))\b.*\b(?:I|my|me)\b"
)
_SAID_OF_ME = lazy(r"\b(?:said|told me|thought|felt)\s+(?:that\s+)?(?:I|my|I'd|I'm|I've)\b")
_VERDICT = re.compile(
    r"^my (?:\S+ ){1,3}(?:was|is|were|are|sounded|looked|seemed) "
    r"(?:(?:very|too|quite|really|rather|a bit) )?(\w+)"
)
# "she hates 'reply all' culture": their pet hate, not a subject to recall.
_DISLIKE = lazy(r"^you (?:really )?(?:hate|hated|dislike|disliked|can't stand|cannot stand)\b")
# "sales reps hate when marketing shows up": a gripe about their colleagues, told as news.
_THEY_HATE = lazy(r"^(?:[\w'-]+ ){1,3}(?:hate|hates|hated|can't stand|cannot stand)\b")


# "she tasted my croissant", "she set up the call and introduced everyone": what they did while
# the candidate was there, not something the candidate learned from them.
def done_while_there(text: str, mine: bool = True) -> bool:
    """ "you tasted my croissant": what they did while the candidate was there (with ``mine``
    false, only what they did to the candidate: "my sister" may be anywhere)."""
    ws = text.split()
    found = _DONE_THERE.match(text)
    if found and not mine and found[1].lower() == "my":
        return False
    return len(ws) > 1 and bool(found) and is_verb(ws[1], "D")


_DONE_THERE = lazy(
    r"^you \w+\b.*\b(me|my|us|everyone|everybody|the call|the interview|the zoom|at the end|"
    r"at the start|the role-play|the role play)\b",
    re.I,
)
# "she chaired + kept time", "he only listened mostly": their part in the interview.
_THEIR_PART = lazy(
    r"^(?:you )?(?:(?:only|mostly|just|mainly|also) )?(?:chaired|kept time|keep time|listened|"
    r"kept (?:asking|saying|pushing|coming back to|interrupting)|"  # their manner, told to them
    r"introduced (?:yourself|himself|herself)|run the team (?:I'?d|I would|I'll) (?:be in|join)|"
    r"took notes|took the minutes|took minutes|observed|sat in|scored|timed|said (?:little|nothing)|"
    r"didn'?t (?:say|speak|talk)|did not (?:say|speak|talk)|asked most|asked the most|led the panel|"
    r"ran the panel|(?:run|runs|manage|manages|head|heads|oversee|oversees) (?:the|a) "
    r"(?:[\w/&-]+ ){0,2}(?:room|lab|laboratory|office|desk|department|unit|ward|site|shop|"
    r"floor|team|kitchen|clinic|section|division|workshop|yard|store|line)$)\b",
    re.I,
)
# "he wants me on site 7-17": what they want of the candidate, as if hired.
_WANT_ME = lazy(r"^you (?:want|need|expect|would want|would need) me\b")
# "they ask if I plan to stay long in Austria": a question put to the candidate.
_ASKED_YOU = re.compile(r"^you (?:ask|asked|were asking) (?:me )?(?:if|whether|why|how|what)\b")


def not_an_instruction(raw: str, shape: str, text: str) -> None:
    """A topic is something talked about: not "give an example of ...", "want a senior to ...",
    nor their question turned round ("how you would deal with ...")."""
    ws = text.split()
    first = bare(ws[0])
    nxt = bare(ws[1]) if len(ws) > 1 else ""
    typed = raw.split()
    asking = first in ASKING or (bool(typed) and bare(typed[0]) in ASKING)
    if asking or (
        shape == "np"
        and "V" in tags_of(first)
        and "G" not in tags_of(first)
        and (nxt in DETERMINERS or nxt in PRONOUNS)
    ):
        raise Unusable(
            "it reads as an instruction or a wish, not a subject you talked about; name the "
            "subject in a few words"
        )
    turned = " your " in f" {text} " and not re.search(r"\b(?:you|your|u|ur)\b", raw, re.I)
    if first in WH_WORDS and (_asked_of_you(raw) or turned):
        raise Unusable(
            "it is their question, turned round; put it under questions with its question mark, "
            "or name the subject in a few words"
        )
    if shape == "clause" and text.startswith(("I ", "I'")):  # "she said I finished fastest"
        raise Unusable("it is about you rather than something you learned from them")
    verdict = _VERDICT.match(text)
    told_me = _SAID_OF_ME.search(text)  # "she broke character after and said I listened well"
    if _PRAISE.match(text) or told_me or (verdict and tags_of(verdict[1]) & {"J"} == {"J"}):
        raise Unusable(
            "it reports what they thought of you, which a note does not repeat back to them; "
            "name the subject in a few words"
        )
    if _DISLIKE.match(text) or _THEY_HATE.match(text):
        raise Unusable(
            "it reports a dislike of theirs, which reads oddly repeated back to them; name the "
            "subject in a few words"
        )
    if shape == "clause" and _THEIR_PART.match(text):
        raise Unusable(
            "it tells them their own part (chairing, taking notes, running your future team), "
            "which they know; name a subject you talked about, or leave the note to its thanks"
        )
    if shape == "clause" and done_while_there(text):
        raise Unusable(
            "it tells what they did while you were there, which they know; name the subject "
            "you talked about"
        )
    if shape == "clause" and _WANT_ME.match(text):
        raise Unusable(
            "it is what they want of you once hired, which reads as if the job were yours; "
            "name the subject in a few words"
        )
    if _ASKED_YOU.match(text) and re.search(r"\b(?:I|me|my)\b", text):
        raise Unusable(
            "it is a question they put to you; quoted back, it raises the doubt again: put it "
            "under questions with its question mark, or name the subject in a few words"
        )
    told = any(w in text for w in ("said", "says", "told", "tells", "ask"))
    reported = r"\b(?:said|says|told|tells|(?:was|were) asking|asked|asks)\b"
    if shape == "clause" and told and re.search(reported, text):
        raise Unusable("it reports what someone said; name the subject in a few words")
    described = len(ws) > 1 and tags_of(ws[0]) & {"J"} and not tags_of(ws[0]) & {"N", "G", "D"}
    stated = shape == "np" and described and bare(ws[1]) in PREPOSITIONS  # "busy before Xmas"
    if stated or (shape == "clause" and plain_state(ws)):
        raise Unusable(
            "it says how things are there, not what you talked about; name the subject in a few "
            "words"
        )


def _asked_of_you(raw: str) -> bool:
    """ "how would you deal w/ a parent who ...": the "you" of their question was the candidate."""
    return any(bare(w) in ("you", "u", "your", "ur") for w in raw.split())


_BE = frozenset("is are was were 's 're".split())


def plain_state(ws: list[str]) -> bool:
    """ "the client is department of health", "schedule adherence is strict": be + a state
    (not be + a place or a time: "half of your patients are over 70")."""
    for i, word in enumerate(ws[:-1]):
        low = word.lower()
        if low in _BE or (i == 0 and low.endswith(("'re", "'s", "’re", "’s"))):
            after = bare(ws[i + 1])
            return not after.endswith("ing") and after not in PREPOSITIONS and after != "also"
        if i > 0 and verb_only(bare(word)):
            return False  # the verb came first: "you started the firm in 1998"
    return False


# Notes that read as a sentence, a label, a figure or a hedge once made a noun phrase.
_MONTH_SHORT = lazy(r"^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:-[a-z]+)?$")
# Words that end a note of how things stand: "posting to outer islands possible".
_HOW_IT_STANDS = frozenset(
    "possible likely needed required available optional ok okay paid included provided covered".split()
)
_MONTH_NAMES = frozenset(MONTHS.split("|"))
# Who else may be a topic's subject: not "I" (the candidate's own line) nor "it".
OTHERS = SUBJECT_PRONOUNS - {"i", "it"}
_EACH = frozenset("each all both also".split())
# Verbs of where a thing goes, never the head of a noun phrase before "to": "milk goes to".
_GOING = frozenset("go come flow move feed drain lead belong".split())
_OBJECTS = frozenset("me him them us it someone somebody anyone anybody everyone nobody".split())
_A_SENTENCE = "it is a sentence in shorthand, not a subject; name the subject in a few words"
# Verbs of a change that a note sets down bare after its subject: "clinic grow".
# What happened to a thing, told after it: never part of a subject's name.
_HAPPENED = frozenset(
    "doubled tripled halved collapsed fell rose dropped plummeted soared stalled".split()
)
_CHANGING = frozenset("grow expand renew withdraw begin shrink reopen relocate merge".split())
_A_FIGURE_AFTER = lazy(
    r"^(?:the )?[a-z]+ \d+(?:[.,]\d+)? ?(?:weeks?|days?|months?|years?|hours?|%)"
)
# What many things did, noted as a topic: "NSS scores dropped on assessment".
_WENT_UP_OR_DOWN = lazy(
    r"\b[a-z]+s (?:dropped|fell|rose|increased|decreased|declined|doubled|halved|jumped|plunged)\b"
)
_WORKING_PATTERN = lazy(
    r"\b\d+\s*(?:days?|weeks?|nights?|shifts?)\s+(?:on|off)\b"
    r"|\b(?:rotations?|roster|shifts?|swing)\b[^,]*\b\d+x\d+\b"  # "rotation 14x14 or 21x21"
)


_WANTS = frozenset("wants requires expects prefers demands hates loves likes".split())


def no_sentence_inside(text: str) -> None:
    """A topic that is a sentence in shorthand, not a subject: "harvest starts January", "the
    hotel receive many guests", "style must fit Japanese market", "company grow", "posting to
    outer islands possible". After "about" or "on" it breaks the note's sentence, and which
    words it lacks cannot be known."""
    ws = text.split()
    rising = len(ws) > 1 and bare(ws[-1]) in ("up", "down") and bare(ws[-2]) not in _PHRASAL
    if rising and tags_of(bare(ws[-2])) & {"N", "S"}:
        raise Unusable(  # "the angel's share up" (of "angel's share up to 8%/yr")
            "it notes a rise or a fall in shorthand; say what changed in words"
        )
    if bare(ws[-1]) in _HOW_MUCH:
        raise Unusable(  # "almost nothing" (of "he asked almost nothing")
            "it says how much was said, not what about; name the subject in a few words"
        )
    if len(ws) > 1 and bare(ws[-1]) in _HOW_IT_STANDS and tags_of(bare(ws[-2])) & {"N", "S"}:
        raise Unusable("it notes how things stand without a verb; write it as you would say it")
    for i in range(1, len(ws)):
        word, key, before = ws[i], bare(ws[i]), bare(ws[i - 1])
        if before in WH_WORDS or before == "that" or key in WH_WORDS or key == "that":
            return  # "the teaching load and how service is counted": a clause of its own
        # "budget 2027 starts January": a year or a count names the thing before it
        noun_before = bool(tags_of(before) & {"N", "S"}) or ws[i - 1][:1].isupper()
        noun_before = noun_before or (re.fullmatch(r"(?:19|20)\d\d", before) is not None and i > 1)
        if not noun_before or before in FUNCTION_WORDS or not word.islower():
            continue
        tags = tags_of(key)
        following = bare(ws[i + 1]) if i + 1 < len(ws) else ""
        # what a verb acts on: "many guests", "the vacuum sealer", "January", "8" ("grip tests
        # every night" may be tests)
        acted_on = (
            (following in DETERMINERS and following not in ("every", "each"))
            or following in _OBJECTS  # not "the 40 dairy farms they cover"
            or (following[:1].isdigit() and not ws[i + 1].endswith("%"))
            or (i + 1 < len(ws) and ws[i + 1] in _MONTH_NAMES)
            or following in ("more", "less", "fewer")
            or bool(_MONTH_SHORT.match(following))  # "season peaks Jul-Oct"
            # "new buyer from Germany wants traceability per parcel" ("training needs" is a noun)
            or (key in _WANTS and bool(following) and following not in FUNCTION_WORDS)
            # "milk goes to your powder plant", "IPC nurse reports to you": where it goes (not
            # "progress reports to the board", a noun)
            or (
                "Z" in tags
                and following in ("to", "into", "through", "across")
                and (
                    not tags & {"N", "S"}
                    or lexicon.lemma(key) in _GOING
                    or (i + 2 < len(ws) and bare(ws[i + 2]) in _OBJECTS | {"you"})
                )
            )
        )
        verb_only = bool(tags & {"V", "Z", "D"}) and not tags & {"N", "S", "J", "P", "G"}
        if key in MODALS or (
            acted_on and (verb_only or ("Z" in tags and "S" not in tags_of(before)))
        ):
            raise Unusable(_A_SENTENCE)
        if verb_only and key in _CHANGING and (not following or ws[i].endswith(",")):
            raise Unusable(_A_SENTENCE)  # "company grow", "forwarder contract renew"
        if key in _HAPPENED:  # "HAPI rate on 4 North doubled since ...", "program fell apart"
            raise Unusable(_A_SENTENCE)


def a_topic_as_a_subject(text: str, shape: str) -> str:
    """What is left of a note once read, that still is not a subject talked about: a label and
    its content ("research axis of the faculty: critical minerals"), a figure ("only 42
    rooms"), a working pattern ("rotation 6 days on"), a hedge with no subject ("... but may
    be Lahore"), their view of you ("my dog handling on the video was good"). A last "now"
    goes: "payments by M-Pesa now" is "payments by M-Pesa"."""
    if re.search(r"\w: \w", text) or _WORKING_PATTERN.search(text) or _WENT_UP_OR_DOWN.search(text):
        raise Unusable("it is a note in shorthand, not a subject; name the subject in a few words")
    figure = _A_FIGURE_AFTER.search(text) if shape == "np" else None  # "waitlist 14 weeks"
    if (
        figure
        or re.match(r"only \d", text)
        or re.search(r"\bbut (?:may|might|will|can|could)\b", text)
    ):
        raise Unusable("it is a note in shorthand, not a subject; name the subject in a few words")
    if shape == "np" and bare(text.split()[0]) in PREPOSITIONS - {"up", "down"}:
        # "for my last toolbox talk topic" (of "he asked for ..."): what they asked, cut short
        raise Unusable("it is a question they asked you, cut short; name the subject instead")
    if shape == "exercise" and re.search(r"\b(?:was|were|is|are) (?:\w+ )?(?!\w+ing\b)\w+", text):
        raise Unusable("it is what they thought of your answer, which they know; name what you did")
    if shape == "np" and text.endswith(" now") and len(text.split()) > 2:
        text = text[: -len(" now")]
    if shape == "exercise":
        ws = text.split()
        for i in range(2, len(ws)):  # "reading a verse and translate": both things done
            if ws[i - 1] == "and" and tags_of(ws[i]) & {"V"} and not tags_of(ws[i]) & {"N", "S"}:
                ws[i] = lexicon.inflect(ws[i], "VBG")
        text = " ".join(ws)
    return text


def not_cut_short(text: str) -> None:
    """ "you each cover" (of "they each cover ~10 suppliers, ..."): what is left once a tail
    is cut is a subject and its verb, which says nothing."""
    ws = [bare(w) for w in text.split()]
    subject_and_verb = 2 <= len(ws) <= 3 and ws[0] in OTHERS
    if subject_and_verb and (len(ws) == 2 or ws[1] in _EACH) and tags_of(ws[-1]) & {"V", "Z", "D"}:
        raise Unusable("it breaks off before it says what; write it as you would say it")
