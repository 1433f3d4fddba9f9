"""The shape of a cleaned phrase: what its first words are, and whether it holds a finite verb.

A debrief phrase is read by its first few words, as a person would: "Managed a
team of 9" starts with a past-tense verb, "speaks Portuguese" with a verb in
the third person, "CPA licensed" is a noun and a participle, "how they do code
review" a question word. These helpers answer such questions from the
lexicon (lemminflect's data) and the closed word lists.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    AUXILIARIES,
    COUNTS_IN_WORDS,
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    PREPOSITIONS,
    PRONOUNS,
    WH_WORDS,
)
from afterview.compose.reading.text import bare, is_name
from afterview.compose.reading.vocabulary import data

# Participles that describe a state after "we are both" ("we are both qualified nurses", "both
# obsessed with the Toss app"): the gate and the rapport reader use them.
STATES_AFTER_BE = frozenset(
    """qualified married based interested trained registered certified retired involved
    excited located licensed obsessed hooked addicted fascinated""".split()
)
# Participles that describe a person rather than report an act: "certified in ACLS" is what
# someone is ("I am certified..."), "managed a team" what someone did.
STATES = frozenset(
    """certified licensed qualified trained registered accredited experienced skilled
    chartered insured vaccinated based located interested passionate specialised specialized
    versed fluent proficient comfortable confident familiar bilingual trilingual multilingual
    good great strong excellent skilled adept able available keen eager known recognised
    recognized published cleared vetted organised organized motivated self-motivated driven
    dedicated committed disciplined detail-oriented reliable punctual calm eligible""".split()
)
# Nouns that name what a person brings; never verbs at the start of a strength.
HOLDINGS = frozenset(
    """experience background expertise knowledge track record history understanding
    grounding skills skill fluency proficiency familiarity exposure""".split()
)
# Nouns counted one by one: "a background in nursing", never "background in nursing".
COUNTABLE_HEADS = frozenset(
    """background track record understanding grounding eye head network portfolio degree
    certificate diploma licence license qualification passion reputation knack talent
    internship apprenticeship fellowship scholarship traineeship placement secondment
    clerkship residency""".split()
)
# Finite verbs that clearly start a clause after a noun: "the team is growing".
_FINITE = frozenset(AUXILIARIES | MODALS) - {"be", "been", "being"}
# Words that make a line a statement of a problem ("the ERP rollout is behind"), as words or
# as the start of one ("struggl" for struggling, struggled...).
_NEGATIVE_WORDS = frozenset(
    """not n't no never behind understaffed short-staffed problem problems issue issues losing
    cuts layoff layoffs failing failed worried mess messy chaotic chaos broken painful turnover
    crunch slipped backlog hardest difficult tough toxic bad worst aggressive overloaded
    attrition dysfunctional burnout falls fall accident accidents injury injuries incident
    incidents died death deaths fatality fatalities dropped complaint complaints delay delays
    delayed complain complains complained complaining headache headaches drowning swamped lost
    self-harm suicide suicides suicidal bottleneck bottlenecks penalty penalties wastage
    downtime outage outages shortage shortages stockout stockouts stock-outs theft thefts
    vandalism amputations infections overdoses assaults breakdown breakdowns crashes crashing
    jams jamming leaks leaking cracking loosening failure failures ombudsman sectioned
    sectioning errors fight fights fighting expiry expired breach breaches outdated obsolete
    blame hates shrinkage ugly clunky awful horrible terrible crappy rubbish nightmare
    nightmares""".split()
)  # not "suicide prevention", nor "error handling"
_NEGATIVE_STARTS = ("struggl", "stress", "concern", "slipp", "firefight", "overwhelm")
# Negative only at the end: "the procurement audit finding" is a fault of theirs (read aloud,
# late324); "isolation audit findings" are a subject.
_NEGATIVE_ENDINGS = ("audit finding",)
_NEGATIVE_PAIRS = (
    # their people growing old and leaving (late402: "I enjoyed hearing about faculty ageing")
    "faculty ageing",
    "faculty aging",
    "staff ageing",
    "staff aging",
    "workforce ageing",
    "workforce aging",
    "ageing workforce",
    "aging workforce",
    "ageing faculty",
    "aging faculty",
    "ageing staff",
    "aging staff",
    "half retire",
    "retire in",
    "dying off",
    "dried up",
    "rollout pain",
    "migration pain",
    "growing pains",
    "out of date",
    "nobody likes",
    "nobody uses",  # "the GIS lab that nobody uses" (late330: a private aside, sent to the head)
    "no one uses",
    "no one likes",
    "over budget",
    "short of",
    "pain point",
    "manual in",
    "stretched thin",
    "burn out",
    "only one",
    "falling apart",
    "under-staffed",
    "worn out",
    "is old",  # "the wave flume they have is old": their kit, run down to their face
    "are old",
    "needs a new",
    "need a new",
    "keep breaking",  # "the WOW carts that keep breaking"
    "keeps breaking",
    "sitting for weeks",  # "quotes sitting for weeks": a backlog
    "sitting for months",
    "i caused",  # "a broadcast storm I caused": your own slip, recalled to them
    "dumping ground",  # "the library used as a dumping ground for cover classes"
    "in transition",  # "the team is in transition, 2 persons left": turnover, never welcome news
    "after the strike",  # "teachers' morale after the strike": a sore point, never enjoyed
    "after the strikes",
)


def words(text: str) -> list[str]:
    return text.split()


def tags_of(word: str) -> frozenset[str]:
    return lexicon.tags(bare(word))


def is_verb(word: str, forms: str = "VDPGZ") -> bool:
    key = bare(word)
    return key in AUXILIARIES or bool(lexicon.tags(key) & set(forms))


def is_finite(word: str, after_subject: bool = False) -> bool:
    """A verb that can carry a clause: past or -s form (or any verb after a pronoun subject)."""
    key = bare(word)
    if key in _FINITE:
        return True
    tags = lexicon.tags(key)
    if after_subject:
        return bool(tags & set("VDZ"))
    return bool(tags & {"D", "Z"}) and not tags & {"N", "S", "J"}


def is_noun_like(word: str) -> bool:
    """A noun, an adjective before one, a name or a number: not a verb or a function word."""
    key = bare(word)
    if not key or key in FUNCTION_WORDS:
        return False
    if key[0].isdigit() or is_name(word):
        return True
    tags = lexicon.tags(key)
    return not tags or bool(tags & {"N", "S", "J"})


# Words for a change, which a note's shorthand sets after its subject: "yard growing".
CHANGES = frozenset(
    """growing rising falling shrinking increasing decreasing expanding declining improving
    changing slowing dropping climbing recovering""".split()
)


def acts_on_described(ws: list[str]) -> bool:
    """A verb, then a word that can only describe: "buy raw cashmere", "building new
    warehouses". A noun does not stand before an adjective in the name of a thing, so the
    first word is what is done."""
    if len(ws) < 2:
        return False
    first, second = tags_of(ws[0]), tags_of(ws[1])
    if bare(ws[1]) in FUNCTION_WORDS:
        return False  # "yield after dehairing": a preposition, not a describing word
    ending = ws[1].islower() and ws[1].endswith(_ADJECTIVE_ENDINGS)
    if not second and ending and not ws[1].endswith("ment"):  # "grain transhipment volumes"
        second = frozenset({"J"})  # "designing idempotent consumers": a word of the trade
    return bool(first & {"V", "G"}) and bool(second) and second <= {"J", "R"} and "J" in second


# Endings of describing words the lexicon may not hold ("idempotent", "stateless").
_ADJECTIVE_ENDINGS = ("ent", "ive", "ous", "able", "ible", "less", "ful")


def starts_object(word: str) -> bool:
    """A word that can open the object of a verb: "a team", "three apps", "Kafka"."""
    key = bare(word)
    return key in DETERMINERS or key in PRONOUNS or is_noun_like(word) or key[:1].isdigit()


_MET_THINGS = frozenset("office offices service services station stations data department".split())


def finite_verb_index(ws: list[str]) -> int | None:
    """Where the main verb of a clause is, if ``ws`` is a clause ("the team is growing").

    A noun phrase with a clause inside it is not a clause: "the portal that shows status",
    "the framework I built", "the migration planned for 2027".
    """
    for i, word in enumerate(ws):
        if i == 0:
            continue
        key, before = bare(word), bare(ws[i - 1])
        if key in ("that", "which", "who", "where", "when"):
            return None
        if key in ("learned", "learnt") and before == "lessons":
            continue  # "lessons learned culture": one noun
        if key == "met" and i + 1 < len(ws) and bare(ws[i + 1]) in _MET_THINGS:
            continue  # "national met services": meteorological, not a verb
        if (
            key in _SUBJECT_CONTRACTIONS
            and (is_noun_like(ws[i - 1]) or "G" in lexicon.tags(before))  # "drone spraying"
            and before not in FUNCTION_WORDS
        ):
            return None  # "the sensory room you're setting up": a relative clause, no main verb
        if word[:1].isupper() and key in ("may", "march"):
            continue  # "the turnaround May 2027": the month
        if before in PRONOUNS:
            relative = i >= 2 and is_noun_like(ws[i - 2]) and bare(ws[i - 2]) not in FUNCTION_WORDS
            if relative:
                continue  # "the framework I built": its verb is not the clause's
            if is_finite(word, after_subject=True):
                return i
            continue
        if key in _FINITE:
            return i
        adverb_after_noun = before in ADVERBS and i >= 2 and is_noun_like(ws[i - 2])
        if adverb_after_noun and "D" in lexicon.tags(key):
            return i  # "your son also studied at Bharati Vidyapeeth"
        if before in DETERMINERS or before in PREPOSITIONS:
            continue  # "the needs", "of reporting": a noun here
        if lexicon.tags(before) == frozenset({"J"}) and "D" in lexicon.tags(key):
            continue  # "the new banded CTR scheme": a participle after an adjective
        if before == "self":
            continue  # "self represented people": an adjective written without its hyphen
        tags = lexicon.tags(key)
        after = ws[i + 1] if i + 1 < len(ws) else ""
        plural = "S" in tags or ("N" in tags and key.endswith("s"))  # "crew needs", "walls"
        after_tags = lexicon.tags(bare(after)) if after else frozenset()
        plural_noun_here = plural and (
            not after
            or is_preposition(after)
            or after == "and"
            or bare(after) in PRONOUNS
            or "G" in after_tags  # "ICU nurses rotating into HDU": nurses, doing something
            or ("P" in after_tags and bare(after).endswith("ed"))  # "certificates verified"
        )
        # "long-term", "large-scale": a hyphened word the lexicon lacks describes a noun too
        described = lexicon.tags(before) <= {"J"} and (bool(lexicon.tags(before)) or "-" in before)
        if plural and described:
            continue  # "their long-term sites Spasskaya Pad ...": an adjective, then its noun
        # "their Mekong dams campaign": a name, a plural, one noun to end: all one noun
        compound = (
            key.endswith("s")
            and is_name(ws[i - 1])
            and i + 2 == len(ws)
            and bare(ws[0]) in DETERMINERS
            and lexicon.tags(bare(after)) & {"N"}
            and after.islower()
        )
        if "Z" in tags and is_noun_like(ws[i - 1]) and not plural_noun_here and not compound:
            return i  # "the truck goes home", "half the caseload needs Spanish"
        # "their reports go to the SIU": a plural after its determiner, then a verb's base form
        # and where or what to (late386 readers: "talk about your reports go to ...")
        owned_plural = i >= 2 and bare(ws[i - 2]) in DETERMINERS and "S" in lexicon.tags(before)
        if owned_plural and "V" in tags and lexicon.lemma(key) == key and is_preposition(after):
            return i
        one_subject = i >= 2 and bare(ws[i - 2]) in DETERMINERS and lexicon.tags(before) == {"N"}
        # "schedule comes out on Wednesdays": a noun first, then its verb and particle (late337
        # readers: "our conversation about schedule comes out on Wednesdays" embarrassed)
        a_noun = "N" in lexicon.tags(before) and "S" not in lexicon.tags(before)
        one_subject = one_subject or (i == 1 and a_noun)
        if "Z" in tags and one_subject and bare(after) in _PARTICLES:
            return i  # "your son takes over in a few years": one noun, then its verb and particle
        where = key in _WHERE_IT_RUNS and bare(ws[0]) in DETERMINERS and i >= 2
        if where and is_preposition(after) and "S" not in lexicon.tags(before):
            return i  # "the K2 section runs under Lysakerelva", "the team reports to the CFO"
        takes_object = bool(after) and starts_object(after) and not is_preposition(after)
        plural_subject = "S" in lexicon.tags(before) or (
            is_name(ws[i - 1]) and "and" in (bare(w) for w in ws[:i])
        )
        determined = bare(after) in DETERMINERS or after[:1].isdigit() or bare(after) in _COUNTS
        if "V" in tags and plural_subject and determined and key not in PREPOSITIONS:
            return i  # "Budapest and Warsaw share one platform team"
        if "D" in tags and not tags & {"N", "S", "J"} and ("P" not in tags or takes_object):
            return i  # "the team went", "the board approved the budget"
        owned = bare(ws[0]) in ("my", "our") and i >= 2 and is_noun_like(ws[i - 1])
        if owned and "D" in tags and bool(after) and (takes_object or is_noun_like(after)):
            return i  # "our TPM rollout halved unplanned downtime", "my team won the award"
    return None


# The particles of a phrasal verb ("takes over", "comes back"), never an object.
_PARTICLES = frozenset("over up out off back down away".split())
# Verbs that say where a thing runs or to whom it answers, before a preposition: with a
# singular subject they are the verb ("the line feeds into"), not a plural ("test runs").
_WHERE_IT_RUNS = frozenset(
    "runs sits lies flows feeds reports connects passes crosses operates belongs goes opens starts"
    " moves".split()
)
# Adverbs that stand between a subject and its verb: "your son also studied", "I already did".
ADVERBS = frozenset(
    """already also both just recently never once previously successfully personally
    single-handedly""".split()
)
_COUNTS = frozenset("one two three four five six seven eight nine ten several many".split())

_SUBJECT_CONTRACTIONS = frozenset(
    "i'm i've i'd you're you've we're we've they're they've he's she's it's you'd we'd"
    " they'd he'd she'd".split()
)


def is_clause(text: str) -> bool:
    ws = words(text)
    if not ws:
        return False
    spoken = not (ws[0].isupper() and len(ws[0]) > 1)  # "US commercial forecast": not "us"
    if spoken and (bare(ws[0]) in PRONOUNS or bare(ws[0]) in _SUBJECT_CONTRACTIONS) and len(ws) > 1:
        return True
    return finite_verb_index(ws) is not None


# One's relatives, as a regular expression's alternatives: "my cousin", "a sister in Callan",
# "looked after my grandfather".
RELATIVES = (
    r"wife|husband|partner|kids?|children|family|son|daughter|parents?|mother|father|mum|mom|"
    r"dad|brother|sister|cousin|uncle|aunt|auntie|niece|nephew|grand\w+|gran|nan|in-laws|"
    r"fianc[eé]e?"
)


# Hardships a note may name, but never as a pleasure: "illegal dumping", "apparent losses",
# "fraud models" are someone's work, and "I enjoyed hearing about" them reads as glee.
_GRAVE = frozenset(
    """loses lose loss losses illegal dumping waste wastage pollution polluted poaching
    corruption bribery fraud debt deficit bankrupt bankruptcy consanguinity decline declining
    outbreak outbreaks crime violence abuse conflict poverty flood floods flooding drought
    erosion disease diseases pest pests drunk drink drinking alcohol intoxicated angry yelling
    shouting shouts shouted grieving grief euthanasia death dies died dying suicide suicidal
    overdose assault harassment bullying injury injured accident fatality crisis pregnancy
    pregnancies malnutrition hunger homelessness addiction friction tension tensions burnout
    backlog backlogs complaint complaints shortage shortages understaffing attrition
    absenteeism vandalism theft shoplifting rise threats threat threatened dropping dropout
    dropouts eviction evictions arrears trauma traumatic disciplinary grievance grievances
    sectioned sectioning fight fights fighting ombudsman fatal fatals fatalities no-shows
    no-show fault faults defect defects breakdowns outages downtime leaks findings
    bills fobbed stretched overstretched diabetes cancer cancers dementia fever illness illnesses
    tuberculosis hiv obesity sepsis homeless resettlement displacement displaced refugees
    psychosis genocide massacre internment waiters rejections denials denying shrink shrinkage attacks
    bites mauling mortality morbidity deaths stillbirth stillbirths miscarriage miscarriages
    self-harm overdoses neglect redundancies layoffs lay-offs closures strikes casualties
    delays waiting waits meltdown meltdowns tantrum tantrums seizure seizures incontinence
    parkinson's alzheimer's dialysis chemotherapy chemo medication medications
    opioid opioids""".split()
)


def sounds_grave(text: str) -> bool:
    return bool(_plain_words(text) & _GRAVE) or bool(_GRAVE_PHRASES.search(text))


# Harms named in two words, whose words alone are not grave ("residential care" is not).
_GRAVE_PHRASES = lazy(
    r"\bresidential schools?\b|\bsixties scoop\b|\bstolen generations?\b"
    r"|\bcorridor care\b|\btrolley waits?\b"  # patients cared for in corridors: a harm
    r"|\bchild labou?r\b|\btrafficking\b|\bexploitation\b"
    r"|\bgrenfell\b|\btraged(?:y|ies)\b"  # a fire that killed 72 (late308): never "enjoyed"
    r"|\b(?:dog|heart|panic|terror|knife|acid) (?:attack|bite)\b"  # never "enjoyed"
    # an animal put to sleep (late419 readers: "I especially enjoyed talking through how I
    # handle it when an animal has to be put down" read as callous)
    r"|\b(?:put|putting|be put) (?:down|to sleep)\b"
    # how the one before left the post (late453 readers: "The part I enjoyed most was talking
    # through how the last nanny left" read as relish for gossip)
    r"|\b(?:last|previous|old|former) \w+ (?:left|quit|was (?:fired|sacked|let go))\b"
    r"|\bhospital (?:visits?|stays?|admissions?|appointments?)\b"  # an elder's (late457)
    r"|\bend[- ]of[- ]life\b",  # "his wife's end of life care at home" (late461 readers)
    re.I,
)
# A people's past harm: spoken of, never "approached" as a problem of the job.
_PAST_HARMS = frozenset("genocide massacre internment".split())


def a_past_harm(text: str) -> bool:
    return bool(_GRAVE_PHRASES.search(text)) or bool(_plain_words(text) & _PAST_HARMS)


def tells_a_hardship(clause: str) -> bool:
    """Whether a clause tells of a loss of theirs ("the dive centre loses money in summer"),
    which a note must not thank them for; a field of work in it ("the fish disease lab") is
    no hardship."""
    return bool(_plain_words(clause) & _HARDSHIP)


def _plain_words(text: str) -> set[str]:
    return {w.strip(".,;:!?()\"'“”").lower() for w in text.split()}


_HARDSHIP = frozenset(
    """lose loses losing lost loss losses deficit debt debts bankrupt bankruptcy decline
    declining shrinking fraud corruption bribery layoffs redundancies""".split()
)


# A skill named by its problem: "problem solving", "incident management", "issue tracking".
_A_SKILL_OF_IT = lazy(
    r"\b(?:problem|issue|incident|complaint)s?[- ](?:solving|solver|management|tracking|handling|resolution)\b"
)


def sounds_negative(text: str) -> bool:
    lowered = _A_SKILL_OF_IT.sub("skill", text.lower())
    words = {w.strip(".,;:!?()\"'“”") for w in lowered.replace("n't", " n't").split()}
    if words & _NEGATIVE_WORDS or any(p in lowered for p in _NEGATIVE_PAIRS):
        return True
    if lowered.endswith(_NEGATIVE_ENDINGS):
        return True
    if any(w in lowered for w in _PAIN_HINTS) and _PAIN.search(lowered):
        return True
    return any(w.startswith(_NEGATIVE_STARTS) for w in words)


# Pain points however they are worded: how long something of theirs takes ("their regression
# takes 3 days manual"), what is still done the old way, being short of people, a post left
# empty, a family at odds. Compiled only when one of its words is there.
_PAIN = lazy(
    r"\btakes? (?:\w+ ){0,2}(?:hours|days|weeks|months)\b"
    r"|\bneeds? (?:re\w+ing|fixing|updating|replacing|work|an overhaul)\b"
    r"|\bstill (?:in|on|using|done|manual|paper|by hand)\b"
    r"|\bshort (?:by )?(?:\d+|one|two|three|four|five|a few|several)\b|\bvacant\b"
    r"|\bunderstaffed\b|\bshort-staffed\b|\bdisagrees?\b"
    r"|\bwithout an? (?:head|manager|director|lead|leader|chair|principal|boss)\b"
    # "spot interruptions killing long runs" ("pest control and killing weeds" is the work)
    r"|(?<!\band)(?<!\bon)(?<!\bfor)(?<!^) (?:killing|kills|killed) "
    # "agency spend on Lundy is high": a cost of theirs that is too high
    r"|\b(?:spend|spending|costs?|turnover|sickness|absence|vacancies|attrition|overtime|waits?|"
    r"waiting lists?|wait times?)\b(?: [\w'-]+){0,3} (?:is|are|was|were|runs?|running|still|got) "
    r"(?:too |very |really |quite |so |way )?(?:high|huge|massive|rising|through the roof)\b"
)
_PAIN_HINTS = (
    *("take", "still ", "short", "vacant", "understaffed", "disagree", "need", "without"),
    *("high", "huge", "massive", "rising", "roof", "kill"),
)


_SAID_LETTER_BY_LETTER = frozenset("sap sas mot".split())
_ONSETS = frozenset("st sc sp sk sl sm sn sw tr pr br cr dr fr gr pl bl cl fl gl".split())


def article_for(word: str) -> str:
    """'a' or 'an' before ``word``, by its sound as far as spelling shows it."""
    key = bare(word)
    if not key:
        return "a"
    letters = word[:2].isupper() and len(word) > 1  # "MEng", "MSc": said letter by letter
    if letters or (word.isupper() and len(word) > 1):  # an MBA, a PMP, an SQL course; a NATO
        spoken_as_word = (
            (
                word.isupper()
                and len(key) >= 3
                and key[1] in "aeiou"
                and key[2] not in "aeiou"
                and key not in _SAID_LETTER_BY_LETTER  # "an SAP consultant", as SAP says it
            )
            or (
                # "a STORM trainer", "a SCORM course": two consonants that begin English words,
                # then a vowel, said as a word
                word.isupper() and len(key) >= 4 and key[:2] in _ONSETS and key[2] in "aeiou"
            )
        )
        if not spoken_as_word:
            return "an" if key[0] in "aefhilmnorsx" else "a"
        if key[0] == "u":
            return "a"  # "a UEFA licence", "a UNICEF programme": said "you-"
    if word[:1].isdigit():  # "an 8-person team", "an 11-week course", "an 18-bed ward": as said
        number = word[: len(word) - len(word.lstrip("0123456789"))]
        said_an = number[0] == "8" or (len(number) in (2, 5) and number[:2] in ("11", "18"))
        return "an" if said_an else "a"
    if key.startswith(("uni", "use", "usu", "eu", "one", "once", "ute", "utah", "util", "utop")):
        return "a"
    if key.startswith(("hour", "honest", "honour", "honor", "heir")):
        return "an"
    return "an" if key[0] in "aeiou" else "a"


def needs_article(ws: list[str]) -> bool:
    """True for a bare singular countable noun phrase: "background in nursing"."""
    if not ws or bare(ws[0]) in DETERMINERS or bare(ws[0]).endswith("'s"):
        return False
    head = _head(ws)
    return head in COUNTABLE_HEADS


def _head(ws: list[str]) -> str:
    """The last word before a preposition: the head of a simple noun phrase."""
    head = bare(ws[0])
    for word in ws:
        key = bare(word)
        if key in PREPOSITIONS or key in ("and", "or"):
            break
        head = key
    return head


PERSON_ENDINGS = ("er", "or", "ist", "ian", "eur", "ee")
_PERSON_NOUNS = frozenset(
    """grad postgrad undergrad mentee wizard expert guru ninja nerd geek whiz all-rounder lead
    head owner champion assistant consultant accountant attendant agent student resident
    president applicant
    participant specialist graduate associate advocate analyst secretary nurse clerk coach chef
    paralegal barista cashier pharmacist technician physician surgeon dentist midwife carer
    tutor mentor preceptor supervisor apprentice trainee intern volunteer generalist chaplain
    paramedic minister teacher librarian electrician plumber engineer executive officer
    administrator representative operative translator sommelier deckhand lineman journeyman
    vet guide butler steward stewardess porter concierge housekeeper groom farmhand responder
    cook guard medic nanny maid fellow member trustee governor affiliate
    pm apm tpm cto cfo ceo coo vp ea pa rn gp swe sde hrbp
    hca rmn rgn lpn cna emt np slp sho postdoc skipper foreman locum prescriber candidate""".split()
)
# Nouns that name a field or an activity rather than one thing: no "the" before them.
MASS_NOUNS = frozenset(
    """damp mould mold data software hardware feedback research information equipment staff safety security
    compliance governance culture strategy infrastructure analytics tooling payroll inventory
    logistics recruitment procurement finance marketing sales design engineering review audit
    care triage discharge quality reliability observability performance growth retention churn
    hiring onboarding tax law policy life provenance welfare wellbeing
    pressure stress risk duty discipline crime work overbooking retail hospitality use usage
    zero aid inference gender faith
    lean scrum kanban""".split()  # ways of working, named bare ("the lean in the warehouse")
)
_ABSTRACT_ENDINGS = (
    "ing",
    "ity",
    "ness",
    "ance",
    "ence",
    "ics",
    "ism",
    "cy",
    "ship",
    "ment",
    "sion",
    "apy",  # "speech therapy": a field, not one thing
    "osis",  # "early psychosis", "cystic fibrosis": a condition
    "itis",
    "emia",
    "ogy",  # "Semitic morphology", "cloud technology": a field
)


@cache
def uncounted_nouns() -> frozenset[str]:
    """Nouns read as not counted though the lexicon counts them (``[bare] uncounted``)."""
    return frozenset(w.lower() for w in data()["bare"]["uncounted"]) | MASS_NOUNS


# Endings of a field or a state where usage can still say one thing is meant: "the grievance
# mechanism", "the alliance", "the sponsorship"; not "security" nor "treatment".
_COUNTED_DESPITE = ("ism", "ship", "ance", "ence")


def is_mass(noun: str) -> bool:
    """A noun of a field, a state or a material, never one thing: "compliance", "fatigue",
    "nitrogen". Usage decides where it knows (lexicon.counting), then the noun's ending."""
    how = lexicon.counting(noun)
    if how == "M" or noun in uncounted_nouns():
        return True
    return noun.endswith(_ABSTRACT_ENDINGS) and not (how == "C" and noun.endswith(_COUNTED_DESPITE))


