"""What every reader of a debrief line shares: the :class:`Reading` it returns, and small
shapings more than one kind of line needs (an aside or a tail cut off, figures kept, the
reader made "you")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    CURRENCY_SIGNS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    SPAN_WORDS,
)
from afterview.compose.reading.person import Ambiguous
from afterview.compose.reading.person import to_reader as _shift
from afterview.compose.reading.shapes import describes_one_noun, is_noun_like, is_verb
from afterview.compose.reading.text import Unusable, bare, is_name, number_word


@dataclass(frozen=True)
class Reading:
    """A debrief line in the shape a sentence frame needs (see the module docstring)."""

    shape: str
    text: str

    @property
    def sentence(self) -> str:
        """The reading as a sentence of its own (a clause, capitalised, with its full stop)."""
        return self.text[:1].upper() + self.text[1:] + "."


PAPERS = frozenset(
    """licence license card permit ticket certificate certification fellowship scholarship
    membership cdl endorsement registration rating""".split()
)
_NUMBER_TAIL = lazy(
    rf",\s+(?:about\s+)?[~≈{CURRENCY_SIGNS}]?\d[\w.,{CURRENCY_SIGNS}%]*(?:\s+\w+){{0,3}}$"
)


def with_figures(text: str) -> str:
    """'on-call lead for payments, 99.99% uptime' -> '..., with 99.99% uptime': a figure kept."""
    lasted = _A_LENGTH_AT_THE_END.search(text)
    before = text[: lasted.start()].split()[-1:] if lasted else []
    place = bool(before) and before[0][:1].isupper() and not lexicon.known(before[0].lower())
    if (
        lasted
        and before
        and not place
        and before[0].isalpha()
        and (bare(before[0]) not in FUNCTION_WORDS or bare(before[0]) in ("there", "here"))
        and bare(before[0]) not in SPAN_WORDS  # "over the last 3 yrs": a span, said already
    ):
        # "taught Renewable Energy Systems 2 semesters": for two semesters (not "from 8 to 4
        # days", nor "in the last 3 years", nor "firefighter Lochgilphead 5 yrs", a place
        # with no "in")
        return f"{text[: lasted.start()]} for {number_word(lasted[1])} {lasted[2]}"
    tail = _NUMBER_TAIL.search(text) if "," in text else None
    if not tail:
        return text
    figure = tail.group(0).lstrip(", ")
    ws = text.split()
    verb = ws[1] if ws[0] == "I" and len(ws) > 1 else ws[0]
    done = is_verb(verb, "D") and bare(verb) not in ("had", "was")  # not "a certificate ..., 2019"
    if re.fullmatch(r"(?:19|20)\d\d", figure) and done:
        return f"{text[: tail.start()]} in {figure}"  # "... with my uncle, 2025": when
    if re.fullmatch(r"(?:1[34]|19|20)\d\d(?:(?:, | and | & )(?:1[34]|19|20)\d\d)+", figure):
        return f"{text[: tail.start()]}, in {figure}"  # "2 Hajj seasons, 1445 and 1446": when
    first, _, after = figure.partition(" ")
    if first.isdigit() and after:
        figure = f"{number_word(first)} {after}"  # ", 1 in Nature Immunology" -> "one in ..."
    if re.fullmatch(rf"\S+ {_LENGTHS}", figure):
        return f"{text[: tail.start()]} for {figure}"  # "internship, 6 months": for, not with
    if re.fullmatch(r"\S+ times", figure):
        return f"{text[: tail.start()]} {figure}"  # "..., 3 times": how often, not with
    if re.fullmatch(
        r"(?:about |around |roughly )?\S+ (?:(?:days?|nights?|shifts?|hours?|hrs?) )?"
        r"(?:a|an|per) (?:day|week|month|year|shift)",
        figure,
    ):
        # ", about 2 a month", ", six days a week" (late418 readers: "with six days a week"):
        # how often, no "with"
        return f"{text[: tail.start()]}, {figure}"
    if re.fullmatch(rf"[{CURRENCY_SIGNS}]\S+", figure):
        return f"{text[: tail.start()]}, worth {figure}"  # "the Horizon project ..., €1.2M"
    return f"{text[: tail.start()]}, with {figure}"


_LENGTHS = r"(?:days?|weeks?|months?|years?|seasons?|semesters?|terms?|summers?|winters?)"
# A length typed straight after what was done, with no "for" ("taught X 2 semesters").
_A_LENGTH_AT_THE_END = lazy(rf" (\d{{1,2}}) ({_LENGTHS})$")


_TAIL = lazy(r",\s+(?:literally|basically|same|like|kind of|sort of)\b.*$", re.I)


def short_tail(text: str, keep: bool = False) -> str:
    """A note's trailing aside: ", SA mining", ", Edinburgh 2025", ", Brown for me".

    About oneself (``keep``: a strength, the wish, news) an aside is often the substance
    ("11 yrs legal secretary, civil litigation"), so it stays, in brackets; a date or a place
    with its year goes. Elsewhere (rapport, a topic) it goes.
    """
    kept: list[str] = []
    while True:
        shorter, tail = _one_short_tail(text, lists=keep)
        if shorter == text:
            break
        text = shorter
        dated = re.search(r"\b(?:19|20)\d\d\b", tail)
        where = re.search(r"\bin [A-Z]", tail)  # "circuit in Loughborough": where, for yourself
        if keep and tail and not dated and not where:
            kept.insert(0, tail)  # "civil litigation": the substance, in brackets
    return f"{text} ({', '.join(kept)})" if kept else text


def _one_short_tail(text: str, lists: bool = False) -> tuple[str, str]:
    if ", " in text:
        found = _TAIL.search(text)
        if found:
            return text[: found.start()], ""
    head, sep, tail = text.rpartition(", ")
    kept = tail.startswith("with ") or ")" in tail or head.count("(") > head.count(")")
    kept = kept or (  # the tail of a strength stays in brackets, so it need not end on its noun
        bool(head.split()) and describes_one_noun(head.split()[-1], tail.split(), to_its_noun=False)
    )
    listed = lists and bool(head) and is_name(head.split()[-1])
    kept = kept or (  # "Go, Kafka, Postgres", "MAS-II, Exam 5"
        listed and all(is_name(w) or w.isdigit() for w in tail.split())
    )
    if sep and head and not kept and 1 <= len(tail.split()) <= 3 and " and " not in tail:
        tail_words = tail.split()
        if not any(is_verb(w, "VDZG") and not is_noun_like(w) for w in tail_words):
            return head, tail
    return text, ""


# The last word of these names a qualification: "I have a master's in statistics".
DEGREES = frozenset(
    """master's masters bachelor's bachelors degree diploma certificate mba phd msc bsc ba ma
    llb llm mphil doctorate qualification accreditation meng beng bcom mcom bsc(hons) btech mtech
    bed med mres dphil edd dnp psyd jd md dds pharmd hnd hnc bmls mbbs mbchb bds bvsc bpharm bsn
    bnsc bscn mpharm b.pharm m.pharm b.sc m.sc b.tech m.tech b.com m.com b.ed m.ed ph.d m.phil
    b.a m.a mba mlis mls msw mph msn mha mpa mlitt bba dba emba bn bsw pgcert pgdip pgce pgdipl
    pgcertle""".split()
)


def head_index(ws: list[str]) -> int:
    """Where the head of a simple noun phrase is: the last word before a preposition (an
    acronym is not one: "Ind AS transition"), a bracket or a comma."""
    for i, word in enumerate(ws):
        if i == 0:
            continue
        acronym = word.isupper() and len(word) > 1
        if word.startswith("(") or ws[i - 1].endswith(","):
            return i - 1
        if (bare(word) in PREPOSITIONS or bare(word) in ("and", "or")) and not acronym:
            return i - 1
    return len(ws) - 1


def looks_plural(word: str) -> bool:
    """ "buses", not "class": a word that ends as a plural does."""
    return word.endswith("s") and not word.endswith("ss")


def spelled_out(clause: str) -> str:
    """'I'm good with numbers' -> 'I am good with numbers': a note to an employer spells it out."""
    for short, full in (
        ("I'm ", "I am "),
        ("I've ", "I have "),
        ("I’m ", "I am "),
        ("I’ve ", "I have "),
    ):
        if clause.startswith(short):
            return full + clause[len(short) :]
    return clause


