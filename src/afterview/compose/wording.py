"""The banks of sentences in ``templates/wording.toml``, and how a note picks from them.

Each note takes one row of each bank it uses. The row depends on who is
writing to whom (:func:`seed`), so two candidates rarely get the same
sentence, and on the note's place in its panel, so the notes to one panel
never share a row while a bank has as many rows as the panel has people.

A user's ``wording.toml`` in their templates folder replaces the banks it
names. Placeholders are the templates' own: ``{{ name }}`` and
``{{ name | capital }}``.
"""

from __future__ import annotations

import re
import tomllib
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from afterview.check.lazy import lazy
from afterview.compose.render import BUNDLED
from afterview.errors import InputError

if TYPE_CHECKING:
    from afterview.compose.reading import Reading

FILE = "wording.toml"
_PLACEHOLDER = lazy(r"\{\{\s*(\w+)\s*(?:\|\s*(\w+)\s*)?\}\}")
_DOUBLE_STOP = lazy(r"(?<!\.)\.\.(?!\.)")
_FILTERS = {"capital": lambda s: s[:1].upper() + s[1:]}
# The bank a topic fills, by the shape of its reading; a noun phrase fills "topic".
_TOPIC_BANKS = {"clause": "topic_clause", "exercise": "exercise", "tour": "tour"}


def topic_bank(shape: str, text: str = "") -> str:
    """The bank a topic's reading fills; ``text`` tells a clause of what they look for in
    whom they hire ("you want someone who can go to the field"), never "enjoyed"."""
    if shape == "clause" and _WANTED.match(text):
        return "topic_wanted"
    if shape == "np" and _GIVEN.search(text):
        return "topic_given"
    return _TOPIC_BANKS.get(shape, "topic")


_WANTED = lazy(r"^you (?:want|need|are looking for|would like|expect|prefer)\b")
# What they gave the candidate: "your book recommendation", "your tips on the ATPL exams".
_GIVEN = lazy(r"^your (?:[\w-]+ ){0,2}(?:recommendations?|tips|advice|pointers)\b")


def concern_bank(concern: Reading, answer: Reading) -> str:
    """The wording bank for a doubt and its answer, by the doubt's shape: "whether I have used
    IBP" answered with APO is said plainly ("not yet, but ...")."""
    if concern.shape == "whether" and _another_tool(concern.text, answer.text):
        return "concern_near"
    if (
        concern.shape == "np"
        and concern.text.endswith("experience")
        and _STUDIED.match(answer.text)
    ):
        return "concern_studied"  # "my co-op bank experience", answered with a certificate
    if concern.shape == "np" and _another_tool(concern.text, answer.text):
        # "my USFDA audit experience" answered with a WHO-GMP audit: restating the doubt
        # promises what the answer does not give (late302 readers); the answer is added plainly
        return "concern_unsaid"
    if _leaves_out_the_point(concern.text, answer.text):
        return "concern_unsaid"  # "On my full-time SaaS experience, ... as an intern": a dodge
    return {"np": "concern", "whether": "concern_whether"}.get(concern.shape, "concern_unsaid")


# The word a doubt turns on, which an answer without it leaves standing: "full-time" SaaS
# experience answered with an internship, "civilian" work with an army depot, visits made
# "solo" with visits. Restating the doubt then points at the gap; the answer is added plainly.
_QUALIFIERS = lazy(
    r"\b(?:full[- ]?time|civilian|solo|alone|on my own|independently|unsupervised|secondary|"
    r"primary|hospital|port|acute|frontline|front-line|commercial|permanent|paid|formal|direct|"
    r"NHS|UK|US|EU|Canadian|Australian|union(?:ised)?|senior|overseas|international)\b",
    re.I,
)


def _leaves_out_the_point(concern: str, answer: str) -> bool:
    said = {m.group(0).lower().replace(" ", "-") for m in _QUALIFIERS.finditer(answer)}
    asked = {m.group(0).lower().replace(" ", "-") for m in _QUALIFIERS.finditer(concern)}
    return bool(asked) and not asked & said


# An answer that is a course or a paper, not the experience asked about: "I have completed the
# IIBF certificate in co-operative banking".
_STUDIED = lazy(
    r"^I (?:have )?(?:completed|passed|finished|taken|took|hold|earned|gained|done|did) "
    r"(?:the |a |an |my )?(?:[\w()&/.-]+ ){0,5}?(?:certificate|certification|course|diploma|"
    r"module|exam|training)\b"
)
# A doubt about what the candidate has done of a named thing: "my USFDA audit experience".
_EXPERIENCE_OF = lazy(r"^my (?P<what>.+?) (?:experience|exposure|knowledge|background)$")
# A doubt about a tool by its name: "whether I have used IBP", "... worked with Databricks".
_A_TOOL_UNUSED = lazy(r"^whether I have (?:used|worked with|worked in|worked on|run) (?P<what>.+)$")


def _names_in(words: list[str]) -> set[str]:
    """The words with a capital that name something: "IBP", "Databricks", "P&L"."""
    return {w.strip(".,;:()") for w in words if len(w) >= 2 and w[:1].isupper()}


