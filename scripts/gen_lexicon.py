#!/usr/bin/env python3
"""Write src/afterview/compose/data/lexicon.tsv from lemminflect's data.

The composer needs to know, for a word of the candidate's notes, which parts
of speech it can be and how a verb inflects ("speaks" -> "speak", "run" ->
"running"). lemminflect ships that data in its wheel, but loading it takes
about a second, more than a whole `afterview plan` may. This script turns it
into one sorted text file that the composer searches by bisection, without
loading it (afterview.compose.reading.lexicon). tests/compose/test_lexicon.py
fails when the committed file differs from what this script writes.

Line format, one lower-case word per line, sorted by its UTF-8 bytes:
    word <TAB> tags [<TAB> verb lemma [<TAB> VBD,VBN,VBG,VBZ]]
tags: N noun, S plural noun, V verb base, D past, P past participle,
G -ing form, Z third person -s, J adjective, R adverb, A auxiliary.
The fourth column is on a verb lemma's own line: its inflected forms.

Usage: scripts/gen_lexicon.py [--check]   (--check: exit 1 if the file is stale)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from generated import write_or_check

OUT = Path(__file__).resolve().parent.parent / "src/afterview/compose/data/lexicon.tsv"
TAG_ORDER = "NSVDPGZJRA"
PENN = {"VB": "V", "VBP": "V", "VBD": "D", "VBN": "P", "VBG": "G", "VBZ": "Z", "NNS": "S"}


# Everyday nouns of work that lemminflect does not know, short forms mostly: without them
# "extrusion lab" would get no "the" ("our conversation about extrusion lab").
EXTRA_NOUNS = {
    "lab": "N", "labs": "S", "app": "N", "apps": "S", "uni": "N", "rehab": "N", "intro": "N",
    "intros": "S", "admin": "N", "promo": "N", "promos": "S", "spec": "N", "specs": "S",
    "config": "N", "configs": "S", "repo": "N", "repos": "S", "doc": "N", "docs": "S",
    "wiki": "N", "wikis": "S", "roadmap": "N", "roadmaps": "S", "codebase": "N",
    "codebases": "S", "rota": "N", "rotas": "S", "handover": "N", "handovers": "S",
    "shopfloor": "N", "log": "N", "logs": "S", "template": "N", "templates": "S",
    "reset": "N", "resets": "S",
    "facilitator": "N", "facilitators": "S",
    # the nouns of business speak ("brand refresh launching in spring", "waitlist for funding")
    "refresh": "N", "refreshes": "S", "waitlist": "N", "waitlists": "S",
    "rollout": "N", "rollouts": "S", "walkthrough": "N", "walkthroughs": "S",
    "standup": "N", "standups": "S",
    "workstream": "N", "workstreams": "S", "rebrand": "N", "rebrands": "S",
    "relaunch": "N", "relaunches": "S", "revamp": "N", "revamps": "S",
    "makeover": "N", "makeovers": "S", "handoff": "N", "handoffs": "S",
    "playbook": "N", "playbooks": "S", "rebuild": "N", "rebuilds": "S",
    "reorg": "N", "reorgs": "S", "cutover": "N", "cutovers": "S",
    "signoff": "N", "signoffs": "S", "helpdesk": "N", "helpdesks": "S",
    "storefront": "N", "storefronts": "S", "webinar": "N", "webinars": "S",
    "podcast": "N", "podcasts": "S", "hackathon": "N", "hackathons": "S",
    "bootcamp": "N", "bootcamps": "S", "scaleup": "N", "scaleups": "S",
    "spinout": "N", "spinouts": "S",
}  # fmt: skip


def build() -> str:
    import gzip

    import lemminflect
    from lemminflect import config

    tags: dict[str, set[str]] = defaultdict(set)
    lemma_of: dict[str, str] = {}
    with gzip.open(config.lemma_lu_fn, "rt", encoding="utf-8") as f:
        words = {line.split(",", 1)[0] for line in f if line.strip()}
    words = {w for w in words if w.isalpha() and w.islower() and w.isascii()}
    for word in sorted(words):
        for upos, lemmas in lemminflect.getAllLemmas(word).items():
            if upos == "NOUN":
                tags[word].add("N" if word in lemmas else "S")
            elif upos == "ADJ":
                tags[word].add("J")
            elif upos == "ADV":
                tags[word].add("R")
            elif upos in ("VERB", "AUX"):
                if upos == "AUX":
                    tags[word].add("A")
                lemma = lemmas[0]
                lemma_of.setdefault(word, lemma)
                infl = lemminflect.getAllInflections(lemma, upos="VERB")
                infl.setdefault("VBN", infl.get("VBD", ()))  # regular verbs list the past once
                for tag, forms in infl.items():
                    if word in forms and tag in PENN:
                        tags[word].add(PENN[tag])
    for word, tag in EXTRA_NOUNS.items():
        tags[word].add(tag)
    forms_of: dict[str, str] = {}
    for lemma in sorted(set(lemma_of.values())):
        infl = lemminflect.getAllInflections(lemma, upos="VERB")
        if not infl:
            continue
        past = infl.get("VBD", ("",))[0]
        cols = [
            past,
            infl.get("VBN", (past,))[0],
            infl.get("VBG", ("",))[0],
            infl.get("VBZ", ("",))[0],
        ]
        if all(cols):
            forms_of[lemma] = ",".join(cols)
            tags[lemma].add("V")
    lines = []
    for word in sorted(tags, key=lambda w: w.encode()):
        row = [word, "".join(t for t in TAG_ORDER if t in tags[word])]
        lemma = lemma_of.get(word) or (word if word in forms_of else "")
        if lemma:
            row.append(lemma)
            if word in forms_of:
                row.append(forms_of[word])
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(OUT, build(), argv, "scripts/gen_lexicon.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
