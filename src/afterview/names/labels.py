"""What people type instead of a name, or around one: a description ("the tall guy from
ops"), a team, a couple, members in brackets, a post or a name in doubt, and the sides of
a label ("HR: Ndapewa Shikongo - took notes").
"""

from __future__ import annotations

import re
from itertools import dropwhile

from afterview.check.lazy import lazy
from afterview.names.kinds import (
    _BODY_WORDS,
    _COURTESY,
    _POSTS,
    _SOMEONE,
    _a_listed_given_name,
    _a_persons_name,
    _in_english,
    _is_role_noun,
    _is_suffix,
    _is_title,
    _known_family,
    _known_word,
    _looks_like_a_family_name,
    _names_a_role,
    _post_of_one_word,
    _role_key,
    _title_case,
    _titled_name,
    is_group,
)
from afterview.names.parse import _DESCRIBED, Greeting
from afterview.names.words import (
    _A_FUNCTION,
    _AFTER_NAME,
    _BODIES,
    _COMPASS_POINTS,
    _ELECTED,
    _FIRM_LAST_WORDS,
    _GIVEN_FOR_A_HANDLE,
    _HEADS_OF_A_UNIT,
    _IN_ENGLISH,
    _NICKNAME,
    _PAREN,
    _PARTICLES,
    _RANKS_OF_A_POST,
    _REGIONS,
    _SAINTLY,
    _WHERE_A_BODY_IS,
    _WORDS,
    _a_given_name,
    _key,
    _listed_given,
    _where,
    fold,
)


def _group(name: str) -> str:
    """A team as it is greeted: "talent acq team" -> "Talent Acquisition Team", "Therapies
    Recruitment" -> "Therapies Recruitment Team", "Equipe recrutement" -> "Recruitment Team"
    (in English, as the rest of the note is)."""
    translated = _in_english(name, then_whose=True)
    if translated:
        return translated
    if name != name.lower():
        name = re.sub(r"\b[Dd]ept\b\.?", "Department", name)  # "HR dept": "HR Department"
        name = re.sub(r"\bMgt\b\.?", "Management", name)
        # "TA team": talent acquisition, spelled out (late322 readers: "Dear TA team," is an
        # internal abbreviation)
        name = re.sub(r"^TA [Tt]eam$", "Talent Acquisition Team", name)
        from afterview.compose.reading import lexicon

        first, _, rest = name.partition(" ")
        english = all(
            w in _SMALL_WORDS or lexicon.known(fold(w).lower()) for w in [first, *rest.split()]
        )
        if rest and rest == rest.lower() and first[1:] == first[1:].lower() and english:
            # "Student panel", "Board of governors": a name typed as a sentence, given its
            # capitals as a name has them ("Talent Acquisition team" keeps its small word)
            rest = " ".join(w if w in _SMALL_WORDS else w[:1].upper() + w[1:] for w in rest.split())
            name = f"{first} {rest}"
    else:
        from afterview.compose.reading.vocabulary import expansions

        words = [expansions().get(w, w) for w in name.split()]
        name = " ".join(w.upper() if w == "hr" else w[:1].upper() + w[1:] for w in words)
    # "Dear Recruitment," reads as a mail merge (readers said so): a function is greeted as
    # the team that does it; "Office of Human Resources" is named as a body already
    words = [fold(w.strip(".,")).lower() for w in name.split()]
    named_as_a_body = "of" in words or (words and words[0] in _BODIES)
    return f"{name} Team" if words and words[-1] in _A_FUNCTION and not named_as_a_body else name


# Words an English name in capitals leaves small: "Board of Governors". (Not `_SMALL`, whose
# "du" and "de" say a name is in another language, kept as typed: "Secrétariat du jury".)
_SMALL_WORDS = frozenset("of and the for in on at to a an".split())


# Posts that are never family names, written alone where the name would be.
_LONE_POSTS = frozenset(
    """interpreter translator observer registrar secretary receptionist scribe notetaker
    note-taker invigilator chaperone""".split()
)
# A title alone in brackets after the name: "Kamau, Wanjiru (Dr.)".
_TITLE_IN_BRACKETS = lazy(r"\s*\(([^()\s]+(?:\s[^()\s]+){0,2})\)\s*$")  # "(Dr.)", "(doc. dr.)"
# A note about the name, where the name would be: "didnt catch name", "did not get surname".
# "didn't catch", "not caught", "didn't get": a name heard and missed.
_CAUGHT = lazy(r"\bcatch|\bcaught|\bgot\b", re.I)
_NO_NAME = lazy(r"\b(?:sur)?name\b|\b(?:nombre|nome|nom)\b", re.I)  # "no agarré el nombre"

