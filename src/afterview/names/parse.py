"""A typed name read into its parts (:class:`ParsedName`), and what a greeting is
(:class:`Greeting`: the words after "Dear", or a question to ask).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.check.lazy import lazy
from afterview.names.kinds import (
    _CANDIDATE_OF_SCIENCES,
    _EAST_ASIAN_SYLLABLES,
    _NOT_A_NAME,
    _SECOND_GIVEN,
    _SOMEONE,
    _family_first,
    _is_role_noun,
    _is_suffix,
    _is_title,
    _japanese_family_first,
    _known_family,
    _letters_after_a_name,
    _looks_like_a_family_name,
    _post_of_one_word,
    is_group,
)
from afterview.names.words import (
    _ABD,
    _CAPITAL_PARTICLES,
    _CHINESE_FAMILY,
    _COMPOUND_GIVEN,
    _DESCRIBE_BEFORE_ONE,
    _KOREAN_FAMILY,
    _NICKNAME,
    _PAREN,
    _PARTICLES,
    _PATRONYMIC,
    _PATRONYMIC_ENDINGS,
    _QUOTES,
    _SAID_OF_A_PERSON,
    _SAINTLY,
    FAMILY_FIRST,
    _a_given_name,
    _compound,
    _devotional,
    _is_initial,
    _key,
    _latin_spelling,
    _words,
    fold,
)


@dataclass(frozen=True)
class Greeting:
    """The name after "Dear", and whether the plan should ask how the person is addressed."""

    name: str
    ask: str = ""  # why it cannot be known how to greet them ("" when it is known)
    nickname: bool = False  # the name they go by, typed in quotes: "Hi Tank", never "Dear Tank"

    @property
    def slot(self) -> str:
        """What a draft says after "Dear" when the name alone cannot tell: a slot to fill."""
        name = re.sub(r"[\[\]\s]+", " ", self.name).strip()  # a bracket would end the slot early
        name = re.sub(r"\?+$", "", name)  # "observer from BTSC??": the slot says the doubt
        name = _PAREN.sub("", name).strip() or name  # "Park Jong-soo (QA 부장)": not the aside
        # "Lucas ...": cut short; "Lic. Fernanda ... RH regional": the name ends where it was
        name = re.split(r"\s*(?:\.{2,}|…)", name)[0].strip() or name
        # "[the name of the HR girl]": sent unfilled, the candidate's word would offend
        name = _SAID_OF_A_PERSON.sub("person", name)
        a_post = any(_is_role_noun(w) for w in name.split()[:-1])  # "note taker from HR"
        if self.ask == _DESCRIBED and is_group(name) and not a_post:
            return f"[the name of the person from {name}]"  # "HR - didn't catch name"
        if self.ask == _DESCRIBED:
            return f"[the name of the {name}]"  # "area manager - didnt get name"
        return f"[how to address {name}]"


# A greeting the composer left for the user to fill in (see Greeting.slot).
UNFILLED_GREETING = lazy(r"(?m)^(?:Dear|Hi|Hello) \[(?:how to address|the name of the) [^\]\n]*\]")


@dataclass(frozen=True)
class ParsedName:
    """A name's parts as typed: titles, given names, family name, a nickname in quotes."""

    titles: tuple[str, ...]
    given: tuple[str, ...]  # given names in order
    family: str
    nickname: str
    family_first: bool

    @property
    def words(self) -> set[str]:
        return {_key(w) for w in (*self.given, self.family, self.nickname) if w}


# Punctuation said aloud to a phone and typed out by it, in lower case between two words: "HR
# comma Aisling" is "HR, Aisling".
_SPOKEN_MARKS = {"comma": ", ", "colon": ": ", "dash": " - ", "hyphen": "-"}
_SPOKEN_MARK = lazy(r"\s+(comma|colon|dash|hyphen)\s+(?=\S)")
# A name corrected as it was said: "Lacy no Lacey Tremblay", "Karen Gilligan no sorry Galligan";
# the word after the correction stands for the word before it.
_CORRECTED = lazy(
    r"(?<![\w'’-])[A-Z][\w'’-]*,?(?:\s+(?:no|sorry|I mean|or rather|correction)[,.]?)+\s+"
    r"(?=[A-Z][\w'’-]*(?:\s|$|[,(]))"
)


