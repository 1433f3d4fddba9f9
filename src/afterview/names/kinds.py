"""What one word, or a short run of words, of a typed name is: a title, letters after a
name, a family or a given name, a role, a team or a firm.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import takewhile
from pathlib import Path

from afterview.check.lazy import lazy
from afterview.names.words import (
    _AFTER_NAME,
    _BEFORE_A_GIVEN_NAME_WHERE,
    _BODIES,
    _BODIES_IN_ENGLISH,
    _BRETON_AND_CORNISH_FAMILY,
    _CAPITAL_PARTICLES,
    _CHINESE_FAMILY,
    _COMPOUND_GIVEN,
    _DEGREES_WITH_A_FIELD,
    _DOTTED_TITLES,
    _FIRST_SURNAME,
    _GIVEN_FOR_A_HANDLE,
    _GROUPS,
    _GROUPS_AFTER_WORDS,
    _HONORIFIC_BEFORE_GIVEN,
    _KOREAN_FAMILY,
    _MALAY_FIRST,
    _MALAY_GIVEN,
    _MALAY_OPENING,
    _PAREN,
    _PARTICLES,
    _PATRONYMIC,
    _QUOTES,
    _RANKS_IN_CAPITALS,
    _RELIGIOUS,
    _SAINTLY,
    _SERVICES_IN_CAPITALS,
    _SUFFIXES,
    _TITLES,
    _TURKISH_FAMILY,
    _UNSPOKEN,
    _VIETNAMESE_FAMILY,
    _VIETNAMESE_KIN,
    _WITH_WHOLE_NAME,
    _WORK_IN_ENGLISH,
    FAMILY_FIRST,
    _compound,
    _devotional,
    _is_initial,
    _key,
    _listed_given,
    _words,
    fold,
)


def is_group(name: str) -> bool:
    """A team or a body rather than a person: "Yard team", "Viola section", "HR"."""
    words = [w.strip(".,()").lower() for w in _PAREN.sub("", name).split()]
    # the body is the last word ("Yard team", "HR"), or the first ("Team Bühnentechnik"); not
    # a word before a role ("HR advisor", "office mgr": a person)
    office_of = len(words) > 2 and words[0] == "office" and words[1] == "of"  # "of the Registrar"
    bare = _PAREN.sub("", name).split()
    if len(words) == 2 and words[1] in ("hr", "rh", "ops") and _a_listed_given_name(bare[0]):
        return False  # "Sarah HR": Sarah, of HR (never "Dear Sarah HR Team,")
    return bool(words) and (
        words[-1] in _GROUPS
        or (words[-1].endswith("büro") and len(words[-1]) > 4)  # "Orchesterbüro", an office
        # not a post of it: "Dept secretary Liao Yi-ting" is a person (late280 readers saw
        # "Dear Department secretary Liao Yi-ting,")
        or (words[0] in _BODIES and not (len(words) > 1 and _is_role_noun(words[1])))
        or office_of
        or _a_team_then_where(words)
        or _an_office_of_words(words)  # "Establishment Branch": never "Dear Establishment,"
        or bool(_in_english(name, then_whose=True))  # "Personalabteilung", "Tim Rekrutmen BGK"
    )


def _an_office_of_words(words: list[str]) -> bool:
    """ "Establishment Branch", "Accounts & Admin Branch": an office of a government body, its
    last word a body's only after words English knows that no list holds as given names
    ("Michelle Branch" is a person; late400 readers saw "Dear Establishment,")."""
    from afterview.compose.reading import lexicon

    named = [w for w in words[:-1] if w not in ("&", "and", "of", "the")]
    return (
        len(words) > 1
        and words[-1] in _GROUPS_AFTER_WORDS
        and bool(named)
        and all(lexicon.known(w) and not _listed_given(w) for w in named)
    )


# Small words between a team's word and what it does: "Equipo de Selección", "Service des RH".
_BETWEEN = frozenset("de del des du da do di della за".split())  # "Одделение за ..." (MK)


def _in_english(name: str, *, then_whose: bool = False) -> str:
    """A team named in another language, as an English note greets it: "Equipe recrutement" is
    "Recruitment Team", "Oficina de Recursos Humanos" "HR Office", German "Team Recruiting"
    "Recruiting Team"; "" for a name in English ("HR team") or whose work the lists do not
    name ("Équipe production"). ``then_whose``: the company or the place it belongs to may
    follow it, capitalised ("Service RH AéroStructures Garonne")."""
    words = [w.strip(".,") for w in _PAREN.sub(" ", name).split()]
    keys = [_key(w) for w in words]
    body, opened = "", False
    if len(keys) > 1 and keys[0] in _BODIES_IN_ENGLISH:
        body, opened, words, keys = _BODIES_IN_ENGLISH[keys[0]], True, words[1:], keys[1:]
        if len(keys) > 1 and keys[0] in _BETWEEN:
            words, keys = words[1:], keys[1:]  # "Serviço de Recursos Humanos"
        if len(keys) > 1 and keys[0] in ("la", "l'"):
            words, keys = words[1:], keys[1:]  # "Service de la dotation"
    elif len(keys) > 1 and keys[-1] in _BODIES_IN_ENGLISH:
        body, words, keys = _BODIES_IN_ENGLISH[keys[-1]], words[:-1], keys[:-1]
    size = next(
        (n for n in range(len(keys), 0, -1) if "".join(keys[:n]) in _WORK_IN_ENGLISH), 0
    )  # the longest: "Selección de Personal", not "Selección"
    work = _WORK_IN_ENGLISH.get("".join(keys[:size]), "")
    whose = words[size:]
    # "Service RH de l'ABH": whose it is may follow with its particle (late451)
    named = [re.sub(r"^(?:de|du|des|d['’]|l['’])(?=.)", "", w) for w in whose]
    named = [w for w in named if w not in ("de", "du", "des")]
    if not work or (whose and not (then_whose and all(w[:1].isupper() for w in named))):
        return ""
    if work.lower() == "".join(keys[:size]) and not opened:
        return ""  # "HR team", "Recruiting": English, and in English order
    return f"{work} {body or 'Team'}"


def _a_team_then_where(words: list[str]) -> bool:
    """ "Talent Team Marés": a team, then the company or the place it belongs to."""
    return len(words) > 2 and words[0] in _GROUPS and words[1] in _BODIES


def _known_family(word: str) -> bool:
    """A word that is a family name when it stands beside initials ("Lee J.S.")."""
    key = _key(word)
    return key in _KOREAN_FAMILY or key in _CHINESE_FAMILY or word.lower() in _family_names()


# Where a name is a given name, then the father's (and the grandfather's), with no family name:
# "Dr. Tesfaye Bekele" is Dr. Tesfaye, "Eng. Khadar Yusuf" Eng. Khadar, "Jón Sigurðsson" Jón.
# Thailand and Laos have family names, but a title goes with the given name there too: "Dr.
# Kannika Srisuk" is Dr. Kannika.
_GIVEN_NAME_COUNTRIES = frozenset({"ET", "ER", "SO", "IS"})
# Countries whose names put the family name first, where one name alone is a family name.
_FAMILY_NAME_FIRST_COUNTRIES = frozenset({"KR", "KP", "CN", "TW", "HK", "MO", "JP"})
_GIVEN_NAME_USED = frozenset({"TH", "LA"})
# Where many names are Chinese, family name first among names of other orders: a Chinese family
# name alone ("Tan", "Lim") is the family name there, though "Tan" is a given name in Turkey.
_CHINESE_NAMES_TOO = frozenset({"SG", "MY", "BN"})
# Where Malay names are common: a Malay given name there is followed by the father's name.
_MALAY_COUNTRIES = frozenset({"MY", "BN", "SG"})
# Titles of languages whose names end in a family name: "Dott.ssa Bruna Castelli" in Asmara is
# an Italian, Dott.ssa Castelli. Compared as keys.
_TITLES_OF_FAMILY_NAMES = frozenset(
    _key(t) for t in ("Dott.", "Dott.ssa", "Sig.", "Sig.ra", "Avv.", "Herr", "Frau", "Mme", "Mlle")
)
# "Dr. Abebe G/Mariam": Ethiopian "G/" (Gebre) and "W/" (Wolde) shorten the father's name.
_FATHERS_NAME_SHORT = lazy(r"^[A-Z]/[A-Z][a-z]+$")


def _without_unspoken_titles(name: str, country: str = "") -> str:
    """ "ir. Pieter-Jan de Wit": a Dutch engineer's degree, on an envelope but never after
    "Dear" (in Malaysia and Indonesia "Ir." is a professional engineer's title, and used)."""
    words = name.split()
    if (
        words
        and _key(words[0]) == "ir"
        and country.split("-")[0].upper() in ("MY", "ID", "BN", "SG")
    ):
        return name
    # "mr. Willemijn van Oordt" (a Dutch law degree, written small; "Mr." is Mister) and
    # "mgr Paweł Dąbrowski" (a Polish master's, written small, without its dot), and "ing.
    # Marco van der Heijden" (a Dutch engineer's bachelor's, written small: never "Dear Ing.",
    # late357; the Austrian "Ing." is written with its capital and kept)
    dutch = country.split("-")[0].upper() in ("NL", "BE", "SR")  # "ing. Marian Popa" in Romania
    small = ("mr.", "mgr", "mgr.", "inż.", "inz.", *(("ing.",) if dutch else ()))
    while len(words) > 2 and (_key(words[0]) in _UNSPOKEN or words[0] in small):
        words.pop(0)
    if len(words) >= 2 and words[0] in ("Bc.", "Bc", "bc.") and words[1][:1].isupper():
        words.pop(0)  # "Bc. Lucie": a Czech bachelor's, never "Dear Bc. Lucie," (late289)
    # "lic. oec. Corinne Baumann" (a Swiss licentiate in economics), "Mg. iur. Andris Bērziņš"
    # (a Latvian master of law), "Mg. sc. ing. Jānis Ozols" (of engineering science): a degree
    # with its field after it, never a form of address
    fielded = len(words) > 3 and _key(words[0]) in _DEGREES_WITH_A_FIELD
    field = 1 + (len(words) > 4 and re.fullmatch(r"[a-z]{2,6}\.", words[2]) is not None)
    if fielded and re.fullmatch(r"[a-z]{2,6}\.", words[1]) and words[field + 1][:1].isupper():
        words = words[field + 1 :]
    return " ".join(words) if len(words) < len(name.split()) else name


def _sure_of_the_name(name: str) -> str:
    """ "Mr Ramotswe (owner?)": the doubt is about the post in the aside, not the name."""
    if "?" not in _PAREN.sub("", name):
        for aside in re.findall(r"\(([^()]*\?[^()]*)\)", name):
            post = aside.replace("?", "").strip()
            words = post.split()
            posted = any(_is_role_noun(w) for w in words)  # "ORL resident": a unit's letters
            posted = posted and all(_is_role_noun(w) or w.isupper() for w in words)
            # "(British lady, Sarah or Sara? didn't catch surname)": a name in doubt, beside
            # the post, is still in doubt
            doubted = re.findall(r"([\w'’-]+)\s*\?", aside)
            named = any(  # not "(seed cert guy from CFIA?)", a body's letters
                re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) and not _names_a_role(w) for w in doubted
            )
            # "Herr Schmidt (from HQ in Wolfsburg?)": the doubt is about where he works
            placed = re.match(r"(?:from|at|based in)\s", post, re.I) is not None
            if post and (((_names_a_role(post) or posted) and not named) or placed):
                name = name.replace(f"({aside})", f"({aside.replace('?', '').strip()})")
    return name


