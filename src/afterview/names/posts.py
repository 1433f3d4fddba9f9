"""Posts, ranks and the courtesy titles of each country, before a name or instead of one:
which of them a greeting keeps, spells out or never uses alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from afterview.check.lazy import lazy
from afterview.names.kinds import (
    _COURTESY,
    _DEPARTMENTS,
    _POSTS,
    _SOMEONE,
    _a_persons_name,
    _is_role_noun,
    _is_suffix,
    _is_title,
    _known_family,
    _known_word,
    _looks_like_a_family_name,
    _post_of_one_word,
    _role_key,
    _title_case,
    is_group,
)
from afterview.names.labels import (
    _A_COUPLE,
    _ADDRESSED,
    _CAUGHT,
    _FORMAL_TITLES,
    _NO_NAME,
    _ONE_AFTER_A_POST,
    _POST_AS_TITLE,
    _SEVERAL_GIVEN_NAMES,
    _TWO_GIVEN_NAMES,
    _TWO_GIVEN_NAMES_JOINED,
    _a_couple_in_english,
    _a_name_no_word,
    _described,
    _one_given_name,
    _short_for,
)
from afterview.names.parse import _DESCRIBED, _RANK_OF, _RANKED_WHOLE, _RANKS, Greeting, parse
from afterview.names.words import (
    _ADDRESSED_AS,
    _BEFORE_A_GIVEN_NAME_WHERE,
    _BODIES,
    _DOCTORATES,
    _DOTTED_TITLES,
    _GIVEN_FOR_A_HANDLE,
    _GROUPS,
    _HONORIFIC_BEFORE_GIVEN,
    _IN_ENGLISH,
    _IN_ENGLISH_WHERE,
    _INDIAN_SHORT,
    _MALAY_HONOURS_OF_TWO_WORDS,
    _MALAY_OPENING,
    _MALAY_SHORT,
    _PAREN,
    _PART_OF_A_TITLE,
    _POSTS_SPELLED_OUT,
    _RANKS_OF_A_POST,
    _RANKS_OF_THE_SERVICES,
    _RESPECT_ONLY,
    _SPOKEN_AFTER_A_TITLE,
    _SPOKEN_AFTER_A_TITLE_LOWER,
    _THAI_SHORT,
    _WITH_GIVEN_NAME_WHERE,
    _WITH_WHOLE_NAME_WHERE,
    _WORDS,
    _capital,
    _compound,
    _is_initial,
    _key,
    _listed_given,
    _where,
    _words,
    fold,
)

_LETTERS_OF_A_POST = "the letters of a post or a degree come first, and alone they are no greeting"


# A title typed without the space after its dot: "Mr.Klaus Weber", "Prof.Dr. Ana Ruiz".
_NO_SPACE_AFTER = lazy(r"(?<![\w.])([A-Za-z]{1,5}\.)(?=[A-Z][a-z])")


def _with_a_space_after_its_title(name: str) -> str:
    """ "Mr.Klaus Weber" is "Mr. Klaus Weber": a title, then the name, the space left out; a
    word that is no title keeps its dot where it is ("J.Smith": an initial)."""
    return _NO_SPACE_AFTER.sub(lambda m: f"{m[1]} " if _is_title(m[1]) else m[1], name)


def _title_here(word: str, country: str) -> str:
    """The English title a word of respect is in the interview's country ("Tate" in Namibia is
    "Mr."), or "" where it is none ("Tate" is a given name in English)."""
    if word.isupper() and len(word) > 1:
        return ""  # "HR Kadri Lepik" in Estonia: her department, never "hr" (härra)
    found = _IN_ENGLISH_WHERE.get(_key(word))
    return str(found["title"]) if found and _where(country) in found["countries"] else ""


def _honorific_here(word: str, country: str) -> bool:
    """ "Adi" in Fiji: a chiefly title that goes with the given name there, a given name
    elsewhere."""
    key = _key(word)  # "Lok" in Cambodia, with the whole name after it
    places = [*_WITH_GIVEN_NAME_WHERE.get(key, ()), *_WITH_WHOLE_NAME_WHERE.get(key, ())]
    return _where(country) in places


def _a_title_written_short_after(words: list[str], country: str) -> str:
    """The English title of a courtesy title written short as the second word, before a name
    ("Fr." in Germany is "Ms.", "Hr." "Mr."), or ""."""
    if len(words) < 3 or not words[1].endswith(".") or not words[2][:1].isupper():
        return ""
    return _title_here(words[1], country) or _IN_ENGLISH.get(_key(words[1]), "")


def _a_malay_honour_of_two_words(words: list[str], country: str) -> Greeting | None:
    """ "Tan Sri Ismail (the boss)", "Puan Sri Rohana": in Malaysia, Brunei and Singapore an
    honour of two words, greeted with the name after it as typed (a Malay name has no family
    name to greet)."""
    if len(words) < 3 or _where(country) not in ("MY", "BN", "SG"):
        return None
    honour = "".join(_key(w) for w in words[:2])
    if honour not in _MALAY_HONOURS_OF_TWO_WORDS:
        return None
    named = re.split(r"\s[-–—]\s|,|\(", " ".join(words[2:]))[0].split()
    if len(named) != 1 or not named[0][:1].isupper():
        return None  # "Tan Sri Francis Yeoh": read as "Dato' Sri Henry Voon" is, by the rest
    return Greeting(" ".join([_capital(words[0]), _capital(words[1]), named[0]]))


def _a_title_of_the_country(name: str, country: str) -> str | Greeting:
    """ "Tate Petrus Shikongo" in Namibia is "Mr. Petrus Shikongo", "Mam Dube" in South Africa
    "Ms. Dube": a word of respect written as the English title it is there; "Adi Litia
    Naivalu" in Fiji is greeted "Adi Litia", the title with the given name; "D. Amélia" in
    Portugal "Dona Amélia", written out before her given name."""
    for mark in (": ", " - "):  # "Recruiting: Fr. Özdemir": the team's label, then her title
        label, found, rest = name.partition(mark)
        english = _title_here(rest.split()[0], country) if found and rest.split() else ""
        if english and len(rest.split()) > 1 and rest.split()[1][:1].isupper():
            return f"{label}{mark}{english} {rest.split(None, 1)[1]}"
    words = name.split()
    honour = _a_malay_honour_of_two_words(words, country)
    if honour:
        return honour
    elder = re.match(r"^P['’]\s?[A-Z][\w'’-]*", name)
    if elder and _where(country) == "TH":  # "P' Nok", "P'Bee": the elder's word kept with the
        return Greeting(elder[0])  # name, as typed (never "Dear P',", late458 readers)
    # "Gleichstellungsbeauftragte Fr. Schenk-Albers", "Personalrat Hr. Bauer": a post of one
    # word, then a courtesy title written short, which says Ms. or Mr. (late400 readers: "Dear
    # Gleichstellungsbeauftragte,")
    courtesy = _a_title_written_short_after(words, country)
    if courtesy and _is_role_noun(words[0]) and not _is_title(words[0]):
        return f"{courtesy} {' '.join(words[2:])}"
    if len(words) < 2 or not words[1][:1].isupper() or _is_title(words[1]):
        return name
    short = _BEFORE_A_GIVEN_NAME_WHERE.get(_key(words[0]))
    named = _PAREN.sub(" ", name).split()[1:]  # "D. Amélia (dona da quinta)": one name
    if (
        short
        and words[0].endswith(".")
        and _where(country) in short["countries"]
        and len(named) == 1
        and not _is_initial(named[0])
        and not _looks_like_a_family_name(named[0])  # "D. Carvalho": an initial, then his
    ):
        return f"{short['written']} {name.split(None, 1)[1]}"
    english = _title_here(words[0], country)
    if english:
        return f"{english} {name.split(None, 1)[1]}"
    named = re.split(r"\s[-–—]\s|,", _PAREN.sub(" ", name))[0].split()
    if _where(country) in _WITH_WHOLE_NAME_WHERE.get(_key(words[0]), ()) and 2 <= len(named) <= 4:
        # "Lok Srey Sokha (HR)" in Cambodia: the word of respect with the whole name after it,
        # as "Daw Khin Myat Lwin" is (late425 readers: "Dear Lok,")
        return Greeting(" ".join([_capital(named[0]), *named[1:]]))
    if _honorific_here(words[0], country):
        parsed = parse(name.split(None, 1)[1])
        if parsed.given or parsed.family:
            given = [_capital(w) for w in parsed.given]
            return _with_the_given_name(_capital(words[0]), given, parsed.family)
    return name


# Words that are never a greeting alone, whatever is typed with them: "Dear Meneer," "Hi Sir,".
_NEVER_ALONE = _COURTESY | _ADDRESSED_AS | _RESPECT_ONLY | {"sir", "dame"}
_ALONE = "a title or a word of respect alone is no greeting"


def _never_a_title_alone(greeting: Greeting, name: str, country: str) -> Greeting:
    """Never "Dear Mister," nor "Hi Mevrou,": a greeting that would be only a title or a word of
    respect is the title with the family name, where the name has one ("Ntate Thabo van Wyk"
    is Mr. van Wyk); else the plan asks ("Meneer" alone)."""
    words = greeting.name.split()
    if greeting.ask or len(words) != 1 or re.search(rf"[\"“'‘]{re.escape(words[0])}", name):
        return greeting  # '"Chief" Okafor': the name he goes by, as typed
    word, key = words[0], _key(words[0])
    sides = [side.split() for side in re.split(r"\s+[-–—:]\s+|,\s", _PAREN.sub(" ", name))]
    rest = next((side[1:] for side in sides if side and _key(side[0]) == key), None)
    a_title = (
        _is_title(word)
        or key in _NEVER_ALONE | _HONORIFIC_BEFORE_GIVEN | set(_IN_ENGLISH)
        or _title_here(word, country)
        or _honorific_here(word, country)
    )
    if rest is None or not a_title or (not rest and key not in _NEVER_ALONE):
        return greeting  # "Don", "Dean" alone: a given name
    parsed = parse(" ".join(rest)) if rest else None
    # "Hr Bailey": "Hr." is Herr with its dot, and without it may be the department's letters
    cut = key in _DOTTED_TITLES and not word.endswith(".")
    cut = cut or (word.isalpha() and word.isupper() and not _is_title(word))  # "AQA": letters
    family = parsed.family or (rest[0] if len(rest) == 1 else "") if parsed else ""
    if family and parsed and not parsed.titles and not cut and family.split()[-1][:1].isupper():
        title = _title_here(word, country) or _IN_ENGLISH.get(key) or _capital(word)
        return Greeting(f"{title} {_capital(family)}")  # "Mister Bailey": "Mr. Bailey"
    return Greeting(_PAREN.sub("", name).strip(), ask=_ALONE)


# Words written short before a name that say it is a man's, where they are said so, and nowhere
# else: "Md." (Mohammad) everywhere; "Sk." (Sheikh) in South Asia; "Ch." (Chaudhry, a Punjabi
# title of standing) in Pakistan, where in India it is a Telugu family's initial ("Dr. Ch.
# Srinivasa Rao").
_A_MAN_S: dict[str, frozenset[str]] = {
    "Md.": frozenset(),
    "Sk.": frozenset({"BD", "IN", "PK"}),
    "Ch.": frozenset({"PK"}),
    # "Muhammad Bilal, Director": in Pakistan and Bangladesh the name a man goes by follows it
    # (late470 readers: "Dear Muhammad,")
    **dict.fromkeys(("Muhammad", "Mohammad", "Muhammed", "Mohammed"), frozenset({"PK", "BD"})),
}


_JOINED_POST = lazy(r"^(Vice|Deputy|Assistant|Associate)-([A-Za-z]\w+)")
_POSTS_BEFORE_A_NAME = _POST_AS_TITLE | {"headteacher", "head", "deputy"}
_TITLES_OF_A_NAME = _COURTESY | {"dr", "prof"}
# After a post, an engineer's or a master's title too: "Prokurist Ing. Karl Wimmer" (late319)
_TITLES_AFTER_A_POST = _TITLES_OF_A_NAME | {"ing", "mag"}


def _spelled_out(post: str) -> str:
    """A post written short before a name, as a letter writes it: "Asst. Principal" is
    "Assistant Principal", "Supt." "Superintendent", and a professor's rank after a word spelled
    out is spelled out with it ("Asst. Prof." is "Assistant Professor"). Other words as typed."""
    words = post.split()
    spelled = [_POSTS_SPELLED_OUT.get(_key(w), w) for w in words]
    return " ".join(
        "Professor" if k and _key(w) == "prof" and spelled[k - 1] != words[k - 1] else w
        for k, w in enumerate(spelled)
    )


def _post_before_a_title(name: str) -> str:
    """ "Headteacher Mr. A. Kowalczyk", "Principal Ms Annette Daley": the post, then the name
    with its own title, which is how they are greeted ("Dear Mr. Kowalczyk,")."""
    ws = name.split()
    post, title = (ws[0], ws[1]) if len(ws) > 2 else ("", "")
    posted = post[:1].isupper() and (_is_role_noun(post) or post.lower() in _POSTS_BEFORE_A_NAME)
    return " ".join(ws[1:]) if posted and _key(title) in _TITLES_AFTER_A_POST else name


# A nurse's post written in two letters before the name: charge, head, staff, district nurse.
_A_NURSES_POST_IN_LETTERS = frozenset({"CN", "HN", "SN", "DN", "RN"})


def _never_a_word_of_the_post(greeting: Greeting, name: str) -> Greeting:
    """The last check on a greeting read from the words: never a title or an abbreviation
    without its name ("Dear Cmdr.,", "Dear Arş.,"), an initial alone ("Dear Mr. K,") or a word of
    the post ("Dear City," of "City Clerk", "Dear Vice," of "Vice Dean"). When unsure, ask."""
    if greeting.ask:
        return greeting
    if not greeting.name.strip():  # ", HR": no word of it is a name
        return Greeting(name.strip(), ask="no name is recorded")
    quoted = re.search(rf"[\"“]{re.escape(greeting.name)}[\"”]", name)
    if quoted and name.strip().strip('"“”') != greeting.name:
        return greeting  # 'Darnell "Coach D" Whitfield': the name he goes by, as typed
    ws = greeting.name.split()
    named = [w for w in ws if not _is_title(w)]
    cut = len(ws) == 1 and ws[0].endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", ws[0])
    letters = len(ws) == 1 and re.fullmatch(r"[A-Z]{3,6}", ws[0]) is not None
    letters = letters and sum(c in "AEIOUY" for c in ws[0]) <= 1
    # "CN Mercedita Lagura, RN MAN": a nurse's post in two letters (late461 readers: "Dear CN,")
    letters = letters or (len(ws) == 1 and ws[0] in _A_NURSES_POST_IN_LETTERS)
    if letters and len(name.split()) > 1:
        # "QFB Mónica Estrada V.": a post's or a degree's letters, never the greeting (late285)
        return Greeting(_PAREN.sub("", name).strip(), ask=_LETTERS_OF_A_POST)
    if greeting.name.endswith(":"):  # "Directora:": a label, and no name after it
        return Greeting(_title_case(greeting.name.rstrip(":")), _DESCRIBED)
    initial = len(ws) > 1 and len(named) == 1 and len(named[0].rstrip(".")) == 1
    typed = _PAREN.sub(" ", name).replace(",", " ").split()
    at = typed.index(ws[0]) if len(ws) == 1 and ws[0] in typed else -1
    after = typed[at + 1] if 0 <= at < len(typed) - 1 else ""
    a_post = at >= 0 and _known_word(ws[0]) and (_is_role_noun(after) or _is_title(after))
    # "Solidarity shop steward": a union's name, then a post of two words (late462 readers)
    after_next = typed[at + 2] if 0 <= at < len(typed) - 2 else ""
    a_post = a_post or (
        at == 0
        and _known_word(ws[0])
        and not _listed_given(ws[0])
        and after[:1].islower()
        and _is_role_noun(after_next)
        and len(typed) == 3  # no name after the post ("Pricing team lead Søren?" has one)
    )
    plain_name = _PAREN.sub(" ", name)
    before_comma = len(re.split(r",|\s[-–—]\s", plain_name)[0].split())  # "A.K. - World Bank"
    # "Stacy Kowalski-Haines, City Hall": words of a place after the comma, not "Last, First"
    placed = (
        at >= before_comma and _known_word(ws[0]) and after[:1].isupper() and _known_word(after)
    )
    # "Paralegal - Tom Brooks": the post, then the name after the dash, never a place
    post_first = re.match(r"(.+?)\s[-–—]\s", plain_name)
    posted = post_first[1].split() if post_first else []
    # its head is the post's last word: "Safety mgr - Tom Brooks"
    after_a_post = bool(posted) and at == len(posted) + 1 and _is_role_noun(posted[-1])
    a_post = a_post or (placed and not after_a_post)
    # "Deputy P. Ó Conghaile": the post alone, its name left behind
    alone = at == 0 and len(typed) > 1 and _is_role_noun(ws[0])
    # "Supervisor Marcus": a post, then his given name; not a rank ("Deputy Marcus") nor how
    # pupils address a teacher in East Asia ("Teacher Vivian")
    plain_post = not _is_title(ws[0]) and _key(ws[0]) not in _RANKS_OF_A_POST | {"teacher"}
    if alone and len(typed) == 2 and plain_post and _one_given_name(typed[1]):
        return Greeting(typed[1])
    a_post = a_post or alone
    # "Schichtleiter", "Lektor": a post by its form, never a name alone, wherever it was typed
    a_post = a_post or (len(ws) == 1 and _post_of_one_word(ws[0]))
    if at >= 0 and after.lower().strip(".,") in _SOMEONE | {"rep", "representative"}:
        return Greeting(_PAREN.sub("", name).strip(), ask=_DESCRIBED)  # "Contraloría rep"
    why = (
        "a title the lists do not hold comes first, and alone it is no greeting"
        if cut
        else "only an initial is recorded"
        if initial
        else "the name could not be told from the post"
        if a_post
        else ""
    )
    if why:
        return Greeting(_PAREN.sub("", name).strip(), ask=why)
    if re.search(r"\b[A-Z][\w'’-]*\?", _PAREN.sub("", name)):  # "CRC on the HF team - Jess?"
        return Greeting(greeting.name, ask="the notes are not sure of the name")
    return greeting


def _after_a_post_of_two_words(name: str) -> str:
    """ "Chief Pharmacist Rana Tariq Mehmood", "Civil Surgeon Dr. Ramesh Prasad", "Depot Mgr
    Craig Holloway": a post of two words, then a whole name (never "Dear Chief Mehmood," nor
    "Hi Nursing,"); "" when the words before the name are not a post."""
    words = _PAREN.sub(" ", name).split()
    if len(words) >= 5 and re.fullmatch(r"[A-Z]{2,4}", words[0]):
        words = words[1:]  # "DC Gen Mgr Alison Thwaite": the site's letters, then the post
    elif len(words) >= 5 and _key(words[0]) in ("sr", "snr", "jr", "senior", "junior"):
        words = words[1:]  # "Sr. Case Mgr Farid Noorzai": Senior, then the post (not Señor)
    ranked = (
        len(words) > 1 and words[0].lower() in _RANKS and _is_title(words[1])
    )  # not "Exec Dir."
    # "Station Commander Fraser", "Head Chef Dom Ricci": a rank, greeted whole; not "Area Mgr
    # Patrick Onzima", whose second word is no title or rank
    if len(words) < 4:
        return ""
    rank_of = _key(words[0]) in _RANK_OF and (
        _is_title(words[1]) or _key(words[1]) in _RANKED_WHOLE
    )
    if rank_of or ranked:
        return ""
    size = 2  # "Cabin Crew Mgr Lorna Jamieson": a post of three words, the last its role
    # ("Marine Ops Mgr Alasdair Munro": a department written short is a word of it too)
    of_a_post = [_known_word(w) or _key(w) in _DEPARTMENTS for w in words[:2]]
    if len(words) >= 5 and _is_role_noun(words[2]) and all(of_a_post):
        size = 3
    post, rest = [words[0], words[size - 1]], " ".join(words[size:])
    if not _is_role_noun(post[1]) or _is_title(post[1]) or not post[0][:1].isupper():
        return ""
    titled = _is_title(words[2]) and _a_persons_name(" ".join(words[3:]), 1)
    # "Physio Manager Ms. Eimear Ó Súilleabháin": a courtesy title or a doctorate after the
    # post says where the name starts, whatever the post's first word
    courteous = titled and size == 2 and _key(words[2]) in _TITLES_OF_A_NAME
    from afterview.compose.reading.vocabulary import expansions

    # "Dept secretary": a word written short is known by what it stands for
    known = _known_word(expansions().get(post[0].lower().rstrip("."), post[0]))
    known = known or _is_title(post[0]) or courteous
    if not (known or _key(post[0]) in _DEPARTMENTS or _role_key(post[0]) in _POSTS):
        return ""  # "Luis Engineer Gómez" ("Ops Mgr" is a department's manager)
    if not (titled or _a_persons_name(rest)):
        return ""
    aside = _PAREN.search(name)  # "Dept secretary Liao Yi-ting (Tina)": the name she goes by
    return f"{rest}{aside.group(0)}" if aside and name.rstrip().endswith(")") else rest


def _after_a_chiefs_post(name: str) -> Greeting | str:
    """ "Chief Lab Scientist Ifeoma", "Chief Nursing Officer Ifeoma Okafor": "Chief" or "Head"
    opening a post of two or three words, the last its role, then the name; the post is no
    title (in Nigeria "Chief" alone is a chieftaincy's: "Chief Emeka Okafor" is Chief Okafor;
    late427 readers faulted "Dear Chief Ifeoma,"). One name after it is greeted as after any
    post ("Supervisor Marcus"), or asks; a whole name is read as if alone. "" otherwise: a rank
    ("Chief Petty Officer", "Chief Fire Officer", "Chief Inspector") is a title, as typed."""
    bare = _PAREN.sub(" ", name)
    words = bare.split()
    if len(words) < 3 or words[0] not in ("Chief", "Head") or "," in bare or " - " in bare:
        return ""
    for size in (3, 2, 1):
        post, rest = words[1 : size + 1], words[size + 1 :]
        # "Chief Steward Kostas": a post of one word only before one name (late444 readers
        # faulted "Dear Chief Kostas,"); "Chief Executive Jane Doe" is read as a title
        if not rest or len(rest) > 3 or (size == 1 and (len(rest) > 1 or _is_title(post[0]))):
            continue  # ("Head Chef Dom": "Chef" is a title, and "Chef Dom" how he is called)
        plain = all(
            w.isalpha()
            and w[:1].isupper()
            # a word of the trade written short is of the post too ("Chief Infra Engineer
            # Bisola", late491)
            and (_known_word(w) or (len(w) <= 5 and w is not post[-1]))
            and _key(w) not in _RANKS_OF_THE_SERVICES | _RANK_OF | _RANKED_WHOLE
            for w in post
        )
        untitled = not any(_is_title(w) for w in post[:-1])
        if not (plain and untitled and _is_role_noun(post[-1])):
            continue
        one = rest[0] if len(rest) == 1 and re.fullmatch(r"[A-Z][\w'’-]+", rest[0]) else ""
        if one and not _is_title(one):  # "Chief Lab Scientist Baker": a family name, asks
            return Greeting(one) if _one_given_name(one) else Greeting(one, ask=_ONE_AFTER_A_POST)
        if _a_persons_name(" ".join(rest)):
            return " ".join(rest)
    return ""


_RANKS_WRITTEN_SHORT = _words("titles", "ranks_written_short")
_RANKS_SPELLED_OUT: dict[str, str] = dict(_WORDS["titles"]["ranks_spelled_out"])
_POST_WORDS_WRITTEN_SHORT = _words("titles", "post_words_written_short")
_RANK_WRITTEN_SHORT = lazy(
    r"^(?P<rank>[A-Z][a-z]{1,4}\.? [A-Z][a-z]{1,4}\.?)\s+(?:\((?:retd|rtd|ret|retired|R)\.?\)\s+)?"
    r"(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?=$|\s+[-–—(]|,)"
)


def _a_rank_written_short(name: str) -> Greeting | None:
    """ "Sqn Ldr (retd) Priya Raman - Armed Forces champion": a rank of two short words, then
    the family name (never "Hi Sqn,"); "Stn Off." spelled out, as a letter writes it."""
    found = _RANK_WRITTEN_SHORT.match(name.strip())
    if not found:
        return None
    key = re.sub(r"[.\s]", "", found["rank"]).lower()
    rank = _RANKS_SPELLED_OUT.get(key) or (found["rank"] if key in _RANKS_WRITTEN_SHORT else "")
    if not rank:
        return None
    family = parse(found["who"]).family or found["who"]
    return Greeting(f"{rank} {family}")


# A rank of one to three words, then "(retd)", "(ret'd)", "(ret.)", "(R)", then the name.
_A_RANK_THEN_RETIRED = lazy(
    r"^(?P<rank>[^\s()]+(?: [^\s()]+){0,2}?)\s+\((?:ret(?:['’]?d)?|rtd|retired|R)\.?\)\s+"
    r"(?P<who>[^\s(].*)$",
    re.I,
)


def _a_retired_rank(name: str) -> Greeting | None:
    """ "Maj (Retd) Fiona Latchford", "Chief Master Sgt. (ret) Hollis Pruitt": the words before
    "(retd)" are a rank, kept as typed with the family name (never "Dear Maj,", nor "Dear Chief
    Pruitt,"), and over a pet name in quotes; a rank that is one title is read as ever ("Capt.
    (retd) Ian Holloway")."""
    found = _A_RANK_THEN_RETIRED.match(name.strip())
    if not found:
        return None
    rank = found["rank"].split()
    ranked = (_key(w).replace(".", "") in _RANKS_OF_THE_SERVICES or _is_title(w) for w in rank)
    if not all(ranked) or (len(rank) == 1 and _is_title(rank[0])):
        return None
    who = re.split(r"\s+[-–—]\s|,|\s*\(", found["who"])[0]
    parsed = parse(who)
    short = bool(parsed.nickname) and _short_for(parsed.nickname, parsed.given)
    if short and not any(_key(w) in _FORMAL_TITLES for w in rank):
        return None  # "Lt (ret) Ramon 'Ray' Esparza": the short form he goes by, read as ever
    named = parsed.family or (parsed.given[0] if parsed.given else "")
    if not named[:1].isupper():
        return None
    key = re.sub(r"[.\s]", "", found["rank"]).lower()
    return Greeting(f"{_RANKS_SPELLED_OUT.get(key) or found['rank']} {_capital(named)}")


# A judge's style, a courtesy title and "Justice" as one title: "Ms Justice Aoibheann Ní
# Fhlatharta" (of the High Court, in Ireland), "Mr. Justice ...", "Madam Justice ..." (Canada).
_A_JUSTICE = lazy(
    r"^(?:(?:The\s+)?Hon(?:ourable|orable|'?ble)?\.?\s+)?"  # "Hon. Lady Justice ...": for the envelope
    r"(?P<style>(?:Mr|Mrs|Ms|Madam|Madame|Lady|Lord)\.?\s+Justice)\s+(?P<who>[A-Z].*)$"
)
# "Hon.", then the name, then the office after a comma, a dash or in brackets: "Hon. Teresa M.
# Baca, District Judge, Div. III".
_AN_HONOURABLE = lazy(
    r"^(?:The\s+)?(?:Hon\.?|Honou?rable)\s+(?P<who>[^,()]+?)(?:,|\s*\(|\s+[-–—]\s)(?P<office>.*)$"
)
# The office of a judge or a justice among the words after the name, "Chief" with it ("ret.
# Superior Court judge" too); not a body's ("Department of Justice"), a clerk's ("Judge's
# clerk") nor a justice of the peace's.
_A_JUDGES_OFFICE = lazy(
    r"(?<!of )(?<!of the )\b(?P<office>(?:chief )?(?:judge|justice))\b(?!['’])(?! of the peace)",
    re.I,
)


def _a_judges_style(name: str) -> Greeting | None:
    """ "Ms Justice Aoibheann Ní Fhlatharta": a judge's style is one title, kept whole with the
    family name (never "Dear Ms Ní Fhlatharta,"); "Hon. Teresa M. Baca, District Judge": the
    office after the name says how a letter greets "Hon." ("Judge Baca"; alone, "Hon." asks)."""
    found = _A_JUSTICE.match(_PAREN.sub(" ", name).strip())
    style = found["style"] if found else ""
    if not found:
        found = _AN_HONOURABLE.match(name.strip())
        office = _A_JUDGES_OFFICE.search(found["office"]) if found else None
        style = office["office"].title() if office else ""
    if not found or not style:
        return None
    who = re.split(r",|\s[-–—]\s", found["who"])[0].strip()
    parsed = parse(who)
    if parsed.titles or not parsed.family or not parsed.family.split()[-1][:1].isupper():
        return None  # "Hon. Justice Otieno": the office typed as a title, read as ever
    return Greeting(f"{style} {_capital(parsed.family)}")


def _someone_from_a_team(name: str) -> Greeting | None:
    """ "HR, took notes", "Talent team, did the SQL test": a team, then what one of it did,
    in lower case: a person from it whose name is not recorded (never "Dear HR Team," to one
    person), and the plan asks."""
    from afterview.compose.reading import lexicon

    team, comma, did = _PAREN.sub(" ", name).partition(", ")
    words = did.split()
    # the team's words alone ("HR", "Talent team"), never a person's ("Pooja - HR")
    only_a_team = all(
        re.fullmatch(r"[A-Z]{2,5}", w) or _key(w) in _GROUPS | _BODIES | _DEPARTMENTS
        for w in team.split()
    )
    if not comma or not words or not only_a_team or not is_group(team):
        return None
    done = bool(lexicon.tags(words[0]) & {"D", "G"})  # "took", "sat in", "shadowing"
    if done and all(w[:1].islower() for w in words):
        return Greeting(team.strip(), ask=_DESCRIBED)
    return None


def _a_body_then_a_post(name: str) -> Greeting | None:
    """ "Transport Canada inspector (observer)", "HSE inspector": someone from a body, by
    their post in lower case, with no name (never "Hi Transport,")."""
    from afterview.compose.reading import lexicon

    words = _PAREN.sub(" ", name).split()
    if len(words) < 2 or "," in name or " - " in name:
        return None
    *body, post = words
    inside = _PAREN.search(name)
    named = inside[0].strip("() ").split(",")[0].strip() if inside else ""
    if _one_given_name(named):
        return None  # "Recruitment coordinator (Kayleigh, did the ID checks)": Kayleigh (late502)
    reps = ("rep", "representative", "reps", "representatives")  # "Union reps": no name
    if not post.islower() or not (_is_role_noun(post) or post in reps):
        return None
    # "Transport Canada": a body's name opens with a word English knows, or with letters
    opens = body[0].isupper() or lexicon.known(body[0].lower())
    named_by_a_body = opens and all(w[:1].isupper() and not _is_title(w) for w in body)
    return Greeting(_described(name), ask=_DESCRIBED) if named_by_a_body else None


# A post's letters with its grade, before a name: "CNM2" (a Clinical Nurse Manager 2), "HEO2".
_GRADED_POST = lazy(r"^([A-Z]{1,6}\d{1,2}[A-Z]?)\s+(?=[A-Z])")


def _a_word_of_a_short_post(word: str) -> bool:
    """ "Asst.", "Deputy", "PD", "VP", "Sales": a word of a post written short."""
    key = _key(word)
    return (
        key in _RANKS_OF_A_POST
        or key in _PART_OF_A_TITLE
        or key in _DEPARTMENTS
        or bool(re.fullmatch(r"[A-Z]{2,5}", word))
        or (_is_role_noun(word) and not _is_title(word))
    )


_AN_OFFICE_OF = lazy(r"(?:Office|Department|Directorate|Bureau|Secretariat) of\b")


def _the_person_behind_a_post(name: str) -> str:
    """The person named with a post: "Chapter Clerk (Mrs Doreen Hamill)" and "Business Manager
    (Grant Eales)", the name in brackets; "Co-founder Jan-Hendrik Tammen (CTO)", the name after
    the post. "" when the post names no one."""
    bracket = _PAREN.search(name)
    person = bracket[0].strip(" ()").split(",")[0].split() if bracket else []
    outside = _PAREN.sub(" ", name).split()
    a_person = len(person) >= 2 and (_is_title(person[0]) or _a_persons_name(" ".join(person)))
    # "Manager, 311 Ops (Mr Anand Persaud)": a post, a number and a department's short name
    words = [w.strip(",") for w in outside]
    known = all(_known_word(w) or w.isdigit() or _key(w) in _DEPARTMENTS for w in words)
    # "Lettings Director (Mrs Carol Astbury)": a title, then a name (not "(Master 2)")
    titled = bool(person) and _is_title(person[0]) and all(w.istitle() for w in person[1:])
    titled = titled and not any(c.isdigit() for c in "".join(person))
    a_post = bool(outside) and (known or titled) and any(map(_is_role_noun, words))
    # "Chief Nurse (Mrs J. Haddow)": a post whose first word is a title too, and no name in it
    posted = not _is_title(outside[0]) if outside else False
    posted = posted or (
        len(words) >= 2
        and titled
        and known
        and _is_role_noun(words[-1])
        and not _is_title(words[-1])
    )
    if a_person and a_post and posted and not is_group(" ".join(outside)):
        return " ".join(person)
    if titled and len(person) >= 2 and _AN_OFFICE_OF.match(" ".join(outside)):
        return " ".join(person)  # "Office of the Municipal Manager (Ms. Nomvula Khoza)"
    # "Head of DS (Ngozi)": a post over a part of the firm, then one name in brackets that no
    # dictionary holds (a post of that shape is never told by a language, as an interpreter's is)
    at = words.index("of") if "of" in words[1:-1] else 0
    over_a_part = at > 0 and _is_role_noun(words[at - 1]) and words[at + 1][:1].isupper()
    # (not a place: "Chief of Staff (Ottawa)" is where she works, late385)
    if over_a_part and len(person) == 1 and _a_name_no_word(person[0]) and _listed_given(person[0]):
        return person[0]
    lead, _, rest = name.partition(" ")
    posted = _role_key(lead) in _POSTS and lead[:1].isupper() and not _is_title(lead)
    # "FF/Medic Jake Lindqvist": two posts joined by a slash, never a name
    slashed = re.fullmatch(r"[A-Z][\w-]*(?:/[A-Z][\w-]*)+", lead)
    posted = posted or (bool(slashed) and not _is_title(lead))
    if posted and not is_group(name.partition(",")[0]) and _a_persons_name(_PAREN.sub("", rest)):
        return rest
    return ""


def _two_people(name: str, *, given_names: bool = True) -> Greeting | None:
    """Two people, one note: "Kayla & Ramon" (given names), "Mr. & Mrs. Fernando" (a couple)."""
    pair = _TWO_GIVEN_NAMES.match(name) if given_names else None
    joined = _TWO_GIVEN_NAMES_JOINED.match(name) if given_names and not pair else None
    if joined and all(_listed_given(n) and not _known_family(n) for n in joined.groups()):
        pair = joined  # "Francesca e Omar (operatori PCC)"
    # "People & Culture (Abuja)": a team, by what it looks after, wherever it is (late314);
    # "Kayla & Ramon (HR)" are two people, and "People & Capability (Tania)" names her
    aside = re.findall(r"\(([^()]*)\)", name)
    someone = any(_listed_given(a.strip()) for a in aside if " " not in a.strip())
    team = is_group(_PAREN.sub("", name).strip()) and not someone
    if pair and not team:
        return Greeting(f"{pair[1]} and {pair[2]}")
    several = _SEVERAL_GIVEN_NAMES.match(name) if given_names else None
    named = several and not any(_known_family(w) for w in re.findall(r"[A-Z][a-z]+", name))
    if several and named and not team:
        return Greeting(f"{several[1]} and {several[2]}")  # "Kyle, Brittany and Rhonda"
    couple = _A_COUPLE.match(name)
    if couple:
        one, other = (_a_couple_in_english(couple[part]) for part in ("one", "other"))
        return Greeting(f"{one} and {other} {couple['family']}")
    return None


# An online handle: "@mika", "@bytewitch".
_HANDLE = lazy(r"@([^\W\d_]+)")


def _a_handle(name: str) -> Greeting | None:
    """ "@mika": an online handle, never greeted with its "@". One that is a given name is
    greeted by it ("Mika"); any other ("@bytewitch") says nothing of a name, and the plan asks.
    A post beside it is no part of it ("@mika - sound lead")."""
    sides = [s.strip() for s in re.split(r"\s+[-–—]\s+|,\s+|:\s+", _PAREN.sub(" ", name))]
    handles = [s for s in sides if s.startswith("@") and len(s.split()) == 1]
    others = [s for s in sides if s not in handles]
    if len(handles) != 1 or any(_a_persons_name(s) for s in others):
        return None  # "Mika Lund - @mika": the name typed beside the handle is read as usual
    found = _HANDLE.fullmatch(handles[0])
    word = found[1] if found else ""
    if fold(word) in _GIVEN_FOR_A_HANDLE:  # "@mika", "@MIKA": Mika
        return Greeting(word.capitalize() if word.islower() or word.isupper() else word)
    return Greeting(handles[0], ask="an online handle says nothing of how they are addressed")


def _short_honorific_written_out(name: str, country: str) -> str:
    """ "En. Kamal", "Sri. Rajeev Menon", "Office Supdt. Sh. Harish Chandra Joshi": a Malay
    honorific written short, spelled out ("Encik Kamal"), as Thailand's "K." is ("Khun
    Apinya"), or an Indian one in English ("Mr. Rajeev Menon"), where it opens the name or
    follows a post (never "Ibu Sri Wahyuni")."""
    words = name.split()
    india = country.split("-")[0].upper() == "IN"
    for i, word in enumerate(words[:-1]):
        if i and not all(_is_role_noun(w) or _known_word(w) for w in words[:i]):
            break  # "Ibu Sri Wahyuni": a word of her name, not an honorific
        key, dotted = _key(word), word.endswith(".")
        rest = re.split(r"\s*[,(]|\s+[-–—]\s", " ".join(words[i + 1 :]))[0].split()
        named = [w for w in rest if not _is_initial(w)]  # "D. S. Rawat": initials, then a name
        if not named or not _a_persons_name(" ".join(named), 1):
            continue  # "Sri Lankan High Commission rep": no name after it
        if key in _MALAY_SHORT and dotted:
            return " ".join([*words[:i], _MALAY_SHORT[key], *words[i + 1 :]])
        # "K. Apinya" in Thailand: "Khun", as Thais write it short in English (an initial
        # elsewhere, and before another initial: "K. S. Nagaraj")
        thai = _where(country) == "TH" and word.isupper() and not _is_initial(words[i + 1])
        if key in _THAI_SHORT and dotted and thai:
            return " ".join([*words[:i], _THAI_SHORT[key], *words[i + 1 :]])
        if key not in _INDIAN_SHORT or not dotted:
            continue  # "Sri Mulyani", and in India "Sri Lakshmi Reddy": a given name of hers
        # "Sh. Rakhimov", "Sh. A. Rakhimov": outside India, an initial before a family name
        eastern = _key(rest[-1]).endswith(_EASTERN_ENDINGS)
        if _is_initial(word) and not india and (len(rest) < 2 or eastern):
            continue
        return " ".join([*words[:i], _INDIAN_SHORT[key], *words[i + 1 :]])
    return name


def _spoken_to_as(name: str) -> Greeting | None:
    """ "Mukherjee sir (HOD elec)", "Santhosh sir - dosimetrist", "VP sir - Bisht": "sir" or
    "madam" after a name or a post is how the candidate spoke to them, not how a letter opens,
    whatever is typed beside it, so the plan asks."""
    if _NO_NAME.search(name) or _CAUGHT.search(name):
        return None  # "HR ma'am, didn't catch name": a description, asked about as one
    plain = " ".join(_PAREN.sub(" ", name).split())
    sides = re.split(r"\s+[-–—]\s+|,\s+|:\s+", plain)
    for side in sides:
        words = side.split()
        before = words[:-1]  # a name or a post's letters: "Santhosh", "VP", "Anil Kumar"
        named = len(words) == 2 or all(w[:1].isupper() for w in before)
        titled = bool(before) and _is_title(before[0])  # "Dr. Rao sir": the title a letter uses
        if before and words[-1].lower() in _ADDRESSED_AS and named and not titled:
            # "VP sir - Bisht": his name is on the other side, kept in the slot
            beside = any(_a_persons_name(s, 1) for s in sides if s != side)
            return Greeting(plain if beside else side, ask=_ADDRESSED.format(words[-1].lower()))
    return None


# The name before what is said about it: an aside, a comma, a dash.
_BEFORE_AN_ASIDE = lazy(r"\s*[(,]|\s+[-–—:]\s")


def _without_a_word_of_address(name: str) -> str:
    """ "Mr. Ahmed sir", "Dr. Rao sir (HOD)": after a titled name, "sir" or "sahib" is how the
    candidate spoke to him, and the title typed goes with the name ("Mr. Ahmed")."""
    head = _BEFORE_AN_ASIDE.split(name, maxsplit=1)[0]
    words = head.split()
    titles = list(takewhile(_is_title, words))
    last = words[-1] if words else ""
    spoken = last.lower() in _SPOKEN_AFTER_A_TITLE or last in _SPOKEN_AFTER_A_TITLE_LOWER
    if titles and len(words) > len(titles) + 1 and spoken:
        return " ".join(words[:-1]) + name[len(head) :]
    return name


# Where "MD" after a name is a firm's managing director as often as a doctor of medicine (a
# doctor there writes "Dr." before the name, and the MD is a research degree), and words of a
# firm's name that say it is a doctor's place of work, where "MD" is a doctor's still.
_MANAGING_DIRECTOR_WHERE = frozenset({"GB", "IE"})
_MEDICAL_FIRM = lazy(
    r"\b(?:clinic|clinical|hospital|health|healthcare|medical|medicine|surgery|surgical|"
    r"practice|nhs|hse|dental|pharma\w*|care|hospice|gp|physicians?|doctors?)\b",
    re.I,
)


def _doctorate_as_a_title(name: str, company: str = "", country: str = "") -> str:
    """ "Raymond P. Costa, PhD", "Lindiwe Nkosi-Dube PhD (Audit Ctee chair)": a doctorate after
    the name is "Dr." before it, which a letter greets with the family name. Other letters
    ("CBE", "KC") say nothing of how a letter opens, and are dropped as they stand. In the UK
    and Ireland "Gareth McCann, MD" at a firm that is no doctor's place of work is its
    managing director, a post after the comma."""
    managing = re.search(r",\s*MD(?=\s*(?:\(|[-–—]\s|$))", name)
    business = bool(company) and not _MEDICAL_FIRM.search(company)
    if managing and business and _where(country) in _MANAGING_DIRECTOR_WHERE:
        return f"{name[: managing.start()]}, Managing Director{name[managing.end() :]}"
    head = _PAREN.split(name, maxsplit=1)[0]
    head = re.split(r"\s+[-–—]\s", head, maxsplit=1)[0]
    named, letters = head, list[str]()
    while True:  # "PhD, MBA": every letter after the name
        found = re.search(r"[,\s]+(\S+)$", named)
        if not found or not _is_suffix(found[1]):
            break
        named, letters = named[: found.start()], [found[1], *letters]
    if not any(_key(w).replace(".", "") in _DOCTORATES for w in letters):
        return name
    titles = list(takewhile(_is_title, named.split()))
    if any(_key(t) not in _COURTESY for t in titles):
        return name  # "Ing. Peter Kováč, PhD.", "Shri. V. R. Desai, MD": the title typed rules
    untitled = " ".join(named.split()[len(titles) :])
    last, comma, first = untitled.partition(", ")
    if not (_a_persons_name(first, fewest=1) if comma else _a_persons_name(untitled)):
        return name
    doctor = f"{last}, Dr. {first}" if comma else f"Dr. {untitled}"  # "Smith, John, PhD"
    return doctor + name[len(head) :]


# Russian and Central Asian family names: "Abenov N." is a family name and an initial.
_EASTERN_ENDINGS = ("ov", "ova", "ev", "eva", "uly", "kyzy", "yan", "shvili", "dze", "zoda", "zade")


def _a_malay_name_of_two(given: Sequence[str], family: str) -> str:
    """ "Wan Noraini", "Nur Aisyah": one given name of two words, whose first is never said alone
    (read as a given name and a family name); "" for any other name."""
    one = len(given) == 1 and len(family.split()) == 1 and _key(given[0]) in _MALAY_OPENING
    return f"{given[0]} {family}" if one else ""


def _with_the_given_name(title: str, given: list[str], family: str) -> Greeting:
    """ "Ratu Josefa", "Hna. Luz Marina": an honorific that goes with the given name, both
    words of a given name of two; with the family name where it is the one name there is."""
    if not given:  # "Pak Wijaya", "Sir Gomez": the one name there is
        return Greeting(f"{title} {_capital(family)}")
    if two := _a_malay_name_of_two(given, family):
        return Greeting(f"{title} {two}")  # "Puan Wan Noraini", "Encik Nik Faizal"
    whole = not family and len(given) <= 2
    # "Suor Maria Chiara": a given name of two and no family name, read as given and family;
    # both words, as "Hna. Luz Marina" (late405 readers: "Dear Sister Maria,")
    whole = whole or (len(given) == 1 and len(family.split()) == 1 and _compound([*given, family]))
    if whole and family and given:
        given = [*given, _capital(family)]
    called = given if whole else given[:2] if _compound(given) else given[:1]
    return Greeting(f"{title} {' '.join(called)}")  # "Hna. Luz Marina Ortega": Luz Marina
