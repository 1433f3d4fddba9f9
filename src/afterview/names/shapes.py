"""Whole names typed in a shape of their own, read before the stages: a post before a
titled name, a name after a colon or a comma, a titled name in brackets, a monk's name.
"""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.names.customs import _POSTS_HEADING_A_SCHOOL
from afterview.names.kinds import (
    _COURTESY,
    _a_listed_given_name,
    _a_persons_name,
    _is_role_noun,
    _is_title,
    _known_family,
    _known_word,
    _names_a_role,
    _titled_name,
)
from afterview.names.labels import _one_given_name
from afterview.names.parse import Greeting
from afterview.names.posts import _TITLES_OF_A_NAME
from afterview.names.words import (
    _AFTER_A_DOT,
    _ANY_KIN,
    _FAMILY_WORDS,
    _GIVEN_FOR_A_HANDLE,
    _HEADS_OF_A_UNIT,
    _HONORIFIC_BEFORE_GIVEN,
    _PAREN,
    _PART_OF_A_TITLE,
    _PARTICLES,
    _POSTS_SPELLED_OUT,
    _a_given_name,
    _key,
    _words,
    fold,
)

# Posts that head a unit, said beside a name with "pani" or "pan" (see names.toml).
# What a site calls anyone of a trade, typed as a nickname: never greeted as the name.
_A_TRADES_NICKNAME = (
    _words("nicknames", "of_a_trade")
    | _words("nicknames", "of_anyone")
    | _words("nicknames", "of_origin")
)
_NO_LIST_KNOWS = "is no given name Afterview knows"
# What parts a name as typed into its labels and asides: "HR: Ndapewa Shikongo - took notes".
_PARTS_OF_A_NAME = lazy(r"\s*[,:;–—]\s*|\s+-\s+")


# An age after a comma, never "Last, First": "Martina, 15 (consejo consultivo)" (late264 readers
# saw "Hi 15,").
_AN_AGE_AFTER_A_COMMA = lazy(r",\s*\d{1,2}(?:\s*(?:yrs?|years?(?: old)?|yo|y/o))?(?=\s*(?:\(|$))")
# A word written short opening a whole name, and no title the lists know: "BC Lorna Hatfield",
# "Snr CO Wayne Pettit". Greeting by it ("Hi BC,", "Hi Snr,") takes a rank or a post for the
# given name, so the plan asks instead.
_WRITTEN_SHORT = lazy(r"^(?:[^aeiouyAEIOUYà-ÿÀ-ß]+|[A-Z][A-Z0-9]+|\S*/\S*|\S+\.)$")
_A_NAME_WORD = lazy(r"^[A-Z][a-zà-ÿ'’-]+$")


def _an_unknown_short_form_first(name: str) -> str:
    """The first word of ``name`` when it is written short ("BC", "Snr", "A/Supt", "Fisio." is
    not: it has a vowel and no dot), is no title, rank or post the lists know, and two words of a
    name follow it; else ""."""
    words = _PAREN.sub("", name).split()
    first = words[0] if words else ""
    if re.search(r"[,\-–—:]\s|\s[-–—]", _PAREN.sub("", name)):
        return ""  # "JV partner - Rajesh Nair": a label, then the name, read elsewhere
    if len(words) < 3 or not all(_A_NAME_WORD.match(w) for w in words[-2:]):
        return ""
    if not _WRITTEN_SHORT.match(first) or not first[:1].isalpha():
        return ""
    known = _is_title(first) or _is_title(first.rstrip("."))
    known = known or _key(first) in _POSTS_SPELLED_OUT or _key(first) in _AFTER_A_DOT
    return "" if known or _is_role_noun(first) else first


# A courtesy title, a given name and only the initial of the family name: "Mr Karim B. (ops
# manager)" is no greeting ("Mr. B." is none, and "Mr Karim" mixes a title with a given name).
_AN_INITIAL_FOR_A_FAMILY_NAME = lazy(
    r"^((?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z][a-z]+\s+[A-Z]\.?)(?=\s*$|\s*[(,]|\s+[-–—]\s)"
)

