"""Each kind of debrief line, read into the form a note needs, or left out with the reason.

Every reader takes the line as the candidate wrote it and returns a
:class:`Reading` (the text in the shape the sentence frames expect) or raises
:class:`~afterview.compose.reading.text.Unusable` with the reason and,
where one can be given, a wording that would work.

Shapes (``Reading.shape``):

- ``clause``: a whole clause with its subject ("I speak Portuguese", "you also
  run marathons"), ready to follow "that" or to stand as a sentence;
- ``np``: a noun phrase, a gerund or a question-word clause ("the ERP
  rollout", "moving batch jobs to Kafka", "how you run code review"), ready to
  follow "about";
- ``exercise``: a noun phrase naming the candidate's own exercise ("the case
  study"), which a note thanks the reader for discussing, never credits to them;
- ``question``: a question the interviewer asked, as a sentence to quote;
- ``whether``: a concern as an indirect question ("whether I have run a budget").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    AUXILIARIES,
    DETERMINERS,
    MODALS,
    MONTHS,
    MONTHS_SHORT,
    PREPOSITIONS,
    PRONOUNS,
)
from afterview.compose.reading.english import SINCE, STATIVE
from afterview.compose.reading.person import Ambiguous, mentions_third_person
from afterview.compose.reading.person import to_reader as _shift
from afterview.compose.reading.shapes import (
    ADVERBS,
    CHANGES,
    HOLDINGS,
    STATES,
    acts_on_described,
    article_for,
    describes_one_noun,
    finite_verb_index,
    is_clause,
    is_finite,
    is_noun_like,
    is_person_noun,
    is_verb,
    is_wh,
    needs_article,
    sounds_negative,
    starts_object,
    tags_of,
    wants_the,
)
from afterview.compose.reading.text import (
    NUMBER_WORDS,
    Unusable,
    bare,
    clean,
    is_name,
    lower_first,
    name_set_down,
    number_word,
)
from afterview.compose.reading.topics import done_while_there, verb_only
from afterview.compose.reading.vocabulary import data, find, matches, word_set


@dataclass(frozen=True)
class Reading:
    """A debrief line in the shape a sentence frame needs (see the module docstring)."""

    shape: str
    text: str

    @property
    def sentence(self) -> str:
        """The reading as a sentence of its own (a clause, capitalised, with its full stop)."""
        return self.text[:1].upper() + self.text[1:] + "."


# ---------------------------------------------------------------- strengths and answers

_YEARS_OF = lazy(
    r"^(?P<lead>(?:over|more than|nearly|almost|about|around|close to)\s+)?"
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"a few|several|many)\s+(?P<unit>years?|months?)\b(?:\s+of)?(?:\s+(?P<field>\w+)\s+(?=experience\b))?"
    r"(?:\s*experience)?(?P<rest>.*)$",
    re.I,
)


# Being willing to work certain hours is for the recruiter, not a reason you fit:
# "done 6 months of night shift already, happy to do them".
_AVAILABLE = lazy(
    r"\b(?:happy to|ok with|okay with|fine with|don'?t mind|available for|flexible|can do|"
    r"willing to|no problem with)\b.*|\b(?:nights|weekends|shifts)\s+ok\b|\b(?:used|accustomed) to "
    r"(?:the )?(?:nights?|weekends?|shifts?|night shifts?|rotations?|\d+h)\b",
    re.I,
)
_HOURS_WORDS = lazy(r"\b(?:night|nights|weekend|weekends|shifts?|rota|overtime|on[- ]call)\b", re.I)


# Your right to work: true, needed, and for the recruiter ("stamp 1G, can work full time").
_RIGHT_TO_WORK = lazy(
    r"\b(?:visa|stamp\s*[0-9][a-z]?|work permit|right to work|sponsorship|green card|iqama|"
    r"permanent resident|citizenship|work authori[sz]ation)\b",
    re.I,
)


_PERMIT_HINTS = (
    "visa",
    "stamp",
    "permit",
    "right to work",
    "sponsor",
    "green card",
    "iqama",
    "resident",
    "citizen",
    "authori",
)


_VALID_UNTIL = lazy(r"^((?:\S+ ){0,3}\S+) (?:is )?valid (?:until|till|to|through|thru) (.+)$", re.I)
# Makers whose products are named like people ("Illustrator", "Publisher", "Designer").
_MAKERS = frozenset("adobe affinity microsoft autodesk corel".split())
_DEGREE_FROM = lazy(r"^(\S+), ((?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*)*)$")
_AWARD = lazy(r"^(?:[A-Z][\w-]*\s)(?:\S+\s){0,4}(?:award|prize|medal|mention|scholarship)$", re.I)
_NTH_PAPER = lazy(
    r"^(\d(?:st|nd|rd|th)|first|second|third|fourth|fifth) (paper|article|manuscript|book|"
    r"chapter) ((?:submitted|accepted|published)\b.*)$",
    re.I,
)
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
_FIRST_SENTENCE = lazy(r"(?<=[a-z]{2}[.!])\s+(?=[A-Z])(?!I\b|I['’])")
_ADMITTED = lazy(
    r"^(?:I was |was )?(admitted|called) (?:to )?(?:the )?((?:\S+ ){0,3}[Bb]ar\b.*)$", re.I
)
_LOSS = lazy(r"\b(?:lost my|passed away|died|bereavement|grief|grieving)\b", re.I)
_LEARNER = lazy(r"\b(?:learner|beginner|still learning|learning it)\b", re.I)
_FACING = lazy(r"^(customer|client|public|guest|patient|user|student)[- ]facing$", re.I)


# "booked road test Dec 10": an appointment ahead, not a strength or an answer yet.
_BOOKED = lazy(rf"^(?:I\s+)?(?:have\s+)?booked\b.*\b(?:{MONTHS_SHORT}|{MONTHS})\.?\s*\d", re.I)


_FLUENT = lazy(r"^fluent ((?:[A-Z][a-z]+(?:,\s*|\s+and\s+)?)+)")
_LANGUAGE_CODES = lazy(r"\b[A-Z]{2}(?:\s*[,/]\s*[A-Z]{2}\b)+")


def _spelled_languages(listed: str) -> str:
    """ "EN, SV, DE" -> "English, Swedish, German", if every code is a language's."""
    names = data()["words"]["language_codes"]
    codes = re.split(r"\s*[,/]\s*", listed)
    if not all(c.lower() in names for c in codes):
        return listed
    return ", ".join(names[c.lower()] for c in codes)


def _no_right_to_work(text: str) -> None:
    """:class:`Unusable` for a line about a visa or a permit: the recruiter settles it."""
    lowered = text.lower()
    permit = _RIGHT_TO_WORK.search(text) if any(w in lowered for w in _PERMIT_HINTS) else None
    if permit:
        raise Unusable(
            f"it is about your right to work (“{permit.group(0)}”), which the recruiter "
            "settles; a thank-you note leaves it out"
        )


def read_strength(raw: str) -> Reading:
    """A strength as a clause about the candidate: "I speak Portuguese"."""
    # "I get along with skippers. They're grumpy in the morning ...": the claim is the first
    # sentence; what follows tells the story, in words for the candidate's own ear.
    raw = _FIRST_SENTENCE.split(raw.strip(), maxsplit=1)[0]
    # Each pattern is compiled only when its words are there: reading must stay quick.
    lowered = raw.lower()
    _no_right_to_work(raw)
    hours = any(w in lowered for w in ("night", "weekend", "shift", "rota", "overtime", "call"))
    if hours and _HOURS_WORDS.search(raw) and _AVAILABLE.search(raw):
        raise Unusable(
            "it is about the hours you can work, which the recruiter settles; a thank-you note "
            "leaves it out"
        )
    loss = _LOSS.search(raw)
    if loss:  # "lost my gran at a hospice, I get why it matters": true, and not for a note
        raise Unusable(
            f"it touches on a loss of your own (“{loss.group(0)}”): a note leaves that out"
        )
    learner = _LEARNER.search(raw) if "learn" in lowered or "beginner" in lowered else None
    if learner:  # "Gàidhlig - learner, about B1": true, and not a strength to claim in a note
        raise Unusable(
            f"it is hedged (“{learner.group(0)}”); a note makes only claims you stand behind"
        )
    if _BOOKED.search(raw):
        raise Unusable(
            "it is a date still to come, not something done: tell them the result once you have it"
        )
    text = _without_aside(clean(raw, keep_names_in_brackets=True))
    facing = _FACING.match(text)
    if facing:  # "customer facing - dealt w/ drunk pax": the kind of work, not a field
        return Reading("clause", f"I have {facing.group(1).lower()}-facing experience")
    labelled = _LABELLED.match(text) if ":" in text else None
    if labelled:  # "TMS: cargowise" -> "TMS (cargowise)"
        text = f"{labelled.group(1)} ({labelled.group(2)})"
    spoken_of = text.lower().startswith(("speak", "fluent"))  # not "bilingual EN/ES"
    codes = _LANGUAGE_CODES.search(text) if spoken_of else None
    if codes:  # "speaks EN, SV, DE": the languages by name
        text = text.replace(codes.group(0), _spelled_languages(codes.group(0)))
    fluent = _FLUENT.match(text)
    named = re.split(r",\s*|\s+and\s+", fluent.group(1).strip(", ")) if fluent else []
    if named and all(bare(n) in word_set("words", "languages") for n in named):
        said = ", ".join(named[:-1]) + (" and " if len(named) > 1 else "") + named[-1]
        return Reading("clause", f"I speak fluent {said}")  # "fluent FR / AR / EN, some ES"
    spoken = _languages_listed(text) if "," in text else None
    if spoken:
        return Reading("clause", spoken)
    trained = _TRAINING.match(text)
    papers = trained and any(bare(w) in _PAPERS for w in trained["what"].split())
    if trained and not papers and not verb_only(bare(trained["what"].split()[0])):
        return Reading("clause", f"I am trained in {trained['what']}")  # "safeguarding training"
    done = _DONE_LAST.match(text)
    if done and not any(is_verb(w, "VDZ") and not is_noun_like(w) for w in done["what"].split()):
        what = done["what"]  # "PhD proposal drafted" -> "I have drafted a PhD proposal"
        return Reading("clause", f"I have {done['done']} {article_for(what)} {what}")
    if any(bare(w) in DEGREES for w in text.split()):
        text = _DEGREE_CLASS.sub("", text)  # "BSc Civil Eng UoN, 2nd upper": the class goes
        text = _DEGREE_KIND.sub(r"\1", text)  # "MSc (Tech) energy technology": an MSc
        if bare(text.split()[0]) in DEGREES:  # "MA ... (York), 2020": the degree's year
            text = re.sub(r",\s+((?:19|20)\d\d)$", r" \1", text)
    text = _dated_nouns(_without_colon_fragment(_with_figures(text)))
    first_word = bare(text.split()[0]) if text.split() else ""
    if "D" in tags_of(first_word) and first_word not in _MADE:  # not "ordained ... 2017"
        text = _BARE_YEAR.sub(r"\1 in \2", text)  # "opened a store from scratch 2022"
    reservation = _reservation(text)
    if reservation:
        raise Unusable(f"it comes with a reservation (“{reservation}”): a note would overstate it")
    hedge = (
        re.search(r",\s+(some|basic|a little|a bit|learning)$", text, re.I) if "," in text else None
    ) or re.match(r"^(some|basic|a little|a bit of|limited)\b", text, re.I)
    if hedge:
        raise Unusable(
            f"it is hedged (“{hedge.group(1)}”); a note makes only claims you stand behind"
        )
    taken = _DEGREE_FROM.match(text) if ", " in text else None
    if taken and bare(taken[1]) in DEGREES:  # "MBBS, Dow University", "BMLS, UNILAG"
        return Reading("clause", f"I have {article_for(taken[1])} {taken[1]} from {taken[2]}")
    text = _short_tail(text, keep=True)
    degree = _DEGREE_OF.match(text) if " of " in text else None
    if degree:  # "bachelor of Biomedical Science" -> "I have a Bachelor of Biomedical Science"
        return Reading("clause", f"I have a {degree.group(1).capitalize()} of {degree.group(2)}")
    rate = _RATE.match(text) if " per " in text else None
    if rate and lexicon.lemma(rate.group(1)):  # "typing 55 wpm" -> "I type 55 words per minute"
        verb = lexicon.inflect(lexicon.lemma(rate.group(1)) or "", "VBP")
        return Reading("clause", f"I {verb} {rate.group(2)}")
    valid = _VALID_UNTIL.match(text) if "valid" in text.lower() else None
    if valid:  # "BLS valid until 2027" -> "I hold a BLS certification, valid until 2027"
        what = valid.group(1)
        paper = bare(what.split()[-1]) in _PAPERS or bare(what.split()[-1]).startswith("certif")
        held = what if paper else f"{what} certification"
        return Reading("clause", f"I hold {article_for(what)} {held}, valid until {valid.group(2)}")
    bar = _ADMITTED.match(text) if "bar" in text.lower() else None
    if bar:  # "admitted Geneva bar 2019" -> "I was admitted to the Geneva bar in 2019"
        return Reading("clause", f"I was {bar.group(1).lower()} to the {bar.group(2)}")
    held = _held(text)
    if held:
        return Reading("clause", held)
    won = _AWARD.match(text) if not text.lower().startswith(("won ", "received ", "got ")) else None
    if won:  # "Red Dot 2024 honourable mention" -> "I received a Red Dot 2024 honourable mention"
        return Reading("clause", f"I received {article_for(text)} {text}")
    if text.split() and bare(text.split()[0]) in _MAKERS and len(text.split()) > 1:
        return Reading("clause", f"I use {text}")  # "Adobe Illustrator for repeat patterns"
    if first_word == "own" and len(text.split()) > 1:  # "own foley recordings": mine, not owned
        return Reading("clause", f"I have my own {' '.join(text.split()[1:])}")
    ws = text.split()
    nth = _NTH_PAPER.match(text)
    if nth:  # "3rd paper submitted to Food Hydrocolloids" -> "my third paper was submitted ..."
        order = _ORDINALS.get(nth[1].lower(), nth[1].lower())
        return Reading("clause", f"my {order} {nth[2]} was {nth[3]}")
    two_verbs = len(ws) > 3 and bare(ws[1]) == "and" and is_verb(ws[0], "D") and is_verb(ws[2], "D")
    clause = f"I {text}" if two_verbs else _first_person(text)  # "prepared and checked ..."
    if clause:
        clause = _present_perfect(_formal(clause))
        clause = _USED_TO.sub("I am used to ", clause)  # "used to writing decisions"
        including = _INCLUDING.search(clause)
        if (
            including
            and tags_of(bare(including[1])) & {"J"}
            and not tags_of(bare(including[1])) & {"N", "S", "G"}
        ):
            clause = clause[: including.start()]  # "..., including forensic with ...": notes
        if bare(ws[0]) == "i":
            clause = _since_then(clause)
        if ", " in clause:
            clause = _SPLICE.sub("; ", _SECOND_VERB.sub(_and_second_verb, clause))
            listed = _LISTED_TAIL.search(clause)
            before = clause[: listed.start()].split()[-3:] if listed else []
            if listed and any(bare(w) in PREPOSITIONS for w in before):
                # "a townhouse job in Brunswick, cable trays and conduit runs": what the job
                # included, not more things managed ("the budget, hiring and training")
                clause = f"{clause[: listed.start()]}, including {listed.group(1)}"
    if clause is None:
        raise Unusable("it does not read as the end of a sentence starting “I …”")
    loose = _LOOSE_DURATION.search(clause)
    if loose:  # "I did MoMo agent 2 years, GHS 15-20,000 ...": notes, not a sentence
        raise Unusable(f"it reads as notes (“{loose.group(0).strip()}” with nothing to tie it)")
    return Reading("clause", clause)