def _with_its_given_name(name: str, country: str) -> str:
    """The title and the given name alone, where the rest is the father's name: in the
    countries above, or when the name shows it ("Dr. Abebe G/Mariam")."""
    if "?" in name:
        return name  # a name in doubt: read as typed
    aside = name[name.index(" (") :] if " (" in name else ""
    words = name[: len(name) - len(aside)].split()
    titles = list(takewhile(_is_title, words))
    given = words[len(titles) :]
    malay = country.split("-")[0].upper() in _MALAY_COUNTRIES and bool(given)
    opening = malay and _key(given[0]) in _MALAY_OPENING
    if (
        malay
        and titles
        and len(given) == 2
        and _key(given[0]) in _MALAY_GIVEN
        and not opening  # "Ms. Nur Aisyah": one given name of two words
        and "," not in name[: len(name) - len(aside)]
    ):
        return " ".join([*titles, given[0]]) + aside  # "Dr. Zulkifli Hassan": Hassan is his father
    if opening and titles and len(given) == 3 and "," not in name[: len(name) - len(aside)]:
        return " ".join([*titles, *given[:2]]) + aside  # "Ms. Nur Aisyah Rahman": her father
    if (
        malay
        and titles
        and len(given) == 3
        and _key(given[0]) in _MALAY_FIRST
        and _key(given[1]) in _MALAY_GIVEN
        and "," not in name[: len(name) - len(aside)]
    ):  # "Dr. Muhammad Hafiz Rahman": two given names, then his father's, as with "bin"
        return " ".join([*titles, *given[:2]]) + aside
    used_here = country.split("-")[0].upper() in _GIVEN_NAME_USED
    if ", " in name[: len(name) - len(aside)] or (used_here and ", " in aside):
        # "Last, First": read as typed (a comma in the aside is the aside's, but in Thailand
        # an aside says who a visitor is: "Prof. Harald Maier (ext. examiner, Vienna)")
        return name
    if not titles or len(given) < 2 or any(_key(t) in _WITH_WHOLE_NAME for t in titles):
        return name  # without a title the given name comes first anyway; "Naw Eh Htoo" is whole
    fathers = _FATHERS_NAME_SHORT.match(given[-1])
    local = country.split("-")[0].upper() in _GIVEN_NAME_COUNTRIES
    foreign = any(_key(t) in _TITLES_OF_FAMILY_NAMES for t in titles)
    local = local and not foreign
    patronymic = country.upper().startswith("IS") and _key(given[-1]).endswith(("son", "dottir"))
    # "Dr. Kannika Srisuk"; not "Mr. Henrik Albrechtsen", a visitor greeted as at home
    plain = any(_key(t) in ("mr", "mrs", "ms", "miss") for t in titles)
    used = country.split("-")[0].upper() in _GIVEN_NAME_USED and not (foreign or plain)
    if fathers or patronymic or used or (local and not _looks_like_a_family_name(given[-1])):
        return " ".join([*titles, given[0]]) + aside
    return name


