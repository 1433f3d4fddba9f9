"""How to greet a person from their name as the candidate typed it.

People type names the way they heard them: with a title ("Dr. Lena Moritz"),
as a list entry ("Walsh, Aoife"), with a nickname ('Elizabeth "Liz" Hart'),
family name first ("Tan Mei Ling"), or in lower case. :func:`greeting_name`
reads all of these. It never guesses: where a careful writer could not know
how someone is addressed (a family name first, an initial, no name at all), it
says so (``Greeting.ask``): the draft greets with a slot the checker flags
(``Dear [how to address Yoon Ji-ho],``), approval waits and sending refuses until
it is filled, and the plan's advice asks for a ``salutation``. It never adds Mr.
or Ms.: a gender is never assumed, unless the name says it ("Md." is Mohammad, "Sk."
Sheikh, a Hungarian "-né" a wife, an Irish "Ní" a daughter) or a word of respect does
(Oshiwambo "Tate", in Namibia, is Mr.). A courtesy title typed in another language is
written in English ("Herr Weidmann" is Mr. Weidmann, "Mevrou van Zyl" Ms. van Zyl).
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import dropwhile, takewhile
from pathlib import Path
from typing import Any

from afterview.check.lazy import lazy


def _word_lists() -> dict[str, Any]:
    """The tables of data/names.toml, read once, at import (the lists are sets just below).

    Not with ``compose.data_cache.load_toml``: importing ``afterview.compose`` imports the
    composer, which imports this module.
    """
    with (Path(__file__).parent / "data" / "names.toml").open("rb") as f:
        return tomllib.load(f)


# Titles, honorifics and where they go, name particles, letters after a name and teams are
# data: data/names.toml says what each list is for, with examples, and how a typed word is
# compared with it. Each is a set here, under the name the code below uses.
_WORDS = _word_lists()


def _words(table: str, key: str) -> frozenset[str]:
    return frozenset(_WORDS[table][key])


_ELECTED = _words("titles", "elected")
_TITLES = _words("titles", "before_a_name") | _ELECTED
_DOTTED_TITLES = _words("titles", "only_with_a_dot")
_BELOW_A_DOCTORATE = _words("titles", "below_a_doctorate")
_UNSPOKEN = _words("titles", "unspoken")
_DEGREES_WITH_A_FIELD = _words("titles", "degrees_with_a_field")
_CZECH_DOCTORATES = _words("titles", "czech_doctorates")
_BEFORE_A_DOCTORATE = _words("titles", "before_a_doctorate")
_PART_OF_A_TITLE = _words("titles", "part_of_a_title")
_FIRST_SURNAME = _words("titles", "first_surname")
_RETIRED = _words("titles", "retired")
_WITH_GIVEN_NAME = _words("honorifics", "with_given_name")
_WITH_WHOLE_NAME = _words("honorifics", "with_whole_name")
_HONORIFIC_BEFORE_GIVEN = _words("honorifics", "before_a_given_name")
_AFTER_NAME = _words("honorifics", "after_the_name")
_ADDRESSED_AS = _words("honorifics", "addressed_as")
_SPOKEN_AFTER_A_TITLE = _words("honorifics", "spoken_after_a_title")
_SPOKEN_AFTER_A_TITLE_LOWER = _words("honorifics", "spoken_after_a_title_in_lower_case")
_IN_ENGLISH: dict[str, str] = dict(_WORDS["honorifics"]["in_english"])
_GIVEN_NAME_IN_ENGLISH: dict[str, str] = dict(_WORDS["honorifics"]["with_given_name_in_english"])
# "Bu Ratna" is "Ibu Ratna": spoken short, written out in a letter.
_GIVEN_NAME_WRITTEN_OUT: dict[str, str] = dict(_WORDS["honorifics"]["with_given_name_written_out"])
# "Mal. Bello Shehu" is "Mallam Bello": a short form read as its word only with its dot.
_AFTER_A_DOT: dict[str, str] = dict(_WORDS["honorifics"]["with_given_name_after_a_dot"])
# "Madam Dzifa Agbenyega" is "Madam Agbenyega": before a whole name, with the family name.
_COURTESY_OF_A_WHOLE_NAME = _words("honorifics", "with_the_family_name_of_a_whole_name")
# Words of respect that are titles only in some countries, names elsewhere: "Tate" (Mr.) in
# Namibia, "Mam" (Ms.) in South Africa, "Adi" (with the given name) in Fiji.
_IN_ENGLISH_WHERE: dict[str, dict[str, Any]] = dict(_WORDS["honorifics"]["in_english_where"])
_WITH_GIVEN_NAME_WHERE: dict[str, list[str]] = dict(_WORDS["honorifics"]["with_given_name_where"])
_RESPECT_ONLY = _words("honorifics", "respect_only")
_RESPECT_ONLY_WHERE: dict[str, list[str]] = dict(_WORDS["honorifics"]["respect_only_where"])
# "Papa Malick Diouf" in Senegal: "Papa" opens a given name there, and says no respect.
_A_GIVEN_NAME_WHERE: dict[str, list[str]] = dict(
    _WORDS["honorifics"].get("respect_only_a_given_name_where", {})
)
# "Mai Mutasa" in Zimbabwe: Mrs. before a family name the lists hold.
_RESPECT_BEFORE_A_FAMILY_NAME: dict[str, dict[str, Any]] = dict(
    _WORDS["honorifics"]["respect_only_before_a_family_name"]
)
# "Sisi Lindiwe" in South Africa: a word of kinship, left off before the name.
_KIN_LEFT_OFF_WHERE: dict[str, list[str]] = dict(_WORDS["honorifics"]["kin_left_off_where"])
# "Po Po", "Halmeoni", "Granny": what a family calls a grandparent, never a name.
_FAMILY_WORDS = _words("honorifics", "family_words")
# "Atty." in the US: on the envelope, never after "Dear" (a letter there opens "Dear Ms.").
_ON_THE_ENVELOPE_WHERE: dict[str, list[str]] = dict(_WORDS["titles"]["on_the_envelope_where"])
_VIETNAMESE_KIN = _words("honorifics", "vietnamese_kin")
_VIETNAMESE_KIN_LOWER = _words("honorifics", "vietnamese_kin_in_lower_case")
_ANY_KIN = _VIETNAMESE_KIN | _VIETNAMESE_KIN_LOWER
_SPELLED_OUT: dict[str, str] = dict(_WORDS["honorifics"]["after_the_name_spelled_out"])
_JOINED_AFTER = _words("honorifics", "joined_after_the_name")
_MALAY_SHORT: dict[str, str] = dict(_WORDS["honorifics"]["malay_written_short"])
_THAI_SHORT: dict[str, str] = dict(_WORDS["honorifics"]["thai_written_short"])
_KOREAN_AFTER: dict[str, str] = dict(_WORDS["honorifics"]["korean_after_the_name"])
_INDIAN_SHORT: dict[str, str] = dict(_WORDS["honorifics"]["indian_written_short"])
_PARTICLES = _words("particles", "open_a_family_name")
_CAPITAL_PARTICLES = _words("particles", "open_a_family_name_capitalised")
_ORDERS = _words("suffixes", "religious_orders")
_DOCTORATES = _words("suffixes", "doctorates")
_SUFFIXES = _words("suffixes", "after_a_name") | _ORDERS | _DOCTORATES
_GROUPS = _words("teams", "last_word")
_A_FUNCTION = _words("teams", "functions")
_BODIES = _words("teams", "bodies")
_FIRM_LAST_WORDS = _words("teams", "firm_last_words")
_WHERE_A_BODY_IS = _words("teams", "where_a_body_is")
_REGIONS = _words("teams", "regions")
_WORK_IN_ENGLISH: dict[str, str] = dict(_WORDS["teams"]["work_in_english"])
_BODIES_IN_ENGLISH: dict[str, str] = dict(_WORDS["teams"]["bodies_in_english"])
_MALAY_GIVEN = _words("given_names", "malay")
_GIVEN_IN_BRAZIL = _words("given_names", "in_brazil")
_GIVEN_FOR_A_HANDLE = _words("given_names", "for_a_handle")
_DESCRIBE_BEFORE_ONE = _words("given_names", "describe_before_one")
# The first of two Malay given names, never used alone: "Muhammad Hafiz", "Nurul Aina"
_MALAY_FIRST = frozenset("muhammad mohd mohamad mohammad mohamed nur nurul siti".split())
# Words that open a Malay given name of two, never said alone: "Siti Hajar", "Nur Aisyah", and
# the inherited "Wan" and "Nik" ("Pn. Wan Noraini" is Puan Wan Noraini, never "Dear Puan Wan,";
# late290).
_MALAY_OPENING = frozenset("nur nurul noor siti wan nik megat puteri".split())
_RANKS_OF_A_POST = _words("titles", "ranks_of_a_post")
# Ranks of the services, as words and written short: before "(retd)", and over a pet name.
_RANKS_OF_THE_SERVICES = _words("titles", "ranks_of_the_services")
_RANKS_IN_CAPITALS = _words("titles", "ranks_in_capitals")
# "D. Amélia" where Portuguese is spoken: Dona, with her given name.
_BEFORE_A_GIVEN_NAME_WHERE: dict[str, dict[str, Any]] = dict(
    _WORDS["honorifics"]["before_a_given_name_where"]
)
_POSTS_SPELLED_OUT: dict[str, str] = dict(_WORDS["titles"]["posts_spelled_out"])
# An honorific is a title too: declared once, with where it goes.
_TITLES = _TITLES | _WITH_GIVEN_NAME | _WITH_WHOLE_NAME
_DOCTORATE_AFTER = lazy(r"\bPh\.?\s?D\.?\s*$")
# "Abdul Kareem": "Abdul" ("servant of") is never a name alone.
# The first of a given name of two, never alone: "Abdul Qadir", "Ghulam Mustafa" (late286).
_ABD = frozenset("abdul abd abdel abdur abdus abdool ghulam".split())
_SISTER = "a religious sister goes by her given name, a nursing sister by her family name"
_RELIGIOUS = frozenset({"sister", "brother"})
_SAINTLY = _words("given_names", "saints")
# Words that join a given name to a parent's (Malay "binti", "bin", and "binte" as Singapore
# spells it; Tamil "s/o", "d/o", "a/l").
_PATRONYMIC = frozenset(
    {"bin", "binti", "binte", "bte", "bt", "bint", "ibn", "s/o", "d/o", "a/l", "a/p"}
)  # "bt." is binti written short ("Pn. Siti Hajar bt. Osman")
_QUOTES = "\"“”'‘’«»„‚"
_NICKNAME = lazy(r"[\"“”'‘’«„‚]\s*([^\"“”'‘’«»„‚]+?)\s*[\"“”'‘’»]")
_PAREN = lazy(r"\s*\([^)]*\)")
_ASIDE_WITH_COMMA = lazy(r"\s*\([^),]*,[^)]*\)")

# Family names that usually come first when a name is written in its own order. Only names
# that are rarely given names in English-speaking countries (no Kim, Lee, Lin or Park alone).
# Vietnamese family names (compared without accents): with a title, greeted by the given name
# ("Prof. Thành") by many, by the family name by others, so the plan asks.
_VIETNAMESE_FAMILY = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh trinh "
    "luong".split()
)
# Of those, the ones Chinese families in Singapore and Malaysia write the same way ("Ho", 何).
_VIETNAMESE_AND_CHINESE = frozenset({"ho"})
FAMILY_FIRST = _VIETNAMESE_FAMILY | frozenset(
    # Chinese (pinyin and Singapore/Malaysia spellings)
    "wang zhang liu chen yang huang zhao zhou xu sun zhu guo luo gao li wu ma hu lin he"
    " ouyang sima zhuge situ shangguan murong"  # family names of two syllables
    " tan lim ng goh ong teo koh chua"
    " gu xie deng cao peng zeng yuan cai jiang cheng shen cui qian qin zhong feng"
    # Japanese
    " sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida"
    " yamada sasaki matsumoto inoue kimura mori hayashi shimizu yamazaki ikeda hashimoto"
    " ishikawa ogawa okada maeda fujita goto hasegawa murakami kondo ishii saito sakamoto"
    " aoki fujii nishimura fukuda miura okamoto matsuda nakagawa nakano harada tamura"
    " takeuchi kaneko wada nakayama ishida ueda morita shibata kudo yokoyama miyazaki"
    " miyamoto uchida takagi taniguchi maruyama fujiwara takeda murata sugiyama"
    # Hungarian
    " nagy kovacs toth szabo horvath varga molnar nemeth farkas balogh kiss lakatos papp takacs"
    " juhasz meszaros olah racz fekete szilagyi torok feher balazs balint bodnar szucs"
    " hegedus fazekas gulyas pinter katona sipos kocsis fodor bakos lengyel szalai vass kozma"
    " boros bognar hajdu biro szasz kis orosz somogyi veres budai vincze deak szoke voros"
    " halasz szekely pasztor dudas soos nemes pataki szekeres kertesz"  # not "Simon", "Gál"
    # Burkinabè, written family name first in official French ("Ouédraogo Salif")
    " ouedraogo sawadogo kabore compaore zongo ilboudo zoungrana nikiema"
    # Romanian (not "Radu" or "Mihai", given names too)
    " pop popa stoica rusu munteanu ciobanu moldovan florea oprea nistor diaconu barbu"
    # Khmer (family name first; not "Chan", "Kim" or "Sam", given names elsewhere too)
    " sok chea heng meas nhem ouk prak seng suon tep yim keo khiev nuon pich sorn sreng hout"
    # Telugu (written family name first)
    " kodali yarlagadda nallamothu vemula pasupuleti bandaru kommineni gunturu".split()
)
_KOREAN_FAMILY = frozenset(
    "kim lee park choi jung jeong kang cho jo yoon yun jang lim han oh seo shin kwon hwang ahn song"
    " yoo ryu baek jeon hong bae heo kwak noh sung seong moon yang nam sim cha joo woo byun"
    " gong hyun ham chae won".split()
)
# Given names of two words, commonly written apart.
# Chinese family names, for a given name of two syllables written apart ("Mei Ling Tan").
_CHINESE_FAMILY = FAMILY_FIRST | frozenset(
    "lee chan wong cheung leung chow lau yip tang cheng lai kwok fung tsang yeung chong lo"
    # Taiwanese (Wade-Giles) spellings
    " chang tsai hsu kuo hsieh chiu chou yeh chuang chiang kao tseng hung"
    # more pinyin family names that are not English words
    " liang xie deng feng cao peng zeng xiao tian yuan cai jiang cui zhong yao shen su".split()
)
_COMPOUND_GIVEN = frozenset(
    " ".join(entry.split())  # one space inside each, whatever the line breaks
    for entry in """mari carmen|mari luz|mari paz|mary beth|mary grace|mary joy|mary rose|joyce ann|mary ann|mary anne|mary kate|mary jane|
    mary ellen|mary lou|mary jo|anne marie|ruth ann|
    ann marie|rose marie|marie claire|marie louise|marie france|jean luc|jean paul|jean pierre|
    jean claude|jean marc|jean michel|jean francois|jean bosco|jean baptiste|jean marie|
    ana belen|maria jesus|maria angeles|juan antonio|jose luis|jose antonio|
    maria jose|jose maria|maria luisa|
    maria elena|maria teresa|ana maria|luis alberto|carlos alberto|jorge luis|luis eduardo|
    juan david|juan sebastian|juan esteban|juan felipe|luis felipe|andres felipe|carlos andres|
    jose alberto|luis enrique|carlos eduardo|jose carlos|juan ignacio|juan martin|pedro pablo|
    francisco javier|luz marina|luz maria|luz elena|luz adriana|carmen rosa|rosa elena|
    ana isabel|maria isabel|maria cristina|maria victoria|maria alejandra|maria paula|
    maria camila|martha lucia|gloria ines|sandra milena|claudia patricia|diana marcela|
    ana lucia|rosa maria|juan carlos|juan pablo|juan jose|lucia helena|rosa elvira|maria helena|
    juan manuel|juan cruz|jose luis|jose antonio|jose manuel|jose miguel|luis miguel|miguel angel|
    john paul|donald john|john angus|donald angus|te rangi|te aroha|te ariki|te huia|te kahu|
    te rina|te whetu|te atawhai|te manu|te paea|jim bob|billy bob|billy joe|bobby joe|billie jo|bobbie jo|betty sue|peggy sue|
    ray don|jimmy don|billy don|bobby don|
    ellie mae|lou ann|jo ann|
    sarah jane|lee ann|jo anne|mei ling|wei ming|siew lan|hui min|jia hui|kai wen|tor einar|
    jan erik|per olav|knut arne|lars erik|jon arne|ole martin|hans petter|stein erik|
    kjell arne|bjorn erik|anne marit|inger lise|tor erik|jan ove|per arne|tor inge|jan inge|
    per inge|odd inge|tor arne|tor helge|tor egil|tor olav|tor ivar|
    jens peter|hans peter|niels peter|poul erik|jens erik|hans henrik|hans jorgen|karl johan|
    carl johan|lars peter|
    li ting|yu ting|xiao ming|nurul huda|muhammad faiz|siti nur|nur aisyah|joao pedro|
    joao paulo|joao victor|pedro henrique|luiz fernando|luis fernando|maria eduarda|ana clara|
    ana luiza|ana paula|maria clara|maria fernanda|maria das gracas|maria de fatima|
    maria da conceicao|maria do carmo|maria del carmen|maria de los angeles|maria de la luz|
    jose del carmen|maria de lourdes|ana rita|ana sofia|ana catarina|
    ana beatriz|ana margarida|ana isabel|ana teresa|ana filipa|ana carolina|ana luisa|
    ana belen|maria joao|maria ines|maria helena|maria beatriz|maria jesus|maria carmen|
    maria isabel|maria pilar|maria victoria|joao miguel|joao carlos|pedro miguel|rui pedro|
    luis filipe|jose pedro|paulo jorge|carlos alberto|juan antonio|francisco javier|ayse nur|
    fatma nur|elif nur|zeynep nur|ayse gul|mehmet ali|ali riza|mustafa kemal|hatice kubra|
    ahmet can|emine nur|ana laura|maria laura|pa nhia|mai nhia|pa houa|mai yer|pa kou|
    mai kou|pa chia|mai see|marie claire|mame diarra|mame fatou|mame coumba|mame penda|
    mame cheikh|mame birame|mame mor|mame bineta|mame awa|juan camilo|juan david|juan sebastian|
    juan esteban|juan felipe|juan diego|luz dary|luz marina|luz elena|maria camila|maria paula|
    maria alejandra|ana lucia|jose pablo|maria grazia|anna maria|gian luca|gian marco|
    pier paolo|maria luz|ana cecilia|maria cecilia|ana sofia|luz maria|xose manuel|xose luis|
    xose antonio|jhon fredy|john fredy|jhon jairo|john jairo|luz adriana|sri lakshmi|sri devi|
    sri ram|sri vidya|sri krishna|sri hari|sri priya|sri lekha|sri vani|sri nivas|sree lakshmi|
    sree devi|sree ram|hari krishna|rama krishna|
    vijaya lakshmi|raja lakshmi|bala subramanian|bala krishnan""".split("|")
)
# Kana, CJK ideographs and Hangul: names in these scripts put the family name first.
_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF))


def _cjk(text: str) -> bool:
    # A loop over code points: a regex class of these ranges costs ~14 ms to compile.
    return any(low <= ord(c) <= high for c in text for low, high in _CJK_RANGES)


def fold(text: str) -> str:
    """Lower case without accents (:func:`afterview.fold.fold_accents`)."""
    from afterview.fold import fold_accents

    return fold_accents(text)


def _key(word: str) -> str:
    return fold(word).rstrip(".,")


# Words for a person that the candidate may use of them, never to them: "the HR girl".
# A word of a name joined by a hyphen is none ("CHAN Tai-man" is never "Tai-person").
_SAID_OF_A_PERSON = lazy(
    r"(?<![\w-])(?:girl|lady|guy|bloke|dude|chap|gentleman|woman|man)(?![\w-])", re.I
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
        name = re.sub(r"\s*(?:\.{2,}|…)\s*$", "", name) or name  # "Lucas ...": cut short
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


def _as_dictated(name: str) -> str:
    """A name as it was meant, when it was dictated: the punctuation said aloud written as
    punctuation ("HR comma Aisling" is "HR, Aisling"), and a word corrected as it was said
    replaced by its correction ("Lacy no Lacey Tremblay" is "Lacey Tremblay")."""
    if " " not in name:
        return name
    name = _SPOKEN_MARK.sub(lambda m: _SPOKEN_MARKS[m[1]], name)
    name = _CORRECTED.sub("", name)
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
    two_word_rank = len(words) > 2 and _key(words[0]) in ("senior", "first", "master", "chief")
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
        if len(words) > size and fold(" ".join(words[:size])).lower() in _COMPOUND_GIVEN:
            after = " ".join(words[size:])
            return ParsedName(tuple(titles), tuple(words[:size]), after, nickname, False)
    two_word_family = len(words) >= 3 and (
        fold(" ".join(words[-2:])) in _TWO_WORD_FAMILY
        or _key(words[-2]) in _ABD
        or words[-2] == "Mc"  # "Dr. Sean Mc Cann": an Irish name typed with a space
        # "Dr. Wael Haj Yahia", "Ahmad Abu Ghosh": a family name of two words (late309)
        or (words[-2] in ("Haj", "Abu", "Abou") and _a_given_name(words[0]))
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


_GIOLLA = frozenset({"giolla", "ghiolla"})  # "Mac Giolla", "Nic Giolla": of the servant of


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
        or bool(_in_english(name, then_whose=True))  # "Personalabteilung", "Tim Rekrutmen BGK"
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
    elif len(keys) > 1 and keys[-1] in _BODIES_IN_ENGLISH:
        body, words, keys = _BODIES_IN_ENGLISH[keys[-1]], words[:-1], keys[:-1]
    size = next(
        (n for n in range(len(keys), 0, -1) if "".join(keys[:n]) in _WORK_IN_ENGLISH), 0
    )  # the longest: "Selección de Personal", not "Selección"
    work = _WORK_IN_ENGLISH.get("".join(keys[:size]), "")
    whose = words[size:]
    if not work or (whose and not (then_whose and all(w[:1].isupper() for w in whose))):
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
    # "mgr Paweł Dąbrowski" (a Polish master's, written small, without its dot)
    small = ("mr.", "mgr", "mgr.", "inż.", "inz.")
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
    if ", " in name:
        return name  # "Last, First": read as typed
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
    alejandra belen cristina ines paula sofia camila valentina""".split()
)


