"""How a note is laid out when no template of the user's replaces it.

The sentences come from ``templates/wording.toml`` and the order of a thank-you note's
paragraphs from its ``layouts``; this module only puts them on the page: the greeting, one
paragraph per line of sentences, the sign-off and the name. The ``*.j2`` files beside
wording.toml lay a note out exactly the same way (a test renders both); they are the starting
point for a template of one's own, which Jinja renders (``render.py``).
"""

from __future__ import annotations

from typing import Any


def note(context: dict[str, Any], kind: str, part: str = "") -> str:
    """The subject (``part == "subject"``) or the body of a note of ``kind``."""
    if kind == "thank_you":
        p = context["p"]
        if part:
            return str(p.subject)
        return _page(p.greeting, p.paragraphs, p.sign_off, p.signature)
    s = context["s"]
    if part:
        return str(s["subject"])
    name = context["candidate"].signature
    if kind == "status_inquiry" and context["message"].sequence == 1:
        paragraphs = [
            [s["opener"], s["follow"], s["timeline"]],
            [s["interest"], s["news"]],
            [s["close"]],
        ]
    elif kind == "status_inquiry":
        paragraphs = [
            [s["ask"], s["understanding"]],
            [s["interest"], s["either_way"]],
            [s["close"]],
        ]
    elif kind == "rejection_reply":
        paragraphs = [[s["thanks"], s["memory"]], [s["door"], s["wish_well"]]]
    else:
        paragraphs = [[s["thanks"], s["ask"]], [s["understand"], s["wish_well"]]]
    joined = [" ".join(x for x in sentences if x) for sentences in paragraphs]
    return _page(context["greeting"], [p for p in joined if p], s["sign_off"], name)


def _page(greeting: str, paragraphs: list[str], sign_off: str, name: str) -> str:
    return "\n\n".join([greeting, *paragraphs, f"{sign_off}\n{name}"])