# A Hungarian married name, family name first: "Horváthné Tóth Ildikó", "Kovácsné Éva".
_MARRIED_NAME = lazy(
    r"^(?:dr\.?\s+)?([A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+)né(?:\s+[A-ZÁÉÍÓÖŐÚÜŰ]\S*){1,2}$"
)
# A Hungarian married name of her husband's whole name: "Kiss Gáborné" (Mrs. Gábor Kiss).
_A_HUSBANDS_NAME = lazy(
    r"^(?:dr\.?\s+)?([A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+)\s+([A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]{2,})né$"
)
# Posts that stand before a family name as a title: "Director Kim", "Principal Okafor".
_POST_AS_TITLE = frozenset(
    "director principal chairman chairwoman president headmaster headmistress".split()
)
# Words of an aside that say a Sister is a religious sister: "(Mercy sisters)", "(nun)".
# "(she's a Presentation sister)": a sister of an order named before the word (never a ward's,
# a theatre's or a nurse's grade, "Ward sister"); "(chaplaincy)": a hospital's or a school's
# chaplain (late415, late417 readers: "Dear Sister Keogh," to a nun).
_OF_AN_ORDER = lazy(
    r"\b(?:sisters|nuns?|convent|congregation|religious|order of|sister of|chaplain\w*)\b"
    r"|(?-i:\b(?!(?:Ward|Nursing|Theatre|Charge|Senior|Staff|Night|Duty|Clinic|Practice)\b)"
    r"[A-Z][a-z]+ sister\b)",
    re.I,
)
# Words of an aside that say a Sister is a nursing sister: "(ward sister, T&O)".
_ON_A_WARD = lazy(r"\b(?:ward|nursing|theatre|charge) sister\b|\bward manager\b", re.I)
# A deputy's post before a name: "Asst. Principal Greg Van Slyke", "Vice President Ana Ruiz".
_DEPUTY_POST = lazy(
    r"^(?P<rank>Asst\.?|Assistant|Deputy|Vice|Associate|Assoc\.)\s+(?P<post>[A-Z][a-z]+)\s+"
    r"(?P<who>[A-Z].+)$"
)
_PREPOSITIONS_IN_A_POST = frozenset("on of from at in for with".split())
# Titles in brackets after a name, with more after them: "X Y (Prof. Mrs.) - HOD".
_TITLES_IN_THE_MIDDLE = lazy(r"\s*\(((?:[A-Z][a-z]{0,4}\.?\s?){1,3})\)(?=\s+[-–—]\s)")
# The name someone goes by, noted beside the name: "(goes by Jon)", "(prefers Peg)", and after
# a post in the same brackets: "(Lead Midwife Education, goes by Sheila Ann)", "(CEO, calls
# himself Leo)", "(principal, everyone calls him Lindy)", "(owner, said call her Linda)".
_GOES_BY = lazy(
    r"\((?:[^()]*?[,;]\s*)?"
    r"(?:(?P<all>every(?:one|body)|they all|people)\s+"
    r"|(?:(?:she|he|they)\s+)?(?:said|says|asked(?: me)?)(?: to)?\s+)?(?:just\s+)?"
    r"(?:goes by|prefers|preferred name|known as|aka|a\.k\.a\.?"
    r"|calls (?:himself|herself|themselves)|calls? (?:him|her|them|me)"
    r"|(?<=said |says )just)"  # "(main supervisor, said just Ingrid)"
    r":?\s+[\"“']?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)[\"”']?\s*[),;]"
)
# An aside that says the name typed is the one they go by, whatever its shape: "Dr. K (tox,
# everyone calls her that)", "Coach (goes by that)", and with more said after it: "Granny Rose
# (everyone calls her that, even Siobhán)".
_CALLED_SO = lazy(
    r"\((?:[^()]*?[,;]\s*)?(?:every(?:one|body)\s+|they all\s+|people\s+)?"
    r"(?:calls? (?:her|him|them|me) that|goes by that|known as that|(?:is )?called that)"
    r"(?:\s*[,;][^()]*)?\s*\)\s*$"
)
# How someone is addressed, noted in brackets beside the name: "Lee Sung-ho (Mr Lee)".
_ADDRESSED_IN_BRACKETS = lazy(r"\(\s*(?P<title>[A-Z][a-z]{1,3}\.?)\s+(?P<name>[A-Z][\w'’-]+)\s*\)")
# A Hong Kong name: the family name, a given name of two syllables joined by a hyphen, and
# after a comma the English name: "CHAN Tai-man, Peter", "Ms. Wong Siu-ling, Cindy".
_WITH_AN_ENGLISH_NAME = lazy(
    r"^(?P<titles>(?:\S+\.?\s+)*?)(?P<family>[A-Z][A-Za-z]+) "
    r"(?:[A-Z][a-z]+-[a-z]+|(?P<apart>[A-Z][a-z]{1,4} [A-Z][a-z]{1,4})), (?P<english>[A-Z][a-z]+)$"
)
# A given name in a list of people, hyphenated or not: "Kayla", "Kerry-Ann".
_GIVEN = r"[A-ZÀ-Ý][a-zß-ÿ]+(?:-[A-ZÀ-Ý][a-zß-ÿ]+)?"  # "Lucía & Bea", "Zoë & Seán"
# Two people in one entry, by their given names alone: "Kayla & Ramon (asst mgrs #14)".
_TWO_GIVEN_NAMES = lazy(rf"^({_GIVEN}) (?:&|and|\+) ({_GIVEN})(?:\s*\([^()]*\))?$")
# ... joined by "and" in another language: "Francesca e Omar", "Lucía y Andrés", "Jan og Eva"
# (two given names the lists hold: "Sousa e Silva" is one family name).
_TWO_GIVEN_NAMES_JOINED = lazy(
    rf"^({_GIVEN}) (?:e|y|et|und|og|och|en|i|ve) ({_GIVEN})(?:\s*\([^()]*\))?$"
)
# Three or more given names, one note: "Kyle, Brittany & Rhonda", "Shannon, Abi & Kerry-Ann".
_SEVERAL_GIVEN_NAMES = lazy(
    rf"^({_GIVEN}(?:, {_GIVEN})+),? (?:&|and|\+|a|ac|agus) ({_GIVEN})(?:\s*\([^()]*\))?$"
)
# Two people in one entry, one family name: "Mr. & Mrs. Fernando", "Dr. and Mrs. Okafor".
# In another language the couple is written in English ("Herr und Frau Kaufmann" is Mr. and
# Mrs. Kaufmann: the idiom of a couple sharing a name, where "Frau" alone is Ms.).
_COURTESY_OF_A_COUPLE = r"Mr|Dr|Mrs|Ms|Herr|Frau|Dhr|Mevr|Mme|Monsieur|Madame|Meneer|Mevrouw|M"
_A_COUPLE = lazy(
    rf"^(?P<one>(?:{_COURTESY_OF_A_COUPLE})\.?)\s+(?:&|and|und|en|et|og|och)\s+"
    rf"(?P<other>(?:{_COURTESY_OF_A_COUPLE})\.?)\s+"
    r"(?P<family>[A-Z][\w'’-]+)(?:\s*\(.*\))?$"
)
_A_WIFE_IN_ENGLISH = {"Ms.": "Mrs."}  # "Frau" beside "Herr": the couple's form


def _a_couple_in_english(title: str) -> str:
    """ "Herr" is Mr., "Frau" beside him Mrs.; an English title stays as typed."""
    english = "Mr." if _key(title) == "m" else _IN_ENGLISH.get(_key(title))  # "M. et Mme"
    return _A_WIFE_IN_ENGLISH.get(english, english) if english else title


# Titles that outrank a nickname in a letter: "Dr Pieter 'Piet' Botha" is Dr Botha, "Hon.
# Ramon 'Boyet' Tupas" is not Boyet, and "Capt. Reynaldo 'Jun' Dimaculangan" is Capt.
# Dimaculangan to a bosun who would serve under him; a chef's or a teacher's nickname is how
# they go.
_FORMAL_TITLES = frozenset(
    """dr doctor prof professor hon capt captain col colonel maj major gen general brig cdr cmdr
    adm admiral rev reverend judge justice""".split()
)
# A title of courtesy or of a profession typed before a nickname goes with the family name too:
# "Mr. Roberto 'Boy' Tan" is Mr. Tan, "Atty. Maria 'Mia' Santos" Atty. Santos.
# A deacon's title too: "Deacon Harold 'Skip' Lomax" is Deacon Lomax ("Skip" is no short form),
# and an elected office's (names.toml, titles.elected; "Coun." with its dot).
_OVER_A_NICKNAME = (
    _FORMAL_TITLES
    | _COURTESY
    | _ELECTED
    # "Kap.", a barangay captain, is an elected office (late416 readers: "Dear Bong," to one)
    | frozenset("engr eng atty attorney deacon coun kap kapitan".split())
)