def _without_colon_fragment(text: str) -> str:
    """'I led our defence (Lux): closed with a reprimand, no fine. I drafted ...' loses the
    words after the colon, which have no subject; a sentence after them stays."""
    if ": " not in text:
        return text
    first, _, rest = text.partition(": ")
    fragment, stop, after = rest.partition(". ")
    if not first.split() or bare(fragment.split()[0]) in PRONOUNS | {"i"}:
        return text
    labelled = len(first.split()) <= 2 and first.islower() and not after
    if labelled and is_verb(fragment.split()[0], "D") and len(fragment.split()) > 1:
        return fragment  # "teaching: taught Dendrology at UPLB": the label, then what was done
    return f"{first}{stop}{after}" if after else first


# "the CNPD investigation 2024": a year after the noun it dates.
_DATED_NOUN = lazy(
    r"\b(the|our|my|their|your) ((?:[A-Z][\w/&-]* ){0,2}[a-z]{3,}) ((?:19|20)\d\d)\b(?! ?[\w-])"
)
_SEASONS = frozenset("spring summer autumn fall winter class intake cohort batch".split())


def _dated_nouns(text: str) -> str:
    """'... in the CNPD investigation 2024' -> '... in the 2024 CNPD investigation'."""
    if not any(c.isdigit() for c in text):
        return text

    def moved(match: re.Match[str]) -> str:
        det, noun, year = match.groups()
        if bare(noun.split()[-1]) in _SEASONS | PREPOSITIONS:
            return match.group(0)
        return f"{det} {year} {noun}"

    return _DATED_NOUN.sub(moved, text)


_DEGREE_OF = lazy(r"^(bachelor|master|doctor)(?:'?s)? of (.+)$", re.I)
# A skill measured by a rate: "typing 55 words per minute".
_RATE = lazy(r"^([a-z]+ing) (\d[\d,.]* .*\bper\b.*)$")
_PAPERS = frozenset(
    """licence license card permit ticket certificate certification fellowship scholarship
    membership cdl endorsement""".split()
)
_TRAINED = frozenset("trained certified qualified registered licensed".split())


def _held(text: str) -> str | None:
    """A licence or card one holds: 'C1 licence, blue light trained' -> 'I hold a C1 licence,
    and I am blue light trained'; 'full UK driving licence' -> 'I hold a full UK driving
    licence'."""
    head, _, tail = text.partition(", ")
    year = re.search(r"\s+((?:19|20)\d\d)$", head)
    if year:  # "acupuncture certification (AACP) 2025": gained that year
        head = head[: year.start()]
    ws = [w for w in head.split() if not w.startswith("(")] if "(" in head else head.split()
    if not 1 < len(ws) <= 6 or bare(ws[-1]) not in _PAPERS:
        return None
    if (
        bare(ws[0]) in PRONOUNS
        or bare(ws[0]) in DETERMINERS
        or (is_verb(ws[0], "VD") and not is_noun_like(ws[0]) and not is_name(ws[0]))
    ):
        return None  # "got my C1 licence", "my licence": a clause of its own
    named = bare(ws[-1]).startswith("certifica") and is_name(ws[0])
    article = "the" if named else article_for(ws[0])  # "the ICH-GCP certification"
    held = f"I hold {article} {' '.join(ws)}"
    if year:
        held = f"I gained {article} {head} in {year.group(1)}"
    rest = tail.split()
    if rest and bare(rest[-1]) in _TRAINED and len(rest) <= 4:
        held += f", and I am {tail}"
    return held


# A count of years or months standing loose in a clause: no "for", "of", "in"... to tie it.
_LOOSE_DURATION = lazy(
    r"(?<!\bfor )(?<!\bover )(?<!\bthan )(?<!\bof )(?<!\bin )(?<!\babout )(?<!\bnearly )"
    r"(?<!\bafter )(?<!\bwithin )(?<!\bunder )(?<!\blast )(?<!\bthe )(?<!\bthese )"
    r"(?<!\bdid )(?<!\bspent )(?<!\bserved )(?<!\bworked )"
    r"\b\d+\+?\s+(?:years?|months?)\b(?!\s+(?:of|ago|later|old|running|in a row)\b)",
    re.I,
)


def _first_person(text: str) -> str | None:
    """``text`` as a clause with "I" (or its own subject), or None if it cannot be one."""
    ws = text.split()
    first = bare(ws[0])
    if first in ("i", "i'm", "i've", "i'd", "i'll"):
        return _fix_after_i(ws)
    if first in ("my", "our") and finite_verb_index(ws) is not None:
        return text  # "my team won the award": a clause of its own
    years = _YEARS_OF.match(text) if _counts(text) else None
    if years:
        return _years(years)
    subject = finite_verb_index(ws)
    be = subject is not None and bare(ws[subject]) in ("is", "are", "was", "were")
    if be and subject is not None and bare(ws[subject - 1]) not in PRONOUNS:
        return None  # "hot work + heavy lifting risks are the same family": its own subject
    return _predicate(ws)


def _fix_after_i(ws: list[str]) -> str | None:
    """ "I speaks Portuguese" -> "I speak Portuguese"; "I CPA licensed" -> "I am CPA licensed"."""
    clause = _fix_verb_after_i(ws)
    if clause and ", " in clause:
        clause = _SPLICE.sub("; ", _SECOND_VERB.sub(_and_second_verb, clause))
    return clause


# "..., one got promoted to PM": a second sentence joined by a comma.
_SPLICE = lazy(
    r",\s+(?=(?:one|both|each|all|two|three|most|some|several)\s+(?:of them\s+)?"
    r"(?:was|were|got|is|are|has|have|went|became|moved|joined|left)\b)"
)


# "I was a refugee myself, came in 2009": a second verb with no subject of its own.
# A list of things after the clause, with no verb of its own: "..., cable trays and conduit runs".
_LISTED_TAIL = lazy(r",\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+and\s+(?:[a-z][\w-]*\s*){1,3})$")
_SECOND_VERB = lazy(r",\s+(?=([a-z]+)\b(?:\s+(\S+))?)")


# Words in "-ing" that join what follows to the clause, not verbs of a second one.
_JOINING = frozenset("including excluding concerning regarding following according".split())


def _and_second_verb(match: re.Match[str]) -> str:
    word, after = match.group(1), bare(match.group(2) or "")
    if word in _JOINING:
        return match.group(0)  # "..., including the forensic timeline": part of what was done
    if "G" in tags_of(word) and (after in DETERMINERS or after[:1].isdigit()):  # not "did"
        return " and I am "  # "I have 3 of the 4 years logged, sitting the interview in March"
    if tags_of(word) & {"J"} or is_noun_like(word):
        return match.group(0)
    if is_verb(word, "D"):
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
        fixed = _fix_after_i(["I", *rest])
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
    predicate = _predicate(rest)
    return predicate


_COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty few several many".split()
)


def _counts(text: str) -> bool:
    """True when ``text`` may say how many years or months: a digit or a number word."""
    return any(c.isdigit() for c in text) or bool(_COUNT_WORDS & set(text.lower().split()))


_RESERVATIONS = (" even if ", " even though ", " although ", " though ", " but ")


def _reservation(text: str) -> str | None:
    """The reservation a line ends with ("even if it's expired"), if it has one."""
    lowered = f" {text.lower()} "
    if not any(r in lowered for r in _RESERVATIONS):
        return None
    found = _RESERVATION.search(text)
    return found.group(0).strip(", ") if found else None


_DOUBT_STARTS = frozenset(
    """he she they the interviewer was were is seemed worried concerned unsure not wondered
    wondering asked thinks thought felt feels doubted doubts queried questioned raised probed
    pushed worry concern""".split()
)
_NEGATION_STARTS = frozenset("has have hasn't haven't never not didn't did".split())
_FOUND_STARTS = frozenset(
    "we i figured found realised realized discovered learned learnt it turns turned".split()
)
_WISH_STARTS = frozenset(
    "i should should've wish forgot didn't did never meant wanted could could've need must have haven't has".split()
)
_REGRETS = frozenset("fumbled froze blanked bombed rambled stumbled".split())
# Ends that add nothing to a fact: "certified for whitening too", "..., which matters for X".
_WISH_END = lazy(r"(?:\s+(?:too|as well|also|at all)|,\s+which\b.*)$", re.I)
_NUMBER_TAIL = lazy(r",\s+(?:about\s+)?[~≈£$€]?\d[\w.,$£€%]*(?:\s+\w+){0,3}$")
_RESERVATION = lazy(r",?\s+(?:even if|even though|although|though|but)\b.*$", re.I)


def _with_figures(text: str) -> str:
    """'on-call lead for payments, 99.99% uptime' -> '..., with 99.99% uptime': a figure kept."""
    tail = _NUMBER_TAIL.search(text) if "," in text else None
    if not tail:
        return text
    figure = tail.group(0).lstrip(", ")
    ws = text.split()
    verb = ws[1] if ws[0] == "I" and len(ws) > 1 else ws[0]
    done = is_verb(verb, "D") and bare(verb) not in ("had", "was")  # not "a certificate ..., 2019"
    if re.fullmatch(r"(?:19|20)\d\d", figure) and done:
        return f"{text[: tail.start()]} in {figure}"  # "... with my uncle, 2025": when
    first, _, after = figure.partition(" ")
    if first.isdigit() and after:
        figure = f"{number_word(first)} {after}"  # ", 1 in Nature Immunology" -> "one in ..."
    if re.fullmatch(r"\S+ (?:days?|weeks?|months?|years?)", figure):
        return f"{text[: tail.start()]} for {figure}"  # "internship, 6 months": for, not with
    return f"{text[: tail.start()]}, with {figure}"


def _years(match: re.Match[str]) -> str | None:
    """'6 yrs running ops' -> 'I have six years of experience running operations'."""
    rest_words = [  # "HR generalist/HRBP": the first of two names for one job
        w.split("/")[0] if "/" in w and is_person_noun(w.split("/")[0]) else w
        for w in match.group("rest").split()
    ]
    plain = [w for w in rest_words if not w.startswith("(")][: len(rest_words)]
    plain = rest_words[: next((i for i, w in enumerate(rest_words) if w.startswith("(")), None)]
    head = plain[: _head_index(plain) + 1] if plain else []
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


def _role_after_and(text: str) -> bool:
    """'specimen reception and lab assistant at a lab': what follows "and" names a job (two
    words or more, ending in a person: not "grill and larder", nor "donor reporting")."""
    after = text.split(" and ", 1)[1].split()
    cut = next((i for i, w in enumerate(after) if bare(w) in PREPOSITIONS), len(after))
    role = after[:cut]
    return len(role) >= 2 and is_person_noun(bare(role[-1]))


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
    if rest:
        first = rest.split()[0]
        if " and " in rest and _role_after_and(rest):
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
            head = words[_head_index(words)]
            if not tags_of(head) & {"N", "S"} and not is_name(head) and not _activity(head):
                return None  # "frontline with NWAS": not a field one has experience in
            if is_person_noun(words[0]) and len(words) > 1:
                return None  # "cashier, Melcom and Shoprite": a job, not a field
            if (
                wants_the(words, _head_index(words))
                and not _activity(head)
                and bare(first) not in DETERMINERS
                and " and " not in rest  # "stroke and ABI rehab": a field, not one thing
            ):
                at = (
                    "on" if bare(head) in _WORKED_ON else "at" if bare(head) in _WORKED_AT else "in"
                )
                rest = f"{at} the {lower_first(rest)}"  # "4 yrs hot line" -> "on the hot line"
            else:
                rest = f"in {lower_first(rest)}"
        rest = " " + rest
    unit = match.group("unit").lower()
    if not unit.endswith("s") and amount not in ("one", "a"):
        unit += "s"
    return f"I have {lead}{amount} {unit} of experience{rest}"


# Words in -ing that name a field before a noun: "nursing leadership", "marketing strategy"
# (not "running operations" or "teaching chemistry", a verb and its object).
_FIELD_GERUNDS = frozenset(
    """nursing marketing engineering accounting banking planning manufacturing consulting
    publishing broadcasting auditing catering farming mining""".split()
)


# Made something by others: "ordained Methodist minister" -> "I was ordained a Methodist minister".
# Verbs whose participle says what befell the candidate ("published in JoL in 2023"), where
# "applied for a grant in 2025" is something they did.
_DONE_TO_ONE = frozenset(
    """published featured cited listed shortlisted ranked named quoted interviewed elected
    appointed born educated awarded funded sponsored seconded posted deployed stationed""".split()
)
_MADE = frozenset("ordained commissioned elected appointed promoted shortlisted nominated".split())
# Places of work one is "on", not "in": "on the hot line", "on the ward", "on the front desk".
_WORKED_ON = frozenset("line desk floor ward wards team shift ramp site sites board front".split())
_WORKED_AT = frozenset("counter till reception checkout gate bar pass".split())


def _predicate(ws: list[str]) -> str | None:
    at = next((i for i, w in enumerate(ws[1:-1], 1) if bare(w) == "and"), 0)
    if at and is_verb(ws[at + 1], "D") and not is_noun_like(ws[at + 1]) and not is_verb(ws[0]):
        return None  # "ACAS track and passed MAS-I": a thing and a deed, no one verb for both
    return _predicate_of(ws)


# Adjectives the lexicon also knows as verbs ("to hot up"), which open a line of work only
# as adjectives: "hot runner work", "cold chain logistics", "heavy lift rigging".
_DESCRIBING_ONLY = frozenset("hot cold heavy high low wet".split())


# An award with its level, as Australia and New Zealand number them: "Cert III Engineering".
_GRADED_AWARD = lazy(
    r"^(?P<award>Cert\.?|Certificate|Diploma) (?P<level>I{1,3}|IV|[1-4])"
    r"(?: (?:in )?(?P<field>[A-Z][\w&,' -]*?))?,?$"
)


