"""How to greet a person (:func:`greeting_name`): the typed name tidied, then read by
stages, each taking the shapes it knows and passing the rest on; the checks last.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import takewhile

from afterview.check.lazy import lazy
from afterview.names.checks import (
    _A_WORD_THEN_ITS_WORK,
    _AN_AGE,
    _IRISH_COURTESY,
    _PROPHETS_NAME,
    _a_family_word,
    _a_word_no_list_knows,
    _an_honorific_the_greeting_drops,
    _never_a_rank_alone,
    _never_by_the_given_name_alone,
)
from afterview.names.customs import (
    _CHRISTIAN,
    _DEPARTMENT_AFTER,
    _GIVEN_NAME_FIRST,
    _GIVEN_SECOND,
    _INITIAL_LAST,
    _KUNYA,
    _OF_NURSING,
    _ONLY_AN_INITIAL,
    _PORTUGUESE_SPEAKING,
    _SECOND_WORDS,
    _STRONG_FAMILY_ENDINGS,
    _a_word_of_respect_only,
    _bracketed_nickname,
    _capitals,
    _describes_a_role,
    _has_nickname,
    _looks_like_name,
    _titled,
    _whole,
)
from afterview.names.kinds import (
    _CANDIDATE_OF_SCIENCES,
    _CHINESE_NAMES_TOO,
    _COURTESY,
    _FAMILY_ENDINGS,
    _FAMILY_NAME_FIRST_COUNTRIES,
    _GIVEN_NAME_COUNTRIES,
    _GIVEN_NAME_USED,
    _MALAY_COUNTRIES,
    _POST_CODE,
    _ROLE_WORDS,
    _SECOND_GIVEN,
    _SOMEONE,
    _TITLES_IN_CAPITALS,
    _TWO_SURNAME_COUNTRIES,
    BRITISH_POLICE_RANKS,
    _a_japanese_family_name,
    _a_persons_name,
    _a_team_then_where,
    _family_names,
    _first_of_two_surnames,
    _is_role_noun,
    _is_suffix,
    _is_title,
    _known_family,
    _known_word,
    _looks_like_a_family_name,
    _names_a_role,
    _names_the_firm,
    _post_of_one_word,
    _role_key,
    _sure_of_the_name,
    _title_case,
    _titled_name,
    _two_family_names,
    _with_its_given_name,
    _without_affiliation,
    _without_unspoken_titles,
    _without_what_a_greeting_drops,
    is_group,
    is_word_of_address,
)
from afterview.names.labels import (
    _A_POST_BEFORE_A_TITLE,
    _A_POST_IN_DOUBT,
    _ADDRESSED_IN_BRACKETS,
    _AH_FAMILY,
    _ARTICLE_BEFORE_RESPECT,
    _BORN,
    _CALLED_SO,
    _CAUGHT,
    _DEPUTY_POST,
    _FAMILY_OFTEN_FIRST,
    _FORMAL_TITLES,
    _GOES_BY,
    _LOOKS,
    _NO_NAME,
    _OF_AN_ORDER,
    _ON_A_WARD,
    _ONE_AFTER_A_POST,
    _ONE_NAME_IN_DOUBT,
    _OVER_A_NICKNAME,
    _POST_AS_TITLE,
    _POST_CODE_BEFORE,
    _PREPOSITIONS_IN_A_POST,
    _RESPECT,
    _ROLE_BEFORE,
    _RUSSIAN_PATRONYMIC,
    _TITLE_IN_BRACKETS,
    _TITLES_IN_THE_MIDDLE,
    _TWO_NAMES_IN_DOUBT,
    _WITH_AN_ENGLISH_NAME,
    _an_office_or_a_post,
    _described,
    _greeted_by_its_shape,
    _group,
    _half_a_name,
    _named_side,
    _one_name,
    _order_in_doubt,
    _short_for,
    _without_a_capital_post_in_doubt,
    _without_a_post_before,
)
from afterview.names.parse import (
    _DESCRIBED,
    Greeting,
    ParsedName,
    _a_daughters_family_name,
    _as_dictated,
    parse,
)
from afterview.names.posts import (
    _A_MAN_S,
    _EASTERN_ENDINGS,
    _GRADED_POST,
    _JOINED_POST,
    _POST_WORDS_WRITTEN_SHORT,
    _POSTS_BEFORE_A_NAME,
    _RANK_WRITTEN_SHORT,
    _TITLES_OF_A_NAME,
    _a_body_then_a_post,
    _a_handle,
    _a_judges_style,
    _a_malay_name_of_two,
    _a_rank_written_short,
    _a_retired_rank,
    _a_title_of_the_country,
    _a_word_of_a_short_post,
    _after_a_chiefs_post,
    _after_a_post_of_two_words,
    _doctorate_as_a_title,
    _never_a_title_alone,
    _never_a_word_of_the_post,
    _post_before_a_title,
    _short_honorific_written_out,
    _someone_from_a_team,
    _spelled_out,
    _spoken_to_as,
    _the_person_behind_a_post,
    _two_people,
    _with_a_space_after_its_title,
    _without_a_word_of_address,
)
from afterview.names.shapes import (
    _A_JOINED_POST_BEFORE_A_TITLE,
    _A_NAME_WORD,
    _A_TRADES_NICKNAME,
    _AN_AGE_AFTER_A_COMMA,
    _AN_INITIAL_FOR_A_FAMILY_NAME,
    _NO_LIST_KNOWS,
    _PARTS_OF_A_NAME,
    _an_unknown_short_form_first,
    _read_whole_first,
    _without_what_stands_before,
)
from afterview.names.words import (
    _A_FUNCTION,
    _A_GIVEN_NAME_WHERE,
    _ABD,
    _AFTER_A_DOT,
    _AFTER_NAME,
    _ASIDE_WITH_COMMA,
    _BELOW_A_DOCTORATE,
    _BODIES,
    _CAPITAL_PARTICLES,
    _CHINESE_FAMILY,
    _COMPOUND_GIVEN,
    _COURTESY_OF_A_WHOLE_NAME,
    _DESCRIBE_BEFORE_ONE,
    _DOCTORATE_AFTER,
    _FAMILY_TOO,
    _GIVEN_FOR_A_HANDLE,
    _GIVEN_IN_BRAZIL,
    _GROUPS,
    _HONORIFIC_BEFORE_GIVEN,
    _IN_ENGLISH,
    _JOINED_AFTER,
    _KIN_LEFT_OFF_WHERE,
    _KOREAN_AFTER,
    _KOREAN_FAMILY,
    _NICKNAME,
    _ORDERS,
    _PAREN,
    _PART_OF_A_TITLE,
    _PARTICLES,
    _PATRONYMIC,
    _POSTS_SPELLED_OUT,
    _QUOTES,
    _RANKS_OF_A_POST,
    _RANKS_OF_THE_SERVICES,
    _REGIONS,
    _RELIGIOUS,
    _RESPECT_BEFORE_A_FAMILY_NAME,
    _SAINTLY,
    _SPELLED_OUT,
    _VIETNAMESE_AND_CHINESE,
    _VIETNAMESE_FAMILY,
    _VIETNAMESE_KIN,
    _VIETNAMESE_KIN_LOWER,
    _WITH_GIVEN_NAME,
    _a_given_name,
    _after_the_name,
    _capital,
    _cjk,
    _compound,
    _devotional,
    _is_initial,
    _key,
    _latin_spelling,
    _listed_given,
    _where,
    _words,
    fold,
)


def _without_what_they_do(name: str) -> str:
    """ "Sr. Patricio Henríquez Lagos, jefe de tráfico zona sur", "Rodrigo Ospina, Navis N4
    superuser": a whole name, then what they do after a comma, never read as "Last, First"
    (late346 readers: "Dear Sr. Lagos,", "Hi Navis,")."""
    head, comma, tail = name.partition(", ")
    words = head.split()
    if comma and _a_post_then_its_field(tail) and _a_whole_name(words):
        # "Dr. Annelie du Toit, Head: Financial Crime": a post after the comma, its field after
        # a colon, as a form writes it (late428 readers: "Dear Financial,")
        return head
    tail_words = _PAREN.sub(" ", tail).split()
    alone = len(words) == 1 and _listed_given(head) and not _is_role_noun(head)
    if comma and alone and len(tail_words) >= 2 and "," not in tail:
        # "Reto, Tierpfleger EFZ (Co-Leitung Katzenhaus)": a given name, then the post and its
        # certificate's letters (late439 readers: "Dear Tierpfleger,")
        post, *rest = tail_words
        lettered = any(re.fullmatch(r"[A-Z]{2,5}", w) for w in rest)
        if (lettered or _is_role_noun(post)) and not _a_given_name(post):
            return f"{head} ({tail})"
    described = len(words) >= 3 and _is_role_noun(words[0]) and any(w.islower() for w in words)
    if comma and len(tail_words) == 1 and _listed_given(tail) and described:
        # "Designer from Lagos office, Tolu": who they are, then their given name (late437)
        return f"{tail} ({head})"
    if not comma or len(words) < 2 or "(" in head or not all(w[:1].isupper() for w in words):
        return name
    if _A_NAME_THEY_USE.search(tail):
        return name  # "..., says call him Ally"
    said = _PAREN.sub(" ", tail).split()  # what the brackets say is theirs to read
    opening = bool(said) and said[0][:1].islower()  # "jefe de tráfico", "compliance ..."
    return head if opening or any(c.isdigit() for c in " ".join(said)) else name


def _a_post_then_its_field(text: str) -> bool:
    """ "Head: Financial Crime", "Manager: Payroll": a post of one word, a colon, then its
    field."""
    post = re.match(r"([A-Z][a-z]+):\s+[A-Z]", text)
    return post is not None and _is_role_noun(post[1]) and not _is_title(post[1])


def _a_whole_name(words: list[str]) -> bool:
    """ "Dr. Annelie du Toit", "Sanne de Wit": a whole name, its titles before it and the
    particles of its family name in small letters among its words; no team."""
    named = list(itertools.dropwhile(_is_title, words))
    return (
        2 <= len(named) <= 5
        and all(
            w[:1].isupper() or (0 < i < len(named) - 1 and w in _PARTICLES)
            for i, w in enumerate(named)
        )
        and all(w.replace("-", "").replace("'", "").isalpha() for w in named)
        and not is_group(" ".join(named))
    )


# "Minister Counsellor Andrés Villalobos", "Consul General Ana Ruiz": a diplomat's office.
_DIPLOMATIC = _words("titles", "diplomatic")


def _a_diplomats_office(name: str) -> bool:
    """ "Minister Counsellor Andrés Villalobos", "Consul-General Ana Ruiz": an office of the
    diplomatic service, of one to four words, before a name."""
    words = name.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        joined = re.sub(r"[-'’.]", "", fold("".join(words[:size])).lower())
        if joined in _DIPLOMATIC and words[size][:1].isupper():
            return True
    return False


_BY_THEIR_OFFICE = "a diplomat is greeted by their office: check how they sign"
# Words that say the name typed after a comma is the one they use ("..., says call him Ally").
_A_NAME_THEY_USE = lazy(r"\b(?:call|calls|called|goes by|go by|prefers|known as)\b", re.I)


# Kin of someone else, before a name: "her son Craig", "the owner's daughter Mia".
_WHOSE_KIN = lazy(
    r"^(?:his|her|their|the \w+['’]s)\s+(?:son|daughter|wife|husband|partner|brother|sister|"
    r"mum|mom|dad|father|mother|cousin|nephew|niece|aunt|uncle|grandson|granddaughter)\s+"
    r"(?=[A-Z])",
    re.I,
)


# What a family calls a boy, a brother or a baby ("Bubba", "Sonny", "Junior"): never a greeting
# in a letter to someone whose title is typed.
_A_FAMILYS_PET_NAME = frozenset(
    "bubba bubby sonny junior buddy bud boy baby babe sis sissy".split()
)
# British police ranks in capitals ("DS Amy Lau", "PC Ryan Coombes"), titles where British
# policing uses them; elsewhere the same letters are a post's.
_A_BRITISH_POLICE_RANK = lazy(rf"^(?:{'|'.join(sorted(BRITISH_POLICE_RANKS))}) (?=[A-Z][a-z])")
_BRITISH_POLICE_WHERE = frozenset("GB IE IM JE GG GI AU NZ".split())


_A_TEAM_JOINED = lazy(r"\b(Recruiting|Recruitment|Personal|People|Talent|HR)-Team\b")
_AND_IN_A_LIST = lazy(
    r"(?<=, )([A-Z][a-zà-ÿ]+) (?:i|y|e|und|et|og|en|och|ja|és|a) (?=[A-Z][a-zà-ÿ]+\))"
)
_TWO_WHOLE_NAMES = lazy(
    r"^([A-Z][a-zà-ÿ]+) [A-Z][\w'’-]+ (?:&|and) ([A-Z][a-zà-ÿ]+) [A-Z][\w'’-]+(?:\s*\([^()]*\))?$"
)
_FIRE_RANKS = _words("titles", "fire_ranks")
_A_FIRE_RANK = lazy(
    r"^(?P<rank>(?:[A-Z][a-z]+[ -]){1,3}Officer) (?:[A-Z][a-z]+ )?(?P<family>[A-Z][\w'’-]+)"
    r"(?=\s*(?:$|\(|,| - ))"
)


# An aside that says a "Schwester" is a sister of an order or a deaconess, not a nurse.
_A_SISTER_OF_AN_ORDER = lazy(
    r"\b(?:diakonisse|deaconess|ordensschwester|nun|orden|convent)\b", re.I
)
# Where "Fr." is Frau: German is written there.
_FRAU_WRITTEN_SHORT_WHERE = frozenset({"DE", "AT", "CH", "LI", "LU"})
# "Kavya Iyer, Sr. CSM (peer interview)": "Sr." here is Senior, before a post.
_A_SENIOR_POST_AFTER_A_COMMA = lazy(
    r"^(?P<name>[^,()]+),\s+(?P<rank>Sr|Snr|Jr|Jnr)\.?\s+(?P<post>[A-Za-z]+)(?P<rest>.*)$"
)


def greeting_name(
    name: str, salutation: str | None = None, company: str = "", country: str = ""
) -> Greeting:
    """How to greet ``name`` (a salutation given in the file always wins); the ``company``
    tells a family name that names the firm ("Airey" of "Airey Walling & Fencing"), and the
    interview's ``country`` (ISO 3166) where a name has no family name at all."""
    if salutation:
        return Greeting(salutation)
    # "Recruiting-Team NÖ Regionalbahnen": a German team word joined on, read as two words
    name = _A_TEAM_JOINED.sub(r"\1 Team", name)
    # "team spedycji (Ola, Bartek i Kuba)": "and" in their language, between the names listed
    name = _AND_IN_A_LIST.sub(r"\1 & ", name)
    couple = _TWO_WHOLE_NAMES.match(name)
    if couple and _listed_given(couple[1]) and _listed_given(couple[2]):
        # "Rachel Goh & Marcus Teo (the parents)": both, by their given names (late453 readers)
        return Greeting(f"{couple[1]} and {couple[2]}")
    # "Dña. Remedios Gallardo": Doña, written short, goes with her given name (late497
    # readers: "Dear Dña. Gallardo,")
    name = re.sub(r"^D(?:ñ|n)a\.\s+" if _where(country) == "ES" else r"^Dña\.\s+", "Doña ", name)
    # "Lic. en Psicología Noelia Benítez": the degree's field goes, the title stays (late512)
    name = re.sub(
        r"^(Lic[a-z]*\.?) en [A-ZÁÉÍÓÚ][\wáéíóúñ]+(?: (?:y|e) [A-ZÁÉÍÓÚ][\wáéíóúñ]+)? ",
        r"\1 ",
        name,
    )
    if _where(country) in _FRAU_WRITTEN_SHORT_WHERE:
        # "Fr. Dr. Sabine Kowalczyk": Frau, whose doctorate a letter keeps (never "Father")
        name = re.sub(r"^Fr\.(?= Dr\.| Prof\.)", "Frau", name)
    senior = _A_SENIOR_POST_AFTER_A_COMMA.match(name)
    if senior and (senior["post"].isupper() or _is_role_noun(senior["post"])):
        # "Kavya Iyer, Sr. CSM (peer interview)": a senior post, never "Dear Sr. Kavya Iyer,"
        rest = senior["rest"].strip()
        aside = rest[1:-1] if rest.startswith("(") and rest.endswith(")") else rest
        post = f"{senior['rank']} {senior['post']}" + (f", {aside}" if aside else "")
        name = f"{senior['name']} ({post})"
    posted = _A_POST_BEFORE_A_TITLE.match(name)
    if posted:  # "Jefe de bodega Sr. Patricio Valenzuela Rojas": the name, its post in brackets
        return greeting_name(f"{posted['name']} ({posted['post']})", None, company, country)
    head, comma, tail = name.rpartition(", ")
    tail_words = tail.split()
    post_words = _PAREN.sub("", head).split()
    titled_after = comma and len(tail_words) >= 3 and _is_title(tail_words[0])
    # (a typed title, outside any brackets: not "(HR, Abu Dhabi office)", "chef de culture")
    titled_after = titled_after and tail[:1].isupper() and head.count("(") == head.count(")")
    a_post = len(post_words) >= 2 and not _a_persons_name(" ".join(post_words))
    if titled_after and a_post and not _is_title(post_words[0]):
        # "Gerente de Créditos Regional (joined by Zoom), Dr. Ricardo Benavides": the post,
        # then the titled name after the comma (late485: "Dear Dr. Gerente de ...,")
        return greeting_name(f"{tail} ({' '.join(post_words)})", None, company, country)
    ranked = _A_FIRE_RANK.match(name)
    if ranked and re.sub(r"[\s-]", "", fold(ranked["rank"]).lower()) in _FIRE_RANKS:
        # "Station Officer Omari Grant": a fire service's rank, kept with the family name
        return Greeting(f"{ranked['rank']} {ranked['family']}")
    head, dash, post = name.partition(" - ")
    titled = head.split()
    said_after = post.split()[:1]
    a_post = bool(said_after) and (
        said_after[0].islower() or said_after[0].isupper() or _is_role_noun(said_after[0])
    )
    if dash and "(" not in name and len(titled) >= 3 and _is_title(titled[0]) and a_post:
        # "Capt. Arturo Pech Canul - PFSO": a titled whole name, then the post, read as if in
        # brackets, so the name's own customs hold (late449: "Dear Capt. Canul,")
        return greeting_name(f"{head} ({post})", None, company, country)
    long_dash = _A_LONG_DASH.search(name) if " - " not in name else None
    if long_dash:
        # "Jannik – Senior Planner", "Bianca — BI team, did the SQL test": an en or em dash
        # parts a name from its post or team as " - " does (late408 readers: asked), read so,
        # then written as typed
        found = greeting_name(_A_LONG_DASH.sub(" - ", name), None, company, country)
        return replace(found, name=found.name.replace(" - ", long_dash[0]))
    name = _as_dictated(name)  # "Lacy no Lacey Tremblay", "HR comma Aisling"
    name = _AN_ASIDE_IN_SQUARE_BRACKETS.sub(r" (\1)", name)  # "Dean [ops mgr]": "(ops mgr)"
    name = _A_MASTERS_IN_MEXICO.sub("Mtro. ", name)  # "M. en C. Rogelio Tapia" (late330)
    # "Dr. hab. Irena Sadowska, prof. UG": a Polish university's professor, Prof. Sadowska
    name = _A_PROFESSOR_AFTER.sub(r"Prof. \g<name>", name)
    # Irish "An tUasal" (Mr.) and "An Bhean Uasal" (Ms.), two words and more (never "Dear An,")
    name = _IRISH_COURTESY.sub(lambda m: "Mr." if m[1] else "Ms.", name)
    # In Hawaii "Ah" after a given name opens a Chinese-Hawaiian family name of two words ("Ah
    # Sing", "Ah Yo"), and in Kenya and Tanzania Maasai "Ole" ("son of") does ("Mr. Joseph Ole
    # Kaelo" is Mr. Ole Kaelo: late406 readers, "Dear Mr. Kaelo,"; in Norway "Ole" is a given
    # name), kept whole: read joined, as one family name, then written as typed
    hawaiian = _AH_FAMILY.search(name) if country.upper() == "US-HI" else None
    maasai = _OLE_FAMILY.search(name) if _where(country) in ("KE", "TZ") else None
    two_words = hawaiian or maasai
    if two_words:
        joined = two_words[0].replace(" ", "-", 1)
        found = greeting_name(name.replace(two_words[0], joined, 1), None, company, country)
        return replace(found, name=found.name.replace(joined, two_words[0]))
    elsewhere = bool(country) and _where(country) not in _BRITISH_POLICE_WHERE
    if elsewhere and _A_BRITISH_POLICE_RANK.match(name):
        # "DS Franco Pellizzari" at an Italian cycling team is his post (directeur sportif),
        # never "Detective Sergeant" (late418 readers: "Dear DS Pellizzari,"): a post's letters
        name = f"{name[: name.index(' ')]} - {name[name.index(' ') + 1 :]}"
    name = _AN_AGE_AFTER_A_COMMA.sub("", name)  # "Martina, 15 (youth council)": her age
    # "her son Craig, does the fryers": whose kin they are says who, not how they are greeted
    # (late337 readers: "Dear Her," embarrassed)
    name = _WHOSE_KIN.sub("", name)
    # "Mme Ba née Sy Aminata": the family name she uses is the one before "née" (late297 readers:
    # "Dear Ms. Aminata," embarrassed); "el rayes Shaaban": the Arabic article before a word
    # of respect ("Dear El,", late298)
    name = _BORN.sub("", _ARTICLE_BEFORE_RESPECT.sub("", name))
    slavic = _A_SLAVIC_COURTESY.match(name) if _where(country) in _SLAVIC_COURTESY_WHERE else None
    if slavic and (_looks_like_a_family_name(slavic[2]) or not _listed_given(slavic[2])):
        # "pan Dvořák - dispecink": Mr. Dvořák, as "pan Dvořák" alone is (late433 readers:
        # "Dear pan Dvořák," left the Czech word in, with a post after the dash)
        name = f"{_IN_ENGLISH[_key(slavic[1])]} {name[slavic.start(2) :]}"  # names.toml
    team = _A_WORD_THEN_ITS_WORK.fullmatch(name.strip())
    long = team is not None and len(team[1]) >= 12 and "-" not in team[1]  # not "Ana-Marija"
    # "Jinji-bu (HR team)": the brackets say it is a team, so the word is its name (late294)
    said = team is not None and team[3] is not None
    if team and (long or said) and not _listed_given(team[1]) and not _known_family(team[1]):
        # "Mannauðssvið (HR)": a department in its own language, one long word (a compound),
        # what it does in brackets (never "Dear Mannauðssvið,": late281); "Deb (HR)" is Deb
        return Greeting(_group(team[2]))
    name = _without_what_they_do(name)
    if _a_diplomats_office(name):
        return Greeting(_PAREN.sub(" ", name).strip(), ask=_BY_THEIR_OFFICE)
    found = _greeting_name_of(name, company, country)
    if found.name.endswith((",", ";")):  # "Ma'am Gemma, CPA - ...": never "Dear Ma'am Gemma,,"
        found = replace(found, name=found.name.rstrip(",; "))
        if not found.name:  # "," or ";" alone
            return Greeting(name.strip(), ask="no name is recorded")
    if not found.ask and found.name.lower() in _PRONOUNS:  # "Her Majesty's ...": never "Dear Her,"
        return Greeting(_PAREN.sub("", name).strip(), ask="no name is recorded, only a description")
    return _never_by_the_given_name_alone(
        _never_greeted_so(found, name, company, country), name, country
    )


