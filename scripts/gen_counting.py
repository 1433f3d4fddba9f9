#!/usr/bin/env python3
"""Write src/afterview/compose/data/counting.tsv: which nouns are counted one at a time, and
which are not, as written English uses them.

Whether a bare noun in a debrief needs "the" ("our conversation about the grievance
mechanism") or must not have one ("your view on GISTM conformance") turns on whether English
counts it. Readers of the drafts marked a missing or a stray article more than any other slip,
and the composer's guesses from a noun's ending ("-ism", "-ance": a field, never one thing)
were wrong for "mechanism" and blind to "fatigue" or "nitrogen". Usage says it better: a
noun counted one at a time is written in the plural often; a noun of a field, a state or a
material hardly ever. wordfreq (Robyn Speer's word frequencies from many sources, in its
wheel) gives both frequencies; lemminflect gives the plural.

For each singular noun of lexicon.tsv at least as common as once in three million words, with r
the frequency of its plural over its own:
    C  counted: r >= 0.1, or r >= 0.25 where the plural is also a verb's "-s" form
       ("loads", "orders"), whose count it shares;
    M  not counted: r < 0.01 ("compliance", "nitrogen", "accuracy"); not for a noun
       ending in "s" whose plural lemminflect gives as itself ("series", "corpus").
Nouns in between are left to the composer's own rules. Its own lists of data
(``debrief.toml``) decide before this file does.

tests/compose/test_lexicon.py fails when the committed file differs from what this script
writes (and skips where wordfreq is not installed).

Line format, one lower-case word per line, sorted by its UTF-8 bytes:  word <TAB> C|M

Usage: scripts/gen_counting.py [--check]   (--check: exit 1 if the file is stale)
"""

from __future__ import annotations

import sys
from pathlib import Path

from generated import write_or_check

DATA = Path(__file__).resolve().parent.parent / "src/afterview/compose/data"
OUT = DATA / "counting.tsv"
COMMON = (
    2.5  # Zipf scale: about once in three million words; rarer words' plurals are too few to count
)
COUNTED, VERB_COUNTED, NOT_COUNTED = 0.1, 0.25, 0.01


def _regular_plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def build() -> str:
    from lemminflect import getInflection
    from wordfreq import word_frequency, zipf_frequency

    lines = []
    for row in (DATA / "lexicon.tsv").read_text(encoding="utf-8").splitlines():
        word, tags = row.split("\t")[:2]
        if "N" not in tags or len(word) < 3 or zipf_frequency(word, "en") < COMMON:
            continue
        plural = (getInflection(word, "NNS") or ("",))[0]
        if not plural or plural == word:  # lemminflect's plural of a mass noun is itself,
            if word.endswith("s"):  # and of "series", "corpus": usage cannot tell them apart
                continue
            plural = _regular_plural(word)
        ratio = word_frequency(plural, "en") / word_frequency(word, "en")
        verb = "V" in tags
        if ratio >= (VERB_COUNTED if verb else COUNTED):
            lines.append(f"{word}\tC")
        elif ratio < NOT_COUNTED:
            lines.append(f"{word}\tM")
    return "\n".join(sorted(lines, key=lambda line: line.encode())) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(OUT, build(), argv, "scripts/gen_counting.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
