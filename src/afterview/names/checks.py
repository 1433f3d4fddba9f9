"""What a finished greeting must never be: a given name alone where custom uses the family
name, a word of respect or a rank alone, a word no list knows taken for a given name.
"""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.names.customs import titled_greeting
from afterview.names.kinds import (
    _FAMILY_NAME_FIRST_COUNTRIES,
    _JAPANESE_GIVEN_ENDS,
    _ROMAJI,
    _is_role_noun,
    _is_title,
    is_group,
)
from afterview.names.parse import Greeting
from afterview.names.posts import _BEFORE_AN_ASIDE
from afterview.names.shapes import _PARTS_OF_A_NAME
from afterview.names.words import (
    _AFTER_NAME,
    _AFTER_NAME_WHERE,
    _CHINESE_FAMILY,
    _DOTTED_TITLES,
    _FAMILY_WORDS,
    _JOINED_AFTER,
    _KIN_LEFT_OFF_WHERE,
    _KOREAN_FAMILY,
    _PAREN,
    _PARTICLES,
    _PATRONYMIC,
    _QUOTES,
    _RANKS_OF_THE_SERVICES,
    FAMILY_FIRST,
    _a_given_name,
    _is_initial,
    _key,
    _where,
    fold,
)

# The Prophet's name, which opens many a given name of two: "Mohamed Ali", "Mohamed Amine".
_PROPHETS_NAME = frozenset("mohamed mohammed muhammad mohammad mohamad mhamed".split())
_IRISH_COURTESY = lazy(r"^\s*An (?:(tUasal)|Bhean Uasal)\b", re.I)
# One word, then in brackets only what a team does: "Mannauðssvið (HR)".
_A_WORD_THEN_ITS_WORK = lazy(
    r"([^\W\d_][\w-]+)\s*\((HR|RH|People|Recruitment|Talent Acquisition)( team)?\)"
)


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
    if any(c.isdigit() for c in found.name):
        return found.name  # "4-H volunteer (parent) Kristy": a club's name, never "Hi 4-H,"
    from afterview.compose.reading import lexicon
    from afterview.compose.reading.closed import FUNCTION_WORDS

    bare = _PAREN.sub(" ", name).strip()
    last_first = re.fullmatch(r"[^,]+,\s*([^,]+)", bare)
    if last_first and found.name.split()[0] in last_first[1].split():
        return ""  # "Naidoo, Kershnee": the comma says which is the given name
    marked = bool(re.search(rf"[{_QUOTES}(]\s*{re.escape(found.name)}", name))
    # "QC team (Ploy, Mek)": each one the brackets list, as they go by (late481)
    listed = [n for n in re.split(r",\s*| and ", found.name) if n]
    marked = marked or (
        len(listed) > 1 and all(re.search(rf"[(,&]\s*{re.escape(n)}\b", name) for n in listed)
    )
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
        if len(words) == 2 and _key(words[1]) in _AFTER_NAME | _AFTER_NAME_WHERE.keys():
            words = words[:1]  # "Shameer ikka": a word of respect after the given name
        for word in (p for w in words for p in w.split("-") if p):
            if not _a_given_name(word):
                return word
    return ""


# An age in brackets after a name, no part of it: "Aoife (9)", "Ethan (7 yrs)", "(age 4)".
_AN_AGE = lazy(r"\s*\((?:aged?\s*)?\d{1,2}(?:\s*(?:yrs?|years?(?: old)?|yo|y/o|y\.o\.))?\)")
_A_FAMILY_WORD = (
    "a family's word for a grandparent or an aunt, not a name: how a letter greets them is not "
    "known"
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


def _never_a_rank_alone(greeting: Greeting, name: str, country: str) -> Greeting:
    """ "Maj Fiona Latchford": "Maj" without its dot is a Scandinavian given name ("Maj
    Sjöwall") or a major's rank, and before a whole name most likely the rank; never "Dear
    Maj,": the plan asks ("Maj (Retd) Fiona Latchford" says it, and is Maj Latchford).
    Before a family name alone and outside the Nordic countries it is the rank, kept as
    typed like "Capt Mehmood" ("Maj Mehmood" in Pakistan, never "Dear Maj,")."""
    typed = _PAREN.sub(" ", name).split()
    word = greeting.name
    rank = _key(word) in _DOTTED_TITLES & _RANKS_OF_THE_SERVICES and not word.endswith(".")
    if greeting.ask or not rank or typed[:1] != [word]:
        return greeting
    if len(typed) >= 3 and all(w[:1].isupper() for w in typed[1:3]):
        return Greeting(" ".join(typed), ask="a rank written without its dot, or a given name")
    if len(typed) == 2 and typed[1][:1].isupper() and _where(country) not in _NORDIC:
        return Greeting(" ".join(typed))
    return greeting


_NORDIC = frozenset({"SE", "NO", "DK", "FI", "IS", "AX", "FO", "GL"})