# Polish, Czech and Slovak "pan" (Mr.) and "pani", "paní" (Ms.) before one name, then a post
# or nothing: "pan Dvořák - dispecink".
_A_SLAVIC_COURTESY = lazy(r"(?i:(pan|pani|paní|pán))\s+([A-ZÀ-Ž][\w'’-]+)(?=\s*(?:$|[-–—(,]))")
_SLAVIC_COURTESY_WHERE = frozenset("PL CZ SK".split())


# Maasai "Ole" before the family name, after a given name or a title, or typed first: "Joseph Ole
# Kaelo", "Mr. ole Nkaissery", "Ole Kaelo".
_OLE_FAMILY = lazy(r"(?:^|(?<=[a-z.] ))[Oo]le ([A-Z][a-z]+)\b(?!-)")
# An en or em dash between words, as " - " is typed: "Jannik – Senior Planner".
_A_LONG_DASH = lazy(r" [–—] ")

# Where official lists write the family names first and a Christian name last ("Kimani Gathuru
# Peter"), so a title before three names may go with either end.
_LIST_ORDER = frozenset("KE UG TZ RW BI SS".split())

_PRONOUNS = frozenset("he him his she her hers they them their we us our you your it its".split())


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
        described = found.name.split()
        if len(described) == 2 and _key(described[0]) in _DESCRIBE_BEFORE_ONE:
            found = replace(found, name=described[1])  # '"Wee Ruaraidh"' alone is Ruaraidh
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
    if not found.ask and _initials_or_letters_before_a_family_name(found.name, typed):
        # "AW Garrity": two capitals no list knows, before a family name alone, are initials or
        # a post's letters (an Associate Warden), never a name to greet ("Dear AW,")
        why = f'"{found.name}" before the family name may be initials or the letters of a post'
        return Greeting(" ".join(typed), ask=f"{why}: greet them as they sign")
    return found


