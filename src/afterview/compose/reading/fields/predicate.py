"""What follows "I" in a strength written without its verb: "I CPA licensed", "I six
years running a warehouse", "I Excel", read into a predicate ("I am a licensed CPA")."""

from __future__ import annotations

import re
from itertools import takewhile

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    CURRENCY_SIGNS,
    DETERMINERS,
    FUNCTION_WORDS,
    MONTHS,
    PREPOSITIONS,
)
from afterview.compose.reading.fields.common import DEGREES, PAPERS, head_index, looks_plural
from afterview.compose.reading.shapes import (
    HOLDINGS,
    PEOPLE,
    STATES,
    article_for,
    finite_verb_index,
    is_mass,
    is_noun_like,
    is_person_noun,
    is_verb,
    names_a_subject,
    needs_article,
    starts_object,
    tags_of,
)
from afterview.compose.reading.text import NUMBER_WORDS, bare, is_name, lower_first, number_word
from afterview.compose.reading.vocabulary import data, matches, word_set

COUNT_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty few several many".split()
)


def role_after_and(text: str) -> bool:
    """'specimen reception and lab assistant at a lab': what follows "and" names a job (two
    words or more, ending in a person: not "grill and larder", nor "donor reporting")."""
    after = text.split(" and ", 1)[1].split()
    cut = next((i for i, w in enumerate(after) if bare(w) in PREPOSITIONS), len(after))
    role = after[:cut]
    return len(role) >= 2 and is_person_noun(bare(role[-1]))


# Made something by others: "ordained Methodist minister" -> "I was ordained a Methodist minister".
# Verbs whose participle says what befell the candidate ("published in JoL in 2023"), where
# "applied for a grant in 2025" is something they did.
_DONE_TO_ONE = frozenset(
    """published featured cited listed shortlisted ranked named quoted interviewed elected
    appointed born educated awarded funded sponsored seconded posted deployed stationed""".split()
)
# Adverbs that stand before the verb they go with: "still author the sections", "also teach".
_BEFORE_A_VERB = frozenset("still also now currently always often regularly usually".split())
MADE = frozenset("ordained commissioned elected appointed promoted shortlisted nominated".split())


def predicate_after_i(ws: list[str]) -> str | None:
    """Words written after "I" without their verb ("CPA licensed"), made a clause; None if not."""
    if len(ws) > 2 and bare(ws[0]) in _BEFORE_A_VERB and is_verb(bare(ws[1]), "V"):
        # "Still author & QC Module 3 sections": after "still", "author" can only be a verb
        return f"I {ws[0].lower()} {' '.join([ws[1].lower(), *ws[2:]])}"
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


# What an amount of money is of, never counted with "a": "$1.41M in new ARR".
_SUMS_OF_MONEY = frozenset(
    "arr mrr acv tcv gmv nrr revenue revenues sales bookings pipeline savings funding".split()
)
_FIELDS_DONE = ("isation", "ization", "ment")


# A count, as a list item begins: "more than 40 domestic EICRs for ...", never "I am" it.
_A_COUNT = lazy(r"^(?:more than |over |about )?\d")
# A paper held, then how long: "C+E licence for 11 years".
_A_PAPER_HELD_FOR = lazy(
    r"^(?P<what>[\w+/&-]+(?: [\w+/&-]+){0,2} (?:licence|license|ticket|card|certificate))"
    r"(?P<rest> for \d+ years?)$"
)


