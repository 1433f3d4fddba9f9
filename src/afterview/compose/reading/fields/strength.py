"""A strength, as the candidate listed it: a noun, a verb phrase or a sentence, read into a
clause that can follow "I" (or left out with the reason)."""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    COUNTS_IN_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    MONTHS_SHORT,
    PREPOSITIONS,
    PRONOUNS,
)
from afterview.compose.reading.fields.common import (
    DEGREES,
    PAPERS,
    Reading,
    short_tail,
    spelled_out,
    with_figures,
    without_aside,
)
from afterview.compose.reading.fields.first_person import (
    SECOND_VERB,
    SPLICE,
    and_second_verb,
    as_first_person,
    present_perfect,
    since_as_perfect,
)
from afterview.compose.reading.fields.predicate import LANGUAGE_LEVEL, MADE
from afterview.compose.reading.shapes import (
    ADVERBS,
    RELATIVES,
    article_for,
    is_noun_like,
    is_person_noun,
    is_verb,
    tags_of,
)
from afterview.compose.reading.text import (
    Unusable,
    bare,
    clean,
    is_name,
    lower_first,
    number_word,
)
from afterview.compose.reading.topics import verb_only
from afterview.compose.reading.vocabulary import data, word_set

# Being willing to work certain hours is for the recruiter, not a reason you fit:
# "done 6 months of night shift already, happy to do them".
_AVAILABLE = lazy(
    r"\b(?:happy to|ok with|okay with|fine with|don'?t mind|available for|flexible|can do|"
    r"willing to|no problem with)\b.*|\b(?:nights|weekends|shifts)\s+ok\b|\b(?:used|accustomed) to "
    r"(?:the )?(?:nights?|weekends?|shifts?|night shifts?|rotations?|\d+h)\b",
    re.I,
)
# "Have been on a 24/7 shift rota for 4 years": a working pattern, not a strength to claim.
_ON_A_ROTA = lazy(r"\bon (?:a |the )?(?:[\w/-]+ )?(?:shift )?(?:rota|roster|rotation)\b", re.I)
_HOURS_WORDS = lazy(r"\b(?:night|nights|weekend|weekends|shifts?|rota|overtime|on[- ]call)\b", re.I)


# Your right to work: true, needed, and for the recruiter ("stamp 1G, can work full time").
_RIGHT_TO_WORK = lazy(
    r"\b(?:visa|stamp\s*[0-9][a-z]?|work permit|right to work|sponsorship|green card|iqama|"
    r"permanent residen(?:t|ce|cy)|citizenship|work authori[sz]ation)\b",
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
    "residen",
    "citizen",
    "authori",
)


_VALID_UNTIL = lazy(r"^((?:\S+ ){0,3}\S+) (?:is )?valid (?:until|till|to|through|thru) (.+)$", re.I)
# Makers whose products are named like people ("Illustrator", "Publisher", "Designer").
_MAKERS = frozenset("adobe affinity microsoft autodesk corel".split())
# Letters of a licence or a charter written after a degree: "MSW, LCSW", "MBA, CPA".
_LICENSED_AS = frozenset(
    """cpa ca acca cima cfa pmp rn lpn lcsw lmsw lpc lmft rd cissp pe cma cia phr sphr bcba np
    aprn ccrn slp frm""".split()
)
_DEGREE_FROM = lazy(r"^(\S+), ((?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*)*)$")
_AWARD = lazy(r"^(?:[A-Z][\w-]*\s)(?:\S+\s){0,4}(?:award|prize|medal|mention|scholarship)$", re.I)
_NTH_PAPER = lazy(
    r"^(\d(?:st|nd|rd|th)|first|second|third|fourth|fifth) (paper|article|manuscript|book|"
    r"chapter) ((?:submitted|accepted|published)\b.*)$",
    re.I,
)
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth"}
# ...never at an abbreviation's dot: "I fixed our 941 vs. GL variances" is one sentence
_FIRST_SENTENCE = lazy(
    r"(?<=[a-z]{2}[.!])(?<!\bvs\.)(?<!\betc\.)(?<!\bapprox\.)(?<!\bincl\.)(?<!\besp\.)"
    r"(?<!\bprev\.)(?<!\bdept\.)(?<!\bgovt\.)(?<!\bDipl\.)(?<!\bCert\.)(?<!\bAssoc\.)\s+(?=[A-Z])"
    r"(?!I\b|I['’])"
    # "licence cat. A", "grade no. B2": a short code after an abbreviation ends the line
    r"(?![A-Z0-9]{1,3}[.)]?\s*$)"
)
_ADMITTED = lazy(
    r"^(?:I was |was )?(admitted|called) (?:to )?(?:the )?((?:\S+ ){0,3}[Bb]ar\b.*)$", re.I
)
_LOSS = lazy(r"\b(?:lost my|passed away|died|bereavement|grief|grieving)\b", re.I)
_LEARNER = lazy(r"\b(?:learner|beginner|still learning|learning it)\b", re.I)
_FACING = lazy(r"^(customer|client|public|guest|patient|user|student)[- ]facing$", re.I)


# A post held before, under a label: "previous co-op: 3D generalist at a small archviz firm".
_A_POST_HELD = lazy(
    r"^(?:previous|prev|last|former|past|first)\s+(?:job|role|co-op|coop|internship|placement|"
    r"position|post|gig)\s*:\s*(?P<post>[\w-]+(?: [\w-]+){0,3}?)(?P<where> (?:at|with|for) [^,;]+)?$",
    re.I,
)
_LASTED_IN_BRACKETS = lazy(r"\((?P<n>\d{1,2}) (?P<unit>months|years|weeks|summers)\)")
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


def no_right_to_work(text: str) -> None:
    """:class:`Unusable` for a line about a visa or a permit: the recruiter settles it."""
    lowered = text.lower()
    permit = _RIGHT_TO_WORK.search(text) if any(w in lowered for w in _PERMIT_HINTS) else None
    if permit:
        raise Unusable(
            f"it is about your right to work (“{permit.group(0)}”), which the recruiter "
            "settles; a thank-you note leaves it out"
        )