def _corrected(name: str) -> str:
    """``name`` with each corrected word replaced by its correction; where the name is said
    again from an earlier word ("Mr Lee Chong Wei no sorry Lee Chong Meng"), the repeat
    replaces it from that word on ("Mr Lee Chong Meng")."""
    while found := _CORRECTED.search(name):
        said, again = name[: found.start()].split(), name[found.end() :]
        first = again.split()[0]
        if first in said:
            said = said[: said.index(first)]
        name = " ".join([*said, again])
    return name


def _as_dictated(name: str) -> str:
    """A name as it was meant, when it was dictated: the punctuation said aloud written as
    punctuation ("HR comma Aisling" is "HR, Aisling"), and a word corrected as it was said
    replaced by its correction ("Lacy no Lacey Tremblay" is "Lacey Tremblay")."""
    if " " not in name:
        return name
    name = _SPOKEN_MARK.sub(lambda m: _SPOKEN_MARKS[m[1]], name)
    name = _corrected(name)
    # "Mrs. Hulsey 3rd grade teacher": a role said straight after the name, as in brackets
    name = _A_ROLE_SAID_AFTER.sub(r"\g<name> (\g<role>)", name)
    # "crew lead Desmond dont know last name": a note to self after the name, as in brackets
    return _NOT_CAUGHT_AFTER.sub(r" (\g<note>)", name)


# What was not caught, said straight after the name with no brackets nor a dash: "dont know
# last name", "didnt catch her name".
_NOT_CAUGHT_AFTER = lazy(
    r"(?<=[A-Za-z])\s+(?P<note>(?:i\s+)?(?:don'?t|dont|didn'?t|didnt|did not|never|do not)\s+"
    r"(?:know|get|got|catch|caught|hear|remember)\b[^()]*)$",
    re.I,
)

# A name, then a role that opens with a number, said with no pause: "3rd grade teacher".
_A_ROLE_SAID_AFTER = lazy(
    r"^(?P<name>[^()\d]*[A-Z][\w'’.-]*)\s+(?P<role>\d+(?:st|nd|rd|th)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*)$"
)