def _predicate_of(ws: list[str]) -> str | None:
    """A subjectless phrase about the candidate, made a clause with "I"."""
    first, key = ws[0], bare(ws[0])
    following = ws[1] if len(ws) > 1 else ""
    rest = ws[1:]
    titled = bool(rest) and first[:1].isupper() and rest[0][:1].isupper() and rest[0][1:].islower()
    if titled and is_person_noun(bare(rest[0])) and not is_name(first):
        rest = [rest[0].lower(), *rest[1:]]  # "Team Lead at Peel": a post, "team lead"
    phrase = " ".join([lower_first(first), *rest])
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
    papers = ("licen", "ticket", "card", "certificate")
    held = _A_PAPER_HELD_FOR.match(phrase) if any(p in phrase for p in papers) else None
    if held:  # "C+E licence for 11 years": held that long, not experience "in" a licence
        return f"I have held {article_for(held['what'])} {held['what']}{held['rest']}"
    if key == "head" and bare(following) == "for":
        return f"I have a {phrase}"  # "head for heights": one has it, one is not it
    if key in STATES and first.endswith(",") and following and "J" in tags_of(bare(following)):
        # "organised, calm under deadlines": two qualities
        return f"I am {lower_first(first.rstrip(','))} and {' '.join(ws[1:])}"
    if key in _DESCRIBING_ONLY and len(ws) > 1 and is_noun_like(ws[1]):
        return f"I have experience in {phrase}"  # "hot runner work", not "I hot the runner"
    # "cost optimisation", "change management": a field, its first word a noun, not a verb
    if len(ws) == 2 and "N" in tags and following.islower() and following.endswith(_FIELDS_DONE):
        return f"I have experience in {phrase}"
    achieved = _achievement(ws)
    if achieved:
        return achieved
    if key[:1].isdigit() and key != "0":
        for word in ws[1:4]:
            if bare(word) in _POSSESSED:  # "2 first author papers, 1 in Nature Immunology"
                return f"I have {number_word(key)} {' '.join(ws[1:])}"
    bracket = next((i for i, w in enumerate(ws) if w.startswith("(")), len(ws))
    plain, aside = ws[:bracket], " ".join(ws[bracket:])
    made = key in MADE and len(plain) >= 2
    if made and bare(plain[1]) in ("to", "as"):  # "Promoted to Dealer Inspector 2024"
        year = plain[-1] if re.fullmatch(r"(19|20)\d\d", plain[-1]) else ""
        role = " ".join(plain[1:-1] if year else plain[1:])
        if year and bare(plain[-2]) == "in":  # "promoted to Operations Manager in 2022"
            role = " ".join(plain[1:-2])
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
    coded = len(ws) > 1 and re.fullmatch(r"[A-Z]+\d+", ws[1].rstrip(","))  # "MED A1": a ticket
    both = len(ws) > 2 and ws[1] in ("+", "&", "and") and bare(ws[2]) in DEGREES
    if key in DEGREES and both:  # "B.Pharm + M.Pharm (Pharmaceutical Technology), Dhaka"
        return f"I have {article_for(first)} {first} and {_second_degree(ws[2:])}"
    if key in DEGREES and len(ws) > 1 and bare(ws[1]) not in PREPOSITIONS and not coded:
        rest = ws[1:]
        joined = rest.index("and") if "and" in rest[1:] else 0
        other = rest[joined + 1 :] if joined else []
        if other and len(other) <= 2 and other[0][:1].isupper() and "," not in " ".join(rest):
            # "PGCE Chemistry + QTS", "MSc Physics + PGCE": a degree in a field, and a second
            # award (late402 readers: "a PGCE in Chemistry and from QTS")
            second = _second_degree(other) if bare(other[0]) in DEGREES else " ".join(other)
            field = " ".join(rest[:joined])
            return f"I have {article_for(first)} {first} in {field} and {second}"
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
            studied = (
                not comma and not field and all(lexicon.known(w.lower()) for w in where.split())
            )
            if studied and where.lower().endswith(_STUDIES):  # not "Oxford", "Wits"
                return f"I have {article_for(first)} {first} in {where}"  # "BSc Optometry 2021"
            return f"I have {article_for(first)} {first}{field} from {where}" if where else None
        where_first = re.fullmatch(r"\(([A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*)*)\),?", rest[0])
        where_first = (
            where_first
            if where_first
            and (
                where_first[1].isupper()
                or _institution(where_first[1])
                or all(is_name(w) and not lexicon.known(w.lower()) for w in where_first[1].split())
            )
            else None
        )
        if where_first:  # "MPH (LSHTM), thesis on ...": where, in brackets, then a tail
            return f"I have {article_for(first)} {first} from {where_first[1]}"
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
        field = re.sub(r"^\(([^()]+)\)", r"\1", field)  # "MSc (Physics)": the field, unwrapped
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
    lower = first.islower() or (first[1:].islower() and lexicon.known(first.lower()))
    a_role = len(ws) > 1 and first.isalpha() and lower and ws[1].islower()  # "Games master"
    a_role = a_role and key not in FUNCTION_WORDS  # not "can cook for 200"
    # "bar manager at a cocktail bar", "Games master, rugby 15s"
    ends = len(ws) <= 2 or bare(ws[2]) in PREPOSITIONS or ws[1].endswith(",")
    one = a_role and "N" in tags_of(bare(ws[1])) and bare(ws[1]) not in ("staff", "crew", "people")
    if one and ends and is_person_noun(bare(ws[1])) and key not in STATES:
        return f"I am {article_for(first)} {phrase}"  # "bar manager at ...": never "I bar"
    if key in ("is", "are", "am"):
        return "I am " + " ".join(ws[1:]) if len(ws) > 1 else None
    if key in ("has", "have"):
        return "I have " + " ".join(ws[1:]) if len(ws) > 1 else None
    if key in ("had", "was") and len(ws) > 1:
        return "I " + " ".join([key, *ws[1:]])
    # "Games master rugby": a plural noun before one person is a post, not "I game master"
    a_post = "N" in tags and is_person_noun(following) and not looks_plural(bare(following))
    a_post = a_post and bare(following) not in ("staff", "crew", "people", "team")
    if "Z" in tags and not tags & {"V"} and not a_post:
        return " ".join(["I", lexicon.inflect(key, "VBP"), *ws[1:]])
    gerund_compound = "N" in tags and "G" in tags_of(following) and not is_name(following)
    adjective_first = {"J", "V"} <= tags and "D" not in tags and "S" in tags_of(following)
    if adjective_first and len(ws) >= 3 and is_activity(ws[-1]) and _a_field(ws, ws):
        return f"I have experience in {lower_first(phrase)}"  # "minor ailments prescribing"
    wound = "N" in tags and "D" in tags and lexicon.lemma(key) not in (None, key)
    then = bare(ws[2]) if len(ws) > 2 else ""
    if wound and _singular_noun(following) and "S" not in tags_of(then):  # "drove school buses"
        return f"I have experience in {lower_first(phrase)}"  # "wound care", not "I wound"
    if key in ("advanced", "intermediate") and following and is_name(following):
        level = " ".join(w for w in phrase.split() if not w.startswith("(") and not w.endswith(")"))
        return f"I have {level} skills"  # "Advanced Excel + PowerPoint": a level, not a deed
    if (
        tags & {"D"}
        and not gerund_compound  # "cost cutting on Snowflake"
        and (not following or starts_object(following) or bare(following) == "to")
    ):
        return f"I {_the_after_verb(phrase)}"
    unknown = not tags_of(key)  # "Revalidated", capitalised as a list item: no name
    if unknown and key.endswith("ed") and bare(following) in _WHOSE_OR_WHICH:
        # "revalidated my diploma": a deed the lexicon lacks
        return " ".join(["I", first.lower(), *rest])
    if "P" in tags and following and bare(following) in PREPOSITIONS:
        dated = re.search(r"(?<!since )\b(?:in )?(?:19|20)\d\d$", phrase)
        if dated and (key in STATES or key in _DONE_TO_ONE):
            return f"I was {phrase}"  # "published in JoL in 2023": then, not now
        if key in STATES or "D" not in tags:
            return f"I am {phrase}"
        return f"I {phrase}"  # "launched in 4 EU markets"
    head = ws[: head_index(ws) + 1]
    if "G" in tags and not is_name(first) and not is_person_noun(head[-1]):
        if bare(first) in ("acting", "interim"):
            return None  # "acting charge nurse nights ~6 months": a role, not an activity
        if len(ws) > 1 and bare(ws[1]) in PAPERS:
            return None  # "Driving licence A2 + tractor": a licence, not an activity
        if bare(first) in ("sitting", "taking") and _MONTHS_AHEAD.search(phrase):
            return f"I am {phrase}"  # "sitting for RNC-OB in March": an exam ahead
        if bare(head[-1]) == "experience" and len(head) > 1:
            return f"I have {lower_first(phrase)}"  # "budgeting experience", said once
        # "feeding therapy", "Patching automation": a field ("action" is a noun of doing)
        action = len(head) == 2 and bare(head[1]).endswith(("tion", "ment"))
        field_ = len(head) == 2 and (("N" in tags and is_mass(bare(head[1]))) or action)
        if field_ and head[1].islower():
            return f"I have experience in {lower_first(phrase)}"
        if len(ws) > 2 and bare(ws[1]) == "and" and "G" not in tags_of(ws[2]):
            return f"I have experience in {lower_first(phrase)}"  # "scheduling and labour cost"
        return f"I have experience {phrase}"
    if _plural_people(head):  # "anxious patients", "first-time buyers"
        return f"I have experience with {lower_first(phrase)}"
    acronyms = len(head) >= 2 and all(w.rstrip(",").isupper() for w in head)
    if acronyms and _names_only([w.rstrip(",") for w in head]):
        return f"I have experience with {phrase}"  # "SAP PM, ...": a module, not a PM
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
    if ws[-1] and bare(ws[-1]) in STATES and len(ws) <= 4 and not ws[-1].endswith(")"):
        return f"I am {' '.join(ws)}"  # "CPA licensed", "ACLS certified"
    then_adjective = bare(following) != "and" or (
        len(ws) > 2 and bool(tags_of(bare(ws[2])) & {"J", "D"})
    )
    described = not following or bare(following) in PREPOSITIONS | {"and", "with"}
    if "J" in tags and described and then_adjective and not _A_COUNT.match(phrase):
        return f"I am {phrase}"  # not "I am epoxy and PU glassing", nor "I am more than 40 ..."
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
    if is_noun_like(first) and len(head) >= 2 and (is_activity(head[-1]) or technical):
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
    if " and " in f" {' '.join(ws)} " and role_after_and(" ".join(ws)):
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
def _plural_people(head: list[str]) -> bool:
    return (
        len(head) >= 2
        and bare(head[-1]) in PEOPLE
        and "J" in tags_of(head[0])
        and not is_name(head[0])
    )