def _initials_or_letters_before_a_family_name(greeted: str, typed: list[str]) -> bool:
    """ "AW" of "AW Garrity": two capitals greeted alone, typed before one name, that are no
    title ("PC"), no family name in capitals ("NG Wei") and no name of letters ending in J that
    people go by ("TJ Watkins", "BJ Kowalczyk")."""
    return (
        len(typed) == 2
        and typed[0] == greeted
        and re.fullmatch(r"[A-Z][A-IK-Z]", greeted) is not None
        and not _is_title(greeted)
        and not _known_family(greeted)
        and re.fullmatch(r"[A-Z][a-z][\w'’-]*", typed[1]) is not None
    )


_FROM_A_DEPARTMENT = lazy(
    r"\s+(?:vom|von der|aus dem|aus der|z|ze)\s+(?:HR|Personal\w*|[A-Z]{2,5})\b.*$"
)
# Mr. and Ms. as other languages write them in small letters before a name, which may be a
# family name: "domnul Vasile" (Romanian), never a post ("depo şefi Murat"). Compared folded.
_COURTESY_IN_SMALL_LETTERS = frozenset(
    "domnul doamna domnule dl dna herr frau senor senora senhor senhora signor signora "
    "monsieur madame meneer mevrouw kyrios kyria gospodin gospodja".split()
)
# A team or a post, a dash, then a given name whose surname was missed.
_A_NAME_WITHOUT_ITS_SURNAME = lazy(
    r"^[^-–—,]+\s+[-–—]\s+([A-Z][a-zà-ÿ]+),?\s+(?i:(?:didn'?t|did not)\s+(?:catch|get)\s+"
    r"(?:her |his |their |the )?(?:surname|last name|family name))\b"
)
# Where a team is, in brackets after it: "HR team (Abu Dhabi office)".
_WHERE_A_TEAM_IS = frozenset({"office", "branch", "site", "campus", "region", "hq"})
_POLITE_ALONE = frozenset({"pani", "pan", "p"})  # folded: "paní", "pán" too
_A_DOCTORATES_SCHOOL = lazy(r"^((?:Dr|Prof)\.?(?:\s+[a-z]+\.)+)\s+[A-Z]{2,4}\s+(?=[A-Z][a-z])")


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
        return Greeting(initial[1], ask=_ONLY_AN_INITIAL)
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
    # "Dr. oec. HSG Barbara Wüthrich-Amrein": the doctorate's kind, then the letters of where
    # it is from (late468 readers: "Dear Dr. Hsg,")
    name = _A_DOCTORATES_SCHOOL.sub(r"\1 ", name)
    # "Frau Zürcher vom HR", "paní Hrubá z HR": "from HR", in German or Czech, after the name
    # (late468, late474)
    without = _FROM_A_DEPARTMENT.sub("", name)
    if without and _key(without) not in _POLITE_ALONE:  # not "pani" of "pani z HR"
        name = without
    # "PhD Aliya Nurpeisova": a doctorate typed before the name, as Kazakhstan writes it, is Dr.
    # (late404 readers: asked "how to address" a doctor)
    doctorate = _A_DOCTORATE_BEFORE.match(name)
    if doctorate and not _known_word(name[doctorate.end() :].split()[0]):  # "PhD Student Aliya"
        name = f"Dr. {name[doctorate.end() :]}"
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
    return _never_a_rank_alone(_never_a_title_alone(found, name, country), name, country)


def _a_man_named(name: str, company: str, country: str) -> Greeting:
    """ "Md. Kamrul Hasan (Regional Mgr)": "Md." (Mohammad) names a man, so "Mr." guesses
    nothing, and he is greeted by the whole name after it, as Bangladesh writes ("Dear Mr.
    Kamrul Hasan"); a title of his own or a nickname still wins. So do "Sk. Mahmudul Hasan"
    (Sheikh) and, in Pakistan, "Ch. Naveed Akhtar" (Chaudhry)."""
    rest = name.split(None, 1)[1]
    words = re.split(r",|\s[-–—]\s", _PAREN.sub(" ", rest))[0].split()
    if words[:1] and words[0] in _A_MAN_S and 2 <= len(words) <= 3:
        return Greeting(f"Mr. {' '.join(words)}")  # "Ch. Muhammad Aslam": Mr. Muhammad Aslam
    found = greeting_name(rest, None, company, country)
    given = found.name.split()
    if found.ask or not words or given != words[: len(given)] or len(words) > 3:
        return found
    return Greeting(f"Mr. {' '.join(words)}")


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


@dataclass(frozen=True)
class _Context:
    """What the stages of :func:`_greeting_name` share beside the name: where it was typed, and
    what its asides said of the person before the stages tidied them away."""

    company: str
    country: str
    of_an_order: bool  # a religious sister or brother: "(Mercy sisters)", ", CSJ"
    on_a_ward: bool  # a nursing sister: "(ward sister, T&O)", "(ward manager)"


# A given name, then the team they are with: "Tameka w/ HR", "Shelby w/ Talent Acquisition".
_ONE_OF_A_TEAM = lazy(r"^(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:w/|with) (?P<team>.+)$")
# A given name caught, and the rest not: "..., Priya something", "... - Huw something".
_A_GIVEN_NAME_CAUGHT = lazy(r"(?:,|\s[-–—])\s+(?P<given>[A-Z][a-z]+) (?:something|sth|smth)\s*$")