def describes_one_noun(before: str, after: list[str], *, to_its_noun: bool = True) -> bool:
    """ "clear, accurate statements", "a busy, high-volume kitchen", "organised, calm under
    deadlines": the words each side of a comma describe one thing, so the comma does not start a
    note's tail. ``before`` is the word before the comma, ``after`` the words after it; with
    ``to_its_noun`` they must end on the noun described (a strength's own tail, kept in
    brackets, need not: "STCW III/2 unlimited, valid to 2029")."""
    if len(after) < 2:
        return False
    first = tags_of(bare(after[0]))
    quality = "J" in tags_of(bare(before)) or bare(before) in STATES
    ends_on_a_noun = bool(tags_of(bare(after[-1])) & {"N", "S"}) or not to_its_noun
    # "then" is an adverb too: "room attendant, then assistant ..." goes on to something else
    describing = ("J" in first and ("R" not in first or not to_its_noun)) or "-" in after[0]
    return quality and ends_on_a_noun and describing


# People a line may speak of in the plural: those a job serves ("anxious patients") and those
# one works beside ("farmers", "drivers").
PEOPLE = frozenset(
    """patients clients customers children families students learners users buyers tenants
    residents members guests visitors travellers passengers pupils adults teenagers parents
    kids people workers nurses doctors farmers growers suppliers drivers""".split()
)