def _predicate_of(ws: list[str]) -> str | None:
    """A subjectless phrase about the candidate, made a clause with "I"."""
    first, key = ws[0], bare(ws[0])
    following = ws[1] if len(ws) > 1 else ""
    phrase = " ".join([lower_first(first), *ws[1:]])
    tags = tags_of(first) if not is_name(first) else frozenset({"N"})
    if (
        key in ("some", "basic", "a")
        and len(ws) > 1
        and bare(ws[1]) in ("little", "basic", "some", "bit")
    ):
        return None
    language = _language(ws)
    if language:
        return language
    if key == "head" and bare(following) == "for":
        return f"I have a {phrase}"  # "head for heights": one has it, one is not it
    if key in STATES and first.endswith(",") and following and "J" in tags_of(bare(following)):
        # "organised, calm under deadlines": two qualities
        return f"I am {lower_first(first.rstrip(','))} and {' '.join(ws[1:])}"
    if key in _DESCRIBING_ONLY and len(ws) > 1 and is_noun_like(ws[1]):
        return f"I have experience in {phrase}"  # "hot runner work", not "I hot the runner"
    achieved = _achievement(ws)
    if achieved:
        return achieved
    if key[:1].isdigit() and key != "0":
        for word in ws[1:4]:
            if bare(word) in _POSSESSED:  # "2 first author papers, 1 in Nature Immunology"
                return f"I have {number_word(key)} {' '.join(ws[1:])}"
    bracket = next((i for i, w in enumerate(ws) if w.startswith("(")), len(ws))
    plain, aside = ws[:bracket], " ".join(ws[bracket:])
    made = key in _MADE and len(plain) >= 2
    if made and bare(plain[1]) in ("to", "as"):  # "Promoted to Dealer Inspector 2024"
        year = plain[-1] if re.fullmatch(r"(19|20)\d\d", plain[-1]) else ""
        role = " ".join(plain[1:-1] if year else plain[1:])
        return f"I was {key} {role}" + (f" in {year}" if year else "")
    if made and re.fullmatch(r"(19|20)\d\d", plain[-1]) and is_person_noun(plain[-2]):
        role = " ".join(plain[1:-1])  # "ordained Methodist minister 2017"
        return f"I was {key} {article_for(role)} {role} in {plain[-1]}" + (
            f" {aside}" if aside else ""
        )
    if made and is_person_noun(plain[-1]):
        role = " ".join(plain[1:])
        return f"I was {key} {article_for(role)} {role}" + (f" {aside}" if aside else "")
    listed = [w.strip(",") for w in ws if w.strip(",") and w not in ("/", "and", "&")]
    listed = [w for w in listed if not w.startswith("(")]  # "(B2)": a level, for yourself
    languages = data()["words"]["language_codes"]
    if len(listed) >= 2 and all(w.isupper() and w.lower() in languages for w in listed):
        names = [languages[w.lower()] for w in listed]  # "FR / EN / NL"
        return f"I speak {', '.join(names[:-1])} and {names[-1]}"
    certificates = word_set("words", "certifications")
    items = " ".join(ws).replace(" / ", " and ").split(" and ")  # "ServSafe Manager + TABC"
    stated = any(bare(w) in STATES for w in ws)  # "BLS & ACLS certified": "I am ... certified"
    if (
        len(items) >= 2
        and not stated
        and all(
            i.split() and i.split()[0].lower() in certificates and len(i.split()) <= 2
            for i in items
        )
    ):
        return f"I hold the {' and '.join(items)} certifications"  # "CIPP/E + CIPM"
    certificate = (
        len(ws) <= 4
        and key in word_set("words", "certifications")
        and not any(bare(w) in STATES or bare(w).startswith("certif") for w in ws[1:])
    )
    if certificate:
        return f"I hold the {' '.join(ws)} certification"  # "PMP", "EPA 608 universal"
    graded = _GRADED_AWARD.match(" ".join(plain))
    if graded:  # "Cert III Engineering", "Certificate IV in Training and Assessment"
        field = f" in {graded['field']}" if graded["field"] else ""
        return f"I have a {graded['award']} {graded['level']}{field}"
    if "." in key and key.replace(".", "") in DEGREES:
        key = key.replace(".", "")  # "B.Ed", "M.Sc"
    if key in DEGREES and len(ws) == 1:
        return f"I have {article_for(first)} {first}"  # "MBA" -> "I have an MBA"
    if key in DEGREES and len(ws) > 1 and bare(ws[1]) not in PREPOSITIONS:
        rest = ws[1:]
        if len(rest) > 1 and rest[0].startswith("(") and rest[0].endswith(")"):
            rest = [rest[0].strip("()"), *rest[1:]]  # "BEng (Electrical) Curtin": the field
        if re.fullmatch(r"(19|20)\d\d", rest[-1]):  # "LLB Wits 2024": where, and when
            field = ""
            if rest[0].startswith("(") and rest[0].rstrip(",").endswith(")") and len(rest) > 2:
                field, rest = f" in {rest[0].rstrip(',').strip('()')}", rest[1:]  # "(EE),"
            where_in = rest[-2].rstrip(",") if len(rest) > 2 else ""
            if where_in.startswith("(") and where_in.endswith(")") and not field:
                # "MA Stained Glass Conservation (York), 2020": the field, then where
                subject = " ".join(rest[:-2])
                return f"I have {article_for(first)} {first} in {subject} from {where_in[1:-1]}"
            where = " ".join(rest[:-1]).strip(" ,")
            subject, comma, place = where.partition(", ")
            if comma and not field:  # "BA Criminal Justice, U of A 2021": the field, then where
                field, where = f" in {subject}", place
            return f"I have {article_for(first)} {first}{field} from {where}" if where else None
        cut = next((k for k, w in enumerate(rest) if w.endswith(",")), len(rest) - 1) + 1
        rest, tail = rest[:cut], rest[cut:]  # "... Leiden, thesis on ...": the tail is trimmed
        place = rest[-1].rstrip(",.")
        named = len(rest) > 1 and place.isalpha() and is_name(place)
        named = named and bare(rest[-2]) not in PREPOSITIONS  # not "University of Lethbridge"
        if len(rest) == 1 and _institution(place):
            return f"I have {article_for(first)} {first} from {place}"  # "MBA INSEAD"
        if len(rest) > 1 and (_institution(place) or (named and not lexicon.known(place.lower()))):
            field = " ".join(rest[:-1])  # "BSc Civil Engineering UoN", "MSc Politics Leiden"
            return " ".join(
                [f"I have {article_for(first)} {first} in {field} from", *rest[-1:], *tail]
            )
        rest = [*rest, *tail]
        field = " ".join(rest)  # "MEng Engineering Science" -> "an MEng in Engineering Science"
        return f"I have {article_for(first)} {first} in {field}"
    if _names_only(ws):
        listed_names = " ".join(ws)
        if "," in listed_names and " and " not in listed_names:  # "CostX, WinQS"
            before, _, last_name = listed_names.rpartition(", ")
            listed_names = f"{before} and {last_name}"
        return f"I have experience with {listed_names}"  # "React Native and Node.js"
    if key in HOLDINGS or (key.endswith("ship") and "V" not in tags):
        return _have(ws)
    if key in STATES and (not following or bare(following) in PREPOSITIONS | {"and", "to"}):
        return f"I am {phrase}"

    if "J" in tags and following and all(is_name(w) and "/" in w for w in ws[1:]):
        return f"I am {lower_first(first)}"  # "bilingual EN/ES": the codes add little
    before_bracket = ws[: next((i for i, w in enumerate(ws) if w.startswith("(")), None)]
    if (
        key in STATES
        and len(before_bracket) <= 4
        and all(is_noun_like(w) or w[:1].isupper() for w in before_bracket[1:])
        and (is_person_noun(before_bracket[-1]) or is_name(before_bracket[-1]))
    ):
        return f"I am {article_for(first)} {phrase}"  # "qualified CA" -> "I am a qualified CA"
    if key in ("is", "are", "am"):
        return "I am " + " ".join(ws[1:]) if len(ws) > 1 else None
    if key in ("has", "have"):
        return "I have " + " ".join(ws[1:]) if len(ws) > 1 else None
    if key in ("had", "was") and len(ws) > 1:
        return "I " + " ".join([key, *ws[1:]])
    if "Z" in tags and not tags & {"V"}:
        return " ".join(["I", lexicon.inflect(key, "VBP"), *ws[1:]])
    gerund_compound = "N" in tags and "G" in tags_of(following) and not is_name(following)
    adjective_first = {"J", "V"} <= tags and "D" not in tags and "S" in tags_of(following)
    if adjective_first and len(ws) >= 3 and _activity(ws[-1]) and _a_field(ws, ws):
        return f"I have experience in {lower_first(phrase)}"  # "minor ailments prescribing"
    wound = "N" in tags and "D" in tags and lexicon.lemma(key) not in (None, key)
    then = bare(ws[2]) if len(ws) > 2 else ""
    if wound and _singular_noun(following) and "S" not in tags_of(then):  # "drove school buses"
        return f"I have experience in {lower_first(phrase)}"  # "wound care", not "I wound"
    if (
        tags & {"D"}
        and not gerund_compound  # "cost cutting on Snowflake"
        and (not following or starts_object(following) or bare(following) == "to")
    ):
        return f"I {_the_after_verb(phrase)}"
    if "P" in tags and following and bare(following) in PREPOSITIONS:
        dated = re.search(r"(?<!since )\b(?:in )?(?:19|20)\d\d$", phrase)
        if dated and (key in STATES or key in _DONE_TO_ONE):
            return f"I was {phrase}"  # "published in JoL in 2023": then, not now
        if key in STATES or "D" not in tags:
            return f"I am {phrase}"
        return f"I {phrase}"  # "launched in 4 EU markets"
    head = ws[: _head_index(ws) + 1]
    if "G" in tags and not is_name(first) and not is_person_noun(head[-1]):
        if bare(first) in ("acting", "interim"):
            return None  # "acting charge nurse nights ~6 months": a role, not an activity
        if len(ws) > 1 and bare(ws[1]) in _PAPERS:
            return None  # "Driving licence A2 + tractor": a licence, not an activity
        if bare(first) in ("sitting", "taking") and _MONTHS_AHEAD.search(phrase):
            return f"I am {phrase}"  # "sitting for RNC-OB in March": an exam ahead
        return f"I have experience {phrase}"
    if _plural_people(head):  # "anxious patients", "first-time buyers"
        return f"I have experience with {lower_first(phrase)}"
    if is_person_noun(head[-1]) and all(is_noun_like(w) or "G" in tags_of(w) for w in head):
        if bare(head[-1]) in _UNIQUE_ROLES and len(head) == 1 and len(ws) > 1:
            return f"I am {phrase}"  # "president of the Oxford Consulting Society"
        return f"I am {article_for(ws[0])} {phrase}"  # "team player", "maintainer of a library"
    compound = (
        "N" in tags
        and following
        and (  # "budget planning", "section 18A compliance"
            _singular_noun(following)
            or following[:1].isdigit()
            or is_name(following)
            or _unknown_noun(following)
        )
    )
    noun_then_preposition = "N" in tags and bare(following) in PREPOSITIONS  # "experience in"
    verb_first = "V" in tags and following and not compound and not noun_then_preposition
    if verb_first and (starts_object(following) or bare(following) in PREPOSITIONS):
        return f"I {_the_after_verb(phrase)}"
    since = len(ws) >= 4 and bare(ws[-2]) == "since" and bare(ws[-3]) in STATES
    if since:  # "HCPC registered since 2021" -> "I have been HCPC registered since 2021"
        return f"I have been {' '.join(ws)}"
    if ws[-1] and bare(ws[-1]) in STATES and len(ws) <= 4:
        return f"I am {' '.join(ws)}"  # "CPA licensed", "ACLS certified"
    if "J" in tags and (not following or bare(following) in PREPOSITIONS | {"and", "with"}):
        return f"I am {phrase}"
    if bare(head[-1]) in DEGREES or bare(head[-1]) in HOLDINGS:
        return _have(ws)  # "master's in statistics", "strong background in nursing"
    last = bare(head[-1]) if len(head) >= 2 else ""
    # an unknown word ending the head is a technical noun ("flow cytometry", "Div 7A"); a year is not
    technical = any(c.isalpha() for c in last) and not lexicon.known(last) and not is_name(head[-1])
    if len(head) == 2 and "S" in tags and bare(head[1]) in _WITH_WHOM:
        after = " ".join(ws[2:])  # "parents communication" -> "communication with parents"
        return f"I have experience in {bare(head[1])} with {lower_first(first)}" + (
            f" {after}" if after else ""
        )
    if is_noun_like(first) and len(head) >= 2 and (_activity(head[-1]) or technical):
        if key in _AT_EASE and "G" in tags_of(ws[1]):
            return f"I am {phrase}"  # "comfortable presenting to committees"
        if "J" in tags and "N" not in tags:  # "strong stakeholder management" -> "... skills"
            return f"I have {' '.join([lower_first(w) for w in head[:1]] + head[1:])} skills"
        if _SPEED.search(phrase):
            return None  # "site activation in 6 weeks": a feat, not a field
        if not _a_field(ws, head):
            return None  # "acting charge nurse nights about 6 months": notes, not a field
        return f"I have experience in {lower_first(' '.join(ws))}"  # "budget planning"
    return None


# Words for being at ease with a thing: "comfortable presenting", not "comfortable presenting
# skills".
_AT_EASE = frozenset("comfortable confident happy used experienced skilled".split())

# Words that say where a thing stands, not what one has done: "OA inscription in progress".
_STANDING = frozenset("progress pending ongoing underway awaiting tbc tbd soon".split())


def _a_field(ws: list[str], head: list[str]) -> bool:
    """Whether "experience in" can take these words: a field, perhaps with a short phrase
    after it ("budget planning for NGOs"), never a person, a status, a figure or an aside."""
    rest = ws[len(head) :]
    before_comma = ws[: next((i + 1 for i, w in enumerate(ws) if w.endswith(",")), len(ws))]
    if finite_verb_index(before_comma) is not None:
        return False  # "Dr. Smith trained me in ECMO": a sentence of its own, not a field
    if ws and (ws[0][:1].isdigit() or bare(ws[0]) in NUMBER_WORDS):
        return False  # "2 seasons pitchside with a rugby club": a count, not a field
    named = [w for w in head if not any(c.isdigit() for c in w)]  # "supervisor 2x": a count
    if any(bare(w) in _STANDING for w in ws) or (named and is_person_noun(named[-1])):
        return False  # "cashier Melcom": a job; "minor ailments prescribing" is a field
    if any("%" in w for w in ws):
        return False  # "amine unit debottleneck, +12% throughput": a feat, not a field
    if head[-1].endswith(","):  # "user research, ran 40+ interviews": a clause of its own follows
        after = ws[len(head)] if len(ws) > len(head) else ""
        return not after or (is_verb(after, "VD") and not is_noun_like(after))
    if " and " in f" {' '.join(ws)} " and _role_after_and(" ".join(ws)):
        return False  # "specimen reception and lab assistant": a job, not a field
    opens = rest[0] if rest else ""
    joined = " ".join(rest)
    if re.search(r",\s+\d", joined):
        return False  # "rotation on placement, 40 supervised crossmatches signed off": notes
    if "(" in joined and re.search(r"\d+\s+(?:years?|months?)\b", joined):
        return False  # "daily standups with UK client for 2 years (English C1)": notes
    return not rest or (
        (bare(opens) in PREPOSITIONS | {"and"} or opens.startswith("(")) and len(rest) <= 8
    )


