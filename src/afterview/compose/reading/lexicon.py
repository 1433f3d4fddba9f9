"""What an English word can be, and how a verb inflects: lemminflect's data, searched in place.

``data/lexicon.tsv`` is generated from lemminflect by ``scripts/gen_lexicon.py``
(a test keeps it fresh). It is one sorted line per lower-case word; a look-up
bisects the file's bytes instead of loading 60,000 lines into a dict, so the
first answer costs a millisecond, not the second lemminflect takes to load.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from afterview.compose.reading.closed import FUNCTION_WORDS, INDEFINITE_PRONOUNS

_PATH = Path(__file__).parent.parent / "data" / "lexicon.tsv"

# The letters of the tags column (see the generator's docstring).
NOUN, PLURAL, BASE, PAST, PARTICIPLE, ING, THIRD = "N", "S", "V", "D", "P", "G", "Z"
ADJECTIVE, ADVERB, AUXILIARY = "J", "R", "A"
VERB_TAGS = frozenset("VDPGZ")
_FORMS = {"VBD": 0, "VBN": 1, "VBG": 2, "VBZ": 3}


@cache
def _data(path: Path = _PATH) -> bytes:
    return b"\n" + path.read_bytes()


@lru_cache(maxsize=4096)
def _row(word: str) -> tuple[str, ...]:
    """The columns of ``word``'s line, or () when the lexicon does not know it."""
    return _find(_data(), word.lower().encode())


def _find(data: bytes, key: bytes) -> tuple[str, ...]:
    """The columns of the line of ``data`` (sorted "key<TAB>..." lines, or keys alone) whose
    key is ``key``."""
    lo, hi = 0, len(data)
    while lo < hi:  # invariant: lines starting before lo sort before key
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        if start <= lo and mid > lo:  # the line began before the window: look at the next
            start = data.find(b"\n", mid) + 1
            if start == 0 or start >= hi:
                hi = mid
                continue
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        tab = data.find(b"\t", start, end)
        found = data[start : tab if tab >= 0 else end]  # a line may be its key alone
        if found == key:
            return tuple(data[start:end].decode().split("\t"))
        if found < key:
            lo = end + 1 if end < len(data) else hi
        else:
            hi = start - 1 if start > 0 else 0
    return ()


def listed(path: Path, key: str) -> bool:
    """Whether ``key`` is a line of the sorted file at ``path`` (a list of words, one a line;
    lines of "#" above them say where it comes from), found by bisection as words are."""
    return bool(_find(_data(path), key.encode()))


_PREFIXES = ("co-", "re-", "pre-", "mis-", "out-", "over-", "under-", "sub-", "de-")


_WORDS = Path(__file__).parent.parent / "data" / "words.tsv"
_COUNTING = Path(__file__).parent.parent / "data" / "counting.tsv"


@lru_cache(maxsize=4096)
def spelling(word: str) -> str | None:
    """How the dictionary spells ``word``: "" for a common word, "Cambridge" for a name typed
    in lower case, None when it is not a word at all (data/words.tsv, from Harper's dictionary
    by scripts/gen_words.py)."""
    row = _find(_data(_WORDS), word.lower().encode())
    return (row[1] if len(row) > 1 else "") if row else None


@lru_cache(maxsize=4096)
def _parts(word: str) -> str:
    """What Harper's dictionary says a common word can be (letters N m S V J R; see
    scripts/gen_words.py), "" when it does not know the word as a common one."""
    row = _find(_data(_WORDS), word.lower().encode())
    return row[2] if len(row) > 2 else ""


@lru_cache(maxsize=4096)
def counting(noun: str) -> str:
    """How written English counts ``noun``: "C" one at a time ("mechanism"), "M" not at all
    ("fatigue", "nitrogen"), "" when usage does not say (data/counting.tsv, from word
    frequencies by scripts/gen_counting.py)."""
    row = _find(_data(_COUNTING), noun.lower().encode())
    return row[1] if len(row) > 1 else ""


# Latin that English writes in small letters, which the dictionary knows only in names
# ("Bono"): "pro bono", "bona fide", "in situ", "curriculum vitae".
_LATIN = frozenset("bono bona fide situ vitae vivo vitro".split())


def is_word(word: str) -> bool:
    """True when a reader knows ``word`` as a common English word, in this form or another."""
    key = word.lower()
    if known(key) or spelling(key) == "" or key in _LATIN:
        return True
    for ending, base in (
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("ly", ""),
        ("er", ""),
        ("ers", ""),
        ("less", ""),
        ("ful", ""),
        ("ness", ""),
        ("able", ""),
    ):
        if key.endswith(ending) and len(key) > len(ending) + 2:
            stem = key[: -len(ending)] + base
            if known(stem) or spelling(stem) == "":
                return True
    return False


def tags(word: str) -> frozenset[str]:
    """The tag letters ``word`` can carry ("speaks" -> {"Z"}); empty when unknown.

    A hyphenated prefix takes the tags of the word it is put to: "co-curated" is "curated".
    """
    row = _prefixed_row(word)
    return frozenset(row[1]) if row else frozenset()


# Words Harper has as nouns that the readers take as pronouns and numbers.
_NOT_FROM_HARPER = INDEFINITE_PRONOUNS | frozenset(
    """versus zero three four five seven eight nine eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion dozen""".split()
)


def counted_in_harper(key: str) -> bool:
    """A noun lemminflect does not know that Harper's dictionary has as a thing one counts:
    it takes a plural and is never only a mass ("hotline", "shader", "whiteboard")."""
    if len(key) < 4 or key in FUNCTION_WORDS or key in _NOT_FROM_HARPER or "'" in key:
        return False
    parts = _parts(key)
    return "N" in parts and "S" in parts and "m" not in parts


def _prefixed_row(word: str) -> tuple[str, ...]:
    row = _row(word)
    if not row and "-" in word and word.lower().startswith(_PREFIXES):
        row = _row(word.split("-", 1)[1])
    return row


def known(word: str) -> bool:
    """Whether the lexicon knows ``word``, or the word a hyphenated prefix is put to."""
    return bool(_prefixed_row(word))


def lemma(word: str) -> str | None:
    """The verb lemma of ``word`` ("led" -> "lead"), or None when it is not a verb form."""
    row = _row(word)
    return row[2] if len(row) > 2 and row[2] else None


def inflect(verb: str, form: str) -> str:
    """``verb`` (any form) in the Penn form VB, VBP, VBD, VBN, VBG or VBZ; unchanged if unknown."""
    base = lemma(verb) or verb.lower()
    if form in ("VB", "VBP"):
        return base
    row = _row(base)
    if len(row) < 4:
        return verb
    return row[3].split(",")[_FORMS[form]]