# Roles held by one person at a time: "president of the society", never "a president of".
_UNIQUE_ROLES = frozenset(
    "president chair chairperson captain head founder cofounder co-founder treasurer secretary".split()
)
LANGUAGE_LEVEL = frozenset(
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
            if ws[i - 1].endswith(","):  # "on-call lead, cut pages": a post, then what was done
                post = " ".join([lower_first(ws[0]), *ws[1:i]]).rstrip(",")
                person = is_person_noun(ws[i - 1].rstrip(","))
                rest = " ".join(ws[i + 1 :])
                return f"As the {post}, I {bare(word)} {rest}" if person and rest else None
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
        bare(w) in LANGUAGE_LEVEL or bare(w) in languages or bare(w) in ("and", "&") for w in ws
    ):
        return "I speak " + " ".join([lower_first(ws[0]), *ws[1:]])
    return None


_MONTHS_AHEAD = lazy(rf"\b(?:in|next|this) (?:{MONTHS}|month|week|spring|summer|autumn|winter)\b")
_ACTIVITY_ENDINGS = ("ment", "tion", "sion", "ing", "ship", "ance", "ence", "ysis", "ics")


_WITH_WHOM = frozenset("communication liaison engagement relations".split())
# Fields of work without an activity ending: "level design", "UX research", "tier 2 support".
_FIELDS = frozenset(
    "design research support audit sales care review strategy tax law repair repairs practice "
    "appraisal appraisals recovery referral referrals".split()
)