def _another_tool(concern: str, answer: str) -> bool:
    """True when the answer names a tool, and not the one the doubt was about ("Chinese
    hydrological data", "a Tier 1" are kinds, never one tool: the answer may be one)."""
    from afterview.compose.reading import lexicon

    unused = _A_TOOL_UNUSED.match(concern) or _EXPERIENCE_OF.match(concern)
    words = unused["what"].split() if unused else []
    # "Asian factories", "Chinese hydrological data": a word before a noun names a kind
    # ("Makkah itself" is a place)
    kinds = {
        w
        for w, after in pairwise([*words, ""])
        if after.isalpha()
        and after.islower()
        and not lexicon.tags(after) & {"R", "O"}
        and not (w.isupper() and len(w) > 2)  # "USFDA audit": an acronym names one body
    }
    named_in_doubt = _names_in([w for w in words if w not in kinds])
    asked = {w for w in named_in_doubt if w.isupper() or not lexicon.known(w.lower())}
    named = _names_in(answer.split()[1:])  # not its first word, which a sentence capitalises
    stems = {w[:5].lower() for w in named}  # "Canada" is named in "Canadian Hospital"
    return bool(asked) and bool(named) and not any(w[:5].lower() in stems for w in asked)


@dataclass(frozen=True)
class Wording:
    """Every bank, by section and name: ``banks["thank_you"]["closing"]``."""

    banks: Mapping[str, Mapping[str, Any]]
    source: str

    def rows(self, section: str, bank: str) -> list[Any]:
        try:
            return list(self.banks[section][bank])
        except KeyError:
            raise InputError(
                f"{self.source}: the wording has no bank [{section}] {bank}.",
                hint="copy the bundled wording.toml and edit it (see docs/templates.md).",
            ) from None

    def pick(self, section: str, bank: str, seed: int, place: int = 0) -> Any:
        """One row of a bank for the note with this ``seed`` at ``place`` in its panel."""
        rows = self.rows(section, bank)
        start = zlib.crc32(f"{seed}:{section}.{bank}".encode())
        return rows[(start + place) % len(rows)]

    def pick_where(
        self, section: str, bank: str, seed: int, place: int, ok: Callable[[Any], bool]
    ) -> Any:
        """:meth:`pick`'s row, or the first after it (going round) that ``ok`` accepts; the
        picked row itself when none does."""
        rows = self.rows(section, bank)
        first = rows.index(self.pick(section, bank, seed, place))
        turned = rows[first:] + rows[:first]
        return next((row for row in turned if ok(row)), turned[0])

    def fill(self, text: str, values: Mapping[str, str], where: str) -> str:
        """``text`` with its placeholders filled; an unknown one is an error naming the bank."""

        def value(match: re.Match[str]) -> str:
            name, filter_name = match.group(1), match.group(2)
            if name not in values:
                raise InputError(
                    f"{self.source}: [{where}] uses {{{{ {name} }}}}, which this bank does not "
                    "have.",
                    hint=f"the values here are: {', '.join(sorted(values))}.",
                )
            if filter_name and filter_name not in _FILTERS:
                raise InputError(
                    f"{self.source}: [{where}] uses the filter {filter_name!r}; only "
                    "'capital' is known."
                )
            found = values[name]
            return _FILTERS[filter_name](found) if filter_name else found

        filled = _PLACEHOLDER.sub(value, text)
        if " with you" in filled:
            # "talk about how you do sprints with you": the value already has the reader (only
            # a value this row takes: "I hope all is well with you" keeps its "with you")
            used = (values[m[1]] for m in _PLACEHOLDER.finditer(text) if m[1] in values)
            if any(_YOU.search(v) for v in used):
                filled = re.sub(r" with you\b(?=[ .,])", "", filled, count=1)
        return _DOUBLE_STOP.sub(".", filled)  # "at Naidoo Botha Inc.." -> "Inc."


_YOU = lazy(r"\byou(?:r|rs)?\b", re.I)


def seed(*parts: object) -> int:
    """A stable number for a note's choices: the same inputs choose the same rows every time."""
    return zlib.crc32("\x1f".join(str(p) for p in parts).encode())


@lru_cache(maxsize=8)
def wording(user_dir: str | None) -> Wording:
    """The bundled banks, with those of ``user_dir``/wording.toml in their place."""
    banks = _load(BUNDLED / FILE)
    source = str(BUNDLED / FILE)
    if user_dir and (Path(user_dir) / FILE).is_file():
        path = Path(user_dir) / FILE
        for section, found in _load(path).items():
            if not isinstance(found, dict):
                raise InputError(f"{path}: [{section}] should be a table of banks.")
            for bank, rows in found.items():
                if bank != "layouts" and (
                    not isinstance(rows, list)
                    or not rows
                    or not all(isinstance(r, str) and r.strip() for r in rows)
                ):
                    raise InputError(
                        f"{path}: [{section}] {bank} should be a list of sentences (texts).",
                        hint='each bank is a list such as closing = ["Thank you again."]',
                    )
            banks.setdefault(section, {}).update(found)
        source = str(path)
    return Wording(banks, source)


def _load(path: Path) -> dict[str, Any]:
    from afterview.compose.data_cache import load_toml

    try:
        return load_toml(path)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read: {exc.strerror}") from None