def _without_what_a_greeting_drops(name: str) -> str:
    """The name without the words around it that no greeting uses: a doctorate's field, where
    they are from, a post before a dash."""
    name = _GERMAN_DOCTORATE.sub(r"\1 ", name)  # "Dr. med. vet. Hauke Thiessen": Dr.
    name = re.sub(r"^PD\s+(?=Dr\b)", "", name)  # "PD Dr. Reto Amstutz": a Privatdozent
    name = _WHERE_FROM_IN_WORDS.sub(r"\g<name>", name)  # "Dona Neuza do escritório"
    sides = re.split(r"\s+[-–—]\s+", name)
    if len(sides) != 2 or not all(side.strip() for side in sides):
        return name  # no dash, or nothing on one side of it (" - ")
    one_word = all(len(side.split()) == 1 for side in sides)
    if one_word and _SPANISH_POST.search(sides[0]) and not _SPANISH_POST.search(sides[1]):
        return sides[1]  # "Kinesiólogo - Tomás": a post in Spanish, then the name
    for post, named in (sides, sides[::-1]):
        if _a_post_in_spanish(named.split()[0]) and not _a_post_in_spanish(post.split()[0]):
            continue  # "Abogada - Javiera": the post comes first, though "Javiera" ends as one
        words = post.split()
        ranked = all(_key(w) in _RANKS_AFTER_A_POST or w.islower() for w in words[1:])
        if (
            words
            and _a_post_in_spanish(words[0])
            and ranked
            and _a_persons_name(named, 1)
            and _key(named.split()[0]) not in _POSTS_IN_SPANISH  # "Cícero" ends as a post does
        ):
            return named  # "Técnico Sênior - Cícero", "Jefa de turno - Rocío": the name
    post = sides[0].split(",")[0].split()
    named = _a_persons_name(sides[1], 1)  # not "Secretary, took minutes - didn't get name"
    if ", " in sides[0] and ", " not in sides[1] and post and all(map(_is_role_noun, post)):
        return sides[1] if named else name  # "Chief, Visitor Experience - Norma Pelletier"
    return name


# Where someone is from, said after the name in Portuguese or Spanish, in lower case.
_WHERE_FROM_IN_WORDS = lazy(
    r"^(?P<name>.*\b[A-ZÀ-Ý]\w*)\s+(?:do|da|dos|das|de|del)\s+(?!la\b|las\b|los\b)"
    r"[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)*$"
)
# Posts in Spanish or Portuguese, by their endings: "Kinesiólogo", "Enfermera", "Dentista".
_SPANISH_POST = lazy(r"^[A-ZÁÉÍÓÚ]\w+(?:ólogo|óloga|ista|ero|era|eiro|eira)$")
_POSTS_IN_SPANISH = _words("titles", "posts_in_spanish_or_portuguese")
_RANKS_AFTER_A_POST = _words("titles", "ranks_after_a_post")


def _a_post_in_spanish(word: str) -> bool:
    """ "Técnico", "Coordenador(a)", "Kinesiólogo": a post written in Spanish or Portuguese."""
    word = re.sub(r"\((?:a|o)\)$", "", word)  # "Coordenador(a)": either
    return bool(_SPANISH_POST.search(word)) or _key(word) in _POSTS_IN_SPANISH


# The field of a German doctorate, after "Dr.": on an envelope, never after "Dear".
_GERMAN_DOCTORATE = lazy(
    r"\b(Dr\.?)\s+(?:(?:med|vet|dent|rer|nat|phil|habil|jur|oec|pol|theol|techn|sc)\.\s+)+"
)
# A Candidate of Sciences, the doctorate of the Soviet Union and the countries after it, as
# written in English ("Cand. Sc.", "Cand.Sci.", "Cand. Tech. Sc.", "Kand. Nauk"): a PhD, "Dr."
# in an English letter. Not Danish and Norwegian "cand. scient.", a master's.
_CANDIDATE_OF_SCIENCES = lazy(
    r"^(?:Cand|Kand)\.\s?(?:of\s)?(?:[A-Z][a-z]{1,7}\.\s?)??(?:Sci?\.|Nauk\b)\s*(?=[A-ZА-Я])"
)

# Where a name ends in two family names, the father's then the mother's, and a title goes with
# the first: "Capt. Rodrigo Alvarado Vera" in Chile is Capt. Alvarado.
_TWO_SURNAME_COUNTRIES = frozenset(
    "ES MX CL AR CO PE VE EC BO PY UY CR PA GT HN SV NI DO CU PR GQ".split()
)

# Given names that come second in Spanish, Galician and Catalan names ("Xosé Manuel").
_SECOND_GIVEN = frozenset(
    """jose josep xose manuel luis lluis carlos antonio miguel angel javier francisco alberto
    andres daniel eduardo enrique fernando gabriel ignacio jesus jorge juan julio pablo pedro
    rafael ramon ricardo roberto santiago sergio tomas vicente alejandro maria carmen isabel
    elena ana lucia luisa teresa pilar rosa mercedes dolores eugenia fernanda victoria
    alejandra belen cristina ines paula sofia camila valentina
    dario mauricio felipe esteban camilo david andrea marcela patricia milena adriana lorena
    adolfo alfonso armando arturo augusto cesar ernesto gerardo gustavo hector hugo humberto
    jaime mario mariano oscar raul rene ruben emilio fabian gonzalo guillermo horacio joaquin
    leonardo marcelo alfredo orlando osvaldo rolando wilfredo agustin nicolas sebastian matias
    beatriz alicia veronica silvia susana graciela noemi norma claudia gabriela monica natalia
    raquel rocio sandra lourdes soledad liliana carolina daniela yolanda gloria margarita
    leticia esperanza guadalupe josefina laura magdalena marta rosario virginia consuelo
    amparo ximena cecilia estela maribel miriam""".split()
)


# Where Portuguese is spoken: where names.toml's "D." is Dona.
_PORTUGUESE_SPEAKING = frozenset(_BEFORE_A_GIVEN_NAME_WHERE["d"]["countries"])