def parse(name: str) -> ParsedName:
    """The parts of a name as typed: titles, given names, family name, nickname."""
    name = _CANDIDATE_OF_SCIENCES.sub("Dr. ", _as_dictated(name))  # "Cand. Sc.": a doctorate
    nickname = ""
    found = _NICKNAME.search(name) if any(q in name for q in _QUOTES) else None
    if found:
        nickname = found.group(1).strip()
        name = name.replace(found.group(0), " ")
    name = _PAREN.sub(" ", name)
    name = re.split(r"\s+[-–—]\s+", name)[0]
    name = re.split(r"\s+(?:from|at|@)\s+", name, maxsplit=1)[
        0
    ]  # "Deb from HR", "Trish @ the agency"
    name = " ".join(name.split())
    if "," in name:
        head, _, tail = name.partition(",")
        tail_words = tail.replace(",", " ").split()
        described = (
            tail_words
            and tail_words[0].islower()
            and _key(tail_words[0]) not in _PARTICLES
            and not _is_title(tail_words[0])  # "Mušić, doc. dr. Edin"
        )
        credentials = all(  # ", AGM", ", MSN, RNC-OB" (not "HOLLOWAY, DWAYNE")
            w.isupper()
            and not _is_initial(w)  # "Macapagal, R.": an initial, not a credential
            and (len(w.strip(".,")) <= 4 or "-" in w or _is_suffix(w))
            for w in tail_words
        )
        shouted = head.isupper()  # "HOLLOWAY, DWAYNE": all in capitals, a name after all
        described = described or (bool(tail_words) and credentials and not shouted)
        # "Mr. A.K. Banerjee, Superintendent": a titled whole name, then what they are
        described = described or (len(head.split()) >= 3 and _is_title(head.split()[0]))
        slashed = [part for w in tail_words if "/" in w for part in _key(w).split("/")]
        # "Ruedi, Schichtleiter Kran": a post of one word after the comma, never a given name
        posts = any(_key(w) in _NOT_A_NAME or _post_of_one_word(w) for w in tail_words)
        if described or posts or any(map(_is_role_noun, slashed)):  # "Auditor/Treasurer"
            tail_words, name = [], head  # "Bram, the dutch seeds guy", "Wanda Pagán, HR Director"
        while len(tail_words) > 1 and _is_suffix(tail_words[-1]):
            tail_words.pop()  # "Smith, John, PhD"
        if tail_words and all(_is_suffix(w) for w in tail_words):
            name = head
        elif tail_words:  # "Walsh, Aoife": the family name, then every given name
            head_words = head.split()
            titles = []
            while len(head_words) > 1 and _is_title(head_words[0]):
                titles.append(head_words.pop(0))
            while len(tail_words) > 1 and _is_title(tail_words[0]):
                titles.append(tail_words.pop(0))  # "O'Brien, Dr. Kate"
            return ParsedName(
                tuple(titles), tuple(tail_words), " ".join(head_words), nickname, False
            )
    words = name.split()
    titles = []
    if not words:  # "\"Macca\" (leading hand)": the nickname is all there is
        nickname = re.sub(r"^(?:El|La) (?=[A-Z])", "", nickname)  # "\"El Tano\"": Tano
        return ParsedName((), (nickname,) if nickname else (), "", "", False)
    two_word_rank = len(words) > 2 and _key(words[0]) in (
        "senior",
        "first",
        "master",
        "chief",
        "det",
    )
    if two_word_rank and _key(words[1]) in _RANKED_WHOLE:
        titles.append(f"{words.pop(0)} {words.pop(0)}")  # "Senior Sergeant Paul Vukovic"
    if len(words) > 2 and _key(words[0]) in _RANKS and _is_title(words[1]):
        words.pop(0)  # "Head Chef Marco Rossi" is greeted as "Chef Rossi"
    if len(words) > 3 and _key(words[0]) in _RANK_OF and _is_title(words[1]):
        titles.append(f"{words.pop(0)} {words.pop(0)}")  # "Station Commander Ewan Fraser"
    if len(words) > 2 and words[0] in ("Me", "Mᵉ", "Me."):
        words[0] = "Maître"  # a French or Belgian lawyer's title, as written ("Me Hélène Dubois")
    if len(words) > 2 and words[0] in ("M°", "Mº"):
        words[0] = "Maestro"  # an Italian conductor's or teacher's title ("M° Lorenzo Ricci")
    if len(words) > 2 and words[0] == "DI" and _is_title(words[1]):
        words.pop(0)  # "DI Dr. Markus Hinterberger": Diplom-Ingenieur, passed over for Dr.
    if len(words) > 2 and words[0] == "M." and words[1].isupper() and len(words[1]) > 2:
        titles.append(words.pop(0))  # "M. BENJELLOUN Hicham": Monsieur, before a family name
    while len(words) > 1 and _is_title(words[0]):
        titles.append(words.pop(0))
    while titles and len(words) > 1 and words[0].islower() and words[0].endswith("."):
        kind = words.pop(0)  # "Dr. habil.", "Dr. rer. nat.": the doctorate's kind, not a name
        if _is_title(kind):
            titles.append(kind)  # "Conf. univ. dr. Elena Dumitrescu": the doctorate is kept
    while len(words) > 1 and (_is_suffix(words[-1]) or _letters_after_a_name(words)):
        words.pop()
    if len(words) > 2 and words[0].lower() == "ma." and words[1] in ("de", "del", "da", "do"):
        words[0] = "María"  # "Ma. de los Ángeles": María, her given name of devotion, whole
    if len(words) > 1 and words[0].lower() in ("mohd.", "mohd", "md.", "muhd.", "muhd", "ma."):
        words.pop(0)  # "Mohd. Faizan", "Ma. Theresa": Muhammad, María, written short
    if not titles and len(words) >= 2 and _describes_the_one_named(words[0], words[1]):
        words.pop(0)  # "Big Steve": a nickname of a word that describes, then the given name
    for i, word in enumerate(words):
        if _key(word) in _PATRONYMIC and i > 0:
            if re.match(r"(?:Al|El)-[A-Z]", words[-1]) and i < len(words) - 1:
                # "Abdullah bin Saeed Al-Qahtani": an Arab family name after the father's
                return ParsedName(tuple(titles), tuple(words[:i]), words[-1], nickname, False)
            rest = words[i + 2 :]
            if len(rest) >= 2 and _key(rest[0]) in _CAPITAL_PARTICLES:
                # "Hessa bint Saeed Al Dhaheri": so too with a space after "Al"
                return ParsedName(tuple(titles), tuple(words[:i]), " ".join(rest), nickname, False)
            return ParsedName(tuple(titles), tuple(words[:i]), "", nickname, False)
    cantonese = len(words) == 3 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]) is not None
    if cantonese and _key(words[-2]) in _CHINESE_FAMILY and _key(words[0]) not in _CHINESE_FAMILY:
        # "Fiona Leung Pui-man", "Kenneth Wong Ka-ho": an English given name, the family name,
        # then the Chinese given name, as Hong Kong writes them (never "Dr. Pui-man", late363)
        return ParsedName(tuple(titles), tuple(words[:-2]), words[-2], nickname, False)
    if len(words) >= 2 and words[0].islower() and _key(words[0]) in _PARTICLES:
        return ParsedName(tuple(titles), (), " ".join(words), nickname, False)  # "de Vries"
    if len(words) == 2 and _key(words[0]) in _LEADING_PARTICLES and words[0][:1].isupper():
        return ParsedName(tuple(titles), (), " ".join(words), nickname, False)  # "Vander Veen"
    if len(words) in (2, 3) and _a_daughters_family_name(words):
        return ParsedName(tuple(titles), (), " ".join(words), nickname, False)  # "Ní Mhurchú"
    if len(words) == 1 and _looks_like_a_family_name(words[0]):
        return ParsedName(tuple(titles), (), words[0], nickname, False)  # "Jansen", "Ramírez"
    if len(words) == 3 and _key(_latin_spelling(words[2])).endswith(_PATRONYMIC_ENDINGS):
        # "Karimova Dilnoza Rustamovna", "Захаров Игорь Викторович": family name, given
        # name, father's name
        return ParsedName(tuple(titles), tuple(words[1:]), words[0], nickname, True)
    if len(words) == 1:
        return ParsedName(tuple(titles), tuple(words), "", nickname, False)
    letters = words[0].replace("-", "") if words else ""  # "ADEBAYO-AJAYI Oluwatoyin"
    marked = len(words) >= 2 and words[0].isupper() and len(letters) > 2 and letters.isalpha()
    if marked and all(w[:1].isupper() and not w.isupper() for w in words[1:]):
        # "UWASE Marie Claire": the family name marked by its capitals, as in Rwanda; of a
        # family that greets by the family name ("TANAKA Hiroshi"), the plan asks
        east = _key(words[0]) in FAMILY_FIRST
        # "YAMAGUCHI Haruto": a Japanese name by its shape, though no list holds the family name
        east = east or (len(words) == 2 and _japanese_family_first(words))
        # "KIM Soo-jin", "CHAN Tai-man": a Korean or a Chinese family name, then a given name
        # of two syllables joined by a hyphen ("KIM Lund", "LEE Michael" are no such names)
        chinese_or_korean = _key(words[0]) in _KOREAN_FAMILY | _CHINESE_FAMILY
        syllables = len(words) == 2 and bool(re.fullmatch(r"[A-Z][a-z]{1,4}-[a-z]{1,4}", words[1]))
        east = east or (chinese_or_korean and syllables)
        return ParsedName(tuple(titles), tuple(words[1:]), words[0], nickname, east)
    particle = _key(words[0]) in _CAPITAL_PARTICLES | _PARTICLES
    particle = particle or words[0].lower() in _CAPITAL_PARTICLES
    # "Matua Te Rangi Ngāmoki": a Māori given name of two words, then the family name
    particle = particle and not (
        len(words) >= 3 and fold(" ".join(words[:2])).lower() in _COMPOUND_GIVEN
    )
    if len(words) >= 2 and titles and particle:
        # "Ms. Al Hinai", "Judge Van den Broeck": after a title, a particle starts the family name
        return ParsedName(tuple(titles), (), " ".join(words), nickname, False)
    family_first = _family_first(words) or (
        len(words) == 3
        and fold(words[1]).lower() in ("jean", "marie")
        and fold(f"{words[1]} {words[2]}").lower() in _COMPOUND_GIVEN
    )  # "Nkurunziza Jean Bosco": the family name, then a given name of two words
    if family_first:
        return ParsedName(tuple(titles), tuple(words[1:]), words[0], nickname, True)
    for size in (4, 3):  # "Maria das Graças Nogueira": a given name with a particle inside
        listed = fold(" ".join(words[:size])).lower() in _COMPOUND_GIVEN
        if len(words) > size and (listed or _devotional(words[:size])):  # "Rocío del Pilar"
            after = " ".join(words[size:])
            return ParsedName(tuple(titles), tuple(words[:size]), after, nickname, False)
    two_word_family = len(words) >= 3 and (
        fold(" ".join(words[-2:])) in _TWO_WORD_FAMILY
        or _key(words[-2]) in _ABD
        or words[-2] == "Mc"  # "Dr. Sean Mc Cann": an Irish name typed with a space
        # "Dr. Wael Haj Yahia", "Ahmad Abu Ghosh": a family name of two words (late309)
        or (words[-2] in _OPENS_A_FAMILY_NAME_OF_TWO and _a_given_name(words[0]))
        or (words[-2].istitle() and _key(words[-2]) in _OPENS_A_PLAINS_NAME)
    )  # "Moumita Sen Gupta", "Hany Abdel Rahman", "Leonard Runs Above"
    at = next(
        (
            i
            for i, w in enumerate(words[1:-1], 1)
            if (w.lower() in _PARTICLES and w.islower())
            or w.lower() in _CAPITAL_PARTICLES
            or (i == len(words) - 2 and w.lower() in _PARTICLES)  # "Pieter De Smet"
        ),
        len(words) - (2 if two_word_family else 1),  # "Moumita Sen Gupta"
    )
    # "Liza Bautista-Dela Cruz", "Reyes-De Leon": a family name joined by a hyphen to one a
    # particle opens is one family name (late427 readers: "Dear Atty. Cruz,")
    hyphened = next((i for i, w in enumerate(words[1:-1], 1) if _joined_to_a_particle(w)), at)
    at = min(at, hyphened)
    if 2 <= at < len(words) and words[at - 1] in _OPENS_A_FAMILY_NAME_OF_TWO:
        at -= 1  # "Sherif Abou El Naga": "Abou" opens the family name before its "El" (late321)
    joined = next((i for i, w in enumerate(words[2:-1], 2) if w in ("e", "y", "i")), 0)
    if joined and joined - 1 < at:
        at = joined - 1  # "Catarina Sousa e Silva", "José Ortega y Gasset": one family name
    gaelic = next((i for i, w in enumerate(words[1:-2], 1) if w in ("Mac", "Nic", "Mhic")), 0)
    # "Alasdair Mac an t-Saoir" (son of the carpenter), "Caitríona Mac Giolla Rua" (son of the
    # servant of Rua): one family name of three words
    if gaelic and (
        words[gaelic + 1] in ("an", "an t-", "a'") or _key(words[gaelic + 1]) in _GIOLLA
    ):
        at = gaelic
    if 1 < at < len(words) and words[at - 1].lower() in _PARTICLES and words[at][:1].islower():
        at -= 1  # "Heriberto De la Hoz": a capital particle before a small one
    before = fold(words[at - 1]).lower() if 1 < at < len(words) else ""
    compound = words[at] == "de" and at + 1 < len(words) and words[at + 1][:1].isupper()
    # "Maximiliana Ayala de Gutiérrez": a Spanish married name, her family name, "de" and her
    # husband's, all one family name when a listed family name stands before "de" and one name
    # after it (not "João Carlos de Oliveira", a given name before "de")
    married = (
        compound and at == len(words) - 2 and at > 1 and _looks_like_a_family_name(words[at - 1])
    )
    if (before.endswith(("ez", "iz", "az", "oz")) and len(before) >= 4 and compound) or married:
        at -= 1  # "Ángel Ruiz de Gopegui": one family name ("Fernández de la Fuente" is two)
    given, family = words[:at], words[at:]
    # "Ángel Luis Rivera Colón": two Spanish given names, then both surnames (never "Colón",
    # the mother's, alone), as a given name of two words the lists hold ("Ana Belén")
    spanish_pair = len(given) == 3 and all(fold(w).lower() in _SECOND_GIVEN for w in given[:2])
    spanish_pair = spanish_pair and fold(given[2]).lower() not in _SECOND_GIVEN | _SAINTLY
    if len(given) == 3 and len(family) == 1 and (_compound(given) or spanish_pair):
        given, family = given[:2], [given[2], *family]  # "Ana Belén Ortiz Ruiz": both surnames
    devotional = len(given) == 1 and _key(given[0]) in ("maria", "jose", "ma.")
    if devotional and family[0].lower() == "del" and len(family) >= 3:
        given, family = [*given, *family[:2]], family[2:]  # "María del Carmen Islas"
    return ParsedName(tuple(titles), tuple(given), " ".join(family), nickname, False)


