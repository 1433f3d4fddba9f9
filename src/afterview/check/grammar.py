"""Grammar: the slips CASES.md lists, and no others.

Doubled words, its/it's, your/you're, their/there, a/an, "could of", a
lower-case "i", and a sentence that starts in lower case. Each pattern looks
at the words around the slip, so it fires on the error, not on the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice, pairwise
from operator import eq, itemgetter
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy
from afterview.check.phrases import compile_phrases, detect_phrases
from afterview.check.rule import Hit, Rule, word_set
from afterview.check.tone import SLANG_WORDS

if TYPE_CHECKING:
    from afterview.check.view import View

LOWER_I_WORDS = frozenset({"i", "i'm", "i've", "i'd", "i'll"})
DOUBLE_OK = frozenset(
    {"that", "had", "is", "bye", "no", "yes", "very", "so", "ha", "really", "cool"}
)


ITS = compile_phrases(
    [
        r"its (?:a|an|the|been|not|going|being|my|your|our|their|because|about time|true that|clear that|"
        r"obvious that|important to|hard to|easy to|great to|good to|nice to|exciting to|possible that|likely that)",
        r"its (?:clear|obvious|true|great|good|nice|important|exciting|wonderful|amazing|fine|ok|okay|possible|likely)(?= *[,.!?;])",
        *(
            rf"it{q}s (?:own|staff|employees|mission|members|customers|clients|patients|students|goals|culture|"
            r"values|products|services|policies|commitment|reputation|headquarters|team|office|people|leadership|"
            r"approach|history|record|future|growth|success|portfolio|tenants|residents|partners|community|brand|vision|"
            r"founders|board)"
            for q in "'’"
        ),
        r"its (?:okay|ok|fine|alright|all right) (?:to|if|that|with)",
        r"its'(?= )",
        r"its’(?= )",  # "its'" is neither form
    ],
    triggers=(
        "its a",
        "its the",
        "its been",
        "its being",
        "its because",
        "its not",
        "its going",
        "its my",
        "its your",
        "its our",
        "its their",
        "its true",
        "its clear",
        "its obvious",
        "its important",
        "its hard",
        "its easy",
        "its great",
        "its good",
        "its nice",
        "its exciting",
        "its possible",
        "its likely",
        "its wonderful",
        "its fine",
        "its ok",
        "it's ",
        "it’s ",
        "its'",
        "its’",
    ),
    gate=("its", "it's", "it’s"),
)
YOUR = compile_phrases(
    [
        # Not "your taking the time": a possessive before a gerund is correct and common in thanks.
        r"your (?:doing(?! so)|going to|welcome(?= *[,.!]| to)|not|a|an|the|probably|"
        r"so (?:kind|helpful|busy)|too kind|right(?= *[,.!] )|busy(?= *[,.!]))",
        *(
            rf"you{q}re (?:decision|application|team|time|company|interview|feedback|email|message|help|"
            r"organi[sz]ation|department|consideration|offer|note|letter|insights?|advice|patience|support|questions|"
            r"guidance|input|perspective|call|office|staff|work|candor|candour|hospitality)"
            for q in "'’"
        ),
    ],
    triggers=(
        "your doing",
        "your going to",
        "your welcome",
        "your not",
        "your a",
        "your the",
        "your probably",
        "your so ",
        "your too kind",
        "your right",
        "your busy",
        "you're ",
        "you’re ",
    ),
    gate=("your", "you're", "you’re"),
)
THERE = compile_phrases(
    [
        r"their (?:is|are|was|were|will be|has been|have been)(?! \w+ed\b)",
        *(
            rf"they{q}re (?:team|own|work|company|office|staff|decision|plans|goals|mission)"
            for q in "'’"
        ),
        # "they're clients seem": a noun and then a verb, so "they're" stands for "their"
        *(
            rf"they{q}re [a-z]+s (?:are|were|seem|seemed|have|love|loved|will|would|can|could|need|want)\b"
            for q in "'’"
        ),
        # "their" where a clause needs "they are": "their going to", "their not sure"
        r"their going to",
        r"their not (?:a|an|the|sure|going|hiring|looking|interested|ready)",
        r"their doing (?:well|great|fine|a great)",
        r"their getting (?:ready|close)",
        r"their being (?:so|very|really)",
        r"their so (?:kind|helpful|busy|good|great|nice|friendly|welcoming)",
    ],
    triggers=(
        "their is",
        "their are",
        "their was",
        "their were",
        "their will be",
        "their has been",
        "their have been",
        "their going to",
        "their not ",
        "their doing ",
        "their getting ",
        "their being ",
        "their so ",
        "they're ",
        "they’re ",
    ),
    gate=("their", "they're", "they’re"),
)
# A preposition takes a noun, never "it is" / "you are" / "they are": "proud of it's team" is a slip.
PREPOSITIONS = word_set(
    "of with about to in on from by into at through during for toward towards within without"
)
# After "it's" these make a sentence ("of it's a kind" is rare; "at it's best" is not): leave them.
AFTER_ITS_OK = word_set("a an the not been just also only very so all")
# "your" opening a clause that needs "you are": "I hope your having a good week". After other words
# ("I appreciate your having me") a possessive before an -ing word is correct.
CLAUSE_LEADS = word_set(
    "hope trust think know sure believe if since because while when that glad hear heard"
)
PROGRESSIVE = word_set(
    "having doing enjoying going getting feeling keeping staying settling recovering traveling travelling "
    "heading still already always"
)


def _contraction_after_preposition(
    view: View, rule: Rule, form: str, skip: frozenset[str] = frozenset()
) -> Iterator[Hit]:
    """ "of it's", "for you're", "with they're" and the like, followed by a word."""
    words, text = view.lower_words, view.masked
    for i in range(1, len(words) - 1):
        start, end, word = words[i]
        if word != form:
            continue
        p_start, p_end, before = words[i - 1]
        n_start, n_end, after = words[i + 1]
        if (
            before not in PREPOSITIONS
            or after in skip
            or text[p_end:start].strip()
            or text[end:n_start].strip()
        ):
            continue
        if form == "it's" and before == "for":
            continue  # "for it's true": old-fashioned, but correct
        yield Hit(p_start, n_end, f'"{view.body[p_start:n_end]}": {rule.message}')


def detect_its(view: View, rule: Rule) -> Iterator[Hit]:
    yield from detect_phrases(view, rule)
    if "it's" in view.lower or "it’s" in view.lower:
        yield from _contraction_after_preposition(view, rule, "it's", AFTER_ITS_OK)


def detect_your(view: View, rule: Rule) -> Iterator[Hit]:
    yield from detect_phrases(view, rule)
    low = view.lower
    if "you're" in low or "you’re" in low:
        yield from _contraction_after_preposition(view, rule, "you're")
    if "your " not in low:
        return
    words = view.lower_words
    for i in range(1, len(words) - 1):
        if words[i][2] != "your" or words[i - 1][2] not in CLAUSE_LEADS:
            continue
        after = words[i + 1][2]
        if after in PROGRESSIVE or (
            after in ("looking", "hiring") and i + 2 < len(words) and words[i + 2][2] == "for"
        ):
            start, end = words[i][0], words[i + 1][1]
            text = view.masked
            if text[words[i - 1][1] : start].strip() or text[words[i][1] : words[i + 1][0]].strip():
                continue  # punctuation between: not one clause
            yield Hit(
                start, end, f'"{view.body[start:end]}": {rule.message}', f'write "you\'re {after}"'
            )


# Things people own: "there" before one of these almost always means "their".
OWNED = word_set(
    "team teams own work decision office company attention staff feedback goals students patients "
    "customers clients users guests families kids children product products services program programme "
    "approach expertise care insight insights questions commitment dedication passion hospitality kitchen "
    "menu plans mission values craft business platform pipeline code tests data roadmap vision culture "
    "strategy process processes budget members employees colleagues managers leaders engineers nurses "
    "teachers department organisation organization community results success reputation priorities "
    "needs time knowledge experience enthusiasm support help advice"
)
# Words after which "there" + noun is a normal sentence: "is there time", "be there early".
THERE_OK_BEFORE = word_set("is are was were be been being get got over out up down in from")


def detect_there(view: View, rule: Rule) -> Iterator[Hit]:
    yield from detect_phrases(view, rule)
    if "they're" in view.lower or "they’re" in view.lower:
        yield from _contraction_after_preposition(view, rule, "they're")
    if "there" not in view.lower_word_set:
        return
    words = view.lower_words
    for i in range(len(words) - 1):
        start, _, word = words[i]
        if word != "there" or words[i + 1][2] not in OWNED:
            continue
        if i and words[i - 1][2] in THERE_OK_BEFORE:
            continue
        if view.masked[words[i][1] : words[i + 1][0]].strip():
            continue  # punctuation between: "there, work" is not "their work"
        end = words[i + 1][1]
        yield Hit(
            start,
            end,
            f'"{view.body[start:end]}": {rule.message}',
            f'write "their {words[i + 1][2]}"',
        )


_MODALS = ("could", "would", "should", "must", "might", "may")
COULD_OF = compile_phrases(
    [rf"{verb} of(?! course)" for verb in _MODALS], triggers=tuple(f"{verb} of" for verb in _MODALS)
)

# Words spelt with a vowel but said with a consonant, and silent-h words.
CONSONANT_SOUND = lazy(
    r"(?i)(?:one|once|eu|ewe|use|usu|usa|uti|ure|uro|ubiq|ukr|unanim|uni(?!n|mp|nf|nh|ns|nt|nv|dent))"
)
VOWEL_SOUND_H = lazy(r"(?i)(?:hour|honest|honou?r|heir)")
# The article's first letter comes before the look-behind, so the engine jumps from "a" to "a".
A_AN = lazy(r"(?P<art>[Aa](?<![\w'’-][Aa])n?)[ \t]+(?P<word>[^\W_][\w'’-]*)")
# Letter names that start with a vowel sound: "an MBA", "an SQL"... but "a SQL" ("sequel") too.
VOWEL_LETTERS = set("AEFHILMNORSX")


def _wants_an(word: str) -> bool | None:
    """True: "an"; False: "a"; None: either is usual or we cannot tell."""
    if (
        word.isupper()
        and len(word) >= 2
        and not (len(word) >= 4 and any(c in "AEIOU" for c in word[1:]))
    ):
        # an acronym read letter by letter (NASA, HIPAA, OSHA are read as words: below)
        if word.startswith("S"):
            return None  # SQL, SaaS: "a SQL" and "an SQL" are both in use
        return word[0] in VOWEL_LETTERS
    if len(word) > 2 and word[1] == "-" and word[0].isalpha():
        return word[0].upper() in VOWEL_LETTERS  # "an X-ray", "an e-commerce", "a T-shirt"
    if word[0].isdigit():
        return word.startswith("8") or re.match(r"1[18](?:\D|$|\d{3}(?!\d))", word) is not None
    low = word.lower()
    if low.startswith("h"):
        return (
            True
            if VOWEL_SOUND_H.match(low)
            else (None if low.startswith(("herb", "histor", "hotel")) else False)
        )
    if low[0] in "aeiou":
        return not CONSONANT_SOUND.match(low)
    return False


def detect_a_an(view: View, rule: Rule) -> Iterator[Hit]:
    for m in A_AN.finditer(view.masked):
        word = m.group("word")
        if len(word) == 1 or word[0] in "·":
            continue  # "a B grade", a masked name
        wants = _wants_an(word)
        have_an = m.group("art").lower() == "an"
        if wants is None or wants == have_an:
            continue
        right = (
            ("An" if m.group("art")[0] == "A" else "an")
            if wants
            else ("A" if m.group("art")[0] == "A" else "a")
        )
        yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}', f'write "{right} {word}"')


def detect_doubled(view: View, rule: Rule) -> Iterator[Hit]:
    # Neighbouring words, compared in lower case, with only spaces or tabs between them.
    words, text = view.lower_words, view.masked
    lows = list(map(itemgetter(2), words))
    if not any(map(eq, lows, islice(lows, 1, None))):
        return  # no word follows itself: settled without a loop in Python
    for (s1, e1, w1), (s2, e2, w2) in pairwise(words):
        if (
            w1 == w2
            and w1 not in DOUBLE_OK
            and not w1.isdigit()
            and text[e1:s2].strip(" \t") == ""
            and e1 < s2
            and not (
                text[s1].isupper() and text[s2].isupper()
            )  # "Bora Bora", "Walla Walla": a name
        ):
            yield Hit(
                s1, e2, f'"{view.body[s1:e2]}": {rule.message}', f'write "{view.body[s1:e1]}" once'
            )


ABBREVIATION = lazy(
    r"(?i)(?:\b\w+\.\w+\.|\.\.|…|\b(?:[a-z]\.){2,}|\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|dept|no|nos|mr|mrs|ms|dr|st|jr|sr|inc|ltd|co|"
    r"corp|fig|cf|ca|al|est|ext|min|max|hr|hrs|sec|vol|pp|ed|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|ave|blvd|rd|prof|gen|col|lt|sgt|univ|assn|bros|p\.m|a\.m)\.)$"
)


def detect_lower_i(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    for start, end, low in view.lower_words:
        if low not in LOWER_I_WORDS or text[start] != "i":
            continue
        word = text[start:end]
        if word.replace("’", "'") != low:
            continue  # "i'M": not the lower-case "i" this rule is about
        before = text[start - 1 : start]
        after = text[end : end + 1]
        if before in (".", "(", "-", "'", "’") or after in (".", ")", "-"):
            continue  # "i.e.", "(i)", list markers
        yield Hit(start, end, f'"{word}": {rule.message}', f'write "I{word[1:]}"')


AFTER_STOP = lazy(r"[.!?][\"'”’)\]]*[ \t]+([a-z][\w'’]*)")
LOWER_WORD = lazy(r"[a-z][\w'’]*")
WEB = lazy(r"(?:https?|www)\b")


def detect_sentence_case(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    # After a full stop, question or exclamation mark, within a line.
    for m in AFTER_STOP.finditer(text):
        word = m.group(1)
        if (
            word in SLANG_WORDS  # text-speak is informal only
            or word.replace("’", "'") in LOWER_I_WORDS
            or any(map(str.isupper, word))
            or ABBREVIATION.search(text[max(0, m.start() - 12) : m.start() + 1])
        ):
            continue
        yield Hit(
            m.start(1),
            m.end(1),
            f'"{word}": {rule.message}',
            f'write "{word[0].upper()}{word[1:]}"',
        )
    # At the start of a paragraph, or of a line after a finished sentence.
    lines = view.lines
    for i, span in enumerate(lines):
        if i == 0:
            continue  # the salutation line: "hey jane" is informal, not a sentence
        if not "a" <= text[span.start] <= "z":
            continue  # the usual case: the line starts with a capital or a mark
        prev = view.text(lines[i - 1])
        gap = text[lines[i - 1].end : span.start].count("\n") > 1
        if not (gap or prev.endswith((".", "!", "?")) or (i == 1 and view.salutation is not None)):
            continue  # a sentence wrapped onto this line: it did not start here
        word_m = LOWER_WORD.match(text, span.start, span.end)
        if word_m is None:
            continue
        word = word_m.group()
        if (
            word in SLANG_WORDS
            or word.replace("’", "'") in LOWER_I_WORDS
            or any(map(str.isupper, word))
            or WEB.match(word)
        ):
            continue
        yield Hit(
            span.start,
            span.start + len(word),
            f'"{word}": {rule.message}',
            f'write "{word[0].upper()}{word[1:]}"',
        )


GRAMMAR_NOTE = (
    "Dear Jane,\n\nThank you. It's clear that its own team is strong.\n\nBest,\nPriya Raman"
)
RULES = (
    Rule(
        "grammar.doubled-word",
        "grammar",
        "a word written twice",
        "delete one of them",
        detect=detect_doubled,
        reason="A doubled word ('the the') is a proofreading slip a reader spots at once.",
        flags=("I would be a good fit for the the library.", "It was was great."),
        passes=(GRAMMAR_NOTE, "I knew that that decision was hard.", "She had had a long day."),
    ),
    Rule(
        "grammar.its",
        "grammar",
        "its/it's confused",
        '"it\'s" means "it is"; "its" means "belonging to it"',
        detect=detect_its,
        data=ITS,
        reason="its/it's is among the most noticed slips in written English.",
        flags=(
            "Its clear that the team cares.",
            "The company and it's mission impressed me.",
            "Its been a pleasure.",
            "I am proud of it's record.",
            "I think it's team is great.",
            "I hope its okay to send this.",
            "I admire the firm and its' tenants.",
        ),
        passes=(GRAMMAR_NOTE, "The team takes pride in its work.", "It's been a pleasure."),
    ),
    Rule(
        "grammar.your",
        "grammar",
        "your/you're confused",
        '"you\'re" means "you are"; "your" means "belonging to you"',
        detect=detect_your,
        data=YOUR,
        reason="your/you're is a slip readers notice at once.",
        flags=(
            "I hope your doing well.",
            "Thank you for you're decision.",
            "Your welcome to call me.",
            "I hope your having a good week.",
            "Thank you for you're help.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I hope you're doing well.",
            "Thank you for your decision.",
            "Your team was welcoming.",
            "I know your hiring process is thorough.",
            "I appreciate your taking the time.",
        ),
    ),
    Rule(
        "grammar.there",
        "grammar",
        "their/there/they're confused",
        '"their" is belonging to them; "there" a place; "they\'re" means "they are"',
        detect=detect_there,
        data=THERE,
        reason="their/there/they're is a slip readers notice at once.",
        flags=(
            "The captains impressed me with there attention to detail.",
            "Their is a lot to do.",
            "Your team clearly knows there craft.",
            "I can tell their going to love it.",
            "The agents and they're clients seem happy.",
            "I admire them and they're work.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "There is a lot to do.",
            "Their attention to detail impressed me.",
            "Is there time for a call? I'll be there early; over there, work was busy.",
            "They're hiring across several teams.",
            "I'm excited about their going public next year.",
        ),
    ),
    Rule(
        "grammar.a-an",
        "grammar",
        '"a" and "an" go by the sound of the next word',
        'use "an" before a vowel sound, "a" before a consonant sound',
        detect=detect_a_an,
        reason="'a honest assessment' or 'an great team' trips the reader.",
        flags=(
            "I would value a honest assessment.",
            "It was an great day.",
            "I hold a MBA.",
            "It is an unique role.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I would value an honest assessment.",
            "It is a unique role and an hour well spent.",
            "I hold an MBA and a CPA; I wrote a SQL query and an SQL report.",
            "a European team, an 8-hour shift",
        ),
    ),
    Rule(
        "grammar.could-of",
        "grammar",
        '"could of" is "could have"',
        'write "could have" (or "could\'ve")',
        detect=detect_phrases,
        data=COULD_OF,
        reason="'could of' is how 'could've' sounds, not how it is written.",
        flags=("I could of explained it better.", "I should of asked."),
        passes=(GRAMMAR_NOTE, "I could have explained it better.", "I could of course send more."),
    ),
    Rule(
        "grammar.lower-i",
        "grammar",
        '"I" written in lower case',
        'write "I"',
        detect=detect_lower_i,
        reason="A lower-case 'i' reads as texting.",
        flags=("The team was great, and i can see why.", "Thanks, i'm keen."),
        passes=(GRAMMAR_NOTE, "Examples (i) and (ii), i.e. both.", "I was glad."),
    ),
    Rule(
        "grammar.sentence-case",
        "grammar",
        "a sentence that starts in lower case",
        "start the sentence with a capital",
        detect=detect_sentence_case,
        reason="A sentence in lower case looks dashed off.",
        flags=(
            "Thank you for the update. it was a pleasure.",
            "Dear Jane,\n\nthank you for today.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "We met at 2 p.m. about the role, e.g. the rota.",
            "See www.example.com.\n\nThanks.",
            "Our wrapped paragraph goes on\nover two lines like this.",
        ),
    ),
)
