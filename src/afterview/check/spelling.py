"""Spelling, against pyspellchecker's English dictionary plus the context's own words.

Accepted without a dictionary entry: names, company, position and topics from
the context; the user's word list (``check.words``); the bundled professional
vocabulary (``data/vocabulary.txt``); British spellings whose American form is
in the dictionary; acronyms and other words in capitals; CamelCase product
names; capitalised words inside a sentence (proper nouns); words with accents.
Text-speak is left to the informal rule (CASES.md: "lmk" is informal only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from afterview.check.address import near_miss
from afterview.check.grammar.case import ABBREVIATION
from afterview.check.lazy import lazy
from afterview.check.phrases import Phrases
from afterview.check.placeholder import slot_spans
from afterview.check.rule import Example, Hit, Rule, word_set
from afterview.check.tone.informal import slang, stretched
from afterview.check.view import WORD_RE, fold_accents, name_parts, name_words

if TYPE_CHECKING:
    from afterview.check.context import CheckContext
    from afterview.check.lexicon import Lexicon
    from afterview.check.view import View

# British endings and their American forms, tried in turn on an unknown word.
BRITISH = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ence", "ense"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("mme", "m"),
    ("mmes", "ms"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("llers", "lers"),
    ("llor", "lor"),
    ("ement", "ment"),
    ("eing", "ing"),
    ("l", "ll"),
    ("ls", "lls"),
    ("lment", "llment"),
)
# Always wrong, even where a rare dictionary entry exists ("calender" is a machine).
# Also forms the affix and compound rules below would wrongly accept ("true" + "ly").
MISSPELT = {
    "alot": "a lot",
    "calender": "calendar",
    "recieve": "receive",
    "untill": "until",
    "thier": "their",
    "wich": "which",
    "teh": "the",
    "tommorrow": "tomorrow",
    "truely": "truly",
    "duely": "duly",
    "wholy": "wholly",
    "everytime": "every time",
    "infact": "in fact",
    "aswell": "as well",
    "eachother": "each other",
    "incase": "in case",
    "noone": "no one",
    "alright": "all right",
    "arguement": "argument",
    "judgemental": "judgmental",
    # Rare or archaic dictionary words that in a note are nearly always a slip for a common one.
    "wether": "whether",
    "irregardless": "regardless",
    "publically": "publicly",
    "youre": "you're",
    "eventhough": "even though",
    "atleast": "at least",
    "thankyou": "thank you",
    "alittle": "a little",
    "ofcourse": "of course",
    "wholely": "wholly",
    "fourty": "forty",
}
# A short courtesy in another language, common in notes: not misspelt English.
COURTESY = Phrases(
    "spelling.courtesy",
    [
        r"merci(?: beaucoup| bien)?",
        r"(?:muchas )?gracias",
        r"(?:muito )?obrigad[oa]",
        r"(?:danke(?: schön| schon| sehr)?|vielen dank)",
        r"grazie(?: mille)?",
        r"diolch(?: yn fawr)?",
        r"go raibh maith agat",
        r"(?:dhanyavaad|dhanyavad|dhanyawad|shukriya|shukran|nandri|nanri)",
        r"asante(?: sana)?",
        r"(?:arigato|arigatou)(?: gozaimasu)?",
        r"(?:xie xie|xièxie|kamsahamnida|cảm ơn|salamat po|salamat|terima kasih)",
        r"(?:dank je(?: wel)?|dank u(?: wel)?|tack(?: så mycket)?|kiitos|takk|mange tak)",
        r"(?:spasibo|dziękuję|dekuji|děkuji|köszönöm|teşekkürler|efharisto|mahalo|toda raba)",
        r"(?:namaste|namaskar|vanakkam|sat sri akal|salaam|shalom|kia ora|ngā mihi|nga mihi)",
        r"(?:un abrazo|saludos(?: cordiales)?|cordialement|bien à vous|atentamente|"
        r"cumprimentos)",
        r"(?:mit freundlichen grüßen|beste grüße|viele grüße|liebe grüße|a presto)",
    ],
)
CONTRACTIONS = frozenset({"ve", "d", "ll", "re", "m", "s"})
PREFIXES = word_set(
    "re un pre co non over under multi sub inter cross counter self mis de dis out up semi "
    "post "
    "pro "
    "anti auto micro mini bio tele cyber eco geo neuro hyper meta"
)
SUFFIXES = (
    ("ly", ""),
    ("ness", ""),
    ("ment", ""),
    ("ers", ""),
    ("er", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("s", ""),
    ("es", ""),
    ("ability", "able"),
    ("ize", ""),
    ("ise", ""),
    ("ation", "e"),
    ("ation", ""),
    ("ations", "e"),
    ("ations", ""),
)
# A stem ending vowel-consonant doubles the consonant before "-ed"/"-ing" ("occurred", "beginning"):
# such forms are left to the dictionary, so "occured" and "begining" stay misspellings.
DOUBLING = lazy(r"(?:^|[^aeiou])[aeiou][bcdfgklmnprtvz]$")
MAX_WORD = 30  # longer tokens are not words; no suggestion is worth computing for them
MAX_SUGGESTIONS = 30  # per note: past that, the words are flagged without a guess
DOMAIN = lazy(r"\.(?:com|org|net|io|edu|gov|co|uk|de)\b")
SENTENCE_END = lazy(r"[.!?:;\"“”(\[—–-]\s*$|^\s*$")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    # Beside this module (package data); importlib.resources would cost more than the read.
    text = (Path(__file__).parent / "data" / "vocabulary.txt").read_text(encoding="utf-8")
    return frozenset(
        ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")
    )


def american(word: str, words: Lexicon) -> bool:
    """True when ``word`` is a British spelling of a dictionary word."""
    if "our" in word and word.replace("our", "or") in words:
        return True
    if ("ae" in word or "oe" in word) and word.replace("ae", "e").replace("oe", "e") in words:
        return True  # paediatric, anaesthetist, leukaemia, oedema, gynaecology
    for british, us in BRITISH:
        if word.endswith(british) and word[: -len(british)] + us in words:
            return True
    return False


def known(word: str, words: Lexicon, extra: frozenset[str]) -> bool:
    if word in words or word in extra:
        return True
    base = word.removesuffix("'s").removesuffix("'")
    if base != word and (base in words or base in extra):
        return True
    stem, apostrophe, ending = word.rpartition("'")
    if apostrophe and ending in CONTRACTIONS and stem in words:
        return True  # "could've", "that'll", "there'd"
    return american(base, words) or derived(base, words)


def _one_slip_from(word: str, words: Lexicon) -> bool:
    """True when deleting one letter gives a dictionary word: "gratefull", "wellcome", "passtime".

    A compound or derived form that is one stray letter away from a real
    word is far likelier a typo of that word than a new coinage.
    """
    if word.endswith(("full", "fulls")):
        return True  # the suffix is "-ful": "greatfull", "thankfull"
    return any(word[:i] + word[i + 1 :] in words for i in range(len(word)))


def derived(word: str, words: Lexicon) -> bool:
    """A regular derivation or compound of dictionary words: "rebalance", "cheesemaker"."""
    for suffix, repl in SUFFIXES:
        stem = word[: -len(suffix)] + repl
        if not word.endswith(suffix) or len(stem) < 4:
            continue
        if suffix[0] in "aeiou" and not repl and DOUBLING.search(stem):
            continue
        if stem in words:
            return True
    for prefix in PREFIXES:
        rest = word[len(prefix) :].lstrip("-")
        # the rest an everyday word: "rebalance" yes, "mispell" ("mis" + the rare "pell") no
        if word.startswith(prefix) and len(rest) >= 4 and words.common(rest):
            return not _one_slip_from(word, words)
    if any(words.common(word[:i]) and words.common(word[i:]) for i in range(4, len(word) - 3)):
        return not _one_slip_from(word, words)
    return False


def suggest(word: str, words: Lexicon) -> tuple[str, int] | None:
    """The likeliest common word one edit away (or two), and that number of edits."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    # Suggestions come from the frequent words only: one set operation, and the likely intent.
    found = edits & words.common_words
    distance = 1
    if not found:  # two edits, but only deletions after the first: cheap and usually enough
        seconds = {e2 for e in edits for e2 in (e[:i] + e[i + 1 :] for i in range(len(e)))}
        found = seconds & words.common_words
        distance = 2
    if not found:
        return None
    return min(found, key=lambda w: (words.rank(w), w)), distance