def _short_for(nickname: str, given: tuple[str, ...]) -> bool:
    """ "Dot" of Dorothy, "Trish" of Patricia, "Tunde" of Babatunde, "Ray" of Ramon, "Mike" of
    Michael: a form of the given name; not "Hoss" of Hollis, a pet name that only opens as the
    name does (its letters after the first two are not the name's, in its order, but for an
    ending such as "-y" or "-ie")."""
    nick = fold(nickname).lower()
    rest = nick[2:].replace("k", "c")  # "Mike" of Michael, "Jake" of Jacob

    def letters_within(short: str, full: str) -> bool:
        letters = iter(full)
        return all(c in letters for c in short)  # in order, each once: "ss" is not in "llis"

    def a_form_of(full: str) -> bool:
        full = full.replace("k", "c")  # "Okkie" of Ockert: one sound, spelled two ways
        opening = nick[:3].replace("k", "c")
        if len(nick) >= 3 and opening in full:
            return True  # "Trish", "Tunde", "Liz"
        kept = letters_within(rest, full[2:])
        endearing = rest[-1:] in ("y", "i", "e", "o", "a") and letters_within(rest[:-1], full[2:])
        return opening[:2] == full[:2] and (kept or endearing)  # "Dot"; "Ray", "Bree"

    known = _SHORT_FORMS.get(nick, [])  # "Peggy" of Margaret: a form of the name in English
    if any(a_form_of(fold(g).lower()) or fold(g).lower() in known for g in given):
        return True
    # "Ibbe" of Ibrahim, "Sammy" of Samuel: the name's own second or third letter doubled, as
    # a pet form doubles it (not "Hoss" of Hollis, whose doubled letter is not the name's there)
    twice = re.search(r"(.)\1", nick)
    at = twice.start() if twice else 0
    doubled = twice is not None and at in (1, 2)
    same = lambda a, b: a.replace("k", "c") == b.replace("k", "c")  # noqa: E731
    if doubled and any(same(fold(g).lower()[at : at + 1], nick[at]) for g in given):
        return _short_for(nick[:at] + nick[at + 1 :], given)
    return False


# "Peggy" of Margaret, "Bill" of William: English short forms that do not keep the letters.
_SHORT_FORMS: dict[str, list[str]] = dict(_WORDS["given_names"]["short_forms"])


# Two people of one family, one note: "Dale & Bev Thibodeau".
_COUPLE = lazy(
    r"^([A-Z][a-z]+) (?:&|and|y|e) ([A-Z][a-z]+) (?:(?:Van|Von|De|Du|Le|La|Mac) )?[A-Z][\w'’-]+$"
)
# "Don Hernando y Doña Cecilia Rozo": a couple, each with the word of respect that goes with a
# given name (never "Dear Don Rozo,", late368)
_AN_HONOURED_COUPLE = lazy(
    r"^((?:Don|Doña|Dona|Dom|Seu) [A-ZÀ-Ý][\wà-ÿ]+) (?:y|e|&|and) "
    r"((?:Don|Doña|Dona|Dom|Seu) [A-ZÀ-Ý][\wà-ÿ]+)(?: [A-ZÀ-Ý][\w'’-]+)*(?:\s*\(.*\))?$"
)
# A post of two words before one name: "Nurse Supervisor Alcantara", "Service Mgr Todd".
_ROLE_THEN_FAMILY = lazy(
    r"^[A-Z][a-z]+ (?:Director|Manager|Mgr\.?|Coordinator|Supervisor|Officer)\s+([A-Z][\w'’-]+)$"
)
# Bodies that may be named before a comma and their parent: "Faculty Affairs Office, ...".
_OFFICES = frozenset("office team department committee unit secretariat board panel".split())
# A name alone, in doubt, after a description: "Dean's office rep (Kati?)", "Nurse - Kay?",
# "Shift leader, big guy w/ beard, Radek?".
# A post in brackets, in lower case, that the notes doubt: "(bar raiser?)", "(maybe ops?)",
# "(college tutor? or DME)" (another post after "or"): never a doubt about the name.
_A_POST_IN_DOUBT = lazy(r"\s*\((?!name\b)[a-z][^()A-Z?]*\?+(?:\s*or\s+[^()?]+\?*)?\s*\)")
# A post with its capitals in brackets, doubted, then another after "or": "(Dean of Research?
# or Deputy?)". A post's word must open it, so a name in doubt ("(Ana? or Anna?)") is none.
_A_CAPITAL_POST_IN_DOUBT = lazy(
    r"\s*\((?P<post>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|of|the|for|and))*)\?+"
    r"\s*or\s+(?P<other>[A-Za-z][^()?]*)\?*\s*\)\s*$"
)


def _without_a_capital_post_in_doubt(name: str) -> str:
    """ "Prof. Leonie Marchetti-Grant (Dean of Research? or Deputy?)": the doubt is about her
    post, each side of the "or" opening with a post's word, never about the name before it."""
    doubted = _A_CAPITAL_POST_IN_DOUBT.search(name)
    if not doubted:
        return name

    def a_post(words: str) -> bool:
        first = words.split()[0]
        return _is_role_noun(first) or _is_title(first) or _key(first) in _POSTS

    before = name[: doubted.start()].strip()
    if not (a_post(doubted["post"]) and a_post(doubted["other"])) or "?" in before:
        return name
    untitled = list(dropwhile(_is_title, before.split()))
    return before if 2 <= len(untitled) <= 4 and _a_persons_name(" ".join(untitled[:3])) else name


_TWO_NAMES_IN_DOUBT = lazy(r"(?:^|\s[-–—]\s|,\s)([A-Z][a-z]+)\?? or ([A-Z][a-z]+)\s*\?\s*$")
_ONE_NAME_IN_DOUBT = lazy(
    r"(?:\(\s*([A-Z][a-z]+)\s*\?\s*\)|(?:\s[-–—]|,)\s+([A-Z][a-z]+)\s*\?)\s*$"
)
# Two people named in brackets after a team: "Workshop team (Bram & Youssef)".
_MEMBERS = lazy(r"\(((?:[A-Z][\w'’-]+,\s+){0,2}[A-Z][\w'’-]+)\s+(?:&|and|\+)\s+([A-Z][\w'’-]+)\)")


def _the_members(name: str) -> str:
    """ "Workshop team (Bram & Youssef)", "the line crew (Dre, Marisol & Keith)": the people of
    a team named in brackets, greeted by name (never "Dear The Line Crew,": late284); "" when
    the brackets hold grades or letters ("Resident panel (PGY1s + PGY2s)") or regions."""
    members = _MEMBERS.search(name)
    if not members:
        return ""
    people = [*re.split(r",\s+", members[1]), members[2]]
    if any(any(c.isdigit() for c in m) or m.isupper() for m in people):
        return ""
    if {_key(m) for m in people} & _REGIONS:
        return ""
    from afterview.compose.reading import lexicon

    if any(lexicon.known(m.lower()) and not _listed_given(m) for m in people):
        return ""  # "Dan from head office (People & Culture)": what the team does; "Pip" a name
    return f"{', '.join(people[:-1])} and {people[-1]}"