def _first_of_two_surnames(name: str, country: str) -> str:
    """A titled name of a given name and two family names, in a country that writes names so,
    without the second family name (a title of Spanish itself, "Lic.", says so anywhere)."""
    portuguese = country.split("-")[0].upper() in _PORTUGUESE_SPEAKING
    aside = name[name.index(" (") :] if " (" in name else ""
    if ", " in name[: len(name) - len(aside)]:
        return name  # "Last, First" (a comma in the aside is the aside's: "(UFCG, consultor)")
    words = name[: len(name) - len(aside)].split()
    titles = list(takewhile(_is_title, words))
    rest = words[len(titles) :]
    capitalised = all(w[:1].isupper() for w in rest)  # no particle between the names
    own_rule = _key(titles[0]) in _FIRST_SURNAME if titles else False  # "Ing.", "Dra."
    if portuguese and titles and len(rest) in (3, 4) and own_rule and capitalised:
        # "Dra. Luciana Farias Menezes" in Brazil: the last family name, not the Spanish first;
        # so with three ("Dra. Inês Marques Pinto Leal" is Dra. Leal, late346 readers)
        return " ".join([*titles, rest[0], rest[-1]]) + aside
    particled = len(rest) >= 4 and rest[-2] in ("de", "da", "do", "dos", "das")
    spanish_name = fold(rest[-3]).endswith(("ez", "iz", "az", "oz")) if particled else False
    if portuguese and titles and particled and not spanish_name:
        # "Prof. Maria Silva de Souza" in Brazil: the last family name with its particle (in
        # Spanish, "Ayala de Gutiérrez" would be one married name; "Ruiz de Gopegui" is one)
        return " ".join([*titles, rest[0], *rest[-2:]]) + aside
    first_at, second_at = _two_after_a_particle(rest)
    if portuguese and titles and second_at:
        # "Prof. Dr. Ítalo de Souza Brasileiro": the last family name, "de Souza" the other
        return " ".join([*titles, rest[0], rest[-1]]) + aside
    spanish = country.split("-")[0].upper() in _TWO_SURNAME_COUNTRIES
    if titles and second_at and (spanish or own_rule) and not portuguese:
        # "Ing. Raúl Enrique De la O Chávez": the first family name, particles and all; a
        # title of its own rule goes with it alone (with the given names before it, that rule
        # would read "De la O" as the second family name, as in "Fernández de la Fuente")
        kept = rest[first_at:second_at] if own_rule else rest[:second_at]
        return " ".join([*titles, *kept]) + aside
    if not spanish:
        return name
    plain = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest)
    two_given = len(rest) == 4 and (_compound(rest) or fold(rest[1]).lower() in _SECOND_GIVEN)
    if titles and plain and two_given and not own_rule:
        # "Prof. Xosé Manuel Otero Bouzas", "Dr. Luis Alberto Chang Ramírez": two given names,
        # two family names, and the title goes with the first family name
        return " ".join([*titles, *rest[:3]]) + aside
    if not titles or len(rest) != 3 or not plain or _compound(rest):
        return name
    if _key(titles[0]) in _FIRST_SURNAME or any(_key(w) in _PARTICLES for w in rest):
        return name  # read by the title's own rule, or "del Río": a particle
    second = fold(rest[1]).lower()
    if second in _SECOND_GIVEN or second in _SAINTLY or _key(titles[0]) in _RELIGIOUS:
        return name  # "Dr. Xosé Manuel Rivas", "Sister Mary Bernadette Okafor": two given names
    return " ".join([*titles, *rest[:2]]) + aside


def _two_after_a_particle(rest: list[str]) -> tuple[int, int]:
    """Where each of two family names starts when a particle opens the first ("Raúl Enrique De
    la O Chávez": at "De" and "Chávez"; "Ítalo de Souza Brasileiro": at "de" and
    "Brasileiro"); (0, 0) when the words from the particle on are not two names ("Juan Pérez de
    la Fuente": one), or are a given name ("María del Carmen Islas")."""
    at = next((i for i, w in enumerate(rest[1:], 1) if _key(w) in _PARTICLES), 0)
    named = at + len(list(takewhile(lambda w: _key(w) in _PARTICLES, rest[at:])))
    two = at > 0 and named == len(rest) - 2  # the first family name, then the second
    plain = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in rest[named:])
    given = fold(" ".join(rest[: named + 1])).replace("-", " ") in _COMPOUND_GIVEN
    given = given or _devotional(rest[: named + 1])
    return (at, named + 1) if two and plain and not given else (0, 0)


def _two_family_names(word: str) -> bool:
    """ "Owusu-Ansah", "Amankwah-Mensah": two family names the lists know, joined by a hyphen,
    neither a common given name ("Mary-Kate", "Jean-Paul" are given names)."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts)
        and all(map(_known_family, parts))
        and not any(fold(p) in _GIVEN_FOR_A_HANDLE for p in parts)
    )


def _looks_like_a_family_name(word: str) -> bool:
    """ "Jansen", "Ramírez", "O'Sullivan", "Petrova", "Rakotomalala", "Rossi": a family name
    by its ending or by the list, seldom a given name."""
    lone = _key(word)
    return (
        (lone.endswith(_FAMILY_ENDINGS) and lone not in _GIVEN_ENDING_SO)
        or bool(re.match(r"^(?:O['’]|Mc|Mac)[A-Z]", word))  # Gaelic
        or (lone.startswith(("vande", "vander", "vanden")) and len(lone) >= 8)  # "Vandewalle"
        or (lone.endswith("ez") and len(lone) >= 5)
        or (lone.endswith(("ov", "ova", "ev", "eva", "yan")) and len(lone) >= 6)  # not "Bryan"
        # Malagasy: "Rakotomalala" (not "Rakeshbhai", a given name with its honorific)
        or (len(lone) >= 10 and lone.startswith(("ra", "andria")) and not lone.endswith("bhai"))
        or word.rstrip(".,").lower() in _family_names()
        or lone in _TURKISH_FAMILY  # "Yıldız, Personalrat": never "Dear Yıldız," (late400)
        or lone in _BRETON_AND_CORNISH_FAMILY  # "DRH - Morvan": never "Hi Morvan," (late413)
        or lone in _KOREAN_FAMILY - _GIVEN_NAMES_TOO  # "Jung (interpreter)"
        # Vietnamese family names, which Vietnamese given names never are: "Workshop tech -
        # Dinh" may be Mr. or Ms. Đinh, or a given name the notes cut to its last word
        or (lone in _VIETNAMESE_FAMILY and len(lone) >= 4)
        # Quechua and Aymara, as Spanish spells them: a word that opens "Hua", "Huay" or with
        # a doubled "cc" or "qq" ("Huarcaya", "Huamaní", "Ccori") is a family name of the
        # Andes; the given names there are Spanish
        or (len(lone) >= 6 and lone.startswith(("hua", "cc", "qq")))
        # two family names joined: "Owusu-Ansah" alone, or before an initial ("Owusu-Ansah E.",
        # as lists in Ghana and Nigeria write the family name first: late427 readers, "Hi
        # Owusu-Ansah,")
        or _two_family_names(word)
    )


# Korean family names that are given names in English too: "Kim", "Lee" alone may be either.
_GIVEN_NAMES_TOO = frozenset("kim lee park han song oh jo yoo hong".split())


@cache
def _family_names() -> frozenset[str]:
    """Common family names that are hardly ever given names ("Rossi", "Yamamoto", "Okonkwo"),
    in lower case as written: "Novák" is one, "Novak" (Djokovic) is not
    (compose/data/family_names.txt)."""
    path = Path(__file__).parents[1] / "compose" / "data" / "family_names.txt"
    return frozenset(path.read_text(encoding="utf-8").lower().split())


def _names_the_firm(word: str, company: str) -> bool:
    """ "Airey" in "Airey Walling & Fencing": a family's name on its firm ("Bec's Bakery" is
    hers by her given name, and so is "Polished by Shauna")."""
    return re.search(rf"(?<!\w)(?<!\bby ){re.escape(word)}(?!['’]s\b)(?!\w)", company) is not None


def is_title(word: str) -> bool:
    """Whether ``word`` is a title or a word of respect as typed before a name ("Dr.", "Pak",
    "Khun", "Matron"): names.toml's lists, the one place they are declared."""
    return _is_title(word)


