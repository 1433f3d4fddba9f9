"""The sentences of one thank-you note, chosen for its recipient from what the debrief says.

Every part is a finished sentence or ``""``: a missing or unusable line drops
its sentence, it never leaves a gap. :mod:`.composer` lays the parts out and
keeps the note within its medium's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from afterview.check.lazy import lazy
from afterview.compose.reading import InterviewReading, PersonReading, Used
from afterview.compose.reading.closed import DETERMINERS
from afterview.compose.reading.fields import practical
from afterview.compose.reading.fields.quality import shows_a_quality
from afterview.compose.reading.shapes import (
    RELATIVES,
    a_past_harm,
    is_mass,
    is_person_noun,
    sounds_grave,
    tags_of,
)
from afterview.compose.reading.text import lower_first, prose_numbers
from afterview.compose.wording import Wording, concern_bank, topic_bank
from afterview.model import Interview, Interviewer, Medium, Result
from afterview.names import is_group, titled_greeting

# The parts a layout places; each layout of wording.toml holds every one of them once.
BODY_PARTS = ("thanks", "topics", "fit", "concern", "wish", "news", "rapport", "closing")
# Dropped in this order when a note runs long; thanks, topics and closing always stay.
# What answers this person's doubt, and what you wish you had said to them, go last: they are
# the points this person needs (a wish only when it says something: "the LEGO club" does not).
OPTIONAL = ("rapport", "news", "fit", "wish", "concern")


@dataclass
class ThankYouParts:
    """The sentences of one thank-you note (the templates' ``p``)."""

    greeting: str
    thanks: str
    topics: str
    concern: str
    fit: str
    wish: str
    news: str
    rapport: str
    closing: str
    sign_off: str
    signature: str
    subject: str
    extras: list[str] = field(default_factory=list)
    layout: list[list[str]] = field(default_factory=list)
    # Where each optional sentence came from in the file, for the plan's advice.
    sources: dict[str, Used] = field(default_factory=dict)
    # Parts no note may lose to its length: the withdrawal, which its closing rests on.
    kept: tuple[str, ...] = ()
    # The lines about the candidate this note leaves out unless asked (see composer.WITHHELD).
    withheld: dict[str, Used] = field(default_factory=dict)

    def having(self, name: str, sentence: str) -> ThankYouParts:
        """A copy with one sentence set ("" leaves it out)."""
        copy = replace(self)
        setattr(copy, name, sentence)
        return copy

    def without(self, *names: str) -> ThankYouParts:
        copy = replace(self)
        for name in names:
            setattr(copy, name, "")
        return copy

    @property
    def paragraphs(self) -> list[str]:
        """The layout filled: one string a paragraph, empty parts and paragraphs left out."""
        out = []
        for names in self.layout:
            sentences = [getattr(self, name) for name in names]
            if "topics" in names:
                sentences.insert(names.index("topics") + 1, " ".join(self.extras))
            text = " ".join(s for s in sentences if s)
            if text:
                out.append(text)
        if self.extras and not any("topics" in names for names in self.layout):
            out.append(" ".join(self.extras))
        return out


# The parts of an employer an advert names after a comma: "..., Department of Biology".
_UNITS = r"Department|Dept\.?|School|Faculty|Division|College|Centre|Center"


_A_PLACE_AFTER = lazy(
    r",\s+(?:[A-Z][\w'’.-]*\s+)+(?:Hospital|Clinic|Centre|Center|School|University|Station|"
    r"Depot|Farm|Plant|Site|Office|Branch|Campus|Hotel|Store|Mine|Port|Airport)$"
)


# How much of a full week a post is, after its name: "Intervenante ... 80%", "Pflegefachperson
# 60-80%", "Operatieassistent 28-32 uur", "Pflegekraft 38,5 Std.": no part of the name.
_HOW_MUCH_OF_THE_WEEK = lazy(
    r",?\s+\d{2,3}\s?(?:[-–]\s?\d{2,3}\s?)?%$"
    r"|,?\s+\d{1,2}(?:[.,]\d)?(?:\s?[-–]\s?\d{1,2}(?:[.,]\d)?)?\s?"
    r"(?:uur|u|hrs?|hours|h|std\.?|stunden|timer|tim)$",
    re.I,
)


_CARE_FOR_SOMEONE = lazy(
    r"\s+(?:for|per)\s+(?:(?:an?|the|my|our|their|his|her|elderly|older|\w+-year-old)\s+)?"
    r"(?:mother|father|mum|mom|dad|lady|gentleman|grandma|grandmother|grandfather|grandpa|"
    r"signora|signore)\b.*$",
    re.I,
)
# "Live-in private tutor for 2 children": how many it cares for, which the advert says and the
# note to the parents never does (late472 readers: "a mail merge")
_FOR_SO_MANY = lazy(
    r"\s+for\s+(?:\d+|two|three|four|five)\s+(?:children|kids|pupils|students)\b.*$", re.I
)
# "Companion for Bernard", "Elder Companion for Lola Remy": the one cared for, by name
# (late457 readers: "the Elder Companion for Lola Remy role", to Lola Remy)
_CARE_FOR_SOMEONE_NAMED = lazy(
    r"(?<=[Cc]ompanion|[Cc]aregiver)\s+for\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’-]*\s*(?=\(|$)"
)


def without_whom_it_is_for(position: str) -> str:
    """The post without whom, or how many, it cares for, which a note to the family never says
    back to them: "Private caregiver for mother w/ dementia" (late453 readers), "Companion for
    Bernard", "Live-in private tutor for 2 children" (late457, late472)."""
    position = _CARE_FOR_SOMEONE.sub("", position) or position
    position = _CARE_FOR_SOMEONE_NAMED.sub(" ", position).strip() or position
    return _FOR_SO_MANY.sub("", position) or position


def short_position(position: str) -> str:
    """The post without its asides: "Barista (casual, weekends)" and "Staff Nurse - Elderly
    Care" read as "Barista" and "Staff Nurse" in a sentence or a subject line."""
    position = re.sub(r",\s+\d[^()\[\]]*$", "", position) or position  # ", 2 schools, ..."
    # "Farm hand + cooking class assistant": an advert's "+", said "and" (late445 readers)
    position = position.replace(" + ", " and ")
    position = without_whom_it_is_for(position)
    # "Consumer Safety Inspector GS-1862-7/9": a US federal series and grade, the advert's
    position = re.sub(r"\s+\(?GS-\d{2,4}(?:-\d{1,2}(?:/\d{1,2})*)?\)?", "", position) or position
    english = _english_in_brackets(position)
    if english:
        return english  # "Redactor/a Creativo/a Jr. (Junior Copywriter, bilingual)"
    # "Fiscalizador/a Auditor/a": Spanish writes both genders of a post; a sentence names it
    # once (Harper, and a reader, took "/a Auditor" for "a Auditor"; late485)
    position = re.sub(r"(?<=[a-záéíóúñ]{3})/as?\b(?=\s+[A-ZÁÉÍÓÚ]|\s*$|\s*\()", "", position)
    short = position
    while re.search(r"[(\[][^()\[\]]*[)\]]", short):  # "(Ingénieur(e) junior procédés)" too
        short = re.sub(r"\s*[(\[][^()\[\]]*[)\]]", "", short)
    short = short.strip() or position
    short = re.split(r"\s+[-–—]+\s+", short)[0]
    short = re.sub(r",(?:\s+[a-z][\w-]*){1,2}$", "", short)  # ", seasonal", ", part-time"
    short = re.sub(r"^([^,]+),\s+[a-z].*$", r"\1", short)  # "Sous-chef, restaurant Lumière"
    if short != short.lower():  # "Vineyard hand / seasonal cellar asst": no shorthand in a note
        short = re.sub(r"\b(asst|mgr)\b\.?", lambda m: _POSITION_WORDS[m[1]].lower(), short)
    short = re.sub(r"\s+x\s?\d+(?:\s+(?:posts?|roles?|positions?|vacancies))?$", "", short)
    short = re.sub(r",?\s+\d?\.\d+\s?FTE$|,?\s+\d+\s?%\s?FTE$", "", short)  # "0.6 FTE": hours
    short = _HOW_MUCH_OF_THE_WEEK.sub("", short) or short  # "80%", "28-32 uur", "38,5 Std."
    # "Hauswart/in 100% Schulhaus Oberseen": the share of the week, then where, as the advert has
    week = r"(?:[2-9]\d|100)"  # a share of the week, not "Top 10% Closer"
    short = re.sub(rf"\s+{week}(?:\s?[-–]\s?{week})?\s?%(?:\s.*)?$", "", short) or short
    # the feminine ending an advert adds ("Objektleiter/in", "Lehrer*in"): a note names one post
    short = re.sub(r"(?<=[a-zäöüß])(?:/-?|\*|:)in\b", "", short)
    short = re.sub(r"(?<=[a-zäöüß]e)/r\b", "r", short)  # "Wissenschaftliche/r": one form too
    if short.isupper() and any(len(w) > 3 and w.isalpha() for w in short.split()):
        # "AGRONOMIST", the advert's capitals; short words and grades stay as they are ("SENIOR
        # RN" is "Senior RN"; "RN II" and "CNM2" are kept)
        short = " ".join(
            w.lower()
            if w.lower() in _SMALL_WORDS
            else _title_case(w.lower())
            if len(w) > 3 and w.isalpha()
            else w
            for w in short.split()
        )
    unit = re.match(rf"^(.+?),\s+(?:{_UNITS}) of\s+(.+)$", short)
    if unit:  # "Lecturer, Department of Biology": "Lecturer in Biology"
        short = f"{unit.group(1)} in {unit.group(2)}"
    elif ", " in short and len(short.split(", ")[0].split()) >= 2:
        short = short.split(", ")[0]  # "Assistant Boutique Manager, Via Tornabuoni": the post
    elif ", " in short and _A_PLACE_AFTER.search(short):
        short = short.split(", ")[0]  # "Phlebotomist, Ipswich Hospital": the post, then where
    elif short.count(", ") >= 2:
        # "Notfallsanitäter/in, Rettungswache ..., Vollzeit": the post, then the advert's fields
        short = short.split(", ")[0]
    elif ", " in short and re.search(
        r"\s(?!(?:and|of|for|in|de|du|la|le|di|der|und)\b)[a-zæøåäöü]", short.split(", ", 1)[1]
    ):
        # "Prosesstekniker, Kårstø prosessanlegg": the post, then where in the advert's words,
        # which readers of late340 found pasted ("the Prosesstekniker, Kårstø prosessanlegg
        # role", seven notes)
        short = short.split(", ")[0]
    elif ", " in short and _a_post(short.split(", ")[0]) and not _a_post(short.split(", ")[1]):
        short = _post_of_a_unit(*short.split(", ", 1))  # "Analyst, Treasury Operations"
    sides = re.split(r"\s+/\s+", short)
    if len(sides) == 2:  # the post in two languages: the side a reader of English can read
        from afterview.compose.reading.text import unreadable_word

        def foreign(side: str) -> float:
            """The share of its words of another language (not short forms: "HR", "ICU"; a
            short word typed in small letters is a word: "Supervisor kas", late401)."""
            words = side.split()
            return sum(
                len(unreadable_word(w.lower()) or "") > (3 if w.isupper() or len(w) < 3 else 2)
                for w in words
            ) / len(words)

        first, second = (foreign(side) for side in sides)  # "Genset Mechanic / Mécanicien ..."
        if second > first:
            short = sides[0]  # "Data Protection Officer / Délégué·e à la protection des données"
        elif first > second:
            short = sides[1]  # "Intenzív ápoló / ICU nurse"
        elif first and second:  # "AML-analytiker / Penningtvättsanalytiker": the one written
            short = sides[0]  # first, as the note is in English either way
        elif _a_post(sides[1]) and not _a_post(sides[0]) and _same_words(*sides) >= 2:
            short = sides[1]  # "Operator CNC 5-osi / 5-axis CNC Operator": English's order
    if short == short.lower():  # "1st yr electrical apprentice": typed in haste
        short = _title_case(short)
    rank = re.search(r",?\s+(Sr|Jr|Snr|Jnr)\.?$", short)  # "HR Business Partner Sr."
    if rank:
        word = "Senior" if rank.group(1).lower().startswith("s") else "Junior"
        short = f"{word} {short[: rank.start()]}"
    return short


def _same_words(one: str, other: str) -> int:
    """How many words two names of a post share: one post in two languages shares its letters
    ("CNC") and loan words ("Operator"); "Platform / Site Reliability Engineer" none."""
    return len({w.lower() for w in one.split()} & {w.lower() for w in other.split()})


def _english_in_brackets(position: str) -> str | None:
    """The English name in brackets after a post named in another language."""
    from afterview.compose.reading import lexicon

    found = re.match(r"^(.+?)\s*\(([^)]+)\)\s*$", position)
    if not found:
        return None
    outside = re.findall(r"[^\W\d_]{3,}", re.sub(r"/\w+", "", found.group(1)).lower())
    inside = found.group(2).split(",")[0].strip()
    foreign = [w for w in outside if not lexicon.known(w)]
    # "(live-in carer)": a word Harper's dictionary knows is English too ("carer", late453)
    readable = all(
        lexicon.known(w.lower()) or lexicon.spelling(w) == ""
        for w in re.findall(r"[^\W\d_]{3,}", inside)
    )
    if outside and len(foreign) * 2 > len(outside) and readable and len(inside.split()) > 1:
        return inside if _names_a_post(inside) else None  # not "(night shift)"
    return None


def _names_a_post(words: str) -> bool:
    """ "Junior Copywriter", "Farm Animal Vet": a post ends with a word for a person."""
    return is_person_noun(words.split()[-1])


_SMALL_WORDS = frozenset(
    "a an and at for in of on or the to with de du des la le di da do del".split()
)
_POSITION_WORDS = {
    "yr": "Year",
    "mgr": "Manager",
    "asst": "Assistant",
    "sr": "Senior",
    "jr": "Junior",
}
_ORDINAL_WORDS = {"1st": "First", "2nd": "Second", "3rd": "Third", "4th": "Fourth"}


def _title_case(position: str) -> str:
    """'1st yr electrical apprentice' -> 'First-Year Electrical Apprentice'."""
    words = []
    for i, word in enumerate(position.split()):
        word = _ORDINAL_WORDS.get(word, _POSITION_WORDS.get(word.rstrip("."), word))
        if i and word.lower() in _SMALL_WORDS:
            words.append(word)
        else:
            words.append(word[:1].upper() + word[1:])
    joined = " ".join(words)
    return re.sub(r"\b(First|Second|Third|Fourth) Year\b", r"\1-Year", joined)


def role(position: str) -> str:
    """'the Senior Data Engineer role'; a position named as a post keeps its own word."""
    position = short_position(position)
    ws = position.split()
    if len(ws) > 1 and ws[0][:1].isupper() and all(_english(w) for w in ws[1:]):
        position = _title_case(position)  # "Carpet restorer": a title, in a title's capitals
    head, colon, subject = position.partition(": ")
    if colon and subject and _names_itself(head):
        return f"the {head} on {subject}"  # "PhD studentship: peatland restoration": on it
    if colon and subject[:1].islower() and _a_post(head):
        # "PhD candidate: real-time RFI mitigation for LOFAR2.0", an advert's title: the post,
        # then its subject (late384 readers: the title pasted whole, its colon mid-sentence)
        return f"the {head} position on {subject}"
    words = position.split()
    if (
        len(words) > 2
        and re.fullmatch(r"(?:19|20)\d\d", words[-1])
        and words[-2].lower() in _NOT_A_ROLE
    ):
        words = [words[-1], *words[:-1]]  # "Graduate Trainee Programme 2027": the 2027 programme
        position = " ".join(words)
    last = words[-1].lower() if words else ""
    if last in _NOT_A_ROLE:
        if len(position.split()) == 1:
            return f"the {last}"  # "Tenancy": "the tenancy at Kingsgate Chambers"
        return f"the {position}"  # "the 2027 apprentice intake", not "the ... intake role"
    return f"the {position} role"


# Posts that lead a unit, and are "of" it: "Director of Engineering", "Head of Sales".
_OF_A_UNIT = frozenset("director head chief dean president vp".split())
# Posts that are held in a subject: "Lecturer in Actuarial Science".
_IN_A_SUBJECT = frozenset("lecturer professor reader docent tutor instructor fellow".split())


def _in_a_subject_line(position: str) -> str:
    """The position in a subject line, which has its own colon: "PhD candidate: real-time RFI
    mitigation" is "PhD candidate" there, never "...: following up" after a colon already."""
    head, colon, subject = position.partition(": ")
    return head if colon and subject and (_a_post(head) or _names_itself(head)) else position


def _names_itself(words: str) -> bool:
    """ "PhD studentship": a position whose last word names it (no "role" after it)."""
    return bool(words.split()) and words.split()[-1].lower() in _NOT_A_ROLE


def _post_of_a_unit(post: str, unit: str) -> str:
    """ "Analyst, Treasury Operations" as English says it in a sentence: "Treasury Operations
    Analyst"; "Lecturer, Actuarial Science": "Lecturer in Actuarial Science"; a grade or a
    season after the comma ("Cartographer, Grade 6") and a long description go."""
    words = unit.split()
    named = all(w[:1].isupper() or w == "&" for w in words) and len(words) <= 4
    if not named or any(c.isdigit() for c in unit) or words[0].lower() in ("grade", "band"):
        return post
    if post.split()[-1].lower() in _IN_A_SUBJECT:
        subject = re.sub(r"\s+(?:Department|Dept\.?)$", "", unit)  # "Marine Engineering"
        return f"{post} in {subject}"
    if post.split()[-1].lower() in _OF_A_UNIT:
        return f"{post} of {unit}"  # "Director, Engineering": the Director of Engineering
    return f"{unit} {post}"


def _a_post(words: str) -> bool:
    """ "Chef-Manager", "Sub-Editor", "Lecturer": a post, its last word for a person."""
    last = words.split()[-1] if words.split() else ""
    return bool(last) and is_person_noun(last.rsplit("-", 1)[-1].lower())


# A position's last word that names it already: no "role" after it.
_NOT_A_ROLE = frozenset(
    """role position post job opening vacancy placement intake programme program scheme cohort
    apprenticeship internship fellowship traineeship residency studentship scholarship tenancy
    pupillage clerkship""".split()
)


def _english(word: str) -> bool:
    """A word in lower case that English knows: "restorer", not "pêches" (a French post keeps
    its own capitals)."""
    from afterview.compose.reading import lexicon

    return word.islower() and (word in _SMALL_WORDS or lexicon.known(word))


# Employers whose names take "the" in a sentence: "at the University of Glasgow".
_INSTITUTIONS = lazy(
    r"^(?:(?:city|town|county|shire|state|province|municipality|government) of|"
    r"(?:consortium|foundation|federation|alliance|council|centre|center) for|"
    r"university|department|ministry|agency|office|institute|authority|commission|bureau|"
    r"society|association|council of|school of|college of|faculty of)\b|\bgovernment of\b|"
    # a public body named in its own language, which English gives "the" as it would in
    # translation: "the Ministerio de Cultura", "the Service public de Wallonie"
    r"^(?:salvation army|red cross|red crescent|ymca|ywca|world bank|national trust|"
    r"british council|united nations)\b|"
    r"^(?:ministerio|minist[eè]re|ministerie|ministerium|secretar[ií]a|service public|"
    r"servicio|servei|universidad|universit[eé]|universidade|universit[aä]t|[eé]tat de|"
    r"gouvernement|gobierno|centre de|centro de|centre d'|comisi[oó]n|consejo|conseil (?:de|du|des)|"
    r"instituto|institut (?:de|du|des|national|f[uü]r)|direcci[oó]n|direction|agence|autoridad|"
    r"tribunal|junta|alcald[ií]a|municipalidad|intendencia|superintendencia|defensor[ií]a|"
    r"procuradur[ií]a|contralor[ií]a|registro|fundaci[oó]n|fondation|asociaci[oó]n|consorci|"
    r"caisse|office (?:de|du|des|national)|biblioth[eè]que|biblioteca|museo|mus[eé]e|"
    # "the Administration communale de Martigny", "the Commune de Bozouls" (late380)
    r"administration communale|administration cantonale|commune de|ville de|canton de|"
    # "the Parlament der Deutschsprachigen Gemeinschaft", "the Festival des Arts de la Rue"
    r"parlament|parlement|parlamento|festival|festival de|festivals)\b|"
    r"\b(?:agency|institute|ministry|"
    r"department|commission|authority|bureau|division|directorate|registry|secretariat|tribunal|"
    r"(?<!fund )administration|mission|forum|consortium|archives|convent|abbey|"
    r"board|courts?|inspectorate|judiciary|police|force|army|navy|coastguard|parliament|"
    r"museum|library|gallery|project|programme|centre|center|observatory|laboratory|office|guard|"
    r"festival|association|cooperative|co-operative|complex|legislature|senate|foundation|regulator|"
    r"congress|aquarium|monastery|government|survey|fast stream|organization|organisation|"
    r"alliance|corps|judicial branch|executive branch|legislative branch)"  # not "Chester Zoo"
    # "the Met Office"; not "service", which ends firms' names ("Nordhavn Wind Service")
    r"(?: (?:of|for)\b.*)?$|\b(?:university|college|academy) of\b"  # "Arctic University of"
    # a public service ("the National Park Service"), not a firm ("Nordhavn Wind Service")
    # a family or a household one works for ("the Bartos household"), and "the Courts Service"
    r"|\b(?:family|household)$|\bcourts service\b|\bfamily (?:farm|estate|office)$"
    # a state's post abroad, wherever its city stands ("the U.S. Consulate General Naha"),
    # and a body of a city named by its place (late458 readers: "at Australian Consulate-General")
    r"|\b(?:consulate(?:[- ]general)?|embassy|high commission)\b"
    r"|\b(?:municipality|project management unit|secretariat|committee)$|^parish of\b"
    # a state's company named by its country ("the Electricity Company of Ghana", late467)
    r"|^\w+(?: \w+)? (?:company|corporation|authority) of (?:ghana|kenya|nigeria|uganda|tanzania|"
    r"zambia|malawi|jamaica|india|pakistan|bangladesh|sri lanka|nepal)$"
    # "the Scottish Courts and Tribunals Service", "HM Courts & Tribunals Service"
    r"|^(?!hm\b).*\bcourts (?:and|&) tribunals service$"
    # a bank of a state or of states ("the European Central Bank", "the Reserve Bank of
    # India", "the Bank of England"), not a firm ("Deutsche Bank", "Bank of America")
    r"|\b(?:central|reserve|development|investment|world|export-import) bank\b"
    r"|^bank of (?:england|japan|canada|korea|thailand|italy|israel|ghana|uganda|tanzania|"
    r"namibia|botswana|zambia|mauritius|jamaica|guyana|finland|greece|spain|portugal|"
    r"lithuania|latvia|estonia|slovenia|albania|russia|sierra leone|mozambique|ethiopia)$"
    r"|\b(?:national|ambulance|fire|health|park|civil|prison|probation|forest|forestry|postal|"
    r"public|diplomatic|customs|immigration|border|rescue|meteorological|weather)(?: \w+)? "
    r"service$"
    # a chamber ("the National Assembly"), not a plant ("Tanger Automotive Assembly")
    r"|\b(?:national|general|legislative|regional|state|provincial|parliamentary|welsh|"
    r"constituent|county|city|municipal|ireland|house of) assembly(?: (?:of|for)\b.*)?$"
    # a royal body ("the Royal Shakespeare Company"), not a firm ("Royal Mail")
    r"|^royal\b.*\b(?:company|society|ballet|opera|house|institution|infirmary|hospital|"
    r"collection|navy|conservatory|academy|theatre|orchestra)$",
    re.IGNORECASE,
)


# The legal form after a company's name, which nobody says aloud: "KasaPay sp. z o.o.",
# "Huaxin Clinical Research Co., Ltd.", "Brightline Logistics Ltd", "Serenissima Barriere
# Mobili S.c.a r.l." (an Italian consortium), "Frutas Doñana S. Coop. And." (an Andalusian
# co-operative, whose "And." would read as a stray word).
_LEGAL_FORM = lazy(
    r",?\s+(?:co\.,?\s+ltd\.?|(?:pvt\.?|pte\.?|pty\.?|private)\s+(?:ltd\.?|limited)|"
    r"s\.\s*a\.\s*(?:b\.\s*|p\.\s*i\.\s*)?de\s+c\.\s*v\.|s\.\s*de\s+r\.\s*l\.(?:\s+de\s+c\.\s*v\.)?|"
    r"sdn\.?\s+bhd\.?|sp\.\s*z\s*o\.\s*o\.|s\.\s*c\.\s*a\.?\s*r\.\s*l\.|s\.\s*p\.\s*a\.|"
    r"s\.\s*coop\.(?:\s*(?:and|mad|gal|val|cat)\.)?|s\.\s*l\.|s\.\s*a\.\s*s\.|"
    r"s\.\s*a\.\s*e\.|s\.\s*a\.|s\.\s*r\.\s*l\.|b\.\s*v\.|n\.\s*v\.|lda\.?|ltda\.?|ehf\.?|"
    r"asa|abp|oyj|p?jsc|tbk\.?|"
    r"ltd\.?|limited|llc|l\.l\.c\.|inc\.?|incorporated|corp\.?|plc|gmbh|ag|kft\.?|zrt\.?|"
    r"oy|ab|a/s|aps|sas|sarl|srl|spa|sa|k\.k\.|kk|lp|llp|s\.r\.o\.|a\.s\.|d\.o\.o\.|"
    r"gmbh\s*&\s*co\.?\s*(?:kg|ohg)|ag\s*&\s*co\.?\s*(?:kg|kgaa)|kgaa|ohg|"
    # a Quebec partnership of professionals ("... avocats s.e.n.c.r.l.")
    r"s\.\s*e\.\s*n\.\s*c\.(?:\s*r\.\s*l\.)?)$",
    re.IGNORECASE,
)


_LEGAL_WORDS = frozenset(
    """ltd limited llc inc incorporated corp plc gmbh ag kft zrt oy ab a/s aps sas sarl srl spa sa
    kk lp llp bhd lda ltda ehf asa abp oyj jsc pjsc tbk kg ohg kgaa""".split()
)


_WHERE_AFTER = lazy(
    r",\s+[A-Z][\w'-]*(?: [A-Z][\w'-]*)? (?:Circle|Region|District|Zone|Site|Campus|Branch)$"
    r"|(?:(?<=Resort)|(?<=Hotel)|(?<=Lodge)|(?<=Camp)|(?<=Farm)|(?<=Mine)|(?<=Plant)|"
    r"(?<=household)|(?<=family)|(?<=Household)|(?<=Family)),"
    r"\s+[A-Z][\w'-]*(?: [A-Z][\w'-]*)?$"
)
# What a firm of lawyers is, after its name, which a sentence leaves off as it does a legal
# form: "Morais & Associados, Sociedade de Advogados" (late473 readers: "stumbles").
_A_FIRM_OF_LAWYERS_AFTER = lazy(
    r",\s+(?:Sociedade de Advogados|Sociedad de Abogados|Rechtsanw[äa]lte|Avocats|Studio Legale)"
    r"(?:,?\s+[A-Z][\w.]*)*$"
)
# A place of work with a name of its own, after its parent's: "Saint Paul Public Schools -
# Harriet Bishop Middle School" is the school.
_OWN_PLACE = lazy(r"\b(?:School|College|Academy|Hospital|Clinic|Hotel|Resort)$")


# A name's last words in a script that is not Latin (Chinese, Japanese, Korean, Cyrillic,
# Arabic, Hebrew, Greek, Thai ...), after Latin words.
_IN_ANOTHER_SCRIPT_AFTER = lazy(r"(?<=[A-Za-z.)])\s+[^\x00-\u024f\s][^\x00-\u024f]*$")
# A legal form in Chinese, Japanese or Korean set straight after the Latin name: "Akita
# Offshore Wind O&M株式会社" (readers of late340 faulted it in ten notes).
_CJK_AFTER = lazy(r"(?<=[A-Za-z&.)])[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+$")
# ... and its name in that script before the English one: "裕豐餅舖 Yufeng Pastry House".
_IN_ANOTHER_SCRIPT_BEFORE = lazy(r"^[^\x00-\u024f\s][^\x00-\u024f]*\s+(?=[A-Z])")


def company(name: str) -> str:
    """The employer as it reads mid-sentence: 'the University of Glasgow', 'Acme Robotics'."""
    bare_name = re.sub(r"\s*\([^()]*\)", "", name).strip()  # "(Praha 5 – Smíchov)", "(NGO)"
    name = bare_name or name
    # "Children, Youth & Families Dept.": a name typed short is written out in a sentence
    name = re.sub(r"\bDept\b\.?", "Department", name)
    # "Sy-Tan Family": a family in a sentence is "the Sy-Tan family" (late457 readers)
    name = re.sub(r"(?<=\w) (Family|Household)$", lambda m: f" {m[1].lower()}", name)
    # "Constituency Office of the Hon. Dominique Arsenault-LeBlanc, MP": an office named for the
    # person it serves, who reads the note (late385 readers: named back to her in the third
    # person); a sentence names the office
    name = _OFFICE_OF_SOMEONE.sub("", name) or name
    unit = re.match(
        rf"^(.+?),\s+(?:[A-Z][\w-]+\s+){{0,2}}(?:{_UNITS}|Institute) (?:of|for)\b", name
    )
    if unit:  # "University of Vienna, Department of Government", "Kobe University, Graduate
        # School of Law", "Rhodes University, Institute for Water Research": the employer
        name = unit.group(1)
    name = name.split(" | ")[0]  # "Lincoln University | Te Whare Wānaka o Aoraki": one name
    # "Lin Family Tea Garden 林家茶園": its name in another script after the English one, which
    # readers took as pasted (late310, nine notes); the English name is the one a note uses
    name = _IN_ANOTHER_SCRIPT_AFTER.sub("", name) or name
    name = _CJK_AFTER.sub("", name) or name
    name = _IN_ANOTHER_SCRIPT_BEFORE.sub("", name) or name
    # "..., Bhubaneswar Circle": a unit or a site of the employer; "... Resort, Sam": where
    name = _WHERE_AFTER.sub("", name)
    name = _A_FIRM_OF_LAWYERS_AFTER.sub("", name) or name
    sides = re.split(r"\s+/\s+", name)
    if len(sides) == 2:  # "HSE Mid West / University Hospital Limerick": one of them
        own = [side for side in sides if _OWN_PLACE.search(side)]
        name = own[0] if len(own) == 1 else sides[0]
        name = re.sub(r",\s+[^,]*\b(?:District|Region|Province|County)$", "", name)
    parts = re.split(r"\s+[-–—]+\s+", name)
    if len(parts) >= 2:  # "Parks Canada - Jasper Field Unit": the employer, not its unit
        name = parts[1] if len(parts) == 2 and _OWN_PLACE.search(parts[1]) else parts[0]
    last = name.split()[-1].lower() if " " in name else ""
    joined = name.split()[-2].lower() in ("&", "and") if " " in name else False
    # the regex only where a legal form may be: "Resort & Spa" is no S.p.A.
    legal = (last.endswith(".") or last in _LEGAL_WORDS) and not joined
    short = _LEGAL_FORM.sub("", name).strip() if legal else name
    name = short or name
    if name.endswith(")") and " (" in name:  # "... Public School (TDSB)", "... (Pty) Ltd"
        name = name[: name.rindex(" (")].strip() or name
    if name.startswith("The ") and len(name.split()) > 2:
        return f"the {name[4:]}"  # "at the Crescent Grammar School", mid-sentence
    head = name.split(", ")[0]  # "European Commission, DG ECHO": the body, then its unit,
    if head != name and _INSTITUTIONS.search(head):  # which a sentence leaves off (late360)
        return head if head.lower().startswith("the ") else f"the {head}"
    if head != name and _A_SCHOOL.search(head) and _A_UNIT_AFTER.search(name.split(", ", 1)[1]):
        return company(head)  # "Iwate University, Global Center": the university (late402)
    if name.lower().startswith("the ") or not _INSTITUTIONS.search(name):
        return name
    if name.startswith("HM "):
        return name  # "HM Prison & Probation Service", as "HM Revenue & Customs" (late483)
    if _A_PLACES_FORCE.match(name):
        return name  # "Gwent Police", "Victoria Police": a force named by its place alone
    if re.match(r"(?:St\.? )?[A-Z][\w.-]*['’]s ", name):
        return name  # "St. Cyprian's Medical Center", "King's College Hospital": named for one
    if re.search(r"[A-Z][\w.-]*['’]s (?:household|family|estate|farm|residence|home)$", name):
        return name  # "Tan Sri Ismail's household": whose it is says which (late457)
    if _NAMED_FOR_SOMEONE.match(name) or re.match(r"University Hospital [A-Z]", name):
        return name  # "Ben-Gurion University of the Negev", as "Harvard University" ("the
        # Hebrew University of Jerusalem" is named by a word), "University Hospital Waterford"
    return f"the {name}"


_A_SCHOOL = lazy(r"\b(?:University|College|Polytechnic|Academy|Institute of Technology)$")
# A unit of the employer named after it: "..., Global Center", "..., International Office".
_A_UNIT_AFTER = lazy(
    r"\b(?:Cent(?:er|re)|Office|Department|Faculty|School|Division|Unit|Lab|Laboratory|"
    r"Institute|Clinic|Programme|Program|Branch|Campus)$"
)
# An office named for the person it serves, by a title: "... Office of the Hon. X, MP".
_OFFICE_OF_SOMEONE = lazy(
    r"(?<=\w Office) of (?:the )?(?:Hon(?:ourable|orable)?\.?|Rt\.? Hon\.?|Senator|Sen\.|"
    r"Representative|Rep\.|Councillor|Councilor|Cllr\.?|Mayor|Minister|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)"
    r" .*$"
)
# A police force named by its place alone, with no "the" ("Gwent Police", "Kent Police");
# "the Metropolitan Police", "the Michigan State Police" keep theirs.
_A_PLACES_FORCE = lazy(
    r"^(?!.*\b(?:Metropolitan|Provincial|Mounted|Military|Federal|National|State|Royal|"
    r"Capitol|Transit|City|County)\b)[A-Z][\w'-]+(?: [A-Z][\w'-]+)? Police$"
)
# Named for a person ("Ben-Gurion", "Bar-Ilan"), not by a people ("Kyrgyz-European").
_NAMED_FOR_SOMEONE = lazy(
    r"^[A-Z]\w+-[A-Z]\w+(?<!ean)(?<!ian)(?<!ese)(?<!ish)(?<!ic)(?<!can) "
    r"(?:University|College|Academy)\b"
    r"|^Memorial University\b"  # named in memory of the fallen: no "the", as Newfoundland says it
)


def _not_twice(employer: str, the_role: str) -> str:
    """The employer without the words that end the role too: "the Generalist Fast Stream role
    at the Civil Service", not "... at the Civil Service Fast Stream"."""
    words, role_words = employer.split(), the_role.split()[:-1]  # "role", "post", ...
    for size in range(len(words) - 2, 1, -1):
        tail = words[-size:]
        kept = words[:-size]
        if role_words[-size:] == tail and all(w[:1].isupper() for w in [*tail, kept[-1]]):
            return " ".join(kept)  # not "the Office of the" for "Deputy Public Defender"
    return employer


def values(interview: Interview) -> dict[str, str]:
    """The placeholders every bank may use."""
    meeting = {
        "phone": "our phone call",
        "video": "our video call",
        "onsite": "our meeting",
        "panel": "the panel interview",
        None: "our conversation",
    }[interview.interview.format]
    app = interview.application
    the_role = role(app.position)
    return {
        "role": the_role,
        "position": _in_a_subject_line(short_position(app.position)),
        "company": _not_twice(company(app.company), the_role),
        "meeting": meeting,
        "meet": "speak with" if interview.interview.format == "phone" else "meet",
        "weekday": f"{interview.interview.at:%A}",
        "candidate": interview.candidate.signature,
    }


class PartsBuilder:
    """Builds the parts of each thank-you note of one interview."""

    def __init__(
        self,
        interview: Interview,
        reading: InterviewReading,
        wording: Wording,
        own_lines: bool = False,
    ) -> None:
        self.interview = interview
        self.own_lines = own_lines
        self.reading = reading
        self.wording = wording
        self.values = values(interview)
        app = interview.application
        self.seed = _seed(interview.candidate.name, app.company, app.position)
        self.strengths = assign_strengths(interview, reading)
        self.withdrawn = interview.outcome_result is Result.WITHDRAWN
        self._rows_said: dict[tuple[str, str], set[str]] = {}  # what the panel's notes say

    def whom(self, place: int) -> set[str]:
        """The marks of who this person is, which rule rows out of their note (``never_to``)."""
        person = self.interview.interviewers[place]
        marks = set()
        if is_group(self.interview.greeting_of(person.name, person.salutation).name):
            marks.add("group#")  # to a team, never "you and the team"
        # someone who only watched; or someone who did more than be there (who arranged the
        # day did both: chooses no one, and was more than there)
        reading = self.reading.people[place]
        marks.add("watched#" if reading.observer else "there#")
        if reading.arranged:
            marks.add("there#")
        if reading.observer and _KEPT_THE_RECORD.search(f"{person.name} {person.title or ''}"):
            marks.add("record#")  # who took the minutes was never "on the panel"
        if _runs_the_process(person, reading):
            marks.add("process#")  # HR, a recruiter, a secretary: they talked of the process
        if reading.hears_no_pitch:
            marks.add("welcomed#")  # showed them round, gave the welcome, ran a check: they
            # gave no interview
        if reading.outside:
            marks.add("outside#")  # a forum's member, a client: they did not explain the role
        named = self.employer_named_as(place)
        if named["household"]:
            marks.add("household#")  # a family hires: no "team", no "colleagues"
        if named["family"]:
            marks.add("family#")  # one of the family: "with your family"
        return marks

    def employer_named_as(self, place: int) -> dict[str, bool]:
        """How this person's note names the employer (see ``employer_named_for``)."""
        person = self.interview.interviewers[place]
        return employer_named_for(self.interview, self.reading, person, self.reading.people[place])

    def build(
        self, person: Interviewer, place: int, greeting: str, section: str, card: bool = False
    ) -> ThankYouParts:
        reading = self.reading.people[place]
        # the telling words the note has used so far; a card arrives days later, so nothing
        # in it may wish them a good rest of the week
        said: set[str] = {"week#", "reply#"} if card else set()
        if self.interview.interview.at.weekday() >= 4:
            said.add("week#")  # after a Friday interview, the note reads at the weekend
        if self.interview.interview.format in ("phone", "video"):
            said.add("met#")  # no "warm welcome", no "meeting with me" after a call
        if _JOINED_FROM_AFAR.search(f"{person.name} {person.title or ''}"):
            said.add("met#")  # "Dean Okabe (joined on Zoom from Osaka)": no welcome (late484)
        if formal_greeting(greeting):
            said.add("casual#")  # "Dear Dr. Moritz," then "Thank you", never "Thanks"
        result = self.interview.outcome_result
        if result in (Result.OFFER, Result.WITHDRAWN, Result.REJECTED):
            said.add("next#")  # no "next steps", no "as you consider my application"
        if result is Result.WITHDRAWN:
            said.add("keen#")  # no "made me even more eager to join the team"
            # nor "such a clear picture of the role" or "learned a lot" just before "I have
            # withdrawn": readers took what they learned for the reason
            # nor "I have been thinking about what you said about the fuel bills" (late270)
            said.update(("clear#", "picture", "learned", "learn", "thinking"))
        said |= self.whom(place)
        if "group#" in said:  # a department is never "good to meet" (late446 readers)
            said.add("meet#")
        if reading.outside or (reading.observer and not reading.arranged):
            said.add("next#")  # the next steps are not theirs to give
        if _not_of_the_team(person):  # a client's or a vendor's man: no "join the team"
            said.add("join#")
        if reading.student:
            # a candidate does not ask a pupil to keep in touch, nor tells one what they
            # learned from them, nor wishes two pupils "and the team" well (read aloud)
            said.update(("touch#", "pupil#", "team"))
        if len(self.interview.interviewers) > 1 and person is not self.interview.contact:
            # the news comes from the contact: "I look forward to hearing from you" pressed a
            # juror, a councilmember, a shift supervisor on the panel (late272, late279 readers)
            said.add("hear#")
        if reading.known:  # a colleague, a former boss: not met today, not to be kept in
            said.update(("meet#", "touch#", "together#"))  # touch with, nor worked with one day
            # nor thanked for "such a clear picture of the role", which they knew you knew
            # (late404 readers, a card to the head chef the candidate worked under)
            said.update(("clear#", "picture"))
        if self.reading.internal:
            said.update(_A_NEWCOMER)  # who works there already does not "join the team",
            said.add("met#")  # nor thanks anyone there for a warm welcome (late445 readers),
            if not (reading.outside or reading.observer):  # nor names the employer to a
                said.add("inside#")  # colleague; an observer from the port authority is told
        if reading.hears_no_pitch:  # who showed them round, or gave the welcome,
            # asked no questions and hears no pitch
            said.update(("probed#", "asked#", "keen#"))
            said.add("reply#")  # nor offered answers to their questions, as to an assessor
        if reading.arranged:  # who arranged the day: thanked for that, never for a talk
            # ("Grateful for our conversation on Tuesday" to the department secretary, late313)
            said.update(("conversation", "discussion", "taught"))
        if reading.observer and not reading.arranged:  # who arranged the day talked it through
            # they only watched: no talk with them, nor "a much clearer picture of the role"
            said.update(("conversation", "discussion", "talk#", "spoken#", "clear#", "picture"))
            # nor asked to keep in touch or to come back with questions: a neutral observer, or
            # one who interpreted, is no one the candidate goes on talking to (fault reads)
            said.update(("touch#", "reply#"))
        own = self._picker(section, place, said)  # this medium's banks: short ones for LinkedIn
        pick = self._picker("thank_you", place, said)
        sources: dict[str, Used] = {}
        # first, so no other sentence opens with thanks as well
        thanks = own(thanks_bank(reading))
        # "Dave (referred me)": thanked for it, the more so when the candidate has withdrawn
        # (late436 readers: a withdrawal to the old crew lead who referred her read as one to a
        # stranger)
        if reading.referred:
            thanks = f"{thanks} {pick('thanks_referred')}"
        if reading.guide:  # the tour is thanked for already: never "hearing about the fab tour"
            topics_kept = [t for t in reading.topics if not _THE_TOUR.search(t.reading.text)]
            reading = replace(reading, topics=topics_kept)
        topics = self._topics(person, reading, own, sources)
        if not person.questions and (reading.observer or "topics" not in sources):
            # nothing they asked is recorded, and no topic of theirs: "thank you for your
            # thoughtful questions" to someone who explained the process reads as a template
            said.add("probed#")
        if says_thanks(topics):
            said.add("thanked#")  # "Thank you for sharing ... Thank you again": never back to back
        answer_used = None
        concern = ""
        if self.withdrawn:  # a gracious thanks: no pitch, no interest claimed, no next steps
            reading = replace(reading, concerns=[])
        withheld: dict[str, Used] = {}
        if reading.concerns and not self.own_lines:
            withheld["concern"] = reading.concerns[0][0]
            reading = replace(reading, concerns=[])
        if reading.concerns:
            asked, answer = reading.concerns[0]
            concern = self._concern(asked, answer, pick)
            sources["concern"] = asked
            sources["answer"] = answer
            answer_used = answer
        if self.withdrawn:
            fit = pick("withdrawn")
        elif reading.observer or reading.hears_no_pitch:
            fit = ""  # no pitch to someone who was only there to watch, or to show them round
        elif reading.known and self.reading.internal:
            fit = ""  # nor to one's own manager, who knows the work (late398 readers)
        else:
            fit = self._fit(person, reading, answer_used, place, pick, sources, withheld)
        wish = news = ""
        owner_of_wish = self._wish_owner
        if self.reading.wish and owner_of_wish is person and not self.withdrawn:
            shape = self.reading.wish.reading.shape
            if not self.own_lines:
                withheld["wish"] = self.reading.wish
            elif self.reading.wish is not answer_used:
                wish = pick(
                    "wish" if shape == "clause" else "wish_np", wish=_mid(self.reading.wish)
                )
                sources["wish"] = self.reading.wish
        if self.reading.news and self._news_owner is person and not self.withdrawn:
            if not self.own_lines:
                withheld["news"] = self.reading.news
            else:
                news = pick("news", news=_mid(self.reading.news))
                sources["news"] = self.reading.news
        rapport = ""
        if reading.rapport and not self.withdrawn and not self.own_lines:
            withheld["rapport"] = reading.rapport
        elif reading.rapport and not self.withdrawn:  # it would sit oddly after the withdrawal
            bank = "rapport" if reading.rapport.reading.shape == "clause" else "rapport_np"
            rapport = pick(bank, rapport=_mid(reading.rapport))
            sources["rapport"] = reading.rapport
        # to one who only watched, padding that is no pitch: "extra" says the candidate is keen
        watched = reading.observer and not reading.arranged
        extras = (
            [
                e
                for k in range(3)
                if (
                    e := pick("extra_watched", place=place + k, optional=True)
                    if watched
                    # to one's own manager or a colleague, no outsider's wonder at the work
                    else pick("extra_inside", place=place + k, optional=True)
                    if reading.known and self.reading.internal
                    else pick("extra", place=place + k, optional=True)
                    or pick("extra_plain", place=place + k, optional=True)
                )
            ]
            if section == "thank_you" and not self.withdrawn
            else []
        )
        if self.withdrawn:
            closing = pick("closing_withdrawn")
        elif watched:
            # no talk to recall, nothing to go on with; and to a colleague, no "meet you"
            closing = pick("closing_watched_known" if reading.known else "closing_watched")
        elif reading.known and self.reading.internal and section == "thank_you":
            closing = pick("closing_known")  # to one's own manager: their support, no pitch
        else:
            closing = own("closing")
        layout = self.wording.pick(section, "layouts", self.seed, place)
        return ThankYouParts(
            greeting=greeting,
            thanks=thanks,
            topics=topics,
            concern=concern,
            fit=fit,
            wish=wish,
            news=news,
            rapport=rapport,
            closing=closing,
            sign_off=self._sign_off(
                section, place, f"{thanks} {closing}", closing, formal=_formal(greeting)
            ),
            signature=self.interview.candidate.signature,
            subject=pick("subject"),
            extras=extras,
            layout=_after_topics(layout, "fit") if self.withdrawn else layout,
            sources=sources,
            kept=("fit",) if self.withdrawn else (),
            withheld=withheld,
        )

    def shorter_topics(self, place: int) -> list[str]:
        """Short sentences about each usable topic, shortest first, for a connection request."""
        out = []
        for used in self.reading.people[place].topics:
            bank = topic_bank(used.reading.shape, used.reading.text)
            # the note has thanked them already: "Thank you for walking me through" would be twice
            rows = [r for r in self.wording.rows("connection", bank) if not says_thanks(r)]
            if self._asked_of_them(used.reading.text):
                rows = [r for r in rows if not _HEARD_FROM_THEM.search(r)]
            rows = rows or self.wording.rows("connection", bank)
            rows = [r for r in rows if not _doubled_before(r, used.reading.text)] or rows
            filled = [
                self.wording.fill(
                    r, {**self.values, "topic": used.reading.text}, f"connection] {bank}"
                )
                for r in rows
            ]
            out.append(min(filled, key=len))
        return sorted(out, key=len)

    def _sign_off(
        self, section: str, place: int, said: str, last: str = "", formal: bool = False
    ) -> str:
        """The sign-off, never one that repeats the note's own words ("Many thanks" twice), nor
        thanks right after a closing sentence that thanked, nor "All the best" to a title."""
        said = said.lower()

        def fresh(row: str) -> bool:
            thanked_enough = "thank" in row.lower() and "thank" in last.lower()
            repeated = row.rstrip(",").lower() in said
            casual = formal and row.rstrip(",").lower() in _CASUAL_SIGN_OFFS
            return not repeated and not thanked_enough and not casual and not echoes(row, last)

        return str(self.wording.pick_where(section, "sign_off", self.seed, place, fresh))

    def _asked_of_them(self, topic: str) -> bool:
        """In a technical interview, a subject they asked the candidate about, never one they
        told: "I enjoyed hearing about two pointers and sliding window" is backwards."""
        return self.interview.interview.style == "technical" and _a_subject_asked(topic)

    def _picker(self, section: str, place: int, said: set[str]):
        """pick(bank, **values): this note's row of a bank, filled. Rows whose telling words
        ("enjoyed", "insights"...) another sentence of the note already used are passed over,
        so a note never says "I enjoyed" twice."""

        def pick(bank: str, place: int = place, optional: bool = False, **extra: str) -> str:
            rows = self.wording.rows(section, bank)
            extra = {k: prose_numbers(v) for k, v in extra.items()}
            first = rows.index(self.wording.pick(section, bank, self.seed, place))
            value_words = {w.lower() for v in extra.values() for w in v.split()}
            # "I valued the chance to discuss values and ...": the same word, another ending
            value_stems = {_stem(w) for w in value_words}
            # When a row is passed over, the next try is a stride away, not the next row,
            # so the rows that happen to follow a common one are not picked more often.
            stride = _stride(len(rows), self.seed)
            thanked = sum(1 for w in said if w.startswith("thank#"))
            # a note to someone who only watched is short: thanks once, not again at its close
            # nor in a connection request, which is two or three sentences
            closing = bank == "closing" and section != "connection"
            allowed = _THANKS_PER_NOTE if closing and "watched#" not in said else 1
            panel = self._rows_said.setdefault((section, bank), set())
            # a clause already joined by ", and" takes no second one: "I built ..., and cut run
            # times by 60%, and I would be glad ..." is a run-on; nor a "which" that could be
            # either half
            joined = any(", and " in v for v in extra.values())
            # "... so I know what breaks in the field, so I know the area": one "so" a sentence
            so_joined = any(re.search(r"\bso\b", v) for v in extra.values())
            # "talking through the planning with shipping lines with you": "with" twice
            withed = any(" with " in f" {v} " for v in extra.values())
            # "how to handle an agent who is always late with you": "with you" after a clause
            # reads as part of it
            withed = withed or any(
                re.search(r"\b(?:who|which|when|whether|if|what|how|why|where)\b", v)
                for v in extra.values()
            )
            # "your view on your PhD on river-boat wrecks": a thing of theirs is not a view
            theirs = any(v.lower().startswith("your ") for v in extra.values())
            topic = extra.get("topic", "")
            # "I enjoyed hearing about your own birth experience": a life is told, not enjoyed
            lived = bank == "topic" and bool(_A_LIFE.match(topic))
            # "It was helpful to hear that you studied in Galway": their life is no briefing
            their_life = (
                bank == "topic_clause"
                and bool(_ABOUT_THEM.match(topic))
                and not _HOW_THEY_WORK.match(topic)
            )
            a_thing = bank in ("topic", "topic_grave") and _names_a_thing(topic)
            # "go over growing the SME book", "discuss being a homeroom tutor": a doing, with
            # its object, is no object of "discuss" or "go over"
            doing = bank in ("topic", "topic_grave") and bool(_A_DOING.match(topic))
            # "how you approach the residential schools": a people's past harm is no problem
            harm = bank == "topic_grave" and a_past_harm(topic)
            tested = bank.startswith("topic") and self._asked_of_them(topic)
            # "I enjoyed talking you through the coding round": a test is sat, never shown round
            sat = bank == "exercise" and bool(_A_TEST_SAT.search(topic))
            # one who works there writes to a colleague; a family that hires is "your family"
            named = {m: f"{m}#" in said for m in ("inside", "household", "family")}

            # "discussing" then "discuss", "enjoyed" then "enjoy": the same word said twice
            said_roots = {_root(w) for w in said if not w.endswith("#")}

            def fits(row: str, fresh: bool) -> bool:
                words = _telling(row)
                too_grateful = thanked >= allowed and says_thanks(row) and bank != "subject"
                # after a topic that thanked, the closing does not thank again
                too_grateful = too_grateful or (
                    fresh and bank == "closing" and "thanked#" in said and says_thanks(row)
                )
                # interviewers compare notes: a sentence another note of the panel has is
                # passed over while there is another
                return (
                    not words & said
                    and not _telling_roots(row) & said_roots
                    and not _telling_stems(row) & value_stems
                    and not too_grateful
                    and not (joined and re.search(r"\}\}, (?:and|which) ", row))
                    and not (so_joined and "}}, so " in row)
                    and not (withed and "}} with you" in row)
                    and not never_to(row, said)
                    and not (theirs and _YOUR_VIEW_ON.search(row))
                    and not (lived and not _TOLD.search(row))
                    and not (bank == "topic" and not lived and _TAUGHT.search(row))
                    and not (doing and _AS_AN_OBJECT.search(row))
                    and not (their_life and _BRIEFED.search(row))
                    and not (a_thing and _ABOUT_A_PROCESS.search(row))
                    and not (harm and " approach " in row)
                    and not (tested and _HEARD_FROM_THEM.search(row))
                    and not (sat and " through " in row)
                    and naming_the_employer(row, **named) is not None
                    and not _twice(row, extra.values())
                    and not _named_in_the_topic(row, topic)
                    and not _doubled_before(row, topic)
                    and _opening(row) not in said
                    and (not fresh or row not in panel)
                )

            order = [rows[(first + k * stride) % len(rows)] for k in range(len(rows))]
            fitting = next((r for fresh in (True, False) for r in order if fits(r, fresh)), None)
            if fitting is None and optional:
                return ""  # an extra sentence that would say again what the note said: none
            row = fitting or self._least_wrong(
                [r for r in order if not _doubled_before(r, topic)] or order,
                said,
                rows[first],
                lived,
                tested,
                thanked,
                theirs,
            )
            panel.add(row)
            row = naming_the_employer(row, **named) or row
            said.update(_telling(row))
            said.add(_opening(row))
            # what a value said counts too: "the process and the next steps" is next steps said
            said.update(_marks(" ".join(extra.values())))
            # and its words: after "control charts on real lab data", no "a real pleasure"
            said.update(value_words & _SAID_ONCE_BY_THE_USER)
            if says_thanks(row):
                said.add(f"thank#{thanked + 1}")
            return self.wording.fill(row, {**self.values, **extra}, f"{section}] {bank}")

        return pick

    @staticmethod
    def _least_wrong(
        order: list[str],
        said: set[str],
        first: str,
        lived: bool,
        tested: bool,
        thanked: int,
        theirs: bool,
    ) -> str:
        """When no row fits, the one that breaks the fewest rules a reader would notice."""
        # never "your take on your on-call rotation" (late303 readers), whatever else repeats
        order = [r for r in order if not (theirs and _YOUR_VIEW_ON.search(r))] or order
        # to a team, "the team" is wrong even where other words repeat
        told = [
            r
            for r in order
            if not (lived and not _TOLD.search(r)) and not (tested and _HEARD_FROM_THEM.search(r))
        ] or order
        # two sentences that open alike read worse than a second thanks
        told = [r for r in told if _opening(r) not in said] or told
        # nor next steps asked of one who does not choose, nor keeping in touch with a pupil:
        # worse than a second thanks
        told = [r for r in told if not _marks(r) & said & _NEVER_AGAIN] or told
        if thanked:  # nothing fits: at least not thanks twice in a row
            told = [r for r in told if not says_thanks(r)] or told
        told = [r for r in told if not never_to(r, said)] or [first]
        # and of those, the one that says again the least of what the note said ("a great
        # conversation", then "our conversation about ...": late278 readers)
        roots = {_root(w) for w in said if not w.endswith("#")}
        return min(told, key=lambda r: len(_telling(r) & said) + len(_telling_roots(r) & roots))

    def _topics(
        self, person: Interviewer, reading: PersonReading, pick, sources: dict[str, Used]
    ) -> str:
        topics = _clear_of_doubts(person, reading)
        # a subject named before a sentence about it: in blind reads "It was good to learn
        # that {their remark}" was faulted in three drafts of four, a subject in one of three
        topics = sorted(
            topics, key=lambda t: topic_bank(t.reading.shape, t.reading.text) == "topic_clause"
        )
        if topics:
            first = topics[0]
            sources["topics"] = first
            bank = topic_bank(first.reading.shape, first.reading.text)
            if bank != "topic":  # a clause, an exercise, a tour, something they gave
                return str(pick(bank, topic=first.reading.text))
            text = first.reading.text
            second = next(
                (t for t in topics[1:] if t.reading.shape == "np" and _joinable(t.reading.text)),
                None,
            )
            short = second and len(text.split()) + len(second.reading.text.split()) <= 6
            if second and short and _joinable(text):  # never "X and Y and Z", nor "how ... and"
                text = f"{text} and {second.reading.text}"
            return str(pick("topic_grave" if sounds_grave(text) else "topic", topic=text))
        if reading.questions:
            sources["topics"] = reading.questions[0]
            asked = reading.questions[0].reading.text
            return str(pick("asked_grave" if sounds_grave(asked) else "asked", asked=asked))
        explains = reading.arranged or not (reading.observer or reading.outside)
        if any(practical(t) for t in person.topics) and explains:
            # all pay and shifts: never named (thanked for, the package or the probation
            # period reads as the highlight of the day); the process is what HR explains, and
            # never one who does not choose (a student, a lived-experience member)
            hiring = _HIRING.search(f"{person.name} {person.title or ''}")
            what = (
                "the process and the next steps"
                if hiring and not self.withdrawn
                else "the practical side of the job"
            )
            return str(pick("topic_practical", practical=what))
        return ""

    def _concern(self, asked: Used, answer: Used, pick) -> str:
        bank = concern_bank(asked.reading, answer.reading)
        return str(pick(bank, concern=asked.reading.text, answer=_mid(answer)))

    def _fit(self, person, reading, answer_used, place, pick, sources, withheld) -> str:
        choice = self.strengths.get(place)
        if choice is not None and not self.own_lines:
            withheld["fit"] = choice
            choice = None
        if choice is None or choice is answer_used:
            # none, where the note said it already ("... made me even more eager to join")
            return str(pick("fit_general", optional=True))
        sources["fit"] = choice
        bank = {"done": "fit", "experience": "fit_experience"}.get(
            strength_kind(choice.reading.text), f"fit_{strength_kind(choice.reading.text)}"
        )
        shown = bank == "fit_shown"  # its deed may hold an "and I": it stands as it is
        if ", and I " in choice.reading.text and not shown:  # never a third "and I ..."
            bank = "fit_two"
        elif not shown and (", so I " in choice.reading.text or ", so we " in choice.reading.text):
            bank = "fit_reasoned"  # "..., so I know the hospital": it says why already
        return str(pick(bank, strength=_mid(choice)))

    @cached_property
    def _wish_owner(self) -> Interviewer | None:
        """Who hears what the candidate wishes they had said: its owner, unless that is the
        candidate's own manager in an internal move, who knows the work already (late414
        readers: "One thing I did not get to mention is that I already automated ..." to her
        current manager read as an outsider's pitch); then the one of the rest it is most
        about, or no one."""
        wish = self.reading.wish
        owner = self._owner(wish)
        people = self.interview.interviewers
        if wish is None or owner is None or not self._knows_the_work(owner):
            return owner
        others = [p for p in people if p is not owner and not self._knows_the_work(p)]
        return self._most_about(wish, others) if others else None

    def _knows_the_work(self, person: Interviewer) -> bool:
        """One's own manager, or another the candidate knows, in an internal move."""
        place = self.interview.interviewers.index(person)
        return self.reading.internal and self.reading.people[place].known

    @cached_property
    def _news_owner(self) -> Interviewer | None:
        """Who hears the news: its owner, unless that note adds something that matters more
        (what the candidate wishes they had said, or an answer to the person's doubt); then
        the one of the rest of the panel it is most about, since a note adds one thing of the
        candidate's own."""
        news = self.reading.news
        owner = self._owner(news)
        wisher = self._wish_owner
        people = self.interview.interviewers

        def busy(person: Interviewer) -> bool:
            return person is wisher or bool(self.reading.people[people.index(person)].concerns)

        if news is None or owner is None or not busy(owner):
            return owner
        # only an email has room for it: a card or a connection request would drop it
        others = [
            p for p in people if p is not owner and p.chosen_medium is Medium.EMAIL and not busy(p)
        ]
        return self._most_about(news, others) if others else owner

    def _most_about(self, used: Used, people: list[Interviewer]) -> Interviewer:
        """The one of ``people`` whose conversation the line shares the most words with."""
        from afterview.compose.language import content_words

        words = content_words(used.raw)
        talked = {id(p): t for p, t in self._talked}
        return max(people, key=lambda p: len(words & talked.get(id(p), set())))

    def _owner(self, used: Used | None) -> Interviewer | None:
        """The interviewer whose conversation a debrief line is clearly about, else the contact."""
        if used is None:
            return None
        from afterview.compose.language import content_words

        said = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", used.raw)}
        named = [p for p, names in self._names if names & said]
        if len(named) == 1:  # "blanked when Dr. Chandrasekaran asked ...": it is for him
            return named[0]
        words = content_words(used.raw)
        best, score = self.interview.contact, 0
        for person, talked in self._talked:
            n = len(words & talked)
            if n > score:
                best, score = person, n
        if score == 0 and best is not None and _PROCESS.search(f"{best.name} {best.title or ''}"):
            # about no one's conversation: never to the one who runs the process (a paper
            # accepted, told to the department secretary, late404 readers) when one judges it
            people = self.interview.interviewers
            judges = (p for p in people if not _PROCESS.search(f"{p.name} {p.title or ''}"))
            best = next(judges, best)
        return best

    @cached_property
    def _names(self) -> list[tuple[Interviewer, set[str]]]:
        """Each interviewer with the words of their name a debrief line may call them by."""
        from afterview.names import name_words

        return [
            (person, {w.lower() for w in name_words(person.name)})
            for person in self.interview.interviewers
        ]

    @cached_property
    def _talked(self) -> list[tuple[Interviewer, set[str]]]:
        """Each interviewer with the content words of what they talked about (read once:
        a panel of n people asks this n times)."""
        from afterview.compose.language import content_words

        return [
            (person, content_words(" ".join([*person.topics, *person.concerns, *person.questions])))
            for person in self.interview.interviewers
        ]


# Words of a sign-off that may also stand in the sentence before it ("best" may not: "and all
# the best." then "Best wishes," says it twice).
_PLAIN_SIGN_OFF = frozenset("with and kind warm many all the very yours".split())


# Those who run the hiring, to whom "the process and the next steps" is what they explained.
# Who runs the hiring process, by their name or title ("Deb (HR)", "Talent Partner").
_PROCESS_WORDS = r"hr|rh|rrhh|recruit\w*|talent|personnel|human resources?|staffing|resourcing"
_HIRING = lazy(rf"\b(?:{_PROCESS_WORDS}|people|admin\w*|coordinator|hiring)\b", re.I)


def _after_topics(layout: list[list[str]], part: str) -> list[list[str]]:
    """``layout`` with ``part`` in a paragraph of its own just after the topics: the news of a
    withdrawal comes after what the conversation gave, not between the thanks and it, and
    never in the topic's sentence's paragraph ("... about price points. Since then I have
    withdrawn" reads as if that talk were the reason)."""
    out: list[list[str]] = []
    for names in layout:
        kept = [name for name in names if name != part]
        if "topics" not in kept:
            out.append(kept)
            continue
        cut = kept.index("topics") + 1  # the paragraph goes on after it: "..., closing"
        out.extend([kept[:cut], [part], kept[cut:]])
    return [names for names in out if names]


# Sign-offs for a friend or a colleague: to "Dear Dr. Al-Qahtani", chairman of a department,
# readers found "All the best," too casual.
_CASUAL_SIGN_OFFS = frozenset({"all the best", "cheers", "best"})


def formal_greeting(greeting: str) -> bool:
    """ "Dear Dr. Moritz,", or a slot for how to address them (late495 readers: "Thanks for"
    to a headmaster): a note then says "Thank you", never "Thanks"."""
    return _formal(greeting) or greeting.startswith("Dear [")


def _formal(greeting: str) -> bool:
    """ "Dear Dr. Moritz,": a greeting with a title, which asks for a formal sign-off."""
    return greeting.startswith("Dear ") and titled_greeting(greeting[5:].rstrip(","))


def echoes(sign_off: str, sentence: str) -> bool:
    """Whether a sign-off repeats the sentence before it: "... best wishes for the rest of your
    week." then "With best wishes,"."""

    def words(text: str) -> set[str]:  # "Many thanks" after "Thank you." is thanks twice
        return {w.removesuffix("s") if w == "thanks" else w for w in re.findall(r"[a-z]+", text)}

    said = words(sentence.lower())
    return bool((words(sign_off.lower()) - _PLAIN_SIGN_OFF) & said)


_TELLING = frozenset(
    """enjoyed enjoy appreciated appreciate conversation discussion discuss discussing talk
    talking hope insights useful helpful pleasure grateful really especially also highlight
    stayed keep thinking learn learned interesting glad delighted thoughtful experience picture
    great chance left hearing came real team reflection valued value process now""".split()
)


# Words of the user's own lines that a row of the note must not say again.
_SAID_ONCE_BY_THE_USER = frozenset("real really pleasure".split())


# Marks a row must not have when the note's reader rules them out, even when nothing fits;
# and their time, thanked for once (a card read "grateful for the time you gave me" twice); no
# offer to answer questions on a card, nor keenness said twice or to whoever pitched nothing;
# nor "joining the team" to one's own line manager (late483 readers), nor a good rest of the
# week on a card.
_NEVER_AGAIN = frozenset(("next#", "touch#", "time#", "hear#", "reply#", "keen#", "join#", "week#"))


@cache  # a panel's notes ask about the same rows again and again
def _telling_stems(row: str) -> frozenset[str]:
    """The stems of a row's telling words, to meet a value's in another form."""
    return frozenset(_stem(w) for w in _telling(row))


@cache  # a panel's notes ask about the same rows again and again
def _telling_roots(row: str) -> frozenset[str]:
    """The dictionary forms of a row's telling words ("discussing" -> "discuss")."""
    return frozenset(_root(w) for w in _telling(row) if not w.endswith("#"))


@cache
def _root(word: str) -> str:
    """The dictionary form of one of the wording's telling words; the user's words are met by
    :func:`_stem`, which needs no dictionary for names and shorthand."""
    from afterview.compose.reading import lexicon

    return lexicon.lemma(word) or word


@cache  # every row's words, for every note
def _stem(word: str) -> str:
    """A word without the ending that tells its form: "valued", "values" -> "valu"."""
    word = word.strip(".,;:“”").lower()
    return re.sub(r"(?:ing|ed|es|e|s|d)$", "", word) if len(word) > 4 else word


def _not_of_the_team(person: Interviewer) -> bool:
    """Whether the name or title says they are of another firm: a client, a vendor, a partner."""
    from afterview.compose.reading.vocabulary import find

    return any(find("parts", "not_of_the_team", t) for t in (person.name, person.title or ""))


def as_a_newcomer(row: str) -> bool:
    """A row only an outsider writes: wanting to join them ("join the team"), learning about
    the work there, or hoping to cross paths again; never from one who works there already
    (late258 readers: "learning about the work at Agrícola", to the candidate's own firm)."""
    return bool(_marks(row) & _A_NEWCOMER)


# To one's own employer the employer goes unnamed: "about the crew lead role", never "about
# the crew lead role at Glåmdal Skogsdrift AS" (late426, late429 and late434 readers: a note
# to one's own manager that names the firm they share reads as written by a stranger).
_AT_THE_EMPLOYER = lazy(r"(?:(?<=\}\})|(?<= roles)|(?<= team)|(?<=everyone)) at \{\{ company \}\}")


def without_the_employer(row: str) -> str | None:
    """``row`` as one who works there writes it, or None when the employer is its subject
    ("show me round {{ company }}")."""
    row = _AT_THE_EMPLOYER.sub("", row)
    return None if "{{ company }}" in row else row


def for_a_household(row: str, family: bool) -> str | None:
    """``row`` as written where a family hires: "the nanny role with the Lim family", never
    "at" it, and "with your family" to one of them (late453 readers: "the role at the Lim
    family", to Mr Lim); None when the family would be its subject ("show me round ...")."""
    if "{{ company }}" not in row:
        return row
    if "{{ role }} at {{ company }}" not in row or "{{ company }} with" in row:
        return None  # nor "the role with your family with you"
    family_said = "your family" if family else "{{ company }}"
    return row.replace("{{ role }} at {{ company }}", f"{{{{ role }}}} with {family_said}")


def naming_the_employer(row: str, *, inside: bool, household: bool, family: bool) -> str | None:
    """``row`` with the employer named as this reader's relation to it allows: not at all by a
    colleague (``inside``), "with your family" to one of a family that hires; None when the
    row cannot be written so. The one place the composer's banks ask it."""
    if inside:
        return without_the_employer(row)
    return for_a_household(row, family) if household else row


# Whoever the name or the title says is of an agency that places people: not one of the family.
OF_AN_AGENCY = lazy(
    r"\b(?:agency|agenzia|agencia|agence|staffing|recruit\w*|placements?|manpower)\b", re.I
)
# The agencies that place people worldwide, by name: "Randstad - Agustina" (late473 readers: a
# recruiter of Randstad was wished well "and everyone at" the client).
AGENCY_BRANDS = lazy(
    r"\b(?:Randstad|Adecco|Manpower\w*|Hays|Michael Page|Page Personnel|PageGroup|Robert Walters"
    r"|Robert Half|Kelly Services|Trenkwalder|Gi Group|Spherion|Aerotek|Allegis|Kforce"
    r"|Sigmar|Cpl|Morgan McKinley|Brightwater|Reed|Tiger Recruitment)\b"  # late499: Ireland's
)


# Who the notes say is kin, or heads the house: "son, agricultural engineer", "the owner's
# brother", "lady of the house", "Lola Remedios", "(mamma)".
_KIN = lazy(
    rf"\b(?:{RELATIVES}|owner|boss|host|lady of the house|man of the house|head of the house"
    r"|lola|lolo|nonna|nonno|mamma|papa|himself|herself|eldest|youngest)\b",
    re.I,
)
# Who works for the family: "(head driver)", "Ma'am Angelica's EA", "Puan Sri's private nurse".
_STAFF = lazy(
    r"\b(?:PA|EA|HR|staff|security|nurse|yaya|maid|helper|nanny|tutor|governess|cook|chef|"
    r"secretary|assistant|gardener|gamekeeper|chauffeur|butler|housekeeper|teachers?|"
    r"consultant|accountant|lawyer|manager|mgr|foreman|driver)\b",
)


# Who comes from outside the house: "Suor Maria Grazia (parish of San Frediano, she referred
# me)", a neighbour, a friend of the family.
_OUTSIDE = lazy(r"\b(?:referred me|nun|priest|pastor|parish|neighbou?r|friend)\b", re.I)


def employer_named_for(
    interview: Interview,
    reading: InterviewReading,
    person: Interviewer | None,
    them: PersonReading | None,
    who: str = "",
) -> dict[str, bool]:
    """How a message to ``person`` (or to ``who``, when no interviewer) names the employer:
    the keywords of naming_the_employer. To a colleague, not at all; to one of a family that
    hires, "your family". Every kind of message asks here, so a thank-you note and the
    follow-up after it never disagree."""
    household = a_household(interview.application.company)
    if person is None or them is None:
        # the outcome's messenger: of the family unless an agency placed the candidate
        family = household and not OF_AN_AGENCY.search(who)
        return {"inside": reading.internal, "household": household, "family": family}
    # an outside observer of an internal move is still told the employer's name
    inside = reading.internal and not (them.outside or them.observer)
    family = household and one_of_the_family(person, interview.application.company)
    return {"inside": inside, "household": household, "family": family}


def one_of_the_family(person: Interviewer, employer: str) -> bool:
    """Whether ``person`` is of the family that hires, to whom a note says "with your family":
    kin, or who bears its name; never who is of an agency, nor who works for the family (late457
    readers: "the role with your family" to the head driver, the PA and the nurse)."""
    notes = f"{person.name} {person.title or ''}"
    if OF_AN_AGENCY.search(notes) or _OUTSIDE.search(notes):
        return False
    notes = re.sub(r"\bfamily(?:['’]s)?\s+(\w+)", r"\1", notes, flags=re.I)  # "family accountant"
    named = re.match(r"^(?:the\s+)?([A-Z][\w'’-]+)(?:['’]s)?\s", company(employer))
    if _KIN.search(notes) or (named and named[1] in person.name):
        return True
    if re.search(r"\(\d{1,2}\)", person.name):
        return True  # "Kemi (15)": a child of the house, by her age, though "Year 10 student"
    return not (_STAFF.search(notes) or any(map(is_person_noun, re.findall(r"[a-z]+", notes))))


def says_again(row: str, before: str) -> bool:
    """Whether a row says what ``before`` said by one of the marks ("your time" twice)."""
    return bool(_marks(row) & _marks(before))


def says_thanks(row: str) -> bool:
    """A row that thanks them: "Thank you for ...", "Many thanks", "I am grateful for ..."."""
    lowered = row.lower()
    return "thank" in lowered or "grateful" in lowered


def _stride(n: int, seed: int) -> int:
    """A step coprime with ``n``, so that stepping by it visits every row once."""
    from math import gcd

    for step in range(2 + seed % max(n - 1, 1), 2 * n + 2):
        if gcd(step, n) == 1:
            return step
    return 1


def _clear_of_doubts(person: Interviewer, reading: PersonReading) -> list[Used]:
    """Their topics, without those that touch a doubt of theirs the note does not answer:
    "driving assessments after stroke" is no highlight for someone who doubted you have done
    them. When every topic touches one, all stay."""
    from afterview.compose.language import content_words

    answered = {concern.raw for concern, _ in reading.concerns}
    doubts = content_words(" ".join(c for c in person.concerns if c not in answered))
    clear = [t for t in reading.topics if not content_words(t.raw) & doubts]
    return sorted(clear or reading.topics, key=_snags)


def _snags(topic: Used) -> int:
    """How many of the marks a topic has that blind readers found most often in a topic they
    faulted (a figure, "of", two or more prepositions: 39-45% of such topics against 26%
    of the rest): the note recalls the plainest of a person's topics."""
    text = topic.reading.text
    preps = len(_PREPOSITION.findall(text))
    return (any(c.isdigit() for c in text)) + (" of " in text) + (preps >= 2)


_PREPOSITION = re.compile(r"\b(?:in|on|at|for|of|with|from|to|by)\b")


def _joinable(topic: str) -> bool:
    """A topic that can be joined to another with "and": a plain noun phrase, not one that
    ends in where or whose it is ("category management from Graz", "living out at Yuzhong"),
    which "and" makes the other's too (late401, late402 readers)."""
    first = topic.split()[0].lower() if topic.split() else ""
    placed = _A_PLACE_AT_THE_END.search(topic)
    return " and " not in topic and first not in _WH and not placed


_WH = frozenset("how what why when where which who whether".split())
_A_PLACE_AT_THE_END = lazy(r"\b(?:at|from|in|on|with|for|to|near) (?:the )?[A-Z][\w-]*$")
# Rows that fit a process, an idea or a question, not a thing: "walking me through ECMO
# patients", "your view on the Persal number" read as a template gone wrong.
_ABOUT_A_PROCESS = lazy(
    r"(?:walking me|talking) through \{\{|\byour (?:perspective|view|thoughts|take) on \{\{"
)
# Someone's own life or story, and the rows that take it as told, not enjoyed nor explained.
_A_LIFE = lazy(r"your (?:own )?(?:[\w-]+ ){0,2}(?:experiences?|story|stories|journey|path)\b", re.I)
# A clause about them ("you studied in Galway", "you're from Lyon") is their life, unless it
# tells how they work ("you use Opera Cloud", "your team does county roads"); and the rows
# that take what they said as a briefing.
_ABOUT_THEM = lazy(r"(?:you|your)\b", re.I)
_HOW_THEY_WORK = lazy(
    r"you(?:'ll| will| use| need| want| expect| plan| are (?:moving|planning|opening|hiring|"
    r"getting|building))\b|your (?:team|department|unit|company|clinic|office|store|plant|"
    r"site|hospital|school|firm|group)\b",
    re.I,
)
_BRIEFED = lazy(r"helpful|useful|explaining")
# Rows that take a life told ("your own birth experience") as told, never "enjoyed"; one of
# them thanks no one, for a note that has thanked already.
_TOLD = lazy(r"telling me about|sharing (?!your)|learned a lot from|appreciated hearing about")
# "Thank you for telling me about harm reduction": said of a subject, not of a life told, it
# reads as if they had to teach it to the candidate (faulted in 8 of the 22 notes that had it).
_TAUGHT = lazy(r"\btelling me about\b")
# What the candidate learned from someone: never said to a pupil.
_EXPLAINED_THE_ROLE = lazy(r"\bpicture of the role\b|\bexplain(?:ing|ed) the role\b")
_TAUGHT_ME = lazy(
    r"\blearned a (?:lot|great deal)\b|\btaught me\b|\byour (?:insight|expertise)\b"
    r"|\bexplaining the role\b"  # two pupils on a student council (late495 readers)
)
# A topic that is a doing with its object ("growing the SME book in the north", "moving to
# organic certification"), and the rows that would take it as the object of a verb.
_A_DOING = lazy(r"[a-z]+ing (?:the|a|an|my|our|your|their|its|to|into|from|with|up|out)\b")
_AS_AN_OBJECT = lazy(r"\b(?:discuss|go over|through|into) \{\{ topic")
# Rows that thank someone for interviewing the candidate.
_THEIR_INTERVIEW = lazy(r"\bthoughtful interview\b|\binterviewing me\b|\byour interview\b")
# Rows that say the talk showed the candidate the work, or changed their mind about it: never
# to one who ran the process with them, which readers found "can't have convinced you".
_SHOWED_THE_WORK = lazy(
    r"\b(?:heard|hearing|covered|discussed|told me|came away|came out of|taught me|"
    r"(?:left|after) our conversation|conversation (?:confirmed|made|left)|we have spoken|"
    r"before we spoke|more we talked|clearer picture|learning how|explaining the role)\b",
    re.I,
)
_ENDS_THE_THING = frozenset("in on at for of with from to by and since during you we they".split())


# The noun a row puts before the topic: "Your feedback on {{ topic }}".
_NOUN_BEFORE_THE_TOPIC = lazy(r"(\w+) (?:on|of|into|about) \{\{ topic \}\}")


def _named_in_the_topic(row: str, topic: str) -> bool:
    """ "Your feedback on the demo lesson feedback": the row's noun is the topic's too (late361
    readers: "reads as a template gone wrong")."""
    found = _NOUN_BEFORE_THE_TOPIC.search(row)
    if not found or not topic:
        return False
    noun = found[1].lower().rstrip("s")
    return len(noun) > 3 and any(w.lower().rstrip("s") == noun for w in topic.split())


# Who sat in to keep the record: "(secretariado, took notes)", "minute taker".
_KEPT_THE_RECORD = lazy(
    r"\b(?:took|taking|takes|keeping|kept)\s+(?:the\s+)?(?:notes|minutes)\b|"
    r"\b(?:note|minute)[- ]?taker\b|\bsecretar",
    re.I,
)


def _opening(row: str) -> str:
    """A row's first three words, marked as said: "It was good to talk about ..." then "It was
    good to meet you" opens two sentences alike (late303 readers)."""
    return " ".join(row.lower().split()[:3]) + "^"


_YOUR_VIEW_ON = lazy(r"\byour \w+ on \{\{")


def _twice(row: str, values: Iterable[str]) -> bool:
    """ "our exchange on my presentation on positive risk taking": a row's word before its
    slot said again inside the value."""
    also = " also " in f" {row} " and any(re.search(r"\b(?:too|as well)$", v) for v in values)
    # "I wanted to add to my answer on my origination": "my" twice
    mine = " my " in f" {row.split('{{')[0]}" and any(v.startswith("my ") for v in values)
    # "the time we spent on container dwell time" (late271 readers): "time" twice
    timed = " time " in f" {row.split('{{')[0]} " and any(re.search(r"\btime\b", v) for v in values)
    return (
        also
        or mine
        or timed
        or any(  # "It was also a pleasure to discover that you're an OSU alum too"
            f" {word} {{{{" in row and f" {word} " in f" {value} "
            for word in ("on", "about", "through", "since")
            for value in values
        )
    )


def _names_a_thing(topic: str) -> bool:
    """A topic whose head is a thing or things ("the packing room", "ECMO patients"), not a
    process, a field or a question ("how you run audits", "liquefaction triggering")."""
    ws = [w.strip(".,;:").lower() for w in topic.split()]
    if not ws or ws[0] in _WH or ws[0].endswith("ing"):
        return False
    cut = next((i for i, w in enumerate(ws) if i and w in _ENDS_THE_THING), len(ws))
    head = ws[cut - 1]
    tags = tags_of(head)
    if not tags:  # a word of the trade ("the new autoclave"): a thing, as most of them are
        return head.replace("-", "").isalpha()
    if not tags & {"N", "S"}:
        return False
    return not is_mass(head)


# A note thanks twice at most, in its thanks and its closing: a third "thank you" gushes.
_THANKS_PER_NOTE = 2


# A topic as something they told: wrong in a technical interview, where what was asked was
# the candidate's to tell ("I enjoyed hearing about two pointers and sliding window").
_HEARD_FROM_THEM = lazy(
    r"\bhear(?:ing)? (?:more )?about\b|\btelling me about\b|\bwalking me through\b"
    r"|\blearned a lot from\b"
)


# A test sat, or an exercise done together ("the pair programming"): never talked through.
_A_TEST_SAT = lazy(
    r"\b(?:round|test|exam|assessment|practical|interview)s?$|\bpair(?:ing|[- ]programming)\b"
    # a test then what it was on: "the practical test on the MCT" (late486 readers)
    r"|\b(?:test|exam|assessment|practical)s? (?:on|of|in|with)\b"
    # a day on their floor, which they walked the candidate through (late382 readers: "the
    # chance to walk you through the shadow shift", the roles reversed)
    r"|\b(?:shift|day|shadowing|ride[- ]along)$"
    # a simulator's exercise, which the instructor ran (late430 readers: "Walking you through
    # the sim exercise" reversed the roles)
    r"|\b(?:sim|simulator|simulation)\b"
    # a piece of work given in front of them, never "walked through" (late418, late425:
    # "I was glad of the chance to take you through the trial massage")
    r"|\btrial\b|\bdemo\b"
)


def _a_subject_asked(topic: str) -> bool:
    """A topic with nothing to say whose it is ("two pointers and sliding window", "phishing
    triage steps"): in a technical interview, a subject the candidate was asked about; "your
    templates in zinc" and "the new spot welding cell" are theirs, told."""
    first = topic.split(maxsplit=1)[0].lower() if topic.split() else ""
    return first not in DETERMINERS


# What a row says, beyond its words, that a note says once at most, or (when the builder
# starts with the mark) not at all:
_MARKS = {
    # "I want this job": "even more interested" then "very excited about ..." is filler twice
    "keen#": r"\b(?:interested|interest|excited|exciting|enthusiastic|keen|keener|eager|appeals|"
    r"concrete|glad to join|appealing|want the job|liked what i heard|welcome the chance|"
    r"glad to take|work i want|role i want|would enjoy|good match|certain that i want|"
    r"hoping to find)\b",  # "glad to join" then "interested"; "certain that I want to join"
    # then "I remain very interested" (late301 readers)
    # "such a clear picture" then "how clearly you explained": clear twice
    "clear#": r"\bclear(?:ly|er)?\b|\bbetter sense of the (?:work|role)\b",
    # one of their questions recalled
    "asked#": r"\b(?:questions?|answers?)\b",
    # "glad you could be there": to someone who only watched, never to one who talked with you
    "there#": r"\bglad you could be there\b",
    # their questions, thanked for: only where they asked some
    "probed#": r"\bfor your (?:\w+ )?questions\b",
    # their time, thanked for once ("for your time on Monday" then "the time you gave me")
    # "taking the time to speak" then "the time we spent on": the same thanks (late277 readers)
    "time#": r"\b(?:your time|the time (?:you|we|everyone|to)|(?:making|make|made) time)\b",
    # wanting to join: said once ("more enthusiastic about joining" then "glad to join"), and
    # never by one who works there already ("keen to be part of it", to her own team leader)
    "join#": r"\bjoin(?:ing)?\b|\bpart of (?:it|the team)\b",
    # learning what the firm does, or meeting its people: only a newcomer does
    "newcomer#": r"\blearn(?:ing|ed)? about (?:the work|the team|\{\{ role \}\} at)|"
    r"\blearning how the team works\b|"  # to one's own boss (late424 readers)
    r"\bgetting to know the team\b|\bpaths cross\b|"
    # nor hopes to speak again with whom they speak every day (late483 readers)
    r"\b(?:speak|talk) again\b|"
    # nor takes an interest in the work of the team, or asks for the chance to contribute to
    # it, writing to its manager (late429 and late426 readers)
    r"\bin the work of the team\b|\bwhat the team is working on\b|\bchance to contribute\b",
    # "I would be very glad to join the team. I would be delighted to hear ...": said twice
    "would#": r"\bi would be\b",
    # "Thank you for talking with me" then "It was good to talk about ...": talk twice
    "talk#": r"\btalk(?:s|ing|ed)?\b",
    # a good rest of the week: not on a card that arrives days later
    "week#": r"\bweek\b",
    # the talk itself was good: said once ("It was good to talk with you about X. It was a
    # pleasure to speak with you.": the same thing twice, faulted in a third of its uses)
    "enjoyed#": r"\b(?:good to|pleasure to) (?:talk|speak|meet)\b|\bspeaking with you was\b|"
    r"\b(?:enjoyed|valued) (?:our|the) (?:conversation|chat|talk)\b|\b(?:great|good) conversation\b|"
    # "..., but I appreciated the chance to talk. It was a real pleasure to speak with you."
    # (late439 and late437 readers); "I am glad we could talk ... but I am glad we spoke"
    r"\bchance to talk\b|\bglad we (?:could )?(?:spoke|talk|speak)",
    # "It was a pleasure to meet you" and "It was good to meet you" in one note
    "meet#": r"\bmeet\b",
    # "It was good to talk with you about ..." then "It was good to meet you"
    "good#": r"\bgood to\b",
    # "... the role with you. It was helpful to go through the practical side with you." (late302)
    "withyou#": r"\bwith you\b",
    # asking for a reply: not on a card, which is read days later and never answered
    "reply#": r"let me know|anything else (?:that would help|you need)|further questions",
    # "Thanks for ...": too casual after "Dear Mr. Desai", a greeting with a title
    "casual#": r"^thanks\b",
    # what only a meeting in person has
    "met#": r"warm welcome|meeting (?:with )?me\b",
    # "I am glad we spoke" and "a pleasure to speak with you" in one note: the same thing twice
    "spoke#": r"\bsp(?:oke|eak|eaking)\b|\btalk(?:ed|ing)? with you\b",
    # a pleasure in speaking with them: never to one who sat in and took notes
    "spoken#": r"\bpleasure to speak|\bspeaking with you was\b|\bglad we spoke\b",
    # keeping in touch: asked of colleagues, never of a student met on the day
    "touch#": r"\b(?:in touch|in contact|stay connected|to connect|(?:talk|speak)(?: with you)? "
    r"again|we speak soon|(?:talk|speak) with you soon|next conversation|keep the conversation "
    r"going|paths cross)\b",
    # working together one day: never to a colleague or a former boss, who has
    "together#": r"\bwork together\b",
    # a reply asked of them, or the search they run: only of the contact, who gives the news
    # ("Good luck with the rest of the search" to the interpreter, late290)
    "hear#": r"\bhear(?:ing)? (?:back )?from you\b|\bhearing about (?:the )?next steps\b|"
    r"\brest of the search\b|\bfind the right person\b",
    # what only a candidate still waiting says
    "next#": r"next (?:steps?|stage)|consider(?:ing)? my application|hear(?:ing)? from you|"
    r"rest of the process|"
    r"work together|continue the conversation|keep the conversation going|"
    r"anything else (?:that would help|you need)",
}


# What one who works there already never says: joining, learning about the work, meeting again.
_A_NEWCOMER = frozenset(("join#", "newcomer#"))


# One of the panel who joined by a call, though the interview was in person.
_JOINED_FROM_AFAR = lazy(
    r"\b(?:on|via|by|over) (?:zoom|teams|skype|video|webex|(?:the )?phone)\b"
    r"|\b(?:dialled|dialed|joined|called) in\b|\bjoined remotely\b|\bremote(?:ly)?\b",
    re.I,
)


def thanks_bank(reading: PersonReading) -> str:
    """Which bank thanks this person: for arranging the day, for being there, or for the
    interview."""
    if reading.arranged:
        return "thanks_arranged"
    if reading.guide and not reading.student:
        return "thanks_guide"
    if reading.checked:
        return "thanks_checked"
    if reading.welcome and not reading.student:
        return "thanks_welcome"
    if reading.student:
        return "thanks_student"
    if reading.interpreter and reading.observer:
        return "thanks_interpreter"
    return "thanks_observer" if reading.observer else "thanks"


# What a note to a family never says: its team, its colleagues, "everyone at" it.
NOT_TO_A_FAMILY = lazy(r"\bteam\b|\bcolleagues?\b|everyone at\b")


def a_household(employer: str) -> bool:
    """Whether the employer is a family or a household ("Bartos household, Toorak")."""
    from afterview.compose.reading import lexicon

    said = company(employer)
    if said.endswith((" family", " household", " Family", " Household")):
        return True
    named = _A_FAMILY_IN_ITS_LANGUAGE.match(said)  # not "Familia Industrial"
    return named is not None and not lexicon.is_word(named[1].lower())


# "Famiglia Bertolucci", "Familia Rojas", "Famille Martin" (late453)
_A_FAMILY_IN_ITS_LANGUAGE = lazy(
    r"^(?:the\s+)?(?:famiglia|familia|família|famille|familie|familjen|rodzina|rodina)\s+"
    r"([A-Z][\w'’-]+)$",
    re.I,
)


def _doubled_before(row: str, topic: str) -> bool:
    """ "your thoughts on on-the-land programs": the row's word before the topic is the
    topic's first (Harper: a repeated word)."""
    before = re.search(r"(\w+) \{\{ topic \}\}", row)
    first = re.split(r"[\s-]", topic, maxsplit=1)[0].lower() if topic else ""
    return before is not None and before[1].lower() == first


def never_to(row: str, whom: set[str]) -> bool:
    """Whether a row is wrong for this person whatever else the note says: "the team" to a
    team, or to someone who only watched, nor "the right person" to them, who chooses no one;
    "glad you could be there" to someone who did more than be there."""
    if "the team" in row and ("group#" in whom or "watched#" in whom):
        return True
    if "watched#" in whom and "right person" in row:
        return True
    if "record#" in whom and " panel " in row:
        return True  # "Thank you for being on the panel" to who took the minutes (late301)
    if "welcomed#" in whom and _THEIR_INTERVIEW.search(row):
        return True  # "Thank you again for a thoughtful interview", to the Elder who gave the
        # Welcome to Country (late339 readers)
    if "process#" in whom and _SHOWED_THE_WORK.search(row):
        return True  # "What I heard made the role all the more appealing", to HR (late313-332)
    if "household#" in whom and NOT_TO_A_FAMILY.search(row):
        return True  # "you and the team" to the mother who hired a nanny
    if "outside#" in whom and _EXPLAINED_THE_ROLE.search(row):
        return True  # "such a clear picture of the role", to a client or a lived-experience
        # member, who did not explain it (late500 readers)
    if "pupil#" in whom and (_THEIR_INTERVIEW.search(row) or _TAUGHT_ME.search(row)):
        return True  # "I learned a lot from our conversation about simultaneous equations",
        # "a thoughtful interview", to the tutor's 15-year-old pupil (late457 readers)
    return "there#" in whom and "there#" in _marks(row)


@cache  # a panel's notes ask about the same rows again and again
def _telling(row: str) -> frozenset[str]:
    """The words of a row that would jar if another sentence of the note used them too, and
    its marks."""
    said = row.replace("{{ meet }}", "meet")  # "to meet you", "to speak with you": said once
    said = re.sub(r"\{\{.*?\}\}", " ", said)  # a placeholder's name is not something said
    words = {w.strip(".,;:“”").lower() for w in said.split()}
    return frozenset((words & _TELLING) | _marks(said))


def _marks(text: str) -> set[str]:
    """The marks of what ``text`` says ("next#" for "the next steps"). Not cached: it also
    reads the candidate's own words, which would grow a cache without end in a server."""
    lowered = text.lower()
    return {mark for mark, pattern in _MARKS.items() if re.search(pattern, lowered)}


_CREDENTIAL = lazy(
    r"\b(?:certified|licensed|registered|qualified|accredited|chartered|certification|member of|"
    r"completed|passed|hold the|hold an?|(?<!\d )degree|diploma|trained as|trained in|won|awarded|"
    r"earned|was named|graduated|"
    r"was selected|was shortlisted|was nominated)\b|^I have (?:an?|my) [\w' -]*(?:licen[cs]e|"
    r"certificate|ticket|card)\b|^I have an? (?:MBA|PhD|MSc|BSc|MEng|LLB|BA|MA|"
    r"EdD|JD|MD)\b|^I have an? [\w']+ (?:in|from)\b"
    # an exam cleared, papers published, a level held: "I have QQI Level 5 in SNA", "I have a
    # Cert III in ECEC", "I have a BScN"
    r"|\b(?:cleared|published|papers|have held)\b|^I (?:have|hold) [^,]*\b[Ll]evel \d|\bCert(?:ificate)? [IVX\d]+\b"
    r"|^I have an? [A-Z][A-Za-z]*[A-Z][A-Za-z]*(?: [IVX]+)?(?: (?:in|from) [^,]+)?$"
)
_STUDYING = lazy(
    r"^I am (?:working towards?|studying for|training for|taking an? (?:course|module|diploma|certificate|programme)\b)"
)
_EXPERIENCE = lazy(
    r"^I have (?:[\w ]+ )?(?:years?|months?) of [\w ]*experience|^I have experience "
    # a post held, and a background: "I have been an assistant manager", "my background is in"
    r"|^I (?:have been|was) (?:an?|the) |^I have a background in |^my background is in "
)


_THE_TOUR = lazy(r"\btour\b|\bshow(?:ed|ing)? (?:me|us) (?:round|around)\b", re.I)
_A_POST_HELD = lazy(r"^I am an? (?:[\w-]+ ){0,3}?(?P<who>[\w-]+) (?:at|in|for|with) ")
_PUBLISHED_RECORD = lazy(
    r"^I (?:have |have published |published |co-authored |wrote )(?:[\w-]+ ){0,3}"
    r"(?:papers|publications|articles)\b"
)


def strength_kind(clause: str) -> str:
    """What a strength offers: something "done", "experience", a "credential", a "skill" (a
    language, a tool, a trait, a habit in the present tense: "I type 85 words a minute"), or a
    quality "shown" by a deed."""
    clause = clause.replace("I'm ", "I am ").replace("I've ", "I have ")
    if shows_a_quality(clause):
        return "shown"  # "I am calm in a crisis: I evacuated the hotel": a quality, and its deed
    if " never " in f" {clause} ":
        return "skill"  # "I have never had a lost time incident": a record, not a thing done
    if _EXPERIENCE.search(clause):
        return "experience"
    if _STUDYING.match(clause):
        return "studying"  # a qualification under way: nothing yet to "bring" or "put to use"
    if _CREDENTIAL.search(clause) or re.match(r"^I have \d+ [\w-]+ *\w*s$", clause):
        return "credential"  # "I have 12 first-author papers": a record, not a thing to do again
    if _PUBLISHED_RECORD.match(clause):
        return "credential"  # "I published two papers": a record, never "experience to bring"
    words = clause.split()
    if clause.startswith(("I live ", "I am based ")):
        return "local"  # "I live four minutes from the station": nothing to "help the team"
    if clause.startswith(("I am from ", "I come from ", "I grew up ", "I was born ")):
        if " and " in clause or " so " in clause:
            return "skill"  # "I grew up in Madaba and did the trek ...": more than a place
        return "home"  # "I am from Jashore": where one knows, not a skill to "use in the role"
    post = _A_POST_HELD.match(clause)
    if post and is_person_noun(post["who"]):
        return "experience"  # "I am a bar manager at a cocktail bar": a post held, not a skill
    if clause.startswith(("I am ", "I speak ", "I have experience with ")) or clause.endswith(
        "skills"
    ):
        return "skill"
    if clause.startswith(("I have the ", "I have my ")):
        return "credential"  # "I have the seaman's book and STCW basic safety": papers held
    if len(words) > 2 and words[0] == "I" and words[1] in ("have", "had"):
        if words[2] in ("a", "an"):
            return "experience"  # "I have an internship at a PE firm"
        return "done"  # "I have published two papers"
    if len(words) > 1 and words[0] == "I":
        from afterview.compose.reading import lexicon

        tags = lexicon.tags(words[1].lower())
        if "V" in tags and not tags & {"D", "P"}:
            return "skill"  # present tense: something one does, not something done
    return "done"


_KIND_WEIGHT = {
    "shown": 4,
    "done": 4,
    "experience": 3,
    "credential": 2,
    "skill": 1,
    "studying": 1,
    "local": 0,
    "home": 0,
}


def assign_strengths(interview: Interview, reading: InterviewReading) -> dict[int, Used]:
    """The strength each thank-you note puts forward: the one that best matches what was
    discussed with that person, a strong one (something done, with figures) before a weak one,
    never one that concedes a doubt this person raised, and never one already given to someone
    else on the panel (they compare notes): with fewer strengths than people, some notes have none."""
    from afterview.compose.language import content_words
    from afterview.compose.reading.vocabulary import word_set

    weak = word_set("concerns", "weak")
    chosen: dict[int, Used] = {}
    answers = {id(a) for person in reading.people for _, a in person.concerns}
    # a strength that answers someone's concern is said in that note: nowhere else
    taken = {i for i, used in enumerate(reading.strengths) if id(used) in answers}
    pitched = [
        place
        for place, person in enumerate(interview.interviewers)
        if not reading.people[place].observer
        and not reading.people[place].student  # a pupil panel hears no pitch
        and not reading.people[place].hears_no_pitch  # nor who showed them round or welcomed them
        and not _runs_the_process(person, reading.people[place])
    ]
    if not pitched:  # a screening call with a recruiter alone: the recruiter hears the pitch
        pitched = [p for p in range(len(interview.interviewers)) if not reading.people[p].observer]
    for place, person in enumerate(interview.interviewers):
        if place not in pitched:
            continue
        answered = {id(a) for _, a in reading.people[place].concerns}
        # the answer's own words: a strength that says the same goes elsewhere, or nowhere
        answer_words = content_words(" ".join(a.raw for _, a in reading.people[place].concerns))
        talked = content_words(
            " ".join(
                u.raw for u in [*reading.people[place].topics, *reading.people[place].questions]
            )
        )
        doubted = content_words(" ".join(person.concerns))
        # beyond the one who decides, a strength goes only where it meets what was talked
        # about: "I have experience in RMA s95 notification decisions" on a card to the iwi
        # liaison read as tacked on (late438 and late439 readers, seven notes)
        aside = len(pitched) > 1 and person is not interview.contact
        best: tuple[int, int] | None = None
        for i, used in enumerate(reading.strengths):
            if id(used) in answered or i in taken:
                continue  # interviewers compare notes: the same line twice reads as a form letter
            if no_pitch(used, interview.application.position):
                continue  # "I have a PhD in ..." to the dean: the CV says it, and it is the minimum
            words = content_words(used.raw)
            if len(words & answer_words) >= 3:
                continue  # "DOH licensing for 2 nurses" twice in one note
            lowered = f" {used.raw.lower()} "
            if words & doubted and any(f" {w} " in lowered for w in weak):
                continue  # "conversational Spanish" to the person who asked for fluent Spanish
            if aside and not words & talked:
                continue
            score = _KIND_WEIGHT[strength_kind(used.reading.text)] + 3 * len(words & talked)
            score += 1 if any(c.isdigit() for c in used.raw) else 0
            if best is None or score > best[0]:
                best = (score, i)
        if best is not None:
            chosen[place] = reading.strengths[best[1]]
            taken.add(best[1])
    return chosen


def _runs_the_process(person: Interviewer, reading: PersonReading) -> bool:
    """Whether they run the hiring process (HR, a recruiter, an administrator), or talked only
    of pay and process: blind readers found a strength "dropped into a note to HR" out of place,
    when the panel had people who judge the work."""
    if _PROCESS.search(f"{person.name} {person.title or ''}"):
        return True
    return not reading.topics and not reading.questions and any(map(practical, person.topics))


_PROCESS = lazy(
    rf"\b(?:{_PROCESS_WORDS}|admin|administrative|secretary|receptionist|"
    r"people (?:partner|team|ops|operations))\b",
    re.I,
)


def no_pitch(used: Used, position: str) -> str | None:
    """Why a strength makes no case in a thank-you note (the advice's words), or None: the one
    place that decides, for the panel's strengths and for the plan's advice."""
    if bare_degree(used):
        return _BARE_DEGREE
    if the_minimum(used, position):
        return _THE_MINIMUM
    return None


_BARE_DEGREE = (
    "a degree alone makes no case in a thank-you note, since your CV shows it; say what you did "
    "with it (a thesis, a project, a result), and a note can put that forward"
)
_THE_MINIMUM = (
    "it says only what the post already asks for (the post itself, or an everyday licence), "
    "so it makes no case; say what you did in it (a result, a figure), and a note can put "
    "that forward"
)


def bare_degree(used: Used) -> bool:
    """A strength that names a degree and its subject, no more: the CV says it, and for many
    posts it is the minimum, so it makes no pitch ("I have a PhD in ..." to a dean)."""
    return bool(_DEGREE_ONLY.search(used.reading.text))


def the_minimum(used: Used, position: str) -> bool:
    """A strength that only restates the post ("I have been an Agric/Bio teacher" for a
    biology teacher's post) or names an everyday licence: "..., which I think would carry over
    directly to the role" then says nothing (blind readers' words)."""
    text = used.reading.text
    if _EVERYDAY_LICENCE.search(text) and not re.search(r"\bdriv", position, re.I):
        return True
    post = _ONLY_A_POST.match(text)
    if post is None or any(c.isdigit() for c in text):
        return False
    words = re.findall(r"[A-Za-z]+", position)
    initials = "".join(w[0] for w in words if w[0].isupper())  # "SW" of "Social Worker"
    return post["noun"].lower() in {w.lower() for w in words} or post["noun"] == initials


_EVERYDAY_LICENCE = lazy(r"\b(?:driving|driver'?s|car) licen[cs]e\b", re.I)
# "I am a nurse", "I have been an Agric/Bio teacher": the post, and nothing done in it
_ONLY_A_POST = lazy(r"^I (?:am|have been|was) an? (?:[\w/&-]+ ){0,2}(?P<noun>[a-z]+|[A-Z]{2,4})$")


_DEGREE_ONLY = lazy(
    r"^I (?:have|hold|earned|completed) (?:an? |my )?(?:MBA|PhD|DPhil|MSc|BSc|BEng|MEng|LLB|LLM|"
    r"BA|MA|EdD|JD|MD|BN|BSN|BScN|MSN|BEd|MEd|MLIS|MLS|MSW|BSW|MPH|MHA|BCom|MCom|MBBS|BDS|DNP|"
    r"PharmD|BPharm|MPharm|BTech|MTech|BBA|BFA|MFA|BArch|MArch|MPhil|"
    r"doctorate|master's|bachelor's|(?:\w+ )?degree)\b(?: (?:in|from) [^,;]+)?$"
)


def _mid(used: Used) -> str:
    """A reading as it sits mid-sentence ("my talk was accepted", "I speak French")."""
    return lower_first(used.reading.text)


def _seed(*parts: object) -> int:
    from afterview.compose.wording import seed

    return seed(*parts)