# A Sri Lankan monk: "Ven." or "Venerable", the village or temple name, the monastic name and
# "Thero" (or "Thera", "Himi"): greeted by the monastic name, the last before "Thero".
_A_MONK = lazy(
    r"^(Ven\.?|Venerable)\s+(?P<academic>(?:Prof|Dr)\.?\s+)?(?:[A-Z][\w'’-]+\s+)*?([A-Z][\w'’-]+)"
    r"\s+(Thero|Thera|Himi)\b"
    r"(?=\s*$|\s*[(,]|\s+[-–—]\s)"
)
# A post joined with hyphens before a titled name: "Pharmacist-in-charge Mr. Joseph Mathew",
# "Officer-in-Charge Dr. Lim": the title goes with the family name, never "Hi Pharmacist-in-charge,".
_A_JOINED_POST_BEFORE_A_TITLE = lazy(
    r"^[A-Z][a-z]+(?:-[A-Za-z]+){1,3}\s+(?=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z])"
)
# A post of words before a titled name in brackets: "Dean of Science (Dr. Ahmadi)".
_A_POST_THEN_A_TITLED_NAME = lazy(
    r"^[A-Z][\w&'’-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’-]*)){1,5}\s*"
    r"\(\s*((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?)\s+(?:[A-Z]\.\s*)*([A-Z][\w'’-]+)\s*\)\s*$"
)
# A post of up to three words, a dash, then a listed given name and maybe a family name:
# "Store Leader - Becca Lindahl" is Becca.
_A_POST_THEN_A_GIVEN_NAME = lazy(
    r"^((?:[A-Z][\w&'’.-]*\s+){0,2}[A-Za-z][\w'’.-]*)\s+[-–—]\s+([A-Z][a-z]+)(?:\s+[A-Z][\w'’-]+)?$"
)
# Two words of a post, then one given name the lists know: "Area Engineer Con" is Con.
_TWO_WORDS_OF_A_POST_THEN_ONE = lazy(r"^[A-Z][a-z]+\s+([A-Z][a-z]+)\s+([A-Z][a-z]+)$")

# "Chief Stew Marguerite", "Chief Nurse Smith": a post of two words, the first "Chief" or "Head",
# the second a word of the trade; one name after it, never "Dear Chief Marguerite,".
_A_CHIEF_OF_A_TRADE = lazy(r"^(Chief|Head)\s+([A-Z][a-z]+)\s+([A-Z][\w'’-]+)$")
# "Deputy Chief Alvarez", "Assistant Chief Okafor": a second in rank, a title and one name,
# which after a title is the family name ("Chief Alvarez"), never "Dear Deputy,".
_A_SECOND_IN_RANK = lazy(r"^(Deputy|Assistant|Acting)\s+(\S+)\s+([A-Z][\w'’-]+)$")


def _read_whole_first(name: str) -> Greeting | None:
    """Shapes read whole before the words are: a monk's name and "Thero", a hyphenated post or
    a post of words before a titled name, a post then a given name, a second in rank."""
    monk = _A_MONK.match(name)
    if monk:  # "Ven. Prof. Welamitiyawe Sumanasara Thero": Ven. Prof. Sumanasara Thero (late330)
        academic = f"{monk['academic'].strip().rstrip('.')}. " if monk["academic"] else ""
        return Greeting(f"Ven. {academic}{monk[3]} {monk[4]}")
    chief = _A_CHIEF_OF_A_TRADE.match(name)
    if chief and not _is_title(chief[2]) and _known_word(chief[2]) and not _is_title(chief[3]):
        if _a_listed_given_name(chief[3]) or _one_given_name(chief[3]):
            return Greeting(chief[3])  # "Chief Stew Tom": the post, then his given name
        if not _a_listed_given_name(chief[2]):
            return Greeting(name, ask="only one name is recorded, after a post")
        # "Chief Mark Smith": a chief, then a whole name (late308: "Chief Dale LeBlanc" asked)
    second = _A_SECOND_IN_RANK.match(name)
    courtesy = second and _key(second[2]) in _COURTESY | {"dr", "doctor", "prof", "professor"}
    if second and _is_title(second[2]) and not courtesy and not _is_title(second[3]):
        return Greeting(name)
    titled = _A_POST_THEN_A_TITLED_NAME.match(name)
    head = name.split()[0] if titled else ""
    if titled and head and (_is_role_noun(head) or _key(head) in _POSTS_HEADING_A_SCHOOL):
        return Greeting(f"{titled[1]} {titled[2]}")
    posted = _A_POST_THEN_A_GIVEN_NAME.match(name)
    if posted and _is_role_noun(posted[1].split()[-1]) and _a_listed_given_name(posted[2]):
        return Greeting(posted[2])
    two = _TWO_WORDS_OF_A_POST_THEN_ONE.match(name)
    given = two and fold(two[2]) in _GIVEN_FOR_A_HANDLE and not _known_family(two[2])
    if two and given and _is_role_noun(two[1]):
        return Greeting(two[2])
    return None


# A label before a dash, then a name with a courtesy title, a doctorate or a rank: "Hon. Sec. -
# Mrs. Lorraine Pillay" is Mrs. Pillay (the club's honorary secretary, not an "Hon." to ask
# about), "Harbour Master - Capt. D. Ross" Capt. Ross.
_A_LABEL_THEN_A_TITLED_NAME = lazy(r"^[^-–—]+?\s+[-–—]\s+((\S+)\s+[A-Z][^-–—]*)$")

