"""Running the rules over one message."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

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
    if rules is None:
        active = _active(ctx.kind, ctx.medium, prefixes)
    else:
        active = tuple(_select(rules, ctx.kind, ctx.medium, prefixes))
    for rule in active:
        for hit in rule.detect(view, rule):
            text = subject if hit.field == "subject" else body
            start = min(max(hit.start, 0), len(text))
            found.add(
                Finding(
                    field="subject" if hit.field == "subject" else "body",
                    start=start,
                    end=min(max(hit.end, start), len(text)),
                    rule=rule.id,
                    category=rule.category,
                    severity=rule.severity,  # type: ignore[arg-type]
                    message=hit.message or rule.message,
                    suggestion=hit.suggestion or rule.suggestion,
                )
            )
    return sorted(found, key=lambda f: (f.field != "subject", f.start, f.end, f.rule))


def _select(
    rules: Iterable[Rule], kind: str, medium: str, prefixes: tuple[str, ...]
) -> Iterator[Rule]:
    for rule in rules:
        if rule.applies(kind, medium) and not rule.disabled_by(prefixes):
            yield rule


@lru_cache(maxsize=64)
def _active(kind: str, medium: str, prefixes: tuple[str, ...]) -> tuple[Rule, ...]:
    # The registry's rules that run for a kind, medium and disable list: the same few
    # combinations recur for every note of a plan or a cases file.
    return tuple(_select(load_rules(), kind, medium, prefixes))


def categories(findings: Iterable[Finding]) -> list[str]:
    """The categories found, in CASES.md order."""
    from afterview.check.rule import CATEGORIES

    seen = {f.category for f in findings}
    return [c for c in CATEGORIES if c in seen]
