"""Tone: informal, pushy and desperate wording, one module per family.

Each module keeps its phrases as data beside the rules that read them, with
the examples each rule must flag and must pass. The words that tell whether
a phrase list can match a note are generated (see
:mod:`afterview.check.make_triggers`).
"""

from __future__ import annotations

from afterview.check.tone import desperate, informal, pushy

RULES = (*informal.RULES, *pushy.RULES, *desperate.RULES)