# Words in lower case before a whole name: "kierownik techniczny Zbigniew Malinowski" (Polish,
# the technical manager), never "Dear Kierownik," (late263 readers).
_A_POST_IN_LOWER_CASE = lazy(
    r"^((?:[a-zà-ÿąćęłńśźżėųūįčšž]{3,}\s+){1,3})"
    r"(?=(?:[a-z]{1,4}\.\s+)?[A-ZÀ-ÞŁŚŻŹŠŽČ][\w'’-]+\s+[A-ZÀ-ÞŁŚŻŹŠŽČ][\w'’-]+\s*(?:\(|$))"
)


def _a_post_in_another_language(words: list[str]) -> bool:
    """Words no English dictionary holds and no particle, kin word or title: a post written in
    its own language ("kierownik techniczny"), not "van der" nor "chị"."""
    from afterview.compose.reading import lexicon

    return all(
        not lexicon.known(w)
        and _key(w) not in _PARTICLES
        and w not in _ANY_KIN
        and not _is_title(w)
        and _key(w) not in _FAMILY_WORDS
        for w in words
    )


def _courtesy_to_one_who_heads(before: list[str], after: str) -> bool:
    """ "pani" of "pani Bożena Wiśniewska (kier. oddziału)": Polish, Czech or Slovak "pani" or
    "pan" before a whole name, and the notes say the person heads a unit (a branch manager, a
    head of department): a letter to them is formal, Ms. or Mr. with the family name (late428
    readers faulted "Dear Bożena,"), where without such a post the courtesy is the language's
    politeness, left off ("pani Agnieszka Wójcik" is Agnieszka)."""
    said = {fold(w).strip(".,;:()") for w in after.split()}
    return [fold(w) for w in before] in (["pani"], ["pan"]) and bool(said & _HEADS_OF_A_UNIT)


# A church's office between a title and the name: "Rev. Elder Faatauvaa Lemalu" is Rev. Lemalu
# (never "Dear Faatauvaa,", as "Elder" read as a given name made it; late259 readers).
_AN_ELDER_AFTER_A_TITLE = lazy(r"^(\S+)\s+Elder\s+([A-Z].*)$")


def _without_what_stands_before(name: str) -> str:
    """The name without what stands before it and no greeting says: a label before a titled
    name ("Hon. Sec. - Mrs. Lorraine Pillay"), a post in lower case in another language
    ("kierownik techniczny Zbigniew Malinowski"), a church's office after a title ("Rev. Elder
    Faatauvaa Lemalu"), a post before a colon or before a titled name in brackets; "" when
    nothing does."""
    labelled = _A_LABEL_THEN_A_TITLED_NAME.match(name)
    written_short = labelled and labelled[2].endswith(".") and _is_title(labelled[2])
    title_then_name = labelled and (_key(labelled[2]) in _TITLES_OF_A_NAME or written_short)
    # "Chief Interpreter - M. Jean-Baptiste Roux": "M." before a whole name is Monsieur
    title_then_name = title_then_name or (
        labelled and labelled[2] == "M." and len(labelled[1].split()) >= 3
    )
    head = re.split(r"\s+[-–—]\s+", name, maxsplit=1)[0]
    posted = bool(head.split()) and _is_role_noun(head.split()[-1])  # "Chief Interpreter"
    # "Mr. Rajesh Pillai - Sr. Cost Manager": a titled name, then a post written short
    a_post_after = labelled and _is_role_noun(labelled[1].split()[-1])
    if labelled and title_then_name and (posted or not _a_persons_name(head)) and not a_post_after:
        return labelled[1]
    lowered = _A_POST_IN_LOWER_CASE.match(name)
    before = lowered[1].split() if lowered else []
    after = name[lowered.end() :] if lowered else ""
    if (
        lowered
        and _a_post_in_another_language(before)
        and not _courtesy_to_one_who_heads(before, after)
    ):
        return after
    elder = _AN_ELDER_AFTER_A_TITLE.match(name)
    if elder and _is_title(elder[1]):
        return f"{elder[1]} {elder[2]}"
    return (
        _a_name_after_a_colon(name)
        or _a_titled_name_in_brackets(name)
        or _a_titled_name_after_a_post(name)
        or _a_titled_name_after_a_comma(name)
    )


