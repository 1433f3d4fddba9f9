"""Each debrief line as a note will read it, or why no note will use it.

The composer's own readers (:mod:`afterview.compose.reading`) decide; the
sentence shown is the first row of the bank the composer would pick from
(``wording.toml``), filled with the reading. The note itself may use another
row of the same bank, so the preview says "reads like".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from afterview.compose.reading import Reading

#: The debrief fields the web form previews, and the composer's reader of each.


@dataclass(frozen=True)
class Preview:
    """One line: how it reads in a note (``sentence``), or why it is left out (``reason``)."""

    line: str
    sentence: str = ""
    reason: str = ""

    @property
    def used(self) -> bool:
        return not self.reason


#: The key of the interview file each previewed field is, as the composer reads it.
_KEYS = {
    "topic": "topics",
    "question": "questions",
    "answer": "answers",
    "rapport": "rapport",
    "wish": "wish_i_had_said",
    "news": "new_information",
    "strength": "strengths",
}
KINDS = (*_KEYS, "concern")
#: The lines about the candidate, which a note says only when asked to ([candidate] own_lines).
OWN_KINDS = frozenset(("answer", "rapport", "wish", "news", "strength", "concern"))


def _read(kind: str, line: str) -> Reading:
    """The line as the notes themselves read it (the same readers and the same last look)."""
    from afterview.compose.reading import read_concern_line, read_line

    return read_concern_line(line) if kind == "concern" else read_line(_KEYS[kind], line)


def _bank(kind: str, shape: str) -> tuple[str, str]:
    """The wording bank a reading of this kind and shape fills, and its placeholder."""
    from afterview.compose.wording import topic_bank

    if kind in ("topic", "question"):
        if shape == "asked":
            return "asked", "asked"
        return topic_bank(shape), "topic"
    if kind in ("rapport", "wish"):
        return (kind if shape == "clause" else f"{kind}_np"), kind
    if kind == "news":
        return "news", "news"
    if kind == "strength":
        return "fit", "strength"
    return "concern_unsaid", "answer"  # an answer alone


def preview(kind: str, text: str, values: Mapping[str, str], *, answer: str = "") -> list[Preview]:
    """A preview of each non-empty line of ``text`` (a field holds one item a line).

    ``values`` are the wording's placeholders for this interview (role,
    company...); ``answer``, for concerns, the answers, one a line in the same order.
    """
    from afterview.compose.reading.text import Unusable, lower_first
    from afterview.compose.wording import concern_bank, wording

    if kind not in KINDS:
        raise ValueError(f"unknown debrief field {kind!r}")
    banks = wording(None)
    answers = [a.strip() for a in answer.splitlines()]
    out = []
    for n, line in enumerate(x.strip() for x in text.splitlines()):
        if not line:
            continue
        try:
            reading = _read(kind, line)
        except Unusable as exc:
            out.append(Preview(line, reason=exc.reason))
            continue
        filling = {**values}
        if kind == "concern":
            given = answers[n] if n < len(answers) else ""
            if not given:
                out.append(
                    Preview(
                        line,
                        reason="no answer yet: naming a doubt without answering it only "
                        "repeats it; write your answer beside it",
                    )
                )
                continue
            try:
                answered = _read("answer", given)
            except Unusable as exc:
                out.append(Preview(line, reason=f"its answer cannot be used: {exc.reason}"))
                continue
            bank = concern_bank(reading, answered)
            filling.update(concern=reading.text, answer=lower_first(answered.text))
        else:
            bank, slot = _bank(kind, reading.shape)
            filling[slot] = reading.text if slot == "topic" else lower_first(reading.text)
        row = banks.rows("thank_you", bank)[0]
        out.append(Preview(line, sentence=banks.fill(row, filling, f"thank_you] {bank}")))
    return out
