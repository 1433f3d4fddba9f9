"""Rules are data: an id, a category, why the rule exists, and examples.

Each rule family module (``greeting.py``, ``tone.py``...) declares its rules
as :class:`Rule` values with a detector. The examples are run by a meta-test
(every ``flags`` example must raise the rule, every ``passes`` example must
not) and printed in ``docs/check.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from afterview.check.view import View

CATEGORIES = (
    "greeting",
    "wrong-name",
    "wrong-company",
    "placeholder",
    "no-thanks",
    "generic",
    "closing",
    "too-long",
    "informal",
    "pushy",
    "desperate",
    "spelling",
    "grammar",
    "subject",
    "too-late",
    "too-soon",
    "too-many",
    "mass",
)


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string: word lists in rule data stay readable."""
    return frozenset(text.split())


@dataclass(frozen=True)
class Hit:
    """What a detector found; the engine turns it into a :class:`Finding`."""

    start: int
    end: int
    message: str | None = None  # None: the rule's own message
    suggestion: str | None = None
    field: str = "body"


@dataclass(frozen=True)
class Example:
    """A message for a rule's meta-test; ``context`` overrides the example context."""

    body: str
    subject: str = "Thank you"
    context: dict[str, Any] = field(default_factory=dict)


Detector = Callable[["View", "Rule"], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One etiquette rule, as data: its id, category, message, reason, detector and examples."""

    id: str
    category: str
    message: str
    suggestion: str
    reason: str
    detect: Detector
    flags: tuple[Example | str, ...]
    passes: tuple[Example | str, ...]
    severity: str = "warning"
    kinds: frozenset[str] | None = None  # None: every kind
    media: frozenset[str] | None = None  # None: every medium
    # Rule-specific data (phrase patterns, word lists) the detector reads.
    data: Any = None

    def applies(self, kind: str, medium: str) -> bool:
        return (self.kinds is None or kind in self.kinds) and (
            self.media is None or medium in self.media
        )

    def disabled_by(self, prefixes: Iterable[str]) -> bool:
        """True when a prefix names this rule, its family or its category."""
        for prefix in prefixes:
            p = prefix.strip().rstrip(".")
            if not p:
                continue
            if self.id == p or self.id.startswith(p + ".") or self.category == p:
                return True
        return False