def _joined_to_a_particle(word: str) -> bool:
    """ "Bautista-Dela", "Santos-Del": a family name, a hyphen, then a particle that opens the
    family name after it ("Bautista-Dela Cruz" is one family name)."""
    first, hyphen, particle = word.rpartition("-")
    return (
        bool(hyphen)
        and first[:1].isupper()
        and first.replace("-", "").isalpha()
        and particle[:1].isupper()
        and particle.lower() in _PARTICLES | _CAPITAL_PARTICLES
    )


# "Mac Giolla", "Nic Giolla": of the servant of; "Mac Con Iomaire": of the hound (late377)
_GIOLLA = frozenset({"giolla", "ghiolla", "con"})


def _a_daughters_family_name(words: list[str]) -> bool:
    """ "Ní Mhurchú", "Nic Dhonnchadha": an Irish family name as a woman bears it ("Ní", "Nic":
    daughter of), the particle and the name after it, lenited ("Mh", "Dh"); "Nic" alone is a
    given name too ("Nic Walsh"), but not before "Giolla" ("Nic Giolla Phádraig")."""
    if len(words) == 3 and _key(words[1]) in _GIOLLA and words[2][:1].isupper():
        return words[0] in ("Ní", "NÍ", "Ni", "Nic")
    if len(words) != 2:
        return False
    first, name = words
    lenited = len(name) > 2 and name[0].isupper() and name[1] == "h"
    return name[:1].isupper() and (first in ("Ní", "NÍ") or (first in ("Ni", "Nic") and lenited))


