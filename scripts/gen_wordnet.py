#!/usr/bin/env python3
"""Write src/afterview/compose/data/things.txt from WordNet: nouns that end as a person's do
but name only things.

A strength written as a noun ("welder", "translator") is read as what the candidate is: "I am a
welder". The reader tells a noun for a person by its ending (-er, -or, -ist, -ian, -eur, -ee),
and a list like "tractor, mechanical harvester, forklift licence" came out "I am a tractor".
WordNet (Princeton, Debian's wordnet-base: /usr/share/wordnet) files every sense of a noun
under a category, noun.person among them. The words this script writes have such an ending
and not one sense filed as a person: "tractor", "ventilator", never "driver" or "monitor".

Only this veto is taken from WordNet. Its nouns whose first sense is a person were tried as
people too, and made worse drafts: "native", "vendor" and "plotter" are people there first,
and "react native + node" came out "I have been a React Native and node".

tests/compose/test_lexicon.py fails when the committed file differs from what this script
writes, and skips where WordNet is not installed.

Line format: one lower-case word per line, sorted.

Usage: scripts/gen_wordnet.py [--check]   (--check: exit 1 if a file is stale)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from generated import write_or_check

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src/afterview/compose/data/things.txt"
WORDNET = Path("/usr/share/wordnet")
PERSON = 18  # the lexicographer file noun.person
sys.path.insert(0, str(ROOT / "src"))

from afterview.compose.reading.shapes import PERSON_ENDINGS  # noqa: E402


def build(wordnet: Path = WORDNET) -> str:
    category: dict[str, int] = {}
    with open(wordnet / "data.noun", encoding="latin-1") as f:
        for line in f:
            if not line.startswith(" "):  # the licence is indented
                offset, filenum, _ = line.split(" ", 2)
                category[offset] = int(filenum)
    things = []
    with open(wordnet / "index.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            word, senses = fields[0], int(fields[2])
            if not re.fullmatch(r"[a-z]{4,}", word) or not word.endswith(PERSON_ENDINGS):
                continue
            if all(category[offset] != PERSON for offset in fields[-senses:]):
                things.append(word)
    return "".join(f"{w}\n" for w in sorted(things))


def main(argv: list[str]) -> int:
    return write_or_check(OUT, build(), argv, "scripts/gen_wordnet.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