# A post written as its code before an initial and a name: "PA III T. Nakamura".
_POST_CODE_BEFORE = lazy(r"^(?:[A-Z]{2,5}\s+)+(?:[IVX]{1,4}\s+)?(?=[A-Z]\.\s*[A-Z][a-z])")
# Where a name is often written family name first, in Central and West Africa's French- and
# English-speaking offices, and in East Africa's and Ghana's ("Dr. Kaggwa Fred", "Eng. Atinga
# Gabriel": late395 readers, "Dear Dr. Fred,"): a title before it cannot say which word is its
# family name.
_MAGHREB = frozenset({"MA", "DZ", "TN"})
_FAMILY_NAME_OFTEN_FIRST = (
    frozenset({"CI", "CM", "BF", "ML", "GN", "NE", "TD", "CG", "GA", "BJ", "TG"}) | _MAGHREB
)  # and the Maghreb's forms ("Dr. Ouhammou Mustapha", late451: "Dear Dr. Mustapha,")
# ... and where it is when the name after it is a common Christian one ("Mahama" may be either)
_FAMILY_FIRST_BEFORE_A_COMMON_NAME = frozenset({"UG", "KE", "TZ", "RW", "GH"})
_FAMILY_OFTEN_FIRST = "here the family name is often written first: greet them as they sign"


def _order_in_doubt(words: list[str], country: str) -> bool:
    """ "Ebot Tabi Joseph", "Gbané Lassina": where the family name is often written first, a
    name that ends in a given name the lists hold and opens with none (and no capitals mark
    its family name, as "NDE Fonkwo Peter" does): which word a title goes with is unknown."""
    common = fold(words[-1]).lower() in _GIVEN_FOR_A_HANDLE if words else False
    where = _where(country)
    return (
        (
            where in _FAMILY_NAME_OFTEN_FIRST
            or (where in _FAMILY_FIRST_BEFORE_A_COMMON_NAME and common)
        )
        and len(words) >= 2
        and not any(w.isupper() and len(w) > 1 for w in words)
        and _listed_given(words[-1])
        and not _listed_given(words[0])
        # "Fatima-Zahra Ouali": a given name of two joined, in the Maghreb
        and not (where in _MAGHREB and any(_listed_given(p) for p in words[0].split("-")))
        and not _known_family(words[-1])
    )


_BORN = lazy(r"\s+n[ée]e\s+[^-–—,(]*?(?=\s*(?:[-–—,(]|$))")
_ARTICLE_BEFORE_RESPECT = lazy(r"^(?:el|al)\s+(?=ra(?:y|')?[ei]s\b)", re.I)
_A_DEGREE_NOT_SAID = "a degree an English letter leaves out: greet them as Mr. or Ms., as they sign"
# Why the plan asks, after a word of respect ("Papa Kabongo") or "sir" ("Mukherjee sir").
_RESPECT = "a word of respect, not a title a letter uses: the family name and a title are needed"
_ADDRESSED = "“{}” is how you spoke to them; a letter needs a title and family name"
# A post typed before a name: "Training Director Bill Kessler". "Director" alone first is used
# as a title ("Director Hugo Sepúlveda Toro" is Director Sepúlveda, as "Director Kim" is).
_ROLE_BEFORE = lazy(
    r"^(?:[A-Z][a-z]+ (?=Director)|(?:[A-Z][a-z]+ )?(?=Manager|Coordinator|Supervisor|Officer))"
    r"(?:Director|Manager|Coordinator|Supervisor|Officer)\s+(?=[A-Z][a-z]+ [A-Z])"
    # a Turkish post, its last word "head of", "deputy of" ...: "Daire Başkanı Hakan Öztürk",
    # "Başhekim Yardımcısı Dr. Ayhan Korkmaz" (late440 readers: "Dear Daire,")
    r"|^(?:\w+ ){0,2}(?:Başkanı|Müdürü|Yardımcısı|Sorumlusu|Uzmanı|Şefi|Yöneticisi|"
    r"Koordinatörü|Temsilcisi|Amiri|Başhekimi)\s+(?=\w+\.? [A-ZÇĞİÖŞÜ])"
)
# A post in words before a courtesy title and the name, as a Spanish signature puts it: "Jefe
# de bodega Sr. Patricio Valenzuela Rojas" (late447), "Gerente general Ing. Ana Ruiz".
_A_POST_BEFORE_A_TITLE = lazy(
    r"^(?P<post>[A-ZÁÉÍÓÚ][a-záéíóúñ]+(?: [a-záéíóúñ]+){1,3}) (?P<name>(?:Sr|Sra|Srta|Dr|Dra|"
    r"Ing|Lic|Licda|Arq|Mtro|Mtra|Abg|Prof)\.? [A-ZÁÉÍÓÚ][a-záéíóúñ]+ [A-ZÁÉÍÓÚ][^()]*?)\s*$"
)

# Words of age or looks before a person described, not named: "older lady", "young guy".
_LOOKS = frozenset("older old young younger tall short".split())


# A word with a capital inside it, as firms write their names: "TalentBridge", "PageGroup";
# never a person's ("McAllister", "DeShawn", "MacLeod": a capital after Mc, Mac, De, Le ...).
_A_FIRMS_WORD = lazy(r"\b(?!Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z][a-z]{2,}[A-Z][a-z]+")


def _with_particles(text: str) -> bool:
    """ "Sanne de Wit", "Anna van der Berg": a given name the lists hold, the particles of the
    family name in small letters, then the family name."""
    words = text.split()
    return (
        3 <= len(words) <= 5
        and _listed_given(words[0])
        and all(w in _PARTICLES for w in words[1:-1])
        and words[-1][:1].isupper()
    )


