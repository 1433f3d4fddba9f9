"""The sign-off: a closing line followed by the candidate's name."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.placeholder import has_slot
from afterview.check.rule import Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    if not view.ctx.candidate_name or view.signature is not None:
        return
    if not view.lines:
        yield Hit(0, 0, rule.message)
        return
    last = view.lines[-1]
    if has_slot(view.text(last)):
        yield Hit(
            last.start, last.end, "the sign-off still holds a template slot instead of your name"
        )
    else:
        yield Hit(last.end, last.end, rule.message)


RULES = (
    Rule(
        "closing.missing",
        "closing",
        "the note does not end with a sign-off and your name",
        'end with a closing line and your name, e.g. "Best regards," then your full name',
        detect=detect,
        reason="A note that trails off, or ends 'All the best' with no name, looks unfinished; the "
        "name "
        "tells a busy reader at once who wrote.",
        flags=(
            "Dear Jane,\n\nThank you.\n\nBest regards",
            "Dear Jane,\n\nThank you.\n\nHugs!",
            "Dear Jane,\n\nThank you.\n\nWarm regards,\n<Your Name>",
            "Dear Jane,\n\nThank you for today.",
        ),
        passes=(
            "Dear Jane,\n\nThank you.\n\nBest regards,\nPriya Raman",
            "Dear Jane,\n\nThank you.\n\nBest,\nPriya",
            "Dear Jane,\n\nThank you.\n\nThank you,\nPriya Raman\nSenior Engineer\n+1 555 0100",
            "Dear Jane,\n\nThank you.\n\nWarmly, Priya",
        ),
    ),
)
