"""Harper, an offline grammar checker (PyPI ``harper-py``), as a second opinion on two slips.

Word tables decide most slips alone. Two need to know what part of speech
a word is, which Harper's parser does: "she work nights" (a verb without its
"-s"; but "she herself", "he read it") and "I enjoyed there presentation"
(but "I lived there years ago"). For these the rules find candidates with a
cheap test, and Harper is asked only about the sentence holding one.

Why so sparingly: Harper's first ``Linter`` in a process builds its
dictionary, about 0.8 s on a laptop (1-2 s on a busy container), and then
lints a note in about 1 ms. A clean note almost never holds a candidate
(1 of the 299 clean test notes does), so ``afterview check`` on a clean
note never pays for Harper. Of Harper's rules only these two are used:
its spelling and style rules are noisy on names, British spelling and
shorthand, its repetition rule flags "Wagga Wagga", and its agreement rule
also flags "send you updates" (see ``docs/check.md``, "Grammar engine").

Without ``harper-py`` installed the two checks find nothing, and nothing
else changes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from afterview.check.phrases import sentence_around

AGREEMENT = "PronounVerbAgreement"  # "she work", "he go"
THERE_THEIR = "ThereToTheir"  # "I enjoyed there presentation"
USED = (AGREEMENT, THERE_THEIR)


@lru_cache(maxsize=1)
def _linter() -> Any:
    try:
        import harper
    except ImportError:
        return None
    linter = harper.Linter(harper.Dialect.AMERICAN)
    linter.set_lint_config({name: name in USED for name in harper.get_default_lint_config()})
    return linter


@lru_cache(maxsize=256)
def _lints(sentence: str) -> tuple[tuple[str, int, int, str], ...]:
    linter = _linter()
    if linter is None:
        return ()
    found = linter.organized_lints(sentence, language="plaintext")
    return tuple(
        (name, lint.span.start, lint.span.end, lint.message)
        for name, lints in found.items()
        for lint in lints
    )


def confirms(text: str, start: int, end: int, rule: str) -> bool:
    """Harper finds a slip of ``rule`` in the sentence around ``text[start:end]``, within it."""
    left, right = sentence_around(text, start, end)
    for name, s, e, _ in _lints(text[left:right]):
        if name == rule and left + s < end and start < left + e:
            return True
    return False