def _named_side(name: str) -> str:
    """Of "Tom Reyes - sr paralegal", "Charge MIT - Fiona McAllister" and "Recruitment Team –
    Al-Rawdah", the side that names whom to greet: a person's name, else a team."""
    sides = re.split(r"\s+[-–—]\s+|:\s+", name, maxsplit=1)  # "Store team rep: Bianca S."
    if len(sides) < 2 or sides[0].count("(") > sides[0].count(")"):
        return name  # "Johan Pretorius (Head: Commercial Lines)": an aside
    head, tail = (side.strip() for side in sides)
    if not head.split() or not tail.split():
        return name  # ":", "HR: ": nothing on one side
    with_a_firm = _PAREN.sub("", tail).split()
    one_name = len(head.split()) == 1 and head[:1].isupper() and head[1:].islower()
    if one_name and len(with_a_firm) >= 2 and _key(with_a_firm[-1]) in _FIRM_LAST_WORDS:
        return head  # "Jinu - Westline Manpower (agency)": a name, then the firm she is with
    for side in (tail, head):  # "Kadry - pani Ela": Polish "pani" before her given name
        polite = _PAREN.sub("", side).split()
        if len(polite) == 2 and polite[0].lower() in ("pan", "pani") and _listed_given(polite[1]):
            return side
    alone = _PAREN.sub("", tail).strip()
    first = head.split()[0]
    if (
        alone.isalpha()
        and alone[:1].isupper()
        and alone[1:].islower()  # "Sindicato - Héctor" too (late460)
        and _listed_given(alone)
        and _key(alone) not in _REGIONS
        and not _listed_given(first)
        # "Kovács Réka - ...": a name family name first is a person's
        and not (len(head.split()) == 2 and _listed_given(head.split()[1]))
        and not _is_title(first)
    ):
        return tail  # "Scheduling - Tiff", "Agenzia AuPair Riviera - Francesca" (late453)
    # "Teamleider Klantcontact - Fatima el Amrani": a post in another language (no word of it
    # English, a title or a given name), then a whole name opening with a given name (late459)
    foreign = all(
        w.isalpha() and not (_known_word(w) or _listed_given(w) or _is_title(w))
        for w in head.split()
    )  # (not "Kierownik Regionu - Beata Mazur": a head of a unit, formal, which asks)
    foreign = foreign and not any(fold(w) in _HEADS_OF_A_UNIT for w in head.split())
    a_name_after = _listed_given(tail.split()[0]) and _a_persons_name(
        _PAREN.sub("", tail).strip(), particles=True
    )
    if foreign and head[:1].isupper() and a_name_after:
        return tail
    lettered = tail.split()
    if len(lettered) > 2 and re.fullmatch(r"[A-Z]{2,5}", lettered[0]) and _is_title(lettered[1]):
        tail = " ".join(lettered[1:])  # "... - JLO Sgt. Mick Tierney": a post's letters first
    if is_group(head) and _key(tail) in _REGIONS and not _a_listed_given_name(tail):
        return head  # "Talent Acquisition - Romania": where the team works (late289)
    if is_group(head) and not is_group(tail) and (_a_persons_name(tail) or _with_particles(tail)):
        # "Talento Humano - Carolina Jaimes", "P&O - Sanne de Wit": the team, then who wrote
        # (late285, late393); not where
        # it is, "Talent Team - Remarkables Alpine"
        where = tail.split()[-1].lower() in _WHERE_A_BODY_IS  # "- Ontario Region"
        if _listed_given(tail.split()[0]) and not _known_word(tail.split()[0]) and not where:
            return tail
    one = _PAREN.sub("", tail).strip()
    one_named = len(one.split()) == 1 and one.istitle() and _listed_given(one)
    if is_group(head) and one_named and _key(one) not in _REGIONS:
        return tail  # "student panel - Maryam (Gr 11)": one of them is named (late321)
    firm = _A_FIRMS_WORD.search(head) or (
        len(head.split()) >= 2 and _key(head.split()[-1]).replace(".", "") in _FIRM_LAST_WORDS
    )
    if firm and _a_persons_name(tail) and _listed_given(tail.split()[0]):
        # "TalentBridge Taipei - Cindy Kao", "Acme Group - Fiona Reid": a firm's name, then
        # who wrote (late313 readers: "Dear TalentBridge,")
        return tail
    if _NICKNAME.search(tail) and not _NICKNAME.search(head) and tail[:1].isupper():
        # "Ama de llaves ejecutiva - Ma. Guadalupe \"Lupita\" Tirado": a name with the one
        # she goes by after the dash; the post before it, in its language (late285)
        return tail
    # "Ms Harriet Lowe", "Mr D. Sneddon": a title, then capitals (an initial among them)
    aside_off = _PAREN.sub(" ", tail).split()  # "Capt. Lonnie Dirnberger (jail ops)"
    # "HR: dott.ssa Valentina Scarano": a title written short may be typed in small letters, as
    # Italian writes "dott." and "dott.ssa" (late405 readers: "Dear HR Team," to a person named)
    short = bool(aside_off) and re.fullmatch(r"[a-z]+\.[a-z]*", aside_off[0]) is not None
    titled = aside_off[1:] and all(
        w[:1].isupper() and (w[1:2].islower() or re.fullmatch(r"[A-Z]\.", w))
        for w in aside_off[1 if short and _is_title(aside_off[0]) else 0 :]
    )
    honoured = len(head.split()) == 2 and _key(head.split()[1]) in _AFTER_NAME  # "Khan sahib"
    # "... - Chief Reporter" (an aside after the name is not the post: "(jail ops)")
    a_post = (_a_persons_name(head) or honoured) and _names_a_role(" ".join(aside_off))
    post = bool(tail.split()) and tail.split()[0].endswith(",")  # "Dean, Social Sciences"
    # "Kierownik Regionu - Pani Beata Mazur": a courtesy title in another language says so too
    # (late401 readers: "Dear Kierownik,")
    courtesy = _is_title(tail.split()[0]) or _key(tail.split()[0]) in _IN_ENGLISH
    if titled and courtesy and not _titled_name(head) and not a_post and not post:
        return tail  # "Senior Coroner - Ms Harriet Lowe": the title says who is named
    posted = (_is_role_noun(w) or _is_title(w) or _key(w) in _RANKS_OF_A_POST for w in head.split())
    initialled = re.fullmatch(r"[A-Z]\.\s?[A-Z][\w'’-]+", tail)  # "T. Brooks"
    if all(posted) and (
        _a_persons_name(tail, 1, particles=True)  # "Interpreter - Fatima el Amrani" too
        or (_is_title(tail.split()[0]) and len(tail.split()) > 1)
        or initialled
        or (tail.split()[0] == "M." and len(tail.split()) >= 3)  # "M. Jean-Baptiste Roux"
    ):
        return tail  # "Interpreter - Noy", "Vice Dean - Prof. Dr. Selim Aksoy": post, then name
    # "Diet Tech - Jolene Kakegamic": a post ending in a word of one, then a whole name whose
    # given name the lists know (late487: "Dear Diet,")
    # (or a post that opens with its role: "Manager City Strategy - Fergus O'Dwyer", late490)
    ends, opens = head.split()[-1], head.split()[0]
    headed = _is_role_noun(ends) or _key(ends) in _HEADS_WRITTEN_SHORT
    headed = headed or (_is_role_noun(opens) and not _listed_given(opens))
    # (never after a team, "CBSA Recruitment - Ontario Region", nor a unit's head, who asks)
    headed = (
        headed and not is_group(head) and not any(fold(w) in _HEADS_OF_A_UNIT for w in head.split())
    )
    if headed and _listed_given(tail.split()[0]) and _a_persons_name(tail, 1, particles=True):
        return tail
    if _A_COUPLE.match(tail) and not _a_persons_name(head):
        return tail  # "Owners - Mr & Mrs Dobson": the post, then the two of them
    # "Gloria - People & Culture", "Bianca - BI team, did the SQL test": a given name, then
    # her team (not "Kids Club team - Pao & Memo", two people after a team)
    if _a_given_name_alone(head) and is_group(re.split(r",\s", tail, maxsplit=1)[0]):
        return head
    if re.fullmatch(rf"{_GIVEN} (?:&|and) {_GIVEN}", tail) and not _a_persons_name(head):
        return tail  # "Kids Club team - Pao & Memo", "grad student lunch - Priya & Jonah"
    several = re.fullmatch(rf"{_GIVEN}(?:, {_GIVEN})+,? (?:&|and) {_GIVEN}", tail)
    if several and not _a_persons_name(head) and not any(_is_title(w) for w in head.split()):
        return tail  # "peer panel - Kyle, Brittany & Rhonda": three people after a team
    if is_group(head) and re.fullmatch(r"[A-Z]{2,5}", tail):
        return head  # "Recruitment Section - AWD": the section, then the body's initials
    bare_tail = _PAREN.sub("", tail).strip()  # "H&S - Bob (did the walk round)"
    if (
        re.fullmatch(r"[A-Z]{2,4}|[A-Z]{1,2}&[A-Z]{1,2}", head)
        and re.fullmatch(r"[A-Z][^\W\d_]+", bare_tail)
        and bare_tail[1:].islower()
        and not is_group(bare_tail)
    ):
        # "KP - Dougie", "EHS - Sinéad", "H&S - Bob": a post's letters, then the name
        # (late437 readers: "Hi H&S,")
        return tail
    if is_group(head) and tail.split()[-1].lower() in _WHERE_A_BODY_IS:
        return head  # "CBSA Recruitment - Ontario Region": the body, then where it is
    label = re.match(r"[^:]+:\s", name) and head == name.split(":", 1)[0].strip()
    # "Directora: María del Carmen Sáenz de Ugarte": after a label, a name of many words, the
    # particles and the "y" between its family names among them
    named = tail.split()
    inside = all(w[:1].isupper() or w in _PARTICLES or w in ("y", "i", "e") for w in named[1:-1])
    many = 1 < len(named) <= 7 and inside and named[-1][:1].isupper()
    many = many and _a_persons_name(named[0], fewest=1)
    if label and not _a_persons_name(head) and (_a_persons_name(tail, fewest=1) or many):
        return tail  # "Secretaria: Noelia": a label, then whom it names
    # one name, then a post in lower case ("Linh - kế toán"); not "HR - chị Linh", a word of
    # kinship in lower case, then her name
    one_name = len(head.split()) == 1 and head[:1].isupper() and tail[:1].islower()
    one_name = one_name and not _a_persons_name(tail, 1)
    # "Bec (HR) - Gladstone": a name with its role in brackets, then where they work
    roled = "(" in head and _a_persons_name(_PAREN.sub("", head).strip(), 1)
    untitled = head.split()
    while len(untitled) > 1 and _is_title(untitled[0]):
        untitled.pop(0)  # "Capt. Ray Lafferty - chief pilot": a titled name, then the post
    titled_head = len(untitled) < len(head.split()) and _a_persons_name(" ".join(untitled), 1)
    # "Infection Prevention - Brenda RN": letters after a name say which side is the person
    head_named, tail_named = _without_letters(head), _without_letters(tail)
    if tail_named != tail and head_named == head and _a_persons_name(tail_named, 1):
        return tail_named
    if head_named != head and tail_named == tail and _a_persons_name(head_named):
        return head_named  # a full name ("Charge RN - Brody Lachance": a post's letters)
    # "Campus Recruiting - Alyssa": a team by what it does, then her given name; "Jobpunt
    # Vlaanderen - Lien": an agency by where it works, then hers (never "Dear Jobpunt,")
    by_its_work = is_group(head) and _key(head.split()[-1]) in _A_FUNCTION
    by_its_place = len(head.split()) >= 2 and _key(head.split()[-1]) in _REGIONS
    by_its_place = by_its_place or _a_body_of_a_region(head)  # "Veiligheidsregio Gelderland-Zuid"
    a_firm = len(head.split()) >= 2 and _key(head.split()[-1]).replace(".", "") in _FIRM_LAST_WORDS
    if (
        (by_its_work or by_its_place or a_firm or _named_by_its_trade(head))
        and _a_given_name_alone(tail)
        and _key(tail) not in _REGIONS
    ):
        return tail  # "Nannies & Housekeepers Vic - Tash": an agency by its trade, then Tash
    # "Hays - Ciara", "Meridian Pharma Search - Beth-Anne", "P&C - Liz": an agency, a team or a
    # label of any words, then one given name the lists know, where the head holds none
    bare_tail = _PAREN.sub("", tail).strip()
    if _a_listed_given_name(bare_tail) and not any(_a_listed_given_name(w) for w in head.split()):
        return tail
    if _a_label_of_words(head) and _a_name_no_word(bare_tail):
        return tail  # "Data - Noor", "Kindergarten ECE - Steph": a label, then her name
    if (
        _a_label_of_words(head)
        and _a_given_name_alone(bare_tail)
        and _a_given_name(bare_tail)
        and not _known_family(bare_tail)
    ):
        return tail  # "Deli/bakery - Crystal": a label, then a given name (late278: "Hi Deli,")
    if _a_post_written_short(head) and _one_name_no_word(bare_tail):
        return tail  # "Coord. Vigilância Ambiental - Rosângela": a post in Portuguese, then her
    if _one_name_no_word(bare_tail) and _a_label_naming_no_one(head):
        return tail  # "Sysadmin - Taras", "Ramp Supv - Kervin", "OIC Placentia - Glenn"
    # "Collins McNicholas - Sinéad": an agency named for its founders, then one given name the
    # lists know: hers (late420 readers: asked about "Collins McNicholas")
    founders = _a_firm_of_two_family_names(head) and _one_name_no_word(bare_tail)
    if founders and _a_given_name(bare_tail) and not _looks_like_a_family_name(bare_tail):
        return tail
    # "Recursos Humanos - Ane", "Redaktion Kultur - Matthias": a team named by its work, then
    # one name (a team named "... Team" is followed by where it is: "Recruitment Team – Al-Rawdah")
    if is_group(head) and _key(head.split()[-1]) not in _BODIES and _one_name_no_word(bare_tail):
        return tail
    if (
        one_name
        or roled
        or titled_head
        or honoured
        or _a_persons_name(head)
        or _key(head.split()[-1]) in _BODIES
    ):
        return head  # "Tom Reyes - sr paralegal", "Recruitment Team – Al-Rawdah"
    a_body = _role_key(head.split()[-1]) in _BODY_WORDS  # "Agency - Tunde (Gulf Health ...)"
    if (_names_a_role(head) or is_group(head) or a_body) and _a_persons_name(
        tail, 1, particles=True
    ):
        return tail  # "HR: Sanna", "HR - Sanna", "HR adviseur - Fatima el Amrani": the person
    described = any(w.islower() for w in head.split())  # "Guest services mgr - Keisha"
    return tail if _a_persons_name(tail, fewest=1 if described else 2) else name