def _a_given_name_beside_the_rest(name: str) -> Greeting | None:
    """A given name typed beside the team they are with ("Tameka w/ HR", never "Dear Tameka
    w/ HR Team,") or caught last, after what they do ("Chief of Staff (Ottawa) - joined on
    Teams, Priya something", never "Hi Ottawa,": late385 and late389 readers)."""
    with_team = _ONE_OF_A_TEAM.match(name)
    if with_team and is_group(with_team["team"]) and _listed_given(with_team["given"]):
        return Greeting(with_team["given"])
    caught = _A_GIVEN_NAME_CAUGHT.search(name)
    given = caught["given"] if caught and ("," in name or " - " in name) else ""
    if given and _listed_given(given) and not _known_family(given):
        return Greeting(given)
    return None


# A post, a dash, one given name, then what they are after a comma: "Student rep - Jonas, 5th
# sem EIT".
_A_POST_THEN_ONE_NAME_THEN_MORE = lazy(
    r"^(?P<post>[^-–—,()]+) - (?P<given>[A-Z][^\W\d_]+), (?P<rest>(?:[a-z]|\d)[^()]*)$"
)
# A description, then a given name and what they did, in brackets (late502).
_NAMED_THEN_DESCRIBED = lazy(r"\((?P<given>[A-Z][^\W\d_]+),\s+(?P<rest>[a-z][^()]*)\)")


def _notes_around_the_name_set_aside(name: str) -> str:
    """The name with what the notes typed around it set aside, where it would be read as the
    name: a department after a comma ("Patty Nguyen-Sato, Communications"), a nickname beside a
    post used as a title ("Principal Ray 'Coach' Delgado"), what someone is after their given
    name ("Student rep - Jonas, 5th sem EIT"), and what they did beside the one given name in
    brackets ("Recruitment coordinator (Kayleigh, did the ID checks)": "... (Kayleigh)")."""
    head, comma, tail = name.partition(", ")
    if comma and len(head.split()) == 2 and re.fullmatch(r"[A-Z][a-z]+", tail.strip()):
        from afterview.compose.reading import lexicon

        word = tail.strip()
        if lexicon.known(word.lower()) and not _listed_given(word) and not _known_family(word):
            name = f"{head} ({word})"  # "Patty Nguyen-Sato, Communications" (late499)
    opening = name.split()[0].lower() if name.split() else ""
    if opening in _POST_AS_TITLE:  # "Principal Ray 'Coach' Delgado": the post goes with the
        # family name, never "Dear Coach Principal," (late499)
        name = re.sub(r"\s+['\"“‘][^'\"”’]+['\"”’](?=\s)", "", name)
    after_a_post = _A_POST_THEN_ONE_NAME_THEN_MORE.match(name)
    if after_a_post and _listed_given(after_a_post["given"]):
        name = f"{after_a_post['post']} - {after_a_post['given']}"  # "..., 5th sem EIT" (late511)
    found = _NAMED_THEN_DESCRIBED.search(name)
    outside = [w for w in _PAREN.sub(" ", name).split() if w.istitle()]  # not "HR", "lady"
    if not found or not _listed_given(found["given"]) or any(map(_listed_given, outside)):
        return name
    return f"{name[: found.start()]}({found['given']}){name[found.end() :]}"


def _greeting_name(name: str, company: str, country: str) -> Greeting:
    """How to greet someone by their name as typed, read in stages: each stage either knows the
    greeting, or hands the name on, tidied, to the next; the last always knows."""
    sister = re.match(r"Schwester (\w+)(?: \(|$)", name)
    if sister and _A_SISTER_OF_AN_ORDER.search(name):
        return Greeting(f"Sister {sister[1]}")  # "Schwester Irmgard (Diakonisse)" (late506)
    name = _notes_around_the_name_set_aside(name)
    tidied = _tidied_as_typed(name, company, country)
    if isinstance(tidied, Greeting):
        return tidied
    caught = _a_given_name_beside_the_rest(tidied)
    if caught:
        return caught
    name, context = _with_its_asides_read(tidied, company, country)
    stages: tuple[Callable[[str, _Context], Greeting | str], ...] = (
        _greeted_by_a_special_shape,  # a judge, a rank or a post written short, two people
        _greeted_as_several_in_one_line,  # "Barista panel (Ari, Freyja, Dagur)"
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
    found = (
        _greeted_by_a_nickname(undoubted, parsed)
        or _greeted_with_an_honorific(undoubted, context.country)
        or _greeted_by_a_nickname_in_brackets(undoubted)
        or _greeted_by_one_name(undoubted, parsed, context)
        or _greeted_by_custom_or_without_a_given_name(undoubted, parsed, context)
        or _greeted_with_a_title(undoubted, parsed, context)
        or _greeted_by_the_given_name(undoubted, parsed, context)
    )
    if not found.ask and _NO_GIVEN_NAME_CAUGHT.search(tidied):
        # "Dela Paz (growth lead) - didnt get first name": all typed is the family name, never
        # "Dear Dela," (late507)
        return Greeting(_PAREN.sub("", undoubted).strip(), ask="only a family name is recorded")
    given_only = not found.ask and parsed.family and found.name in " ".join(parsed.given)
    if given_only and _KEPT_FORMAL.search(tidied):
        # "Nadine Schäfer (HRBP, very formal, Sie the whole time)": never "Dear Nadine,"
        return Greeting(_PAREN.sub("", undoubted).strip(), ask="the notes say they kept it formal")
    return found


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
    name = _FROM_IN_ANOTHER_LANGUAGE.sub(" from ", name)  # "Kari fra HR" (late311), "Justyna z HR"
    name = _AN_ARTICLE_BEFORE_A_NICKNAME.sub("", name)  # "el Colo": never "Dear El," (late317)
    name = _A_UNIT_AFTER_A_COMMA.sub(r"\1 (\2)", name)  # "Abu Omar, MHPSS"
    name = _a_post_after_a_whole_name(name)  # "Ing. Karl Wimmer, Risikomanagement"
    name = _without_the_office_s_place(name)  # "County commissioner Darrel Unruh"
    # "Asst. Principal Rodney Fogle Sr.": a generation after a whole name is never greeted
    return _A_GENERATION_AFTER.sub("", name)


# A doctorate's letters before a whole name: "PhD Aliya Nurpeisova", "DPhil Sam Hale".
_A_DOCTORATE_BEFORE = lazy(r"^(?i:ph\.?\s?d\.?|d\.?\s?phil\.?)\s+(?=[A-ZА-ЯЁ])")
# A Polish university's professor, the post after the comma: "Dr. hab. Irena Sadowska, prof.
# UG" is Prof. Sadowska.
_A_PROFESSOR_AFTER = lazy(
    r"^(?:[Dd]r\.?\s+hab\.?\s+)?(?P<name>[A-ZÀ-Ž][^,]*?),\s+prof\.(?:\s+[A-Z]{2,5})?\s*$"
)
# A master's degree as Mexico writes it before a name ("Maestro en Ciencias"): Mtro., never "Mr.
# C. Rogelio Tapia" (late330 readers).
_A_MASTERS_IN_MEXICO = lazy(r"^M\.\s?en\s?C\.\s+(?=[A-Z])")
# An aside in square brackets at the end, as round ones are read: "Dean [ops mgr]" was "Dear
# [how to address Dean [ops mgr]]," (late315).
_AN_ASIDE_IN_SQUARE_BRACKETS = lazy(r"\s*\[([^\[\]]+)\]\s*$")
# Where an office is held, before its title: "County commissioner Darrel Unruh" is Commissioner
# Unruh (late324 readers faulted "Dear Darrel," to a county commissioner).
_AN_OFFICE_S_PLACE = lazy(
    r"^(?:County|City|State|District|Town|Borough|Parish|Village|Regional|Provincial)\s+"
    r"(?P<title>[A-Za-z]+)\s+(?=[A-Z])"
)


def _without_the_office_s_place(name: str) -> str:
    """ "County commissioner Darrel Unruh" -> "Commissioner Darrel Unruh"."""
    found = _AN_OFFICE_S_PLACE.match(name)
    if not found or not _is_title(found["title"].capitalize()):
        return name
    return f"{found['title'].capitalize()} {name[found.end() :]}"


# A whole name, a comma, then a post's letters: "Md. Rafiqul Islam, DD DAE Dinajpur".
_A_WHOLE_NAME_THEN_LETTERS = lazy(
    r"^(?P<name>[^,()]*[A-Z][\w'’.-]*\s+[A-Z][a-z][\w'’-]*),\s*(?P<letters>[A-Z]{2,5}\b[^,()]*)$"
)
# A titled name of two words or more, a comma, then one word: "Prokurist Ing. Karl Wimmer,
# Risikomanagement" is no "Last, First" (late319: "Hi Risikomanagement,").
_A_TITLED_NAME_THEN_ONE_WORD = lazy(
    r"^(?P<name>(?:\S+\s+)+[A-Z][\w'’-]+),\s*(?P<word>[A-Z][\w-]+)(?P<aside>\s*\([^()]*\))?$"
)
# A Japanese unit's word: "Jinji-ka" (the personnel section), "Somu-bu", "Kenkyu-shitsu".
_A_JAPANESE_UNIT = lazy(r"-(?:ka|bu|shitsu|kyoku|han|gakari)$")


def _a_post_after_a_whole_name(name: str) -> str:
    """ "Ing. Karl Wimmer, Risikomanagement" -> "Ing. Karl Wimmer (Risikomanagement)"; "Md.
    Rafiqul Islam, DD DAE Dinajpur": a post's letters after a whole name (late322: "Dear DD,")."""
    lettered = _A_WHOLE_NAME_THEN_LETTERS.match(name)
    if lettered and not _listed_given(lettered["letters"].split()[0]):
        return f"{lettered['name']} ({lettered['letters']})"
    found = _A_TITLED_NAME_THEN_ONE_WORD.match(name)
    if not found or _listed_given(found["word"]):
        return name
    words = found["name"].split()
    titled = next((i for i, w in enumerate(words) if _is_title(w)), None)
    # "Ms. Arakawa, Jinji-ka (personnel)": her section, after her titled name (late484)
    unit = titled is not None and bool(_A_JAPANESE_UNIT.search(found["word"]))
    if not unit and (titled is None or len(words) - titled - 1 < 2 or found["aside"]):
        return name  # "Dr. Weber, Anna" is "Last, First", with a title
    return f"{found['name']} ({found['word']}){found['aside'] or ''}"


# Norwegian and Danish "fra", Swedish "från", Polish and Czech "z": "from"; Scots "frae" too
# ("Kirsty frae HR, took notes", late406 readers: "Dear Kirsty frae HR Team,").
_FROM_IN_ANOTHER_LANGUAGE = lazy(r"(?<=[a-zà-ÿ]) (?:fra|frae|från|z|ze) (?=[A-Z])")
# A Spanish or Portuguese article before a nickname: "el Colo", "la Flaca", "o Zé".
_AN_ARTICLE_BEFORE_A_NICKNAME = lazy(r"^(?:el|la|lo|o)\s+(?=[A-Z][a-zà-ÿ]+(?:\s*\(|$))")
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
    order = re.search(r",\s*([A-Z][A-Za-z]{1,5})(\s*\([^()]*\))?$", name)  # "SSpS" too
    if order and _key(order[1]) in _ORDERS:
        asides, name = f"{asides} {order[1]}", name[: order.start()] + (order[2] or "")
    of_an_order = bool(_OF_AN_ORDER.search(asides)) or any(
        _key(w.strip("()")) in _ORDERS for w in asides.split()
    )  # "(Grey Nuns)", "(SSJ)"
    if of_an_order:
        name = re.sub(r"^Sr\.?\s+(?=[A-Z])", "Sister ", name)  # of an order, "Sr." is Sister
    # "Sr PPO Jasmine Whitebird": before a post in capitals, "Sr" is Senior (late483)
    name = re.sub(r"^Sr\.?\s+(?=[A-Z]{2,5}\s+[A-Z][a-z])", "Senior ", name)
    # "Sr Gwen Ellis-Hughes (ward mgr)": in the UK and Ireland "Sr", without a dot as British
    # contractions are written, is a nursing Sister ("Sr." may be Señor; "Sr Mgr" is Senior)
    nursing = re.match(r"^Sr\s+([A-Z][\w'’-]*)(?:\s|$)", name)
    if nursing and _where(country) in ("GB", "IE") and not _is_role_noun(nursing[1]):
        name = "Sister " + name[len("Sr ") :]
    # "Sr. Jebamalar - nursing supt": anywhere, "Sr." of one who runs nurses is Sister (late302)
    nurse = re.match(r"^Sr\.?\s+(?=[A-Z][\w'’-]*(?:\s|$))", name)
    if nurse and _OF_NURSING.search(name[nurse.end() :]):
        name = "Sister " + name[nurse.end() :]
    # "Sr Bridget Kane (practice nurse)": "Sr" typed, and nursing in the aside, is a nursing
    # Sister, greeted by her family name (late315), never a nun to ask about
    by_sr = bool(nursing or nurse) and bool(_OF_NURSING.search(asides))
    on_a_ward = bool(_ON_A_WARD.search(asides)) or by_sr
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
    dashed = re.fullmatch(r"(?P<head>.+?)(?:\s+[-–—]|,)\s+(?P<aside>[^()]+?)\s*", name)
    if dashed and not goes_by and _GOES_BY.search(f"({dashed['aside']})"):
        # "Alasdair Nicolson - dad's old pal, says call him Ally": the aside after a dash, as
        # in brackets; after a comma too ("Krasimir Stoyanov (head of GIS dept), said call him
        # Krasi", late398 readers: "Dear Krasimir,")
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
        # "Fire Marshal Lt. Greg Duckworth": a post of known words, then a rank (late467
        # readers: "Dear Fire,")
        and (_is_role_noun(words[titled_at - 1]) or all(map(_known_word, words[:titled_at])))
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
    chiefs = _after_a_chiefs_post(name)  # "Chief Lab Scientist Ifeoma": never "Chief Ifeoma"
    if isinstance(chiefs, Greeting):
        return chiefs
    behind_a_post = chiefs or _the_person_behind_a_post(name) or _after_a_post_of_two_words(name)
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
    only_given = _A_NAME_WITHOUT_ITS_SURNAME.match(name)
    if only_given and _listed_given(only_given[1]):
        return Greeting(only_given[1])  # "HR - Dina, didn't catch surname" (late480 readers)
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
            and w.replace("-", "").isalpha()  # "Marc-André - didnt catch last name" (late410)
            and not (w.isupper() and len(w) <= 4)  # "KG vice principal": a unit's letters
            and (not _known_word(w) or _listed_given(w))  # "Tom - didn't get surname"
            and not _is_role_noun(w)
            and (i == 0 or ws[i - 1].lower() not in ("of", "from", "at", "in"))
        ]
        if len(given) > 1:  # "Jamaican crew lead Desmond": the one a list holds as a name
            given = [w for w in given if _listed_given(w)] or given
        if len(given) > 1:  # "Ward cllr Hugh": "ward" is a word too
            given = [w for w in given if not _known_word(w)] or given
        missed_family = re.search(r"\b(?:surname|last\s+name|family\s+name)\b", name, re.I)
        # "?" after the missed surname doubts the surname (late283: "Quentin ... didn't catch
        # last name ??" is Quentin); "Jussi?" doubts the name itself
        in_doubt = bool(given) and re.search(rf"{re.escape(given[0])}\s*\?", name) is not None
        opening = _key(name.split()[0]) if name.split() else ""
        typed_a_title = opening in _FORMAL_TITLES | _TITLES_OF_A_NAME  # "Prof. Khalid - surname?"
        sides = re.split(r"\s+[-–—]\s+", _PAREN.sub(" ", name).strip())
        after = sides[1].split() if len(sides) == 2 else []
        respected = len(after) == 2 and _key(after[0]) in _WITH_GIVEN_NAME
        if missed_family and respected and _listed_given(after[1]):
            # "Secwépemc Elder - Auntie Rose (didn't get last name)": who she is, then the name
            # she was introduced by, with its word of respect (late448)
            return Greeting(f"{_capital(after[0])} {after[1]}")
        if missed_family and len(given) == 1 and not in_doubt and not typed_a_title:
            before = ws[ws.index(given[0]) - 1] if ws.index(given[0]) else ""
            if _key(before) in _WITH_GIVEN_NAME:  # "Ajarn Tee (lab mgr) - didn't get surname":
                return Greeting(f"{before} {given[0]}")  # the respect word stays (late435)
            return Greeting(given[0])  # "head chef Jussi (didn't get surname)": Jussi
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


