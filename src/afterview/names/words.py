"""The word lists a name is read with.

Titles, honorifics, particles, suffixes, teams and the names that tell a family from a
given name are data (``afterview/data/names.toml``, and the list of given names in
``compose/data/given_names.txt``); each is a set here, under the name the package uses.
A typed word is compared with them folded (:func:`fold`, ``_key``), and a word in Cyrillic
by its Latin spelling.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from afterview.check.lazy import lazy


def _word_lists() -> dict[str, Any]:
    """The tables of data/names.toml, read once, at import (the lists are sets just below).

    Not with ``compose.data_cache.load_toml``: importing ``afterview.compose`` imports the
    composer, which imports this module.
    """
    with (Path(__file__).parents[1] / "data" / "names.toml").open("rb") as f:
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
# "Shameer ikka" in Kerala, "Shibu da" in Bangladesh: after the given name, where spoken.
_AFTER_NAME_WHERE: dict[str, list[str]] = dict(_WORDS["honorifics"]["after_the_name_where"])
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
_WITH_WHOLE_NAME_WHERE: dict[str, list[str]] = dict(_WORDS["honorifics"]["with_whole_name_where"])
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
_MALAY_HONOURS_OF_TWO_WORDS = _words("honorifics", "malay_honours_of_two_words")
# "Kierownik Regionu": a post heading a unit, in Polish, Czech and Slovak (and English).
_HEADS_OF_A_UNIT = _words("honorifics", "heads_of_a_unit")
_KOREAN_AFTER: dict[str, str] = dict(_WORDS["honorifics"]["korean_after_the_name"])
_INDIAN_SHORT: dict[str, str] = dict(_WORDS["honorifics"]["indian_written_short"])
_PARTICLES = _words("particles", "open_a_family_name")
_CAPITAL_PARTICLES = _words("particles", "open_a_family_name_capitalised")
_ORDERS = _words("suffixes", "religious_orders")
_DOCTORATES = _words("suffixes", "doctorates")
_SUFFIXES = _words("suffixes", "after_a_name") | _ORDERS | _DOCTORATES
_SERVICES_IN_CAPITALS = _words("suffixes", "services_in_capitals")
_GROUPS = _words("teams", "last_word")
_GROUPS_AFTER_WORDS = _words("teams", "last_word_after_words")
_A_FUNCTION = _words("teams", "functions")
_BODIES = _words("teams", "bodies")
_FIRM_LAST_WORDS = _words("teams", "firm_last_words")
_WHERE_A_BODY_IS = _words("teams", "where_a_body_is")
_REGIONS = _words("teams", "regions")
_COMPASS_POINTS = _words("teams", "compass_points")
_WORK_IN_ENGLISH: dict[str, str] = dict(_WORDS["teams"]["work_in_english"])
_BODIES_IN_ENGLISH: dict[str, str] = dict(_WORDS["teams"]["bodies_in_english"])
_TURKISH_FAMILY = _words("family_names", "turkish")
# "Morvan", "Tremayne": Breton and Cornish family names the public name sets hold as given too.
_BRETON_AND_CORNISH_FAMILY = _words("family_names", "breton_and_cornish")
# "Martin", "Simon": common given names that are as common family names ("Monsieur Martin").
_FAMILY_TOO = _words("family_names", "given_names_too")
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
# spells it; Tamil "s/o", "d/o", "a/l"; Iban "anak": "Pastor Richard anak Jimbun" is Pastor
# Richard, late469 readers).
_PATRONYMIC = frozenset(
    {"bin", "binti", "binte", "bte", "bt", "bint", "ibn", "s/o", "d/o", "a/l", "a/p", "anak"}
)  # "bt." is binti written short ("Pn. Siti Hajar bt. Osman")
_QUOTES = "\"“”'‘’«»„‚"
# A nickname in quotes; a quote inside a word is an apostrophe or a glottal stop, not a quote
# ("Fa'amausili 'Mau' Tuiasosopo" is Mau, never "Fa").
_NICKNAME = lazy(r"(?<![^\W\d_])[\"“”'‘’«„‚]\s*([^\"“”'‘’«»„‚]+?)\s*[\"“”'‘’»](?![^\W\d_])")
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
    # Malaysian and Singaporean spellings (Hokkien, Hakka, Foochow: "Tiong, Ka Ming", late359)
    " tiong ngu sii hii yii kiu chieng yiu voon yap ooi khoo teoh yeoh quek loh soh toh"
    " teh tay seah heng kok chia khor leong siew yeo neo ting"
    # more pinyin family names that are not English words
    " liang xie deng feng cao peng zeng xiao tian yuan cai jiang cui zhong yao shen su"
    # and more common in China, "Long" a word too (late402 readers: "Dear Yanfang," of "Hou,
    # Yanfang")
    " hou xue lu yin shi duan lei long du qiu meng xiong bai mao hao gong shao xia zou jia niu"
    " qiao xing lyu zhai guan chai".split()
)
_COMPOUND_GIVEN = frozenset(
    " ".join(entry.split())  # one space inside each, whatever the line breaks
    for entry in """mari carmen|mari luz|mari paz|mary beth|mary grace|mary joy|mary rose|joyce ann|mary ann|mary anne|mary kate|mary jane|
    mary ellen|mary lou|mary jo|anne marie|ruth ann|fatima zahra|fatima ezzahra|fatim zahra|
    fatema zahra|fatima azzahra|ingrid marie|paola andrea|ivan dario|luisa fernanda|
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
    ana lucia|carmen gloria|maria paz|rosa maria|juan carlos|juan pablo|juan jose|lucia helena|rosa elvira|maria helena|
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
    luiz henrique|luis henrique|luiz felipe|luiz carlos|luiz gustavo|carlos eduardo|
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
    maria chiara|maria rosaria|maria vittoria|maria pia|maria antonietta|maria assunta|anna chiara|
    pier paolo|maria luz|ana cecilia|maria cecilia|ana sofia|luz maria|xose manuel|xose luis|
    xose antonio|jhon fredy|john fredy|jhon jairo|john jairo|luz adriana|sri lakshmi|sri devi|
    sri ram|sri vidya|sri krishna|sri hari|sri priya|sri lekha|sri vani|sri nivas|sree lakshmi|
    sree devi|sree ram|hari krishna|rama krishna|
    vijaya lakshmi|raja lakshmi|bala subramanian|bala krishnan|
    julio cesar|jose angel|jose ramon|jose ignacio|jose javier|jose enrique|luis angel|
    luis carlos|juan luis|juan ramon|marco antonio|maria eugenia|maria del mar|maria del pilar|
    maria del rosario|maria del socorro""".split("|")
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
    return fold(word).rstrip(".,'’")  # "Dato'" is "dato"


# Words for a person that the candidate may use of them, never to them: "the HR girl".
# A word of a name joined by a hyphen is none ("CHAN Tai-man" is never "Tai-person").
_SAID_OF_A_PERSON = lazy(
    r"(?<![\w-])(?:girl|lady|guy|bloke|dude|chap|gentleman|woman|man)(?![\w-])", re.I
)


def _listed_given(word: str) -> bool:
    """Whether the list of given names holds ``word`` (a word in letters it cannot fold to
    ASCII, "Mannauðssvið", it does not)."""
    from afterview.compose.reading import lexicon

    return lexicon.listed(_GIVEN_NAMES, fold(word).strip(".,'’\"?"))


def _a_given_name(word: str) -> bool:
    """Whether ``word`` is a given name some list knows (compose/data/given_names.txt, from
    public name sets, and names.toml's), a father's name ("Valentinovich"), or written in a
    script the lists do not hold ("Ольга", "Þórður")."""
    from afterview.compose.reading import lexicon

    key = fold(word).strip(".,'’\"?")
    latin = key.translate(_CYRILLIC_IN_LATIN) if key and _CYRILLIC.fullmatch(key) else key
    if latin != key:  # "Игорь": the lists hold it as "Igor" (a "-" alone is no Cyrillic)
        return _a_given_name(latin)
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


_GIVEN_NAMES = Path(__file__).parents[1] / "compose" / "data" / "given_names.txt"
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


_JOINED_RESPECT = tuple(sorted(_words("given_names", "joined_respect")))


def _where(country: str) -> str:
    """The country of an ISO 3166 code, without its region: "IN-KL" is "IN"."""
    return country.split("-")[0].upper()


def _in_one_of(country: str, places: list[str] | tuple[str, ...]) -> bool:
    """Whether the interview's ``country`` is one of ``places``, countries ("BD": any of its
    regions too) or regions ("IN-KL"; "IN", typed without its region, may be there)."""
    code = country.upper()
    return any(
        _where(code) == place or code == place or (code == _where(place) and "-" in place)
        for place in places
    )


def _after_the_name(word: str, country: str) -> bool:
    """ "Yılmaz Bey", "Dilshod aka", and "Shibu da" in Bangladesh: a word of respect typed after
    the given name, kept with it."""
    key = _key(word)
    return key in _AFTER_NAME or _in_one_of(country, _AFTER_NAME_WHERE.get(key, ()))


# Russian and Central Asian patronymics, written last after the given name.
_PATRONYMIC_ENDINGS = ("ovna", "evna", "ovich", "evich", "ovych", "ivna", "ievna", "yevna", "ichna")


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
        # "Nour El-Din Khalil", "Salah Eldin": "of the faith" ends the given name (late452)
        or re.fullmatch(r"(?:el|al|ad|ed|ud)-?din", second.lower()) is not None
    )


# What follows "del", "de la" or "de los" in a Spanish or Portuguese woman's given name.
_MARIAN = frozenset(
    """pilar carmen rosario mar socorro angeles luz consuelo rocio sol remedios dolores
    mercedes milagros carmo fatima lourdes guadalupe perpetuo refugio
    graca conceicao gloria assuncao penha nazare piedade salete natividade""".split()
)


def _devotional(words: list[str]) -> bool:
    """ "Rocío del Pilar", "Ana de los Ángeles": a given name, then one of Mary's after its
    particles, all one given name (late436 readers: "Dear Ing. del Pilar Sánchez Vega,")."""
    keys = [fold(w).lower() for w in words]
    return (
        len(keys) >= 3
        and keys[1] in ("del", "de", "do", "da", "das", "dos")
        and all(k in ("la", "los", "las") for k in keys[2:-1])
        and keys[-1] in _MARIAN
    )


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