def _a_body_of_a_region(side: str) -> bool:
    """ "Veiligheidsregio Gelderland-Zuid": a body named in its own language, one word that no
    English dictionary and no list of names holds, then the region it serves, a place's name
    joined to a point of the compass ("Noord-Holland"); no person's name (late426 readers:
    "Dear Veiligheidsregio,")."""
    from afterview.compose.reading import lexicon

    words = side.split()
    if len(words) != 2 or not all(w[:1].isupper() for w in words):
        return False
    body, region = words
    parts = fold(region).split("-")
    compass = len(parts) == 2 and all(parts) and any(p in _COMPASS_POINTS for p in parts)
    unnamed = not lexicon.known(body.lower()) and not _listed_given(body)
    return compass and body.isalpha() and unnamed and not _known_family(body)


def _named_by_its_trade(side: str) -> bool:
    """ "Nannies & Housekeepers Vic", "Smith & Sons": a firm named by what its people are, in
    the plural, joined by "&" (no person's name is a plural noun)."""
    from afterview.compose.reading import lexicon

    words = side.split()
    joined = any(w in ("&", "and", "+") for w in words[1:-1])
    return joined and any(
        w[:1].isupper() and w.isalpha() and lexicon.tags(w.lower()) == {"S"} for w in words
    )