def _address(token: str) -> bool:
    """A web or email address: its parts are not words to spell."""
    return (
        "://" in token
        or token.startswith("www.")
        or "@" in token
        or DOMAIN.search(token) is not None
    )


def _tool_name(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated tool name built on a technical word: "pytest-rerunfailures"."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    token = text[left : right if right >= 0 else len(text)].strip(".,;:!?()\"'")
    if "-" not in token:
        return False
    tech = vocabulary()
    return any(part.lower() in tech for part in token.split("-") if part)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    line_start = text.rfind("\n", 0, start) + 1
    if not (
        start == line_start
        or not text[line_start:start].strip()
        or bool(SENTENCE_END.search(before))
    ):
        return False  # mid-sentence: the usual case, settled before the longer pattern below
    # "Ms. Nowicki": a name after a title, not a new sentence
    return not ABBREVIATION.search(text[max(0, start - 12) : start].rstrip())


# Prefixes written apart or with a hyphen: "pre-read", "pre- and post-op", "co-ordinate".
PREFIX_WORDS = word_set(
    "pre post co non multi sub inter intra mid semi ex re un de mis anti auto micro macro mini "
    "bio eco geo cyber tele neuro hyper meta omni pan pro quasi ultra uni tri bi poly mono"
)
# Clipped words and suffixes that stand after a hyphen: "post-op", "fifty-ish", "wi-fi".
AFTER_HYPHEN = word_set("op ops ish esque fi")


