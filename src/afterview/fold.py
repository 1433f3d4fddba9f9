"""Comparing names and words the way people match them by eye: case and accents ignored.

One function for one meaning, used by the checker (is "Soren" the recipient "Søren"?) and by
the name reader (is "rosa maría" the interviewer "Rosa María Delgado"?). The records store's
key fold (``afterview.store.rows.fold``: spaces and case only) is another meaning.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry no separate accent to strip: written as an English keyboard would.
_PLAIN = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "ı": "i",
        "đ": "d",
        "Đ": "D",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "Th",
        "’": "'",
    }
)


@lru_cache(maxsize=4096)
def fold_accents(text: str) -> str:
    """Lower case without accents, so "Søren" and "soren" compare equal (names, words)."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()
