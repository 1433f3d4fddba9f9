"""Form: the length of the body and, for email, a subject line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview import timing
from afterview.check.rule import Example, Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View


def detect_too_long(view: View, rule: Rule) -> Iterator[Hit]:
    limit = timing.WORD_LIMITS[view.ctx.medium]
    if len(view.body.split()) <= limit or timing.word_count(view.body) <= limit:
        return
    count = 0
    for m in re.finditer(r"\S+", view.body):
        if any(ch.isalnum() for ch in m.group()):
            count += 1
            if count == limit + 1:
                start = m.start()
    if count > limit:
        yield Hit(
            start,
            len(view.body),
            f"{count} words; a {view.ctx.medium} note should stay within {limit}",
        )


def detect_subject(view: View, rule: Rule) -> Iterator[Hit]:
    if not view.subject.strip():
        yield Hit(0, len(view.subject), rule.message, field="subject")


RULES = (
    Rule(
        "form.too-long",
        "too-long",
        "the note is too long",
        "keep to a few short paragraphs: cut what the reader already knows",
        detect=detect_too_long,
        reason="Interviewers skim. An email or LinkedIn note over 250 words, or a card over 150, "
        "will not be read through.",
        flags=("Thank you. " * 130,),
        passes=("Thank you. " * 100,),
    ),
    Rule(
        "form.subject",
        "subject",
        "the email has no subject",
        'add a short subject, e.g. "Thank you: <position> interview"',
        detect=detect_subject,
        media=frozenset({"email"}),
        severity="error",
        reason="An email without a subject looks like spam and is hard to find again.",
        flags=(Example("Dear Jane,", subject=""), Example("Dear Jane,", subject="   ")),
        passes=("Dear Jane,",),
    ),
)