_SPEED = lazy(r"\b(?:in|within|under)\s+\d+\s+(?:days?|weeks?|months?|hours?)\b")


# People a candidate serves: "anxious patients", "first-time buyers", "younger learners".
_SERVED = frozenset(
    """patients clients customers children families students learners users buyers tenants
    residents members guests visitors travellers passengers pupils adults teenagers""".split()
)


def _plural_people(head: list[str]) -> bool:
    return (
        len(head) >= 2
        and bare(head[-1]) in _SERVED
        and "J" in tags_of(head[0])
        and not is_name(head[0])
    )


# Roles held by one person at a time: "president of the society", never "a president of".
_UNIQUE_ROLES = frozenset(
    "president chair chairperson captain head founder cofounder co-founder treasurer secretary".split()
)
_LANGUAGE_LEVEL = frozenset(
    """fluent conversational native basic intermediate advanced business-level professional
    working proficient""".split()
)


# Things one has a number of: "2 first author papers" -> "I have two first author papers".
_POSSESSED = frozenset(
    """papers publications patents awards prizes certifications degrees apps books articles
    talks grants""".split()
)
# Verbs of a result, written after what they changed: "month-end close cut from 8 to 4 days".
_RESULTS = frozenset(
    "cut reduced grew increased raised doubled halved lowered improved automated delivered".split()
)


def _achievement(ws: list[str]) -> str | None:
    """'month-end close cut from 8 to 4 days' -> 'I cut the month-end close from 8 to 4 days'."""
    for i, word in enumerate(ws[1:4], start=1):
        if bare(word) in _RESULTS and all(is_noun_like(w) for w in ws[:i]):
            what = " ".join([lower_first(ws[0]), *ws[1:i]])
            article = "" if bare(ws[0]) in DETERMINERS or ws[i - 1].endswith("s") else "the "
            return f"I {bare(word)} {article}{what} {' '.join(ws[i + 1 :])}".rstrip()
    return None


def _names_only(ws: list[str]) -> bool:
    """True for a list of tools or products: "SQL, Python and dbt", "React Native and Node.js"."""
    joined = " ".join(ws)
    covered = [False] * len(joined)
    for found, end in matches("words", "canonical", joined):
        covered[end - len(found) : end] = [True] * len(found)
    at, rest = 0, []
    for word in ws:
        start = joined.index(word, at)
        at = start + len(word)
        rest.append("TOOL" if all(covered[start:at]) else word)
    return all(is_name(w) or bare(w) in ("and", "&", "", "/", "+") for w in rest) and any(
        is_name(w) for w in rest
    )


def _language(ws: list[str]) -> str | None:
    """'conversational French' -> 'I speak conversational French'; 'fluent Irish' likewise."""
    languages = word_set("words", "languages")
    if any(bare(w).replace(".", "") in DEGREES for w in ws):
        return None  # "BA English": a degree in the language
    spoken = [w for w in ws if bare(w) in languages]
    if len(spoken) == 1 and all(bare(w) in languages or is_name(w) for w in ws) and len(ws) > 1:
        level = " ".join(w for w in ws if w not in spoken)  # "JLPT N2 Japanese"
        return f"I speak {spoken[0]} ({level})"
    if bare(ws[-1]) in languages and all(
        bare(w) in _LANGUAGE_LEVEL or bare(w) in languages or bare(w) in ("and", "&") for w in ws
    ):
        return "I speak " + " ".join([lower_first(ws[0]), *ws[1:]])
    return None


_LABELLED = lazy(r"^([^:]{2,30}):\s+([^:]{2,40})$")
_MONTHS_AHEAD = lazy(rf"\b(?:in|next|this) (?:{MONTHS}|month|week|spring|summer|autumn|winter)\b")
# "informed consent + safeguarding training": training in them.
_TRAINING = lazy(r"^(?P<what>[A-Za-z][\w -]*?)\s+training$")
# "PhD proposal drafted": a thing, then what the candidate did to it.
_DONE_LAST = lazy(
    r"^(?P<what>[A-Za-z][\w -]{2,40}?)\s+(?P<done>drafted|submitted|written|prepared|completed)$"
)
_DEGREE_KIND = lazy(r"\b([A-Z][A-Za-z.]{1,5})\s*\((?:Tech|Hons|Econ|Eng|Sci|Arch|Ed)\.?\)")
_DEGREE_CLASS = lazy(
    r",?\s*(?:with\s+)?(?:a\s+)?(?:(?:1st|first|2nd|second|3rd|third)(?:\s+(?:class|upper|lower))*"
    r"|2[:.][12]|upper second|lower second|distinction|merit|(?:summa |magna )?cum laude|"
    r"gpa\s*[\d.]+(?:/[\d.]+)?)(?:\s+(?:honours|hons))?\.?$",
    re.I,
)
_LEVEL = lazy(
    r"^(?:[ABC][12]|N[1-5]|(?:TOPIK|JLPT|HSK|DELE|DELF|DALF|IELTS|TOEFL|TestDaF|Goethe)"
    r"(?:\s+\S+)?|\d(?:\.\d)?)$",
    re.I,
)


def _languages_listed(text: str) -> str | None:
    """'polish B2, english C1, ukrainian native' -> 'I speak Polish (B2), English (C1) and
    Ukrainian (native)': each item a language, with its level if one is given."""
    languages = word_set("words", "languages")
    items = [i.strip() for i in re.split(r",\s*|\s+and\s+", text) if i.strip()]
    spoken = []
    known = 0
    for item in items:
        words = item.split()
        names = [w for w in words if bare(w) in languages]
        known += bool(names)
        if (
            not names
            and len(words) == 1
            and words[0][:1].isupper()
            and not lexicon.known(bare(words[0]))
        ):
            names = words  # "Oshiwambo, Afrikaans, English": a language no list has yet
        level = " ".join(w for w in words if w not in names)
        if len(names) != 1 or (
            level and not _LEVEL.match(level) and bare(level) not in _LANGUAGE_LEVEL
        ):
            return None
        name = names[0][:1].upper() + names[0][1:]
        spoken.append(f"{name} ({level})" if level else name)
    if len(spoken) < 2 or known < 2:
        return None
    return "I speak " + ", ".join(spoken[:-1]) + " and " + spoken[-1]


_TAIL = lazy(r",\s+(?:literally|basically|same|like|kind of|sort of)\b.*$", re.I)


def _short_tail(text: str, keep: bool = False) -> str:
    """A note's trailing aside: ", SA mining", ", Edinburgh 2025", ", Brown for me".

    About oneself (``keep``: a strength, the wish, news) an aside is often the substance
    ("11 yrs legal secretary, civil litigation"), so it stays, in brackets; a date or a place
    with its year goes. Elsewhere (rapport, a topic) it goes.
    """
    kept: list[str] = []
    while True:
        shorter, tail = _one_short_tail(text, lists=keep)
        if shorter == text:
            break
        text = shorter
        dated = re.search(r"\b(?:19|20)\d\d\b", tail)
        where = re.search(r"\bin [A-Z]", tail)  # "circuit in Loughborough": where, for yourself
        if keep and tail and not dated and not where:
            kept.insert(0, tail)  # "civil litigation": the substance, in brackets
    return f"{text} ({', '.join(kept)})" if kept else text


def _one_short_tail(text: str, lists: bool = False) -> tuple[str, str]:
    if ", " in text:
        found = _TAIL.search(text)
        if found:
            return text[: found.start()], ""
    head, sep, tail = text.rpartition(", ")
    kept = tail.startswith("with ") or ")" in tail or head.count("(") > head.count(")")
    kept = kept or (  # the tail of a strength stays in brackets, so it need not end on its noun
        bool(head.split()) and describes_one_noun(head.split()[-1], tail.split(), to_its_noun=False)
    )
    listed = lists and bool(head) and is_name(head.split()[-1])
    kept = kept or (  # "Go, Kafka, Postgres", "MAS-II, Exam 5"
        listed and all(is_name(w) or w.isdigit() for w in tail.split())
    )
    if sep and head and not kept and 1 <= len(tail.split()) <= 3 and " and " not in tail:
        tail_words = tail.split()
        if not any(is_verb(w, "VDZG") and not is_noun_like(w) for w in tail_words):
            return head, tail
    return text, ""


# The last word of these names a qualification: "I have a master's in statistics".
DEGREES = frozenset(
    """master's masters bachelor's bachelors degree diploma certificate mba phd msc bsc ba ma
    llb llm mphil doctorate qualification accreditation meng beng bcom mcom bsc(hons) btech mtech
    bed med mres dphil edd dnp psyd jd md dds pharmd hnd hnc bmls mbbs mbchb bds bvsc bpharm bsn
    bnsc bscn""".split()
)
_ACTIVITY_ENDINGS = ("ment", "tion", "sion", "ing", "ship", "ance", "ence", "ysis", "ics")


_WITH_WHOM = frozenset("communication liaison engagement relations".split())
# Fields of work without an activity ending: "level design", "UX research", "tier 2 support".
_FIELDS = frozenset(
    "design research support audit sales care review strategy tax law repair repairs".split()
)


def _activity(word: str) -> bool:
    key = bare(word)
    if key in _FIELDS:
        return True
    if key.endswith("s") and key[:-1].endswith(("ment", "tion", "sion", "ysis")):
        key = key[:-1]  # "Care Act assessments"
    return key.endswith(_ACTIVITY_ENDINGS) and not key.endswith(("thing", "king"))


def _head_index(ws: list[str]) -> int:
    """Where the head of a simple noun phrase is: the last word before a preposition (an
    acronym is not one: "Ind AS transition"), a bracket or a comma."""
    for i, word in enumerate(ws):
        if i == 0:
            continue
        acronym = word.isupper() and len(word) > 1
        if word.startswith("(") or ws[i - 1].endswith(","):
            return i - 1
        if (bare(word) in PREPOSITIONS or bare(word) in ("and", "or")) and not acronym:
            return i - 1
    return len(ws) - 1


# Endings of nouns of a field, for words the lexicon does not know ("cytometry", "pharmacokinetics").
_NOUN_ENDINGS = ("metry", "graphy", "ology", "omics", "osis", "ysis", "tics", "ation", "ment")


def _unknown_noun(word: str) -> bool:
    key = bare(word)
    return key.isalpha() and key.endswith(_NOUN_ENDINGS) and not lexicon.known(key)


def _singular_noun(word: str) -> bool:
    tags = tags_of(word)
    return "N" in tags and not tags & {"S", "J"} and not is_name(word)


def _modifier_noun(word: str) -> bool:
    """A noun the lexicon also files as an adjective, before another noun: "afternoon shift"."""
    return "N" in tags_of(word) and not is_name(word) and not word.endswith(",")


# Plural in meaning though singular in form: a verb takes them without "the".
_NOT_COUNTED = frozenset("people staff personnel headcount".split())

_MAKING = frozenset(
    "built created developed designed wrote launched founded started introduced set prototyped".split()
)


_MEASURED = lazy(r"\d[\d.,]*-[a-z]+(?:-[a-z]+)?")


def _many(word: str) -> bool:
    """ "buses", not "class": a word that ends as a plural does."""
    return word.endswith("s") and not word.endswith("ss")


def _the_after_verb(phrase: str) -> str:
    """'led migration to AWS' -> 'led the migration to AWS'; 'built churn model for a telco' ->
    'built a churn model for a telco': a note keeps the articles notes to self drop."""
    ws = phrase.split()
    end = 1
    if len(ws) > 2 and ws[1][:1] in "£$€" and bare(ws[2]) not in PREPOSITIONS:
        return " ".join([ws[0], "a", *ws[1:]])  # "managed £1.2m paid social budget"
    if len(ws) > 2 and _MEASURED.fullmatch(ws[1]):  # "led 6-person helpdesk": a size, a thing
        cut = next((i for i in range(2, len(ws)) if bare(ws[i]) in PREPOSITIONS), len(ws))
        heads = [bare(w) for w in ws[2:cut]]  # "72-passenger school buses downtown Oshawa"
        plural = any(_many(w) and "S" in tags_of(w) for w in heads) or (
            bool(heads) and _many(heads[-1])
        )
        if cut > 2 and not plural:
            return " ".join([ws[0], article_for(ws[1]), *ws[1:]])
    while end < len(ws) and (
        _singular_noun(ws[end])
        or (_modifier_noun(ws[end]) and end < len(ws) - 1 and _singular_noun(ws[end + 1]))
        or (end < len(ws) - 1 and (is_name(ws[end]) or ws[end].isdigit()))
    ):
        end += 1
    if end > 1 and bare(ws[1]) in _NOT_COUNTED:
        return phrase  # "managed people across 3 sites": no "the" before people
    if len(ws) > 1 and bare(ws[1]).endswith(("ogy", "ics", "istry", "graphy")):
        return phrase  # "taught Dendrology at UPLB": a field of study

    at_end = end == len(ws) or ws[end - 1].endswith(",")
    if end == 1 or (not at_end and end < len(ws) and bare(ws[end]) not in PREPOSITIONS):
        return phrase
    if any(c.isdigit() for c in ws[1]) or bare(ws[1]) in _COUNT_WORDS:
        return phrase  # "raised R4.2m from donors", "mentored 2 APMs": an amount, not a thing
    # "managed team of 9": one of many such teams, "a team of 9"
    counted = end < len(ws) - 1 and bare(ws[end]) == "of" and _a_count(ws[end + 1])
    article = article_for(ws[1]) if bare(ws[0]) in _MAKING or counted else "the"
    return " ".join([ws[0], article, *ws[1:]])


def _a_count(word: str) -> bool:
    return word[:1].isdigit() or bare(word) in NUMBER_WORDS


def _institution(word: str) -> bool:
    """An acronym that names a university: "UoN", "UCL", "MIT", "IIT" (two capitals or more)."""
    core = word.strip(",.")
    return sum(c.isupper() for c in core) >= 2 and len(core) <= 6 and core.isalpha()


def _have(ws: list[str]) -> str:
    """Something the candidate has: "I have a background in nursing", "I have an MBA"."""
    phrase = " ".join([lower_first(ws[0]), *ws[1:]])
    head = bare(ws[_head_index(ws)])
    if bare(ws[0]) not in DETERMINERS and (needs_article(ws) or head in DEGREES - {"masters"}):
        phrase = f"{article_for(ws[0])} {phrase}"
    return f"I have {phrase}"