def _first_of_two_surnames(name: str, country: str) -> str:
    """A titled name of a given name and two family names, in a country that writes names so,
    without the second family name (a title of Spanish itself, "Lic.", says so anywhere)."""
    portuguese = country.split("-")[0].upper() in ("BR", "PT", "AO", "MZ")
    aside = name[name.index(" (") :] if " (" in name else ""
    if ", " in name[: len(name) - len(aside)]:
        return name  # "Last, First" (a comma in the aside is the aside's: "(UFCG, consultor)")
    words = name[: len(name) - len(aside)].split()
    titles = list(takewhile(_is_title, words))
    rest = words[len(titles) :]
    if portuguese and titles and len(rest) == 3 and _key(titles[0]) in _FIRST_SURNAME:
        # "Dra. Luciana Farias Menezes" in Brazil: the last family name, not the Spanish first
        return " ".join([*titles, rest[0], rest[2]]) + aside
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
    own_rule = _key(titles[0]) in _FIRST_SURNAME if titles else False  # "Ing.", "Dra."
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
    return (at, named + 1) if two and plain and not given else (0, 0)


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
        or lone in _KOREAN_FAMILY - _GIVEN_NAMES_TOO  # "Jung (interpreter)"
        # Vietnamese family names, which Vietnamese given names never are: "Workshop tech -
        # Dinh" may be Mr. or Ms. Đinh, or a given name the notes cut to its last word
        or (lone in _VIETNAMESE_FAMILY and len(lone) >= 4)
        # Quechua and Aymara, as Spanish spells them: a word that opens "Hua", "Huay" or with
        # a doubled "cc" or "qq" ("Huarcaya", "Huamaní", "Ccori") is a family name of the
        # Andes; the given names there are Spanish
        or (len(lone) >= 6 and lone.startswith(("hua", "cc", "qq")))
    )


# Korean family names that are given names in English too: "Kim", "Lee" alone may be either.
_GIVEN_NAMES_TOO = frozenset("kim lee park han song oh jo yoo hong".split())


@cache
def _family_names() -> frozenset[str]:
    """Common family names that are hardly ever given names ("Rossi", "Yamamoto", "Okonkwo"),
    in lower case as written: "Novák" is one, "Novak" (Djokovic) is not
    (compose/data/family_names.txt)."""
    path = Path(__file__).parent / "compose" / "data" / "family_names.txt"
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
# British police ranks: "PC Ryan Coombes" is "PC Coombes", "DS Amy Lau" is "DS Lau".
# Finland's doctorates, "Dr." in an English letter: "FT Mikko Laaksonen" is Dr. Laaksonen.
_COURTESY = _words("titles", "courtesy")
_TITLES_IN_CAPITALS = frozenset(("DI", "PC", "DC", "DS", "DCI", "PCSO", "FT", "TkT", "YTT", "KTT"))


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


