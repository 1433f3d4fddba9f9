"""Every rule's own examples: each 'flags' example raises it, each 'passes' example does not."""

from __future__ import annotations

import re

import pytest

from afterview.check import CATEGORIES, check, load_rules
from afterview.check.examples import example

RULES = load_rules()


def _cases(kind: str) -> list[tuple[str, object]]:
    return [(rule.id, ex) for rule in RULES for ex in getattr(rule, kind)]


def test_rules_are_well_formed() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert re.fullmatch(r"[a-z]+(\.[a-z-]+)+", rule.id), rule.id
        assert rule.category in CATEGORIES
        assert rule.severity in ("error", "warning")
        assert rule.reason and rule.message and rule.suggestion
        assert rule.flags and rule.passes, f"{rule.id} needs should-flag and should-pass examples"


def test_every_category_has_a_rule() -> None:
    assert {r.category for r in RULES} == set(CATEGORIES)


@pytest.mark.parametrize(("rule_id", "item"), _cases("flags"))
def test_flags(rule_id: str, item: object) -> None:
    subject, body, ctx = example(item)  # type: ignore[arg-type]
    assert rule_id in {f.rule for f in check(subject, body, ctx)}, body


@pytest.mark.parametrize(("rule_id", "item"), _cases("passes"))
def test_passes(rule_id: str, item: object) -> None:
    subject, body, ctx = example(item)  # type: ignore[arg-type]
    found = [f for f in check(subject, body, ctx) if f.rule == rule_id]
    assert not found, [(body[f.start : f.end], f.message) for f in found]


def test_disable_by_prefix_and_category() -> None:
    subject, body, ctx = example("Thanks a ton!! I beleive so 😊")
    rules = {f.rule for f in check(subject, body, ctx)}
    assert {"tone.informal.slang", "tone.informal.emoji", "spelling.unknown"} <= rules
    kept = {f.rule for f in check(subject, body, ctx, disable=("tone.informal", "spelling"))}
    assert not any(r.startswith("tone.informal") or r.startswith("spelling") for r in kept)
    assert "tone.informal.slang" in {
        f.rule for f in check(subject, body, ctx, disable=("tone.informal.emoji",))
    }
    # a prefix only matches whole segments: "tone.inf" disables nothing
    assert {f.rule for f in check(subject, body, ctx, disable=("tone.inf",))} == rules