def _affix(text: str, start: int, end: int) -> bool:
    """A prefix before a hyphen or another word, or a clipped word after a hyphen."""
    word = text[start:end].lower()
    if word in PREFIX_WORDS:
        after = text[end : end + 1]
        return after == "-" or (after == " " and text[end + 1 : end + 2].isalpha())
    return word in AFTER_HYPHEN and text[start - 1 : start] == "-"


def _named_here(text: str, start: int, end: int) -> bool:
    """A capitalised word that the note treats as a name: another capitalised word follows it
    ("Wagga Wagga", "Trois Rivières"), or it is capitalised again inside a sentence."""
    after = text[end : end + 2]
    if after[:1] in (" ", "-") and after[1:2].isupper():
        return True
    word = text[start:end]
    at = text.find(word, end)
    while at >= 0:
        if not _sentence_start(text, at):
            return True
        at = text.find(word, at + 1)
    return False


NAME_LINE = lazy(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}[ \t]*")


def _name_line(text: str, start: int) -> bool:
    """A line of one to four capitalised words and nothing else: a name under a sign-off."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", start)
    line = text[left : right if right >= 0 else len(text)].strip()
    return (
        NAME_LINE.fullmatch(line) is not None
        and all(w[0].isupper() for w in line.split())
        and text[:left].rstrip().endswith(",")
    )


@lru_cache(maxsize=64)
def _context_words(
    ctx: CheckContext, names: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str]]:
    """Words spelling accepts from the context, and the recipient's name parts (folded)."""
    texts = (*ctx.topics, *ctx.words, ctx.recipient_title or "")
    accepted = vocabulary() | name_words(names)
    accepted |= {fold_accents(w) for text in texts for w in WORD_RE.findall(text)}
    accepted |= {fold_accents(w) for w in ctx.words}
    return accepted, frozenset(fold_accents(p) for p in name_parts(ctx.recipient_name))


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    from afterview.check.lexicon import lexicon

    words = lexicon()
    # Most words of any note are common ones: two set operations leave the few worth a look.
    vocab = view.lower_word_set
    rare = (vocab - words.common_words) | (vocab & MISSPELT.keys())
    if not rare:
        return
    extra, recipient = _context_words(view.ctx, tuple(view.entity_names))
    text = view.masked
    skipped = []
    if "@" in text or "://" in text or "www." in text or DOMAIN.search(text):
        skipped = [m.span() for m in re.finditer(r"\S+", text) if _address(m.group())]
    skipped += slot_spans(text)  # "Lorem ipsum dolor...": a slot, not misspelt words
    skipped += [m.span() for m in COURTESY.matches(view)]  # "Merci beaucoup", "Diolch yn fawr"
    informal = {s for s, _ in slang(view)} | {s for s, _ in stretched(view)}
    suggested = 0  # a note with hundreds of unknown words gets suggestions for the first few
    for start, end, lower in view.lower_words:
        if lower not in rare:
            continue
        token = text[start:end].replace("’", "'")
        if len(token) < 2 or start in informal or not token.isascii():
            continue
        if text[start - 1 : start].isdigit() or text[end : end + 1].isdigit():
            continue  # "20th", "2pm", "B2B": letters glued to numbers
        if token.isupper() or any(map(str.isupper, token[1:])):
            continue  # SQL, HIPAA, HubSpot, PostgreSQL
        if any(s <= start < e for s, e in skipped):
            continue
        if lower in MISSPELT:
            yield Hit(start, end, f'"{token}" is misspelt', f'write "{MISSPELT[lower]}"')
            continue
        if token[0].isupper() and (not _sentence_start(text, start) or _name_line(text, start)):
            continue  # a proper noun we cannot know, or a name signing the note
        if known(lower, words, extra) or _tool_name(text, start, end) or _affix(text, start, end):
            continue
        if any(near_miss(fold_accents(token), p) for p in recipient):
            continue  # a misspelt recipient name is wrong-name, not spelling
        found = None
        if len(lower) <= MAX_WORD and suggested < MAX_SUGGESTIONS:
            found = suggest(lower, words)
            suggested += 1
        fix = found[0] if found else None
        if token[0].isupper():
            if found is None or found[1] > 1 or _named_here(text, start, end):
                continue  # a name we cannot know ("Noida", "Wagga Wagga"), not a typo
            fix = found[0].capitalize()
        yield Hit(
            start,
            end,
            f'"{token}" is not in the dictionary',
            f'did you mean "{fix}"?'
            if fix
            else "check the spelling, or add the word to check.words",
        )