# Endings of Romanian family names, never of given names: "Ionescu", "Popescu", "Vasilescu".
_ROMANIAN = ("escu", "eanu")
# A Japanese name written family name first: "Kitagawa Haruko". Both words are syllables of
# romanised Japanese; the first ends as family names do, the second as given names do.
_ROMAJI = lazy(r"^(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|[jfwy])?[aiueo]|n(?![aiueo]))+$")
_JAPANESE_FAMILY_ENDS = (
    *("kawa", "gawa", "moto", "mura", "yama", "hara", "bara", "shima", "jima", "saki", "zaki"),
    *("naka", "oka", "hashi", "bayashi", "uchi", "mori", "tani", "zawa", "sawa", "gashi", "nabe"),
)
_JAPANESE_GIVEN_ENDS = (
    *("ko", "mi", "ro", "ki", "ka", "shi", "ya", "to", "suke", "ji", "hei"),
    *("ta", "ma", "na", "ri", "ho"),  # "Oyama Kenta", "Takuma", "Haruna", "Yuri", "Miho"
    "ichi",  # "Kōichi", "Shin'ichi"
)


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
    if len(words) == 2 and first in _KOREAN_FAMILY and not _EAST_ASIAN_SYLLABLES.match(given):
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
    if len(words) == 2 and first in _KOREAN_FAMILY and not _known_given(words[1]):
        return True  # "Park Jiwoo", "Kim Minseo": a Korean name, family name first
    syllables = all(len(w) <= 4 and w.isalpha() and w[:1].isupper() for w in words[1:])
    if len(words) == 3 and first in _CHINESE_FAMILY and syllables:
        return True  # "Lau Kok Wai", "Wong Mei Ling": a given name of two syllables after
    chinese_given = len(words) == 2 and _EAST_ASIAN_SYLLABLES.match(given) and len(given) <= 6
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
    # family name first and none after it
    return (
        len(words) in (2, 3)
        and words[0].lower() in listed
        and not any(w.lower() in listed for w in words[1:])
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
    return word.strip(".,()").lower()


# Words that name a post rather than a person, after a comma or before a dash.
_POSTS = frozenset(
    """coordinator officer assistant specialist partner adviser advisor associate analyst
    resourcing
    supervisor mgr recruitment hiring ceo cfo coo cto cio chro cmo vp svp evp gm hrbp chief
    executive president auditor controller treasurer registrar deputy bursar provost rector
    exec producer editor clerk founder co-founder cofounder dir""".split()
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
            after = words[k + 1 :]
            if all(w[:1].isupper() for w in after) and len(after) <= 3:
                name = " ".join(after)  # "Occupational psychologist Riikka Salo"
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
# A person written down by what they are, in lower case: a description, never a name or title.
_SOMEONE = frozenset("lady guy man woman gentleman bloke chap girl someone person".split())
_DESCRIBED = "no name is recorded, only a description"
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
# Posts that stand before a family name as a title: "Director Kim", "Principal Okafor".
_POST_AS_TITLE = frozenset(
    "director principal chairman chairwoman president headmaster headmistress".split()
)
# Words of an aside that say a Sister is a religious sister: "(Mercy sisters)", "(nun)".
_OF_AN_ORDER = lazy(r"\b(?:sisters|nuns?|convent|congregation|religious|order of)\b", re.I)
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
    r"|(?:(?:she|he|they)\s+)?(?:said|says|asked(?: me)?)(?: to)?\s+)?"
    r"(?:goes by|prefers|preferred name|known as|aka|a\.k\.a\.?"
    r"|calls (?:himself|herself|themselves)|calls? (?:him|her|them|me))"
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
_GIVEN = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Two people in one entry, by their given names alone: "Kayla & Ramon (asst mgrs #14)".
_TWO_GIVEN_NAMES = lazy(rf"^({_GIVEN}) (?:&|and|\+) ({_GIVEN})(?:\s*\([^()]*\))?$")
# Three or more given names, one note: "Kyle, Brittany & Rhonda", "Shannon, Abi & Kerry-Ann".
_SEVERAL_GIVEN_NAMES = lazy(
    rf"^({_GIVEN}(?:, {_GIVEN})+),? (?:&|and|\+) ({_GIVEN})(?:\s*\([^()]*\))?$"
)
# Two people in one entry, one family name: "Mr. & Mrs. Fernando", "Dr. and Mrs. Okafor".
# In another language the couple is written in English ("Herr und Frau Kaufmann" is Mr. and
# Mrs. Kaufmann: the idiom of a couple sharing a name, where "Frau" alone is Ms.).
_COURTESY_OF_A_COUPLE = r"Mr|Dr|Mrs|Ms|Herr|Frau|Dhr|Mevr|Mme|Monsieur|Madame|Meneer|Mevrouw"
_A_COUPLE = lazy(
    rf"^(?P<one>(?:{_COURTESY_OF_A_COUPLE})\.?)\s+(?:&|and|und|en|et|og|och)\s+"
    rf"(?P<other>(?:{_COURTESY_OF_A_COUPLE})\.?)\s+"
    r"(?P<family>[A-Z][\w'’-]+)(?:\s*\(.*\))?$"
)
_A_WIFE_IN_ENGLISH = {"Ms.": "Mrs."}  # "Frau" beside "Herr": the couple's form


def _a_couple_in_english(title: str) -> str:
    """ "Herr" is Mr., "Frau" beside him Mrs.; an English title stays as typed."""
    english = _IN_ENGLISH.get(_key(title))
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
    _FORMAL_TITLES | _COURTESY | _ELECTED | frozenset("engr eng atty attorney deacon coun".split())
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
        if len(nick) >= 3 and nick[:3] in full:
            return True  # "Trish", "Tunde", "Liz"
        kept = letters_within(rest, full[2:])
        endearing = rest[-1:] in ("y", "i", "e", "o", "a") and letters_within(rest[:-1], full[2:])
        return nick[:2] == full[:2] and (kept or endearing)  # "Dot"; "Ray", "Bree"

    known = _SHORT_FORMS.get(nick, [])  # "Peggy" of Margaret: a form of the name in English
    return any(a_form_of(fold(g).lower()) or fold(g).lower() in known for g in given)


# "Peggy" of Margaret, "Bill" of William: English short forms that do not keep the letters.
_SHORT_FORMS: dict[str, list[str]] = dict(_WORDS["given_names"]["short_forms"])


# Particles that start a family name and are never a given name: "Vander Veen".
_LEADING_PARTICLES = frozenset("vander vanden vande ter ten dos das mc".split())  # not "Della"
# Two people of one family, one note: "Dale & Bev Thibodeau".
_COUPLE = lazy(
    r"^([A-Z][a-z]+) (?:&|and) ([A-Z][a-z]+) (?:(?:Van|Von|De|Du|Le|La|Mac) )?[A-Z][\w'’-]+$"
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


# A post written with its department's letters: "HR-konsult", "IT-chef".
_POST_CODE = lazy(r"^[A-Z]{2,4}-[a-zåäöæøéü]+$")
# A post written as its code before an initial and a name: "PA III T. Nakamura".
_POST_CODE_BEFORE = lazy(r"^(?:[A-Z]{2,5}\s+)+(?:[IVX]{1,4}\s+)?(?=[A-Z]\.\s*[A-Z][a-z])")
# Where a name is often written family name first, in Central and West Africa's French- and
# English-speaking offices: a title before it cannot say which word is its family name.
_FAMILY_NAME_OFTEN_FIRST = frozenset(
    {"CI", "CM", "BF", "ML", "GN", "NE", "TD", "CG", "GA", "BJ", "TG"}
)
_FAMILY_OFTEN_FIRST = "here the family name is often written first: greet them as they sign"


def _order_in_doubt(words: list[str], country: str) -> bool:
    """ "Ebot Tabi Joseph", "Gbané Lassina": where the family name is often written first, a
    name that ends in a given name the lists hold and opens with none (and no capitals mark
    its family name, as "NDE Fonkwo Peter" does): which word a title goes with is unknown."""
    return (
        _where(country) in _FAMILY_NAME_OFTEN_FIRST
        and len(words) >= 2
        and not any(w.isupper() and len(w) > 1 for w in words)
        and _listed_given(words[-1])
        and not _listed_given(words[0])
        and not _known_family(words[-1])
    )


_BORN = lazy(r"\s+n[ée]e\s+[^-–—,(]*?(?=\s*(?:[-–—,(]|$))")
_ARTICLE_BEFORE_RESPECT = lazy(r"^(?:el|al)\s+(?=ra(?:y|')?[ei]s\b)", re.I)
_A_DEGREE_NOT_SAID = "a degree an English letter leaves out: greet them as Mr. or Ms., as they sign"
# Why the plan asks, after a word of respect ("Papa Kabongo") or "sir" ("Mukherjee sir").
_RESPECT = "a word of respect, not a title a letter uses: the family name and a title are needed"
_ADDRESSED = "“sir” or “madam” is how you spoke to them; a letter needs a title and family name"
# A post typed before a name: "Training Director Bill Kessler". "Director" alone first is used
# as a title ("Director Hugo Sepúlveda Toro" is Director Sepúlveda, as "Director Kim" is).
_ROLE_BEFORE = lazy(
    r"^(?:[A-Z][a-z]+ (?=Director)|(?:[A-Z][a-z]+ )?(?=Manager|Coordinator|Supervisor|Officer))"
    r"(?:Director|Manager|Coordinator|Supervisor|Officer)\s+(?=[A-Z][a-z]+ [A-Z])"
)


# Words of age or looks before a person described, not named: "older lady", "young guy".
_LOOKS = frozenset("older old young younger tall short".split())


def _titled_name(side: str) -> bool:
    """ "Snr Prof. Kumudini Abeysekara" of "... - Dean FoS": a title in its first two words says
    this side names the person, and the other side is a post."""
    return any(_is_title(w) for w in side.split()[:2])


def _named_side(name: str) -> str:
    """Of "Tom Reyes - sr paralegal", "Charge MIT - Fiona McAllister" and "Recruitment Team –
    Al-Rawdah", the side that names whom to greet: a person's name, else a team."""
    sides = re.split(r"\s+[-–—]\s+|:\s+", name, maxsplit=1)  # "Store team rep: Bianca S."
    if len(sides) < 2 or sides[0].count("(") > sides[0].count(")"):
        return name  # "Johan Pretorius (Head: Commercial Lines)": an aside
    head, tail = (side.strip() for side in sides)
    if not head.split() or not tail.split():
        return name  # ":", "HR: ": nothing on one side
    if is_group(head) and _key(tail) in _REGIONS and not _a_listed_given_name(tail):
        return head  # "Talent Acquisition - Romania": where the team works (late289)
    if is_group(head) and not is_group(tail) and _a_persons_name(tail):
        # "Talento Humano - Carolina Jaimes": the team, then who wrote (late285); not where
        # it is, "Talent Team - Remarkables Alpine"
        where = tail.split()[-1].lower() in _WHERE_A_BODY_IS  # "- Ontario Region"
        if _listed_given(tail.split()[0]) and not _known_word(tail.split()[0]) and not where:
            return tail
    if _NICKNAME.search(tail) and not _NICKNAME.search(head) and tail[:1].isupper():
        # "Ama de llaves ejecutiva - Ma. Guadalupe \"Lupita\" Tirado": a name with the one
        # she goes by after the dash; the post before it, in its language (late285)
        return tail
    # "Ms Harriet Lowe", "Mr D. Sneddon": a title, then capitals (an initial among them)
    titled = tail.split()[1:] and all(
        w[:1].isupper() and (w[1:2].islower() or re.fullmatch(r"[A-Z]\.", w)) for w in tail.split()
    )
    honoured = len(head.split()) == 2 and _key(head.split()[1]) in _AFTER_NAME  # "Khan sahib"
    a_post = (_a_persons_name(head) or honoured) and _names_a_role(tail)  # "... - Chief Reporter"
    post = bool(tail.split()) and tail.split()[0].endswith(",")  # "Dean, Social Sciences"
    if titled and _is_title(tail.split()[0]) and not _titled_name(head) and not a_post and not post:
        return tail  # "Senior Coroner - Ms Harriet Lowe": the title says who is named
    posted = (_is_role_noun(w) or _is_title(w) or _key(w) in _RANKS_OF_A_POST for w in head.split())
    initialled = re.fullmatch(r"[A-Z]\.\s?[A-Z][\w'’-]+", tail)  # "T. Brooks"
    if all(posted) and (
        _a_persons_name(tail, 1)
        or (_is_title(tail.split()[0]) and len(tail.split()) > 1)
        or initialled
    ):
        return tail  # "Interpreter - Noy", "Vice Dean - Prof. Dr. Selim Aksoy": post, then name
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
    if (
        re.fullmatch(r"[A-Z]{2,4}", head)
        and re.fullmatch(r"[A-Z][^\W\d_]+", tail)
        and tail[1:].islower()
        and not is_group(tail)
    ):
        return tail  # "KP - Dougie", "EHS - Sinéad": a post's letters, then the name
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


def _a_listed_given_name(side: str) -> bool:
    """ "Ciara", "Beth-Anne": one capitalised word (or two joined by a hyphen) that the list of
    common given names holds, and no family name the lists know."""
    if re.fullmatch(r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?", side) is None:
        return False
    return not _known_family(side) and all(
        fold(part) in _GIVEN_FOR_A_HANDLE for part in side.split("-")
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


def _greeted_by_its_shape(name: str) -> Greeting | None:
    """A name whose whole shape says how to greet it, before its words are read one by one:
    a couple, a post then a family name, an office before its parent, a married name."""
    couple = _COUPLE.match(_PAREN.sub("", name).strip())
    a_post = couple and _is_role_noun(couple.group(0).split()[-1])  # "Safety & Training Manager"
    if couple and not is_group(name) and not a_post:  # "Dale & Bev Thibodeau": two, one note
        return Greeting(f"{couple[1]} and {couple[2]}")
    # "Workshop team (Bram & Youssef)", "the line crew (Dre, Marisol & Keith)": before the
    # commas are read, and only here
    members = _the_members(name) if is_group(_PAREN.sub("", name).strip()) else ""
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
    ):
        return Greeting(_group(office))  # "Faculty Affairs Office, Graduate School of Science"
    married = _MARRIED_NAME.match(_PAREN.sub("", name).strip())
    if married:  # "Horváthné Tóth Ildikó": "-né", wife of Horváth, says how to greet her
        return Greeting(f"Mrs. {married[1]}")
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


def _half_a_name(name: str) -> Greeting | None:
    """A name cut short ("Van der ...?"): asked about; after a description and a comma
    ("Hydrogeologist from the Dutch consultancy, Van der ...?"), the description."""
    missed = _NO_NAME.search(name) or _CAUGHT.search(name)
    if not re.search(r"\w ?(?:\.\.\.|…)", name) or missed:
        return None  # "external examiner (Dr ... ? didn't catch)" is read as a description
    before, comma, _ = name.partition(", ")
    if comma and not re.search(r"\.\.\.|…", before):
        return Greeting(_title_case(re.sub(r"^the\s+", "", before, flags=re.I)), _DESCRIBED)
    return Greeting(name.strip(), ask="the notes did not get the whole name")


_AH_FAMILY = lazy(r"(?<=[a-z] )Ah ([A-Z][a-z]+)\b")


def greeting_name(
    name: str, salutation: str | None = None, company: str = "", country: str = ""
) -> Greeting:
    """How to greet ``name`` (a salutation given in the file always wins); the ``company``
    tells a family name that names the firm ("Airey" of "Airey Walling & Fencing"), and the
    interview's ``country`` (ISO 3166) where a name has no family name at all."""
    if salutation:
        return Greeting(salutation)
    name = _as_dictated(name)  # "Lacy no Lacey Tremblay", "HR comma Aisling"
    # Irish "An tUasal" (Mr.) and "An Bhean Uasal" (Ms.), two words and more (never "Dear An,")
    name = _IRISH_COURTESY.sub(lambda m: "Mr." if m[1] else "Ms.", name)
    # In Hawaii "Ah" after a given name opens a Chinese-Hawaiian family name of two words ("Ah
    # Sing", "Ah Yo"), kept whole: read joined, as one family name, then written as typed
    hawaiian = _AH_FAMILY.search(name) if country.upper() == "US-HI" else None
    if hawaiian:
        joined = f"Ah-{hawaiian[1]}"
        found = greeting_name(name.replace(hawaiian[0], joined, 1), None, company, country)
        return replace(found, name=found.name.replace(joined, hawaiian[0]))
    name = _AN_AGE_AFTER_A_COMMA.sub("", name)  # "Martina, 15 (youth council)": her age
    # "Mme Ba née Sy Aminata": the family name she uses is the one before "née" (late297 readers:
    # "Dear Ms. Aminata," embarrassed); "el rayes Shaaban": the Arabic article before a word
    # of respect ("Dear El,", late298)
    name = _BORN.sub("", _ARTICLE_BEFORE_RESPECT.sub("", name))
    team = _A_WORD_THEN_ITS_WORK.fullmatch(name.strip())
    long = team is not None and len(team[1]) >= 12 and "-" not in team[1]  # not "Ana-Marija"
    # "Jinji-bu (HR team)": the brackets say it is a team, so the word is its name (late294)
    said = team is not None and team[3] is not None
    if team and (long or said) and not _listed_given(team[1]) and not _known_family(team[1]):
        # "Mannauðssvið (HR)": a department in its own language, one long word (a compound),
        # what it does in brackets (never "Dear Mannauðssvið,": late281); "Deb (HR)" is Deb
        return Greeting(_group(team[2]))
    found = _greeting_name_of(name, company, country)
    if found.name.endswith((",", ";")):  # "Ma'am Gemma, CPA - ...": never "Dear Ma'am Gemma,,"
        found = replace(found, name=found.name.rstrip(",; "))
        if not found.name:  # "," or ";" alone
            return Greeting(name.strip(), ask="no name is recorded")
    return _never_by_the_given_name_alone(
        _never_greeted_so(found, name, company, country), name, country
    )


# The Prophet's name, which opens many a given name of two: "Mohamed Ali", "Mohamed Amine".
_PROPHETS_NAME = frozenset("mohamed mohammed muhammad mohammad mohamad mhamed".split())
_IRISH_COURTESY = lazy(r"^\s*An (?:(tUasal)|Bhean Uasal)\b", re.I)
# One word, then in brackets only what a team does: "Mannauðssvið (HR)".
_A_WORD_THEN_ITS_WORK = lazy(
    r"([^\W\d_][\w-]+)\s*\((HR|RH|People|Recruitment|Talent Acquisition)( team)?\)"
)


def _listed_given(word: str) -> bool:
    """Whether the list of given names holds ``word`` (a word in letters it cannot fold to
    ASCII, "Mannauðssvið", it does not)."""
    from afterview.compose.reading import lexicon

    return lexicon.listed(_GIVEN_NAMES, fold(word).strip(".,'’\"?"))


def _never_by_the_given_name_alone(found: Greeting, name: str, country: str) -> Greeting:
    """ "Ochiai, Mariko" in Japan asks, as "OCHIAI Mariko" does: where names put the family name
    first, the given name alone is too familiar, and Mr. or Ms. is never guessed (late280
    readers: "Dear Mariko," to a Board of Education supervisor). An English name they go by
    ("Chen, Xiaoming (Kevin)") is greeted still."""
    if found.ask or _where(country) not in _FAMILY_NAME_FIRST_COUNTRIES:
        return found
    typed = _PAREN.sub(" ", name).strip()
    before, comma, after = typed.partition(",")
    last, first = before.split(), after.split()
    if not comma or len(last) != 1 or not first or found.name not in (first[0], " ".join(first)):
        return found
    key = _key(last[0])
    east = key in FAMILY_FIRST or key in _KOREAN_FAMILY or key in _CHINESE_FAMILY
    pair = [_key(last[0]), _key(first[0])]
    japanese = all(map(_ROMAJI.match, pair)) and pair[1].endswith(_JAPANESE_GIVEN_ENDS)
    east = east or (_where(country) == "JP" and japanese)  # "Ochiai, Mariko"
    from afterview.compose.reading import lexicon

    if not east or lexicon.spelling(first[0].lower()) == first[0]:
        return found  # "Smith, John" in Japan, "Huang, Daniel": by the name in English
    why = "the given name alone is too familiar here, and Mr. or Ms. is never guessed"
    return Greeting(f"{last[0]} {' '.join(first)}", ask=why)


def _never_greeted_so(found: Greeting, name: str, company: str, country: str) -> Greeting:
    """``found``, unless it greets what no letter greets by itself: a word written short that
    no list knows, a trade's nickname, "Assistant", a courtesy title alone, a name without the
    honorific it was typed with, a word no list knows as a given name (each faulted by blind
    readers); then the name is read again from what it should be, or the plan asks."""
    short = _an_unknown_short_form_first(name)
    if short and not found.ask and found.name == short:
        why = f'"{short}" before the name may be a rank or a post: greet them as they sign'
        return Greeting(_PAREN.sub("", name).strip(), ask=why)
    quoted = _NICKNAME.search(name) if any(q in name for q in _QUOTES) else None
    if quoted and fold(quoted.group(1).strip()) in _A_TRADES_NICKNAME:
        # "Mick 'Sparky' O'Donoghue": what a site calls every electrician, not his name
        return greeting_name(name.replace(quoted.group(0), " ", 1), None, company, country)
    if quoted and not found.ask and found.name == quoted.group(1).strip():
        return replace(found, nickname=True)
    if not found.ask and re.fullmatch(r"Assistant \S+", found.name):
        # "Asst. City Mgr. Paul Engebretsen": a post's first word is no title ("Dear Assistant
        # Engebretsen," embarrassed the late272 readers); greeted as the name after the post
        tail = _PAREN.sub(" ", name).split()[-2:]
        if len(tail) == 2 and all(_A_NAME_WORD.match(w) for w in tail):
            return greeting_name(" ".join(tail), None, company, country)
        return Greeting(_PAREN.sub(" ", name).strip(), ask=_ONE_AFTER_A_POST)
    typed = _PAREN.sub(" ", name).split()
    if not found.ask and found.name in typed[1:] and _key(found.name) in _COURTESY:
        # "PDL Frau Brigitte Sommer": a title is never greeted alone ("Dear Frau," late277)
        return greeting_name(" ".join(typed[typed.index(found.name) :]), None, company, country)
    honoured = _an_honorific_the_greeting_drops(found, typed)
    if honoured:  # "Matsui Yuko-sensei": never "Dear Matsui," (late280)
        return Greeting(" ".join(typed), ask=f'"{honoured}" says how they are addressed')
    unknown = _a_word_no_list_knows(found, name)
    if unknown:
        why = f'"{unknown}" {_NO_LIST_KNOWS}: it may be a family name, a post or a label'
        why += "; greet them as they sign"
        bare = _PAREN.sub(" ", name).strip()
        alone = [part for part in _PARTS_OF_A_NAME.split(bare) if part.strip() == unknown]
        return Greeting(alone[0] if alone else " ".join(bare.split()), ask=why)  # "Verhage"
    return found


def _an_honorific_the_greeting_drops(found: Greeting, typed: list[str]) -> str:
    """An honorific joined to a word of the name ("-sensei" of "Matsui Yuko-sensei") that the
    greeting leaves off, or "": the name says how they are addressed, and "Dear Matsui," does
    not say it."""
    if found.ask or titled_greeting(found.name):
        return ""  # "Choi Myung-hee gyosu-nim": "Prof. Choi" says it
    for word in typed:
        stem, hyphen, honorific = word.rpartition("-")
        if hyphen and stem and honorific.lower() in _JOINED_AFTER and word not in found.name:
            return f"-{honorific}"
    return ""


def _a_word_no_list_knows(found: Greeting, name: str) -> str:
    """The word of a greeting by given name that no list knows as a given name ("Hotellsjef" of
    "Hotellsjef Trine Bakke", "Sysadmin" of "Sysadmin - Taras", "Verhage" typed alone), or ""
    when every word is a given name, or the name as typed says it is one: "Last, First", a name
    in quotes or brackets, a name called so, a given name before a family name or its initial
    ("Dilrukshi Fernando", "Vaine T."), or before a particle ("Jugah anak Nyandang")."""
    if found.ask or found.nickname or titled_greeting(found.name) or is_group(found.name):
        return ""
    from afterview.compose.reading import lexicon
    from afterview.compose.reading.closed import FUNCTION_WORDS

    bare = _PAREN.sub(" ", name).strip()
    last_first = re.fullmatch(r"[^,]+,\s*([^,]+)", bare)
    if last_first and found.name.split()[0] in last_first[1].split():
        return ""  # "Naidoo, Kershnee": the comma says which is the given name
    marked = re.search(rf"[{_QUOTES}(]\s*{re.escape(found.name)}", name)
    if marked or re.search(r"\b(?:calls?|called|goes by)\b", name):
        return ""  # "Oyuntsetseg (Oyuka)", "Brian Amooti Tumusiime (calls himself Amooti)"
    for part in _PARTS_OF_A_NAME.split(bare):  # "HR: Ndapewa Shikongo - HR"
        words = part.split()
        if found.name.split()[0] in words:
            at = words.index(found.name.split()[0])
            if at and fold(words[at - 1]) in _KIN_LEFT_OFF_WHERE:
                return ""  # "Sisi Ndeshi": a word of respect said before a given name
            after = words[at + len(found.name.split()) :]
            if len(after) == 1 and (after[0][:1].isupper() or _is_initial(after[0])):
                return ""  # "Dilrukshi Fernando", "Vaine T.": a given name, then the family's
            small = after[0] if after else ""
            particle = small in _PARTICLES | _PATRONYMIC | {"anak", "ak", "do"}
            english = lexicon.known(small) or small in FUNCTION_WORDS  # "night", "from"
            if small[:1].islower() and (particle or english):
                # "Jugah anak Nyandang", "Marcinho do Boi", "Simalua from HR"; not "Johtava
                # hoitaja", a post in another language (late281)
                return ""
    for person in re.split(r"\s*(?:,|&|\+|\band\b)\s*", found.name):  # "Lars and Ingrid"
        words = person.split()
        if len(words) > 2 or "." in person or person.isupper():
            continue  # a post of words, initials ("T.J."), letters ("TM"): read elsewhere
        if any(_is_title(w) or _is_role_noun(w) for w in words):
            continue
        for word in (p for w in words for p in w.split("-") if p):
            if not _a_given_name(word):
                return word
    return ""


def _a_given_name(word: str) -> bool:
    """Whether ``word`` is a given name some list knows (compose/data/given_names.txt, from
    public name sets, and names.toml's), a father's name ("Valentinovich"), or written in a
    script the lists do not hold ("Ольга", "Þórður")."""
    from afterview.compose.reading import lexicon

    key = fold(word).strip(".,'’\"?")
    if key and _CYRILLIC.fullmatch(key):  # "Игорь": the lists hold it as "Igor"
        return _a_given_name(key.translate(_CYRILLIC_IN_LATIN))
    if not key or not key.isascii() or not key.replace("'", "").isalpha():
        return True
    if key.startswith("p'") or key.endswith(_JOINED_RESPECT):
        # Thai "P'Bee" (an elder's "Phi"), Gujarati "Kantibhai", "Hetalben": the name within
        stem = key.removeprefix("p'")
        stem = next((stem.removesuffix(e) for e in _JOINED_RESPECT if stem.endswith(e)), stem)
        return len(stem) < 3 or _a_given_name(stem)
    own = key in _GIVEN_FOR_A_HANDLE or key in _MALAY_GIVEN or key in _GIVEN_IN_BRAZIL
    listed = _listed_given(word) or lexicon.listed(_GIVEN_NAMES, key.replace("'", ""))
    return own or key in _SAINTLY or listed or key.endswith(_PATRONYMIC_ENDINGS)


_GIVEN_NAMES = Path(__file__).parent / "compose" / "data" / "given_names.txt"
# Cyrillic letters in Latin ones, as the lists of given names spell them ("Игорь" is Igor,
# "Айгерим" Aigerim): only to look a word up, never to write it. Russian, Ukrainian,
# Belarusian and Kazakh letters.
_CYRILLIC = lazy(r"[а-яёіїєґўәғқңөұүһ'-]+")
# one letter, or more ("ж" is zh), in small letters; capitals map to capitalised Latin
_CYRILLIC_LETTER = zip(
    "абвгдезийклмнопрстуфыэіўәғқңөұүһґ", "abvgdeziyklmnoprstufyeiuagknouuhg", strict=True
)
_CYRILLIC_LETTERS = zip(
    "ёжхцчшщюяїєъь", "yo zh kh ts ch sh shch yu ya yi ye _ _".split(), strict=True
)
_IN_LATIN = {k: v.strip("_") for k, v in [*_CYRILLIC_LETTER, *_CYRILLIC_LETTERS]}
_CYRILLIC_IN_LATIN = str.maketrans(
    {**_IN_LATIN, **{k.upper(): v.capitalize() for k, v in _IN_LATIN.items()}}
)


def _latin_spelling(word: str) -> str:
    """A word in Cyrillic letters spelled in Latin ones, to read its shape as Latin names are
    read ("Гаджиев Р.М." is "Gadzhiev R.M."); other words as they are."""
    return word.translate(_CYRILLIC_IN_LATIN)


# What a site calls anyone of a trade, typed as a nickname: never greeted as the name.
_A_TRADES_NICKNAME = _words("nicknames", "of_a_trade")
_NO_LIST_KNOWS = "is no given name Afterview knows"
# What parts a name as typed into its labels and asides: "HR: Ndapewa Shikongo - took notes".
_PARTS_OF_A_NAME = lazy(r"\s*[,:;–—]\s*|\s+-\s+")
_JOINED_RESPECT = tuple(sorted(_words("given_names", "joined_respect")))
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
    r"^(Ven\.?|Venerable)\s+(?:[A-Z][\w'’-]+\s+)*?([A-Z][\w'’-]+)\s+(Thero|Thera|Himi)\b"
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
    if monk:
        return Greeting(f"Ven. {monk[2]} {monk[3]}")
    chief = _A_CHIEF_OF_A_TRADE.match(name)
    if chief and not _is_title(chief[2]) and _known_word(chief[2]) and not _is_title(chief[3]):
        if _a_listed_given_name(chief[3]):
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
    head = re.split(r"\s+[-–—]\s+", name, maxsplit=1)[0]
    if labelled and title_then_name and not _a_persons_name(head):
        return labelled[1]
    lowered = _A_POST_IN_LOWER_CASE.match(name)
    if lowered and _a_post_in_another_language(lowered[1].split()):
        return name[lowered.end() :]
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
    titled = len(inside) >= 2 and _is_title(inside[0]) and _a_persons_name(" ".join(inside[1:]), 1)
    a_post = _names_a_role(label) or any(w.islower() or _LETTERS.match(w) for w in label.split())
    named = _titled_name(label) or _a_persons_name(label, 1)
    return " ".join(inside) if titled and a_post and not named else ""


_LETTERS = lazy(r"[A-Z]{2,}\d*$")  # "CNM3 (Mrs Teresa Hanley)": a grade's letters too
_LETTERS_OF_A_POST = "the letters of a post or a degree come first, and alone they are no greeting"
_A_TITLED_NAME_IN_BRACKETS = lazy(r"(?P<label>[^()]+?)\s*\((?P<inside>[^()]+)\)\s*")


def _greeting_name_of(name: str, company: str, country: str) -> Greeting:
    whole = _read_whole_first(name)
    if whole:
        return whole
    without = _without_what_stands_before(name)
    if without:
        return _greeting_name_of(without, company, country)
    joined_post = _A_JOINED_POST_BEFORE_A_TITLE.match(name)
    if joined_post:
        return _greeting_name_of(name[joined_post.end() :], company, country)
    initial = _AN_INITIAL_FOR_A_FAMILY_NAME.match(name)
    # where the given name is used ("Ms. Phonesavanh S." in Laos) or the initial is the father's
    # name ("Ms. Deepa S" in India), the title goes with the given name: not changed
    if initial and _where(country) not in _GIVEN_NAME_USED | _INITIAL_LAST:
        return Greeting(initial[1], ask="only an initial of the family name is recorded")
    called = _CALLED_SO.search(name)
    typed = name[: called.start()].strip() if called else ""
    if typed and len(typed.split()) <= 3 and not re.search(r"[(),?]|\s[-–—]\s", typed):
        return Greeting(typed)  # "Dr. K (tox, everyone calls her that)": the name as typed
    family = _a_family_word(name)  # "Po Po (Winnie's mum)": a grandmother, never "Dear Po,"
    if family:
        return family
    name = _AN_AGE.sub("", name)  # "Aoife (9) and Fionn (6)": two children, and their ages
    name = _with_a_space_after_its_title(name)  # "Mr.Klaus Weber": Mr. Weber, never "Mr.Klaus"
    dotted, _, undotted = name.partition(" ")
    if dotted.endswith(".") and _key(dotted) in _AFTER_A_DOT and undotted[:1].isupper():
        name = f"{_AFTER_A_DOT[_key(dotted)]} {undotted}"  # "Mal. Bello Shehu": Mallam Bello
    name = _CANDIDATE_OF_SCIENCES.sub("Dr. ", name)  # "Cand. Sc. Grigory Feldman": Dr. Feldman
    opening = name.split()[0] if len(name.split()) > 2 else ""
    if opening in _A_MAN_S and (not _A_MAN_S[opening] or _where(country) in _A_MAN_S[opening]):
        return _a_man_named(name, company, country)  # "Md. Kamrul Hasan": Mr. Kamrul Hasan
    here = _a_title_of_the_country(name, country)  # "Tate Petrus Shikongo" in Namibia
    if isinstance(here, Greeting):
        return here
    name = here
    words = name.split()
    if len(words) >= 2 and _key(words[-1]) in _REGIONS and _key(words[-2]) in _GROUPS:
        name = " ".join(words[:-1])  # "Talent Acquisition DACH": the team, not where it works
    # "Dpty Principal Okafor": a word of the post written short, and no title, read spelled out
    first, _, rest = name.partition(" ")
    spelled = _POSTS_SPELLED_OUT.get(_key(first), "")
    after = rest.split()[0] if rest.split() else ""
    posted = _is_title(after) or _is_role_noun(after) or _key(after) in _POSTS_BEFORE_A_NAME
    if spelled and not _is_title(first) and after[:1].isupper() and posted:
        return greeting_name(f"{spelled} {rest}", None, company, country)
    # "Vice-principal Darnell Whitehorse": the post read as its two words, written as one
    joined = _JOINED_POST.match(name)
    if joined:
        post = f"{joined[1]} {joined[2].capitalize()}"
        found = greeting_name(name.replace(joined[0], post, 1), None, company, country)
        if found.name.startswith(post):
            return replace(found, name=found.name.replace(post, post.replace(" ", "-"), 1))
        return found
    found = _never_a_word_of_the_post(_greeting_name(name, company, country), name)
    return _never_a_rank_alone(_never_a_title_alone(found, name, country), name)


# An age in brackets after a name, no part of it: "Aoife (9)", "Ethan (7 yrs)", "(age 4)".
_AN_AGE = lazy(r"\s*\((?:aged?\s*)?\d{1,2}(?:\s*(?:yrs?|years?(?: old)?|yo|y/o|y\.o\.))?\)")
_A_FAMILY_WORD = (
    "a family's word for a grandparent, not a name: how a letter greets them is not known"
)


def _a_family_word(name: str) -> Greeting | None:
    """ "Po Po (Winnie's mum)", "Halmeoni", "Granny Rose": what a family calls a grandparent
    (Cantonese, Korean, English), never a name ("Dear Po,") nor how a letter from outside the
    family opens, so the plan asks; a word doubled in speech may be typed as two ("Po Po")."""
    head = _BEFORE_AN_ASIDE.split(name, maxsplit=1)[0].split()
    for size in (2, 1):
        rest = head[size:]
        named = len(rest) <= 2 and all(w[:1].isupper() for w in rest)  # "Granny Rose"
        if len(head) >= size and fold("".join(head[:size])) in _FAMILY_WORDS and named:
            return Greeting(" ".join(head), ask=_A_FAMILY_WORD)
    return None


def _never_a_rank_alone(greeting: Greeting, name: str) -> Greeting:
    """ "Maj Fiona Latchford": "Maj" without its dot is a Scandinavian given name ("Maj
    Sjöwall") or a major's rank, and before a whole name most likely the rank; never "Dear
    Maj,": the plan asks ("Maj (Retd) Fiona Latchford" says it, and is Maj Latchford)."""
    typed = _PAREN.sub(" ", name).split()
    word = greeting.name
    rank = _key(word) in _DOTTED_TITLES & _RANKS_OF_THE_SERVICES and not word.endswith(".")
    named = len(typed) >= 3 and all(w[:1].isupper() for w in typed[1:3])
    if not greeting.ask and rank and typed[:1] == [word] and named:
        return Greeting(" ".join(typed), ask="a rank written without its dot, or a given name")
    return greeting


# A title typed without the space after its dot: "Mr.Klaus Weber", "Prof.Dr. Ana Ruiz".
_NO_SPACE_AFTER = lazy(r"(?<![\w.])([A-Za-z]{1,5}\.)(?=[A-Z][a-z])")


def _with_a_space_after_its_title(name: str) -> str:
    """ "Mr.Klaus Weber" is "Mr. Klaus Weber": a title, then the name, the space left out; a
    word that is no title keeps its dot where it is ("J.Smith": an initial)."""
    return _NO_SPACE_AFTER.sub(lambda m: f"{m[1]} " if _is_title(m[1]) else m[1], name)


def _where(country: str) -> str:
    """The country of an ISO 3166 code, without its region: "IN-KL" is "IN"."""
    return country.split("-")[0].upper()


def _title_here(word: str, country: str) -> str:
    """The English title a word of respect is in the interview's country ("Tate" in Namibia is
    "Mr."), or "" where it is none ("Tate" is a given name in English)."""
    found = _IN_ENGLISH_WHERE.get(_key(word))
    return str(found["title"]) if found and _where(country) in found["countries"] else ""


def _honorific_here(word: str, country: str) -> bool:
    """ "Adi" in Fiji: a chiefly title that goes with the given name there, a given name
    elsewhere."""
    return _where(country) in _WITH_GIVEN_NAME_WHERE.get(_key(word), ())


def _a_title_of_the_country(name: str, country: str) -> str | Greeting:
    """ "Tate Petrus Shikongo" in Namibia is "Mr. Petrus Shikongo", "Mam Dube" in South Africa
    "Ms. Dube": a word of respect written as the English title it is there; "Adi Litia
    Naivalu" in Fiji is greeted "Adi Litia", the title with the given name; "D. Amélia" in
    Portugal "Dona Amélia", written out before her given name."""
    words = name.split()
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
}


def _a_man_named(name: str, company: str, country: str) -> Greeting:
    """ "Md. Kamrul Hasan (Regional Mgr)": "Md." (Mohammad) names a man, so "Mr." guesses
    nothing, and he is greeted by the whole name after it, as Bangladesh writes ("Dear Mr.
    Kamrul Hasan"); a title of his own or a nickname still wins. So do "Sk. Mahmudul Hasan"
    (Sheikh) and, in Pakistan, "Ch. Naveed Akhtar" (Chaudhry)."""
    rest = name.split(None, 1)[1]
    found = greeting_name(rest, None, company, country)
    words = re.split(r",|\s[-–—]\s", _PAREN.sub(" ", rest))[0].split()
    given = found.name.split()
    if found.ask or not words or given != words[: len(given)] or len(words) > 3:
        return found
    return Greeting(f"Mr. {' '.join(words)}")


_JOINED_POST = lazy(r"^(Vice|Deputy|Assistant|Associate)-([A-Za-z]\w+)")
_POSTS_BEFORE_A_NAME = _POST_AS_TITLE | {"headteacher", "head", "deputy"}
_TITLES_OF_A_NAME = _COURTESY | {"dr", "prof"}


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
    return " ".join(ws[1:]) if posted and _key(title) in _TITLES_OF_A_NAME else name


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
    if letters and sum(c in "AEIOUY" for c in ws[0]) <= 1 and len(name.split()) > 1:
        # "QFB Mónica Estrada V.": a post's or a degree's letters, never the greeting (late285)
        return Greeting(_PAREN.sub("", name).strip(), ask=_LETTERS_OF_A_POST)
    if greeting.name.endswith(":"):  # "Directora:": a label, and no name after it
        return Greeting(_title_case(greeting.name.rstrip(":")), _DESCRIBED)
    initial = len(ws) > 1 and len(named) == 1 and len(named[0].rstrip(".")) == 1
    typed = _PAREN.sub(" ", name).replace(",", " ").split()
    at = typed.index(ws[0]) if len(ws) == 1 and ws[0] in typed else -1
    after = typed[at + 1] if 0 <= at < len(typed) - 1 else ""
    a_post = at >= 0 and _known_word(ws[0]) and (_is_role_noun(after) or _is_title(after))
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


_POST_ENDINGS = tuple(_words("titles", "post_endings"))


def _post_of_one_word(word: str) -> bool:
    """ "Chefdramaturgin", "Planchef": a German or Scandinavian post of one word, capitalised;
    "Psicóloga", "Abogada": one in Spanish or Portuguese that the lists hold or its ending tells
    (never "-ista" or "-era", which end given names too: "Batista", "Javiera")."""
    from afterview.compose.reading import lexicon

    if not (word[:1].isupper() and word.isalpha()):
        return False
    spanish = _key(word) in _POSTS_IN_SPANISH or re.search(r"(?:ólogo|óloga)$", word) is not None
    spanish = spanish and not lexicon.known(word.lower())  # "Director Kim": a title in English
    return spanish or fold(word).lower().endswith(_POST_ENDINGS)


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


def _after_a_post_written_short(name: str, company: str, country: str) -> Greeting | None:
    """ "Tech Supt. Lars", "Chief Eng. Gwilym Pritchard": a post of two words whose second is
    written short, and no rank (never "Dear Tech," nor "Dear Chief Pritchard,"); the name after
    it is greeted as after "Depot Mgr": one name when it is a common given name (any other may
    be the family name, and the plan asks), else the whole name as if alone."""
    found = _RANK_WRITTEN_SHORT.match(name.strip())
    if not found:
        return None
    first, short = found["rank"].split()
    if _key(short).rstrip(".") not in _POST_WORDS_WRITTEN_SHORT or not _is_title(short):
        return None  # "Eng Wei Lee": without its dot, "Eng" is a name
    ranking = _RANKS_OF_A_POST | _PART_OF_A_TITLE | set(_POSTS_SPELLED_OUT)  # "Asst. Supt."
    if _key(first) in ranking | _TITLES_OF_A_NAME | _FORMAL_TITLES:
        return None  # "Dr Eng. Ahmed Samir": a doctorate, then the title "Eng."
    who = found["who"].split()
    if len(who) > 1:
        return _greeting_name(name.strip()[found.start("who") :], company, country)
    one = who[0]
    given = fold(one) in _GIVEN_FOR_A_HANDLE and not _known_family(one)
    if given and not _looks_like_a_family_name(one):
        return Greeting(one)  # "Tech Supt. Lars"
    return Greeting(one, ask=_ONE_AFTER_A_POST)


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
_A_JUSTICE = lazy(r"^(?P<style>(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+Justice)\s+(?P<who>[A-Z].*)$")
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
    if not post.islower() or not (_is_role_noun(post) or post in ("rep", "representative")):
        return None
    # "Transport Canada": a body's name opens with a word English knows, or with letters
    opens = body[0].isupper() or lexicon.known(body[0].lower())
    named_by_a_body = opens and all(w[:1].isupper() and not _is_title(w) for w in body)
    return Greeting(_described(name), ask=_DESCRIBED) if named_by_a_body else None


def _one_name(text: str) -> str:
    """The word, if ``text`` is one capitalised word that is no title: a family name alone."""
    words = text.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][\w'’-]+", words[0]) and not _is_title(words[0]):
        return words[0]
    return ""


def _after_a_post_in_letters(name: str, company: str, country: str) -> Greeting | None:
    """ "Asst. Deputy PD Okafor", "VP Sales Okafor", "Deputy PD Ann Okafor": a post written
    short, with its letters, then the name; never "Dear Asst. Okafor," nor "Dear VP,"."""
    words = _PAREN.sub(" ", name).split()
    post = list(itertools.takewhile(_a_word_of_a_short_post, words))
    lettered = any(re.fullmatch(r"[A-Z]{2,5}", w) for w in post) and len(post) >= 2
    rest = " ".join(words[len(post) :])
    if not lettered or not rest or "," in name or " - " in name or is_group(name):
        return None
    if _one_name(rest) and not _is_role_noun(rest):
        # "OR rep Kevin": a post that ends in a word, then a common given name, as after
        # "Service Mgr" (after letters alone, "PEF Kate", the plan asks)
        worded = not re.fullmatch(r"[A-Z]{2,5}", post[-1])
        given = fold(rest) in _GIVEN_FOR_A_HANDLE and not _known_family(rest)
        if worded and given and not _looks_like_a_family_name(rest):
            return Greeting(rest)
        return Greeting(rest, ask="only a family name is recorded, after a post")
    return _greeting_name(rest, company, country) if _a_persons_name(rest) else None


# A post's letters with its grade, before a name: "CNM2" (a Clinical Nurse Manager 2), "HEO2".
_GRADED_POST = lazy(r"^([A-Z]{1,6}\d{1,2}[A-Z]?)\s+(?=[A-Z])")


def _after_a_graded_post(name: str, company: str, country: str) -> Greeting | None:
    """ "CNM2 Gráinne Kilkelly": a post's letters and grade, never a name (a family name has no
    digit), then the name, greeted as if alone; one name after it asks, as after "ADPHN"."""
    found = _GRADED_POST.match(name)
    if not found or _is_title(found[1]):
        return None  # "FO3 Cruz": a fire officer's rank, a title
    rest = name[found.end() :]
    words = _PAREN.sub(" ", rest).split()
    who = " ".join(words)
    titled = len(words) > 1 and _is_title(words[0]) and _a_persons_name(" ".join(words[1:]), 1)
    if titled or _a_persons_name(who):  # "CNM2 Ms. Ann Daly" too
        return _greeting_name(rest, company, country)
    if _one_name(who) and not _is_role_noun(who):
        return Greeting(who, ask="only one name is recorded, after the letters of a post")
    return None


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
    if over_a_part and len(person) == 1 and _a_name_no_word(person[0]):
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
    team = is_group(name) and "(" not in name  # "People & Culture": a team, by what it looks after
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
            return Greeting(plain if beside else side, ask=_ADDRESSED)
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


@dataclass(frozen=True)
class _Context:
    """What the stages of :func:`_greeting_name` share beside the name: where it was typed, and
    what its asides said of the person before the stages tidied them away."""

    company: str
    country: str
    of_an_order: bool  # a religious sister or brother: "(Mercy sisters)", ", CSJ"
    on_a_ward: bool  # a nursing sister: "(ward sister, T&O)", "(ward manager)"


def _greeting_name(name: str, company: str, country: str) -> Greeting:
    """How to greet someone by their name as typed, read in stages: each stage either knows the
    greeting, or hands the name on, tidied, to the next; the last always knows."""
    tidied = _tidied_as_typed(name, company, country)
    if isinstance(tidied, Greeting):
        return tidied
    name, context = _with_its_asides_read(tidied, company, country)
    stages: tuple[Callable[[str, _Context], Greeting | str], ...] = (
        _greeted_by_a_special_shape,  # a judge, a rank or a post written short, two people
        _greeted_by_the_name_they_go_by,  # "(goes by Jon)", "Lee Sung-ho (Mr Lee)"
        _greeted_behind_a_post,  # "Chefdramaturgin Sabine Ohlendorf"
        _greeted_as_a_firm_a_body_or_an_office,  # once what a greeting leaves out is gone
        _greeted_when_no_name_is_caught,  # "head chef Jussi (didn't get surname)"
        _with_titles_in_brackets_in_front,  # "Kamau, Wanjiru (Dr.)": "Kamau, Dr. Wanjiru"
        _greeted_by_a_doubt_or_a_description,  # "Nurse - Kay?", "DEA chair - older lady"
        _greeted_by_a_post_as_a_title,  # "Director Kim", "Principal Ana de la Cruz"
        _greeted_as_a_role_or_a_body,  # "the HR lady", "Graduate Recruitment Team"
    )
    for stage in stages:
        read = stage(name, context)
        if isinstance(read, Greeting):
            return read
        name = read
    name = _titles_after_the_comma(name)  # "Prof. Gutiérrez Ojeda, Mario"
    parsed = parse(name)  # its parts as they stand before a post in doubt is dropped, below
    undoubted = _greeted_by_initials_or_in_doubt(name)
    if isinstance(undoubted, Greeting):
        return undoubted
    return (
        _greeted_by_a_nickname(undoubted, parsed)
        or _greeted_with_an_honorific(undoubted)
        or _greeted_by_a_nickname_in_brackets(undoubted)
        or _greeted_by_one_name(undoubted, parsed, context)
        or _greeted_by_custom_or_without_a_given_name(undoubted, parsed, context)
        or _greeted_with_a_title(undoubted, parsed, context)
        or _greeted_by_the_given_name(undoubted, parsed, context)
    )


def _tidied_as_typed(name: str, company: str, country: str) -> Greeting | str:
    """The name with how it was typed tidied away (a short honorific, a word of address, a
    doctorate after it, lower case), or the greeting at once for a handle or a name typed
    with how the person is spoken to."""
    handle = _a_handle(name)  # "@mika": never "Hi @mika,"
    if handle:
        return handle
    name = _post_before_a_title(_short_honorific_written_out(name, country))
    name = _without_a_capital_post_in_doubt(name)  # "(Dean of Research? or Deputy?)"
    spoken_to = _spoken_to_as(name)  # "Santhosh sir - dosimetrist"
    if spoken_to:
        return spoken_to
    name = _without_a_word_of_address(name)  # "Mr. Ahmed sir"
    name = _doctorate_as_a_title(name, company, country)  # "Raymond P. Costa, PhD"
    if re.fullmatch(r"[a-z][a-z'’-]+, [a-z][a-z'’-]+", name):  # "okafor, chidinma", typed fast
        name = ", ".join(part[:1].upper() + part[1:] for part in name.split(", "))
    name = _NORDIC_FROM.sub(" from ", name)  # "Kari fra HR" (late311)
    name = _A_UNIT_AFTER_A_COMMA.sub(r"\1 (\2)", name)  # "Abu Omar, MHPSS"
    # "Asst. Principal Rodney Fogle Sr.": a generation after a whole name is never greeted
    return _A_GENERATION_AFTER.sub("", name)


# Norwegian and Danish "fra", Swedish "från": "from".
_NORDIC_FROM = lazy(r"(?<=[a-zà-ÿ]) (?:fra|från) (?=[A-Z])")
# Letters in capitals after a comma are a unit, never "Last, First" (not "HOLLOWAY, DWAYNE").
_A_UNIT_AFTER_A_COMMA = lazy(r"^([^,()]*[a-z][^,()]*),\s*([A-Z]{4,}[A-Z&+]*)\s*$")
# "Sr." or "Jr." after a name (and before an aside), never part of it.
_A_GENERATION_AFTER = lazy(r"(?<=\w),?\s+(?:Sr|Jr|Snr|Jnr)\.?(?=\s*(?:\(|$))")


def _with_its_asides_read(name: str, company: str, country: str) -> tuple[str, _Context]:
    """The name with its asides read for what they say of the person (a religious order, a
    nursing sister on a ward), and tidied for the stages after: the name, and the context."""
    # "(Trust Board, Mercy sisters)": an aside that says she is a religious sister
    asides = " ".join(_PAREN.findall(name))
    # "Sr. Mary Grace Olivar, ICM": her order; "Sr. Bernadette Kealey, CSJ (trustee)", an aside
    order = re.search(r",\s*([A-Z]{2,6})(\s*\([^()]*\))?$", name)
    if order and _key(order[1]) in _ORDERS:
        asides, name = f"{asides} {order[1]}", name[: order.start()] + (order[2] or "")
    of_an_order = bool(_OF_AN_ORDER.search(asides)) or any(
        _key(w.strip("()")) in _ORDERS for w in asides.split()
    )  # "(Grey Nuns)", "(SSJ)"
    if of_an_order:
        name = re.sub(r"^Sr\.?\s+(?=[A-Z])", "Sister ", name)  # of an order, "Sr." is Sister
    # "Sr Gwen Ellis-Hughes (ward mgr)": in the UK and Ireland "Sr", without a dot as British
    # contractions are written, is a nursing Sister ("Sr." may be Señor; "Sr Mgr" is Senior)
    nursing = re.match(r"^Sr\s+([A-Z][\w'’-]*)(?:\s|$)", name)
    if nursing and _where(country) in ("GB", "IE") and not _is_role_noun(nursing[1]):
        name = "Sister " + name[len("Sr ") :]
    # "Sr. Jebamalar - nursing supt": anywhere, "Sr." of one who runs nurses is Sister (late302)
    nurse = re.match(r"^Sr\.?\s+(?=[A-Z][\w'’-]*(?:\s|$))", name)
    if nurse and _OF_NURSING.search(name[nurse.end() :]):
        name = "Sister " + name[nurse.end() :]
    on_a_ward = bool(_ON_A_WARD.search(asides))
    # "K. S. Nagaraj (GM - Manufacturing)": a dash inside an aside is not the name's dash
    name = re.sub(r"\(([^()]*?)\s+[-–—]\s+([^()]*)\)", r"(\1, \2)", name)
    name = re.sub(
        r"^([A-Z][\w'’-]+) w/ (?=[a-z]+(?: [a-z]+)?$)", r"\1 from ", name
    )  # "Kayleigh w/ recruiting"
    name = re.sub(r"(^|[-–—]\s)an? (?=(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)", r"\1", name)  # "- a Mrs Kerr?"
    return name, _Context(company, country, of_an_order, on_a_ward)


def _greeted_by_a_special_shape(name: str, context: _Context) -> Greeting | str:
    """The greeting of a name of a shape of its own (a judge, a rank or a post written short,
    a body then a post, two people, a deputy, a post in letters), or the name as it was."""
    judge = _a_judges_style(name)  # "Ms Justice Ní Fhlatharta", "Hon. ..., District Judge"
    if judge:
        return judge
    short_rank = _a_rank_written_short(name) or _a_retired_rank(name)  # "Sqn Ldr (retd) ..."
    if short_rank:
        return short_rank
    # "Tech Supt. Lars"
    short_post = _after_a_post_written_short(name, context.company, context.country)
    if short_post:
        return short_post
    bodied = _a_body_then_a_post(name)  # "Transport Canada inspector (observer)"
    if bodied:
        return bodied
    both = _two_people(name)  # "Kayla & Ramon (asst mgrs #14)", "Mr. & Mrs. Fernando (owners)"
    if both:
        return both
    deputy = _DEPUTY_POST.match(_PAREN.sub("", name).strip())
    if deputy and deputy["post"].lower() in _POST_AS_TITLE:
        who = deputy["who"]  # "Asst. Principal Greg Van Slyke", "Deputy Principal Okafor"
        surname = parse(who).family if _a_persons_name(who) else _one_name(who)
        if surname:
            return Greeting(f"{_spelled_out(deputy['rank'] + ' ' + deputy['post'])} {surname}")
    lettered = _after_a_post_in_letters(name, context.company, context.country)
    lettered = lettered or _after_a_graded_post(name, context.company, context.country)
    if lettered:
        return lettered
    return name


def _greeted_by_the_name_they_go_by(name: str, context: _Context) -> Greeting | str:
    """The name the person goes by or is addressed by, as the notes say ("goes by Jon", "(Mr
    Lee)", an English name after a Chinese one), or the name with any titles typed in its
    middle put first."""
    inner = _TITLES_IN_THE_MIDDLE.search(name)
    # not "Kevin (BI) - analyst": letters in capitals are a team's, though "Bi" is a title
    in_capitals = inner is not None and any(re.fullmatch(r"[A-Z]{2,}", w) for w in inner[1].split())
    if inner and all(_is_title(w) for w in inner[1].split()) and not in_capitals:
        # "ADEBAYO-AJAYI Oluwatoyin (Prof. Mrs.) - HOD": the titles go before the name
        name = f"{inner[1]} {name[: inner.start()].strip()}{name[inner.end() :]}"
    goes_by = _GOES_BY.search(name)
    dashed = re.fullmatch(r"(?P<head>[^()]+?)\s+[-–—]\s+(?P<aside>[^()]+?)\s*", name)
    if dashed and not goes_by and _GOES_BY.search(f"({dashed['aside']})"):
        # "Alasdair Nicolson - dad's old pal, says call him Ally": the aside after a dash, as
        # in brackets
        name = f"{dashed['head']} ({dashed['aside']})"
        goes_by = _GOES_BY.search(name)
    as_typed = parse(_PAREN.sub(" ", name)) if goes_by and goes_by["all"] else None
    # "Mrs. Merle Campbell (PTA president, everybody calls her Aunty Merle)": what everyone
    # calls her is a nickname, which a title typed outranks as it does one in quotes (a short
    # form of the given name aside); a name they asked to be called ("said call her Linda") wins
    if goes_by and as_typed and as_typed.titles:
        keys = [_key(t) for t in as_typed.titles]
        short = _short_for(goes_by["name"], as_typed.given)
        if any(k in _FORMAL_TITLES for k in keys) or (
            any(k in _OVER_A_NICKNAME for k in keys) and not short
        ):
            goes_by = None
    if goes_by:  # "Whitfield, Jonathan (goes by Jon)": the name they asked to be called
        return Greeting(goes_by["name"])
    addressed = _ADDRESSED_IN_BRACKETS.search(name)
    unbracketed = _PAREN.sub(" ", name).split()
    if (
        addressed
        and _key(addressed["title"]) in _TITLES_OF_A_NAME
        and unbracketed
        and not _is_title(unbracketed[0])
        and fold(addressed["name"]) in {fold(w.strip(",")) for w in unbracketed}
    ):
        # "Lee Sung-ho (Mr Lee)": the title and the name he is addressed by, noted beside his
        # name written family name first
        return Greeting(f"{addressed['title']} {addressed['name']}")
    english = _WITH_AN_ENGLISH_NAME.match(_PAREN.sub("", name).strip())
    if english and english["apart"] and _key(english["family"]) not in _CHINESE_FAMILY:
        english = None  # "Goh Hui Min, Cheryl" is Chinese; "Smith John Paul, Jack" is not
    if english:
        titles = english["titles"].split()
        if titles and all(map(_is_title, titles)):  # "Ms. Wong Siu-ling, Cindy": Ms. Wong
            return Greeting(f"{' '.join(titles)} {_capital(english['family'])}")
        if not titles:  # "CHAN Tai-man, Peter": the English name he goes by
            return Greeting(english["english"])
    return name


def _greeted_behind_a_post(name: str, context: _Context) -> Greeting | str:
    """The greeting of the person named after a post typed before their name, or the name
    without a post of one word before it."""
    words = name.split()
    if (
        len(words) >= 4
        and words[0][:1].isupper()
        and words[0].isalpha()  # not "Dato'", an honour
        and not _is_title(words[0])
        and _key(words[1]) in _FORMAL_TITLES
        and _a_persons_name(" ".join(words[2:]))
    ):
        name = " ".join(words[1:])  # "Intendant Dr. Matthias Reuter-Klee": a post, then Dr.
    titled_at = next((i for i in (2, 3) if i < len(words) - 1 and _is_title(words[i])), 0)
    rest = words[titled_at + 1 :]
    if (
        titled_at
        and all(w[:1].isupper() and w.isalpha() for w in words[:titled_at])
        and _is_role_noun(words[titled_at - 1])
        and all(w[:1].isupper() and w.isalpha() and not _is_title(w) for w in rest)
    ):
        name = " ".join(words[titled_at:])  # "Admin Officer Mrs. Dissanayake": a post of two
    if len(words) >= 3 and _post_of_one_word(words[0]) and _a_persons_name(" ".join(words[1:])):
        name = " ".join(words[1:])  # "Chefdramaturgin Sabine Ohlendorf": her post, then her
    of_a_field = _A_POST_OF_A_FIELD.match(name)
    if (
        of_a_field
        and _is_role_noun(of_a_field["post"].split()[-1])
        and _listed_given(of_a_field["who"].split()[0])
        and _a_persons_name(of_a_field["who"])
    ):
        name = of_a_field["who"]  # "Director of Housekeeping Leilani Kahananui-Cabral"
    behind_a_post = _the_person_behind_a_post(name) or _after_a_post_of_two_words(name)
    if behind_a_post:
        return _greeting_name(behind_a_post, context.company, context.country)
    return name


# A post "of" a field, then a whole name: "Director of Nursing Mary Walsh", "Head of
# Operations John Smith" (the name opens with a listed given name, two words or three).
_A_POST_OF_A_FIELD = lazy(
    r"^(?P<post>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)\s+of\s+(?:the\s+)?[A-Z][\w&-]*\s+"
    r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$"
)


def _greeted_as_a_firm_a_body_or_an_office(name: str, context: _Context) -> Greeting | str:
    """The name without what a greeting leaves out (titles never spoken, a post before it, a
    second family name), or the greeting of a family name the firm bears, of a body, of an
    office or of half a name."""
    name = _without_unspoken_titles(name, context.country)
    name = _with_its_given_name(_sure_of_the_name(name), context.country)
    name = _without_what_a_greeting_drops(_first_of_two_surnames(name, context.country))
    lone = _PAREN.sub("", name).strip()
    if (
        context.company
        and lone.isalpha()
        and lone[:1].isupper()
        and _names_the_firm(lone, context.company)
    ):
        return Greeting(lone, ask="only a family name is recorded, the one the company bears")
    if "[" in name:  # "Prof. Catrin Morgan-Evans [chair]": an aside, as in round brackets
        name = name.replace("[", "(").replace("]", ")")
    body, comma, _ = name.partition(", ")
    named_body = all(w[:1].isupper() or w in ("&", "and", "of") for w in body.split())
    if comma and len(body.split()) > 1 and named_body and is_group(body):
        name = body  # "Recruitment & Assessment Cell, BHU": the body, then where it is
    shaped = _greeted_by_its_shape(name)
    if shaped:
        return shaped
    name = _without_a_post_before(name)
    no_person = _an_office_or_a_post(name) or _half_a_name(name)
    if no_person:
        return no_person
    return name


def _greeted_when_no_name_is_caught(name: str, context: _Context) -> Greeting | str:
    """The greeting where the notes doubt the whole name or did not catch it: the name they
    did catch, else what the person is ("Registrar's rep"); or the name as it was."""
    unsure_whole = name.rstrip().endswith("?") and not re.search(r" [-–/] |[/,(]", name)
    if unsure_whole and len(name.split()) > 1 and not _NO_NAME.search(name):
        # "Lauren from HR?"
        greeting = greeting_name(name.rstrip().rstrip("?"), company=context.company)
        return Greeting(greeting.name, ask=greeting.ask or "the notes are not sure of the name")
    from_a_team = _someone_from_a_team(name)  # "HR, took notes": someone from HR, unnamed
    if from_a_team:
        return from_a_team
    if _NO_NAME.search(name):  # "Psychologin from the test, name on badge too small"
        described = _described(name)
        ws = described.split()
        given = [  # a name of their own, not where they are from ("CDC of Lume")
            w
            for i, w in enumerate(ws)
            if w[:1].isupper()
            and w.isalpha()
            and not (w.isupper() and len(w) <= 4)  # "KG vice principal": a unit's letters
            and not _known_word(w)
            and not _is_role_noun(w)
            and (i == 0 or ws[i - 1].lower() not in ("of", "from", "at", "in"))
        ]
        if len(given) > 1:  # "Jamaican crew lead Desmond": the one a list holds as a name
            given = [w for w in given if _listed_given(w)] or given
        missed_family = re.search(r"\b(?:surname|last\s+name|family\s+name)\b", name, re.I)
        # "?" after the missed surname doubts the surname (late283: "Quentin ... didn't catch
        # last name ??" is Quentin); "Jussi?" doubts the name itself
        in_doubt = bool(given) and re.search(rf"{re.escape(given[0])}\s*\?", name) is not None
        opening = _key(name.split()[0]) if name.split() else ""
        typed_a_title = opening in _FORMAL_TITLES | _TITLES_OF_A_NAME  # "Prof. Khalid - surname?"
        if missed_family and len(given) == 1 and not in_doubt and not typed_a_title:
            return Greeting(given[0])  # "head chef Jussi (didn't get surname)": Jussi
        sides = re.split(r"\s+[-–—]\s+", _PAREN.sub(" ", name).strip())
        after = sides[1].split() if len(sides) == 2 else []
        if missed_family and not given and len(after) == 1 and _listed_given(after[0]):
            return Greeting(after[0])  # "Agronomist - Dwayne (didn't catch last name)" (late295)
        missed_given = re.search(r"\b(?:first|given|christian)\s+name\b", name, re.I)
        if missed_given and len(given) == 1:  # "Diarra (seed lab, didn't get first name)"
            return Greeting(given[0], ask="only a family name is recorded")
        # a description, not "Dilan (no surname)", nor "talent acq team (no name)", a team
        post = bool(described.split()) and _is_role_noun(described.split()[-1])  # "Area Coroner"
        post = post or _known_word(described)  # "Registrar (name not caught)"
        caught = _CAUGHT.search(name)  # a person's name missed
        # "Director Planning, Ministry - didn't catch name": a post among the words
        post = post or (bool(caught) and any(_is_role_noun(w) for w in described.split()))
        # "HR, took notes - didnt catch name": someone from HR, not HR
        # a single word in another language for a post: "Gleichstellungsbeauftragte"
        someone_from = bool(caught) and (is_group(described) or len(described.split()) == 1)
        # "Station 3 - community member, Indigenous elder, didn't catch name": a label of
        # words and a number, no name; whom it labels is told after the dash
        label = bool(caught) and bool(re.search(r"\d", described))
        label = label and all(_known_word(w) or (w.isalnum() and not w.isalpha()) for w in ws)
        label_after = re.split(r"\s+[-–—]\s+", _PAREN.sub(" ", name), maxsplit=1)[1:]
        if label and label_after and _described(label_after[0]).islower():
            described = _described(label_after[0])  # "community member"
        if (
            label
            or someone_from
            or (
                (post or any(w.islower() for w in described.split()))
                and (caught or not is_group(described))
            )
        ):  # "Sgt-at-Arms office (observer), didn't catch name": someone from it
            return Greeting(_title_case(re.sub(r"^the\s+", "", described, flags=re.I)), _DESCRIBED)
    named_after = re.search(r"\(\s*[A-Z]| [-–] [A-Z]", name)  # "Dean's rep - Dr. Nicole ..."
    if re.match(r"^\S+['’]s\s+[a-z]", name) and not named_after:
        return Greeting(name.strip(), ask="no name is recorded")  # "Registrar's rep (lady)"
    return name


def _with_titles_in_brackets_in_front(name: str, context: _Context) -> str:
    """The name with titles typed in brackets after it put before it, and without an aside
    that has a comma in it."""
    titled = _TITLE_IN_BRACKETS.search(name)
    typed_title = bool(name.split()) and _is_title(name.split()[0])  # "Prof. Park Ji-hoon (Dean)"
    inside = titled[1].split() if titled else []
    doctorate = len(inside) == 1 or (bool(inside) and _key(inside[-1]) in ("dr", "prof"))
    # "(doc. dr.)"; not "(BI)", letters in capitals that are a team's ("bi" is a title as "Bi")
    team = [w for w in inside if re.fullmatch(r"[A-Z]{2,}", w) and w not in _TITLES_IN_CAPITALS]
    bracketed_titles = doctorate and all(_is_title(w) for w in inside) and not team
    # German "(Chef)" is the boss, never a cook's title ("Dear Chef Hinrichs," late299)
    german_speaking = _where(context.country) in ("DE", "AT", "CH", "LI")
    boss = german_speaking and [_key(w) for w in inside] == ["chef"]
    bracketed_titles = bracketed_titles and not boss
    named_whole = "," in name or len(_PAREN.sub("", name).split()) >= 2  # not "Duane (supt)"
    if titled and bracketed_titles and not typed_title and named_whole:  # "Kamau, Wanjiru (Dr.)"
        bare_name = name[: titled.start()].strip()
        last, comma, first = bare_name.partition(", ")
        name = f"{last}, {titled[1]} {first}" if comma else f"{titled[1]} {bare_name}"
    name = _ASIDE_WITH_COMMA.sub("", name)  # "(ext. consultant, Veolia)": never "Last, First"
    return name


def _greeted_by_a_doubt_or_a_description(name: str, context: _Context) -> Greeting | str:
    """The greeting of a name the notes are unsure of, of a person described rather than
    named, or of two people after a post; or the name with the words around it settled."""
    # "Dean's office rep (Kati?)", "Nurse - Kay?": one name, and the notes unsure of it
    doubted = _ONE_NAME_IN_DOUBT.search(name)
    outside = _PAREN.sub("", name).strip()
    if doubted and outside[:1].isupper() and not _titled_name(outside):  # not "Herr X (Regie?)"
        return Greeting(doubted[1] or doubted[2], ask="the notes are not sure of the name")
    doubted_pair = _TWO_NAMES_IN_DOUBT.search(outside)
    if doubted_pair:  # "ASB lead - Jo or Joanne?": a name, and the notes unsure which form
        return Greeting(doubted_pair[1], ask="the notes are not sure of the name")
    role, dash, who = name.partition(" - ")
    looks, someone = [*who.split(), "", ""][:2]
    looked = looks.lower() in _LOOKS and someone.lower().rstrip(",.;") in _SOMEONE
    if dash and _names_a_role(role) and looked and "?" not in who:
        # "DEA chair - older lady, spoke ...", never its aside ("People & Culture (took notes)")
        return Greeting(_title_case(_PAREN.sub(" ", role).strip()), _DESCRIBED)
    side = _named_side(_POST_CODE_BEFORE.sub("", _ROLE_BEFORE.sub("", name)))
    # "Kids Club team - Pao & Memo", "Owners - Mr & Mrs Dobson": the post, then two people
    both = _two_people(side, given_names="(" not in side) if side != name else None
    after_a_dash = name.partition(" - ")[2]  # "elevrådet - Freja & Noah (9.b)": whatever the
    if not both and after_a_dash:  # label in another language, two given names after it
        both = _two_people(after_a_dash, given_names=True)
    if both:
        return both
    name = side
    settled = _words_around_the_name(name, context.country)
    if isinstance(settled, Greeting):
        return settled
    name = settled
    without_the = re.sub(r"^the\s+", "", name, flags=re.I)
    if next(iter(without_the.split()), "") in _SOMEONE:  # "lady from County ...": not "Lady"
        return Greeting(_described(without_the), ask=_DESCRIBED)
    return name


def _greeted_by_a_post_as_a_title(name: str, context: _Context) -> Greeting | str:
    """The greeting of a person typed after a post that is used as a title ("Director Kim"),
    or the name without an affiliation."""
    name = _without_affiliation(name)
    outside = _PAREN.sub("", name) if "(" in name else name  # "Mr. Tunde Bakare (HR)" is a person
    rank, _, ranked = outside.strip().partition(" ")
    if rank.lower() in _POST_AS_TITLE and ranked.isalpha() and ranked[:1].isupper():
        return Greeting(f"{rank.capitalize()} {ranked}")  # "Director Kim": how he is addressed
    ranked_words = ranked.split()
    posted = rank.lower() in _POST_AS_TITLE and _a_persons_name(ranked)
    if posted and parse(ranked).family_first:
        # "Director Chen Mei-ling": asks
        return greeting_name(ranked, None, context.company, context.country)
    given_used = _where(context.country) in _GIVEN_NAME_USED | _GIVEN_NAME_COUNTRIES
    if posted and len(ranked_words) == 2 and given_used:
        # "Director Wichai Boonmee" in Thailand: a post goes with the given name there, as a
        # title does ("Dr. Kannika Srisuk" is Dr. Kannika)
        return Greeting(f"{rank.capitalize()} {ranked_words[0]}")
    if posted and len(ranked_words) == 2:
        return Greeting(
            f"{rank.capitalize()} {ranked_words[1]}"
        )  # "Principal Dolores Mercado-Fitch"
    if posted and len(ranked_words) == 3:
        # "Director Hugo Sepúlveda Toro" in Chile: the first of two family names; "Director
        # Juan Carlos Toro", "Principal Mary Ann Smith": the family name after two given names
        two_surnames = context.country.split("-")[0].upper() in _TWO_SURNAME_COUNTRIES
        given_second = _compound(ranked_words) or fold(ranked_words[1]).lower() in _SECOND_GIVEN
        last = parse(ranked).family
        surname = ranked_words[1] if two_surnames and not given_second else last
        if surname and len(surname.split()) == 1:
            return Greeting(f"{rank.capitalize()} {surname}")
    # "Principal Ana de la Cruz", "Principal Greg Van Slyke": the family name with its particles
    of_a_post = parse(ranked) if rank.lower() in _POST_AS_TITLE and len(ranked_words) > 2 else None
    with_given = of_a_post is not None and bool(of_a_post.given)
    particle = of_a_post.family.split()[0] if of_a_post and of_a_post.family else ""
    if (
        of_a_post
        and with_given
        and (particle in _PARTICLES or particle.lower() in _CAPITAL_PARTICLES)
    ):
        named_words = [*of_a_post.given, of_a_post.family.split()[-1]]
        if all(w[:1].isupper() for w in named_words):
            return Greeting(f"{rank.capitalize()} {of_a_post.family}")
    return name


def _greeted_as_a_role_or_a_body(name: str, context: _Context) -> Greeting | str:
    """The greeting of a role described with no name ("the HR lady") or of a body ("Graduate
    Recruitment Team"), or the name as it was."""
    outside = _PAREN.sub("", name) if "(" in name else name
    a_person = any(_role_key(w) in _ROLE_WORDS | _SOMEONE for w in outside.split())
    # "deputy from city council": a post, then the body they are from, is a person of it
    opening, where = [*outside.split(), "", ""][:2]
    from_a_body = where.lower() in ("from", "at") and _is_role_noun(opening)
    a_person = a_person or (from_a_body and _key(opening) not in _A_FUNCTION)  # "recruitment at"
    chunk = re.split(r"\s*,|\s+[-–—(]", outside)[0].split()  # "Student panel (Y10/Y12)"
    body_last = 1 < len(chunk) <= 3 and _key(chunk[-1]) in _BODIES
    body_last = body_last and not any(_key(w) in _PREPOSITIONS_IN_A_POST for w in chunk)
    if _describes_a_role(outside) and (a_person or not is_group(outside)) and not body_last:
        described = re.sub(
            r"^the\s+", "", re.split(r"\s*,|\s+[-–—(]", outside)[0].strip(), flags=re.I
        )
        role = _title_case(described)  # "HR Lady"
        return Greeting(role, ask=_DESCRIBED)
    team, _, after = outside.partition(", ")
    # "RH, Kevin", "RRHH, Lupita": a team in another language, then one of it by name (as
    # "HR, Aisling" is read "Last, First")
    if after and len(after.split()) == 1 and _listed_given(after) and is_group(team):
        return Greeting(after.strip())
    if is_group(outside) and not _has_nickname(name):
        inside = _PAREN.search(name)
        person = inside.group(0).strip(" ()").split(",")[0].split() if inside else []
        titled_person = (
            _is_title(person[0]) or _key(person[0]) in _HONORIFIC_BEFORE_GIVEN if person else False
        )
        # "Kulüp İK (Sevda Hanım)": a given name, then its honorific
        titled_person = titled_person or (len(person) == 2 and _key(person[1]) in _AFTER_NAME)
        if len(person) >= 2 and titled_person:  # "HR Office (Mr. Mapunda)", "(Madam Efua)"
            return greeting_name(" ".join(person))
        body = _PAREN.sub("", name).strip().split(", ")[0]  # not ", Khulna University"
        if _a_team_then_where([w.lower() for w in body.split()]):
            body = " ".join(body.split()[:2])  # "Talent Team Marés": "Talent Team"
        return Greeting(_group(body))  # "Graduate Recruitment Team"
    return name


def _titles_after_the_comma(name: str) -> str:
    """The name with titles typed before "Last, First" moved to the given name, where the
    first word is a known family name: "Last, Title First"."""
    lead = list(takewhile(_is_title, name.split()))
    last, comma, first = " ".join(name.split()[len(lead) :]).partition(", ")
    surnamed = bool(last.split()) and last.split()[0].lower() in _family_names()
    if lead and comma and len(first.split()) == 1 and first[:1].isupper() and surnamed:
        name = f"{last}, {' '.join(lead)} {first}"  # "Prof. Gutiérrez Ojeda, Mario"
    return name


def _greeted_by_initials_or_in_doubt(name: str) -> Greeting | str:
    """The greeting of initials alone, of a name the notes are unsure of, or of a name in its
    own script; or the name without a post in doubt after it."""
    alone = re.split(r"\s+[-–—]\s+", _PAREN.sub(" ", name))[0].split()  # "A.K. - World Bank"
    letters = alone[0].replace(".", "") if len(alone) == 1 else ""
    capitals = 2 <= len(letters) <= 4 and letters.isupper() and letters[1:] != "J"
    # "MvdL": Dutch initials with the particles of the family name in small letters
    particled = bool(re.fullmatch(r"[A-Z][a-z]{1,3}[A-Z]", letters))
    if (capitals or particled) and letters.isalpha():
        return Greeting(
            alone[0], ask="only initials are recorded"
        )  # "JK", "J.K.N." ("T.J." is not)
    # "Iyer, Venkatesh (bar raiser?)": the doubt is about the post in brackets, not the name
    # (a full name: a lone "Blaise (expert auto?)" may be either name, and the plan asks)
    without_post = _A_POST_IN_DOUBT.sub("", name) if "?" in name else ""
    if without_post and "?" not in without_post and len(without_post.replace(",", " ").split()) > 1:
        name = without_post.strip()
    if "?" in name:  # "Kwabena (Mr. Owusu? or Osei)": the notes themselves are unsure
        named, _, after = name.partition("?")
        before_titled = bool(named.split()) and _is_title(
            named.split()[0]
        )  # not "?a": nothing before
        if after.strip()[:1].islower() and before_titled:
            name = named  # "Dr. Naseer? external expert": the name, then what they are
        greeting = greeting_name(name.replace("?", ""))
        return Greeting(greeting.name, ask=greeting.ask or "the notes are not sure of the name")
    if _cjk(name):
        return Greeting(name.strip(), ask="written in its own script, family name first")
    return name


def _greeted_by_a_nickname(name: str, parsed: ParsedName) -> Greeting | None:
    """The greeting by a nickname typed in quotes, unless a title typed with it outranks it."""
    kunya = _key(parsed.nickname) in _KUNYA  # "Liang Jun \"Abu\"": a name he goes by
    if (
        parsed.nickname
        and _is_title(parsed.nickname)
        and not kunya
        and (parsed.given or parsed.family)
        # 'Mr. Alcide "Coach" Guidry': a title typed before the name outranks a post in quotes
        and not any(_key(t) in _OVER_A_NICKNAME for t in parsed.titles)
    ):
        named = parsed.given[0] if parsed.given else parsed.family  # "\"Mestre\" Jorginho"
        return Greeting(f"{parsed.nickname} {named}")
    # "WO1 Craig 'Macca' McAllister": a rank of the services outranks a pet name typed beside
    # his given name; a short form of it is still the name ("Capt. Michael 'Mick' Dunstan" is
    # Mick), and with no given name, the name in quotes is how he is known ('Sgt. "Mac"
    # McAllister' is Mac, 'Capt. "Robbo" Robertson' Robbo)
    ranks = [_key(t).replace(".", "") in _RANKS_OF_THE_SERVICES for t in parsed.titles]
    serving, only_ranks = any(ranks), bool(ranks) and all(ranks)
    # "Dr Pieter 'Piet' Botha": a doctorate, a chair or an office outranks any nickname
    formal = any(
        _key(t) in _FORMAL_TITLES and not rank for t, rank in zip(parsed.titles, ranks, strict=True)
    )
    # "Mr. Roberto 'Boy' Tan": a pet name is not for a letter that types his title; a short
    # form of his own name is ("Mrs Dorothy 'Dot' Fairweather" is Dot)
    formal = formal or (
        any(_key(t) in _OVER_A_NICKNAME for t in parsed.titles)
        and not only_ranks
        and not _short_for(parsed.nickname, parsed.given)
    )
    # a given name beside the family name ('Col. "Buzz" Aldrin' has one name, read as given)
    given_typed = bool(parsed.given) and bool(parsed.family)
    formal = formal or (serving and given_typed and not _short_for(parsed.nickname, parsed.given))
    nick_words = parsed.nickname.split()
    big = len(nick_words) == 2 and _key(nick_words[0]) in _DESCRIBE_BEFORE_ONE
    if big and nick_words[1] in parsed.given:  # 'Mike "Big Mike" Haskins': his given name,
        return Greeting(nick_words[1])  # never "Hi Big Mike," on a card (late284)
    plain = _PAREN.sub(" ", name).split()
    respect = len(plain) > 2 and _key(plain[0]) in _HONORIFIC_BEFORE_GIVEN
    respect = respect and plain[1][:1].isupper() and not formal
    if parsed.nickname and respect and not _short_for(parsed.nickname, parsed.given):
        # "Don Ramón 'Chichí' Mercedes": a word of respect typed, so never the pet name (late295
        # readers: "Hi Chichí" to a Don); a short form of his name would be his name
        return Greeting(f"{plain[0]} {plain[1]}")
    if parsed.nickname and not formal:  # "\"El Tano\"": without its Spanish article
        return Greeting(re.sub(r"^(?:[Ee]l|[Ll]a) (?=[A-Z])", "", parsed.nickname))
    return None


def _greeted_with_an_honorific(name: str) -> Greeting | None:
    """The greeting with an honorific typed before or after the name, as each is used."""
    words = _PAREN.sub(" ", name).split()
    whole_name = len(words) == 3 and all(w[:1].isupper() and not _is_title(w) for w in words[1:])
    if whole_name and _key(words[0]) in _COURTESY_OF_A_WHOLE_NAME:
        return Greeting(f"{words[0]} {words[2]}")  # "Madam Dzifa Agbenyega": Madam Agbenyega
    if 2 <= len(words) <= 4 and _key(words[0]) in _HONORIFIC_BEFORE_GIVEN:
        return Greeting(" ".join(words[:2]))  # "Don Octavio", "Doña Rosa": honorific and name
    if len(words) == 2 and words[1].lower() in _JOINED_AFTER and words[0][:1].isupper():
        return Greeting(f"{words[0]}-{words[1].lower()}")  # "Sakamoto sensei": Sakamoto-sensei
    korean = _KOREAN_AFTER.get(words[-1].lower().replace("-", "")) if len(words) >= 2 else None
    if korean and _key(words[0]) in _KOREAN_FAMILY:
        return Greeting(f"{korean} {_capital(words[0])}")  # "Choi Myung-hee gyosu-nim": Prof. Choi
    if len(words) == 2 and _key(words[1]) in _AFTER_NAME and not words[0].endswith(","):
        after = _SPELLED_OUT.get(_key(words[1]), words[1])  # "Butt sb": "Butt Sahib"
        return Greeting(f"{words[0]} {after}")  # "Yılmaz Bey": the honorific follows the name
    honoured = words[:-1]
    if (
        len(words) == 3
        and _key(words[-1]) in _AFTER_NAME
        and all(w[:1].isupper() and not _is_title(w) and not w.endswith(",") for w in honoured)
    ):
        # "Mehmet Yılmaz Bey": the honorific goes with the given name ("Mehmet Bey"), typed
        # after the whole name; both words of a given name of two ("Mehmet Ali Bey")
        after = _SPELLED_OUT.get(_key(words[-1]), words[-1])
        one = not _compound(honoured) and _key(honoured[0]) not in _ABD  # "Abdul Qadir sahib"
        return Greeting(f"{honoured[0] if one else ' '.join(honoured)} {after}")
    return None


def _greeted_by_a_nickname_in_brackets(name: str) -> Greeting | None:
    """The greeting by a nickname typed in brackets beside the name."""
    bracketed = _bracketed_nickname(name)
    return Greeting(bracketed) if bracketed else None  # "Yosef (Yossi) Ben-David"


def _greeted_by_one_name(name: str, parsed: ParsedName, context: _Context) -> Greeting | None:
    """The greeting of a name of one word alone, a family name or, in some places, a given
    name."""
    words = _PAREN.sub(" ", name).split()
    given = [_capital(w) for w in parsed.given]
    if len(words) == 1 and re.fullmatch(r"(?:Al|El|al|el)-[A-Z]\w+", words[0]):
        return Greeting(words[0], ask="only a family name is recorded")  # "Al-Rawahi"
    if len(words) == 2 and _key(words[0]) in ("al", "el") and _key(words[1]).endswith("i"):
        # "Al Mazrouei", "El Amrani": an Arabic family name with its article, no given name
        # ("Al Pacino" is Al)
        return Greeting(name.strip(), ask="only a family name is recorded")
    if not given and not parsed.titles and _a_daughters_family_name(parsed.family.split()):
        # "Ní Mhurchú": her family name says she is a woman, so "Ms." guesses nothing
        return Greeting(f"Ms. {parsed.family}")
    family_only = not given and bool(parsed.family) and not parsed.titles
    if family_only and _where(context.country) == "BR" and _key(parsed.family) in _GIVEN_IN_BRAZIL:
        return Greeting(parsed.family)  # "Wagner (geotecnia)" in Brazil: his given name
    if family_only:
        return Greeting(parsed.family, ask="only a family name is recorded")
    head = _PAREN.sub(" ", name).partition(",")[0].split()
    # "Tan, SEN coordinator": one name, then a post after the comma
    then_a_post = len(head) == 1 and [*parsed.given, *parsed.family.split()] == head
    # "Kang PD": one name, then a post's two letters (a producer, late294)
    letters = len(head) == 2 and re.fullmatch(r"[A-Z]{2}", head[1]) is not None
    letters = letters and not _known_family(head[1]) and not _is_initial(head[1])
    one_name = (len(words) == 1 or then_a_post or letters) and not parsed.titles and bool(head)
    where = context.country.split("-")[0].upper()
    family_first = where in _FAMILY_NAME_FIRST_COUNTRIES and one_name and _known_family(head[0])
    chinese = where in _CHINESE_NAMES_TOO and one_name and _key(head[0]) in _CHINESE_FAMILY
    if family_first or chinese:
        # "Kim (safety team)" in Korea, "Tan, SEN coordinator" in Singapore: one name alone
        # there is the family name
        return Greeting(head[0], ask="one name alone is most likely the family name here")
    # "ADPHN", or "D/P" (a deputy principal): a post's letters
    post_letters = r"[A-Z]{3,6}|[A-Z]{1,3}(?:/[A-Z]{1,3})+"
    acronym = len(words) == 2 and re.fullmatch(post_letters, words[0]) and not _is_title(words[0])
    few_vowels = bool(acronym) and sum(c in "AEIOUY" for c in words[0]) <= 1
    if (
        few_vowels and not _known_family(words[0]) and re.fullmatch(r"[A-Z][a-z][\w'’-]*", words[1])
    ):  # not "DUPONT"
        # "ADPHN Fennessy": a post's letters, then one name, most often the family name
        return Greeting(words[1], ask="only one name is recorded, after the letters of a post")
    return None


def _greeted_by_custom_or_without_a_given_name(
    name: str, parsed: ParsedName, context: _Context
) -> Greeting | None:
    """The greeting of a name without a given name, or of one whose custom greets by more
    than its first given name (Vietnamese, a patronymic, a Malay name of two)."""
    given = [_capital(w) for w in parsed.given]
    where = context.country.split("-")[0].upper()
    family = parsed.family.split()
    whole = [*family, *given] if parsed.family_first else [*given, *family]
    # "Ms. Ho Siew Lan" in Singapore or Malaysia: a Chinese name there ("Ms. Ho"), as "Ms. Chong
    # Mei Ling" is, unless accents or "Văn", "Thị" say it is Vietnamese ("Ms. Hồ Thị Lan")
    chinese_here = (
        where in _CHINESE_NAMES_TOO
        and len(whole) >= 3
        and _key(whole[0]) in _VIETNAMESE_AND_CHINESE
        and fold(" ".join(whole)) == " ".join(whole).lower()
        and _key(whole[1]) not in ("van", "thi")
    )
    if (
        parsed.titles
        and len(whole) >= 3
        and _key(whole[0]) in _VIETNAMESE_FAMILY
        and not chinese_here
    ):
        return Greeting(  # "Prof. Nguyễn Văn Thành": "Prof. Thành" to many, "Prof. Nguyễn" to some
            " ".join([*parsed.titles, *whole]),
            ask="a Vietnamese name: many greet by its last word (the given name), some by its first",
        )
    if not given and parsed.titles and parsed.family:
        return _titled(parsed, [], country=context.country)  # "Dr. Jansen", "Frau Dr. Neumann"
    if not given:
        return Greeting(name.strip(), ask="no name is recorded")
    if name == name.lower() != name.upper() and not _looks_like_name(name):
        described = re.split(r"\s*,|\s+[-–—(]", name)[0].strip()  # "area manager - didnt get name"
        role = _title_case(described)
        return Greeting(role or name.strip(), ask=_DESCRIBED)
    patronymic = any(_key(w) in _PATRONYMIC for w in name.split()[1:])
    if patronymic and not parsed.titles:
        return Greeting(" ".join(given))  # "Nurul Aina binti Ahmad": every given name
    malay = _where(context.country) in _MALAY_COUNTRIES and not parsed.titles
    if malay and (of_two := _a_malay_name_of_two(given, parsed.family)):
        return Greeting(of_two)  # "Wan Noraini"
    return None


def _greeted_with_a_title(name: str, parsed: ParsedName, context: _Context) -> Greeting | None:
    """The greeting of a titled name: the title with the family name, or with the name in
    religion."""
    words = _PAREN.sub(" ", name).split()
    given = [_capital(w) for w in parsed.given]
    if (
        parsed.titles
        and _DOCTORATE_AFTER.search(name)
        and _key(parsed.titles[0]) in _BELOW_A_DOCTORATE
    ):
        parsed = replace(parsed, titles=("Dr.",))  # "doc. MgA. Radek Horák, Ph.D.": Dr. Horák
    unsure = len(given) == 1 and parsed.family and _key(parsed.family) in _GIVEN_SECOND
    # "Mr. Dwight Francis" (JM)
    unsure = unsure and _where(context.country) not in _GIVEN_NAME_FIRST
    if parsed.titles and unsure and _key(given[0]) not in _GIVEN_SECOND:
        # "Eng. Ssemakula Joseph": the title goes with the family name, which may come first
        return Greeting(" ".join(words), ask="the given name may be the second one")
    professed = context.of_an_order or any(_key(w) in _ORDERS for w in words)  # "... Thomas SABS"
    if parsed.titles and given and professed and _key(parsed.titles[0]) in _RELIGIOUS:
        names = [*given, *([parsed.family] if _key(parsed.family) in _SAINTLY else [])]
        two = len(names) >= 2 and (
            _key(names[0]) == "mary"
            or _key(names[1]) in _SAINTLY
            or fold(" ".join(names[:2])).lower() in _COMPOUND_GIVEN  # "Sister Ann Marie"
        )
        religious_name = " ".join(names[:2] if two else names[:1])  # "Sister Mary Clare"
        if not two and re.search(rf"\bMa\.\s+{re.escape(names[0])}\b", name):
            religious_name = f"Ma. {religious_name}"  # "Sr. Ma. Luisa": Filipino "Ma." is María
        return Greeting(f"{_capital(parsed.titles[0])} {religious_name}")  # of an order
    if parsed.titles:
        return _titled(parsed, given, context.on_a_ward, context.country)
    return None


def _greeted_by_the_given_name(name: str, parsed: ParsedName, context: _Context) -> Greeting:
    """The greeting of an untitled name with a given name: the given name, where the order of
    the name is sure."""
    words = _PAREN.sub(" ", name).split()
    given = [_capital(w) for w in parsed.given]
    if len(words) in (2, 3) and _RUSSIAN_PATRONYMIC.search(words[1]) and words[0].isalpha():
        return Greeting(f"{words[0]} {words[1]}")  # "Svetlana Petrovna": the polite Russian form
    if "," in name and len(given) == 2 and _RUSSIAN_PATRONYMIC.search(given[1]):
        return Greeting(" ".join(given))  # "Ivanova, Olga Sergeevna": so too after "Last,"
    if parsed.family_first:
        return Greeting(" ".join([parsed.family, *parsed.given]), ask="family name first")
    if not words:  # "[didn't catch it]": all of it in brackets
        return Greeting(name.strip(), ask="no name is recorded")
    shape = [_latin_spelling(w) for w in words]  # "Гаджиев Р.М.": its shape is Latin's
    eastern = len(shape[0]) >= 6 and shape[0].lower().endswith(("ov", "ova"))  # "Saidov Farhod"
    strong = len(shape) == 2 and (shape[0].lower().endswith(_STRONG_FAMILY_ENDINGS) or eastern)
    if "," not in name and strong and not shape[1].lower().endswith(_STRONG_FAMILY_ENDINGS):
        return Greeting(name.strip(), ask="the family name may come first")  # "Dvořák Martin"
    if (
        "," not in name
        and len(shape) == 2
        and _key(shape[1]) in _CHRISTIAN
        and _key(shape[0]) not in _CHRISTIAN
        and _where(context.country) not in _GIVEN_NAME_FIRST
    ):
        # "Nakato Sarah", "Okello John": in much of East Africa the given name comes second
        return Greeting(name.strip(), ask="the given name may be the second one")
    initials = len(shape) == 2 and re.fullmatch(r"(?:[A-Z]\.\s?){2,3}", shape[1])
    # "Hnatyshyn B.I."; not "Anjali K.C." (KC is a Nepali family name, after the given one)
    if initials and shape[0].isalpha() and len(shape[0]) >= 5 and shape[0][-1] not in "aeiouy":
        return Greeting(" ".join(words), ask="a family name and initials")
    if (
        len(shape) == 2
        and (_is_initial(shape[1]) or initials)
        and len(_key(shape[0])) >= 5
        and _key(shape[0]).endswith(_FAMILY_ENDINGS + _EASTERN_ENDINGS)
    ):
        return Greeting(" ".join(words), ask="a family name and an initial")  # "Abenov N."
    if len(shape) == 2 and _is_initial(shape[1]) and _known_family(shape[0]):
        return Greeting(" ".join(words), ask="a family name and initials")  # "Lee J.S."
    whole = [w for w in _PAREN.sub(" ", name).split() if w]
    if len(whole) >= 3 and whole[0] == "M." and not _is_initial(whole[1]):
        # "M. Hervé Le Bihan": Monsieur before a given name, "Mr. Le Bihan" in English ("M.
        # Berrada" alone may be an initial, and asks)
        if len(whole) == 3 and _order_in_doubt(whole[1:], context.country):
            return Greeting(" ".join(["Mr.", *whole[1:]]), ask=_FAMILY_OFTEN_FIRST)
        return Greeting(f"{_IN_ENGLISH['monsieur']} {' '.join(whole[2:])}")
    if _is_initial(given[0]):
        if _key(parsed.family) in _CHINESE_FAMILY:
            return Greeting(_whole(parsed), ask="only initials are recorded")  # "W.K. Tan"
        letters = given[0].replace(".", "")
        if "." in given[0].rstrip(".") and len(letters) == 2 and letters[1] in "Jj":
            return Greeting(given[0])  # "T.J.", "A.J.": a given name ("Sh." is an initial)
        return Greeting(_whole(parsed), ask="only an initial is recorded")
    typed = [w for w in _PAREN.sub(" ", name).split() if not _is_title(w)]
    for size in (3, 2):  # "Maria das Graças Souza", "João Pedro Albuquerque"
        if len(typed) >= size and fold(" ".join(typed[:size])).replace("-", " ") in _COMPOUND_GIVEN:
            return Greeting(" ".join(_capital(w) if w[:1].isupper() else w for w in typed[:size]))
    if _compound(given):
        return Greeting(f"{given[0]} {given[1]}")
    opened = parsed.family.split()[0].lower() in _CAPITAL_PARTICLES if parsed.family else False
    if len(given) == 2 and _key(given[0]) in _PROPHETS_NAME and opened:
        # "Mohamed Ali Ben Salah": the Prophet's name is the first of two given names before a
        # family name its particle opens (never "Dear Mohamed,": late283)
        return Greeting(f"{given[0]} {given[1]}")
    if _key(given[0]) in _ABD and (len(given) > 1 or parsed.family):
        return Greeting(f"{given[0]} {given[1] if len(given) > 1 else parsed.family}")
    if "," in name and len(given) == 3 and _key(parsed.family) in _CHINESE_FAMILY:
        return Greeting(given[-1])  # "Wong, Tsz Chun Jason": the English name he goes by
    if len(given) == 2 and _key(parsed.family) in _CHINESE_FAMILY:
        return Greeting(" ".join(given))  # "Mei Ling Tan": two syllables, one given name
    if not parsed.family and len(given) >= 2 and fold(" ".join(given[:2])) in _COMPOUND_GIVEN:
        return Greeting(" ".join(given[:2]))
    return Greeting(given[0])


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
# Words that say someone works in nursing: "nursing supt", "ward manager", "(Matron)".
_OF_NURSING = lazy(r"\b(?:nurs\w*|ward|matron|midwi\w*|theatres?)\b", re.I)
# Where Portuguese is spoken: where names.toml's "D." is Dona.
_PORTUGUESE_SPEAKING = frozenset(_BEFORE_A_GIVEN_NAME_WHERE["d"]["countries"])
# Second words of a South Indian given name of two, after the father's initials: "M. Joseph
# Raj" is Mr. Joseph Raj, never "Mr. Raj" (late302 readers); "G. V. Ramana Murthy".
_SECOND_WORDS = frozenset("raj kumar babu rao rani devi murthy murty swamy".split())
# Departments written after a name ("Mme Renard RH"): never a family name.
_DEPARTMENT_AFTER = frozenset("hr rh it qa qc hse ehs ohs rrhh ops".split())
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
# Russian and Central Asian patronymics, written last after the given name.
_PATRONYMIC_ENDINGS = ("ovna", "evna", "ovich", "evich", "ovych", "ivna", "ievna", "yevna", "ichna")
# Russian and Central Asian family names: "Abenov N." is a family name and an initial.
_EASTERN_ENDINGS = ("ov", "ova", "ev", "eva", "uly", "kyzy", "yan", "shvili", "dze", "zoda", "zade")
# Endings that mark a family name even in first place: "Dvořák Martin", "Nowakowski Jan".
_STRONG_FAMILY_ENDINGS = (
    *("ák", "ík", "ová", "ský", "ská", "ski", "ska", "wicz", "enko", "escu"),
    *("poulos", "idis", "akis"),  # "Papadopoulos Giorgos": Greek
)
# Given names with those endings: a lone "Jason" is greeted as Jason.
_GIVEN_ENDING_SO = frozenset(
    "jason allison alison madison addison harrison emerson jackson carson grayson mason".split()
)
# Ranks before a title: "Head Chef", "Executive Chef", "Sous Chef".
_RANKS = frozenset("head executive exec sous senior junior snr jnr".split())
# The first word of a rank of two words, greeted whole: "Station Commander Fraser".
_RANKED_WHOLE = _words("titles", "ranked_whole")
_RANK_OF = frozenset(
    """station watch group area crew borough district battalion deputy assistant fire flight
    wing lieutenant rear vice lance staff detective police divisional lt batt""".split()
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


def _words_around_the_name(name: str, country: str = "") -> str | Greeting:
    """The name with the words typed around it settled: a post before it ("HR-konsult
    Pernilla"), a title to write in English ("Pan Zbigniew Malinowski"), a department after it
    ("Mme Renard RH"); or the greeting itself, when those words decide it ("Chị Lan", a
    description and then the name), as the interview's ``country`` reads them ("Mai Chipo" in
    Zimbabwe is Chipo's mother)."""
    plain = _PAREN.sub(" ", name).split()
    if len(plain) >= 2 and _POST_CODE.match(plain[0]) and all(w[:1].isupper() for w in plain[1:]):
        name, plain = " ".join(plain[1:]), plain[1:]  # "HR-konsult Pernilla": her post, then her
    described_then_named = name.rsplit(", ", 1)
    if (
        len(described_then_named) == 2
        and name[:1].islower()
        and described_then_named[1].strip()
        and not _is_title(name.split()[0])  # "doc. MgA. Radek Horák, Ph.D."
        and not _is_suffix(described_then_named[1].split()[0])
        and _a_persons_name(described_then_named[1], fewest=1)
        and not re.search(r"\b(?:from|at|in)\s+\S+$", described_then_named[0])  # "..., Chattogram"
    ):
        return greeting_name(described_then_named[1])  # "fackligt ombud - observer, Jan-Erik"
    first = plain[0].lower().rstrip(".") if plain else ""
    capitalised = _capitals(plain)  # not "pani z HR - didn't get ..."
    named = re.split(r"\s[-–—]\s|,", " ".join(plain))[0].split()  # not "- line QC sup"
    if plain[:1] == ["Doc"] and len(plain) == 2 and capitalised:
        name = name.replace("Doc", "Dr.", 1)  # "Doc Brekke": a vet or a doctor, "Dr. Brekke"
    elif (
        first in _IN_ENGLISH
        and capitalised
        and len(plain) >= (3 if first in ("pan", "pani") else 2)
        and (first != "hr" or plain[0].endswith("."))  # "HR Krause" is his department
    ):
        name = name.replace(plain[0], _IN_ENGLISH[first], 1)  # "Pan Zbigniew Malinowski"
    elif (
        _where(country) in _A_GIVEN_NAME_WHERE.get(first, ())
        and len(plain) >= 2
        and not any(q in name for q in _QUOTES)  # "Papa Malick \"Pape\" Diouf": goes by Pape
    ):
        if len(plain) == 3 and capitalised:
            return Greeting(f"{plain[0]} {plain[1]}")  # "Papa Malick Diouf": his given name
        return Greeting(" ".join(plain).split(", ")[0], ask="the given name may be of two words")
    elif _a_word_of_respect_only(first, country) and len(plain) >= 2:
        family = _RESPECT_BEFORE_A_FAMILY_NAME.get(first)
        if (
            family
            and _where(country) in family["countries"]
            and len(plain) == 2
            and _one_name(plain[1])
            and plain[1].lower() in _family_names()
            and fold(plain[1]) not in _GIVEN_FOR_A_HANDLE
        ):
            return Greeting(f"{family['title']} {plain[1]}")  # "Mai Mutasa": Mrs. Mutasa
        return Greeting(" ".join(plain).split(", ")[0], ask=_RESPECT)  # not ", Member (Legal)"
    elif (
        len(plain) >= 2
        and (capitalised or (plain[1][:1].isupper() and _listed_given(plain[1])))
        and _where(country) in _KIN_LEFT_OFF_WHERE.get(first, ())
        and not _is_title(plain[1])
    ):  # "pani Natalia - HR": a given name the lists hold, then what she does
        rest = name.split(None, 1)[1]
        found = greeting_name(rest, None, "", country)  # "Sisi Lindiwe"
        if _NO_LIST_KNOWS in found.ask:
            return Greeting(found.name)  # "Sisi Ndeshi": the word of respect says it is a name
        return found
    elif len(plain) >= 2 and (
        first in _VIETNAMESE_KIN
        or plain[0] in _VIETNAMESE_KIN_LOWER
        # "Anh Tuấn" in Vietnam: an elder brother's word or a given name of two words, greeted
        # whole either way (never "Hi Anh,", late290)
        or (_where(country) == "VN" and first in _VIETNAMESE_KIN_LOWER and _capitals(named))
    ):
        kin = plain[0][:1].upper() + plain[0][1:]
        return Greeting(f"{kin} {named[-1]}")  # "Chị Lan", "Ông Nguyễn Văn Hùng", "anh Tuấn"
    if len(plain) == 2 and plain[0].lower() in ("ma'am", "maam") and plain[1][:1].isupper():
        # "Ma'am Bing": as the Philippines write it; where names are written given name first
        # in English ("Ma'am Siobhán" in Ireland), no letter puts "Ma'am" before a name, and
        # her given name is greeted alone
        if _where(country) in _GIVEN_NAME_FIRST:
            return Greeting(plain[1])
        return Greeting(" ".join(plain))
    after_a_name = len(plain) >= 3 and plain[-2][:1].isupper() and plain[-2][-1:].isalpha()
    if after_a_name and plain[-1].isupper() and plain[-1].lower() in _DEPARTMENT_AFTER:
        name = name.replace(f" {plain[-1]}", "", 1)  # "Mme Renard RH"
    return name


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
        # "Prof. Dr. Chong Wei Ming": Chong may be the family name, or Ming (as in "Mei Ling Tan")
        return Greeting(" ".join([*parsed.titles, *words]), ask="the family name may come first")
    if any(_key(t) in _WITH_WHOLE_NAME for t in parsed.titles):
        # "Datuk Dr. Rahimah"; "Ven. Dr. Thich Minh Tri": the monk's name whole
        return Greeting(" ".join([*parsed.titles, *given, *parsed.family.split()]))
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
    title = _IN_ENGLISH.get(title.lower().rstrip("."), title)  # "Profa. Dra. ...": "Prof."
    title = _IN_ENGLISH.get(_key(title), title) if "ª" in title else title  # "Prof.ª": "Prof."
    title = _spelled_out(title)  # "Supt.": "Superintendent", "Asst. Prof.": "Assistant Professor"
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
    if key in _RELIGIOUS:
        if parsed.family and _key(parsed.family) not in _SAINTLY:
            return Greeting(f"{title} {_capital(parsed.family)}")
        return Greeting(" ".join([title, *given, *([parsed.family] if parsed.family else [])]))
    if key in _WITH_GIVEN_NAME:
        # "Encik Ahmad Faizal bin Ismail": every given name, when what follows is his father's
        honours = [_capital(t) for t in parsed.titles if _key(t) in _WITH_GIVEN_NAME]
        title = " ".join(honours) if len(honours) > 1 else title  # "Tuan Haji Kamarul"
        title = _GIVEN_NAME_IN_ENGLISH.get(_key(title), title)  # "Hna. Inés": "Sister Inés"
        title = _GIVEN_NAME_WRITTEN_OUT.get(_key(title), title)  # "Bu Ratna": "Ibu Ratna"
        return _with_the_given_name(title, given, parsed.family)
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
    called = given if whole else given[:2] if _compound(given) else given[:1]
    return Greeting(f"{title} {' '.join(called)}")  # "Hna. Luz Marina Ortega": Luz Marina


# Portuguese "Enfermeira" and "Enfermeiro" written short: a nurse's post, a title only with the
# family name.
_A_NURSES_POST = frozenset({"enf.a", "enf.o"})

# The titles a courtesy title gives way to: "Herr Dr. Obermeier" is Dr. Obermeier.
_DOCTOR_OR_PROFESSOR = frozenset({"dr", "prof", "doctor", "professor"})


_SECOND_OF_A_DOUBLE_NAME = _words("given_names", "second_of_a_double_name")
_FIRST_OF_A_DOUBLE_NAME = _words("given_names", "first_of_a_double_name")
_SECOND_OF_A_WOMANS_NAME = _words("given_names", "second_of_a_womans_name")


def _compound(given: list[str]) -> bool:
    """The first two given names are one: as listed ("María José", "Juan Camilo"), or told by
    one of them ("Ram Kumari", "Gian Andrea"; "Sherri Ann" when no third given name follows):
    names.toml's given_names."""
    if len(given) < 2:
        return False
    first, second = fold(given[0]), fold(given[1])
    return (
        second in _SECOND_OF_A_WOMANS_NAME
        or first in _FIRST_OF_A_DOUBLE_NAME
        or (len(given) == 2 and second in _SECOND_OF_A_DOUBLE_NAME)
        or f"{first} {second}".replace("-", " ") in _COMPOUND_GIVEN
    )


def _whole(parsed: ParsedName) -> str:
    return " ".join([*parsed.given, parsed.family]).strip()


def _is_initial(word: str) -> bool:
    core = word.replace(".", "")
    dotted = re.fullmatch(r"(?:[A-Z]\.){3,4}", word) is not None  # "W.M.K. Bandara"
    return (len(core) <= 2 and word.endswith(".")) or (len(word) == 1 and word.isalpha()) or dotted


def _capital(word: str) -> str:
    """'james' -> 'James'; names typed with their own capitals stay as they are."""
    if word[:1].islower() and not any(c.isupper() for c in word):
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    if word.isupper() and len(word.replace("-", "")) > 3 and word.replace("-", "").isalpha():
        return "-".join(part.capitalize() for part in word.split("-"))  # "DWAYNE", "NJOYA"
    return word


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


def name_words(name: str) -> set[str]:
    """The words of a name a sentence could call its person by: "Saima", "Qureshi", "Bobby"."""
    found = parse(name)
    words = {w for w in (*found.given, found.family, found.nickname) if w and len(w) >= 3}
    lower = any(w.islower() for w in words)  # only then can it be a description: ask no more
    if lower and greeting_name(name).ask:  # "family rep on the board": its words call no one
        words = {w for w in words if not w.islower()}
    elif lower and any(not w.islower() for w in words):
        # "Kev the maintenance man who showed me round": the capitals name him, the rest
        # describes him ("the" in a sentence is no name)
        words = {w for w in words if not w.islower()}
    return words


def same_person(a: str, b: str) -> bool:
    """True when two ways of writing a name clearly mean the same person.

    "Hoffmann, Sabine" and "Dr. Sabine Hoffmann"; 'Elizabeth "Liz" Hart' and
    "Liz Hart". A lone given name ("thandiwe") is matched by
    :func:`find_person`, which knows whether it is unique on the panel.
    """
    if fold(a).strip() == fold(b).strip():
        return True
    pa, pb = parse(a), parse(b)
    if not pa.family or not pb.family or _key(pa.family) != _key(pb.family):
        return False
    given_a = {_key(w) for w in (*pa.given, pa.nickname) if w}
    given_b = {_key(w) for w in (*pb.given, pb.nickname) if w}
    return bool(given_a & given_b)


def find_person(name: str, names: list[str]) -> str | None:
    """The one name of ``names`` that ``name`` means, if exactly one does."""
    matches = [n for n in names if same_person(name, n)]
    if len(matches) == 1:
        return matches[0]
    if not matches:  # "thandiwe" or "rosa maría": the given name alone, if only one has it
        key = fold(" ".join(name.split())).rstrip(".")
        alone = [
            n
            for n in names
            if key in (fold(" ".join(parse(n).given)), fold(parse(n).nickname))
            or (len(name.split()) == 1 and key in {_key(w) for w in parse(n).given})
        ]
        if len(alone) == 1:
            return alone[0]
    return None