def _a_titled_name_after_a_comma(name: str) -> str:
    """ "Delegado ATE, Sr. Rubén Ñancucheo (observador)": a post, a comma, then a name with a
    courtesy title (late285 readers saw "Dear Sr. Delegado ATE,"); "" otherwise."""
    head, comma, tail = name.partition(",")
    words = _PAREN.sub(" ", tail).split()
    courtesy = bool(words) and _key(words[0]) in _TITLES_OF_A_NAME | {"sr", "sra", "srta"}
    # "HSE Manager, Alhaji Musa Garba": a post, then a name with any title (late362 readers:
    # "Dear Alhaji HSE Manager," embarrassed)
    posted = bool(head.split()) and _is_role_noun(head.split()[-1])  # ", Sister": no post
    courtesy = courtesy or (bool(words) and _is_title(words[0]) and posted)
    if not comma or len(words) < 2 or not courtesy or len(head.split()) < 2:
        return ""  # "Smith, Mr. John"; "Pádraig Ó Dónaill, Chief Physiologist": a post after
    if any(_is_title(w) for w in head.split()) or not _a_persons_name(" ".join(words[1:]), 1):
        return ""
    return tail.strip()


_A_RANKS_FIRST_WORD = _words("titles", "first_word_of_a_rank")


def _a_titled_name_after_a_post(name: str) -> str:
    """ "Dept chair Prof. Chen Chih-hao", "PDL Frau Brigitte Sommer": a post (a word of a role,
    words in lower case, letters) before a title and the name it goes with, from the title on
    (late280 readers saw "Dear Department chair Prof. Chen Chih-hao,"); "" otherwise."""
    words = _PAREN.sub(" ", name).split()
    for i, word in enumerate(words[1:4], 1):
        if not (_is_title(word) and (word.endswith(".") or _key(word) in _COURTESY)):
            continue  # "RTM Dean Ashworth": "Dean" may be his name
        before, after = words[:i], words[i + 1 :]
        # "Deputy Chief ...", "Dep. Supt. ...": the title's own first word, no post
        ranked = any(  # "Chief Supt.", "Chief Master Sgt.": a title of words
            _key(w) in _PART_OF_A_TITLE | _A_RANKS_FIRST_WORD or w.endswith(".") or _is_title(w)
            for w in before
        )
        lowered = all(w.islower() or _LETTERS.match(w) for w in before)
        named = 1 <= len(after) <= 3 and all(w[:1].isupper() for w in after)
        post = _names_a_role(" ".join(before)) or lowered
        return " ".join(words[i:]) if post and named and not ranked else ""
    return ""


def _a_name_after_a_colon(name: str) -> str:
    """ "Responsible Individual: Carys Hughes-Parry", "Manager Waste Services: Ravinesh Prasad":
    a post or a team before a colon, then a whole name (late274 and late276 readers saw "Dear
    Responsible," and "Dear Waste Services Team,"); "" when the name comes first."""
    if ": " not in _PAREN.sub(" ", name):
        return ""  # "Johan "JP" Pretorius (Head: Commercial Lines)": the aside's colon
    label, _, named = name.partition(": ")
    who = re.split(r"\s+(?:from|at|@)\s+", named)[0]  # "Industry rep: Dave from Master Plumbers"
    if not who.strip() or not label.strip():
        return ""  # ": Carys" or "Chair: ": one side is empty
    given = _a_given_name(who.split()[0]) and not _a_given_name(label.split()[0])
    return named if _a_persons_name(who, 1) and (given or not _a_persons_name(label, 1)) else ""


def _a_titled_name_in_brackets(name: str) -> str:
    """ "PPG chair (Mr. Alan Dodds)": a post, then the titled name in brackets (late274
    readers saw "Hi PPG,"); "" when a name comes first ("Kev (Mr. Ed)")."""
    bracketed = _A_TITLED_NAME_IN_BRACKETS.fullmatch(name)
    if not bracketed:
        return ""
    inside, label = bracketed["inside"].split(), bracketed["label"]
    # "(Doña Juana)": a word of respect with her given name is a titled name too
    respect = bool(inside) and _key(inside[0]) in _HONORIFIC_BEFORE_GIVEN
    titled = (
        len(inside) >= 2
        and (_is_title(inside[0]) or respect)
        and _a_persons_name(" ".join(inside[1:]), 1)
    )
    a_post = _names_a_role(label) or any(  # "RR.HH." (Recursos Humanos), letters with dots
        w.islower() or _LETTERS.match(w.replace(".", "")) for w in label.split()
    )
    named = _titled_name(label) or _a_persons_name(label, 1)
    return " ".join(inside) if titled and a_post and not named else ""


_LETTERS = lazy(r"[A-Z]{2,}\d*$")  # "CNM3 (Mrs Teresa Hanley)": a grade's letters too


_A_TITLED_NAME_IN_BRACKETS = lazy(r"(?P<label>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*")