def is_person_noun(word: str) -> bool:
    """A noun for a kind of person: "player", "communicator", "specialist", "wizard"."""
    key = bare(word)
    if key.endswith("-in-training"):  # "examiner-in-training": an examiner, still learning
        key = key.removesuffix("-in-training")
    key = key.removeprefix("co-")  # "co-facilitator": a facilitator, with another
    if key in _PERSON_NOUNS:
        return True
    if key in _THINGS_IN_ER or key in _things():
        return False  # "a retail pharmacy counter" is a place, "a tractor" a thing
    return "N" in lexicon.tags(key) and key.endswith(PERSON_ENDINGS) and len(key) >= 4


@cache
def _things() -> frozenset[str]:
    """Nouns with a person's ending that name only things ("tractor"): data/things.txt, made
    from WordNet by scripts/gen_wordnet.py."""
    return frozenset((Path(__file__).parent.parent / "data" / "things.txt").read_text().split())


_THINGS_IN_ER = frozenset(
    """counter computer printer container trailer folder number paper register order border
    chapter center centre letter water corner cluster scanner router charger monitor sensor
    motor reactor generator elevator escalator calendar parlour parlor theatre theater shelter
    quarter sector factor vendor""".split()
)
CONCRETE = frozenset(
    """facility city university community authority entity utility charity activity
    mission division session version extension expansion commission pension
    partnership internship scholarship fellowship apprenticeship licence license
    practical""".split()  # "the milk steaming practical": a practical test (late459 readers)
)