def is_activity(word: str) -> bool:
    """A word naming a kind of work ("audit", "assessments", "bookkeeping")."""
    key = bare(word)
    if key in _FIELDS:
        return True
    if key.endswith("s") and key[:-1].endswith(("ment", "tion", "sion", "ysis")):
        key = key[:-1]  # "Care Act assessments"
    return key.endswith(_ACTIVITY_ENDINGS) and not key.endswith(("thing", "king"))


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
# A department's work named alone takes no article: "I ran HR for a 400-person plant", "I
# covered AP for three months" (never "the HR"); "the HR audit" is one thing and keeps it.
_FUNCTIONS = frozenset(
    """hr ap ar qa qc it pr r&d l&d hse ehs fp&a payroll procurement purchasing finance
    marketing sales compliance admissions operations ops recruitment recruiting""".split()
)

_MAKING = frozenset(
    "built created developed designed wrote launched founded started introduced set prototyped".split()
)


_MEASURED = lazy(r"\d[\d.,]*-[a-z]+(?:-[a-z]+)?")


# A product's name, capitals inside it: "HerdPlus", "QuickBooks", "SharePoint".
_BRAND = lazy(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# Words that end a product's name after its maker's: "UKG Pro", "Xero Go" (never "the UKG Pro").
_EDITIONS = frozenset("pro plus max online cloud enterprise premium suite one go express".split())
# Verbs of a language: "speak Hindi", never "speak the Hindi".
_SPEAKING = frozenset("speak spoke".split())


# A verb and a noun that make one verb, never "took the care of".
_IDIOMS = frozenset(
    (verb, noun)
    for verb in ("take", "took", "taken", "taking", "takes")
    for noun in ("care", "part", "charge", "place", "advantage", "notice", "note", "action", "hold")
) | frozenset(
    (verb, noun)
    for verb in ("make", "made", "making", "makes")
    for noun in ("sure", "use", "sense", "progress", "room", "time")
)


_EVERY_WEEK = frozenset(
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends nights".split()
)


# The particle of a phrasal verb, which no article goes before: "slowed down", "stepped up".
A_VERBS_PARTICLE = frozenset("down up out off away back over".split())


def _the_after_verb(phrase: str) -> str:
    """'led migration to AWS' -> 'led the migration to AWS'; 'built churn model for a telco' ->
    'built a churn model for a telco': a note keeps the articles notes to self drop."""
    ws = phrase.split()
    end = 1
    if bare(ws[0]) in _SPEAKING and len(ws) > 1 and ws[1][:1].isupper():
        listed = phrase.split(", ")  # "speak Kannada, Kodava, Tulu": languages, and a list
        if len(listed) > 2 and all(len(item.split()) == 1 for item in listed[1:]):
            return ", ".join(listed[:-1]) + " and " + listed[-1]
        return phrase
    if len(ws) > 1 and bare(ws[1]) in _EVERY_WEEK:
        return phrase  # "worked Saturdays at my uncle's shop": every Saturday, no "the"
    if len(ws) > 1 and bare(ws[1]) in A_VERBS_PARTICLE:
        return phrase  # "slowed down on the second call" (late428 readers: "I slowed the down")
    if len(ws) > 2 and ws[1].istitle() and re.fullmatch(r"\d+|[A-Z]", ws[2]):
        return phrase  # "delivered Stage 1 of ...", "ran Phase 2": a numbered part, no "the"
    brand = len(ws) > 1 and (_BRAND.fullmatch(ws[1]) or (ws[1].istitle() and is_name(ws[1])))
    if brand and (len(ws) == 2 or bare(ws[2]) in PREPOSITIONS):  # "used Coupa for 2 years"
        return phrase  # "used HerdPlus for all records": a product's name takes no "the"
    cut = next((i for i in range(2, len(ws)) if bare(ws[i]) in PREPOSITIONS), len(ws))
    edition = len(ws) > 2 and bare(ws[2]) in _EDITIONS
    brand = brand or (edition and ws[1].isupper() and len(ws[1]) > 1 and ws[2].istitle())
    if brand and all(w[:1].isupper() or w[:1].isdigit() for w in ws[2:cut]):
        return phrase  # "implemented UKG Pro", "ran Sage 200": a product's name, all of it
    if (
        len(ws) > 2
        and ws[1][:1] in CURRENCY_SIGNS
        and bare(ws[2]) not in PREPOSITIONS | {"a", "an"}
    ):
        cut = next((i for i in range(2, len(ws)) if bare(ws[i]) in PREPOSITIONS), len(ws))
        if any(bare(w) in _SUMS_OF_MONEY for w in ws[2:cut]):  # "closed $1.41M new ARR"
            return " ".join([ws[0], ws[1], "in", *ws[2:]])
        return " ".join([ws[0], "a", *ws[1:]])  # "managed £1.2m paid social budget"
    if len(ws) > 2 and _MEASURED.fullmatch(ws[1]):  # "led 6-person helpdesk": a size, a thing
        cut = next((i for i in range(2, len(ws)) if bare(ws[i]) in PREPOSITIONS), len(ws))
        heads = [bare(w) for w in ws[2:cut]]  # "72-passenger school buses downtown Oshawa"
        plural = any(looks_plural(w) and "S" in tags_of(w) for w in heads) or (
            bool(heads) and looks_plural(heads[-1])
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
    if end == 2 and bare(ws[1]) in _FUNCTIONS:
        return phrase
    if len(ws) > 2 and (bare(ws[0]), bare(ws[1])) in _IDIOMS:
        return phrase  # "took care of my grandmother", "took part in the census"
    fields = ("ogy", "ics", "istry", "graphy")
    if len(ws) > 1 and (bare(ws[1]).endswith(fields) or bare(ws[end - 1]).endswith(fields)):
        return phrase  # "taught Dendrology at UPLB", "taught HS civics": a field of study
    named = list(takewhile(lambda w: not w.startswith("("), ws[1:end]))  # not "(Eclipse, CMG)"
    if names_a_subject(named):
        return phrase  # "taught Reservoir Simulation": a course's name

    at_end = end == len(ws) or ws[end - 1].endswith(",")
    if end == 1 or (not at_end and end < len(ws) and bare(ws[end]) not in PREPOSITIONS):
        return phrase
    if any(c.isdigit() for c in ws[1]) or bare(ws[1]) in COUNT_WORDS:
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
    if core.lower() in _UNIVERSITIES_BY_A_SHORT_NAME:
        return True
    return sum(c.isupper() for c in core) >= 2 and len(core) <= 6 and core.isalpha()


# South African universities as their graduates write them ("PGCE (Wits)" was "a PGCE in Wits",
# late361 readers): words a dictionary also has.
_UNIVERSITIES_BY_A_SHORT_NAME = frozenset({"wits", "tuks", "maties", "stellies"})


# Endings of a field of study after a degree: "BSc Optometry 2021", "MSc Data Science 2020".
_STUDIES = ("metry", "logy", "ics", "istry", "graphy", "nomy", "ing", "ence", "ture", "law", "arts")


def _have(ws: list[str]) -> str:
    """Something the candidate has: "I have a background in nursing", "I have an MBA"."""
    phrase = " ".join([lower_first(ws[0]), *ws[1:]])
    head = bare(ws[head_index(ws)])
    if bare(ws[0]) not in DETERMINERS and (needs_article(ws) or head in DEGREES - {"masters"}):
        phrase = f"{article_for(ws[0])} {phrase}"
    return f"I have {phrase}"


def _second_degree(ws: list[str]) -> str:
    """ "M.Pharm (Pharmaceutical Technology), University of Dhaka" -> "an M.Pharm in
    Pharmaceutical Technology"; "MSc in Chemistry" -> "an MSc in Chemistry"."""
    degree, after = ws[0].rstrip(","), " ".join(ws[1:]) if not ws[0].endswith(",") else ""
    said = f"{article_for(degree)} {degree}"
    bracketed = re.match(r"^\(([^()]+)\)", after)
    if bracketed:  # "(Pharmaceutical Technology)" is the field, "(UNZA)" where it was taken
        where = bracketed[1].isupper() or _institution(bracketed[1].split()[-1])
        return f"{said} {'from' if where else 'in'} {bracketed[1]}"
    first = after.split(", ")[0]
    if first.split() and bare(first.split()[0]) in PREPOSITIONS:
        return f"{said} {first}"
    return said


# What a deed is done to, after a verb the lexicon does not know ("revalidated my diploma").
_WHOSE_OR_WHICH = frozenset("my our the a an his her their".split())
