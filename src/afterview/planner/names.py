"""Names whose first word is likely the family name, so "Dear <first word>," would be wrong.

Many Vietnamese, Chinese, Japanese, Korean and Hungarian names are written
family name first: "Nguyễn Thị Mai" is Ms. Nguyễn, or Mai, never "Dear
Nguyễn,". Afterview cannot know the order of a given name, so it does not
guess: when the first word of a name without a ``salutation`` is one of the
family names below, the plan advises setting one. The list holds only names
that are rarely given names in English-speaking countries (no Kim, Lee, Lin
or Park), so the advice seldom fires for a name written given name first.
"""

from __future__ import annotations

from afterview.check.view import fold

FAMILY_NAMES = frozenset(
    # Vietnamese (the commonest; names are compared without their accents)
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly"
    # Chinese (pinyin)
    " wang zhang liu chen yang huang zhao zhou xu sun zhu guo luo gao"
    # Japanese
    " sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato"
    # Hungarian
    " nagy kovacs toth szabo horvath varga molnar nemeth farkas".split()
)


def family_name_first(name: str) -> bool:
    """True when ``name`` has two words or more and its first is a common family name."""
    words = name.split()
    return len(words) >= 2 and fold(words[0]) in FAMILY_NAMES
