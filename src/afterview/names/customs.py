"""Naming customs that decide which word of a name a greeting uses: Malay, Chinese,
Korean, Vietnamese and Russian names, double given names, a title with a given name, and
whether a greeting opens with a title (:func:`titled_greeting`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from afterview.check.lazy import lazy
from afterview.names.kinds import (
    _CHINESE_NAMES_TOO,
    _COURTESY,
    _DEPARTMENTS,
    _GIVEN_NAME_USED,
    _MALAY_COUNTRIES,
    _NOT_A_NAME,
    _PORTUGUESE_SPEAKING,
    _ROLE_WORDS,
    _SECOND_GIVEN,
    _SOMEONE,
    _TWO_SURNAME_COUNTRIES,
    _family_first,
    _is_role_noun,
    _is_suffix,
    _is_title,
    _japanese_family_first,
    _known_family,
    _role_key,
    is_group,
)
from afterview.names.labels import (
    _A_DEGREE_NOT_SAID,
    _CAUGHT,
    _FAMILY_OFTEN_FIRST,
    _RUSSIAN_PATRONYMIC,
    _order_in_doubt,
    _short_for,
)
from afterview.names.parse import _RANKED_WHOLE, Greeting, ParsedName
from afterview.names.posts import (
    _RANKS_SPELLED_OUT,
    _RANKS_WRITTEN_SHORT,
    _a_malay_name_of_two,
    _spelled_out,
    _title_here,
    _with_the_given_name,
)
from afterview.names.words import (
    _A_GIVEN_NAME_WHERE,
    _AFTER_NAME,
    _ANY_KIN,
    _BEFORE_A_DOCTORATE,
    _BELOW_A_DOCTORATE,
    _CHINESE_FAMILY,
    _COMPOUND_GIVEN,
    _CZECH_DOCTORATES,
    _FIRST_SURNAME,
    _GIVEN_FOR_A_HANDLE,
    _GIVEN_NAME_IN_ENGLISH,
    _GIVEN_NAME_WRITTEN_OUT,
    _HONORIFIC_BEFORE_GIVEN,
    _IN_ENGLISH,
    _JOINED_AFTER,
    _KOREAN_FAMILY,
    _NICKNAME,
    _ON_THE_ENVELOPE_WHERE,
    _PAREN,
    _PART_OF_A_TITLE,
    _PARTICLES,
    _QUOTES,
    _RANKS_OF_A_POST,
    _RANKS_OF_THE_SERVICES,
    _RELIGIOUS,
    _RESPECT_ONLY,
    _RESPECT_ONLY_WHERE,
    _RETIRED,
    _SAINTLY,
    _SISTER,
    _VIETNAMESE_FAMILY,
    _WITH_GIVEN_NAME,
    _WITH_GIVEN_NAME_WHERE,
    _WITH_WHOLE_NAME,
    _WITH_WHOLE_NAME_WHERE,
    _capital,
    _compound,
    _devotional,
    _is_initial,
    _key,
    _listed_given,
    _where,
    fold,
)

# Christian given names, which in much of East and West Africa are often written after the
# family or clan name ("Nakato Sarah"): second in a two-word name, they make it unsure.
_CHRISTIAN = frozenset(
    """sarah mary ruth esther rebecca rachel elizabeth margaret agnes catherine florence
    harriet juliet christine annet susan betty dorothy lydia martha naomi""".split()
)  # women's names only: "Kerry Paul" has Paul as a family name, as many men's names are
# Given names that, second of two after a title, make it unsure which is the family name
# ("Eng. Ssemakula Joseph", "Hajjat Nabirye Aisha"): a title goes with the family name.
_GIVEN_SECOND = _CHRISTIAN | frozenset(
    """joseph john peter paul james david moses samuel daniel emmanuel francis patrick robert
    richard charles george michael aisha amina fatuma mariam zainab hadija ronald geoffrey
    godfrey isaac jacob grace juliet sylvia irene aminata fatoumata mariama kadiatou aissatou
    awa mamadou moussa ibrahima seydou oumar souleymane abdoulaye boubacar eric felix gideon
    ebenezer""".split()
    # not Henry, Thomas: family names too; West Africa's names, as "Mme Touré Aminata" is typed
)
# Where a name is written given name first, and a given name second ("Dwight Francis", "Lloyd
# James") is the family name: the English-speaking Americas and Caribbean, the UK and Ireland,
# Australia and New Zealand.
_GIVEN_NAME_FIRST = frozenset("US CA GB IE AU NZ JM TT BB BS GY BZ AG LC VC GD DM KN".split())


# Words that say someone works in nursing: "nursing supt", "ward manager", "(Matron)".
_OF_NURSING = lazy(r"\b(?:nurs\w*|ward|matron|midwi\w*|theatres?|(?-i:DON))\b", re.I)
# Second words of a South Indian given name of two, after the father's initials: "M. Joseph
# Raj" is Mr. Joseph Raj, never "Mr. Raj" (late302 readers); "G. V. Ramana Murthy".
_SECOND_WORDS = frozenset("raj kumar babu rao rani devi murthy murty swamy".split())
# Departments written after a name ("Mme Renard RH"): never a family name.
_DEPARTMENT_AFTER = frozenset("hr rh it qa qc hse ehs ohs rrhh ops".split())


# Endings that mark a family name even in first place: "Dvořák Martin", "Nowakowski Jan".
_STRONG_FAMILY_ENDINGS = (
    *("ák", "ík", "ová", "ský", "ská", "ski", "ska", "wicz", "enko", "escu"),
    *("poulos", "idis", "akis"),  # "Papadopoulos Giorgos": Greek
)


def _describes_a_role(name: str) -> bool:
    words = re.findall(r"[\w&'’.-]+", name)
    named = all(w[:1].isupper() or not w.isalpha() for w in _PAREN.sub("", name).split())
    if named and is_group(name) and not _CAUGHT.search(name):
        return False  # "CLS Student Panel": a body, greeted whole
    if words and all(_role_key(w) in _NOT_A_NAME for w in words) and not is_group(name):
        return True  # "HR advisor", "Talent partner": a post, and no name
    titled = bool(words) and _is_title(words[0])  # "doc. Mgr. Tereza Horáková": Mgr. no manager
    if (
        name[:1].islower()
        and not titled
        and any(w.lower() in _ROLE_WORDS | _SOMEONE or _is_role_noun(w) for w in words)
    ):
        return True  # "patient rep - older man from Uig community council": a place, no name
    if name.lower().startswith("the ") or re.search(r"\bname\b", name.lower()):
        return True  # "didnt catch name", "no name", "name on badge too small"
    if not any(w.lower() in _ROLE_WORDS for w in words):
        return False
    from afterview.compose.reading import lexicon

    # a real name among the words ("Head Chef Marco") makes it a name, and so does a family
    # name that English has as a word ("Manager Park": asked about as a name, not a post)
    return not any(
        w[:1].isupper()
        and not w.isupper()
        and (not lexicon.known(w.lower()) or _key(w) in _KOREAN_FAMILY | _CHINESE_FAMILY)
        and "&" not in w
        and w.lower() not in _ROLE_WORDS  # "Front Office Mgr"
        for w in words
    )


def _a_word_of_respect_only(word: str, country: str) -> bool:
    """ "Mama", "Mzee": a word of respect that says nothing of how a letter greets them; "Mai"
    only in Zimbabwe (Shona: "Mai Chipo" is Chipo's mother), a given name elsewhere."""
    if _where(country) in _A_GIVEN_NAME_WHERE.get(word, ()):
        return False  # "Papa Malick Diouf" in Senegal: a given name
    return word in _RESPECT_ONLY or _where(country) in _RESPECT_ONLY_WHERE.get(word, ())


def _capitals(words: list[str]) -> bool:
    """Whether every word after the first opens with a capital, as the words of a name do."""
    return all(w[:1].isupper() for w in words[1:])


# "Abu Ahmed" (father of Ahmed), "Umm Khalid" (mother of Khalid): a kunya, how a parent is
# called, after a title leaves it no family name to go with.
_KUNYA = frozenset({"abu", "umm", "um"})
_A_KUNYA = (
    "a kunya (“father of”, “mother of”) is what they are called, not a family name for a title"
)

_ON_THE_ENVELOPE = "an attorney's title is for the envelope here; a letter opens Mr. or Ms."

# Where a name may end with an initial, the family's or the father's, after a given name of
# two words (Tamil: "Smt. Lakshmi Priya R." is Smt. Lakshmi Priya).
_INITIAL_LAST = frozenset({"IN", "LK"})

# Where "Ben" opens a family name ("Dr. Ben Salah", "Ben-Ami"): the Maghreb, Israel, and France
# and Belgium, where many such families live. Elsewhere "Ben" after a title is a given name.
_BEN_OPENS = frozenset({"TN", "DZ", "MA", "LY", "IL", "FR", "BE", ""})


# Malaysia's honours, greeted with the given name alone ("Dato' Rashid Ismail" is Dato' Rashid);
# a Burmese "Daw" goes with the whole name, which has no family name ("Daw Khin Myo", late453).
_MALAY_HONOURS = frozenset("datuk dato datin tengku tunku engku".split())

# Where a Chinese name of three words is written family name first, as it is said.
_CHINESE_ORDER = frozenset({"MY", "SG", "BN", "CN", "HK", "MO", "TW"})

# Malay words of descent or rank that open a name ("Sharifah", "Tengku"): part of it.
_MALAY_DESCENT = frozenset(
    "sharifah syarifah syed sayed wan nik tengku tunku raja megat puteri puteh che".split()
)


def _titled(
    parsed: ParsedName, given: list[str], on_a_ward: bool = False, country: str = ""
) -> Greeting:
    title = parsed.titles[0]
    family = parsed.family.split()
    if not given and len(family) == 2 and family[0] == "Ben" and _where(country) not in _BEN_OPENS:
        # "Capt. Ben Kila" in Papua New Guinea: Ben is his given name ("Dear Capt. Ben Kila,"
        # read as a mail merge, late291); "Dr. Ben Salah" is a family name in the Maghreb
        given, parsed = [family[0]], replace(parsed, given=(family[0],), family=family[1])
    both = [*given, *family]
    in_religion = _key(title) in _RELIGIOUS | _WITH_GIVEN_NAME  # "Sœur Marie-Thérèse Aka"
    if not in_religion and _order_in_doubt(both, country):
        # "M. Gbané Lassina", "Mr. Ebot Tabi Joseph": in Côte d'Ivoire and Cameroon a name is
        # often written family name first, so the title's name is unknown (late297 readers:
        # "Dear Mr. Lassina," embarrassed)
        return Greeting(" ".join([*parsed.titles, *both]), ask=_FAMILY_OFTEN_FIRST)
    malay = _where(country) in _MALAY_COUNTRIES and _key(title) not in _WITH_GIVEN_NAME
    if malay and (two := _a_malay_name_of_two(given, parsed.family)):
        return Greeting(f"{title} {two}")  # "Ms. Nur Aisyah"
    words = [*given, *parsed.family.split()]
    if len(words) == 3 and _key(words[0]) in _CHINESE_FAMILY and not parsed.family_first:
        if _where(country) in _CHINESE_ORDER:
            # "Mr Lee Chong Meng", "Ir. Teh Boon Hock" in Malaysia: written as said, family
            # name first (late438 readers: "Dear Ir. Hock," took a syllable of his given name)
            return Greeting(f"{title} {_capital(words[0])}")
        # "Prof. Dr. Chong Wei Ming": Chong may be the family name, or Ming (as in "Mei Ling Tan")
        return Greeting(" ".join([*parsed.titles, *words]), ask="the family name may come first")
    if _an_english_name_then_a_chinese_one(words, country) and not parsed.family_first:
        # "Ms. Jasmine Lim Wei Ting" in Singapore: an English given name, then a Chinese name
        # family name first; the title goes with it (late407 readers: "Dear Ms. Ting,")
        return Greeting(f"{title} {_capital(words[1])}")
    honoured = any(_key(t) in _WITH_WHOLE_NAME for t in parsed.titles)
    grade = words[:1] if words and _key(words[0]) in ("sri", "seri") else []  # "Dato' Sri"
    two_names = words[len(grade) :]
    malay = _where(country) in _MALAY_COUNTRIES and not parsed.family_first
    # "Datin Sharifah Aini": a word of descent opens the name, never greeted alone with it
    descent = bool(two_names) and _key(two_names[0]) in _MALAY_DESCENT
    malay_honour = any(_key(t) in _MALAY_HONOURS for t in parsed.titles)  # not "Daw"
    if malay_honour and malay and len(two_names) == 2 and parsed.family and not descent:
        # "Dato' Sri Henry Voon" is Dato' Sri Voon, "Dato' Rashid Ismail" Dato' Rashid (his
        # father's name after his own): late363 readers found the whole name stiff
        chinese = (
            _key(two_names[1]) in _CHINESE_FAMILY and _key(two_names[0]) not in _CHINESE_FAMILY
        )
        if chinese or _key(two_names[0]) not in _CHINESE_FAMILY:
            return Greeting(
                " ".join([*parsed.titles, *grade, two_names[1] if chinese else two_names[0]])
            )
    if honoured:
        # "Datuk Dr. Rahimah"; "Ven. Dr. Thich Minh Tri": the monk's name whole, in the order
        # typed ("Dato' Lim Boon Huat", never "Dato' Boon Huat Lim"; late318)
        typed = [*parsed.family.split(), *given] if parsed.family_first else words
        return Greeting(" ".join([*parsed.titles, *typed]))
    kunya = any(_key(t) in _KUNYA for t in parsed.titles[1:])
    if kunya and not parsed.family and _key(title) not in _WITH_GIVEN_NAME:
        # "Eng. Abu Ahmed": "father of Ahmed", never "Eng. Ahmed" (his son's name)
        return Greeting(" ".join([*parsed.titles, *given]), ask=_A_KUNYA)
    if _key(title) == "dipl.-ing" and len(parsed.titles) == 1 and parsed.family:
        # "Dipl.-Ing. Uwe Kächele": a German engineer's degree, which an English letter does
        # not put after "Dear" (both late292 readers faulted "Dear Dipl.-Ing. Kächele,")
        return Greeting(" ".join([title, *given, parsed.family]), ask=_A_DEGREE_NOT_SAID)
    if _key(title) == "hon" and len(parsed.titles) == 1:
        return Greeting(  # "Hon. Patricia Lowe": a judge, a minister or a member
            _whole(parsed), ask="“Hon.” goes on an envelope; the greeting depends on their office"
        )
    if _key(title) == "hon":
        title = parsed.titles[1]  # "Hon. Justice Otieno": the office
    if _where(country) in _ON_THE_ENVELOPE_WHERE.get(_key(title), ()) and len(parsed.titles) == 1:
        # "Atty. Maribel Cantú-Garza" in Texas: a letter there opens "Dear Ms." or "Dear Mr.",
        # never "Dear Atty.", and the name cannot say which
        return Greeting(_whole(parsed), ask=_ON_THE_ENVELOPE)
    # "Herr Prof. Weber", "Frau Professor Kühn": the doctorate or the chair after the courtesy
    doctor = next(
        (
            t
            for t in parsed.titles[1:]
            # "prim. MUDr. Pavel Krejčí": a Czech doctorate after a post, Dr. Krejčí (late289)
            if _key(t) in _DOCTOR_OR_PROFESSOR or _key(t).rstrip(".") in _CZECH_DOCTORATES
        ),
        None,
    )
    if _key(title) in _PART_OF_A_TITLE and len(parsed.titles) > 1:
        title = f"{title} {parsed.titles[1]}"  # "Assoc. Prof. Nurul Ain"
    elif _key(title) == "prof" and [_key(t) for t in parsed.titles[1:2]] == ["madya"]:
        title = "Assoc. Prof."  # "Prof. Madya Dr. Zulkifli": Malay for an associate professor
    elif _key(title) in ("dr", "doctor") and doctor and _key(doctor) in ("prof", "professor"):
        title = doctor  # "Dr Prof. Helga Szabó-Kerekes": a professor outranks a doctorate
    elif doctor and _key(title) in _BEFORE_A_DOCTORATE:
        title = f"{title} {doctor}"  # "Frau Dr. Neumann": as German speakers write it
    elif doctor and _key(title) in (_BELOW_A_DOCTORATE | _COURTESY):
        title = doctor  # "Mag. Dr. Klaus Weber", "mevr. dr. Anke Hermans-Jacobs": the doctorate
    elif doctor and _key(title) in ("rev", "revd", "reverend"):
        title = f"{title} {doctor}"  # "Rev. Dr. Ramlogan": a minister's doctorate is kept
    elif _key(title) in ("rev", "revd", "reverend") and len(parsed.titles) > 1:
        title = parsed.titles[1]  # "Rev. Fr. Mulenga": "Fr. Mulenga", as a priest is greeted
    if _key(title).rstrip(".") in _CZECH_DOCTORATES:
        title = "Dr."  # "MUDr. Jana Hrušovská": a doctor's degree, "Dr." in English
    if title == "dr":
        title = "dr."  # "dr hab. Ewa Maciejewska", as Poles write it: "Dr.", as every Dr. written
    title = title[:1].upper() + title[1:]  # "dr. ir. Joost Hendriks" -> "Dr. Hendriks"
    # "pr Kadri Lepik" in Estonia: proua, Ms. in English (elsewhere "Pr" is a French Professor)
    title = _title_here(title, country) or title
    title = _IN_ENGLISH.get(title.lower().rstrip("."), title)  # "Profa. Dra. ...": "Prof."
    title = _IN_ENGLISH.get(_key(title), title) if "ª" in title else title  # "Prof.ª": "Prof."
    title = _spelled_out(title)  # "Supt.": "Superintendent", "Asst. Prof.": "Assistant Professor"
    if title == "Assistant Professor" and _where(country) != "TH":
        # an assistant professor is greeted Professor, as "Assistant Professor Jonathan Goh"
        # typed out is (late476 readers: "Dear Assistant Professor Goh," is stiff); Thai
        # letters write the whole rank
        title = "Professor"
    if title == "M.":
        title = _IN_ENGLISH["monsieur"]  # "M. BENJELLOUN Hicham": Monsieur, "Mr." in English
    key = _key(title)
    saintly = bool(given) and (_key(given[0]) in _SAINTLY or _compound(given))  # "Jean Marie"
    if (
        key in _RELIGIOUS
        and saintly
        and parsed.family
        and _key(parsed.family) not in _SAINTLY
        and not on_a_ward
    ):
        # "Sister Bernadette Gagnon": a nun, "Sister Bernadette", or a ward sister, "Sister
        # Gagnon" (as "Sister Bernadette Kelly" is in the UK)
        return Greeting(" ".join((*parsed.titles, *given, parsed.family)), ask=_SISTER)
    # "Sister Maria Chiara": a given name of two, read as given and family, and no family name
    # (late405 readers: "Dear Sister Maria," of "Suor Maria Chiara")
    two_given = len(given) == 1 and " " not in parsed.family.strip()
    if key in _RELIGIOUS and two_given and _compound([*given, parsed.family]):
        return Greeting(f"{title} {given[0]} {_capital(parsed.family)}")
    initials = re.fullmatch(r"[A-Z]{1,3}", parsed.family) is not None
    if key in _RELIGIOUS and given and initials:
        return Greeting(f"{title} {given[0]}")  # "Sr. Jacintha BS": her initials, never "Sister BS"
    if key in _RELIGIOUS:
        if parsed.family and _key(parsed.family) not in _SAINTLY:
            return Greeting(f"{title} {_capital(parsed.family)}")
        return Greeting(" ".join([title, *given, *([parsed.family] if parsed.family else [])]))
    english = len(given) == 1 and fold(given[0]) in _GIVEN_FOR_A_HANDLE
    if key in _WITH_GIVEN_NAME and english and _key(parsed.family) in _CHINESE_FAMILY:
        # "Pn. Jessica Ting": an English given name, then a Chinese family name, which the
        # Malay title goes with (late438 readers)
        title = _GIVEN_NAME_WRITTEN_OUT.get(_key(title), title)
        return Greeting(f"{title} {_capital(parsed.family)}")
    if key in _WITH_GIVEN_NAME:
        # "Encik Ahmad Faizal bin Ismail": every given name, when what follows is his father's
        honours = [_capital(t) for t in parsed.titles if _key(t) in _WITH_GIVEN_NAME]
        title = " ".join(honours) if len(honours) > 1 else title  # "Tuan Haji Kamarul"
        title = _GIVEN_NAME_IN_ENGLISH.get(_key(title), title)  # "Hna. Inés": "Sister Inés"
        title = _GIVEN_NAME_WRITTEN_OUT.get(_key(title), title)  # "Bu Ratna": "Ibu Ratna"
        return _with_the_given_name(title, given, parsed.family)
    japanese = _where(country) == "JP" and len(given) == 1 and len(parsed.family.split()) == 1
    japanese = japanese and not parsed.family_first and not _known_family(given[0])
    if japanese and _listed_given(parsed.family) and not _listed_given(given[0]):
        # "Prof. Ōura Takeshi" in Japan: the given name the lists know comes second, so the
        # family name first (late361 readers: "Dear Prof. Takeshi," embarrassed)
        return Greeting(f"{title} {_capital(given[0])}")
    hungarian = _where(country) == "HU" and len(given) == 1 and len(parsed.family.split()) == 1
    if hungarian and _listed_given(parsed.family) and not _listed_given(given[0]):
        # "Prof. Dr. Kállay Miklós": in Hungary the family name comes first (late328 readers:
        # "Dear Prof. Miklós," embarrassed)
        return Greeting(f"{title} {_capital(given[0])}")
    family_words = parsed.family.split()
    for size in (2, 3):  # "Maria da Graça Sousa e Melo": "da Graça" is of her given name
        whole = [*given, *family_words[:size]]
        if len(given) == 1 and len(family_words) > size and _devotional(whole):
            given, parsed = whole, replace(parsed, family=" ".join(family_words[size:]))
            break
    devoted = fold(" ".join(given)).lower() in _COMPOUND_GIVEN or _devotional(list(given))
    if len(given) >= 3 and devoted and parsed.family:
        # "Dra. Maria de Fátima Sebastião", "Dra. María de los Ángeles Uc Chan": a given name
        # of devotion, whole, then the family names (the last where Portuguese is spoken, the
        # first where Spanish is)
        surnames = parsed.family.split()
        portuguese = _where(country) in _PORTUGUESE_SPEAKING
        if portuguese and len(surnames) >= 3 and surnames[-2] == "e":
            return Greeting(f"{title} {' '.join(surnames[-3:])}")  # "Sousa e Melo": one name
        return Greeting(f"{title} {_capital(surnames[-1] if portuguese else surnames[0])}")
    married = _a_married_name(given, parsed.family, country)
    if married:
        return Greeting(f"{title} {married}")  # "Sra. Altagracia Cruz de Peña": Sra. Cruz de Peña
    two_surnames = parsed.family.split()
    # a particle may open the family name ("dos Santos Pires"), never join it ("Sousa e Silva",
    # "Ruiz de Gopegui": one family name, kept whole)
    opened = (
        two_surnames[1:] if two_surnames and _key(two_surnames[0]) in _PARTICLES else two_surnames
    )
    surnames = [w for w in opened if w[:1].isupper()]
    if _where(country) in _PORTUGUESE_SPEAKING and len(surnames) >= 2 and surnames == opened:
        # "Dra. Maria da Conceição dos Santos Pires": where Portuguese is spoken a title goes
        # with the last family name (late301), never the first as in Spanish
        return Greeting(f"{title} {_capital(surnames[-1])}")
    catalan = len(two_surnames) == 3 and two_surnames[1] == "i"
    if catalan and two_surnames[0][:1].isupper() and two_surnames[2][:1].isupper():
        # "Dr. Jordi Casals i Serra": Catalan "i" joins the father's family name and the
        # mother's, and a title goes with the first, whatever the title
        return Greeting(f"{title} {_capital(two_surnames[0])}")
    if len(two_surnames) == 3 and two_surnames[1] in ("i", "y"):
        two_surnames = [two_surnames[0], two_surnames[2]]  # "Puig i Soler": Catalan, two names
    if (
        key in _FIRST_SURNAME
        and len(two_surnames) == 2
        and two_surnames[0][:1].isupper()
        and _key(two_surnames[0]) not in _PARTICLES  # "Ing. Martín Di Pietro": one name
    ):
        return Greeting(f"{title} {_capital(two_surnames[0])}")  # "Ing. José Luis Treviño Garza"
    # "Arq. Jesús Alberto Olvera": two given names the lists know, then one family name, is
    # Arq. Olvera (late317 readers: "Dear Arq. Alberto," embarrassed)
    two_given = len(given) == 2 and _key(given[1]) in _SECOND_GIVEN
    if key in _FIRST_SURNAME and len(given) >= 2 and parsed.family and two_given:
        return Greeting(f"{title} {_capital(parsed.family)}")
    # "Sr. Teodoro Mamani Condori" in Peru: a given name, then two family names, the first
    # used (late485 readers: "Dear Sr. Condori," embarrassed)
    spanish = _where(country) in _TWO_SURNAME_COUNTRIES and key in ("sr", "dr")
    if spanish and len(given) == 2 and _known_family(given[1]) and not _compound(given):
        return Greeting(f"{title} {_capital(given[1])}")
    if key in _FIRST_SURNAME and len(given) >= 2 and parsed.family and not _compound(given):
        return Greeting(f"{title} {_capital(given[-1])}")  # "Lic. Ximena Garza Villarreal"
    if key in _FIRST_SURNAME and len(given) >= 3 and parsed.family:
        return Greeting(f"{title} {_capital(given[2])}")  # "Lic. Juan Carlos Ortega Ruiz"
    initial = re.fullmatch(r"[A-Z]\.?|(?:[A-Z]\.){2,3}", parsed.family) is not None
    # "Dr. P. Venkata Subbaiah": a Telugu name, the family's initial first, then a given name
    # of two words whose last ends as only given names do ("Subbaiah", "Ramayya"), or is a
    # Tamil or Telugu given name's second word ("Mr. M. Joseph Raj", "K. Srinivasa Rao")
    telugu = len(given) >= 2 and all(map(_is_initial, given[:-1])) and not _is_initial(given[-1])
    second = fold(parsed.family).endswith(("aiah", "ayya")) or _key(parsed.family) in _SECOND_WORDS
    if telugu and _where(country) in ("IN", "LK") and second:
        return Greeting(f"{title} {given[-1]} {_capital(parsed.family)}")
    indian = _where(country) in _INITIAL_LAST or key in ("smt", "shri", "shrimati")
    if initial and len(given) == 2 and indian and not any(map(_is_initial, given)):
        return Greeting(f"{title} {' '.join(given)}")  # "Smt. Lakshmi Priya R.": both names
    # "Dr. Auma O.": a given name the lists know, and no family name, where a doctor is never
    # greeted by the given name (late314 readers faulted "Dear Dr. Auma,"); "Dr. Chiba H.",
    # a family name then the given name's initial, is Dr. Chiba
    only_given = len(given) == 1 and key in _DOCTOR_OR_PROFESSOR and _listed_given(given[0])
    only_given = only_given and not _known_family(given[0])
    elsewhere = _where(country) not in _GIVEN_NAME_USED | _INITIAL_LAST | _PORTUGUESE_SPEAKING
    if initial and only_given and elsewhere:
        return Greeting(f"{title} {given[0]} {parsed.family}", ask=_ONLY_AN_INITIAL)
    if initial and given and not _is_initial(given[0]):
        return Greeting(f"{title} {given[0]}")  # "Ms. Phonesavanh S.": the name that is there
    if parsed.family:
        family = parsed.family.split()
        named = [i for i, w in enumerate(family) if w[:1].isupper()]
        spanish = key in _FIRST_SURNAME  # a Spanish title: the first of two surnames
        if spanish and family[0][:1].islower() and len(named) == 2 and named[1] == len(family) - 1:
            family = family[:-1]  # "de la Fuente Urrutia": the first surname, "de la Fuente"
        written = " ".join(family)
        marked = any(w[1:].islower() for w in given)  # "Prof. NDE Fonkwo Peter": a form's mark
        if written.isupper() and written.isalpha() and (_known_family(written) or marked):
            written = written.capitalize()  # "Mrs. LAU Wai-man": a form's capitals (late294)
        return Greeting(f"{title} {_capital(written)}")
    if key in _A_NURSES_POST and len(given) == 1:
        # "Enf.ª Tatiane (RH)": a nurse's post before her given name alone, as "Nurse - Kay"
        # is Kay; with her family name it is a title ("Enf.ª Teresa Valente": Enf.ª Valente)
        return Greeting(given[0])
    if len(given) == 2 and not any(_is_initial(w) for w in given):
        return Greeting(f"{title} {' '.join(given)}")  # "Dr. Nurul Ain (binti Hashim)"
    return Greeting(f"{title} {given[0]}")  # "Dr. Ramesh": the only name given


# A syllable of a Chinese given name as Singapore and Malaysia write it: "Wei", "Ting", "Boon".
_A_SYLLABLE = lazy(r"[A-Za-z][a-z]{1,5}")


def _an_english_name_then_a_chinese_one(words: list[str], country: str) -> bool:
    """ "Jasmine Lim Wei Ting", "Kelvin Tan Boon Huat", "Jasmine Lim Wei-Ting": where many names
    are Chinese (Singapore, Malaysia), an English given name, then a Chinese family name the
    lists hold, then its given name of two syllables (apart or joined by a hyphen)."""
    if _where(country) not in _CHINESE_NAMES_TOO or len(words) not in (3, 4):
        return False
    english, family, chinese = words[0], words[1], words[2:]
    syllables = [s for w in chinese for s in w.split("-")]
    return (
        _key(family) in _CHINESE_FAMILY
        and _key(english) not in _CHINESE_FAMILY
        and _listed_given(english)
        and len(syllables) == 2
        and all(_A_SYLLABLE.fullmatch(s) for s in syllables)
        and _key(syllables[0]) not in ("van", "thi")  # "Maria Ho Thi Lan": Vietnamese
    )


def _a_married_name(given: list[str], family: str, country: str) -> str:
    """ "Cruz de Peña" of "Altagracia Cruz de Peña": in Spanish America a married woman's name,
    her family name, "de" and her husband's, one name a title goes with (late398 readers:
    "Dear Sra. Cruz,"); "" when the word before "de" is a given name ("Juan Carlos de León")."""
    husband = family.split()
    if _where(country) not in _TWO_SURNAME_COUNTRIES or len(given) < 2 or len(husband) != 2:
        return ""
    hers = given[-1]
    named = husband[0] == "de" and husband[1][:1].isupper() and hers[:1].isupper()
    if not named or _compound(given) or _key(hers) in _SECOND_GIVEN | _SAINTLY:
        return ""
    return f"{_capital(hers)} {' '.join(husband)}"


# Portuguese "Enfermeira" and "Enfermeiro" written short: a nurse's post, a title only with the
# family name.
_A_NURSES_POST = frozenset({"enf.a", "enf.o"})

# The titles a courtesy title gives way to: "Herr Dr. Obermeier" is Dr. Obermeier.
_DOCTOR_OR_PROFESSOR = frozenset({"dr", "prof", "doctor", "professor"})
_ONLY_AN_INITIAL = "only an initial of the family name is recorded"


def _whole(parsed: ParsedName) -> str:
    return " ".join([*parsed.given, parsed.family]).strip()


def _looks_like_name(name: str) -> bool:
    """A lower-case name ("james okoro") rather than a description ("area manager")."""
    from afterview.compose.reading import lexicon

    # the name before its aside: "imran patel (head of neighbourhoods)"
    words = re.findall(r"[^\W\d_]+", re.split(r"\s+\(", name)[0])
    common = sum(1 for w in words if lexicon.known(w.lower()))
    return bool(words) and common < len(words) and len(words) <= 4


def _bracketed_nickname(name: str) -> str | None:
    """ "Yosef (Yossi) Ben-David": one name-like word in brackets after the first name."""
    found = re.match(r"^(\S+)\s+\(([^)\s]+)\)\s+\S", name.strip())
    after = re.match(r"^(\S+(?:\s+\S+){0,3})\s+\(([^)\s]+)\)$", name.strip())
    match = found or after
    nick = match.group(2) if match else ""
    if _key(nick) in _RESPECT_ONLY:
        return None  # "R. Kistabish (Elder)": what the community calls him, never "Hi Elder,"
    first = match.group(1).split()[0] if match else ""
    if match and "," in match.group(1) and match.group(1).partition(",")[2].split():
        first = match.group(1).partition(",")[2].split()[0]  # "Kowalski, Stephen (Steve)"
    if match and nick.lower().startswith(first.lower()):
        return first  # "Sam (Samer) Nasser": he goes by the short one
    short_form = len(nick) < len(first) and first.lower().startswith(nick.lower()[:3])
    short_form = short_form or (len(nick) <= len(first) and _short_for(nick, (first,)))  # Okkie
    short_form = short_form and not nick.isupper()  # "Tamika Greer (TA)": a department's letters
    if match and short_form and nick[:1].isupper():
        return nick  # "Oyuntsetseg (Oyuka)": the short form of the name she goes by
    if found and nick.isalpha() and len(nick) > len(first) + 1 and first.isalpha():
        return first  # "Mags (Margaret) Doyle": the formal name in brackets, the one used first
    initials = found and len(nick) == 2 and nick.isalpha() and nick.isupper()
    if initials and nick[0] == first[:1].upper() and nick[1] in ("J", nick[0]):
        return nick  # "Jules (JJ) Okafor-Byrne": the initials he goes by, inside his name
    if not nick.isalpha() or not nick[:1].isupper() or nick.isupper() or _is_title(nick):
        return None
    if _is_suffix(nick):
        return None  # "Adaeze Okonkwo (PhD)": letters after her name, not a name she goes by
    if _key(nick) in _RETIRED or _is_title(first):
        return None  # "Capt. (Rtd) J. Ampofo": a word of the title, not a name he goes by
    from afterview.compose.reading import lexicon

    if not lexicon.known(nick.lower()):
        # between the names ("Yosef (Yossi) Ben-David") a nickname; after the whole name a
        # word no dictionary knows is more often where they work ("Egija Zariņa (Amrop)"),
        # unless it is a short one ("José Carlos Ferreira (Zé)") or a given name after
        # "Last, First" ("Chen, Xiaoming (Kevin)": the English name he goes by)
        before = match.group(1) if match else ""
        family = _key(before.split()[0]).rstrip(",") if before else ""
        east_asian = family in _CHINESE_FAMILY | _KOREAN_FAMILY | _VIETNAMESE_FAMILY
        # "Liao Yi-ting (Tina)": written as Taiwan spells a name, family name first
        east_asian = east_asian or (len(before.split()) == 2 and _family_first(before.split()))
        # "Oyama Kenta (Kevin)": a Japanese name by its shape
        east_asian = east_asian or (
            len(before.split()) == 2 and _japanese_family_first(before.split())
        )
        # "Müller-Lindqvist, Henrik (Frankfurt)": after another "Last, First", where he works
        listed = east_asian and lexicon.spelling(nick.lower()) == nick
        return nick if found or len(nick) <= 3 or listed else None
    before = match.group(1) if match else ""
    chinese = "," in before and _key(before.split()[0]).rstrip(",") in _CHINESE_FAMILY
    if chinese and fold(nick) in _GIVEN_FOR_A_HANDLE and nick.lower() not in _ROLE_WORDS:
        # "Lim, Mei Fong (Jasmine)": after a Chinese "Last, First", the English name she goes
        # by, though it is a word too (late438 readers: "Dear Mei Fong,")
        return nick
    # a short word is a nickname too ("Robert (Bob) Whitfield", "Siriporn Chaiyasit (Ploy)":
    # Thai nicknames are often English words), unless it names a role or a department
    short = len(nick) <= 5 and nick.lower() not in _ROLE_WORDS
    plural = nick.endswith("s") and lexicon.known(nick.lower()[:-1])  # "(Hays)": a firm's name
    return nick if short and nick.lower() not in _DEPARTMENTS and not plural else None


def _has_nickname(name: str) -> bool:
    return any(q in name for q in _QUOTES) and bool(_NICKNAME.search(name))


# Posts that head a school or college, used as a title before the family name.
_POSTS_HEADING_A_SCHOOL = frozenset("principal headteacher headmaster headmistress dean".split())


def titled_greeting(greeting: str) -> bool:
    """True when a greeting name starts with a title ("Dr. Moritz", "Chef Bellini") or an
    honorific ("Don Hernán", "Chị Lan"), or ends with one ("Yılmaz Bey", "Yamada-sensei"):
    never "Hi" before it."""
    words = greeting.split()
    if not words:
        return False
    honoured = len(words) > 1 and (
        _key(words[0]) in _HONORIFIC_BEFORE_GIVEN
        or words[0].lower() in _ANY_KIN
        or _key(words[0]) in _WITH_GIVEN_NAME_WHERE  # "Cheikh Fadi", "Adi Litia"
        or _key(words[0]) in _WITH_WHOLE_NAME_WHERE  # "Lok Srey Sokha"
    )
    suffixed = words[-1].lower().rpartition("-")[2] in _JOINED_AFTER and "-" in words[-1]
    after = len(words) > 1 and _key(words[-1]) in _AFTER_NAME  # "Yılmaz Bey"
    ranked_post = len(words) > 2 and _key(words[0]) in _RANKS_OF_A_POST  # "Vice Principal X"
    post = words[1 if ranked_post else 0].rpartition("-")[2]  # "Vice-Principal Whitehorse"
    posted = (
        len(words) > 1
        and words[0][:1].isupper()
        and (_is_role_noun(post) or post.lower() in _POSTS_HEADING_A_SCHOOL)
    )
    # "Director Choi", "Manager Kang": a post used as a title; "Sqn Ldr Raman", a rank
    ranked = len(words) > 2 and (
        re.sub(r"[.\s]", "", " ".join(words[:2])).lower() in _RANKS_WRITTEN_SHORT
        or " ".join(words[:2]) in _RANKS_SPELLED_OUT.values()
        or _key(words[1]) in _RANKED_WHOLE
    )
    # "Maj Latchford": a rank typed without its dot, kept as typed
    ranked = ranked or (len(words) > 1 and _key(words[0]) in _RANKS_OF_THE_SERVICES)
    # "Ihor Vasylovych": the given name and the father's name, the polite form ("Hi Ihor
    # Vasylovych," clashed, late289)
    fathers = len(words) == 2 and _RUSSIAN_PATRONYMIC.search(words[1]) is not None
    return _is_title(words[0]) or honoured or after or suffixed or posted or ranked or fathers