def to_reader(text: str) -> str:
    """The interviewer as "you" (see :mod:`.person`), or :class:`Unusable` if unclear."""
    try:
        return _shift(text)
    except Ambiguous as exc:
        raise Unusable(
            f"it speaks of someone as “{exc}”, and in a note to them it may not mean them; "
            "write it with “you” if it is about them"
        ) from None


FOUND_OUT = lazy(
    r"^(?:we\s+|i\s+)?(?:just\s+)?(?:figured out|found out|realised|realized|discovered|learned|"
    r"learnt|it turns out|turns out|turned out|(?:heard|got word)(?=\s+(?:that\s+)?(?:i|we)\b))"
    # when they found out is no news ("Found out Monday my ... training is confirmed", late315)
    r"(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday|this morning|last night|last week))?"
    r"\s+(?:that\s+)?",
    re.I,
)
# ", he was ...", ", Darren was on about ...": a second thought about someone else.
_ASIDE_CLAUSE = lazy(
    r",\s+(?:(?i:he|she|they|i|we|you|it)(?:'s|\s)|[A-Z][a-z]+\s+(?:was|is|said|has|had|asked|"
    r"wanted|wants|kept|seemed)\b)"
)


def without_aside(text: str) -> str:
    """'both played rugby at school, he was Grey College' -> the part before the aside."""
    match = _ASIDE_CLAUSE.search(text) if ", " in text else None
    return text[: match.start()] if match and match.start() > 0 else text