# A length, then the post held, with no verb: "2 summers stewardess on a river cruise ship".
_SO_LONG_AS = lazy(
    r"^(?P<n>\d{1,2}) (?P<unit>summers|seasons|winters|years|months) (?:as )?"
    r"(?P<post>[a-z][\w-]*)(?P<rest>(?: (?:on|at|in|with|for) .*)?)$"
)


_TOP_OF_THE_TEAM = lazy(
    r"^top[- ](seller|performer|biller|producer|rep|salesperson|earner|recruiter|closer|"
    r"fundraiser)(?: in)?(?= \d+ of\b)",
    re.I,
)


_A_COURSE_NAMED_FIRST = lazy(
    r"(?P<what>[^,]{3,60}),\s+did the (?P<kind>course|training|module|programme|program)\b.*$"
)


def read_strength(raw: str) -> Reading:
    """A strength as a clause about the candidate: "I speak Portuguese"."""
    # "I get along with skippers. They're grumpy in the morning ...": the claim is the first
    # sentence; what follows tells the story, in words for the candidate's own ear.
    raw = _FIRST_SENTENCE.split(raw.strip(), maxsplit=1)[0]
    # Each pattern is compiled only when its words are there: reading must stay quick.
    lowered = raw.lower()
    if lowered.startswith("fluent "):  # "Fluent Irish (Gaeltacht)": a skill, not a credential
        raw = raw[:1].lower() + raw[1:]
    if lowered.startswith("top"):  # "top seller 3 of the last 4 quarters": never "I top"
        raw = _TOP_OF_THE_TEAM.sub(r"was a top \1 in", raw)
        lowered = raw.lower()
    no_right_to_work(raw)
    hours = any(w in lowered for w in ("night", "weekend", "shift", "rota", "overtime", "call"))
    if _ON_A_ROTA.search(raw):
        raise Unusable(
            "it is about the hours you have worked (“shift rota”), which the recruiter settles; "
            "a thank-you note leaves it out"
        )
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
    carer = _CARED_FOR_FAMILY.search(raw) or _A_PARENT.match(raw)
    if carer:  # "I looked after my grandfather for four years after his stroke"
        raise Unusable(
            f"it is about your family's care (“{carer[0]}”): a note leaves that out; say what "
            "you did in the work"
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
    if " by " in raw and _WHO_USES_IT.match(raw):  # "used by 300+ people weekly": a tail
        raise Unusable(
            "it says who uses something, not what you did; join it to the line it continues "
            "(“I built the KPI dashboard, used by 300 people weekly”)"
        )
    text = without_aside(clean(raw, keep_names_in_brackets=True))
    text = _A_SIDE.sub(r"\1 on the \2 side", text)  # "10 yrs agency side": on the agency side
    adverb, _, rest = text.partition(" ")
    if adverb.islower() and adverb in ADVERBS and rest and is_verb(rest.split()[0], "VD"):
        inner = read_strength(rest)  # "already hold a CDL": "I already hold a CDL"
        if inner.shape == "clause" and inner.text.startswith("I "):
            return Reading("clause", _with_adverb(inner.text, adverb))
    cut_to = _CUT_FROM_TO.match(text) if ", from " in text else None
    if cut_to:  # "I automated monthly reconciliation, from 3 days to 4 hours": what it cut
        inner = read_strength(cut_to["done"])
        if inner.shape == "clause":
            return Reading("clause", f"{inner.text} and cut it {cut_to['span']}")
    moved = _A_FIGURE_MOVED_BY_ME.match(text) if (" up " in text or " down " in text) else None
    if moved and not moved["what"].lower().startswith(("i ", "my ")):
        verb = "raised" if moved["dir"] == "up" else "cut"  # "NSS satisfaction up 11 points"
        return Reading("clause", f"I {verb} {moved['what']} by {moved['n']}{moved['rest'] or ''}")
    course = _A_COURSE_NAMED_FIRST.match(text) if "did the " in text else None
    if course and not course["what"].lower().startswith(("i ", "my ")):
        # "Emerson DeltaV operator and engineering basics, did the course in Nairobi 2024":
        # the course's name first, never "I am an Emerson DeltaV operator ..."
        return Reading("clause", f"I took the {course['what']} {course['kind']}")
    covered = _COVERED_A_POST.match(text)
    if covered:  # "covered night shift supervisor for 6 months": the post, not the person
        return Reading(
            "clause", f"I covered the {covered['post'].lower()} role{covered['rest'] or ''}"
        )
    able = _ABLE_IN.match(text)
    if able:  # "CT competent incl. CTCA": "I am competent in CT, including CTCA"
        what, rest = able["what"], able["rest"] or ""
        what = what if is_name(what.split()[0]) or what.isupper() else what.lower()
        rest = f", {rest.lstrip(', ')}" if rest else ""
        return Reading("clause", f"I am {able['able'].lower()} in {what}{rest}")
    passed_it = _AN_EXAM_PASSED.match(text) if " passed" in text else None
    if passed_it:  # "JAIIB passed 2024": I passed JAIIB in 2024; "Driving test passed": my test
        what, year = passed_it["what"], passed_it["year"]
        if not is_name(what.split()[0]):
            if bare(what.split()[0]) in DETERMINERS or not _A_TEST.search(what):
                what = ""  # "all 3 exams passed", "Quality audit passed": other words
            else:
                what = f"my {lower_first(what)}"
        if what:
            return Reading("clause", f"I passed {what}" + (f" in {year}" if year else ""))
    finished = ("completed", "achieved", "gained", "finished")
    done_it = _A_COURSE_DONE.match(text) if any(d in text for d in finished) else None
    if done_it and bare(done_it["what"].split()[0]) not in DETERMINERS:
        # "NASENCo award completed 2024": I completed the NASENCo award in 2024; "first aid
        # course completed": my first aid course
        what, year = done_it["what"], done_it["year"]
        first = what.split()[0]
        what = f"the {what}" if is_name(first) or first.isupper() else f"my {lower_first(what)}"
        verb = "completed" if done_it["done"] == "finished" else done_it["done"]
        where = f" at {done_it['where']}" if done_it["where"] else ""  # "(Keele)": at Keele
        return Reading("clause", f"I {verb} {what}{where}" + (f" in {year}" if year else ""))
    common = _COMMON_THEN_HELD.match(text)
    if common and not is_name(common["what"]):  # "Forklift certified": "I am forklift certified"
        return Reading("clause", f"I am {common['what'].lower()} {common['held']}")
    plain = re.sub(r"\s*\([^()]*\)", "", raw).strip()
    held_before = _A_POST_HELD.match(plain) if ":" in raw else None
    if held_before and is_person_noun(held_before["post"].split()[-1]):
        # "previous co-op: 3D generalist at a small archviz firm (4 months)": a post held
        post, where = held_before["post"], held_before["where"] or ""
        said = f"I worked as {article_for(post)} {post}{where}"
        lasted = _LASTED_IN_BRACKETS.search(raw)
        if lasted:
            said = f"{said} for {number_word(lasted['n'])} {lasted['unit']}"
        return Reading("clause", said)
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
    if spoken_of:  # "fluent EN, German B2": a code alone, by name too
        text = re.sub(r"\b[A-Z]{2}\b", lambda code: _spelled_languages(code[0]), text)
    fluent = _FLUENT.match(text)
    more = text[fluent.end() :].strip() if fluent else ""
    if fluent and more and "," in fluent.group(1):
        # "fluent English, German B2": fluent in the first, B2 in the next, never "I speak
        # fluent English and German" (nor "I am a fluent EN and German B2", late289)
        each = text.removeprefix("fluent ").replace(",", " fluent,", 1)
        spoken = _languages_listed(each)
        if spoken:
            return Reading("clause", spoken)
    named = re.split(r",\s*|\s+and\s+", fluent.group(1).strip(", ")) if fluent else []
    if named and all(bare(n) in word_set("words", "languages") for n in named):
        said = ", ".join(named[:-1]) + (" and " if len(named) > 1 else "") + named[-1]
        return Reading("clause", f"I speak fluent {said}")  # "fluent FR / AR / EN, some ES"
    spoken = _languages_listed(text) if "," in text else None
    if spoken:
        return Reading("clause", spoken)
    served = _SO_LONG_AS.match(text)
    if served and is_person_noun(bare(served["post"])):  # "2 summers stewardess on a ship"
        post = served["post"]
        return Reading(
            "clause",
            f"I worked {number_word(served['n'])} {served['unit']} as {article_for(post)} {post}"
            f"{served['rest']}",
        )
    lettered = _LETTERS_OF_A_CERTIFICATE.match(raw.strip())
    if lettered:
        return Reading("clause", f"I hold the {lettered['what']}")
    studying = _STUDYING_FOR.match(text)
    if studying:  # "working towards ARLA Level 3": under way, never "experience working towards"
        return Reading("clause", f"I am {studying['how'].lower()} {studying['what']}")
    taking = _TAKING_A_COURSE.match(text)
    if taking:  # "taking the course in energy management": one under way, never "experience"
        return Reading("clause", f"I am taking a {taking['what']}")
    held_since = _HELD_SINCE.match(text)
    if held_since:  # "I have HR licence since 2022": held since then, with its article
        what = held_since["what"]
        what = what if bare(what.split()[0]) in DETERMINERS else f"{article_for(what)} {what}"
        return Reading("clause", f"I have held {what} since {held_since['when']}")
    levelled = _A_LEVEL_HELD.match(text)
    # "Level 3 Supporting Teaching": a qualification's name (not "CSRT damp", letters first)
    named_level = (
        levelled and levelled["what"][:1].isupper() and not levelled["what"].split()[0].isupper()
    )
    if levelled and (
        levelled["body"] or levelled["kind"] or _A_KIND_LAST.search(text) or named_level
    ):
        return Reading("clause", _a_level_held(levelled))
    trained = _TRAINING.match(text)
    papers = trained and any(bare(w) in PAPERS for w in trained["what"].split())
    # "I've done the Whānau Ora training": a sentence, not the name of a training
    sentence = trained and any(bare(w) in DETERMINERS | _I for w in trained["what"].split())
    if trained and not papers and not sentence and not verb_only(bare(trained["what"].split()[0])):
        what = trained["what"]  # "Trauma-informed practice training": a list item's capital
        head = what.split()[0]
        words = what.split()
        known = bool(lexicon.tags(head.split("-")[0].lower())) and not head.isupper()
        known = known and (len(words) == 1 or words[1].islower())  # not "Team Teach"
        what = lower_first(what) if known else what
        level = f" to {trained['level'].capitalize()}" if trained["level"] else ""
        return Reading("clause", f"I am trained in {what}{level}")  # "safeguarding training"
    done = _DONE_LAST.match(text)
    if done and not any(is_verb(w, "VDZ") and not is_noun_like(w) for w in done["what"].split()):
        what = done["what"]  # "PhD proposal drafted" -> "I have drafted a PhD proposal"
        if bare(what.split()[0]) not in DETERMINERS:  # "all modules completed": all of them
            what = f"{article_for(what)} {what}"
        return Reading("clause", f"I have {done['done']} {what}")
    if any(bare(w) in DEGREES for w in text.split()):
        text = _DEGREE_CLASS.sub("", text)  # "BSc Civil Eng UoN, 2nd upper": the class goes
        text = _DEGREE_KIND.sub(r"\1", text)  # "MSc (Tech) energy technology": an MSc
        if bare(text.split()[0]) in DEGREES:  # "MA ... (York), 2020": the degree's year
            text = re.sub(r",\s+((?:19|20)\d\d)$", r" \1", text)
    text = _BUILT_IN.sub(r", completed in \1", text)  # "drains for Mutare, built 2024"
    text = _the_same(text) if "same" in text or "similar" in text else text
    text = text.replace(" in Camp ", " at Camp ")  # "two summers at Camp Abhaile"
    if "under review" in text:  # "2 papers and 1 under review": one more, not a second act
        text = _ONE_MORE_UNDER_REVIEW.sub(r", with \1 more under review", text)
    if "done " in text or "did " in text:
        text = _DONE_A_COURSE.sub(r"\1completed ", text)  # "done the IIBF certificate"
    standing = _STANDING.match(text)
    if standing:  # "Security clearance: eligible": a standing one has, not a field
        kept = lower_first(standing["what"])
        if standing["how"].lower() == "eligible":
            return Reading("clause", f"I am eligible for {kept}")
        kept = f"{standing['how'].lower()} {kept}"
        return Reading("clause", f"I hold {article_for(kept)} {kept}")
    text = _dated_nouns(_without_colon_fragment(with_figures(text)))
    first_word = bare(text.split()[0]) if text.split() else ""
    if "D" in tags_of(first_word) and first_word not in MADE:  # not "ordained ... 2017"
        text = _BARE_YEAR.sub(r"\1 in \2", text)  # "opened a store from scratch 2022"
    reservation = reservation_in(text)
    if reservation:
        raise Unusable(f"it comes with a reservation (“{reservation}”): a note would overstate it")
    hedge = (
        re.search(r",\s+(some|basic|a little|a bit|learning)$", text, re.I) if "," in text else None
    ) or re.match(r"^(some|basic|a little|a bit of|limited)\b", text, re.I)
    if hedge:
        raise Unusable(
            f"it is hedged (“{hedge.group(1)}”); a note makes only claims you stand behind"
        )
    held_and_state = _HELD_AND_STATE.match(text) if "+" in text or " and " in text else None
    if held_and_state and _a_degree(held_and_state["held"]):
        held, state = held_and_state["held"], held_and_state["state"]
        if held_and_state["one"]:  # "+ FETP advanced graduate": one of them
            state = f"{article_for(state)} {state}"
        try:
            held_as_said = read_strength(held).text  # "MPH epidemiology": an MPH in epidemiology
        except Unusable:
            held_as_said = ""
        if not held_as_said.startswith("I have "):
            held_as_said = f"I have {article_for(held)} {held}"
        return Reading("clause", f"{held_as_said} and am {state}")
    taken = _DEGREE_FROM.match(text) if ", " in text else None
    if taken and bare(taken[1]) in DEGREES and taken[2].lower() in _LICENSED_AS:
        held, licensed = taken[1], taken[2]  # "MSW, LCSW", "MBA, CPA": a licence, not a school
        return Reading(
            "clause",
            f"I have {article_for(held)} {held} and am {article_for(licensed)} {licensed}",
        )
    if taken and bare(taken[1]) in DEGREES:  # "MBBS, Dow University", "BMLS, UNILAG"
        return Reading("clause", f"I have {article_for(taken[1])} {taken[1]} from {taken[2]}")
    text = short_tail(text, keep=True)
    degree = _DEGREE_OF.match(text) if " of " in text else None
    if degree:  # "bachelor of Biomedical Science" -> "I have a Bachelor of Biomedical Science"
        return Reading("clause", f"I have a {degree.group(1).capitalize()} of {degree.group(2)}")
    rate = _RATE.match(lower_first(text)) if " per " in text else None  # "Typing 55 wpm" too
    if rate and lexicon.lemma(rate.group(1)):  # "typing 55 wpm" -> "I type 55 words per minute"
        verb = lexicon.inflect(lexicon.lemma(rate.group(1)) or "", "VBP")
        return Reading("clause", f"I {verb} {rate.group(2)}")
    valid = _VALID_UNTIL.match(text) if "valid" in text.lower() else None
    if valid:  # "BLS valid until 2027" -> "I hold a BLS certification, valid until 2027"
        what = valid.group(1)
        paper = bare(what.split()[-1]) in PAPERS or bare(what.split()[-1]).startswith("certif")
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
    if first_word == "own" and len(text.split()) > 2 and bare(text.split()[1]) in ("a", "an"):
        return Reading("clause", f"I {text[:1].lower()}{text[1:]}")  # "own a Gemmasta": I own one
    if first_word == "own" and len(text.split()) > 1:  # "own foley recordings": mine, not owned
        return Reading("clause", f"I have my own {' '.join(text.split()[1:])}")
    ws = text.split()
    nth = _NTH_PAPER.match(text)
    if nth:  # "3rd paper submitted to Food Hydrocolloids" -> "my third paper was submitted ..."
        order = _ORDINALS.get(nth[1].lower(), nth[1].lower())
        return Reading("clause", f"my {order} {nth[2]} was {nth[3]}")
    two_verbs = len(ws) > 3 and bare(ws[1]) == "and" and is_verb(ws[0], "D") and is_verb(ws[2], "D")
    clause = f"I {text}" if two_verbs else as_first_person(text)  # "prepared and checked ..."
    if clause:
        clause = present_perfect(spelled_out(clause))
        clause = _USED_TO.sub("I am used to ", clause)  # "used to writing decisions"
        used = _USED_TO_A_THING.match(clause)
        if used and "V" not in tags_of(bare(used[1])):  # "used to 7x7 shifts": not a verb
            clause = "I am used to " + clause[len("I used to ") :]
        including = _INCLUDING.search(clause)
        if (
            including
            and tags_of(bare(including[1])) & {"J"}
            and not tags_of(bare(including[1])) & {"N", "S", "G"}
        ):
            clause = clause[: including.start()]  # "..., including forensic with ...": notes
        if bare(ws[0]) == "i":
            clause = since_as_perfect(clause)
        if ", " in clause:
            clause = SPLICE.sub("; ", SECOND_VERB.sub(and_second_verb, clause))
            listed = _LISTED_TAIL.search(clause)
            before = clause[: listed.start()].split()[-3:] if listed else []
            if (
                listed
                and any(bare(w) in PREPOSITIONS for w in before)
                and not listed.group(1).startswith("with ")  # "with the same kit as here"
                # "IEPs for ASD, dyslexia and ...": the list goes on from "for" (late495)
                and not (
                    len(before) >= 2 and bare(before[-2]) in ("for", "on", "about", "of", "with")
                )
            ):
                # "a townhouse job in Brunswick, cable trays and conduit runs": what the job
                # included, not more things managed ("the budget, hiring and training")
                clause = f"{clause[: listed.start()]}, including {listed.group(1)}"
    if clause is None:
        raise Unusable("it does not read as the end of a sentence starting “I …”")
    clause = present_perfect(_for_how_long(clause))  # "I am ... for 3 years": "I have been"
    clause = re.sub(r"^I (have been|am) an? ex[- ](?=[A-Za-z])", r"I \1 a former ", clause)
    former = re.match(r"^I (?:have been|am) an? former (\S+)(.*)$", clause)
    if former:  # "former Army logistics officer, 5 yrs": "I was an Army logistics officer"
        clause = f"I was {article_for(former[1])} {former[1]}{former[2]}"
    during = _DURING_MY_DEGREE.match(clause)
    if during and bare(during["what"]) in DEGREES | {"studies", "degree", "internship"}:
        clause = f"I was {during['post']} during my {during['what']}{during['rest']}"
    second = _SECOND_DEGREE.search(clause) if clause.startswith("I have a") else None
    if second and (bare(second[1]) in DEGREES or second[1] == "MS"):  # "and MS Aquaculture"
        other = f"{article_for(second[1])} {second[1]} in {second[2]}"
        clause = f"{clause[: second.start()]} and {other}{clause[second.end() :]}"
    counted = _A_PERSON_AND_A_COUNT.match(clause)
    if counted and is_person_noun(counted[1].split()[-1]):
        clause = f"{counted[1]} with {counted[2]}"  # "a commercial diver and 600 logged dives"
    loose = _LOOSE_DURATION.search(clause)
    if loose:  # "I did MoMo agent 2 years, GHS 15-20,000 ...": notes, not a sentence
        raise Unusable(f"it reads as notes (“{loose.group(0).strip()}” with nothing to tie it)")
    year_led = _A_YEAR_LEADS_IT.match(clause)
    after_year = clause[year_led.end() :].split(maxsplit=1)[0] if year_led else ""
    thing = bool(after_year) and bare(after_year) not in FUNCTION_WORDS  # not "joined 2019 and"
    if year_led and thing and is_verb(year_led["did"], "D"):  # "I negotiated 2026 JBP"
        clause = f"I {year_led['did']} the {clause[year_led.end('did') + 1 :]}"
    if " more than " in clause or " over " in clause:  # "companies more than 200 units": with
        clause = _SIZED_WITHOUT_WITH.sub(r"\1 with \2", clause)
    since = _EXPERIENCE_SINCE.match(clause)
    if (
        since and not any(bare(w) in PAPERS for w in since["what"].split())
    ):  # a licence is held, not worked with  # "I have experience in Kafka since 2019": worked with it since then
        clause = f"I have worked with {since['what']} since {since['rest']}"
    served = _EXPERIENCE_IN_A_POST.match(clause)
    last = bare(served["post"].split()[-1]) if served else ""
    if served and (is_person_noun(last) or last == "physio"):
        # "Pitch-side physio for Hendaye, 3 seasons": a post held, never "experience in" it
        # (late413 readers: "I have experience in the pitch-side physio for Hendaye")
        post = served["post"]
        clause = f"I worked as {article_for(post)} {post}{served['rest']}"
    how_long = _EXPERIENCE_THEN_HOW_LONG.match(clause)
    if how_long:  # "experience in Procore administration for 3 years": years of experience
        clause = (
            f"I have {how_long['n']} {how_long['unit']} of experience in {how_long['what']}"
            f"{how_long['rest']}"
        )
    return Reading("clause", clause)


# What makes past work fit, noted after a comma: "loaded trailers at Doncaster for 6 yrs, same
# kind of pressure", "used a Rivulis controller in Kassala, similar controls": a note to self.
# Said in full ("..., with the same kind of pressure as here") it read as tacked on to every
# reader, so the work is told alone and the reader sees the likeness.
_THE_SAME = lazy(
    r",\s+(?:the\s+)?(?P<how>same|similar)\s+(?P<kind>(?:kind|sort|type)\s+of\s+)?"
    r"(?P<what>[\w&'-]+(?:\s+(?:and|\+|&)?\s*[\w&'-]+){0,2}?)(?:,?\s+(?:just|but)\b.*)?$",
    re.I,
)

# "2 papers and 1 under review": one more paper, never a second act ("and one under review").
_ONE_MORE_UNDER_REVIEW = lazy(rf",? and (\d+|one|{COUNTS_IN_WORDS}) (?:more )?under review$")
# A course done is a course completed: "I have done the IIBF certificate in co-operative banking".
_DONE_A_COURSE = lazy(
    r"(?<![\w-])((?:have |has |had )?)(?:done|did) (?=(?:the|a|an|my) (?:[\w()-]+ ){0,4}?(?:certificate|"
    r"course|diploma|module|programme|program|training|workshop)\b)"
)


def _the_same(text: str) -> str:
    """'..., same kind of pressure' -> '...': the work, without the note of its likeness."""
    same = _THE_SAME.search(text)
    if not same or len(text[: same.start()].split()) < 3:
        return text
    what = same["what"].replace("+", " ")
    words = [bare(w) for w in what.split()]
    if any(
        w in FUNCTION_WORDS - {"and"} or (is_verb(w, "VDZN") and not is_noun_like(w)) for w in words
    ):
        return text  # "same as my cousin", "same idea could work": not a thing shared
    return text[: same.start()]


# A year, then the thing of that year, after the verb: "I negotiated 2026 JBP with Loblaw".
_A_YEAR_LEADS_IT = lazy(r"^I (?P<did>[a-z]+) (?:19|20)\d\d (?=[A-Za-z])")
# Things counted by their size with no "with": "property management companies more than 200
# units".
_SIZED_WITHOUT_WITH = lazy(
    r"\b(companies|firms|clients|customers|buildings|sites|properties|hotels|schools|farms) "
    r"((?:more than|over) \d)"
)
# A post, then whom it served and for how long: "I have experience in pitch-side physio for
# Hendaye for three seasons".
_EXPERIENCE_IN_A_POST = lazy(
    r"^I have experience in (?P<post>(?-i:[a-z][\w'-]*)(?: (?-i:[a-z][\w'-]*)){0,2})"
    r"(?P<rest> (?:for|at|with) .+)$"
)
_EXPERIENCE_SINCE = lazy(r"^I have experience (?:in|with) (?P<what>[^,]+?) since (?P<rest>.+)$")
# How long, after what the experience is in: "I have experience in Procore administration for
# 3 years at a homebuilder" reads "I have 3 years of experience in ...".
_EXPERIENCE_THEN_HOW_LONG = lazy(
    rf"^I have experience in (?P<what>.+?) for (?P<n>\d+|{COUNTS_IN_WORDS}) "
    r"(?P<unit>years?|months?)(?P<rest>(?: (?:at|in|with|on) .+)?)$"
)
# A course under way: "taking the course in energy management".
# A qualification under way: "working towards ARLA Level 3", "currently studying for CIPD L5".
_STUDYING_FOR = lazy(
    r"^(?:I am |I'm )?(?:currently )?(?P<how>working towards?|studying for|training for) "
    r"(?P<what>(?:an? |the |my )?[A-Z][\w/&+ -]*)$"
)
_TAKING_A_COURSE = lazy(
    r"^(?:I am |I'm )?taking (?:a|the) (?P<what>(?:course|module|diploma|certificate|programme)"
    r"\b.*)$"
)
# A licence held since a year, with "have" for "have held": "I have HR licence since 2022".
_HELD_SINCE = lazy(
    r"^(?:I )?have (?P<what>[\w -]*?(?:licen[cs]e|certificate|certification|ticket|card|permit|"
    r"registration)) since (?P<when>(?:19|20)\d\d|[A-Z][a-z]+ (?:19|20)\d\d)(?:,.*)?$"
)
# A qualification by its level, as written in Ireland and the UK: "QQI level 5 care skills",
# "NVQ level 2 warehousing", "Level 3 diploma in childcare".
_A_LEVEL_HELD = lazy(
    r"^(?:(?P<body>QQI|FETAC|NVQ|SVQ|BTEC|RQF|CACHE|City (?:&|and) Guilds) )?[Ll]evel (?P<n>\d)"
    r"(?: (?P<kind>(?i:diploma|certificate|award|extended diploma|cert)))?(?: in)? (?!in )"
    r"(?P<what>[A-Za-z].*)$"
)
_A_KIND_LAST = lazy(r" (diploma|certificate|cert|award)$")
_KINDS = {"cert": "certificate"}
# Who awards a level: "an NVQ Level 3", "a BTEC Level 3", but "QQI Level 5" with no article.
_AWARDED_WITH_AN_ARTICLE = {"NVQ": "an", "SVQ": "an", "BTEC": "a", "RQF": "an"}


def _a_level_held(found: re.Match[str]) -> str:
    """ "QQI level 5 care skills + infection control" -> "I have QQI Level 5 in care skills
    and infection control"; "Level 3 diploma in childcare" -> "I have a Level 3 diploma in
    childcare"."""
    what = re.sub(r"\s*(?:\+|&)\s*", " and ", found["what"])
    body = found["body"] or ""
    last = _A_KIND_LAST.search(what)
    if last:  # "level 2 food hygiene cert": a Level 2 food hygiene certificate
        what = what[: last.start()] + " " + _KINDS.get(last[1], last[1])
        named = f"{body} Level {found['n']} {what}".strip()
        return f"I have {article_for(named)} {named}"
    kind = _KINDS.get((found["kind"] or "").lower(), found["kind"] or "")
    level = f"{body} Level {found['n']}".strip()
    if kind:
        named = f"{level} {kind}"
        return f"I have {article_for(named)} {named} in {what}"
    named_kind = _A_QUALIFICATION_NAMED.match(what) if not body else None
    if named_kind:  # "Level 6 Graduate Certificate in NZ Immigration Advice": its own name
        return f"I have a Level {found['n']} {what}"
    if not body and what[:1].isupper():  # a qualification's name: never "experience in" it
        return f"I have a Level {found['n']} qualification in {what}"
    if not body:
        return f"I have Level {found['n']} in {what}"
    article = _AWARDED_WITH_AN_ARTICLE.get(body, "")
    return f"I have {article} {level} in {what}".replace("  ", " ")


# A qualification that names its kind before "in" ("Graduate Certificate in NZ Immigration
# Advice"): never "a Level 6 qualification in Graduate Certificate in ..." (late431 readers).
_A_QUALIFICATION_NAMED = lazy(
    r"(?:(?:Graduate|Postgraduate|National|Higher|Advanced|New Zealand|NZ)\s+)?"
    r"(?:Certificate|Diploma|Degree|Award)\s+(?:in|of)\s+[A-Z]"
)


# "designed 4.2 km of lined drains, built 2024": when the work was finished, as a tail.
_BUILT_IN = lazy(
    r",\s+(?:built|completed|finished|delivered|commissioned)\s+(?:in\s+)?((?:19|20)\d\d)$"
)
# "I have a BSc in Fisheries and MS Aquaculture": a second degree, written as the first was.
_SECOND_DEGREE = lazy(r" and ([A-Z][A-Za-z.]{1,5}) ((?:[A-Z][a-z]+ ?){1,3})(?=$|,| \()")
# "I am an HSE Part IV commercial diver and 600 logged dives": what one is, and a count.
_A_PERSON_AND_A_COUNT = lazy(r"^(I am an? .+?) and (\d[\d,.]*\+?\s+\w.*)$")
# How long, at the end, without its "for": "lambed 900 ewes at Llanddeusant 2 seasons".
_HOW_LONG_AT_THE_END = lazy(
    rf",? ((?:\d+|{COUNTS_IN_WORDS}) (seasons|summers|winters|years|months))$"
)


# "I drove gritters 3 winters for Kirklees": how long, loose between the thing and the place.
_HOW_LONG_INSIDE = lazy(
    r"^(?P<done>I [a-z]+ (?:[\w-]+ ){0,3}?(?P<thing>[a-z][\w-]*)) (?P<n>\d{1,2}) "
    r"(?P<unit>winters|summers|seasons|harvests|years|months) (?P<where>(?:for|at|in|with|on) .+)$"
)


def _for_how_long(clause: str) -> str:
    """'I lambed 900 ewes at Llanddeusant 2 seasons' -> '... for 2 seasons', and 'I managed a
    dive operation on Koh Tao 2 years' -> '... for 2 years' (after a place; "I did MoMo agent 2
    years" stays notes)."""
    inside = _HOW_LONG_INSIDE.match(clause)
    if inside and is_noun_like(inside["thing"]) and not is_verb(inside["thing"], "D"):
        # "... for Kirklees for three winters": the place, then how long
        return f"{inside['done']} {inside['where']} for {number_word(inside['n'])} {inside['unit']}"
    found = _HOW_LONG_AT_THE_END.search(clause)
    if not found:
        return clause
    last = clause[: found.start()].split()[-1]
    if bare(last) in PREPOSITIONS:
        return clause  # "with 14 seasons"
    thing = is_noun_like(last) and "J" not in tags_of(last)  # not "the last 3 seasons"
    words = clause[: found.start()].split()
    named = len(words)
    while named > 1 and is_name(words[named - 1]):
        named -= 1
    placed = named < len(words) and bare(words[named - 1]) in PREPOSITIONS  # "on Koh Tao"
    if found[2] in ("years", "months") and not placed:
        return clause  # "retained firefighter Lochgilphead 5 yrs": notes, left to the check after
    if is_name(last) or thing:
        return f"{clause[: found.start()]} for {found[1]}"
    return clause


# A clearance or a card and where one stands with it: "Security clearance: eligible".
_STANDING = lazy(
    r"^(?P<what>(?:[\w-]+ ){0,2}(?:clearance|vetting|licence|license|permit|card))"
    r"(?::\s*|\s+\()(?P<how>eligible|active|current|valid|held)\)?$",
    re.I,
)


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


# Care given to one's own family: "looked after my grandfather after his stroke", "minded my
# nephew".
_CARED_FOR_FAMILY = lazy(
    r"\b(?:looked after|looking after|look after|caring for|cared for|care for|carer for|"
    r"nursed|minded|minding|babysat|babysitting|raised|raising) my (?:\w+ )?"
    rf"(?:{RELATIVES})\b",
    re.I,
)
# A parent, as a strength: "Mother of a child with autism", "im a mum of 3" (being one is no
# claim a note makes; what it taught may be).
_A_PARENT = lazy(
    r"^(?:I am |I'm |im )?(?:a )?(?:single )?(?:mother|father|parent|mum|mom|dad) "
    r"(?:of|to)\b(?! the\b)",
    re.I,
)
# Which side of a trade one worked on: "10 yrs agency side", "5 years client-side".
_A_SIDE = lazy(
    r"\b(years?|yrs?) (agency|client|brand|vendor|supplier|owner|contractor)[- ]side\b"
    r"(?=$|,|\s+(?:in|at|with|for)\b)"
)
# "teaching assistant for the lab during M.Pharm": a post held while studying, in the past.
_DURING_MY_DEGREE = lazy(r"^I am (?P<post>an? .+?) during (?:my )?(?P<what>[\w.'’]+)(?P<rest>.*)$")
# A degree and the standing it gives: "Bachelor of Social Work + AASW eligible", "BSW and
# AHPRA registered" (never "I am BSW and AHPRA registered").
_HELD_AND_STATE = lazy(
    r"^(?P<held>[^+]+?)(?: \([^)]*\))? (?:\+|and|&) (?P<state>(?:[A-Z][\w&-]* )(?:[\w&-]+ )?"
    r"(?:eligible|registered|certified|licensed|qualified|accredited|chartered|(?P<one>graduate)))$"
)


def _a_degree(words: str) -> bool:
    return bare(words.split()[0]) in DEGREES or bool(_DEGREE_OF.match(words))


_DEGREE_OF = lazy(r"^(bachelor|master|doctor)(?:'?s)? of (.+)$", re.I)
# A skill measured by a rate: "typing 55 words per minute".
_RATE = lazy(r"^([a-z]+ing) (\d[\d,.]* .*\bper\b.*)$")
_TRAINED = frozenset("trained certified qualified registered licensed".split())
# A change and how much it saved, noted after a comma: "..., from 3 days to 4 hours".
_CUT_FROM_TO = lazy(
    r"^(?P<done>(?:I )?(?:automated|streamlined|simplified|rebuilt|redesigned|digitised|digitized|"
    r"reworked|sped up) .+?), (?P<span>from \d+ \w+ to \d+ \w+)$"
)
# A figure the candidate moved, noted as its change: "NSS overall satisfaction up 11 points".
_A_FIGURE_MOVED_BY_ME = lazy(
    r"^(?P<what>[A-Za-z][\w&/ -]{2,60}?) (?P<dir>up|down) (?P<n>\d+(?:\.\d+)?(?:%| points| percent))"
    r"(?P<rest> (?:in|at|across|over|for) .+)?$"
)
# A post covered for someone away: "covered night shift supervisor for 6 months".
_COVERED_A_POST = lazy(
    r"^(?:I )?covered (?:the |as (?:an? )?|an? )?(?P<post>(?:[\w-]+ ){0,3}(?:supervisor|manager|lead|leader|"
    r"coordinator|director|head|charge nurse))(?P<rest> .*)?$",
    re.I,
)
# A common noun with a capital, as a list item is typed, then a paper held: "Forklift certified".
# An exam, then "passed": "JAIIB passed", "CAIIB passed 2024", "Driving test passed".
_AN_EXAM_PASSED = lazy(
    r"^(?P<what>[A-Z][\w&-]*(?: [\w&-]+){0,3}) passed(?: (?:in )?(?P<year>(?:19|20)\d\d))?$"
)
_WHO_USES_IT = lazy(r"\s*(?:used|adopted|read|watched|downloaded|relied on) by\b", re.I)
# A course or an award, then "completed": "NASENCo award completed 2024", "NPQH completed".
_A_COURSE_DONE = lazy(
    r"^(?P<what>[A-Za-z][\w&-]*(?: [\w&-]+){0,4}) (?P<done>completed|achieved|gained|finished)"
    r"(?: (?:in )?(?P<year>(?:19|20)\d\d))?(?: \((?P<where>[A-Z][\w' -]*)\))?$"
)
_A_TEST = lazy(r"\b(?:test|exam|exams|assessment|theory|practical)$")
_COMMON_THEN_HELD = lazy(r"^(?P<what>[A-Z][a-z]+) (?P<held>certified|trained|licensed)$")
# A skill, then how well: "CT competent", "Excel proficient, incl. pivot tables".
_ABLE_IN = lazy(
    r"^(?P<what>[\w&/+.-]+(?: [\w&/+.-]+){0,2}) (?P<able>competent|proficient)"
    r"(?P<rest>,? including .+)?(?:,? including)?$",  # "incl. CTCA": a sentence ends at "incl."
    re.I,
)


def _with_adverb(clause: str, adverb: str) -> str:
    """'I have led two audits' + 'also' -> 'I have also led two audits'."""
    ws = clause.split()
    perfect = len(ws) > 2 and ws[1] in ("have", "had") and is_verb(ws[2], "P")
    at = 2 if perfect or (len(ws) > 2 and ws[1] in ("am", "was")) else 1
    return " ".join([*ws[:at], adverb, *ws[at:]])


# A licence named after the word, as Spanish and Portuguese write it (late418 readers faulted
# "I have experience with Licencia C Conmebol").
_A_LICENCE_NAMED = frozenset("licencia licença".split())  # French "Licence" is a degree


def _held(text: str) -> str | None:
    """A licence or card one holds: 'C1 licence, blue light trained' -> 'I hold a C1 licence,
    and I am blue light trained'; 'full UK driving licence' -> 'I hold a full UK driving
    licence'."""
    head, _, tail = text.partition(", ")
    year = re.search(r"\s+((?:19|20)\d\d)$", head)
    if year:  # "acupuncture certification (AACP) 2025": gained that year
        head = head[: year.start()]
    ws = [w for w in head.split() if not w.startswith("(")] if "(" in head else head.split()
    licence = re.sub(r"\s*\([^)]*\)", "", head).split()
    coded = any(re.fullmatch(r"[A-Z][A-Z0-9]*|[A-Z]?\d+", w) for w in licence[1:])  # "C", "B4"
    if 1 < len(licence) <= 4 and bare(licence[0]) in _A_LICENCE_NAMED and coded:
        return f"I hold the {' '.join(licence)}"  # "Licencia C Conmebol", not "experience with"
    if not 1 < len(ws) <= 6 or bare(ws[-1]) not in PAPERS or bare(ws[0]) == "experience":
        return None  # not "experience with the CDL licence", held, said by the gate
    if (
        bare(ws[0]) in PRONOUNS | DETERMINERS | ADVERBS  # not "already have my CDL"
        or (ws[1] in DETERMINERS and ws[0].islower() and is_verb(ws[0], "V"))  # "hold a CDL"
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
        held += f" and am {tail}"
    return held


# A count of years or months standing loose in a clause: no "for", "of", "in"... to tie it.
_LOOSE_DURATION = lazy(
    r"(?<!\bfor )(?<!\bover )(?<!\bthan )(?<!\bof )(?<!\bin )(?<!\babout )(?<!\bnearly )"
    r"(?<!\bafter )(?<!\bwithin )(?<!\bunder )(?<!\blast )(?<!\bthe )(?<!\bthese )"
    r"(?<!\bdid )(?<!\bspent )(?<!\bserved )(?<!\bworked )"
    r"\b\d+\+?\s+(?:years?|months?)\b(?!\s+(?:of|ago|later|old|running|in a row)\b)",
    re.I,
)


# "I was a refugee myself, came in 2009": a second verb with no subject of its own.
# A list of things after the clause, with no verb of its own: "..., cable trays and conduit runs".
_LISTED_TAIL = lazy(r",\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s+and\s+(?:[a-z][\w-]*\s*){1,3})$")


_RESERVATIONS = (" even if ", " even though ", " although ", " though ", " but ")


def reservation_in(text: str) -> str | None:
    """The reservation a line ends with ("even if it's expired"), if it has one."""
    lowered = f" {text.lower()} "
    if not any(r in lowered for r in _RESERVATIONS):
        return None
    found = _RESERVATION.search(text)
    return found.group(0).strip(", ") if found else None


_RESERVATION = lazy(
    r",?\s+(?:even if|even though|although|though|(?<!all )(?<!nothing )but)\b.*$", re.I
)  # "all but 1": none


_LABELLED = lazy(r"^([^:]{2,30}):\s+([^:]{2,40})$")
# "informed consent + safeguarding training": training in them.
_TRAINING = lazy(
    r"^(?P<what>[A-Za-z][\w -]*?)\s+(?:training|trained)(?:,? (?:to )?(?P<level>[Ll]evel \d))?$"
)
# A certificate named by its letters, its words in brackets: "PC.dp (Practitioner Certificate
# in Data Protection)" is held, never "experience with PC.dp".
_LETTERS_OF_A_CERTIFICATE = lazy(
    r"^[\w.&/-]{2,12}\s*\((?P<what>[A-Z][^()]*\b(?:Certificate|Diploma|Award|Certification)\b"
    r"[^()]*)\)$"
)
_I = frozenset({"i", "i've", "i'm", "i’ve", "i’m"})
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
            level and not _LEVEL.match(level) and bare(level) not in LANGUAGE_LEVEL
        ):
            return None
        name = names[0][:1].upper() + names[0][1:]
        spoken.append(f"{name} ({level})" if level else name)
    if len(spoken) < 2 or known < 2:
        return None
    return "I speak " + ", ".join(spoken[:-1]) + " and " + spoken[-1]


_INCLUDING = lazy(r",\s+including\s+([\w-]+)")
# "I used to writing decisions": what one is used to takes "am" ("I used to write" is a past).
_USED_TO = lazy(r"^I used to (?=[a-z]+ing\b)")
_USED_TO_A_THING = lazy(r"^I used to (\S+)")


# A year left at the end of a line with no word before it to say how it relates.
_BARE_YEAR = lazy(
    r"(\b(?!(?:in|since|of|from|by|to|until|till|through|thru|for|and|or|during|after|before|around|"
    r"circa|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|"
    r"nov|dec)\b)[a-z]+) ((?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?)$",
    re.I,
)