def plural_as_noun(word: str) -> bool:
    """ "relations", "communications": a plural the lexicon also has as a noun of its own."""
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and "N" in lexicon.tags(word[:-1])
    )


# Things an organisation has one of, which a word before names ("the data protection policy",
# "the recruitment process", and in a pair "the dues and initiation fee"); not "audit" or
# "review", which are also work ("internal audit").
ONE_OF_THEIRS = frozenset(
    """app budget calendar campaign checklist dashboard database fee framework handbook log
    logbook manual pathway pilot plan platform policy portal procedure process program
    programme project protocol queue register requirement roadmap rollout rota schedule
    scheme strategy survey system tender timetable workload""".split()
)


# Heads that a noun before them makes a part of the day or a crop's disease, named without
# "the": "nap time", "story time", "black pod disease", "leaf rust" (late259-260 readers
# faulted "the nap time").
A_TIME_OR_A_BLIGHT = frozenset("time disease rot rust blight mildew wilt canker scab blast".split())
# Heads a noun before them makes a field of study or a way of life, named without "the":
# "politeness theory", "daily life" (late313 readers faulted "the politeness theory"), and a
# way of working: "trauma-informed practice", "genomic selection" (late417 and late419 readers
# faulted "the"); never one on its way ("the new practice").
_A_FIELD_OR_A_WAY_OF_LIFE = frozenset("theory life practice selection".split())
# "customer service" is a kind of work; "the dinner service" and "the bariatric service" are one
_SERVICE_AS_WORK = frozenset("customer community military national public citizen".split())


