"""Specific content: a thank-you note names something from the conversation itself."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.rule import Hit, Rule, word_set
from afterview.check.view import fold_accents

if TYPE_CHECKING:
    from afterview.check.view import View

STEM = 5  # words compare on their first five letters: "migrating" ~ "migration"
# Words any interview note may use: sharing them with the topics is not specific.
COMMON = word_set(
    "about after also been before being could during every from have into just like make made "
    "more much many other over some such than that their them there these they this those "
    "under very well what when where which while with would your yours team teams role roles "
    "work working company interview interviews position positions opportunity opportunities "
    "conversation conversations discussion discussions discussed discuss meeting meetings "
    "experience experiences skills learning process time today yesterday future great really "
    "forward hearing thank thanks contribute organization organisation department group "
    "people everyone help helped helping look looking hope glad happy excited enjoy enjoyed "
    "appreciate appreciated candidate strong background chance next steps hear good best talk "
    "talking talked spoke speaking thing things part plan plans idea ideas year years week "
    "weeks month months day days first last current role's team's company's"
)
TOKEN = lazy(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1024)
def stems(text: str) -> frozenset[str]:
    out = set()
    for word in TOKEN.findall(text):
        for part in word.split("-"):
            low = fold_accents(part).removesuffix("'s")
            if len(low) >= 4 and low not in COMMON:
                out.add(low[:STEM])
    return frozenset(out)


def short_terms(text: str) -> set[str]:
    """Short names and acronyms (Go, CI, ETL, Rust) compared exactly, case and all."""
    return {
        w
        for w in TOKEN.findall(text)
        if len(w) < 4 and (w.isupper() or w[:1].isupper()) and len(w) > 1
    }


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    topics = view.ctx.topics
    if not topics:
        return  # nothing to compare with: stay quiet rather than guess
    known = stems(view.ctx.company or "") | stems(view.ctx.position or "")
    topic_stems = set().union(*(stems(t) for t in topics)) - known
    body_stems = stems(view.body)
    if topic_stems & body_stems:
        return
    shorts = set().union(*(short_terms(t) for t in topics)) - short_terms(
        f"{view.ctx.company or ''} {view.ctx.position or ''}"
    )
    if shorts & set(TOKEN.findall(view.body)):
        return
    yield Hit(0, len(view.body), rule.message)


RULES = (
    Rule(
        "content.generic",
        "generic",
        "the note mentions nothing specific from the conversation",
        "add one sentence about something you discussed with this person",
        detect=detect,
        kinds=frozenset({"thank_you"}),
        reason="A thank-you that could follow any interview shows no listening; one concrete "
        "detail "
        "is what makes it personal. Naming the company or the role is not a detail.",
        flags=(
            "Dear Jane,\n\nThank you for the interview for the Senior Data Engineer role. I "
            "enjoyed learning "
            "about the team and the company.\n\nBest,\nPriya Raman",
        ),
        passes=(
            "Dear Jane,\n\nThank you. Moving the nightly batch jobs to streams sounds "
            "right.\n\nBest,\nPriya Raman",
            "Dear Jane,\n\nThank you. I liked how your team shares the on-call "
            "rotations.\n\nBest,\nPriya Raman",
        ),
    ),
)