def _a_label_of_words(side: str) -> bool:
    """ "Data", "Kindergarten ECE": a label of nouns of the dictionary (and letters in capitals),
    none of them a given name the lists know, so no person's name."""
    from afterview.compose.reading import lexicon

    words = side.replace("/", " ").split()  # "Deli/bakery": two departments
    nouns = [
        w for w in words if "N" in lexicon.tags(w.lower()) and (w[:1].isupper() or w != words[0])
    ]
    letters = [w for w in words if re.fullmatch(r"[A-Z]{2,5}", w)]
    return (
        bool(nouns)
        and len(nouns) + len(letters) == len(words) <= 3
        and not any(fold(w) in _GIVEN_FOR_A_HANDLE or _known_family(w) for w in words)
    )


def _a_post_written_short(side: str) -> bool:
    """ "Coord. Vigilância Ambiental", "Ger. Comercial": a label in any language that opens with
    a word written short (three letters or more, then a dot) that is no title, so a post, never
    a person's name, which opens with a given name, a title or an initial."""
    words = side.split()
    return (
        1 <= len(words) <= 4
        and re.fullmatch(r"[A-Z][a-z]{2,6}\.", words[0]) is not None
        and not _is_title(words[0])
        and _key(words[0]) not in _SAINTLY
    )


def _one_name_no_word(side: str) -> bool:
    """ "Rosângela", "Sinéad": one capitalised word, accents and all, that no dictionary holds
    as a word, and no team, post, title, place or family name the lists know."""
    from afterview.compose.reading import lexicon

    return (
        re.fullmatch(r"[A-Z][^\W\d_A-Z]+(?:-[A-Z][^\W\d_A-Z]+)?", side) is not None
        and not lexicon.tags(side.lower())
        and not lexicon.tags(fold(side))
        and not _known_family(side)
        and _key(side) not in _REGIONS
        and not is_group(side)
        and not _names_a_role(side)
        and not _is_title(side)
        and _role_key(side) not in _BODY_WORDS
    )


def _a_firm_of_two_family_names(side: str) -> bool:
    """ "Collins McNicholas", "Sheehan Mooney": two family names the lists know, side by side, as
    a firm named for its founders is (no common given name opens it: "Mary Walsh" is hers)."""
    words = side.split()
    return (
        len(words) == 2
        and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) for w in words)
        and _known_family(words[0])
        and fold(words[0]).lower() not in _GIVEN_FOR_A_HANDLE
        and _looks_like_a_family_name(words[1])
    )


def _a_label_naming_no_one(side: str) -> bool:
    """ "Sysadmin", "Ramp Supv", "OIC Placentia": one word, or words of which one is a post, a
    word of the dictionary or letters in capitals; none a given or family name the lists know,
    and no title."""
    from afterview.compose.reading import lexicon

    words = side.split()
    if not words or "," in side or "(" in side or any(_is_title(w) for w in words):
        return False
    if is_group(side) or _key(words[-1]) in _BODIES:
        return False  # "Recruitment Team – Al-Rawdah": the team, then where it is
    if any(fold(w).lower() in _GIVEN_FOR_A_HANDLE or _known_family(w) for w in words):
        return False
    labelled = any(
        _is_role_noun(w) or lexicon.known(w.lower()) or re.fullmatch(r"[A-Z]{2,5}", w)
        for w in words
    )
    return len(words) == 1 or labelled


def _a_name_no_word(side: str) -> bool:
    """ "Noor", "Steph": one capitalised word no dictionary holds as a word, and no team, post,
    title, place or family name the lists know."""
    from afterview.compose.reading import lexicon

    return (
        _a_given_name_alone(side)
        and not lexicon.tags(side.lower())
        and not _known_family(side)
        and _key(side) not in _REGIONS
    )


def _a_given_name_alone(side: str) -> bool:
    """ "Gloria", "Bianca", "Rocío": one capitalised word that is no team, post, title or body."""
    return (
        re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+", side) is not None
        and not is_group(side)
        and not _names_a_role(side)
        and not _is_title(side)
        and _role_key(side) not in _BODY_WORDS
    )


def _without_letters(side: str) -> str:
    """'Omar Haddad CPA' -> 'Omar Haddad': the name without the letters after it."""
    words = side.split()
    while len(words) > 1 and _is_suffix(words[-1].strip(",")):
        words.pop()
    return " ".join(words)


def _described(name: str) -> str:
    """A person written down by what they are, without the asides: "the guy from the office,
    didnt get name (tall)" -> "the guy from the office"; "dept" written out ("guy from training
    dept" -> "guy from training department")."""
    described = re.split(r"\s*[,(]|\s+[-–—]\s", name)[0].strip().replace(" w/ ", " with ")
    return re.sub(r"\bdept\b\.?", "department", described)


def _one_name_after_a_post(name: str) -> Greeting | None:
    """A post, then one name: "Service Mgr Todd" is Todd and "Polier Jürgen" (a German site
    foreman) Jürgen, a given name as the lists know one; any other name, which may be the
    family name, asks ("Nurse Supervisor Alcantara", "Service Manager Kowalczyk")."""
    plain = " ".join(_PAREN.sub(" ", name).split())  # "Polier Jürgen (Rohbau)": the name
    words = plain.split()
    ranked = _ROLE_THEN_FAMILY.match(plain)
    one = ranked[1] if ranked else ""
    if len(words) == 2 and _post_of_one_word(words[0]) and _one_name(words[1]):
        one = words[1]  # "Polier Jürgen", "Stationsleitung Anja": a German post of one word
    if (
        not one
        and len(words) >= 4
        and _key(words[0]) in _GRADES_OF_A_POST
        and all(w[:1].isupper() and w.isalpha() for w in words[1:-1])
        and (_is_role_noun(words[-2]) or _key(words[-2]) in _HEADS_WRITTEN_SHORT)
        and _a_listed_given_name(words[-1])
    ):
        return Greeting(words[-1])  # "Senior Animal Tech Lorna": a graded post, then Lorna
    if not one or _is_role_noun(one):
        return None
    if _one_given_name(one):
        return Greeting(one)
    return Greeting(one, ask="only a family name is recorded" if ranked else _ONE_AFTER_A_POST)


def _one_given_name(word: str) -> bool:
    """ "Todd", "Marcus": a given name one list knows, as no family name the lists know, nor a
    word ("Baker"), nor a family name's shape ("Kowalczyk")."""
    from afterview.compose.reading import lexicon

    own = fold(word) in _GIVEN_FOR_A_HANDLE
    listed = own or (_a_given_name(word) and not lexicon.known(word.lower()))
    return listed and not _known_family(word) and not _looks_like_a_family_name(word)