# The words of respect names.toml spells out before a given name ("Dona" for "D.").
_WRITTEN_OUT_BEFORE_GIVEN = frozenset(
    _key(w["written"]) for w in _BEFORE_A_GIVEN_NAME_WHERE.values()
)


def is_word_of_address(word: str) -> bool:
    """Whether a greeting may put ``word`` before a name: a title (``is_title``), or a word of
    respect before a given name, as typed or as spelled out ("Don", "Ate", "Dona" for "D.")."""
    key = _key(word)
    return _is_title(word) or key in _HONORIFIC_BEFORE_GIVEN or key in _WRITTEN_OUT_BEFORE_GIVEN


def _is_title(word: str) -> bool:
    key = _key(word)
    if word in _TITLES_IN_CAPITALS:
        return True  # "DI Thomas Hofbauer" (Diplom-Ingenieur); "Di Wang" is a name
    if _a_rank_in_capitals(word):
        return True  # "MSG Terrell Banks", "WO1 Craig McAllister"; "Msg" is no rank
    return key in _TITLES or (key in _DOTTED_TITLES and word.endswith("."))


# Titles that are names too when not written in capitals.
# British police ranks: "PC Ryan Coombes" is "PC Coombes", "DS Amy Lau" is "DS Lau", and a
# police sergeant's "PS 4471 Kerr" (his collar number between) "PS Kerr", never "Dear PS,".
# Finland's doctorates, "Dr." in an English letter: "FT Mikko Laaksonen" is Dr. Laaksonen.
_COURTESY = _words("titles", "courtesy")
BRITISH_POLICE_RANKS = frozenset(("PC", "DC", "DS", "DCI", "PCSO", "PS"))
_TITLES_IN_CAPITALS = BRITISH_POLICE_RANKS | frozenset(("DI", "FT", "TkT", "YTT", "KTT"))


def _a_rank_in_capitals(word: str) -> bool:
    """ "MSG", "LTCOL", "WO1", "SSgt": a rank of the services as a form writes it, in capitals
    (or with two of them); "Maj" and "Col" are titles only with their dot."""
    core = word.rstrip(".")
    capitals = sum(c.isupper() for c in core)
    return core.lower() in _RANKS_IN_CAPITALS and (core.isupper() or capitals >= 2)


def _letters_after_a_name(words: list[str]) -> bool:
    """ "Dr. Ravi Menon FACRRM": a word in capitals no list holds, after a given name and a family
    name in small letters, is a fellowship's or a degree's letters (never "Dear Dr. Facrrm,",
    late291). "Jean DUPONT" writes the family name so, after one name only."""
    last, before = words[-1].replace(".", ""), [w for w in words[:-1] if not _is_title(w)]
    if last.isupper() and last.lower() in _SERVICES_IN_CAPITALS and len(before) >= 1:
        return True  # "Cdr. Bronwyn Hale RAN": the navy, never "Dear Cdr. Ran," (late320)
    return (
        len(before) >= 2
        and all(w[:1].isupper() and w[1:].islower() for w in before)
        and last.isalpha()
        and last.isupper()
        and len(last) >= 3
        and not _known_family(last)
        and not _listed_given(last)
    )


def _is_suffix(word: str) -> bool:
    accented = fold(word) != word.lower()  # "Bâ" is a family name, "BA" a degree
    key = _key(word).replace(".", "")
    # "Gruber sen.", "P.Eng.": a Chinese name ("PENG Jun", "Sen", "Ing") is no suffix unless
    # written as one, with its dot or in capitals (late310: "Hi Peng,")
    named = key in _ALSO_NAMES and word.istitle() and "." not in word
    return not accented and key in _SUFFIXES and not named


# Suffixes that are given or family names too, written without a dot: "Jun", "Sen", "Peng".
_ALSO_NAMES = frozenset("jun sen ing peng".split())

# Endings of Maghreb family names, written first on a form: "Chraibi Hamid", "Bennani Sara",
# "Alaoui Karim" (late421 readers: "Dear Chraibi,").
_MAGHREB_FAMILY_ENDINGS = ("aibi", "nani", "aoui", "ouni")
# Endings of Romanian family names, never of given names: "Ionescu", "Popescu", "Vasilescu".
_ROMANIAN = ("escu", "eanu")
# A Japanese name written family name first: "Kitagawa Haruko". Both words are syllables of
# romanised Japanese; the first ends as family names do, the second as given names do.
_ROMAJI = lazy(r"^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[jfwy])?[aiueo]|n(?![aiueo]))+$")
_JAPANESE_FAMILY_ENDS = (
    *("kawa", "gawa", "moto", "mura", "yama", "hara", "bara", "shima", "jima", "saki", "zaki"),
    *("naka", "oka", "hashi", "bayashi", "uchi", "mori", "tani", "zawa", "sawa", "gashi", "nabe"),
    *("da", "bota"),  # "Ikeda", "Yoshida", "Kubota" ("Mr. Kubota Hiroshi" was Mr. Hiroshi)
)
_JAPANESE_GIVEN_ENDS = (
    *("ko", "mi", "ro", "ki", "ka", "shi", "ya", "to", "suke", "ji", "hei"),
    *("ta", "ma", "na", "ri", "ho"),  # "Oyama Kenta", "Takuma", "Haruna", "Yuri", "Miho"
    "ichi",  # "Kōichi", "Shin'ichi"
)


