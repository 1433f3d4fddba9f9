"""Grammar: the slips CASES.md lists, and the others issue 10 adds, one module per family.

Doubled words, its/it's, your/you're, their/there/they're, a/an, "could of",
a lower-case "i", a sentence that starts in lower case. Each pattern looks at
the words around the slip, so it fires on the error, not on the word.
"""

from __future__ import annotations

from afterview.check.grammar import agreement, articles, case, confusables, doubled, verbs

RULES = (
    *doubled.RULES,
    *confusables.RULES,
    *articles.RULES,
    *verbs.RULES,
    *agreement.RULES,
    *case.RULES,
)