_ONE_AFTER_A_POST = "only one name is recorded, after a post"
# The grade that opens a post of several words, and the post's last word written short:
# "Senior Animal Tech Lorna" (a common given name after them is the one greeted).
_GRADES_OF_A_POST = frozenset({"senior", "junior", "lead", "trainee", "principal"})
_HEADS_WRITTEN_SHORT = frozenset({"tech", "techn", "mgr", "coord", "asst", "supt", "eng"})


def _people_of_a_kind(text: str) -> bool:
    """ "Care staff reps", "the çırak", "student reps": people named by what they are, in the
    plural, whose names may follow in brackets ("(Jolene & Fraser)")."""
    last = text.split()[-1].lower() if text.split() else ""
    return last in _PEOPLE_OF_A_KIND or (last.endswith("s") and _is_role_noun(last[:-1]))


_PEOPLE_OF_A_KIND = frozenset("reps representatives staff students pupils apprentices".split())


def _greeted_by_its_shape(name: str) -> Greeting | None:
    """A name whose whole shape says how to greet it, before its words are read one by one:
    a couple, a post then a family name, an office before its parent, a married name."""
    honoured = _AN_HONOURED_COUPLE.match(name.strip())
    if honoured:
        return Greeting(f"{honoured[1]} and {honoured[2]}")
    couple = _COUPLE.match(_PAREN.sub("", name).strip())
    a_post = couple and _is_role_noun(couple.group(0).split()[-1])  # "Safety & Training Manager"
    if couple and not is_group(name) and not a_post:  # "Dale & Bev Thibodeau": two, one note
        return Greeting(f"{couple[1]} and {couple[2]}")
    # "Workshop team (Bram & Youssef)", "the line crew (Dre, Marisol & Keith)": before the
    # commas are read, and only here
    outside = _PAREN.sub("", name).strip()
    # "Equipo de Marca (Lucía & Andrés)": a team in another language, by its people
    label = is_group(outside) or _people_of_a_kind(outside) or not _a_persons_name(outside)
    members = _the_members(name) if label else ""
    if members:
        return Greeting(members)
    one_name = _one_name_after_a_post(name)
    if one_name:  # "Nurse Supervisor Alcantara", "Service Mgr Todd", "Polier Jürgen"
        return one_name
    office, comma, _ = name.partition(", ")
    last = office.split()[-1].lower() if office.split() else ""
    someone = any(w.lower() in _SOMEONE for w in office.split())  # "Biostat guy from ... office"
    if (
        comma
        and office[:1].isupper()
        and last in _OFFICES
        and not re.search(r"[(?]| - ", office)
        and not someone
        and not _is_role_noun(office.split()[0])  # "Secretary to the board, lady in green"
    ):
        return Greeting(_group(office))  # "Faculty Affairs Office, Graduate School of Science"
    married = _MARRIED_NAME.match(_PAREN.sub("", name).strip())
    if married:  # "Horváthné Tóth Ildikó": "-né", wife of Horváth, says how to greet her
        return Greeting(f"Mrs. {married[1]}")
    # "Kiss Gáborné": the family name, then her husband's given name and "-né", wife of Gábor
    # Kiss (late401 readers: "Dear Kiss Gáborné," asked); not "Touré Gbané" ("Gba" is no name)
    husbands = _A_HUSBANDS_NAME.match(_PAREN.sub("", name).strip())
    if husbands and _listed_given(husbands[2]):
        return Greeting(f"Mrs. {husbands[1]}")
    return None


# A Russian patronymic, the second word of "Svetlana Petrovna" or "Ivan Petrovich Sidorov".
# A father's name, in the Latin alphabet or as typed in Cyrillic: "Petrovna", "Петрівна" (the
# Ukrainian "-івна" and the Russian "-овна", as each language spells them)
_RUSSIAN_PATRONYMIC = re.compile(
    r"^[A-ZА-ЯЄІЇҐ]\w{2,}(?:ovna|evna|ichna|ovich|evich|ivna|ovych|"
    r"овна|евна|ична|ович|евич|івна|ївна|йович)$"
)


def _without_a_post_before(name: str) -> str:
    """ "psychologist Dr. Laura Zvaigzne": her post in lower case, then her titled name."""
    posted = re.match(r"^(?:[a-z][\w-]*\s+){1,3}(?=(\S+)\s+[A-Z])", name)
    return name[posted.end() :] if posted and _is_title(posted[1]) else name


def _an_office_or_a_post(name: str) -> Greeting | None:
    """An office of a named body ("Vatnajökull National Park – Human Resources"), greeted as
    the office; a post alone where the name would be ("Interpreter (Silozi)"), a description."""
    sides = re.split(r"\s+[-–—]\s+", name)
    first_words = sides[0].split()
    a_body = len(first_words) > 1 and _role_key(first_words[-1]) in _BODY_WORDS | {"park"}
    if len(sides) == 2 and a_body and is_group(sides[1]):
        return Greeting(_group(sides[1]))
    if _key(_PAREN.sub("", name).strip()) in _LONE_POSTS:
        return Greeting(_title_case(_PAREN.sub("", name).strip()), _DESCRIBED)
    return None


# A word for the part of a name not caught: "Jo-something", "Mac-something", "something".
_NOT_CAUGHT = lazy(r"(?:[\w'’]+-)?(?:something|sth|smth)")


def _a_name_in_part(name: str) -> bool:
    """ "Van der ...?", "Ms. Jo-something", "Ms. Jo something", "Jo-something": a name cut short
    where the greeting needs the part not caught (a title goes with the family name; the first
    word is the given name), not "Deb Mac-something", "Priya something", greeted by the given
    name caught."""
    if re.search(r"\w ?(?:\.\.\.|…)", name):
        return True
    words = [w.strip("?") for w in _PAREN.sub(" ", name).split(", ")[-1].split()]
    at = next((i for i, w in enumerate(words) if _NOT_CAUGHT.fullmatch(w)), None)
    if at is None:
        return False
    return any(map(_is_title, words[:at])) or (at == 0 and "-" in words[0])


def _half_a_name(name: str) -> Greeting | None:
    """A name cut short ("Van der ...?", "Ms. Jo-something"): asked about; after a description
    and a comma ("Hydrogeologist from the Dutch consultancy, Van der ...?"), the description."""
    missed = _NO_NAME.search(name) or _CAUGHT.search(name)
    if not _a_name_in_part(name) or missed:
        return None  # "external examiner (Dr ... ? didn't catch)" is read as a description
    before, comma, _ = name.partition(", ")
    if comma and not _a_name_in_part(before):  # "Training officer - big guy w/ glasses, ..."
        return Greeting(
            _title_case(re.sub(r"^the\s+", "", _described(before), flags=re.I)), _DESCRIBED
        )
    return Greeting(name.strip(), ask="the notes did not get the whole name")


_AH_FAMILY = lazy(r"(?<=[a-z] )Ah ([A-Z][a-z]+)\b")


def _one_name(text: str) -> str:
    """The word, if ``text`` is one capitalised word that is no title: a family name alone."""
    words = text.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][\w'’-]+", words[0]) and not _is_title(words[0]):
        return words[0]
    return ""