def _a_japanese_family_name(word: str) -> bool:
    """ "Oyama", "Kitagawa": one word of romanised Japanese that ends as family names do, and
    no word English knows ("Amanda", "Wanda")."""
    from afterview.compose.reading import lexicon

    key = _key(word)
    romaji = bool(_ROMAJI.match(key)) and len(key) >= 4 and key.endswith(_JAPANESE_FAMILY_ENDS)
    return romaji and lexicon.spelling(key) is None and key not in _GIVEN_FOR_A_HANDLE


def _japanese_family_first(words: list[str]) -> bool:
    family, given = (_key(w) for w in words)
    romaji = all(_ROMAJI.match(w) for w in (family, given))
    return (
        romaji and family.endswith(_JAPANESE_FAMILY_ENDS) and given.endswith(_JAPANESE_GIVEN_ENDS)
    )


# Romanised Korean (or Chinese) syllables, one or more: "Ji-woo", "Minseo", "Jianguo"; not
# "Lund" ("Kim Lund" is Western order).
_SYLLABLE = (
    r"(?:(?:[bpmfdtnlgkhjqxrzcswy]|zh|ch|sh|kk|tt|pp|ss|jj)?"
    r"(?:a|e|i|o|u|ae|ai|ao|ei|eo|eu|ia|ie|io|iu|oe|oi|ou|ua|ue|ui|uo|wa|we|wi|wo|ya|ye|yo|yu|yeo"
    r"|iao|uai|uei|wae|yae|oo|ee)(?:ng|n|m|k|l|p|t|r)?)"
)
_EAST_ASIAN_SYLLABLES = lazy(rf"^{_SYLLABLE}+$")

# One of those syllables alone: "liao", "yi", "ting" (not "marie", two).
_ONE_SYLLABLE = lazy(rf"^{_SYLLABLE}$")

# Endings of Armenian and Georgian family names, which never end a given name.
_OF_THE_CAUCASUS = ("yan", "ian", "shvili", "dze", "uri", "ян")


def _family_first(words: list[str]) -> bool:
    first = _key(words[0])
    given = fold(words[-1]).lower().replace("-", "")
    # "Kwon Oh-seong": two syllables joined as Korea spells them say so, though "Oh" ends as no
    # other syllable does (late402 readers: "Dear Dean Oh-seong,")
    joined = re.fullmatch(r"[A-Z][a-z]{0,5}-[a-z]{1,5}", words[-1]) is not None
    spelled = _EAST_ASIAN_SYLLABLES.match(given) is not None
    if len(words) == 2 and first in _KOREAN_FAMILY and not spelled and not joined:
        return False  # "Kim Lund": a given name that is a Korean family name too
    if "-" in first and all(part in FAMILY_FIRST for part in first.split("-")):
        return True  # "Szabó-Nagy Erzsébet": a Hungarian family name of two
    if first in FAMILY_FIRST:
        # "Mei Ling Tan" is given-name first: a known family name at the end settles it
        return _key(words[-1]) not in FAMILY_FIRST or len(words) == 2
    if 3 <= len(words) <= 4 and words[1].lower() in ("thị", "văn", "thi"):
        return True  # "Giàng Thị Mỷ": the Vietnamese middle name says the family name is first
    if len(words) == 2 and _japanese_family_first(words):
        return True
    if len(words) == 2 and first.endswith(_ROMANIAN) and not _key(words[1]).endswith(_ROMANIAN):
        return True  # "Ionescu Mihai", as a Romanian form writes it
    if (  # "Ardelean Vasile", "Ungurean Maria": "-ean", then a given name (late428 readers:
        # "Dear Mr. Vasile,"), never "Sean" nor "Dean", given names themselves
        len(words) == 2
        and ((first.endswith("ean") and len(first) >= 7) or first.endswith(_MAGHREB_FAMILY_ENDINGS))
        and not _listed_given(words[0])
        and _listed_given(words[1])
    ):
        return True
    if len(words) == 2 and first in _KOREAN_FAMILY and not _known_given(words[1]):
        return True  # "Park Jiwoo", "Kim Minseo": a Korean name, family name first
    syllables = all(len(w) <= 4 and w.isalpha() and w[:1].isupper() for w in words[1:])
    if len(words) == 3 and first in _CHINESE_FAMILY and syllables:
        return True  # "Lau Kok Wai", "Wong Mei Ling": a given name of two syllables after
    # of two syllables written as one too: "Hou Yanfang" (late402 readers: "Dear Hou,")
    chinese_given = len(words) == 2 and _EAST_ASIAN_SYLLABLES.match(given) and len(given) <= 8
    if chinese_given and first in _CHINESE_FAMILY and not _known_given(words[1]):
        return True  # "Liang Wei": a Chinese name, family name first, as often written
    if len(words) == 2 and "-" in words[1] and words[1][:1].isupper():
        # "Chang Wei-Ming", "Kim Min-jun": a hyphenated given name after a family name; and
        # "Liao Yi-ting", as Taiwan spells it, whatever the family: two syllables joined, the
        # second small, after one (never "Dear Liao,": late280)
        parts = [first, *fold(words[1]).split("-")]
        spelled = bool(re.fullmatch(r"[A-Z][a-z]{0,5}-[a-z]{1,5}", words[1]))
        spelled = spelled and all(_ONE_SYLLABLE.match(x) for x in parts)
        return first in _KOREAN_FAMILY or first in _CHINESE_FAMILY or spelled
    caucasus = len(words) == 2 and len(first) >= 6 and first.endswith(_OF_THE_CAUCASUS)
    if caucasus and not _listed_given(words[0]) and not _key(words[1]).endswith(_OF_THE_CAUCASUS):
        return True  # "Hakobyan Armen", "Beridze Nino": an Armenian or a Georgian family name
    listed = _family_names()
    # "Zouari Khaled", "Rossi Mario", "Diallo Fatoumata Binta": a form's order, a listed
    # family name first and none after it; of three words, a given name the lists know second
    # or the family name in a form's capitals ("Chief Effiong Okokon Ita" is Efik, given names
    # first: Chief Ita, late314)
    return (
        len(words) in (2, 3)
        and words[0].lower() in listed
        and not any(w.lower() in listed for w in words[1:])
        and (
            len(words) == 2
            or _listed_given(words[1])
            or words[0].isupper()
            or first in _KOREAN_FAMILY | _CHINESE_FAMILY
        )
    )


def _known_word(text: str) -> bool:
    """One word English has in lower case ("registrar"): a post, not a name."""
    from afterview.compose.reading import lexicon

    return len(text.split()) == 1 and lexicon.known(text.lower())


def _known_given(word: str) -> bool:
    """A word English knows, or a hyphenated one ("Lee Child", "Kim Wexler" go given name first)."""
    from afterview.compose.reading import lexicon

    return "-" not in word and (lexicon.known(word.lower()) or not word.isalpha())