RULES = (
    Rule(
        "spelling.unknown",
        "spelling",
        "a misspelt word",
        "correct the spelling",
        detect=detect,
        reason="A typo in a note about attention to detail is the detail the reader remembers.",
        flags=(
            "I beleive I would fit.",
            "I have alot of experience.",
            "Thank you for the oppurtunity.",
            "Teh team was great.",
            "It occured to me at the begining.",
            "I am truly greatfull.",
            "You are wellcome to call.",
            "I would love to intergrate it.",
            "Dear Jane,\n\nThank you.\n\nSincerly,\nPriya",
            "Thank you for the pre-interveiw call.",
            "Unfortunatly I missed it. Definately next time.",
        ),
        passes=(
            "I know Kubernetes, PostgreSQL and Epic EHR well.",
            "The organisation's programme centre was a great colour.",
            "I analysed the catalogue and travelled to the theatre.",
            "I hold a CPA and know SQL and HIPAA.",
            "I enjoyed meeting Małgorzata and Søren at the café.",
            "Django runs our site. Kinaxis plans supply. My inbox is open.",
            "Any news? lmk, sooo keen!",
            "Dear Jane,\n\nThank you.\n\nBest,\nSunita",
            "The cafe triages orders; we onboarded two baristas.",
            "We rebalanced shards reactively; a cheesemaker's centrifugation ran in a "
            "biosafety "
            "cabinet.",
            "Merci beaucoup for your time, and muchas gracias to the team. Diolch yn fawr!",
            "A short pre-read helps; pre- and post-op checks; we co-ordinate multi-site work.",
            "Leukaemia, oedema and gynaecology wards. Noida is my home. Wagga Wagga too.",
            "I enjoyed it. Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
            "Loved the convo re: night shifts, abt the rota.",
            Example("I loved the flurbix rollout.", context={"words": ["flurbix"]}),
            Example(
                "I enjoyed the makerspace and the Quixotrel pipeline.",
                context={"topics": ["the quixotrel pipeline"]},
            ),
        ),
    ),
)
