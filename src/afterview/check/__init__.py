"""The etiquette checker: finds what a careful reviewer of a follow-up note would find.

::

    from afterview.check import CheckContext, check

    ctx = CheckContext(kind="thank_you", medium="email", recipient_name="Jane Okafor",
                       candidate_name="Priya Raman", company="Acme Robotics")
    for finding in check("Thank you", body, ctx, disable=("spelling",)):
        print(finding.rule, finding.start, finding.end, finding.message)

Rules are data (:class:`Rule`, one module per family); ``docs/check.md`` lists
them. This package imports no pydantic, Typer or Jinja2, so the command that
uses it starts quickly.
"""

from __future__ import annotations

from afterview.check.context import KINDS, MEDIA, CheckContext
from afterview.check.engine import categories, check
from afterview.check.finding import Finding, line_column
from afterview.check.mass import similarity
from afterview.check.registry import load_rules
from afterview.check.rule import CATEGORIES, Example, Rule

__all__ = [
    "CATEGORIES",
    "KINDS",
    "MEDIA",
    "CheckContext",
    "Example",
    "Finding",
    "Rule",
    "categories",
    "check",
    "line_column",
    "load_rules",
    "similarity",
]
