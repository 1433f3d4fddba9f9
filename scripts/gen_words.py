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
    key <TAB> <TAB> parts   a common word ("roadmap\t\tNS")
    key <TAB> Spelling      a name, spelled as the dictionary spells it ("cambridge\tCambridge")
A key the dictionary has both ways ("lab", "Lab") is a common word. ``parts`` are the
letters of Harper's own annotations of the common word that say what it can be: N noun,
m a noun never counted ("advice"), S takes a plural (or a third person), V verb, J
adjective, R adverb. lemminflect knows parts of speech for fewer words ("hotline",
"whiteboard" and "caseload" are not in it); these fill in for it.

Usage: scripts/gen_words.py [--check]   (--check: exit 1 if the file is stale)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from generated import write_or_check

OUT = Path(__file__).resolve().parent.parent / "src/afterview/compose/data/words.tsv"
# An entry of Harper's dictionary as it sits in the module: a line "word/flags".
_ENTRY = re.compile(rb"\n([A-Za-z][A-Za-z'\-.]{1,39})/([^\s\x00]*)")
# The annotation letters kept (see above); the rest are affixes and rarer properties.
_PARTS = frozenset("NmSVJR")
# Entries the dictionary spells with a stray capital: a note would print "KanBan" as typed
# into the dictionary, so they are read as the words they are.
_STRAY_CAPITALS = {"KanBan": "kanban", "ErvIn": "Ervin"}


def build() -> str:
    import harper

    module = next(Path(harper.__file__).parent.glob("_harper*"))
    parts: dict[str, set[str]] = {}
    for m in _ENTRY.finditer(module.read_bytes()):
        word = m.group(1).decode().rstrip(".")
        word = _STRAY_CAPITALS.get(word, word)
        if not word.endswith("-"):
            parts.setdefault(word, set()).update(set(m.group(2).decode(errors="replace")) & _PARTS)
    spelled: dict[str, str] = {}
    for word in sorted(parts):
        key = word.lower()
        if word == key or spelled.get(key) == "":
            spelled[key] = ""  # in lower case somewhere: a common word
        else:
            spelled.setdefault(key, word)
    lines = [
        f"{k}\t\t{''.join(sorted(parts.get(k, ())))}" if v == "" else f"{k}\t{v}"
        for k, v in spelled.items()
    ]
    return "\n".join(sorted(lines, key=lambda line: line.split("\t")[0].encode())) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(OUT, build(), argv, "scripts/gen_words.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