_INCLUDING = lazy(r",\s+including\s+([\w-]+)")
# "I used to writing decisions": what one is used to takes "am" ("I used to write" is a past).
_USED_TO = lazy(r"^I used to (?=[a-z]+ing\b)")


def _formal(clause: str) -> str:
    """'I'm good with numbers' -> 'I am good with numbers': a note to an employer spells it out."""
    for short, full in (
        ("I'm ", "I am "),
        ("I've ", "I have "),
        ("I’m ", "I am "),
        ("I’ve ", "I have "),
    ):
        if clause.startswith(short):
            return full + clause[len(short) :]
    return clause


_DURATION = lazy(
    r"\b(?:for (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
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


def _present_perfect(clause: str) -> str:
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
    if clause.startswith("I have a") and " since " in clause:
        return "I have had " + clause[7:]  # "I have a scooter since October"
    since_then = re.search(r" since (?:I was|the age of|age) \d", clause)  # a time, not a date
    if since_then and len(ws) > 2 and ws[0] == "I" and lexicon.tags(ws[1].lower()) & {"D"}:
        participle = lexicon.inflect(ws[1].lower(), "VBN")  # "I fixed bikes since I was 14"
        return " ".join(["I", "have", participle, *ws[2:]])
    return clause


def _since_then(clause: str) -> str:
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


def to_reader(text: str) -> str:
    """The interviewer as "you" (see :mod:`.person`), or :class:`Unusable` if unclear."""
    try:
        return _shift(text)
    except Ambiguous as exc:
        raise Unusable(
            f"it speaks of someone as “{exc}”, and in a note to them it may not mean them; "
            "write it with “you” if it is about them"
        ) from None


_IN_ROLE = lazy(
    r"^(?P<prep>as|on|at|in|during|for|with)\s+(?P<what>(?:\S+\s+){0,5}?\S+)\s+(?P<clause>i\s+.+)$",
    re.I,
)


def read_answer(raw: str) -> Reading:
    """How the candidate answers a concern, as a clause: like a strength.

    An answer may open with where it happened: "as CRC I prepared for 20+ monitoring visits"
    reads "as a CRC, I prepared for more than 20 monitoring visits".
    """
    terms = _logistics(raw) or find("answer", "terms", raw)
    if terms:
        raise Unusable(
            f"it is about your notice, start date or terms (“{terms}”): the recruiter settles "
            "that; a thank-you note leaves it out"
        )
    private = find("answer", "private", raw)
    if private:
        raise Unusable(
            f"it is about your own or your family's health (“{private}”): a note leaves that "
            "out; say only what the reader needs (“I am available full time”)"
        )
    framed = _IN_ROLE.match(clean(raw)) if " i " in f" {raw.lower()} " else None
    if framed and not any(is_verb(w, "DZ") for w in framed.group("what").split()):
        clause = read_strength(framed.group("clause"))
        what = framed.group("what")
        if framed.group("prep").lower() == "as" and bare(what.split()[0]) not in DETERMINERS:
            what = f"{article_for(what)} {what}"  # "as CRC" -> "as a CRC"
        return Reading("clause", f"{framed.group('prep').lower()} {what}, {clause.text}")
    answer = read_strength(raw)
    singular = {"he", "she", "him", "his", "her"} & {bare(w) for w in answer.text.split()}
    if singular:  # "... and showed him after lunch": the reader ("their" is other people)
        return Reading(answer.shape, to_reader(answer.text))
    return answer


# ---------------------------------------------------------------- topics and questions

_DIRECT_QUESTION = lazy(
    r"^(?P<wh>how|what|why|when|where|which|who)(?:'s|\s+(?P<aux>do|does|did|is|are|was|were|"
    r"will|would|can|could|should|has|have))\s+(?P<rest>.+)$",
    re.I,
)


_YEAR_THEN_MONTH = lazy(rf"\b((?:19|20)\d\d) ({MONTHS})\b")
# "the discussion around my family": the candidate's own family, not a subject of the work.
_MY_FAMILY = lazy(
    r"\bmy (?:wife|husband|partner|kids?|children|family|son|daughter|parents|mother|father|"
    r"mum|mom|dad|brother|sister|cousin|uncle|aunt|auntie|niece|nephew|grandfather|grandmother|"
    r"grandparents)\b",
    re.I,
)
# "she supervised my cousin's thesis", "he taught my dad": their dealings with your family.
_DEALT_WITH = lazy(
    r"\b(?:supervised|supervises|taught|teaches|trained|hired|treated|mentored|interviewed|"
    r"examined|marked|employed|employs|knows|knew|worked with|works with) my\b",
    re.I,
)
# "she asked about my SCFHS exam": the candidate's own exam, not a subject they discussed.
_MY_EXAM = lazy(
    r"\bmy (?:\S+ ){0,2}(?:exam|exams|test|licensing exam)\b"
    r"|\b\d+\s*/\s*\d+\s+(?:correct|right|points?|marks?)\b",  # "triangulation test 5/6 correct"
    re.I,
)
# "his wife waited 2 hrs for an ambulance": their family's story, not a subject of the work
# ("his kid plays hockey for the Pats" is small talk a note may recall).
_THEIR_FAMILY = lazy(
    r"\b(?:his|her|their|your)\s+(?:wife|husband|partner|son|sons|daughter|daughters|kids?|"
    r"child|children|mother|mum|mom|father|dad|parents|brother|sister|baby|grandson|"
    r"granddaughter|grandchildren|family)\b",
    re.I,
)


# A tour they gave: "showed me round the kitchen", "gave us a tour of the plant".
_TOUR = lazy(
    r"^(?:(?:he|she|they|we|[A-Z][\w'’-]+(?: (?:and|\+|&) [\w ]{1,15}?)?) )?"
    r"(?:(?:showed|took|walked) (?:me|us) (?:a)?round|"
    r"(?:walked|took|carried) (?:the|his|her|their) (?:camera|phone|laptop) (?:a)?round|"
    r"gave (?:me|us) a tour of|(?:a )?tour of) (?P<place>\S.*)$",
    re.I,
)


# Lists of debrief.toml's [topics] whose words keep a topic out of a note, and why.
_NOT_RECALLED = (
    (
        "interview_questions",
        "it records an interview question or test (“{}”) rather than a conversation; a note "
        "does not recall it as a pleasant discussion",
    ),
    (
        "checks",
        "it is about a check of your health or of you (“{}”), which a thank-you note does not "
        "bring up, least of all to the person who ran it",
    ),
    (
        "their_life",
        "it is about their own life or plans (“{}”), which a thank-you note leaves to them to "
        "raise; name a subject of the work in a few words",
    ),
    (
        "who_they_hire",
        "it repeats a remark about whom they would rather hire (“{}”), which a note never puts "
        "in writing",
    ),
)


def read_topic(raw: str) -> Reading:
    """What was talked about, as a noun phrase (or a clause, or the candidate's exercise)."""
    if re.search(r"\w(?:->|→)\w|\d\s*(?:->|→)\s*\d", raw):  # "day->night", "380 -> 520"
        raise Unusable("it notes a change with an arrow; say what changed in words")
    text = _without_aside(clean(raw))
    logistics = _logistics(text)
    if logistics:
        raise Unusable(
            f"it is about pay or conditions (“{logistics}”), which a thank-you note never "
            "makes its highlight"
        )
    for key, why in _NOT_RECALLED:
        found = find("topics", key, text)
        if found:
            raise Unusable(why.format(found))
    own_family = _MY_FAMILY.search(text)
    if own_family:
        raise Unusable(
            f"it is about your family (“{own_family.group(0)}”), which a thank-you note does not bring "
            "up as a conversation; name a subject of the work in a few words"
        )
    relative = _THEIR_FAMILY.search(text)
    then = text[relative.end() :].split()[:1] if relative else []
    past = bool(then) and bare(then[0]) not in ("is", "are") and is_verb(then[0], "D")
    if relative and past and not is_noun_like(then[0]):
        raise Unusable(
            f"it tells what happened to their family (“{relative.group(0)} {then[0]}”), which a "
            "thank-you note leaves to them to raise; name a subject of the work in a few words"
        )
    exam = _MY_EXAM.search(text)
    if exam:
        raise Unusable(
            f"it is about an exam of yours (“{exam.group(0)}”), which a thank-you note does not "
            "bring up as a conversation"
        )
    process = find("topics", "process", text)
    if process:
        raise Unusable(
            f"it is about the hiring process (“{process}”): the plan times your follow-ups by "
            "it, and a thank-you note does not recall it as a conversation"
        )
    tour = _TOUR.match(text)
    if tour:  # "he took me round the yard": the tour itself is what a note thanks them for
        place = to_reader(_with_determiner(re.split(r"\s*[,;]|\s+[-–—]\s", tour["place"])[0]))
        if 1 <= len(place.split()) <= 6 and not _digits(place):
            return Reading("tour", place)
    text = _strip_reporting(text)
    text = _ONE_QUESTION.sub("", text)  # "one question, about diplomatic method": the subject
    text = re.sub(r"\s+and my (?:view|views|opinion|thoughts|take) on\b.*$", "", text)
    text = re.sub(r"(?<=\w)\s+(?:mostly|mainly|largely)(?=$|,)", "", text)  # "Gulf guests mostly"
    if re.search(r"\w qs?$", raw.strip(), re.IGNORECASE):
        text = re.sub(r" questions?$", "", text)  # "fatigue mgmt qs": what they asked about
    text = _YEAR_THEN_MONTH.sub(r"\2 \1", text)  # "the 2022 October flood": month, then year
    if " / " in text:  # "faculty association / collective agreement": both, in words
        text = re.sub(r"(?<=[a-z]{2}) / (?=[a-z]{2})", " and ", text)
    label, colon, subject = text.partition(": ")
    kind = bare(label.split()[-1]) if colon and label.split() else ""
    if kind in ("chat", "talk", "conversation", "discussion", "convo") and subject:
        text = subject  # "honest chat: long hours before Milan": what the chat was about
    elif kind in _KINDS_OF_POINT and 1 < len(subject.split()) <= 6 and not _digits(subject):
        text = subject  # "their Ofsted action point: transitions between rooms": the subject
    elif colon and (len(label.split()) <= 3 or ", " in subject):
        text = label  # "case study: triangle with a big shock loss": the case study
    described = _DESCRIBES.match(text)
    if described:
        raise Unusable(
            f"it describes the employer (“{described.group(0)}”) rather than naming something "
            "you talked about; write the subject (“the family business”)"
        )
    text = _MAYBE_TAIL.sub("", text)  # "transfers to the regional offices possible"
    if _SIZE_FACT.match(text):
        raise Unusable(
            "it is a figure about the team or the work, not something you talked about; name "
            "what you discussed about it instead"
        )
    if bare(text.split()[0]) in _GREETINGS:
        raise Unusable("it records a greeting, not something you talked about")
    if _YES_NO.match(text):
        raise Unusable(
            "it is their question as you noted it; write it as they said it, with its “?”"
        )
    text = re.sub(r"^([^,]+s) more than (\d+) years(?=,|$)", r"\1 more than \2 years old", text)
    trend = _TREND.match(text)
    if trend:  # "coroner cases going up": the rise in them (in self-harm: a problem, below)
        change = "rise" if trend["way"].lower() == "up" else "fall"
        text = f"the {change} in {trend['what']}"
    contrast = _CONTRAST.match(text) if " more " in f" {text.lower()} " else None
    if contrast and not contrast["who"]:
        raise Unusable("it notes a contrast in shorthand; say in words what should change")
    if contrast:  # "he wants less tricks more food": "more food and fewer tricks"
        text = _contrast(contrast)
    if bare(text.split()[0]) in ("if", "whether"):
        raise Unusable("it is a question they asked you, not something you learned from them")
    first_word = text.split()[0]
    subjectless = is_verb(first_word, "DZ") and bare(first_word) not in AUXILIARIES
    if subjectless and _participle_adjective(text.split()):
        subjectless = False  # "guided reading groups", "paid media strategy"
    done_there = subjectless and len(text.split()) > 2 and bare(text.split()[1]) in _WHERE_DONE
    if done_there and "G" not in tags_of(first_word):
        raise Unusable(  # "spoke in Vietnamese with me": what they did, not a subject
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    if subjectless and not is_noun_like(first_word) and not is_name(first_word):
        raise Unusable(
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    if text.endswith("?") or (is_wh(text.split()[0]) and _DIRECT_QUESTION.match(text)):
        text = _embedded(text.rstrip("?").strip())
    cut = _TOPIC_TAIL.split(text, maxsplit=1)[0].strip(" ,")
    if (" next " in cut or " this " in cut) and not _A_CLAUSE.search(cut):
        timeless = _WHEN_TAIL.sub("", cut)  # not from "the NIR machine they buy this year"
        end = timeless.split()[-1] if timeless.split() else ""
        if end and (is_noun_like(end) and bare(end) not in PREPOSITIONS):
            cut = timeless  # not "the switch to SAP planned for next year"
    last = bare(cut.split()[-1]) if cut.split() else ""
    if last not in AUXILIARIES and not (is_verb(last, "VDZ") and not is_noun_like(last)):
        if cut != text:
            while len(cut.split()) > 1 and bare(cut.split()[-1]) in _STRANDED:
                cut = cut.rsplit(" ", 1)[0]  # "board round at 9:30": the time went, so does "at"
        text = cut  # "the customer is mainly Nissan" keeps its verb's complement
        if text.lower() in _THEIR_PEOPLE:
            text = f"your {text.lower()}"  # "clients mostly from Japan": "your clients"
    ws = text.split()
    about_you = is_wh(ws[0]) and find("questions", "personal", text)  # "why leave Portugal"
    if (
        bare(ws[0]) == "why"
        and len(ws) > 1
        and bare(ws[1]) not in DETERMINERS | PRONOUNS
        and not is_clause(" ".join(ws[1:]))
    ):
        about_you = "why"  # "why aged care", "why Lisbon": your choice, asked of you
    if about_you or (
        is_wh(ws[0])
        and any(bare(w) in ("i", "i'm", "me", "my", "i've", "i'd", "i'll") for w in ws[1:])
    ):
        raise Unusable("it is about you rather than something you learned from them")
    if bare(ws[0]) == "to" and len(ws) > 1 and is_verb(ws[1], "V"):
        gerund = lexicon.inflect(bare(ws[1]), "VBG")
        return Reading("exercise", " ".join([gerund, *ws[2:]]))  # "asked me to write xpath"
    text = to_reader(text)
    text = re.sub(r"^the (.+) you did$", r"your \1", text)  # "the 2023 posters you did"
    exercise = find("topics", "exercises", text)
    mine = " I " in f" {text} " and _MADE_BY_ME.search(text)  # "the style guide I made"
    theirs = bare(text.split()[0]) in _SUBJECTS  # "you want someone to own the assessment"
    if (exercise or mine or bare(text.split()[0]) == "my") and not theirs:  # "my PhD topic"
        return Reading("exercise", _with_determiner(text))
    if len(text.split()) > 16:
        raise Unusable("it is too long to mention in a sentence; shorten it to a few words")
    first = text.split()[0]
    opens_with_gerund = "G" in tags_of(first) and not is_name(first)
    ws = text.split()
    if opens_with_gerund and len(ws) == 2 and bare(ws[1]) in _THINGS_AFTER_A_GERUND:
        return Reading("np", f"the {lower_first(text)}")  # "bottling line": a thing
    verbless = not any(is_verb(w, "VDZ") or bare(w) in PRONOUNS for w in ws[1:])
    if bare(first) in ("which", "what") and len(ws) > 1 and verbless:
        return Reading("np", f"the {' '.join(ws[1:])}")  # "which methods for spatial data"
    if is_wh(first) or (
        opens_with_gerund and not is_clause(text)
    ):  # not "housing is the hardest part"
        return Reading("np", lower_first(text))
    if sounds_negative(text):
        raise Unusable(
            "it reads as a statement of a problem, which a thank-you note does not dwell on; "
            "name the subject instead"
        )
    ws, last_tags = text.split(), tags_of(bare(text.split()[-1]))
    event = "D" in last_tags and not last_tags & {"P", "N", "S"}  # not "crew" (or "crow")
    if len(ws) > 1 and event and bare(ws[-2]) not in _WHO:
        raise Unusable(  # "patio heaters broke": an event, not a subject ("the plan you made" is)
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    embedded = _AND_WH.search(text) if " and " in text else None
    if embedded and finite_verb_index(text[: embedded.start()].split()) is None:
        return Reading("np", _with_determiner(text))  # "teaching load and how service counts"
    if is_clause(text) and not _noun_pile(text.split()) and " versus " not in text:
        head, comma, tail = text.partition(", ")
        if comma and tail.split() and is_verb(tail.split()[0], "V") and not is_clause(tail):
            text = head  # "your BOQs are still in Excel, want to move to CostX"
        return Reading("clause", _subject_article(lower_first(text)))
    done = is_verb(first, "VDZ") and not is_noun_like(first) and not first[:1].isupper()
    if len(ws) > 2 and first.islower() and "V" in tags_of(first) and acts_on_described(ws):
        gerund = lexicon.inflect(bare(first), "VBG")
        return Reading("np", " ".join([gerund, *text.split()[1:]]))
    if done and not _participle_adjective(text.split()):
        raise Unusable(
            "it says what happened, not what you talked about; write the subject in a few words"
        )
    owned = _OWNED.match(text)
    if owned:  # "company vision" -> "the company's vision": whose, not which
        return Reading("np", f"the {owned['owner'].lower()}'s {owned['what'].lower()}")
    return Reading("np", _with_determiner(_date_first(text)))


_GREETINGS = frozenset("hi hello hey bye goodbye".split())
# "can I teach in Korean eventually": their question, noted without its mark.
_YES_NO = lazy(
    r"^(?:can|could|will|would|do|does|did|should|is|are|have|has)\s+(?:i|you|we)\b", re.I
)
# "coroner cases going up": a trend, said as one.
_TREND = lazy(
    r"^(?P<what>[a-z][\w -]{2,40}?)\s+(?:going|gone|went)\s+(?P<way>up|down)(?:,.*)?$", re.I
)
# "less tricks more food", "more hands-on, less theory": two sides of a change, in note form.
_CONTRAST = lazy(
    r"^(?:(?P<who>.*?\b(?:want|wants|wanted|prefer|prefers|need|needs))\s+)?"
    r"(?P<q1>less|more|fewer)\s+(?P<one>(?!(?:and|or|than)\b)[\w-]+"
    r"(?:\s+(?!(?:and|or|than)\b)[\w-]+){0,2}),?\s+"
    r"(?P<q2>less|more|fewer)\s+(?P<two>[\w -]+)$",
    re.I,
)


def _counted(noun: str) -> bool:
    word = bare(noun)
    return "S" in tags_of(word) or (_many(word) and not word.endswith("ics"))


def _contrast(found: re.Match[str]) -> str:
    """ "you want less tricks more food" -> "you want more food and fewer tricks": what they want
    more of first, and "fewer" for things counted."""
    sides = [(found["q1"].lower(), found["one"]), (found["q2"].lower(), found["two"].strip())]
    if "," in found.group(0):
        sides = sides[:1]  # "more root cause" after a comma is a note's half: the first is enough
    sides.sort(key=lambda side: side[0] != "more")
    words = [
        f"{'fewer' if q == 'less' and _counted(what.split()[-1]) else q} {what}"
        for q, what in sides
    ]
    return f"{found['who']} {' and '.join(words)}"


_OWNED = lazy(
    r"^(?:the )?(?P<owner>company|team|firm|hospital|school|clinic|bank|agency|studio|lab|store|"
    r"hotel|group|practice|department|business) (?P<what>vision|culture|values|strategy|mission|"
    r"priorities|goals|direction|history)$",
    re.I,
)


# Nouns that are verbs too, after a gerund a thing the gerund names ("bottling line", "cleaning
# log", "training plan"), where "managing change" or "writing code" is an activity.
_THINGS_AFTER_A_GERUND = frozenset(
    "line log plan room area bay station dock desk lab floor site schedule rota sheet process "
    "procedure system machine unit kitchen chart".split()
)
# Words that only say what kind of point follows a colon ("action point: ...").
_KINDS_OF_POINT = frozenset(
    "point points issue issues finding findings focus priority priorities area areas gap gaps "
    "problem problems challenge challenges".split()
)


def _digits(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _noun_pile(ws: list[str]) -> bool:
    """'the fraud rules engine', 'recording lectures for accessibility', 'OT indents': the word
    a clause would hang on is also a plural noun, with no subject before it or a noun closing
    the line after it, so the line names a thing rather than saying something about it."""
    at = finite_verb_index(ws)
    if at is None or at == 0:
        return False
    if ws[at].endswith(","):
        return True  # "OT indents, emergency crash cart checking": a list of things
    verb = bare(ws[at])
    if verb in AUXILIARIES or len(verb) <= 3:
        return False
    plural = "S" in tags_of(verb) or (verb.endswith("s") and "N" in tags_of(verb[:-1]))
    later = any(is_verb(w, "VDZ") and not is_noun_like(w) for w in ws[at + 1 :])
    if not plural or later:
        return False  # "happen" in "design reviews happen weekly": the real verb is later
    subject = bare(ws[0])
    has_subject = subject in PRONOUNS or subject in DETERMINERS or subject.endswith("'s")
    has_subject = has_subject or is_name(ws[0])  # "Christmas recruitment starts October"
    last = at + 2 == len(ws) and is_noun_like(bare(ws[-1])) and "S" not in tags_of(bare(ws[-1]))
    return not has_subject or last or ws[at].endswith(",")


_AND_WH = lazy(r"\s+and\s+(?:how|what|why|when|where|whether|who)\b")


def _participle_adjective(ws: list[str]) -> bool:
    """'guided reading groups': a past participle before nouns describes them; 'took me up on
    the roof' and 'discussed the night shifts' are things done."""
    if len(ws) < 2 or len(ws) > 5 or bare(ws[0]) not in word_set("words", "described"):
        return False
    rest = [bare(w) for w in ws[1:]]
    if rest[0] in DETERMINERS or rest[0] in PRONOUNS or rest[0] in PREPOSITIONS:
        return False
    return all(is_noun_like(w) and "D" not in tags_of(w) for w in rest)


# A date after the noun it belongs to: "turnaround May 2027", "the audit 2024".
_TRAILING_DATE = lazy(
    r"^(?P<head>.*?\b[a-z][\w-]*)\s+(?P<when>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
    r"dec)[a-z]*\.?\s+)?(?:19|20)\d\d)$",
    re.I,
)


_INNER_DATE = lazy(
    r"^(?P<det>(?:the|our|your|their) )?(?P<head>(?:[a-z][\w-]* )*?(?P<last>[a-z][\w-]*)) "
    r"(?P<when>(?:19|20)\d\d) (?P<rest>(?:in|at|on|for|with) .+)$"
)


def _date_first(text: str) -> str:
    """'turnaround May 2027' -> 'May 2027 turnaround', as English puts a date in a noun phrase;
    not after a preposition ("in 2024") nor after a name ("Vision 2030")."""
    inner = _INNER_DATE.match(text) if not text[-4:].isdigit() else None
    if inner and is_noun_like(inner["last"]) and not inner["last"][:1].isupper():
        # "the red tide 2021 in Sohar" -> "the 2021 red tide in Sohar"
        return f"{inner['det'] or ''}{inner['when']} {inner['head']} {inner['rest']}"
    match = _TRAILING_DATE.match(text) if text[-4:].isdigit() else None
    if not match:
        return text
    ws, when = match.group("head").split(), match.group("when")
    last = ws[-1]
    if bare(last) in PREPOSITIONS or last[:1].isupper() or not is_noun_like(last):
        return text
    if bare(ws[0]) in DETERMINERS or bare(ws[0]) in PRONOUNS or ws[0].endswith("'s"):
        return " ".join([ws[0], when, *ws[1:]])
    return f"{when} {' '.join(ws)}"


# A year left at the end of a line with no word before it to say how it relates.
_BARE_YEAR = lazy(
    r"(\b(?!(?:in|since|of|from|by|to|until|till|for|and|or|during|after|before|around|"
    r"circa|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)\b)[a-z]+) ((?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)$",
    re.I,
)

# Who opens a clause inside a noun phrase: "the home HD programme you want to start".
# Prepositions after a verb in the past that make a line say what someone did: "spoke in".
_WHERE_DONE = frozenset("in with to about at".split())
_SUBJECTS = frozenset("you we they he she you're we're they're you've we've they've".split())

# Subjects that make a past tense part of a noun phrase: "the roadmap you drew".
_WHO = frozenset("i you we they he she who that which".split())

# "the style guide I made": the candidate's own work, recalled as their exercise.
_MADE_BY_ME = lazy(
    r"\bI (?:made|built|wrote|designed|did|created|prepared|presented|developed|drew|ran)\b"
)
# "the CASA PNG audit next month": when a thing named is due is the note's least concern; a
# clause keeps its time ("you are buying a new NIR machine this year"). A subject or a verb
# "to be" says the line has a clause.
_A_CLAUSE = lazy(r"\b(?:I|you|we|they|he|she|it|is|are|was|were)\b")
_WHEN_TAIL = lazy(
    r"\s+(?:from\s+)?(?:next|this)\s+(?:year|yr|month|week|quarter|semester|term|spring|summer|"
    r"autumn|fall|winter|season)$",
    re.I,
)
# Where a topic's note to self begins: "the CI on the cluster, gitlab runners", "their clients
# mostly NBFCs", "my PhD topic for 15 min".
_TOPIC_TAIL = lazy(
    r",\s+(?!and\b|or\b)|\s+(?:mostly|mainly|largely|esp|especially|e\.g\.|eg|i\.e\.|ie|incl|"
    r"including|then)\s+|\s+for\s+(?:\d+|a few|a couple of)\s*(?:min|mins|minutes|hrs?|hours)\b"
    r"|\s+(?:up|down)\s+(?:a lot|loads|massively|\d+%?)|\s+\d+:\d+\b"
    r"|(?<! of)\s+(?:about|around|approx\.?|~)\s*[$€£₹]?\d|\s+~[$€£₹]?\d"  # "deficit about $60M"
    r"|\s+(?:good|valid)\s+for\s+\d"  # "the eligible list good for 12 months"
    r"|\s+\d+(?:[.,]\d+)?\s?(?:ha|hectares?|acres?|km2|m2|sqm|tonnes?|tons|mw|kw)\b"  # "farm 40ha"
    # "DORA compliance by Jan", "dinner service 14 covers max", "repeat guests 40%": a date or
    # a figure noted down after the subject
    r"|\s+by\s+(?:(?:the\s+)?end\s+of\s+\w+|q[1-4]|20\d\d|jan|feb|mar|apr|may|jun|jul|aug|sept?|"
    r"oct|nov|dec|january|february|march|april|june|july|august|september|october|november|"
    r"december)\b|\s+\d+\s+\w+\s+(?:max|min|maximum|minimum)\b|\s+\d+(?:\.\d+)?%",
    re.I,
)
# The people a business serves, named alone once a tail is cut: theirs.
_THEIR_PEOPLE = frozenset(
    "clients customers patients students guests members users residents visitors suppliers "
    "buyers dealers tenants".split()
)
# "one question, about diplomatic method": how much was asked, before what it was about.
_ONE_QUESTION = lazy(
    r"^(?:only\s+)?(?:one|a|two|three|a few|some|1|2|3)\s+questions?,?\s+(?:about|on|re)\s+(?=\w)",
    re.I,
)
# "family owned", "Kraków based": how the employer is, noted down, not a subject.
_DESCRIBES = lazy(r"^[\w'’-]+(?:\s+|-)(?:owned|run|based|funded|operated|backed)(?=,|$)", re.I)
# "transfers possible": a note that something may happen; the subject is what comes before.
_MAYBE_TAIL = lazy(r"(?<=\w{3})\s+(?:possible|likely|maybe|tbc|planned|expected|pending)$", re.I)
# "team is 5 people", "~40 volunteers", "2 senior posts", "crews are 4 people": a figure, not a
# subject of conversation.
_SIZE_FACT = lazy(
    r"^(?:(?:about|around|over|nearly)\s+)?\d|^(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|has|have)\s+"
    r"(?:about\s+)?\d[\d,.]*\s+(?!%|per)[a-z]|^(?:the\s+)?(?:[\w-]+\s+)?(?:team|teams|crew|crews|"
    r"staff|department|unit|squad|office|chaplaincy|branch|practice|clinic|ward)\s+"
    r"(?:is|are|of|has|have)\s+(?:about\s+|around\s+|only\s+)?\d",
    re.I,
)
# Prepositions left stranded when what followed them was cut ("hand off" keeps its particle).
_STRANDED = frozenset("at from by with for to of until till before after".split())
_HOURS = lazy(
    r"\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\s?[-–]\s?\d{1,2}(?::\d{2})?\s?(?:am|pm)?\b"
    r"|\b\d{1,2}(?::\d{2})?\s?[-–]\s?\d{1,2}:\d{2}\b|\bhours?\s+\d|\b\d{1,2}(?::\d{2})?\s?(?:am|pm)\b"
    r"|\bstart(?:ing)?\s+(?:on\s+|in\s+)?\d{1,2}\b"  # "start 1. December or 15. December"
    # "start January 2027", "notice 1 month, start jan": a start date, said any way (not "the
    # first fix starting in January", a job's own start)
    r"|(?:^|(?<=,)|(?<=, ))start\s+(?:on\s+|in\s+|from\s+|early\s+|mid\s+|late\s+|end\s+of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:^|(?<=,)|(?<=, ))start\s+20\d\d\b"
    # "£14.60/hr", "3.6M won/month", "15k SGD a month": an amount for a time is pay
    # ("25 000 Ft / month": thousands set apart by a space, as much of Europe writes them)
    r"|(?:[£$€¥₹]\s?\d[\d,.]*\s?[kKmM]?|\b(?:\d{1,3}(?: \d{3})+|\d[\d,.]*)\s?[kKmM]?\s?"
    r"(?:usd|eur|gbp|sgd|aud|nzd|cad|inr|kes|zar|won|yen|rm|php|idr|vnd|huf|ft|pln|zł|zl|czk|kč|"
    r"ron|lei|try|tl|ngn|ghs|thb|myr|hkd|brl|mxn|ars|aed|sar|chf|sek|nok|dkk|kr))\s?"
    r"(?:/\s?|per\s+|an?\s+)(?:h|hr|hour|month|mo|year|yr|annum|week|wk|day)\b"
    r"|\b\d[\d,.]*\s?(?:/hr|/hour|per hour|an hour|p/h)\b",
    re.I,
)


def practical(raw: str) -> bool:
    """True for a topic about pay or conditions ("shifts, some wknds"): a note never names it."""
    try:
        return _logistics(clean(raw)) is not None
    except Unusable:
        return False


# "contract 1 yr then permanent", "2-year contract", "start jan": the terms of the job.
_TERMS_OF_THE_JOB = lazy(
    r"\bcontract\s+(?:of\s+|for\s+)?(?:\d+|one|two|three|six|twelve)(?:\s*\+\s*\d+)?[\s-]*"
    r"(?:years?|yrs?|months?)\b"
    r"|\bcontract\s+(?:from\s+|starts?\s+)?(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
    r"|^start(?:ing)?\s+(?:in\s+|on\s+|early\s+|mid\s+|late\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|"
    r"sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|"
    r"november|december|next|after|asap|immediately)\b"
    r"|\b(?:\d+|one|two|three|six|twelve)[\s-]*(?:years?|yrs?|months?)\s+contract\b"
    r"|\bseason\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\s*[-–]\s*\w+",
    re.I,
)


def _logistics(text: str) -> str | None:
    """The pay-or-conditions word of a topic, if it is about them ("hybrid cloud" is not)."""
    term = _TERMS_OF_THE_JOB.search(text)
    if term:
        return term.group(0)
    hours = _HOURS.search(text) if any(c.isdigit() for c in text) else None
    if hours:
        return hours.group(0)
    for found, end in matches("topics", "logistics", text):
        after = text[end:].split()
        if after and bare(after[0]) in word_set("topics", "not_logistics_after"):
            continue
        if after and bare(after[0]) == "of":
            continue  # "the benefits of pair programming"
        return found
    return None


def _subject_article(clause: str) -> str:
    """'hotel is 70% corporate' -> 'the hotel is 70% corporate': a note keeps the article."""
    ws = clause.split()
    verb = finite_verb_index(ws)
    if verb and verb >= 1 and wants_the(ws, verb - 1) and bare(ws[0]) not in DETERMINERS:
        return f"the {clause}"
    return clause


def _strip_reporting(text: str) -> str:
    """'discussed the night shifts' -> 'the night shifts'; 'she explained how triage works' too."""
    lowered = text.lower()
    subjects = sorted(word_set("report", "subjects"), key=len, reverse=True)
    for subject in subjects:
        if lowered.startswith(subject + " "):
            rest = text[len(subject) + 1 :]
            if _report_opener(rest):
                text, lowered = rest, rest.lower()
            break
    hedge, _, after = text.partition(" ")
    if hedge.lower() in _REPORT_ADVERBS and _report_opener(after):
        text = after  # "only asked about the auxiliary converter"
    opener = _report_opener(text)
    if opener:
        rest = text[len(opener) :].strip(" :,")
        again = _report_opener(rest)  # "talked" then "a lot about": "she talked a lot abt ..."
        if again and len(rest) > len(again):
            rest = rest[len(again) :].strip(" :,")
        for word in ("about ", "on ", "regarding ", "re "):  # "discussed about the lab"
            if rest.lower().startswith(word) and len(rest) > len(word):
                rest = rest[len(word) :]
        if rest:
            return rest
    return text


# Words before a reporting verb that say how much was said: "only asked about ...".
_REPORT_ADVERBS = frozenset("only just also mainly mostly briefly mostly really".split())


def _report_opener(text: str) -> str | None:
    lowered = text.lower()
    for opener in sorted(word_set("report", "openers"), key=len, reverse=True):
        if lowered.startswith(opener) and (
            len(lowered) == len(opener) or not lowered[len(opener)].isalnum()
        ):
            return text[: len(opener)]
    return None


def _embedded(question: str) -> str:
    """'how do they handle on-call' -> 'how they handle on-call': a question as a noun phrase."""
    match = _DIRECT_QUESTION.match(question)
    if not match:
        return question
    wh, aux, rest = (
        match.group("wh").lower(),
        (match.group("aux") or "is").lower(),
        match.group("rest"),
    )
    ws = rest.split()
    if aux in ("do", "does", "did"):
        subject_end = next(
            (i for i, w in enumerate(ws) if i > 0 and is_verb(w, "V")), 1 if len(ws) > 1 else None
        )
        if subject_end is None:
            raise Unusable("it is a question that does not read as a topic")
        subject, verb, after = ws[:subject_end], ws[subject_end], ws[subject_end + 1 :]
        if aux == "did":
            verb = lexicon.inflect(bare(verb), "VBD")
        elif aux == "does" and bare(subject[-1]) not in PRONOUNS:
            verb = lexicon.inflect(bare(verb), "VBZ")
        return " ".join([wh, *subject, verb, *after])
    if aux in ("is", "are", "was", "were"):
        last = tags_of(ws[-1])
        acting = "G" in last or ("P" in last and not last & {"N", "S"})
        if len(ws) > 1 and acting:
            return " ".join([wh, *ws[:-1], aux, ws[-1]])  # "how the new grads are doing"
        if wh == "how":
            return rest  # "how is the night log and the handover": the things themselves
        return " ".join([wh, *ws, aux])
    # modal or perfect: "how would they measure success" -> "how they would measure success"
    subject_end = 1
    return " ".join([wh, *ws[:subject_end], aux, *ws[subject_end:]])


def _with_determiner(text: str) -> str:
    """'ERP rollout' -> 'the ERP rollout'; 'feature store' -> 'the feature store';
    'data quality' and 'safeguarding' stay as written."""
    ws = text.split()
    first = bare(ws[0])
    if first in DETERMINERS or first.endswith("'s") or first in PRONOUNS:
        return lower_first(text) if not is_name(ws[0]) else text
    # "home HD programme you want to start": the thing comes before the clause about it
    who = next((i for i, w in enumerate(ws) if i > 1 and bare(w) in _SUBJECTS), len(ws))
    head = _head_index(ws[:who])
    participle = next(
        (
            i
            for i, w in enumerate(ws[1:], 1)
            if "G" in tags_of(w) and i <= head and (i < len(ws) - 1 or bare(w) in CHANGES)
        ),
        None,
    )  # "hotel opening a second outlet"; not "audit committee reporting", a kind of work
    if participle is not None and not is_name(ws[participle - 1]):
        head = participle - 1  # "hotel opening a second outlet": the hotel is the head
    named = len(ws) >= 2 and (is_name(ws[0]) or ws[0][:1].isdigit())
    if ws[head].isdigit() and head and is_name(ws[head - 1]):
        return text  # "IFRS 18", "ISO 9001": a standard by its number
    practice = bare(ws[head]).endswith(("ing", "ics"))  # "AML transaction monitoring"
    if named and not is_name(ws[head]) and "S" not in tags_of(ws[head]) and not practice:
        return f"the {text}"  # "ERP rollout", "Q3 roadmap", "HPC cluster migration to Slurm"
    exercise = find("topics", "exercises", text)
    if exercise and text.lower().startswith(exercise.lower()):
        return f"the {lower_first(text)}"
    if wants_the(ws, head):
        return f"the {lower_first(text)}"
    return lower_first(text)


# "client refuses shower, what do u do": a scenario noted down, then its question.
_SCENARIO_NOTED = lazy(
    r",\s*(?:what|how)\s+(?:do|would|will|should|to)\s+(?:u|you|i)?\s*(?:do|handle|respond)\b",
    re.I,
)
# A question put to the candidate about themselves, not a scenario ("What would you do if").
_ASKS_YOU = lazy(
    r"^(?:are you|can you|could you|would you|will you|do you|have you|when can you|"
    r"how do you feel about|what are your)\b",
    re.I,
)


def read_question(raw: str) -> Reading:
    """A question they asked, to quote; a line that is not a real question is read as a topic."""
    if _SCENARIO_NOTED.search(raw):
        raise Unusable(
            "it notes a scenario they put to you in shorthand; write the question as they asked "
            "it (“What would you do if a client refused a shower?”)"
        )
    text = clean(raw)
    looks_asked = text.endswith("?") or re.match(
        r"^(tell me|describe|walk me|give me|talk me|explain|how|what|why|when|where|can you|"
        r"could you|have you|would you)\b",
        text,
        re.I,
    )
    if looks_asked and len(text.split()) >= 4 and not mentions_third_person(text):
        personal = find("questions", "personal", text)
        if personal:
            raise Unusable(
                f"it asks about your own plans or circumstances (“{personal}”): quoted back in a "
                "note it raises the doubt again"
            )
        terms = _logistics(text) if _ASKS_YOU.match(text) else None
        if terms:  # "Are you willing to work nights and on holidays?": a screening question
            raise Unusable(
                f"it asks whether you accept the conditions (“{terms}”), which a thank-you note "
                "does not bring up again"
            )
        text = text[0].upper() + text[1:]
        opener = re.split(r"['’]", text.split()[0])[0]  # "What's"
        asks = is_wh(opener) or bare(opener) in AUXILIARIES
        if text[-1] not in "?.":
            text += "?" if asks else "."
        elif text[-1] == "." and asks:
            text = text[:-1] + "?"  # "What's one metric you'd give every unit director."
        return Reading("question", text)
    return read_topic(raw)


# ---------------------------------------------------------------- concerns

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


def read_concern(raw: str) -> Reading:
    """A doubt they raised, as what a note can name: "my Scala experience", "whether I have ..."."""
    found = _read_concern(raw)
    hands_on = " hands-on " in f" {found.text} " and not found.text.endswith(("experience", "work"))
    if found.text.endswith("facing") or hands_on:  # "not much client-facing", "no hands-on MRI"
        found = Reading(found.shape, f"{found.text} experience")
    try:  # "my experience with their EMR": the note goes to one of them
        return Reading(found.shape, _shift(found.text))
    except Ambiguous:
        return found


def _read_concern(raw: str) -> Reading:
    text = clean(raw).rstrip("?").strip()  # "never driven in winter w/ articulated?"
    asked = re.search(r"(?:^|,\s+)((?i:will|would|can|could)) I (\w.*)$", text)
    if asked:  # "I'm foreign, will I understand Albanian guests": the doubt is the question
        return Reading("whether", f"whether I {asked[1].lower()} {asked[2]}")
    text = re.sub(r",\s+(?:only|just|mostly|but|not)\b.*$", "", text)  # "..., only IC"
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
        if held in DEGREES or held in _PAPERS or held == "grant":  # "no PhD yet": not experience
            return Reading("whether", f"whether I have {article_for(one[0])} {shortfall}")
        named = len(one) == 1 and not one[0].isupper() and one[0].isalnum()  # not "my PE"
        named = named and (is_name(one[0]) or not lexicon.known(bare(one[0])))
        if named and bare(one[0]) not in word_set("words", "languages"):
            return Reading("np", f"my experience with {shortfall}")  # "no dbt": not "my dbt"
        return Reading("np", f"my {shortfall}")
    negated = _NEGATED.match(text) if bare(text.split()[0]) in _NEGATION_STARTS else None
    if negated:
        rest = negated.group("rest").split()
        verb = lexicon.inflect(bare(rest[0]), "VBN") if is_verb(rest[0]) else None
        if verb:  # "not done A-scan biometry on her own": the candidate's own, "my own"
            said = " ".join(["whether I have", verb, *rest[1:]])
            return Reading("whether", re.sub(r"\b(?:her|his|their|your) own\b", "my own", said))
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
    if first.startswith("over") or first.startswith("under") or first in ("too",):
        return Reading("whether", f"whether I am {lower_first(text)}")
    if first in ("my",) and not is_clause(text):
        return Reading("np", text)
    raise Unusable("it does not say plainly what the doubt was")


_NOT_DONE = re.compile(
    r"^I(?:'ve| have)? (?:did not|didn't|have not|haven't|never(?: have)?|not) "
    r"(?P<verb>[a-z]+)(?P<rest>(?: .*)?)$"
)


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
                return lower_first(rest)
    return None


def _first_person_words(ws: list[str]) -> list[str]:
    expanded = []
    for word in ws:
        key = bare(word)
        expanded.extend(
            {"i'm": ["I", "am"], "i'd": ["I", "would"], "i've": ["I", "have"]}.get(key, [word])
        )
    return expanded


# ---------------------------------------------------------------- rapport, wish, news

_BOTH = lazy(r"^both\s+(?P<rest>.+)$", re.I)
_FOUND_OUT = lazy(
    r"^(?:we\s+|i\s+)?(?:figured out|found out|realised|realized|discovered|learned|learnt|"
    r"it turns out|turns out|turned out)\s+(?:that\s+)?",
    re.I,
)


def read_rapport(raw: str) -> Reading:
    """A personal connection, as a clause ("we are both from Cork") or a noun phrase."""
    parts = clean(raw).split(", ")
    if len(parts) > 1 and not any(w in f" {parts[0].lower()} " for w in _SHARED):
        # "he's Hungarian, studied in Mannheim too, we had the same stats prof": what is shared
        ours = next((p for p in parts[1:] if p.lower().startswith(("we ", "both "))), None)
        raw = ours or raw
    text = _short_tail(_without_aside(clean(raw)))
    head, _, tail = text.partition(", ")
    if tail and is_verb(tail.split()[0], "D") and not is_noun_like(tail.split()[0]):
        text = head  # "both from Wrocław originally, talked about the dwarf statues"
    if bare(text.split()[0]) in _FOUND_STARTS:
        text = _FOUND_OUT.sub("", text).strip()
    sensitive = find("rapport", "sensitive", text)
    if sensitive:
        raise Unusable(
            f"it touches on illness or loss (“{sensitive}”): a thank-you note leaves that to "
            "them to raise"
        )
    family = _MY_FAMILY.search(text) if _DEALT_WITH.search(text) else None
    if family:  # "she supervised my cousin's thesis": a tie a note would seem to lean on
        raise Unusable(
            f"it ties them to your family (“{family.group(0)}”), which a note would seem to lean "
            "on; leave it to them to raise"
        )
    lowered = f" {text.lower()} "
    if _SAID_OF_ME.match(text):
        raise Unusable(
            "it reports what they said of you, which a note does not repeat back to them; "
            "write what you share (“we both …”)"
        )
    if lowered.startswith((" i ", " my ")) and not any(w in lowered for w in _SHARED):
        raise Unusable("it is about you alone; write what you share (“we both …”)")
    theirs = lowered.startswith((" his ", " her ", " their "))
    if theirs and not any(w in lowered for w in _SHARED):  # "his smoker is an Oyler pit"
        raise Unusable("it is about them alone; write what you share (“we both …”)")
    linked = set(re.findall(r"[a-z]+", raw.lower())) & _LINKED  # "..., I was in Trondheim"
    if lowered.startswith((" he ", " she ", " he's ", " she's ")) and not linked:
        raise Unusable("it is about them alone; write what you share (“we both …”)")
    both = _BOTH.match(text) if text.lower().startswith("both ") else None
    if both:
        rest = to_reader(both.group("rest"))
        if re.search(r"^(?:FC|AC|SC|CF|SL|AFC) |\b(?:FC|AFC|United)$", rest):
            return Reading("clause", f"we are both {rest} fans")  # "both FC Porto": a club
        studied = _STUDIED.match(rest)
        if studied:  # "both UConn math" -> "we both studied math at UConn"
            field = f" {studied.group('field')}" if studied.group("field") else ""
            return Reading("clause", f"we both studied{field} at {studied.group('place')}")
        rest_words = rest.split()
        after = rest_words[1] if len(rest_words) > 1 else ""
        takes_object = bool(after) and (tags_of(after) & {"G", "S"} or bare(after) in DETERMINERS)
        verb = is_verb(rest_words[0], "VDZ") and not rest_words[0][:1].isupper()  # "Stags ..."
        if verb and (not is_noun_like(rest_words[0]) or takes_object):
            return Reading("clause", f"we both {rest}")
        if rest.split() and rest.split()[-1] in _SCHOOL_WORDS:
            return Reading("clause", f"we both went to {rest}")  # "both Pretoria Boys High"
        return Reading("clause", f"we are both {rest}")
    text = _with_article(to_reader(text))
    ws = text.split()
    first = bare(ws[0])
    if len(ws) > 1 and is_name(ws[0]) and first != "i" and is_verb(ws[1], "DZ"):
        raise Unusable(  # "Kerry asked abt Irish language revival"
            "it tells what someone did, by name; write what you share (“we both …”)"
        )
    if _TALKED.match(text):
        raise Unusable("it says what you talked about, not what you share; write “we both …”")
    if done_while_there(text, mine=False):
        raise Unusable(
            "it tells what they did while you were there, which they know; write what you share "
            "(“we both …”)"
        )
    if first in ("we", "you", "i", "you're", "we're", "i'm") and len(ws) > 1:
        return Reading("clause", lower_first(text))
    if first in ("same",):
        raise Unusable(
            "it is a reminder to yourself; write it as a sentence (“we both studied at …”)"
        )
    if is_clause(text):
        return Reading("clause", lower_first(text))
    if is_verb(ws[0], "VDZ") and not is_noun_like(ws[0]):
        raise Unusable("it does not say who did what; write it as a sentence (“we both …”)")
    if bare(ws[-1]) in ("too", "also", "both"):  # "Rhinos fan too": whose? a sentence says
        raise Unusable("it does not say who shares it; write it as a sentence (“we both …”)")
    return Reading("np", _with_determiner(text))


_SHARED = (" too ", " also ", " same ", " both ", " we ", " us ", " our ", " you ")
# "we talked about the UTB workshop teacher": what was said, not what is shared.
_TALKED = lazy(r"(?:we|i) (?:talked|chatted|spoke|discussed)\b", re.I)
# "she said my accent is 'very Sabhal Mòr Ostaig'": their word on the candidate.
_SAID_OF_ME = lazy(
    r"^(?:he|she|they|you)\s+(?:said|says|told me|thinks|thought|liked|loved|joked)\b"
    r"(?:\s+that)?\s+(?:my|me|i|i'm|i’m)\b",
    re.I,
)
_SCHOOL_WORDS = frozenset("High School College University Academy Uni Poly Polytechnic".split())
_LINKED = frozenset("too also same both we us our you my i me like".split())
_BEING = lazy(r"^(?P<who>(?:you|we) (?:are|were)(?: also| both)?) (?P<what>[A-Z][\w' -]+)$")


def _with_article(text: str) -> str:
    """'you are also Wesley Girls old girl' -> '... also a Wesley Girls old girl': one of
    something takes its article."""
    match = _BEING.match(text)
    if not match:
        return text
    what = match.group("what").split()
    last = what[-1]
    if (
        len(what) < 2
        or bare(last).endswith("s")
        or "N" not in tags_of(last)
        or "J" in tags_of(last)
    ):
        return text
    return f"{match.group('who')} {article_for(what[0])} {' '.join(what)}"


# "UConn math", "UNAM", "IIT Bombay": a university, and what was studied there.
_STUDIED = lazy(
    r"^(?P<place>(?:[A-Z][\w&-]*[A-Z][\w&-]*|[A-Z]\w+ (?:University|College))(?: [A-Z]\w+)?)"
    r"(?: (?P<field>[a-z][a-z ]{2,30}))?$"
)
# ", he was ...", ", Darren was on about ...": a second thought about someone else.
_ASIDE_CLAUSE = lazy(
    r",\s+(?:(?i:he|she|they|i|we|you|it)(?:'s|\s)|[A-Z][a-z]+\s+(?:was|is|said|has|had|asked|"
    r"wanted|wants|kept|seemed)\b)"
)


def _without_aside(text: str) -> str:
    """'both played rugby at school, he was Grey College' -> the part before the aside."""
    match = _ASIDE_CLAUSE.search(text) if ", " in text else None
    return text[: match.start()] if match and match.start() > 0 else text


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


def read_wish(raw: str) -> Reading:
    """What they wish they had said, as a fact to add: a clause, or a noun phrase to mention."""
    if "->" in raw or "→" in raw:  # "the diesel -> battery loaders switch": cut, it says nothing
        raise Unusable("it notes a change with an arrow; say what changed in words")
    parts = re.split(r"\s+[-–—]+\s+", raw) if " -" in raw or " –" in raw or " —" in raw else []
    said = next(  # "fumbled the q - should have said SA came off the grey list"
        (p for p in parts[1:] if bare(p.split()[0]) in _WISH_STARTS and _WISH_OPENER.match(p)),
        None,
    )
    if said and _WISH_OPENER.match(said).end() > 0:  # type: ignore[union-attr]
        raw = said
    if _MEANT_TO_DO.match(raw.strip()):
        raise Unusable(  # "forgot to show the dummy for the fox book": a deed, not a fact
            "it says what you meant to do; say what you would add, as a fact (“I have a dummy "
            "of …”)"
        )
    opening = [bare(w) for w in raw.split()[:3]]
    opening = opening[1:] if opening[:1] == ["i"] else opening
    if opening[:1] and (
        opening[0] in _REGRETS or opening[:2] in (["messed", "up"], ["screwed", "up"])
    ):
        raise Unusable("it is a regret about how an answer went: a note does not dwell on it")
    text = _without_aside(clean(raw, keep_names_in_brackets=True))
    if _reservation(text):
        raise Unusable("it comes with a reservation: a note would overstate it")
    _no_right_to_work(text)  # "I have a valid working holiday visa until Aug 2027"
    text = _short_tail(_with_figures(text))
    if bare(text.split()[0]) in _WISH_STARTS:
        text = _WISH_OPENER.sub("", text, count=1).strip()
    text = _WISH_END.sub("", text)
    if not text:
        raise Unusable("it does not say what you would add")
    if mentions_third_person(text):
        raise Unusable("it speaks of someone in the third person; write it as what you would add")
    ws = text.split()
    first = bare(ws[0])
    if first in ("i", "i'm", "i've", "i'd") or (first in ("my", "our") and is_clause(text)):
        fixed = _first_person(text)
        if fixed:
            return Reading("clause", _formal(fixed))
    if (first in DETERMINERS or is_name(ws[0])) and is_clause(text):
        return Reading("clause", lower_first(text))  # "the model went to production"
    if first == "we" and len(ws) > 2 and is_clause(text):
        return Reading("clause", _formal(text))  # "we moved from Barthel to AusTOMs"
    if first in ("my", "our") or first in DETERMINERS:
        head, _, tail = text.partition(", ")
        if tail and bare(tail.split()[0]) in DETERMINERS:
            text = head  # "my solo cross-country to Le Touquet, the whole planning bit"
        return Reading("np", lower_first(text))
    clause = _first_person(text)
    if clause is None:
        raise Unusable("it does not read as something you would add (“I …”)")
    return Reading("clause", _formal(clause))


_RESULT = lazy(
    r"^(?:i\s+)?(?:got|received|have|had)\s+(?:my|the)\s+(?P<what>.+?)\s+results?\b"
    r"(?:\s*[-–—:,]+\s*(?:i\s+)?(?P<passed>passed|qualified)\b)?",
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


# "I got my Safety Care trainer certification": "gained", as a note to an employer says it.
_GOT_A_PAPER = lazy(
    r"^(I )got(?= my (?:[\w-]+ ){0,4}(?:certification|certificate|licence|license|degree|"
    r"diploma|qualification|ticket)\b)"
)


_BEFELL = lazy(r"^[a-z][\w -]*?(?: \([^)]*\))? (?:was|were|has been|have been) [a-z]+ed\b")


def read_news(raw: str) -> Reading:
    """News since the interview, as a clause ("my talk was accepted at PyCon")."""
    result = _RESULT.match(raw.strip()) if "result" in raw.lower() else None
    if result and not result.group("passed"):
        raise Unusable("it does not say what the result was; write “passed my …”")
    if result:
        raw = f"I passed my {result.group('what')}"
    if _TO_COME.search(raw):
        raise Unusable(
            "it is a date still to come, not news: tell them the result once you have it"
        )
    text = _without_aside(clean(raw, keep_names_in_brackets=True))
    if any(c.isdigit() for c in text):  # "on 25 November": the note is read later; before
        text = _NEWS_DATE.sub("", text).strip().rstrip(",").strip()  # ", 12 Jan" is a figure
        text = _DATE_WORD_LEFT.sub("", text)  # "active now since 28 Nov": "since" is left
    text = _with_figures(text)
    text = _ID_NUMBER.sub("", text)  # "..., number 123456": for the file, not for the note
    text = _FOUND_OUT.sub("", text).strip() if _FOUND_OUT.match(text) else text
    if " got " in f" {text.lower()} " or " get" in text.lower():
        text = _GOT_PASSIVE.sub(lambda m: "was " if m.start() else "", text)
    if " is " in text or " are " in text:  # "my paper is accepted in JVGR": it has happened
        text = _DONE_NOW.sub(lambda m: f"{'has' if m[1] == 'is' else 'have'} been {m[2]}", text)
    terms = _logistics(text) or find("news", "paperwork", text)
    if terms:
        raise Unusable(
            f"it is about your terms or the paperwork (“{terms}”), which a note of thanks or a "
            "follow-up does not take up: tell the recruiter plainly, in a message of its own"
        )
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
        + r")\b",
        "",
        text,
        flags=re.I,
    ).strip(" ,")
    ws = text.split()
    if not ws:
        raise Unusable("it does not say what the news is")
    first = bare(ws[0])
    if first in ("i", "i'm", "i've", "i'd"):
        fixed = _fix_after_i(ws)
        if fixed:
            return Reading(
                "clause", _since_then(_present_perfect(_GOT_A_PAPER.sub(r"\1gained", fixed)))
            )
    if first in ("my", "our") or first in DETERMINERS:
        if is_clause(text):
            return Reading("clause", lower_first(text))
        participle = _participle_at(ws)
        if participle is not None:  # "my paper accepted at KDD"
            return Reading("clause", _passive(ws, participle, lower_first(text)))
        raise Unusable("it names something but not what happened; write it as a sentence")
    participle = _participle_at(ws)
    befell = _BEFELL.match(text) if first not in DETERMINERS | PRONOUNS else None
    if befell and not is_name(ws[0]):  # "little auk paper was accepted": the candidate's own
        return Reading("clause", f"my {text}")
    if participle is not None and participle > 0:  # "paper accepted at KDD"
        published = _published_in(ws[:participle])
        owner = "" if is_name(ws[0]) and not published else "my "  # "Tidewalkers nominated"
        subject = text if published else lower_first(text)  # "my Nature paper"
        return Reading("clause", _passive(ws, participle, owner + subject))
    if participle == 0:  # "promoted to team lead"
        return Reading("clause", f"I was {lower_first(text)}")
    if is_verb(ws[0], "D") or is_verb(ws[0], "Z"):
        clause = _first_person(text)
        if clause:
            return Reading("clause", clause)
    verb = finite_verb_index(ws)
    if verb and _published_in(ws[:verb]):  # "Yearbook for Traditional Music article is online"
        return Reading("clause", _noun_tail_off(f"my {text}"))
    if is_clause(text):
        return Reading("clause", _noun_tail_off(lower_first(text)))
    raise Unusable("it does not say what happened; write it as a sentence (“I passed …”)")


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
_TO_COME = lazy(r"\b(?:exam|test|interview|start|hearing)\s+date\b|\bdate for\b|\bbooked\b", re.I)
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
    for i, word in enumerate(ws[:4]):
        if bare(word) in _PASSIVE_NEWS and (i == 0 or bare(ws[i - 1]) not in AUXILIARIES):
            return i
    return None


def _passive(ws: list[str], at: int, text: str) -> str:
    """Insert "was"/"were" before the participle: "my paper accepted" -> "my paper was accepted"."""
    words = text.split()
    offset = len(words) - len(ws)
    subject_last = bare(words[offset + at - 1]) if at > 0 else ""
    be = "were" if subject_last.endswith("s") and "S" in lexicon.tags(subject_last) else "was"
    where = offset + at
    if where > 0 and bare(words[where - 1]) in ("not", "never"):
        where -= 1  # "my grant not funded" -> "my grant was not funded"
    return " ".join([*words[:where], be, *words[where:]])


__all__ = [
    "Reading",
    "Unusable",
    "is_finite",
    "read_answer",
    "read_concern",
    "read_news",
    "read_question",
    "read_rapport",
    "read_strength",
    "read_topic",
    "read_wish",
]
