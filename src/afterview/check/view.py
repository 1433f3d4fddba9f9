"""One message read once: lines, words, the salutation and sign-off, masked names.

Every rule reads a :class:`View` rather than re-parsing the text. Offsets
everywhere are into the original body, so spans stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate, chain, pairwise
from operator import itemgetter
from typing import NamedTuple

from afterview.check.context import CheckContext
from afterview.check.lazy import lazy
from afterview.check.rule import word_set
from afterview.fold import fold_accents

# A letter, or a combining mark of Latin or of the Indic scripts (Python's \w leaves the vowel
# signs of "प्रिया" out, which would cut one name into three "words").
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff])"
WORD_RE = lazy(rf"{_LETTER}+(?:['’]{_LETTER}+)*")
# The same words in text whose only non-ASCII characters are the mask and "’": an ASCII
# class is several times quicker for the regex engine than a Unicode category test.
ASCII_WORD_RE = lazy(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
WORD_SPLIT = lazy(rf"({WORD_RE.pattern})")
ASCII_WORD_SPLIT = lazy(rf"({ASCII_WORD_RE.pattern})")
MASK = "·"  # not a letter, digit or sentence mark: masked text reads as nothing


def plain(text: str) -> bool:
    """True when ``text`` holds nothing outside ASCII but the mask and "’" (so no other letters)."""
    return text.isascii() or text.replace(MASK, "").replace("’", "").isascii()


# Words before a name in a salutation: "Dear Dr. Okafor", "Hi Chef Ngata".
HONORIFICS = word_set(
    "mr mrs ms miss mx dr doctor prof professor dean chef coach judge rev reverend pastor "
    "father sister captain capt officer sir dame lord lady president director senator mayor "
    "councillor councilor rabbi imam madam madame monsieur herr frau señor señora sr sra "
    "san sama sensei engr alhaji alhaja cllr fr "
    "nurse principal sergeant sgt lieutenant lt detective commander"
)


def name_parts(name: str | None) -> list[str]:
    """The words of a person's name, with hyphenated parts ("Mei-Ling" -> Mei-Ling, Mei, Ling)."""
    return list(_name_parts(name or ""))


@lru_cache(maxsize=4096)
def _name_parts(name: str) -> tuple[str, ...]:
    # Cached: every note of a panel reads every panel member's name.
    parts: list[str] = []
    # "Tamika Hollis (HRBP, took notes)": an aside is not her name ("(Yossi)" alone may be)
    name = re.sub(r"\((?![A-Z][\w'’-]*\))[^()]*\)", " ", name)
    for word in name.split():
        word = word.strip(".,;:()\"'")
        if len(word) < 2 or fold_accents(word) in HONORIFICS:
            continue
        parts.append(word)
        if "-" in word:
            parts.extend(p for p in word.split("-") if len(p) >= 2)
    return tuple(parts)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches in a str pattern


