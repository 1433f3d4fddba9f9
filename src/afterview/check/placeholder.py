"""Template slots left unfilled: [Company Name], {name}, <Your Name>, XX, ___."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Hit, Rule, word_set

if TYPE_CHECKING:
    from afterview.check.view import View

# Brackets around words, but not footnotes ([1]), links ([text](url)), <3 or addresses.
BRACKETS = lazy(
    r"\[\s*[^\W\d][^\[\]\n]{0,60}\](?!\()|\{\s*[^\W\d][^{}\n]{0,60}\}"
    r"|<\s*(?!https?:|mailto:|www\.)[^\W\d][^<>@\n]{0,60}>"
)
XX = lazy(r"(?<![\w/-])X{2,}(?![\w])|(?<!\w)XX(?=/)")
BLANK = lazy(r"_{3,}|(?<!\w)__(?!\w)")  # "___", or "__/__" for a date
# "(insert project)", "(your name)": a slot written in parentheses, an instruction to the writer.
PAREN_SLOT = lazy(
    r"\(\s*(?i:insert|add|enter|fill in|your name|company name|job title|interviewer(?:'s)? name|recipient)\b[^()\n]{0,40}\)"
)
SLOT_WORDS = word_set(
    "NAME FIRSTNAME LASTNAME COMPANY POSITION ROLE INTERVIEWER RECIPIENT DATE JOBTITLE TBD TK "
    "INSERT"
)
# Every match of CAPS_SLOT holds one of these: most notes have capitals (SQL, ETL) but none of them.
CAPS_SLOT_TRIGGERS = (
    "NAME",
    "COMPANY",
    "POSITION",
    "INTERVIEWER",
    "RECIPIENT",
    "TBD",
    "INSERT",
    "JOB TITLE",
    "HIRING MANAGER",
)
CAPS_SLOT = lazy(
    r"(?<![\w'’])(?:YOUR NAME|FIRST NAME|LAST NAME|COMPANY NAME|JOB TITLE|HIRING MANAGER|NAME|FIRSTNAME|"
    r"LASTNAME|COMPANY|POSITION|INTERVIEWER|RECIPIENT|TBD|INSERT \w+)(?![\w'’])"
)


def slots(text: str) -> Iterator[re.Match[str]]:
    # Cheap substring tests first: most notes hold no bracket, "XX", "___" or capitals run.
    if "[" in text or "{" in text or "<" in text:
        yield from BRACKETS.finditer(text)
    if "XX" in text:
        yield from XX.finditer(text)
    if "__" in text:
        yield from BLANK.finditer(text)
    if "(" in text:
        yield from PAREN_SLOT.finditer(text)
    if any(t in text for t in CAPS_SLOT_TRIGGERS):
        yield from CAPS_SLOT.finditer(text)


def has_slot(text: str) -> bool:
    return next(slots(text), None) is not None


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    for field, text in (("subject", view.subject), ("body", view.body)):
        for m in sorted(slots(text), key=lambda m: m.start()):
            yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}', field=field)


RULES = (
    Rule(
        "placeholder.slot",
        "placeholder",
        "an unfilled template slot",
        "replace it with the real text, or remove it",
        detect=detect,
        severity="error",
        reason="A slot such as [Company Name], {name}, <Your Name>, XX or ___ shows the note is a form letter "
        "that was never finished.",
        flags=(
            "I would love to bring that to [Company Name].",
            "Hello {name},",
            "Warm regards,\n<Your Name>",
            "My interview on XX went well.",
            "I enjoyed our discussion about ___.",
            "Our call on __/__ was great.",
            "I would love to help with (insert project).",
            "I hope to join {{company}} soon.",
        ),
        passes=(
            "Dear Jane,\n\nThank you. See [1] and my site <https://example.com>. <3 is not a slot.",
            "I added tests (and fixed the build) in snake_case; see my_module.__init__ (I can add more).",
            "I ran the XXL product line in Louis XIV style.",
        ),
    ),
)
