"""Template slots left unfilled, in every style people use.

Brackets ([Company Name], {name}, {{company}}, <Your Name>), mail-merge fields
(%COMPANY_NAME%, <<Name>>, ${name}), blanks (XX, xx, XYZ, ___, __/__), a slot
named in words ("Interviewer's Name", "Your Name"), an instruction in
parentheses ("(insert project)", "(day/date)"), "So-and-so", and lorem ipsum.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Hit, Rule, word_set

if TYPE_CHECKING:
    from afterview.check.view import View

# Brackets around words, but not footnotes ([1]), links ([text](url)), <3 or addresses.
# A bracketed slot may hold a whole name as typed: "[how to address Director of Housekeeping
# Leilani Kahananui-Cabral]" (a name is at most 200 characters).
BRACKETS = lazy(
    r"\[\s*[^\W\d][^\[\]\n]{0,230}\](?!\()|\{\s*[^\W\d][^{}\n]{0,60}\}"
    r"|<\s*(?!https?:|mailto:|www\.)[^\W\d][^<>@\n]{0,60}>"
)
XX = lazy(r"(?<![\w/-])X{2,}(?![\w])|(?<!\w)XX(?=/)")
BLANK = lazy(r"_{3,}|(?<!\w)__(?!\w)")  # "___", or "__/__" for a date
# "(insert project)", "(your name)", "(day/date)": a slot written in parentheses.
_SLOT_NOUN = (
    r"(?:day|date|time|name|company|position|role|title|topic|details?|interviewer|recipient|city"
    r"|location|number|month|year|weekday|team|department|project|skill|achievement)"
)
PAREN_SLOT = lazy(
    r"\(\s*(?i:insert|add|enter|fill in|your name|company name|job title|interviewer(?:'s)? name"
    r"|recipient)\b[^()\n]{0,40}\)"
    rf"|\((?i:\s*(?:specific |relevant |the "
    rf")?{_SLOT_NOUN}(?:\s*(?:/|or|and|,|-)\s*{_SLOT_NOUN})*\s*)\)"
)
# Mail-merge fields: %COMPANY_NAME%, <<Name>>, ${name}, [[name]].
MERGE_FIELD = lazy(r"%[A-Za-z][A-Za-z_]*%|<<\s*[A-Za-z][\w ]{0,30}>>|\$\{\w+\}|\[\[\w+\]\]")
# A slot named in title-case words, without brackets: "Interviewer's Name", "Your Name".
NAMED_SLOT = lazy(
    r"(?<![\w'’])(?:Interviewer|Recipient|Hiring Manager|Manager|Recruiter|Contact|Candidate"
    r"|Company|Your|First|Last|Full|Job|Position)(?:['’]s)? (?:Name|Title)(?![\w'’])"
)
# "XYZ Company", "the XYZ team"; "So-and-so", "such-and-such".
WORD_SLOT = lazy(r"(?<![\w-])(?:XYZ|xyz|(?i:so-and-so|such-and-such))(?![\w-])")
# Lower-case "xx" where a date or number belongs ("on the xx of April", "xx/xx", "xx years");
# at the end of a line it is a sign-off kiss instead (informal).
XX_LOWER = lazy(
    r"(?<![\w/-])(?:(?<=\bthe )|(?<=\bon )|(?<=\bat )|(?<=\bby )|(?<=\bin )|(?<=\bfor "
    r"))x{2,}(?![\w-])"
    r"|(?<![\w/-])x{2,}(?=[/:%]| of | years?| days?| weeks?| months?| hours?| am| pm)"
)
LOREM = lazy(r"(?i:lorem ipsum)[^\n]*")
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
    "DATE",
    "JOB TITLE",
    "HIRING MANAGER",
)
CAPS_SLOT = lazy(
    r"(?<![\w'’])(?:YOUR NAME|FIRST NAME|LAST NAME|COMPANY NAME|JOB TITLE|HIRING "
    r"MANAGER|NAME|FIRSTNAME|"
    r"LASTNAME|COMPANY|POSITION|INTERVIEWER|RECIPIENT|TBD|DATE|INSERT \w+)(?![\w'’])"
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
    if "%" in text or "<<" in text or "${" in text or "[[" in text:
        yield from MERGE_FIELD.finditer(text)
    if " Name" in text or " Title" in text:
        yield from NAMED_SLOT.finditer(text)
    if "XYZ" in text or "xyz" in text or "-and-" in text or "-And-" in text:
        yield from WORD_SLOT.finditer(text)
    if "xx" in text:
        yield from XX_LOWER.finditer(text)
    if "orem" in text:
        yield from LOREM.finditer(text)


def slot_spans(text: str) -> list[tuple[int, int]]:
    """Where the slots are: other rules leave these words alone (lorem ipsum is not misspelt)."""
    return sorted(m.span() for m in slots(text))


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
        reason="A slot such as [Company Name], {name}, %COMPANY_NAME%, Interviewer's Name, XX or "
        "___ shows the note is a form letter that was never finished.",
        flags=(
            "I would love to bring that to [Company Name].",
            "Hello {name},",
            "Warm regards,\n<Your Name>",
            "My interview on XX went well.",
            "I enjoyed our discussion about ___.",
            "Our call on __/__ was great.",
            "I would love to help with (insert project).",
            "I hope to join {{company}} soon.",
            "Dear Interviewer's Name,\n\nThank you.",
            "It was great to meet So-and-so from the tax team.",
            "Thank you for meeting with me on (day/date).",
            "I would love to bring this to %COMPANY_NAME%.",
            "I am excited to join XYZ Company.",
            "My interview on the xx of April went well.",
            "I enjoyed it. Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "Best regards,\nYour Name",
            "Thank you for the interview on DATE.",
        ),
        passes=(
            "Dear Jane,\n\nThank you. See [1] and my site <https://example.com>. <3 is not a slot.",
            "I added tests (and fixed the build) in snake_case; see my_module.__init__ (I can add "
            "more).",
            "I ran the XXL product line in Louis XIV style.",
            "Thanks so much, see you soon xx",
            "The date (14 May) and the time (2pm) suit me; my name (Priya) is on the badge.",
            "Our margin grew by 12% (a record), and my job title is Analyst.",
            "The xylophone and the Xbox team; a so-called expert.",
        ),
    ),
)