def a_field_or_a_way(ws: list[str], head: int) -> bool:
    """ "politeness theory", "trauma-informed practice", "customer service": a field or a way of
    working, named bare; never "the new practice", one on its way."""
    word = bare(ws[head])
    way = word in _A_FIELD_OR_A_WAY_OF_LIFE or (
        word == "service" and head == 1 and bare(ws[0]) in _SERVICE_AS_WORK
    )
    return (
        head > 0
        and way
        and ws[head - 1].islower()
        and not any(bare(w) in _ON_ITS_WAY for w in ws[:head])
    )


def wants_the(ws: list[str], head: int) -> bool:
    """True for a bare noun phrase naming one concrete thing: "feature store" -> "the ..."."""
    if head > 0 and ws[0] in _ON_ITS_WAY and ws[head].isupper() and len(ws[head]) > 1:
        return True  # "new joint MA with Zagreb": one thing on its way ("local SEO" is a field)
    word = bare(ws[head])
    if head > 0 and word in A_TIME_OR_A_BLIGHT:
        return False  # "nap time", "black pod disease": a part of the day, a disease of a crop
    if a_field_or_a_way(ws, head):
        return False  # "politeness theory", "daily life in the group"
    if head > 0 and names_a_subject(ws[: head + 1]):
        return False  # "Reservoir Simulation", "Project Management": a course or a field's name
    regular = any(bare(w) in _EVERY for w in ws[:head])  # "quarterly reserve review": an event
    # one of theirs, named by what it is for: "the rapid tranquillisation policy"
    regular = regular or (head > 0 and word in ONE_OF_THEIRS and ws[head].islower())
    regular = regular or any(_A_LENGTH.fullmatch(w) for w in ws[:head])  # "3-month placement"
    # a head in capitals is part of a name ("the Far North and Kyle lines"): only its ending
    mass = is_mass(word) if ws[head].islower() else word.endswith(_ABSTRACT_ENDINGS)
    mass = mass or word.endswith("alty")  # "loyalty", a quality, never "the loyalty" (late481)
    if word not in CONCRETE and not regular and (mass or word in MASS_NOUNS):
        return False
    things = word in _THINGS_IN_TION  # "bilingual section": one of them, so "the"
    if word.endswith("tion") and not things and (head == 0 or word in FIELDS_IN_TION):
        return False  # "community risk reduction" is a field, "the data migration" one thing
    tags = lexicon.tags(word) or _an_event_of_a_phrasal_verb(word) or _a_thing_by_its_end(word)
    if "N" not in tags:  # a plural ("dashboards") or not a noun
        return False
    if plural_as_noun(word):
        return False
    if is_name(ws[head]) or bare(ws[0]) in FUNCTION_WORDS:
        return False
    modifiers = ws[:head]
    if (
        word.endswith("tion")
        and not things
        and any("J" in lexicon.tags(bare(w)) for w in modifiers)
    ):
        return False  # "good communication"
    return all(
        is_noun_like(w)
        or is_name(w)
        or w[:1].isdigit()
        or bare(w) in _ORDINAL_WORDS
        or lexicon.tags(bare(w)) & {"G", "J"}  # "new third shift" -> "the new third shift"
        # "joint health and safety committee": two fields joined, then the one thing
        or (w in ("and", "&") and 0 < i < len(modifiers) - 1)
        for i, w in enumerate(modifiers)
    )