# An aside that opens with a title before a comma: "(Prof., director of the division)".
_A_TITLE_FIRST_IN_AN_ASIDE = lazy(r"\s*\((?P<title>Prof\.|Dr\.|Dra\.|Profa\.),\s*[^()]*\)\s*$")


def _with_titles_in_brackets_in_front(name: str, context: _Context) -> str:
    """The name with titles typed in brackets after it put before it, and without an aside
    that has a comma in it."""
    first_said = _A_TITLE_FIRST_IN_AN_ASIDE.search(name)
    if first_said and _is_title(first_said["title"]):
        # "Baumgartner, Helene (Prof., director of the division)": the title, then the rest
        name = f"{name[: first_said.start()]} ({first_said['title']})"
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


# A description in small letters, then a courtesy title and one family name (late495).
_DESCRIBED_THEN_TITLED = lazy(
    r"^[a-z][^A-Z()]*?[?!,:;-]*\s+(?P<titled>(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'’-]+)$"
)


def _greeted_by_a_doubt_or_a_description(name: str, context: _Context) -> Greeting | str:
    """The greeting of a name the notes are unsure of, of a person described rather than
    named, or of two people after a post; or the name with the words around it settled."""
    team, dash, firm = name.partition(" - ")
    if dash and firm.strip() and fold(firm.strip()).lower() in fold(context.company).lower():
        name = team  # "Gestión Humana - Flores La Pradera": the firm's own team (late501)
    described = _DESCRIBED_THEN_TITLED.match(name)
    if described:  # "auditor from the diocese?? Mr. Pereira": the doubt is whose post it is
        return described["titled"]
    # "Dean's office rep (Kati?)", "Nurse - Kay?": one name, and the notes unsure of it
    doubted = _ONE_NAME_IN_DOUBT.search(name)
    outside = _PAREN.sub("", name).strip()
    # "city HR (Shauna?)" too, though not "deputy from city council (Kuzmenko?)", a post
    first = outside.split()[0] if outside.split() else ""
    labelled = outside[:1].isupper() or (is_group(outside) and not _is_role_noun(first))
    if doubted and labelled and not _titled_name(outside):  # not "Herr X (Regie?)"
        return Greeting(doubted[1] or doubted[2], ask="the notes are not sure of the name")
    # "Ante from marketing? or Anto": the name, what they do, then the doubt (late489)
    doubted_pair = _TWO_NAMES_IN_DOUBT.search(outside) or re.match(
        r"^([A-Z][a-z]+)\b[^?]*\?\s*or\s+([A-Z][a-z]+)\s*\??$", outside
    )
    if doubted_pair:  # "ASB lead - Jo or Joanne?": a name, and the notes unsure which form
        return Greeting(doubted_pair[1], ask="the notes are not sure of the name")
    role, dash, who = name.partition(" - ")
    looks, someone = [*who.split(), "", ""][:2]
    looked = looks.lower() in _LOOKS and someone.lower().rstrip(",.;") in _SOMEONE
    if dash and _names_a_role(role) and looked and "?" not in who:
        # "DEA chair - older lady, spoke ...", never its aside ("People & Culture (took notes)")
        return Greeting(_title_case(_PAREN.sub(" ", role).strip()), _DESCRIBED)
    side = _named_side(_POST_CODE_BEFORE.sub("", _ROLE_BEFORE.sub("", name)))
    whole = _named_side(name)  # "Manager City Strategy - Fergus O'Dwyer": the post whole
    if whole != name and " - " in name and whole == name.partition(" - ")[2].strip():
        side = whole
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