def _describes_the_one_named(word: str, name: str) -> bool:
    """ "Big" of "Big Steve", "Little" of "Little John": a word that describes, before a given
    name; not before a family name ("Young Kim") nor in a Korean given name ("Young Jin")."""
    korean = all(_EAST_ASIAN_SYLLABLES.match(fold(w)) for w in (word, name))
    return (
        _key(word) in _DESCRIBE_BEFORE_ONE
        and name.isalpha()
        and name[:1].isupper()
        and name[1:].islower()
        and name.lower() not in _SOMEONE  # "Tall Guy": a description
        and not _known_family(name)
        and not korean
    )


_DESCRIBED = "no name is recorded, only a description"


# Particles that start a family name and are never a given name: "Vander Veen".
# Words that open an Arabic family name of two words or more: "Haj Yahia", "Abou El Naga".
_OPENS_A_FAMILY_NAME_OF_TWO = frozenset(("Haj", "Abu", "Abou"))
_LEADING_PARTICLES = frozenset("vander vanden vande ter ten dos das mc".split())  # not "Della"


# Family names of two words in Bengali ("Moumita Sen Gupta").
_TWO_WORD_FAMILY = frozenset(
    """sen gupta|das gupta|dutta roy|sen sharma|roy chowdhury|roy choudhury|ray chaudhuri|
    ray chaudhury|ghosh dastidar|dutta gupta|guha thakurta|datta gupta|basu roy|sen roy|
    thapa magar|rana magar|ale magar|pun magar|budha magar|roka magar""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
# First words of Lakota and other Plains family names of two words ("Geraldine Two Bulls",
# "Leonard Runs Above", "Iron Cloud"), never a middle name: greeted whole, never "Mr. Above".
_OPENS_A_PLAINS_NAME = frozenset(
    """two three four five six seven eight nine ten many runs brings kills chases looks shoots
    stands comes takes little iron lone spotted standing""".split()
)


# Ranks before a title: "Head Chef", "Executive Chef", "Sous Chef".
_RANKS = frozenset("head executive exec sous senior junior snr jnr".split())
# The first word of a rank of two words, greeted whole: "Station Commander Fraser".
_RANKED_WHOLE = _words("titles", "ranked_whole")
_RANK_OF = frozenset(
    """station watch group area crew borough district battalion deputy assistant fire flight
    wing lieutenant rear vice lance staff detective police divisional lt batt""".split()
)