def _names_a_role(text: str) -> bool:
    """ "HR coordinator", "Talent", "stock mgr": a department or a role, not a name."""
    return any(_role_key(w) in _NOT_A_NAME for w in text.split())


def _is_role_noun(word: str) -> bool:
    """ "psychologist", "manager": a post, written before the name it belongs to."""
    from afterview.compose.reading.shapes import is_person_noun

    key = _role_key(word)
    return key in _ROLE_WORDS or key in _POSTS or is_person_noun(key) or _post_of_one_word(word)


def _role_key(word: str) -> str:
    return fold(word.strip(".,()")).lower()  # "Président", "Secrétaire communal"


# Words that name a post rather than a person, after a comma or before a dash.
_POSTS = frozenset(
    """coordinator officer assistant specialist partner adviser advisor associate analyst
    resourcing
    supervisor mgr recruitment hiring ceo cfo coo cto cio chro cmo vp svp evp gm hrbp chief
    executive president auditor controller treasurer registrar deputy bursar provost rector
    exec producer editor clerk founder co-founder cofounder dir mate coord
    presidente secretaire directeur directrice comptable adjoint adjointe""".split()
)

# Words of a body a person belongs to, after a comma: never a given name.
_BODY_WORDS = frozenset(
    """institute university college school hospital ministry commission council department
    sciences faculty agency authority trust foundation museum society association bank office
    affairs unit cell centre center division branch directorate bureau""".split()
)


def _an_affiliation(head: str, tail: str) -> bool:
    """ "Prof. Nikola Trpčevski, UNESCO nat'l commission", "Dr. Naseer? external expert, Taxila
    Institute": what follows the comma says where they are from, not their given name."""
    words = _PAREN.sub(" ", tail).split()
    if not head[:1].isupper():
        return False  # "finance lady from Amman, didn't get name": a description, kept whole
    if not words or any(_key(w) in _BODY_WORDS for w in words):
        return bool(words)
    if len(words) > 1 and all(w[:1].islower() for w in words):
        return True  # "D.ª Encarnación Moya, directora de enfermería": her post, in words
    if len(head.split()) == 1 and _is_role_noun(head) and len(words) >= 3:
        return True  # "Representative, Odisha State Archaeology": a post, then whose
    titled = len(head.split()) >= 2 and _is_title(head.split()[0])
    lower = [w for w in words if w[:1].islower() and _key(w) not in _PARTICLES]
    return titled and bool(lower)


def _without_affiliation(name: str) -> str:
    """'Deb from HR', 'Trish @ the agency', 'Priya at Talent': the person, not where from."""
    head, comma, tail = name.partition(", ")
    if comma and _an_affiliation(head, tail):
        name = head  # "Prof. Nikola Trpčevski, UNESCO nat'l commission": where they are from
    words = name.split()
    for k in range(len(words) - 2, 0, -1):
        if "(" in " ".join(words[: k + 1]):
            continue  # "Chris P. (the other AE)": an aside, not a post before the name
        if words[k].islower() and _is_role_noun(words[k]):
            rest = " ".join(words[k + 1 :])
            # "control room supervisor Nomvula (Vuvu)": an aside after the name is the name's
            # (late417 readers: asked about "Control Room Supervisor Nomvula")
            bare = _PAREN.sub(" ", rest).split()
            aside_last = re.fullmatch(r"[^()]+(?:\([^()]*\))?", rest) is not None
            if aside_last and bare and all(w[:1].isupper() for w in bare) and len(bare) <= 3:
                name = rest  # "Occupational psychologist Riikka Salo"
            break
    head, comma, tail = name.partition(", ")
    post = _names_a_role(_PAREN.sub("", tail).strip()) or bool(_POST_CODE.match(tail.strip()))
    tail_words = _PAREN.sub("", tail).split()
    # "Hannah Whitcombe, Midwifery Educator": a post of two words or more ends in its head
    post = post or (len(tail_words) >= 2 and _is_role_noun(tail_words[-1]))
    if comma and post and len(head.split()) >= 2:  # "Birgitte Holm, HR-konsulent" too
        name = head  # "Dana Seitkali, HR coordinator": not "Last, First"
    parts = re.split(r"\s+(?:from|at|in|@|[-–—])\s+", name, maxsplit=1)
    inside = len(parts) == 2 and parts[0].count("(") > parts[0].count(")")
    if inside and not re.match(r"\s*[-–—]", name[len(parts[0]) :]):
        parts = [name]  # "Kev (seed cert guy from CFIA)": where the post is from, in an aside
    after = parts[1].split() if len(parts) == 2 else []
    named = len(after) >= 2 and (after[0][:1].isupper() or after[1][:1].isupper())
    where_from = len(parts) == 2 and re.match(r"\s+(?:from|at|in|@)\s", name[len(parts[0]) :])
    if named and _is_title(after[0]) and not _titled_name(parts[0]) and not where_from:
        return parts[1]  # "Chairperson - Cllr Ndapewa Iipinge" ("- chief radiographer": a post)
    dashed = len(parts) == 2 and name[len(parts[0]) :].lstrip()[:1] in "-–—"
    # "Union observer - SAMWU": a word in capitals is a body (a union, "HR", "IT"), no name
    acronym = dashed and any(re.fullmatch(r"[A-Z]{2,}", w) for w in parts[1].split())
    if (
        dashed  # "observer from BTSC": where they are from, never their name
        and _names_a_role(parts[0])
        and not _names_a_role(parts[1])
        and all(w[:1].isupper() for w in parts[1].split())
        and len(parts[1].split()) <= 3
        and not acronym
    ):
        return parts[1]  # "Talent - Gabija"; not "area manager - didnt get name"
    shrug = re.match(r"([A-Z][a-z]+) something\b", parts[1]) if len(parts) == 2 else None
    if shrug and _names_a_role(parts[0]):
        return shrug[1]  # "US client rep on video - Brenda something, from the Ohio buyer"
    named = parts[1].split() if len(parts) == 2 else []
    caught = bool(named) and named[0][:1].isupper() and all(w.islower() for w in named[1:])
    caught = caught and dashed and not acronym
    if caught and _names_a_role(parts[0]) and len(named) <= 3 and not _names_a_role(parts[1]):
        return named[0].rstrip(",")  # "safety lady - Priya something": the name, and a shrug
    # its words, not counting a title or the particles of a family name ("Mrs. van der Merwe")
    counted = [w for w in parts[0].split() if _key(w) not in _PARTICLES and not _is_title(w)]
    if len(parts) == 2 and parts[0][:1].isupper() and 1 <= len(counted) <= 3:
        return parts[0]  # "Ishara - HR" too
    return name