def _an_event_of_a_phrasal_verb(word: str) -> frozenset[str]:
    """ "scale-up", "roll-out", "hand-over": a verb and its particle joined, one event (a noun
    the lexicon, which holds no hyphenated word, does not know): {"N"}, else none."""
    verb, hyphen, particle = word.partition("-")
    if hyphen and particle in _PARTICLES_OF_AN_EVENT and "V" in lexicon.tags(verb):
        return frozenset("N")
    return frozenset()


def _a_thing_by_its_end(word: str) -> frozenset[str]:
    """ "tachograph", "hydrometer": a word the lexicon does not know, ending in the name of
    a kind of instrument or machine, is one such thing, said with "the" (late383 readers:
    "about tachograph"); {"N"}, else none ("biofilm" or "microgrid" may be meant at large)."""
    if word.endswith(_INSTRUMENT_ENDINGS) and word.isalpha() and word.islower():
        return frozenset("N")
    return frozenset()


_INSTRUMENT_ENDINGS = ("graph", "meter", "metre", "scope", "loader", "dozer", "crane", "lift")


_PARTICLES_OF_AN_EVENT = frozenset("up out off over down in through back".split())
# A length that makes what follows one stretch of it: "three-month placement".
_A_LENGTH = lazy(rf"(?:\d+|one|{COUNTS_IN_WORDS})-(?:hour|day|week|month|year)")
_ON_ITS_WAY = frozenset("new planned upcoming proposed".split())
# Nouns in "-tion" that name a thing, not a field: "the bilingual section".
_THINGS_IN_TION = frozenset("section station junction edition exhibition installation".split())
_A_SUBJECT = ("tion", "sion", "ment", "ing", "ics", "ogy", "ance", "ence", "ity")


def names_a_subject(words: list[str]) -> bool:
    """Capitalised words ending in a field's noun: "Reservoir Simulation", "Project
    Management" name a course or a field, and take no "the"."""
    return (
        bool(words) and all(w[:1].isupper() for w in words) and bare(words[-1]).endswith(_A_SUBJECT)
    )


# Nouns in -tion that name a field of work, not one thing: "infection prevention".
FIELDS_IN_TION = frozenset(
    """reduction prevention protection production education communication regulation
    administration automation innovation documentation preparation conservation
    rehabilitation immigration nutrition sanitation ventilation resuscitation
    mitigation restoration conversation construction distribution transportation
    remediation certification accreditation optimisation optimization execution simulation
    visualisation visualization segmentation classification localisation localization
    validation verification calibration formation contamination qualification""".split()
)
_EVERY = frozenset("daily weekly monthly quarterly annual yearly termly".split())
_ORDINAL_WORDS = frozenset("first second third fourth fifth next last".split())


def is_wh(word: str) -> bool:
    """ "how", "what", "who"; never "WHO", the World Health Organization in capitals."""
    return bare(word) in WH_WORDS and not (len(word) > 2 and word.isupper())


def is_preposition(word: str) -> bool:
    return bare(word) in PREPOSITIONS