def _greeted_as_several_in_one_line(name: str, context: _Context) -> Greeting | str:
    """ "Barista panel (Ari, Freyja, Dagur)": a group, then its members' given names in
    brackets; "Ms. Clarke, Ms. Zhou": two titled names (never "Last, First"). One note greets
    them all (late457, late459)."""
    outside = _PAREN.sub("", name).strip()
    inside = _PAREN.search(name)
    # "Banquet captains (Lalo y Fer)": people by their post in the plural, as a team is
    last = outside.split()[-1] if outside.split() else ""
    plural = last.endswith("s") and (_is_role_noun(last[:-1]) or _is_title(last[:-1]))
    joined = r",\s*|\s+(?:&|and|y|e|i|et|und|og|en|och|ve)\s+"  # "and" in their language
    if inside:
        # "Recreation volunteers (Mrs. Ishii & Mrs. Ueda)": two titled names (late492)
        titled_names = [n.strip().split() for n in re.split(joined, inside[0].strip("() "))]
        courteous = len(titled_names) >= 2 and all(
            len(ws) == 2 and _key(ws[0]) in _COURTESY and ws[1].istitle() for ws in titled_names
        )
        if courteous:
            said = [" ".join(ws) for ws in titled_names]
            return Greeting(f"{', '.join(said[:-1])} and {said[-1]}")
    # "Student council - 2 girls (Zehra & Mahnoor, gr 10)": the group, then who they are
    grouped = is_group(outside) or is_group(outside.partition(" - ")[0])
    if inside and (grouped or plural):
        names = [n.strip() for n in re.split(joined, inside[0].strip("() "))]
        while len(names) > 2 and (names[-1][:1].islower() or any(map(str.isdigit, names[-1]))):
            names.pop()  # ", gr 10": what they are, after their names (late495)
        # in Thailand one goes by a short nickname no list holds: "QC team (Ploy, Mek)"
        nicknamed = _where(context.country) in ("TH", "LA") and all(len(n) <= 5 for n in names)
        given = all(n.isalpha() and n.istitle() and (_listed_given(n) or nicknamed) for n in names)
        if given and 2 <= len(names) <= 5:
            return Greeting(f"{', '.join(names[:-1])} and {names[-1]}")
    titled = [side.split() for side in outside.split(", ")]
    if len(titled) == 2 and all(
        len(ws) == 2 and _key(ws[0]) in _COURTESY and ws[1].istitle() for ws in titled
    ):
        return Greeting(f"{' '.join(titled[0])} and {' '.join(titled[1])}")
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
        # "the de-icing guy (Pepa)", "instructor Costel": the one given name the description
        # holds, in brackets or after a post in lower case (late474)
        aside = _PAREN.search(name)
        words = outside.split()
        # (never after whose the post is: "the sous-préfet's rep (Saraya)" is where from)
        named_one = (
            aside.group(0).strip(" ()") if aside and not re.search(r"\w['’]s\b", outside) else ""
        )
        if not named_one and len(words) == 2 and words[0].islower() and words[1].istitle():
            named_one = words[1]
        given = (
            re.fullmatch(r"[^\W\d_]+", named_one)
            and named_one.istitle()
            and _listed_given(named_one)
        )
        if given and not _known_family(named_one) and not _is_role_noun(named_one):
            return Greeting(named_one)
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
        # never where the team is: "HR team (Abu Dhabi office)" (late486: "Dear Abu Dhabi office,")
        places = _BODIES | _WHERE_A_TEAM_IS
        titled_person = titled_person and not any(_key(w) in places for w in person)
        if len(person) >= 2 and titled_person:  # "HR Office (Mr. Mapunda)", "(Madam Efua)"
            return greeting_name(" ".join(person))
        one = inside is not None and not re.search(r"&|\band\b|,|\d", inside.group(0))
        common = bool(person) and fold(person[0]) in _GIVEN_FOR_A_HANDLE
        whole = len(person) == 2 and _listed_given(person[0]) and _known_family(person[1])
        if one and (whole or (common and len(person) <= 2)) and person[0].istitle():
            # "HR (Phoebe Yiu)": the one of the team the note is to (late363 readers faulted
            # "Dear HR Team," to her)
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
        and _key(parsed.nickname) not in _COURTESY  # "'Mev'" of Marie-Ève, never "Mrs."
        and not _short_for(parsed.nickname, parsed.given)  # 'Shrinivas "Shri"': his name
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
    ranks = [  # "Det. Sgt.", read as one title: a rank of two words
        all(_key(w).replace(".", "") in _RANKS_OF_THE_SERVICES for w in t.split())
        for t in parsed.titles
    ]
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
    # a family's pet name for a boy or a brother is never the letter's, rank or no ('Sgt.
    # "Bubba" Hensley' is Sgt. Hensley; late417 readers: "Hi Bubba," embarrassed), where the
    # name a unit knows him by is ('Lt. "Doc" Gallant' is Doc)
    formal = formal or (bool(parsed.titles) and _key(parsed.nickname) in _A_FAMILYS_PET_NAME)
    nick_words = parsed.nickname.split()
    big = len(nick_words) == 2 and _key(nick_words[0]) in _DESCRIBE_BEFORE_ONE
    if big and nick_words[1] in parsed.given:  # 'Mike "Big Mike" Haskins': his given name,
        return Greeting(nick_words[1])  # never "Hi Big Mike," on a card (late284)
    if big and not formal:  # 'Thomas "Big Tam" Baxter' is Thomas, '"Wee Ruaraidh"' Ruaraidh:
        # the word that describes him is the site's, never the letter's (late334 readers)
        short = _short_for(nick_words[1], parsed.given)
        return Greeting(parsed.given[0] if parsed.given and not short else nick_words[1])
    plain = _PAREN.sub(" ", name).split()
    respect = len(plain) > 2 and _key(plain[0]) in _HONORIFIC_BEFORE_GIVEN
    respect = respect and plain[1][:1].isupper() and not formal
    if parsed.nickname and respect and not _short_for(parsed.nickname, parsed.given):
        # "Don Ramón 'Chichí' Mercedes": a word of respect typed, so never the pet name (late295
        # readers: "Hi Chichí" to a Don); a short form of his name would be his name
        return Greeting(f"{plain[0]} {plain[1]}")
    described = re.match(r"(?:[Ee]l|[Ll]a|[Ll]e|[Tt]he|[Ii]l|[Ll]o) [A-Z]", parsed.nickname)
    if described and parsed.given and parsed.family and not formal:
        # 'Franck "Le Grand" Duval': a nickname with its article describes him ("the tall
        # one"); the letter greets his given name (late329 readers: "Hi Le Grand," embarrassed),
        # of two words where it is one ('Jhon Jairo "el Profe" Mosquera' is Jhon Jairo, late418)
        return Greeting(_the_given_name(parsed.given))
    if parsed.nickname and not formal and parsed.given and parsed.family:
        nick, given = parsed.nickname, parsed.given[0]
        folded, stem = fold(nick).lower(), fold(given).lower()[:-1]
        if len(stem) > 2 and folded.startswith(stem) and folded.endswith(("ao", "ona", "ote")):
            # "Marcelo 'Marcelão'": his name made big, as workmates say it; the letter greets
            # Marcelo (late362 readers)
            return Greeting(given)
        a_pet_name = not (
            kunya  # 'Omar "Abu Zaid" Masri': how he is honoured
            or _short_for(nick, parsed.given)  # "Bobby" of Robert, "Dai" of Dafydd
            or _listed_given(nick.replace("-", ""))  # a name of its own: "Kevin", "Jo-Jo"
            or fold(given).lower() in fold(nick).lower()  # "Ti-Guy" of Guy, "Oom Koos"
            or is_word_of_address(nick.split()[0])  # "Sir Jun", "Auntie Vero"
            or not _listed_given(given)  # "Leading hand Jase ...": no given name typed
        )
        if a_pet_name:
            # 'Brent "Moose" Lachance', 'Sylvain "Ti-Pit" Bouchard': a pet name, neither a
            # form of his name nor a name at all, is for those who work with him; the letter
            # greets his given name (late334 readers, and "Bouboule", "Gazza" before), whole
            return Greeting(_the_given_name(parsed.given))
    kin = [t for t in parsed.titles if _key(t) in _WITH_GIVEN_NAME]  # "Aunty", "Tannie", "Don"
    if parsed.nickname and kin and not formal and _short_for(parsed.nickname, parsed.given):
        # "Aunty Josephine 'Josie' Nulgit": the word of respect with the name she goes by
        # (late367 readers: "Dear Josie," to an Elder)
        return Greeting(f"{_capital(kin[0])} {parsed.nickname}")
    if parsed.nickname and not formal:  # "\"El Tano\"": without its Spanish article
        return Greeting(re.sub(r"^(?:[Ee]l|[Ll]a) (?=[A-Z])", "", parsed.nickname))
    return None


def _the_given_name(given: tuple[str, ...]) -> str:
    """The given name a letter greets: the first, or both words of a given name of two ("Jhon
    Jairo", "Juan Carlos")."""
    return " ".join(given[:2]) if _compound(list(given)) else given[0]


# Vietnamese middle names that never stand for the given name: "Thị" (unaccented "Thi" too)
# and "Văn" ("Van" unaccented may be "Vân", the first half of "Vân Anh").
_VIETNAMESE_MIDDLE = frozenset(("thi", "thị", "văn"))