def alternation(words: Sequence[str]) -> str:
    """A regular expression matching any of ``words``, the longest where several would.

    Written as a trie (``Zo(?:ë(?: Lambert)?|e)``): Python's engine tries the
    branches of ``a|b|c`` one after the other at each place, so a plain
    alternation of a thousand names costs a thousand tries per character.
    """
    trie: dict[str, dict] = {}
    words = [w for w in words if w]
    if not words:
        return "(?!)"  # nothing to match: never matches
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, dict]) -> str:
    ends = "" in node
    options = [re.escape(char) + _branches(rest) for char, rest in node.items() if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
    # Greedy: the longer word first, the shorter one where it ends ("Zoë Lambert", "Zoë").
    return f"(?:{body})?" if ends else body


@lru_cache(maxsize=16)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:" + alternation([n for n in names if n]) + r")(?:['’]s(?!\w)|(?!\w))"
    )


#: From this many names on, one compiled pattern beats a search for each name.
_MANY_NAMES = 64


def name_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where ``names`` stand in ``text`` as whole words, with a possessive "'s".

    The same spans as ``(?<!\\w)(?:name1|name2|...)(?:['’]s)?(?!\\w)`` would
    find (earlier names win at one place, matches do not overlap; the names
    come longest first). A few names are searched for one by one: a context's
    names make a new pattern for every panel, and compiling it cost more than
    masking every note of the plan. Many names (a large panel) are matched by
    one pattern, compiled once for the panel (:func:`alternation`).
    """
    if len(names) >= _MANY_NAMES:
        return [m.span() for m in _names_pattern(tuple(names)).finditer(text)]
    found: list[tuple[int, int, int]] = []  # (start, which name, end)
    for order, name in enumerate(names):
        if not name:
            continue
        start = text.find(name)
        while start >= 0:
            end = _name_end(text, start + len(name))
            if end is not None and (start == 0 or not _word_char(text[start - 1])):
                found.append((start, order, end))
            start = text.find(name, start + 1)
    spans: list[tuple[int, int]] = []
    after = 0
    for start, _, end in sorted(found):
        if start >= after:
            spans.append((start, end))
            after = end
    return spans


def _name_end(text: str, end: int) -> int | None:
    """The end of a name ending at ``end``, with "'s" if one follows; None inside a word."""
    possessive = text[end : end + 1] in ("'", "’") and text[end + 1 : end + 2] == "s"
    if possessive and (end + 2 == len(text) or not _word_char(text[end + 2])):
        return end + 2
    if end == len(text) or not _word_char(text[end]):
        return end
    return None


class Span(NamedTuple):
    start: int
    end: int


@lru_cache(maxsize=64)
def _entity_names(ctx: CheckContext) -> list[str]:
    # One context is usually checked against many notes (a plan's drafts, a cases file),
    # and the notes of one panel name the same people: the recipient of one is a sibling
    # of the others. So the names are gathered once per set of people.
    people = frozenset(
        chain(map(itemgetter(0), ctx.sibling_messages), (ctx.recipient_name, ctx.candidate_name))
    )
    return _names_of(people, (ctx.company, ctx.position, *ctx.other_companies))


@lru_cache(maxsize=16)
def name_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words of ``names``, folded: read once for a panel, by every rule that needs them."""
    return frozenset(fold_accents(w) for n in names for w in WORD_RE.findall(n))


@lru_cache(maxsize=16)
def _names_of(people: frozenset[str | None], others: tuple[str | None, ...]) -> list[str]:
    out = {n.strip() for n in (*others, *people) if n and n.strip()}
    for person in people:
        out.update(_name_parts(person or ""))
    return sorted(out, key=len, reverse=True)


@dataclass(frozen=True)
class Salutation:
    """The opening line's greeting word and whom it addresses."""

    line: Span
    word: str  # "dear", "hi", "hello", "hey", ... or "" for a bare "Jane,"
    addressee: Span | None  # the words after the greeting word, if any

    def addressee_text(self, body: str) -> str:
        return body[self.addressee.start : self.addressee.end] if self.addressee else ""


_GREETING_RE = lazy(
    r"(?i)(?P<word>dear|hi|hello|hey|heya|hiya|howdy|yo|sup|greetings|good "
    r"(?:morning|afternoon|evening)"
    r"|to whom it may concern)\b[ \t]*(?P<rest>[^,!:;\n—–]*)"
)


INLINE_NAME = lazy(r"([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}),[ \t]+(?=[a-z])")
# A sign-off at the end of the last paragraph: "... Thank you again. Best wishes, Tom".
INLINE_SIGN_OFF = lazy(
    r"(?:^|[.!?][ \t]+)[A-Z][^.!?\n,]{0,30},[ \t]*([^,.!?\n]{2,40}?)[ "
    r"\t]*\.?$"
)


class View:
    def __init__(self, subject: str, body: str, ctx: CheckContext) -> None:
        self.subject = subject
        self.body = body
        self.ctx = ctx
        self.shared: dict[str, object] = {}  # results one rule computes and another reuses

    # ------------------------------------------------------------ lines
    @cached_property
    def lines(self) -> list[Span]:
        """Non-empty lines, trimmed of surrounding blanks."""
        spans = []
        at = 0
        for text in self.body.split("\n"):
            stripped = text.strip()
            if stripped:
                lead = at + len(text) - len(text.lstrip())
                spans.append(Span(lead, lead + len(stripped)))
            at += len(text) + 1
        return spans

    def text(self, span: Span) -> str:
        return self.body[span.start : span.end]

    # ------------------------------------------------------------ names
    @cached_property
    def entity_names(self) -> list[str]:
        """Names from the context that other rules must not read as words."""
        return _entity_names(self.ctx)

    @cached_property
    def masked(self) -> str:
        """The body with context names blotted out, offsets unchanged.

        Tone, thanks, spelling and grammar rules read this, so a company
        called "Thanks Inc." or "Asap Logistics" is neither thanks nor pushy.
        """
        body = self.body
        if not self.entity_names:
            return body
        out: list[str] = []
        last = 0
        for start, end in name_spans(body, self.entity_names):
            out += (body[last:start], MASK * (end - start))
            last = end
        return "".join(out) + body[last:]

    @cached_property
    def lower(self) -> str:
        """The masked body in lower case, offsets unchanged (for case-blind patterns)."""
        low = self.masked.lower()
        if len(low) != len(self.masked):  # a few letters lower-case to two characters ("İ")
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.masked)
        return low

    # ------------------------------------------------------- salutation
    @cached_property
    def salutation(self) -> Salutation | None:
        """The greeting of the first line, or None when the note opens without one."""
        if not self.lines:
            return None
        first = self.lines[0]
        line = self.text(first)
        m = _GREETING_RE.match(line)
        if m:
            rest = m.group("rest").rstrip()
            start = first.start + m.start("rest")
            if rest.lower() in ("again", "once again") and line[m.end() : m.end() + 1] == ",":
                # "Hello again, Jane,": the name comes after the filler
                after = re.match(r",[ \t]*([^,!:;\n—–]*)", line[m.end() :])
                if after and after.group(1).strip():
                    rest = after.group(1).rstrip()
                    start = first.start + m.end() + after.start(1)
            who = Span(start, start + len(rest)) if rest else None
            return Salutation(first, m.group("word").lower(), who)
        # "Jane," alone on the first line addresses Jane without a greeting word.
        bare = re.fullmatch(r"([^\W\d_][^,!:\n]{0,40}?)(?:[,!:]|[ \t]+[-–—])", line)
        if bare and len(bare.group(1).split()) <= 4:
            return Salutation(first, "", Span(first.start, first.start + len(bare.group(1))))
        # "Maria, thank you for...": the name opens the first sentence.
        inline = INLINE_NAME.match(line)
        if inline and self._name_like(inline.group(1)):
            return Salutation(first, "", Span(first.start, first.start + len(inline.group(1))))
        return None

    def _name_like(self, words: str) -> bool:
        """Words that read as a name: the recipient's, or not everyday English ("Yesterday")."""
        from afterview.check.lexicon import lexicon

        parts = {fold_accents(p) for p in name_parts(self.ctx.recipient_name)}
        common = lexicon().common
        return all(
            fold_accents(w) in parts or not common(w.lower()) or fold_accents(w) in HONORIFICS
            for w in words.split()
        )

    # ---------------------------------------------------------- sign-off
    @cached_property
    def signature(self) -> Span | None:
        """The line near the end that carries the candidate's name, if any."""
        parts = {fold_accents(p) for p in name_parts(self.ctx.candidate_name)}
        if not parts:
            return None
        for span in reversed(self.lines[-5:]):  # a signature block or a P.S. may follow
            words = {fold_accents(w) for w in WORD_RE.findall(self.text(span))}
            if len(self.text(span).split()) <= 8 and words & parts:
                return span
        if self.lines:
            last = self.lines[-1]
            tail = INLINE_SIGN_OFF.search(self.text(last))
            if tail and {fold_accents(w) for w in WORD_RE.findall(tail.group(1))} & parts:
                return Span(last.start + tail.start(1), last.start + tail.end(1))
        return None

    # ------------------------------------------------------------ words
    @cached_property
    def plain(self) -> bool:
        """The masked body has no letters outside ASCII: ASCII patterns read it fully."""
        return plain(self.masked)

    @cached_property
    def lower_words(self) -> list[tuple[int, int, str]]:
        """(start, end, word) for each word of the masked body (context names removed).

        The word is in lower case with straight apostrophes; offsets are into the body.
        """
        low = self.lower
        if "’" in low:
            low = low.replace("’", "'")  # same length: offsets hold
        # Lower-casing keeps every letter a letter (only "İ" grows, and :attr:`lower` keeps it),
        # so the lower-case text splits into the same words. Splitting with the word as a group
        # gives gap, word, gap, word...; running sums of their lengths are the offsets. No
        # match object is made, which halves the cost of the usual loop over matches.
        parts = (ASCII_WORD_SPLIT if self.plain else WORD_SPLIT).split(low)
        ends = list(accumulate(map(len, parts)))
        return list(zip(ends[0:-1:2], ends[1::2], parts[1::2], strict=True))

    @cached_property
    def lower_pairs(self) -> frozenset[tuple[str, str]]:
        """Each two neighbouring words of :attr:`lower_words`: triggers such as "last hope"."""
        return frozenset(pairwise(map(itemgetter(2), self.lower_words)))

    @cached_property
    def lower_word_set(self) -> frozenset[str]:
        """The distinct words of :attr:`lower_words`: one set test tells a rule to look further."""
        return frozenset(map(itemgetter(2), self.lower_words))
