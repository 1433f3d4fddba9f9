"""Another company's name where the note means the one it is written to."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.phrases import sentence_around
from afterview.check.rule import Example, Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View

# A sentence about offers, other applications or the candidate's own past work may name another
# company on purpose: "During my six years at Meridian I ran...", "I spent two years at Brightpath".
ON_PURPOSE = lazy(
    r"(?i)\b(?:offers?|offered|interview(?:ed|ing|s)? (?:with|at)"
    r"|also (?:applied|applying|interviewing|talking)"
    r"|other (?:companies|opportunities|processes|applications)|competing|competitor"
    r"|previous(?:ly)?|former(?:ly)?|used to work|worked (?:at|for|with)|my current"
    r"|currently (?:at|with|work)|appl(?:ied|ying) (?:to|at|with|for)|(?:first|top) choice"
    r"|in (?:the )?process with|speaking with|talking (?:to|with)"
    r"|(?:my|our) (?:\w+ )?(?:years?|months?|time|tenure|stint|days|role|job|work|internship)"
    r" (?:at|with|for)"
    r"|(?:spent|served|interned|volunteered|worked) (?:\w+ ){0,3}(?:at|with|for)"
    r"|(?:while|when) (?:i was |i worked )?(?:at|with)|back (?:at|when)|before (?:joining|i joined)"
    r"|(?:joined|left|managed|ran|led|built) (?:\w+ ){0,2}(?:at|with|for)"
    r"|where i (?:worked|was|led|ran|spent|managed|built))\b"
)


@lru_cache(maxsize=512)
def _core(name: str) -> str:
    return re.sub(r"^(?i:the)\s+", "", name.strip())


@lru_cache(maxsize=512)
def _pattern(name: str) -> re.Pattern[str]:
    # "The Alder Inn" also matches "the Alder Inn"; the rest of the name keeps its case.
    core = _core(name)
    return re.compile(rf"(?<!\w)(?:[Tt]he\s+)?{re.escape(core)}(?!\w)")


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    ctx = view.ctx
    own = _pattern(ctx.company) if ctx.company else None
    for field, text in (("subject", view.subject), ("body", view.body)):
        own_spans: list[tuple[int, int]] | None = None  # found only once another name is seen
        for other in ctx.other_companies:
            if not other.strip() or (ctx.company and other.strip() == ctx.company.strip()):
                continue
            if _core(other) not in text:
                continue  # the usual case, settled without a regex
            if own_spans is None:
                own_spans = [m.span() for m in own.finditer(text)] if own else []
            for m in _pattern(other).finditer(text):
                if any(s <= m.start() < e or s < m.end() <= e for s, e in own_spans):
                    continue  # part of the company's own name ("Marlow County Libraries")
                left, right = sentence_around(text, m.start(), m.end())
                if ON_PURPOSE.search(text, left, right):
                    continue
                yield Hit(
                    m.start(),
                    m.end(),
                    f'"{m.group()}" is another company you applied to: {rule.message}',
                    f"write {ctx.company}" if ctx.company else None,
                    field=field,
                )


RULES = (
    Rule(
        "company.other",
        "wrong-company",
        "the note names another company where it means this one",
        "check every company name in the note",
        detect=detect,
        severity="error",
        reason="Naming a different employer is the clearest sign of a copied note; a reader stops "
        "there.",
        flags=(
            Example(
                "I would be thrilled to grow my career at Globex.",
                context={"other_companies": ["Globex"]},
            ),
            Example(
                "I would be glad to be considered for openings with the City of Lakeport.",
                context={"other_companies": ["City of Lakeport"], "company": "City of Fairhaven"},
            ),
        ),
        passes=(
            Example(
                "Globex has made me an offer, so I wanted to ask about your timeline.",
                context={"other_companies": ["Globex"]},
            ),
            Example(
                "I would be proud to join Marlow County Libraries.",
                context={
                    "other_companies": ["Marlow County"],
                    "company": "Marlow County Libraries",
                },
            ),
            Example(
                "I would be glad to join Acme Robotics.", context={"other_companies": ["Globex"]}
            ),
            Example(
                "I applied to Globex too, but Acme Robotics is my first choice.",
                context={"other_companies": ["Globex"]},
            ),
            Example(
                "During my six years at Globex I ran the night shift.",
                context={"other_companies": ["Globex"]},
            ),
            Example(
                "I spent two years at Globex dispatching field crews.",
                context={"other_companies": ["Globex"]},
            ),
        ),
    ),
)
