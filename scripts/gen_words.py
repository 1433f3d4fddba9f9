#!/usr/bin/env python3
"""Write src/afterview/compose/data/words.tsv from the dictionary inside Harper.

The composer must tell a word a reader knows ("roadmap", "payout") from a note
to self ("resi", "w"), a name typed in lower case ("cambridge") or another
language ("acordos"). lemminflect's lexicon (scripts/gen_lexicon.py) knows parts
of speech but few modern or proper words. Harper, the grammar engine the project
already depends on (harper-py), carries a curated English dictionary of some
55,000 entries in its compiled module, one "word/affix-flags" line each, proper
nouns with their capitals. This script takes the words out of the module and
writes them as one sorted file, searched by bisection without loading it
(afterview.compose.reading.lexicon.spelling). tests/compose/test_lexicon.py
fails when the committed file differs from what this script writes.

Line format, one line per lower-case key, sorted by its UTF-8 bytes:
    key <TAB>           a common word ("roadmap")
    key <TAB> Spelling  a name, spelled as the dictionary spells it ("cambridge\tCambridge")
A key the dictionary has both ways ("lab", "Lab") is a common word.

Usage: scripts/gen_words.py [--check]   (--check: exit 1 if the file is stale)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from generated import write_or_check

OUT = Path(__file__).resolve().parent.parent / "src/afterview/compose/data/words.tsv"
# An entry of Harper's dictionary as it sits in the module: a line "word/flags".
_ENTRY = re.compile(rb"\n([A-Za-z][A-Za-z'\-.]{1,39})/[^\s\x00]*")


def build() -> str:
    import harper

    module = next(Path(harper.__file__).parent.glob("_harper*"))
    words = {m.group(1).decode() for m in _ENTRY.finditer(module.read_bytes())}
    words = {w.rstrip(".") for w in words if not w.endswith("-")}
    spelled: dict[str, str] = {}
    for word in sorted(words):
        key = word.lower()
        if word == key or spelled.get(key) == "":
            spelled[key] = ""  # in lower case somewhere: a common word
        else:
            spelled.setdefault(key, word)
    lines = [f"{k}\t{v}" for k, v in spelled.items()]
    return "\n".join(sorted(lines, key=lambda line: line.split("\t")[0].encode())) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(OUT, build(), argv, "scripts/gen_words.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