def _greeted_with_an_honorific(name: str, country: str) -> Greeting | None:
    """The greeting with an honorific typed before or after the name, as each is used (some
    only where their language is spoken: "Shibu da" in Bangladesh)."""
    words = _PAREN.sub(" ", name).split()
    whole_name = len(words) == 3 and all(w[:1].isupper() and not _is_title(w) for w in words[1:])
    if whole_name and _key(words[0]) in _COURTESY_OF_A_WHOLE_NAME:
        return Greeting(f"{words[0]} {words[2]}")  # "Madam Dzifa Agbenyega": Madam Agbenyega
    if 2 <= len(words) <= 6 and _key(words[0]) in _HONORIFIC_BEFORE_GIVEN:
        # "Don Xosé Manuel Outeiriño": a given name of two words, whole (late403 readers:
        # "Dear Don Xosé,"); "Doña Inés Anchorena de Urquiza", with her married name, is Doña
        # Inés (late477 readers: "Dear Doña de Urquiza,")
        size = 3 if len(words) >= 3 and _compound(words[1:3]) else 2
        return Greeting(" ".join(words[:size]))  # "Don Octavio", "Doña Rosa": honorific and name
    if len(words) == 2 and words[1].lower() in _JOINED_AFTER and words[0][:1].isupper():
        return Greeting(f"{words[0]}-{words[1].lower()}")  # "Sakamoto sensei": Sakamoto-sensei
    korean = _KOREAN_AFTER.get(words[-1].lower().replace("-", "")) if len(words) >= 2 else None
    if korean and _key(words[0]) in _KOREAN_FAMILY:
        return Greeting(f"{korean} {_capital(words[0])}")  # "Choi Myung-hee gyosu-nim": Prof. Choi
    if len(words) == 2 and _after_the_name(words[1], country) and not words[0].endswith(","):
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
    if (
        len(words) == 3
        and not parsed.titles
        and _key(words[0]) in ("van", "von", "de", "di", "da", "du", "della")
        and words[1] in ("den", "der", "de", "het", "la", "le", "los", "las", "del", "dos")
        and words[2][:1].isupper()
    ):
        # "Van den Berg", "Van der Merwe": a family name with its particles, which no given
        # name opens ("Van Morrison" may be Van)
        return Greeting(" ".join(words), ask="only a family name is recorded")
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
    # "Oyama (general affairs, took notes)" in Japan: a family name by its ending, though no
    # list holds it (late402 readers: "Dear Oyama,")
    japanese = where == "JP" and one_name and _a_japanese_family_name(head[0])
    family_first = where in _FAMILY_NAME_FIRST_COUNTRIES and one_name and _known_family(head[0])
    family_first = family_first or japanese
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
    # "Prof. Kimani Gathuru Peter" (KE, late429): a Christian name last, after two others
    listed = len(given) == 1 or (len(given) == 2 and _where(context.country) in _LIST_ORDER)
    listed = listed and not any(map(_is_initial, given))
    unsure = listed and parsed.family and _key(parsed.family) in _GIVEN_SECOND
    # "Mr. Dwight Francis" (JM)
    unsure = unsure and _where(context.country) not in _GIVEN_NAME_FIRST
    others = all(_key(w) not in _GIVEN_SECOND for w in given)
    doubted = bool(parsed.titles) and unsure and others
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
        # "Sr. Lourdes Mary, FMM": her religious name, both words, whichever was given first; so
        # no doubt of the order is left to ask about (late400)
        if (two and len(names) == len(words) - len(parsed.titles)) or not doubted:
            return Greeting(f"{_capital(parsed.titles[0])} {religious_name}")  # of an order
    if doubted:
        # "Eng. Ssemakula Joseph": the title goes with the family name, which may come first
        return Greeting(" ".join(words), ask="the given name may be the second one")
    if parsed.titles and parsed.given[:1] == ("of",):  # "Chief of Staff": a post, no name
        return Greeting(name.strip(), ask="no name is recorded, only a description")
    if parsed.titles:
        return _titled(parsed, given, context.on_a_ward, context.country)
    return None


# Particles that open a family name and are never given names ("Van", "Al", "Del" may be).
_ONLY_A_PARTICLE = frozenset("de du di da le von ter ten der den dos das".split())
# Where "Van" before a family name is its particle, and no given name: Dutch and Afrikaans.
_VAN_A_PARTICLE_WHERE = frozenset({"NL", "BE", "SR", "ZA", "NA"})
# Where the family name is often said first, as in "Hinterholzer Sepp".
_FAMILY_NAME_SAID_FIRST = frozenset({"AT", "DE", "CH", "LI"})


# Words between a given name and a father's name: "anak" (Iban, Malay), "bin", "binti".
_SON_OR_DAUGHTER_OF = frozenset("anak bin binti bint ibn ben bat".split())


# Words that open the name of a unit of a body in Spanish and Portuguese, before "de", "do".
_A_UNIT = frozenset(
    "secao seccion departamento divisao division oficina secretaria diretoria direccion "
    "gerencia coordenacao coordinacion unidad unidade area nucleo jefatura".split()
)
_OF_A_UNIT = frozenset("de do da dos das del".split())


def _a_label_in_other_words(words: list[str], parsed: ParsedName) -> bool:
    """ "Ranní směna" (the morning shift), "Secretariado do júri", "HY rekrytointi": a word that
    opens a label, then words in small letters that are no particles of a family name; no list
    holds the first as a given name, or it is letters in capitals (late384-late388 readers:
    "Dear Ranní," "Hi Secretariado," "Dear HY,")."""
    if any(_key(w) in _SON_OR_DAUGHTER_OF for w in words[1:]):
        return False  # "Jugah anak Nyandang": an Iban name, his father's after "anak"
    if len(words) >= 3 and _key(words[0]) in _A_UNIT and words[1].lower() in _OF_A_UNIT:
        return True  # "Seção do Pessoal Civil": a section of a body (late512: "Dear Seção,")
    after = list(itertools.dropwhile(_a_particle, words[1:]))
    if not after or not parsed.given or not after[0][:1].islower() or len(after[0]) <= 2:
        return False  # "Maria da Silva", "Nguyen thi Lan"
    from afterview.compose.reading import lexicon

    if lexicon.known(after[0].lower()) and lexicon.known(parsed.given[0].lower()):
        return False  # "Pricing team lead": English, read by the rules for posts
    if any(w[:1].isupper() for w in after[1:]):
        return True  # "Capo deposito Alfio Russo": a post in its language, then the name
    first = parsed.given[0]
    listed = all(map(_listed_given, first.split("-")))  # "Jan-Erik"
    return (first.isupper() and len(first) <= 4) or not listed


def _a_particle(word: str) -> bool:
    """ "da" of "Maria da Silva", "v.d." of "Eline v.d. Berg": a family name's particle, or one
    written short."""
    return _key(word) in _PARTICLES or (word.islower() and (len(word) <= 2 or "." in word))


def _a_post_in_other_words(word: str) -> bool:
    """ "Hoofdverpleegkundige", "Azubi-Vertreterin": a long word, or one joined by a hyphen,
    that no list holds as a name: a post in another language, before the given name."""
    parts = word.split("-")
    if not all(p.isalpha() and len(p) >= 3 for p in parts):
        return False  # "H.-J. Krämer": initials
    unlisted = not any(map(_listed_given, parts)) and not _known_family(word)
    return unlisted and word[:1].isupper() and (len(word) >= 15 or len(parts) > 1)


# An aside that says the given name was not caught: "didnt get first name".
_NO_GIVEN_NAME_CAUGHT = lazy(
    r"\b(?:didn'?t|did not|didnt|never) (?:get|catch|hear|note) (?:the |his |her |their )?"
    r"(?:first|given|christian) name\b",
    re.I,
)
# An aside that says they kept to the formal form of address (late493 readers: "Dear Nadine,"
# to an HR partner who said "Sie" the whole time).
_KEPT_FORMAL = lazy(
    r"\((?=[^()]*\b(?:(?:very |quite |super |rather )formal|kept it formal|formal the whole time|"
    r"Sie the whole time|said Sie|per Sie|siezt|vous the whole time|vouvoie|usted the whole time|"
    r"called me usted|said usted)\b)[^()]*\)",
    re.I,
)


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
    # "depo şefi Murat": a post in lower case, then one given name (late481)
    lowered = 2 <= len(words) <= 3 and all(w.islower() for w in words[:-1]) and "," not in name
    # (not a courtesy title in small letters: "domnul Vasile" may be his family name)
    lowered = lowered and not any(
        _is_title(w) or _key(w) in _IN_ENGLISH or _key(w) in _COURTESY_IN_SMALL_LETTERS
        for w in words[:-1]
    )
    last_given = words[-1].istitle() and _listed_given(words[-1]) if words else False
    if lowered and last_given and not _known_family(words[-1]):
        return Greeting(words[-1])
    if "," not in name and _a_label_in_other_words(words, parsed):
        return Greeting(name.strip(), ask="it reads as a team or a post, not a person's name")
    # (not "TJ Miller": initials in J are a name people go by; nor "LEE Michael", "FALL
    # Ibrahima": a family name typed in capitals)
    lettered = len(words) == 2 and re.fullmatch(r"[A-Z][A-IK-Z]", words[0]) is not None
    lettered = lettered and not _known_family(words[0].title())
    if lettered and _listed_given(words[1]) and not _known_family(words[1]):
        # "ST Rosângela" (a subtenente): a post's letters, then her given name (late512)
        return Greeting(" ".join(words), ask="the letters before the name may be a rank or a post")
    after_a_post = len(words) == 2 and _a_post_in_other_words(words[0])
    if after_a_post and _listed_given(words[1]) and not _known_family(words[1]):
        return Greeting(_capital(words[1]))  # "Hoofdverpleegkundige Koen": Koen
    # "Van Dongen", "Van Dyk" in South Africa: "Van" opens a given name too ("Van Morrison"), so
    # it is a particle before a word no list holds as a given name, or where Dutch and Afrikaans
    # names are written (late408 readers: "Dear Van,")
    van = len(words) == 2 and words[0] == "Van" and words[1][:1].isupper()
    van = van and (not _listed_given(words[1]) or _where(context.country) in _VAN_A_PARTICLE_WHERE)
    if van or (len(words) == 2 and words[0].lower() in _ONLY_A_PARTICLE and words[1][:1].isupper()):
        # "De Vries" typed alone: a family name with its particle, never "Hi De," (late328)
        return Greeting(" ".join(words), ask="only a family name is recorded")
    shape = [_latin_spelling(w) for w in words]  # "Гаджиев Р.М.": its shape is Latin's
    eastern = len(shape[0]) >= 6 and shape[0].lower().endswith(("ov", "ova"))  # "Saidov Farhod"
    strong = len(shape) == 2 and (shape[0].lower().endswith(_STRONG_FAMILY_ENDINGS) or eastern)
    # "Valeska Soto": a given name the lists hold, then a family name they hold (late501)
    strong = strong and not (_listed_given(shape[0]) and _known_family(shape[1]))
    two_surnames = len(shape) == 2 and _where(context.country) in _TWO_SURNAME_COUNTRIES
    two_surnames = two_surnames and all(map(_known_family, shape)) and not _listed_given(shape[1])
    # (not "Santiago Restrepo": a first family name is one the lists hold as no given name, or
    # a Spanish one in "-ez": Gómez, Pérez, Rodríguez)
    two_surnames = two_surnames and (
        not _listed_given(shape[0]) or fold(shape[0]).lower().endswith("ez")
    )
    if two_surnames and "," not in name:  # "Gómez Restrepo": never "Dear Gómez," (late501)
        return Greeting(name.strip(), ask="only family names are recorded")
    if "," not in name and strong and not shape[1].lower().endswith(_STRONG_FAMILY_ENDINGS):
        return Greeting(name.strip(), ask="the family name may come first")  # "Dvořák Martin"
    # "Hinterholzer Sepp": in Austria and Bavaria the family name is often said first, and a
    # given name the lists know after a word they do not says so (late319: "Dear Hinterholzer,")
    alpine = _where(context.country) in _FAMILY_NAME_SAID_FIRST and len(shape) == 2
    alpine = alpine and shape[0].isalpha() and not any(map(_listed_given, shape[0].split("-")))
    if alpine and _listed_given(shape[1]) and not _known_family(shape[1]) and "," not in name:
        return Greeting(name.strip(), ask="the family name may come first")
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
    # "Owusu-Ansah E.": two family names joined, then an initial, as lists in Ghana and Nigeria
    # write the family name first (late427 readers: "Hi Owusu-Ansah,")
    family_first = _known_family(shape[0]) or _two_family_names(shape[0])
    # "Okonkwo-Dike C.": two names joined, one a family name the lists know (late475)
    parts = shape[0].split("-")
    joined = len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts)
    family_first = family_first or (joined and len(parts[0]) >= 5 and _known_family(parts[0]))
    if len(shape) == 2 and _is_initial(shape[1]) and family_first:
        return Greeting(" ".join(words), ask="a family name and initials")  # "Lee J.S."
    whole = [w for w in _PAREN.sub(" ", name).split() if w]
    if len(whole) >= 3 and whole[0] == "M." and not _is_initial(whole[1]):
        # "M. Hervé Le Bihan": Monsieur before a given name, "Mr. Le Bihan" in English ("M.
        # Berrada" alone may be an initial, and asks)
        if len(whole) == 3 and _order_in_doubt(whole[1:], context.country):
            return Greeting(" ".join(["Mr.", *whole[1:]]), ask=_FAMILY_OFTEN_FIRST)
        last, before = whole[-1], whole[-2]
        given_last = all(map(_listed_given, last.split("-"))) and not _known_family(last)
        if len(whole) > 3 and given_last and _key(before) not in _PARTICLES:
            # "M. Kouassi Konan Jean-Baptiste": a given name last, the family name first
            return Greeting(" ".join(["Mr.", *whole[1:]]), ask=_FAMILY_OFTEN_FIRST)
        family = whole[-1:]  # "M. Cheikh Tidiane Ndiaye": a given name of two, then Ndiaye
        for word in reversed(whole[2:-1]):
            if _key(word) not in _PARTICLES:
                break
            family.insert(0, word)  # "Le Bihan", "de La Tour"
        return Greeting(f"{_IN_ENGLISH['monsieur']} {' '.join(family)}")
    # "Ajith Kumar P.", "P. Ajith Kumar": in India and Sri Lanka the initial is the family's or
    # the father's, and a South Indian given name's second word is his too (late414 readers:
    # "Hi Ajith,"), as "Mr. M. Joseph Raj" is Mr. Joseph Raj
    south_indian = _where(context.country) in _INITIAL_LAST and len(given) >= 2
    initial_last = south_indian and _is_initial(parsed.family) and len(given) == 2
    if initial_last and not _is_initial(given[0]) and _key(given[1]) in _SECOND_WORDS:
        return Greeting(" ".join(given))
    # ("Ch. Srinivasa Rao" still asks: "Ch." is Chaudhry too, a title, as "Sh." is Shri)
    single = all(re.fullmatch(r"(?:[A-Z]\.){1,3}|[A-Z]", w) for w in given[:-1])
    initials_first = south_indian and single
    if initials_first and not _is_initial(given[-1]) and _key(parsed.family) in _SECOND_WORDS:
        return Greeting(f"{given[-1]} {_capital(parsed.family)}")
    if _is_initial(given[0]):
        if _key(parsed.family) in _CHINESE_FAMILY:
            return Greeting(_whole(parsed), ask="only initials are recorded")  # "W.K. Tan"
        letters = given[0].replace(".", "")
        spanish = _where(context.country) in _TWO_SURNAME_COUNTRIES | _PORTUGUESE_SPEAKING
        if "." in given[0].rstrip(".") and len(letters) == 2 and letters[1] in "Jj" and not spanish:
            # "T.J.", "A.J.": a given name where English is spoken ("Sh." is an initial; in
            # Mexico "M.J. Cabrera" is María José's initials, late317)
            return Greeting(given[0])
        return Greeting(_whole(parsed), ask="only an initial is recorded")
    typed = [w for w in _PAREN.sub(" ", name).split() if not _is_title(w)]
    for size in (4, 3, 2):  # "Maria das Graças Souza", "João Pedro Albuquerque"
        listed = fold(" ".join(typed[:size])).replace("-", " ") in _COMPOUND_GIVEN
        if len(typed) >= size and (listed or _devotional(typed[:size])):
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
    middle = len(given) >= 2 and given[0].lower() in _VIETNAMESE_MIDDLE
    if middle and _a_vietnamese_family(parsed.family):  # "Nguyen, Thi Lan" is Lan (late439)
        return Greeting(given[-1])
    western = all(fold(w) in _GIVEN_FOR_A_HANDLE for w in given)  # "John Henry Long": John
    if len(given) == 2 and _key(parsed.family) in _CHINESE_FAMILY and not western:
        return Greeting(" ".join(given))  # "Mei Ling Tan": two syllables, one given name
    if not parsed.family and len(given) >= 2 and fold(" ".join(given[:2])) in _COMPOUND_GIVEN:
        return Greeting(" ".join(given[:2]))
    return Greeting(given[0])


