"""Running the rules over one message."""

from __future__ import annotations

from collections.abc import Iterable

from afterview.check.context import CheckContext
from afterview.check.finding import Finding
from afterview.check.registry import load_rules
from afterview.check.rule import Rule
from afterview.check.view import View


def check(
    subject: str,
    body: str,
    ctx: CheckContext,
    *,
    disable: Iterable[str] = (),
    rules: Iterable[Rule] | None = None,
) -> list[Finding]:
    """Every etiquette problem found in a message, ordered by place.

    ``disable`` holds rule id prefixes or category names to skip
    ("spelling", "tone.informal.emoji"). Spans are offsets into the body,
    or into the subject for findings whose ``field`` is "subject".
    """
    if not isinstance(subject, str) or not isinstance(body, str):
        raise TypeError("subject and body must be str")
    prefixes = tuple(disable)
    view = View(subject, body, ctx)
    found: set[Finding] = set()
    for rule in load_rules() if rules is None else rules:
        if not rule.applies(ctx.kind, ctx.medium) or rule.disabled_by(prefixes):
            continue
        for hit in rule.detect(view, rule):
            text = subject if hit.field == "subject" else body
            start = min(max(hit.start, 0), len(text))
            found.add(Finding(
                field="subject" if hit.field == "subject" else "body",
                start=start, end=min(max(hit.end, start), len(text)),
                rule=rule.id, category=rule.category, severity=rule.severity,  # type: ignore[arg-type]
                message=hit.message or rule.message, suggestion=hit.suggestion or rule.suggestion,
            ))  # fmt: skip
    return sorted(found, key=lambda f: (f.field != "subject", f.start, f.end, f.rule))


def categories(findings: Iterable[Finding]) -> list[str]:
    """The categories found, in CASES.md order."""
    from afterview.check.rule import CATEGORIES

    seen = {f.category for f in findings}
    return [c for c in CATEGORIES if c in seen]
