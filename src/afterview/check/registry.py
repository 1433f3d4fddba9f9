"""Every rule, gathered from the family modules in a fixed order."""

from __future__ import annotations

from functools import lru_cache

from afterview.check.rule import Rule


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """All rules, in the order of CASES.md's categories."""
    from afterview.check import (
        address,
        closing,
        company,
        content,
        form,
        grammar,
        homophones,
        mass,
        placeholder,
        schedule,
        spelling,
        thanks,
        tone,
    )

    rules = (
        *address.RULES,
        *company.RULES,
        *placeholder.RULES,
        *thanks.RULES,
        *content.RULES,
        *closing.RULES,
        *form.RULES,
        *tone.RULES,
        *spelling.RULES,
        *homophones.RULES,
        *grammar.RULES,
        *schedule.RULES,
        *mass.RULES,
    )
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    return rules