def _a_vietnamese_family(word: str) -> bool:
    """ "Nguyễn", "Đinh": a Vietnamese family name ("Ngọc" opens a given name of two words)."""
    return fold(word) in _VIETNAMESE_FAMILY


# Polish, Czech and Slovak "pan" and "pani" (Mr., Ms.), folded: "pán", "paní" too.
_PAN_OR_PANI = frozenset({"pan", "pani"})


def _a_family_name_alone(word: str) -> bool:
    """ "Jelínek", "Kowalska", "Mazur": a word no list holds as a given name, or a family name
    by its ending or the lists that no list of common given names holds ("Tomek", "Ola" and
    "Lis" are given names, greeted as ever)."""
    if not word[:1].isupper() or not word.replace("-", "").isalpha():
        return False
    common = fold(word) in _GIVEN_FOR_A_HANDLE
    return not _a_given_name(word) or (_looks_like_a_family_name(word) and not common)


_GIVEN_OR_FAMILY = (
    "a courtesy title before one name, which may be the given or the family name: greet them as"
    " they sign"
)


def _a_courtesy_title_before_one_name(named: list[str], courtesy: str) -> Greeting | None:
    """ "Madame Nadia (DOSM)", "Herr Jonas": a courtesy title in another language before one
    name the lists hold as a common given name is how they are known there, kept as typed (Mr.
    or Ms. goes with a family name only: late405 readers faulted "Dear Ms. Nadia,"); "Mme
    Benali", a name the lists do not hold so, is Ms. Benali as ever. Where a list holds the
    name as a family name too, the plan asks."""
    if len(named) != 2 or _IN_ENGLISH[courtesy] not in ("Mr.", "Ms.") or courtesy not in _COURTESY:
        return None  # "Khanom Sara", "Ntate Thabo": read as ever
    title, one = named
    if fold(one) not in _GIVEN_FOR_A_HANDLE or not one.replace("-", "").isalpha():
        return None
    typed = f"{title[:1].upper()}{title[1:]} {one}"
    if _known_family(one) or _looks_like_a_family_name(one) or _key(one) in _FAMILY_TOO:
        return Greeting(typed, ask=_GIVEN_OR_FAMILY)  # "Monsieur Martin"
    return Greeting(typed)


# The Arabic article and "son of" in small letters inside a family name ("el Idrissi").
_ARABIC_ARTICLES = frozenset("el al ben bin ait".split())


def _words_around_the_name(name: str, country: str = "") -> str | Greeting:
    """The name with the words typed around it settled: a post before it ("HR-konsult
    Pernilla"), a title to write in English ("Pan Zbigniew Malinowski"), a department after it
    ("Mme Renard RH"); or the greeting itself, when those words decide it ("Chị Lan", a
    description and then the name), as the interview's ``country`` reads them ("Mai Chipo" in
    Zimbabwe is Chipo's mother)."""
    plain = _PAREN.sub(" ", name).split()
    # "HR-konsult Pernilla": her post, then her; "OR-lid Kees de Bruijn" (a works council
    # member) too, the particles of his family name in small letters (late426 readers: "Dear
    # OR-lid,"), and an Arabic one's ("OR-lid Fatima el Idrissi", late494)
    coded = plain[1:]
    capitals = all(w[:1].isupper() or w in _PARTICLES or w in _ARABIC_ARTICLES for w in coded)
    if len(plain) >= 2 and _POST_CODE.match(plain[0]) and capitals and coded[-1][:1].isupper():
        name, plain = " ".join(coded), coded
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
    # "Paní Jana Nováková", Slovak "pán": Czech and Slovak write the courtesy title with its
    # accent, as Polish "Pani" is read (late401 readers: "Dear Jana," where "Ms. Nováková")
    courtesy = fold(first) if fold(first) in _PAN_OR_PANI else first
    capitalised = _capitals(plain)  # not "pani z HR - didn't get ..."
    named = re.split(r"\s[-–—]\s|,", " ".join(plain))[0].split()  # not "- line QC sup"
    if plain[:1] == ["Doc"] and len(plain) == 2 and capitalised:
        name = name.replace("Doc", "Dr.", 1)  # "Doc Brekke": a vet or a doctor, "Dr. Brekke"
    elif (
        courtesy in _IN_ENGLISH
        and capitalised
        and len(plain) >= (3 if courtesy in _PAN_OR_PANI else 2)
        and (first != "hr" or plain[0].endswith("."))  # "HR Krause" is his department
    ):
        before_one = _a_courtesy_title_before_one_name(named, courtesy)
        if before_one:
            return before_one
        name = name.replace(plain[0], _IN_ENGLISH[courtesy], 1)  # "Pan Zbigniew Malinowski"
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
        if courtesy in _PAN_OR_PANI and len(named) == 2 and _a_family_name_alone(named[1]):
            # "pan Jelínek", "paní Dvořáková (personalistka)": before a family name alone, the
            # courtesy title, as "Herr Jelínek" is Mr. Jelínek (late401 readers: "Dear
            # Jelínek,"); before a given name ("pan Tomek") the language's politeness, left off
            return Greeting(f"{_IN_ENGLISH[courtesy]} {named[1]}")
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
        # "Cô Ngọc Anh": no family name typed, so the given name of two words, whole (late402
        # readers: "Dear Cô Anh,")
        no_family = len(named) == 3 and not any(map(_a_vietnamese_family, named[1:]))
        given = named[1:] if no_family else named[-1:]
        return Greeting(f"{kin} {' '.join(given)}")  # "Chị Lan", "Ông Nguyễn Văn Hùng", "anh Tuấn"
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
