"""Informal tone: slang and text-speak, emoji, emoticons, "Hey", shouting, "!!", "sooo".

Phrases are matched on the masked body (context names blotted out), so a
company called "Thanks Inc." is neither thanks nor slang.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.examples import THANK_YOU_NOTE
from afterview.check.lazy import lazy
from afterview.check.phrases import Phrases, detect_regex
from afterview.check.rule import Hit, Rule, word_set
from afterview.check.view import plain

if TYPE_CHECKING:
    from afterview.check.view import View

# Single words of slang and text-speak, looked up in a set (one pass over the words).
SLANG_WORDS = frozenset(
    (
        "lol",
        "lmao",
        "rofl",
        "lmk",
        "ngl",
        "tbh",
        "btw",
        "omg",
        "idk",
        "imo",
        "imho",
        "thx",
        "thnx",
        "thanx",
        "ty",
        "pls",
        "plz",
        "ur",
        "u",
        "cya",
        "brb",
        "tho",
        "cuz",
        "coz",
        "gr8",
        "b4",
        "luv",
        "gonna",
        "wanna",
        "gotta",
        "kinda",
        "sorta",
        "dunno",
        "lemme",
        "gimme",
        "ya",
        "yeah",
        "yep",
        "yup",
        "nope",
        "nah",
        "awesome",
        "stoked",
        "pumped",
        "psyched",
        "bummed",
        "dude",
        "guys",
        "y'all",
        "totally",
        "wow",
        "yay",
        "xoxo",
        "xx",
        "xo",
        "hugs",
        "haha",
        "hahaha",
        "hehe",
        "woohoo",
        "dope",
        "tmrw",
        "tmr",
        "ttyl",
        "tbf",
        "smh",
        "irl",
        "tysm",
        "ikr",
        "nvm",
        "hmu",
        "omw",
        "legit",
        "lowkey",
        "bestie",
        "bruh",
        "bro",
        "fam",
        "totes",
        "gotcha",
        "ain't",
        "vibes",
        "hyped",
        "amazeballs",
        # notes to self left in the note
        "convo",
        "convos",
        "abt",
        "stuff",
        "thru",
        "bc",
        "ppl",
        "msg",
        "asap'd",
    )
)
KISSES = frozenset({"xx", "xo"})  # in capitals, "XX" is a template slot instead
# Slang of more than one word.
SLANG_PHRASES = Phrases(
    "informal.slang",
    [
        r"a ton",
        r"tons of",
        r"r u",
        r"no worries",
        r"no prob(?:lem|s)?!",
        r"crushed (?:it|my \w+|the \w+)",
        r"killed it",
        r"(?:super|so|pretty|really|very|that's|that is) cool",
        r"cool stuff",
        r"super (?!bowl|user|admin|market|computer|store)[a-z]+",
        r"cool,? cool",
        r"no cap",
        r"my bad",
        r"hit me up",
        r"had a blast",
        r"thanks a bunch",
        r"thanks a million",
        r"thanks heaps",
        # "chill" as praise; "a chill in the air" and "chill chain" are plain English
        r"(?:is|are|was|were|seems?|seemed|felt|feels|looks?|looked|sounds?|sounded) (?:really "
        r"|so "
        r"|super |pretty |very |totally )?chill",
    ],
)


def _kiss(text: str, start: int, end: int) -> bool:
    """ "xx" in lower case at the end of a line ("See you soon xx"); elsewhere it is a slot."""
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    return text[start:end].islower() and not rest.strip(" .!,")


def slang(view: View) -> list[tuple[int, int]]:
    """Spans of slang: words from :data:`SLANG_WORDS`, then the phrases (once per view)."""
    spans = view.shared.get("slang")
    if spans is None:
        spans = [
            (start, end)
            for start, end, word in (
                () if SLANG_WORDS.isdisjoint(view.lower_word_set) else view.lower_words
            )
            if word in SLANG_WORDS
            and (word not in KISSES or _kiss(view.masked, start, end))
            and not (end - start <= 2 and view.masked[start:end].isupper())  # "U.S.", "UR", "TY"
        ]
        spans += [m.span() for m in SLANG_PHRASES.matches(view)]
        view.shared["slang"] = spans
    return spans  # type: ignore[return-value]


def detect_slang(view: View, rule: Rule) -> Iterator[Hit]:
    for start, end in slang(view):
        yield Hit(start, end, f'"{view.masked[start:end]}": {rule.message}')


# Shorthand of notes to self: "the convo re: night shifts -> I can help w/o extra cost".
NOTE_SHORTHAND = lazy(r"(?<=[a-z] )re:(?= )|(?<=\s)->(?=\s)|(?<![\w/])(?:w/o|w/|b/c)(?![\w/])")


def detect_note_shorthand(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    if "re:" in text or "->" in text or "/" in text:
        yield from detect_regex(view, rule)


EMOJI = lazy("[\U0001f300-\U0001faff\U0001f000-\U0001f2ff\u2600-\u27bf\u2b50\u2b55\u2764\ufe0f]+")
EMOTICON = lazy(
    r"(?<![\w:/])(?::-?\)+|:-?\(+|;-?\)|:-?[DPp](?!\w)|<3|\^_\^|:-?/(?!/)|[xX]D(?!\w)|:'\()"
)
EXCLAMATIONS = lazy(r"[!?]*(?:!!|\?\?|!\?|\?!)[!?]*")
STRETCHED = lazy(r"([^\W\d_])\1\1")  # three of a letter; the word around it is found by hand
LETTERS = lazy(r"[^\W\d_]*")
STRETCHED_ASCII = lazy(r"([A-Za-z])\1\1")  # the same, for text whose letters are all ASCII
LETTERS_ASCII = lazy(r"[A-Za-z]*")
# A capital first, the look-behind after it: the engine then jumps from capital to capital.
CAPS = lazy(r"[A-Z](?<![\w'’][A-Z])[A-Z'’]*[A-Z](?![\w'’])")
CASUAL_GREETINGS = frozenset({"hey", "heya", "hiya", "howdy", "yo", "sup"})
# Capitalised words that are acronyms or template slots, not shouting.
NOT_SHOUTING = word_set(
    "ASAP REST SOAP AGILE LEAN SCRUM JAVA BASIC COBOL LINUX UNIX SWIFT CAT PET SAT ACT GAP "
    "AIM CAN SAP SAS LAN WAN RAM ROM CAD CAM POS ATM DOT ICU NICU CPR NATO NASA COVID HIPAA "
    "OSHA FEMA GAAP HVAC SCUBA LASER RADAR SONAR WASP TEAM BAR PIN OPS DEV MOD WIN MASH"
)
EMPHATIC = word_set(
    "amazing awesome really very super extremely incredibly totally absolutely love loved "
    "great "
    "huge "
    "excited thrilled best perfect incredible fantastic wonderful important urgent please "
    "thanks "
    "thank "
    "need must never always every everything so much happy sorry such truly definitely "
    "honestly "
    "seriously "
    "genuinely highly hugely deeply especially grateful appreciate cannot wait"
)
EMPHATIC_SHORT = frozenset(
    ["NOT", "YES", "WOW", "BIG", "ALL", "AND", "THE", "YOU", "HOT", "NEW", "NOW"]
)


def stretched_words(text: str) -> Iterator[tuple[int, int]]:
    """Spans of words with a letter three times in a row ("sooo"), each word once."""
    end = 0
    stretched, letters = (STRETCHED_ASCII, LETTERS_ASCII) if plain(text) else (STRETCHED, LETTERS)
    for m in stretched.finditer(text):
        if m.start() < end:
            continue
        start = m.start()
        while start > 0 and (text[start - 1].isalpha()):
            start -= 1
        end = letters.match(text, m.end()).end()  # type: ignore[union-attr]
        word = text[start:end]
        if word.isupper() or word.lower().startswith("www"):
            continue  # roman numerals, "XXX" slots, web addresses
        yield start, end


def stretched(view: View) -> list[tuple[int, int]]:
    """:func:`stretched_words` of the masked body, computed once per view."""
    spans = view.shared.get("stretched")
    if spans is None:
        spans = view.shared["stretched"] = list(stretched_words(view.masked))
    return spans  # type: ignore[return-value]


def detect_stretched(view: View, rule: Rule) -> Iterator[Hit]:
    for start, end in stretched(view):
        yield Hit(start, end, f'"{view.masked[start:end]}": {rule.message}')


def detect_casual_greeting(view: View, rule: Rule) -> Iterator[Hit]:
    sal = view.salutation
    if sal and sal.word in CASUAL_GREETINGS:
        end = sal.line.start + len(sal.word)
        yield Hit(sal.line.start, end, f'"{view.body[sal.line.start : end]}": {rule.message}')


def detect_shouting(view: View, rule: Rule) -> Iterator[Hit]:
    from afterview.check.lexicon import lexicon
    from afterview.check.placeholder import SLOT_WORDS

    words = lexicon()
    ctx = view.ctx
    # "WASH Field Coordinator": a word the file writes in capitals is its own acronym
    theirs = " ".join([ctx.position or "", ctx.company or "", *ctx.topics, *ctx.words])
    own = {m.group() for m in CAPS.finditer(theirs)} if theirs.strip() else set()
    shouted: list[re.Match[str]] = []
    for m in CAPS.finditer(view.masked):
        word = m.group().replace("’", "'")
        if word in NOT_SHOUTING or word in SLOT_WORDS or len(word) < 3 or word in own:
            continue
        lower = word.lower()
        # A real word written in capitals; an acronym such as SQL or HIPAA is not one.
        if word in EMPHATIC_SHORT or lower in EMPHATIC or (len(word) >= 4 and words.common(lower)):
            shouted.append(m)
    # One capitalised everyday word may be a programme's name ("STEM", "CARE"); an emphatic
    # word, or two or more capitalised words, is shouting.
    if len(shouted) >= 2 or any(
        m.group().lower() in EMPHATIC or m.group() in EMPHATIC_SHORT for m in shouted
    ):
        for m in shouted:
            yield Hit(m.start(), m.end(), f'"{m.group()}": {rule.message}')


# Cheap tests first: most notes hold no emoji, no ":" or ";", no doubled mark.
def detect_emoji(view: View, rule: Rule) -> Iterator[Hit]:
    if not view.plain:  # every emoji lies outside ASCII (and is neither the mask nor "’")
        yield from detect_regex(view, rule)


def detect_emoticon(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    if any(mark in text for mark in (":", ";", "<3", "^_^", "xD", "XD")):
        yield from detect_regex(view, rule)


def detect_exclamations(view: View, rule: Rule) -> Iterator[Hit]:
    text = view.masked
    if any(mark in text for mark in ("!!", "??", "!?", "?!")):
        yield from detect_regex(view, rule)


RULES = (
    Rule(
        "tone.informal.slang",
        "informal",
        "slang or text-speak reads as too casual for a hiring note",
        "write the words out in plain professional English",
        detect=detect_slang,
        reason="Text-speak and slang ('lmk', 'ngl', 'awesome', 'a ton') read as careless in a "
        "note "
        "that is part of an application.",
        flags=(
            "Thanks a ton for today.",
            "Any news? lmk!",
            "It was awesome meeting the team.",
            "I'm super excited about it.",
            "It was great chatting, ttyl.",
            "The office seems really chill.",
            "Cool cool, talk soon.",
            "Loved the convo about the rota.",
            "Just wondering abt the timeline.",
            "I can send over the stuff we talked about.",
            "Thanks so much, see you soon xx",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I would be glad to help the team cool the data centre.",
            "Thanks Inc. was a client of mine.",
            "The chill chain for the cafe is handled by a vendor.",
            "My interview on the xx of April went well.",
        ),
    ),
    Rule(
        "tone.informal.shorthand",
        "informal",
        "shorthand from notes to self",
        'write it out: "about", "without", "because"',
        detect=detect_note_shorthand,
        data=NOTE_SHORTHAND,
        reason="'re:', '->' and 'w/o' are how people write notes to themselves; left in a note "
        "they "
        "show it was pasted from a to-do list.",
        flags=(
            "Loved the talk re: night shift staffing.",
            "Night shifts -> I can help.",
            "I can cover it w/o extra cost.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "Re: the schedule, I am free on Monday.",
            "See https://example.com/a->b and the 24/7 desk; the A/B tests went well.",
        ),
    ),
    Rule(
        "tone.informal.emoji",
        "informal",
        "emoji do not belong in a professional note",
        "remove the emoji; say it in words if it matters",
        detect=detect_emoji,
        data=EMOJI,
        reason="Emoji read as chatty and may render oddly in the recipient's mail client.",
        flags=("It was great meeting the team 😊", "Crushed it 🙌"),
        passes=(THANK_YOU_NOTE, "I liked the café’s menu."),
    ),
    Rule(
        "tone.informal.emoticon",
        "informal",
        "emoticons read as too casual",
        "remove the emoticon",
        detect=detect_emoticon,
        data=EMOTICON,
        reason="Emoticons such as :) are for friends, not interviewers.",
        flags=("No problem at all :)", "Sad to hear that :(", "See you soon ;)"),
        passes=(THANK_YOU_NOTE, "My portfolio is at https://example.com/work (see the last item)."),
    ),
    Rule(
        "tone.informal.greeting",
        "informal",
        "a casual greeting",
        'open with "Dear <name>," or "Hello <name>,"',
        detect=detect_casual_greeting,
        reason="'Hey' is how friends greet each other; 'Dear' or 'Hello' with the name is the "
        "professional form.",
        flags=("Hey Jane,\n\nThanks for today.", "Hey there!\n\nThank you."),
        passes=(THANK_YOU_NOTE, "Hello Jane,\n\nThank you."),
    ),
    Rule(
        "tone.informal.shouting",
        "informal",
        "words in capitals read as shouting",
        "write the word in normal case; let the sentence carry the emphasis",
        detect=detect_shouting,
        reason="Capitals read as raised voice. Acronyms (SQL, HIPAA, CPA) are not shouting.",
        flags=(
            "The package sounds AMAZING.",
            "I am REALLY excited about this.",
            "It was SUCH a pleasure.",
            "I am TRULY grateful.",
            "I DEFINITELY want this role.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "I hold a CPA and know SQL, HIPAA and AWS well.",
            "I passed the NCLEX and the ASAP check.",
            "I would love to help grow the STEM club.",
        ),
    ),
    Rule(
        "tone.informal.exclamations",
        "informal",
        "a run of exclamation or question marks",
        "use one mark, or a full stop",
        detect=detect_exclamations,
        data=EXCLAMATIONS,
        reason="Runs such as '!!' or '??' read as excitable or impatient; a single '!' is fine.",
        flags=("Thanks for today!!", "Any news??", "Really?!"),
        passes=(THANK_YOU_NOTE, "I would love to help build it!"),
    ),
    Rule(
        "tone.informal.stretched",
        "informal",
        "a word stretched for effect",
        "write the word once, normally spelt",
        detect=detect_stretched,
        reason="Stretched words like 'sooo' are text-speak.",
        flags=("Thank you sooo much.", "I am soooo glad."),
        passes=(THANK_YOU_NOTE, "See www.example.com and Louis XIII."),
    ),
)
