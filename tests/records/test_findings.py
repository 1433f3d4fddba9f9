"""Findings kept with drafts: what ``due`` shows follows the check.disable setting."""

from __future__ import annotations

import pytest

from afterview.check import load_rules
from afterview.records.findings import disabled, dumps, loads, shown

PREFIXES = ["", "spelling", "tone", "tone.informal", "tone.informal.emoji", "generic", "content."]


@pytest.mark.parametrize("prefix", PREFIXES)
def test_disabled_is_the_rules_own_test(prefix: str) -> None:
    for rule in load_rules():
        assert disabled(rule.id, rule.category, [prefix]) == rule.disabled_by([prefix]), rule.id


def test_kept_findings_round_trip_and_filter() -> None:
    from afterview.check import CheckContext, check

    ctx = CheckContext(kind="thank_you", medium="email", topics=["Kafka streams"])
    found = check("", "Dear Jane,\n\nThank you for the chat about the team.", ctx)
    assert found
    text = dumps(found)
    assert [f["rule"] for f in loads(text)] == [f.rule for f in found]
    assert shown(text, ["content"]) == [
        f
        for f in loads(text)
        if f["category"] != "generic" and not f["rule"].startswith("content.")
    ]
    assert loads(None) == loads("[]") == loads("not json") == []