def _title_case(described: str) -> str:
    """ "area manager" -> "Area Manager"; small words stay small ("Instrutor do Simulador")."""
    from afterview.compose.reading.vocabulary import expansions

    described = _AS_THEY_LOOK.sub("", described).strip() or described  # never "the Glasses"
    words = [
        expansions().get(w.lower(), w)
        if w.islower() or w.lower() in _SPELLED_OUT_THOUGH_CAPITAL
        else w
        for w in described.split()
    ]  # "mgr", "Area Mgr"
    clause = next((k for k, w in enumerate(words) if k and w.lower() in _RELATIVE), len(words))
    return " ".join(
        w if (k and w.lower() in _SMALL) or w in _SOMEONE or k >= clause else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    )  # "guy from claims ops": never "Guy", which reads as a name; "who took notes" as typed


_RELATIVE = frozenset("who that which whose".split())
# How someone looked, kept out of a slot the candidate may send unfilled: "assessor w/ the
# glasses" is the assessor.
_AS_THEY_LOOK = lazy(
    r",?\s+(?:with|w/)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:glasses|specs|beard|moustache|mustache|"
    r"scarf|tattoos?|hair|bun|ponytail|earrings|lanyard)\b",
    re.I,
)

_SMALL = frozenset("of the and for in at on to from with by do da de di del des du la le".split())
# Posts written short with a capital, spelled out in a slot: "Area Mgr" is the Area Manager.
_SPELLED_OUT_THOUGH_CAPITAL = frozenset("mgr asst mgmt dept supvr".split())


# A person written down by what they are, in lower case: a description, never a name or title.
_SOMEONE = frozenset("lady guy man woman gentleman bloke chap girl someone person".split())


# A post written with its department's letters: "HR-konsult", "IT-chef".
_POST_CODE = lazy(r"^[A-Z]{2,4}-[a-zåäöæøéü]+$")


def _titled_name(side: str) -> bool:
    """ "Snr Prof. Kumudini Abeysekara" of "... - Dean FoS": a title in its first two words says
    this side names the person, and the other side is a post."""
    return any(_is_title(w) for w in side.split()[:2])


def _a_listed_given_name(side: str) -> bool:
    """ "Ciara", "Beth-Anne": one capitalised word (or two joined by a hyphen) that the list of
    common given names holds, and no family name the lists know."""
    if re.fullmatch(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?", side) is None:
        return False
    return not _known_family(side) and all(
        fold(part) in _GIVEN_FOR_A_HANDLE for part in side.split("-")
    )


def _a_persons_name(text: str, fewest: int = 2, particles: bool = False) -> bool:
    """Capitalised words (two or three), none of them a role, a department or all capitals;
    with ``particles``, a particle that opens a family name whatever its case, in lower case
    inside them, is one of them ("Fatima el Amrani"; "de" joins a post too: "Jefe de Turno")."""
    words = [
        w.strip(_QUOTES)
        for w in _PAREN.sub(" ", text).split()
        if _key(w) not in _PATRONYMIC and _key(w) not in _AFTER_NAME  # "a/p", "Khan sahib"
    ]
    if len(words) > 1 and words[0] in _VIETNAMESE_KIN:
        words = words[1:]  # "chị Linh": a Vietnamese word of kinship, in lower case, then her
    inside = range(1, len(words) - 1) if particles else range(0)
    # "Senior Planner": a post's rank, though a list holds "Senior" as a name (late408 readers:
    # "Jannik – Senior Planner" asked)
    ranked = _key(words[0]) in _RANKS_AFTER_A_POST if words else False
    if len(words) > 1 and _is_role_noun(words[-1]) and (ranked or not _listed_given(words[0])):
        return False  # "Principal Social Worker": a post ("John Baker" is a name)
    return fewest <= len(words) <= 3 and all(
        (k in inside and w in _CAPITAL_PARTICLES)
        or (
            w[:1].isupper()
            and (not w.isupper() or (k > 0 and _is_initial(w)))  # "Bianca S."
            and _key(w) not in _NOT_A_NAME
            and not _is_title(w)
        )
        for k, w in enumerate(words)
    )


_POST_ENDINGS = tuple(_words("titles", "post_endings"))


def _post_of_one_word(word: str) -> bool:
    """ "Chefdramaturgin", "Planchef": a German or Scandinavian post of one word, capitalised;
    "Psicóloga", "Abogada": one in Spanish or Portuguese that the lists hold or its ending tells
    (never "-ista" or "-era", which end given names too: "Batista", "Javiera")."""
    from afterview.compose.reading import lexicon

    if not (word[:1].isupper() and word.replace("-", "").isalpha()):
        return False  # "Deko-Chef": a hyphen joins a post to what it leads
    spanish = _key(word) in _POSTS_IN_SPANISH or re.search(r"(?:ólogo|óloga)$", word) is not None
    spanish = spanish and not lexicon.known(word.lower())  # "Director Kim": a title in English
    return spanish or fold(word).lower().endswith(_POST_ENDINGS)


# Endings of family names that are almost never given names: a lone "Jansen" is a family name.
_FAMILY_ENDINGS = (
    *("sen", "sson", "ski", "ska", "wicz", "enko", "escu", "poulos", "idis", "son"),
    *("czyk", "czak", "chuk", "auskas", "evicius", "aviciute", "oglu", "akis", "ovic", "evic"),
    *("berg", "stein", "mann", "baum", "feld", "witz", "thal", "gren", "quist", "qvist"),
    *("strom", "holm", "lund", "dahl", "nen"),  # "Björklund"; "Virtanen", "Korhonen": Finnish
    *("vold", "stad", "heim", "rud", "bakken"),  # "Grønvold", "Haugstad": Norwegian farm names
    *("maier", "meier", "mayer", "meyer", "huber", "hofer"),  # "Obermaier": German
    *("gaard", "riggen", "egger", "wire"),  # "Søndergaard", "Zurbriggen", "Mkandawire"
    # English place-names that became family names: "Hargrove", "Ainsworth" (not "-ton":
    # "Everton", "Clayton" are given names too)
    *("grove", "hurst", "croft", "thwaite", "combe", "thorpe", "worth", "bridge"),
)


# Given names with those endings: a lone "Jason" is greeted as Jason.
_GIVEN_ENDING_SO = frozenset(
    "jason allison alison madison addison harrison emerson jackson carson grayson mason".split()
)


# Words that describe someone whose name was not caught: "the HR lady", "F&B director - italian
# guy, didnt catch name".
_ROLE_WORDS = frozenset(
    """lady guy man woman person director manager mgr recruiter interviewer lead head engineer
    someone somebody rep representative student observer intern trainee secretary estudiante
    estudante stagiaire praktikant taker notetaker note-taker boss superintendent supt supdt
    physio fisio
    """.split()
)

_DEPARTMENTS = frozenset("sales legal ops admin hr it people talent team panel board chair".split())
# What a label before a dash or after a comma may be, where a name would be.
_NOT_A_NAME = _DEPARTMENTS | _ROLE_WORDS | _POSTS
