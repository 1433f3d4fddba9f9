"""Agreement: a verb that does not fit its subject ("I speaks", "they was"), and "I" with no verb.

Each rule looks only at the word after a subject pronoun (or after "the"
and a plural noun), with nothing but spaces between: a comma, a line
break or a quote in between means another reading, and the rule stays
quiet.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product
from typing import TYPE_CHECKING

from afterview.check.grammar.examples import GRAMMAR_NOTE
from afterview.check.grammar.words import is_s_form, joined, sentence_start
from afterview.check.lazy import lazy
from afterview.check.rule import Example, Hit, Rule, word_set

if TYPE_CHECKING:
    from afterview.check.view import View

# The forms a subject cannot take, beyond a verb's "-s" form.
WRONG_AFTER = {
    "i": word_set("is are has does isn't aren't hasn't doesn't"),
    "we": word_set("is was has does isn't wasn't hasn't doesn't"),
    "they": word_set("is was has does isn't wasn't hasn't doesn't"),
    "he": word_set("have do don't are were haven't aren't weren't"),
    "she": word_set("have do don't are were haven't aren't weren't"),
    "it": word_set("don't are aren't haven't"),
    "you": word_set("was wasn't is isn't has hasn't does doesn't"),
}
TAKES_S_FORM = word_set("i we they")  # "I speaks", "they needs": never right
WRONG_PAIRS = frozenset((p, w) for p, forms in WRONG_AFTER.items() for w in forms)
BE_HAVE = word_set("was is has wasn't isn't hasn't")
# Before "he", "she" or "it", these put the verb first or make it an object: "does she have",
# "let it do", "if she were".
INVERTING = word_set(
    "do does did would could should will can may might must shall let make made help helped "
    "see saw watch hear heard had have has if wish though whether as than"
)
# "you" starts a clause only after these (or at a sentence start): "meeting you was" is right.
CLAUSE_START = word_set(
    "that and but because since when if as so while though although whether know hope think "
    "feel felt heard said mentioned believe sure glad where how why"
)
DETERMINERS = word_set(
    "the these those our your my their all both many several few two three four five six "
    "seven eight nine ten"
)
# After "he" or "she", words that are not a bare verb (or are the past as well: "he read").
NOT_BARE = word_set(
    "also still even often never always only just really too then now soon already again later "
    "once here there usually sometimes rarely clearly herself himself and or but as if so who "
    "that which was is has had would could should will can may might must does did do read put "
    "set cut let hit quit shut cost hurt spread beat bet cast burst fit split upset"
)
# Plurals in form that usually take a singular verb.
SINGULAR_PLURALS = word_set(
    "news series species means sales operations logistics analytics economics politics ethics "
    "physics mathematics athletics headquarters premises lens bus gas canvas thanks diabetes "
    "measles whereabouts communications"
)
NUMBER_WORDS = word_set(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty "
    "forty fifty hundred"
)
I_THEN_NOUN_PHRASE = word_set("the a an my your our their his her this these those every")
# Words a Roman numeral follows: "Phase I", "Type I diabetes", "Level I trauma centre".
NUMBERED = word_set(
    "phase type part level tier class grade stage title chapter section war step book volume act "
    "appendix figure table round schedule unit model series category division"
)
I_THEN_NOUN = frozenset(("i", w) for w in I_THEN_NOUN_PHRASE | NUMBER_WORDS)
I_THEN_CAPITALS = lazy(r"\bI [A-Z\d]")
# Verbs and other words that may follow "I" written in capitals: not an acronym.
CAPITAL_VERBS = word_set("AM WAS HAVE HAD WILL CAN DO DID MUST REALLY ALSO LOVE NEED WANT")


def _pronoun_i(view: View, i: int) -> bool:
    """The word at ``i`` is the pronoun "I", not a numeral ("Phase I", "Type I diabetes")."""
    start, end, low = view.lower_words[i]
    text = view.masked
    if low != "i" or text[end : end + 1] in ("-", ".", "/", "'", "’"):
        return False
    if i == 0:
        return True
    p_start, p_end, before = view.lower_words[i - 1]
    if not (text[p_start].isupper() and joined(text, p_end, start)):
        return True
    # After a capitalised word: a numeral, unless that word opens the sentence ("Since I...")
    # and is not one that numerals follow.
    return before not in NUMBERED and sentence_start(text, p_start)


def detect_agreement(view: View, rule: Rule) -> Iterator[Hit]:
    from afterview.check.lexicon import lexicon

    yield from _plural_subjects(view, rule)
    yield from _bare_verb(view, rule)
    pairs, word_set = view.lower_pairs, view.lower_word_set
    # Settled with set operations for most notes: no pronoun before a form it cannot take.
    if WRONG_PAIRS.isdisjoint(pairs) and pairs.isdisjoint(
        product(TAKES_S_FORM & word_set, (w for w in word_set if w[-1:] == "s"))
    ):
        return
    words, text = view.lower_words, view.masked
    known = lexicon()
    for i in range(len(words) - 1):
        start, end, low = words[i]
        wrong = WRONG_AFTER.get(low)
        if wrong is None:
            continue
        n_start, n_end, after = words[i + 1]
        if not joined(text, end, n_start) or not text[n_start].islower():
            continue
        if low == "i" and not _pronoun_i(view, i):
            continue
        before = words[i - 1][2] if i and joined(text, words[i - 1][1], start) else ""
        if low in ("he", "she", "it") and before in INVERTING:
            continue
        if low == "you" and not (before in CLAUSE_START or sentence_start(text, start)):
            continue
        if before in ("and", "or", "nor") and after in ("are", "aren't"):
            continue  # "my family and I are": a plural subject
        if after in wrong or (low in TAKES_S_FORM and is_s_form(after, known)):
            yield Hit(start, n_end, f'"{view.body[start:n_end]}": {rule.message}')


def _bare_verb(view: View, rule: Rule) -> Iterator[Hit]:
    """ "She work nights", "he go": a verb without its "-s" after "he" or "she".

    A word after "he" or "she" that has an "-s" form is only a candidate ("she herself",
    "he read it" are right); Harper's parser decides (see :mod:`.engine`).
    """
    from afterview.check.lexicon import lexicon

    if not ("he" in view.lower_word_set or "she" in view.lower_word_set):
        return
    words, text = view.lower_words, view.masked
    known = lexicon()
    for i in range(len(words) - 1):
        start, end, low = words[i]
        if low not in ("he", "she"):
            continue
        n_start, n_end, after = words[i + 1]
        if (
            after in NOT_BARE
            or after.endswith(("s", "ed", "ly", "ing", "'d", "'ll"))
            or not text[n_start].islower()
            or not joined(text, end, n_start)
            or (i and words[i - 1][2] in INVERTING)
            or (after + "s" not in known and after + "es" not in known)
        ):
            continue
        from afterview.check.grammar.engine import AGREEMENT, confirms

        if confirms(view.body, n_start, n_end, AGREEMENT):
            yield Hit(start, n_end, f'"{view.body[start:n_end]}": {rule.message}')


def _plural_subjects(view: View, rule: Rule) -> Iterator[Hit]:
    """ "The interviewers was kind": a plural noun after "the" (and not after "one of")."""
    from afterview.check.lexicon import lexicon

    word_set = view.lower_word_set
    if view.lower_pairs.isdisjoint(
        product((w for w in word_set if w[-1:] == "s"), BE_HAVE & word_set)
    ):
        return  # no word in "-s" right before "was", "is" or "has"
    words, text = view.lower_words, view.masked
    known = lexicon()
    for i in range(1, len(words) - 1):
        start, end, verb = words[i + 1]
        if verb not in BE_HAVE:
            continue
        d_start, d_end, det = words[i - 1]
        n_start, n_end, noun = words[i]
        if det not in DETERMINERS or not joined(text, d_end, n_start):
            continue
        if not joined(text, n_end, start) or not text[n_start:n_end].islower():
            continue
        if i > 1 and words[i - 2][2] == "of":
            continue  # "one of the managers was": the subject is "one"
        if (
            noun in SINGULAR_PLURALS
            or not noun.endswith("s")
            or noun.endswith(("ss", "us", "is", "ics"))
            or noun[:-1] not in known
        ):
            continue
        yield Hit(d_start, end, f'"{view.body[d_start:end]}": {rule.message}')


def detect_missing_verb(view: View, rule: Rule) -> Iterator[Hit]:
    """ "I ACLS certified", "since I six years running": "I" followed by what no verb starts."""
    from afterview.check.lexicon import lexicon

    if "i" not in view.lower_word_set:
        return
    if view.lower_pairs.isdisjoint(I_THEN_NOUN) and I_THEN_CAPITALS.search(view.masked) is None:
        return  # no "I the", "I six", "I ACLS", "I 4": the usual case, without a loop
    words, text = view.lower_words, view.masked
    for i, (start, end, low) in enumerate(words):
        if low != "i" or text[start] != "I" or not _pronoun_i(view, i):
            continue
        rest = text[end : end + 12]
        if rest[:1] != " ":
            continue
        nxt = rest.lstrip(" ")
        if nxt[:1].isdigit():
            yield Hit(start, end + 1 + len(nxt.split(" ")[0]), rule.message)
            continue
        if i + 1 >= len(words):
            continue
        n_start, n_end, after = words[i + 1]
        if not joined(text, end, n_start):
            continue
        shown = text[n_start:n_end]
        acronym = (
            len(shown) >= 2
            and shown.isupper()
            and shown not in CAPITAL_VERBS
            and not lexicon().common(after)
        )
        if after in NUMBER_WORDS or after in I_THEN_NOUN_PHRASE or acronym:
            yield Hit(start, n_end, f'"{view.body[start:n_end]}": {rule.message}')


RULES = (
    Rule(
        "grammar.agreement",
        "grammar",
        "the verb does not agree with its subject",
        'match the verb to the subject: "I speak", "they were", "she has"',
        detect=detect_agreement,
        reason="'I speaks' or 'they was' reads as careless, or as a template filled in wrongly.",
        flags=(
            "Since I speaks Portuguese, I can help.",
            "The nurses were great; they was so patient.",
            "She have been with the lab for ten years.",
            "I know that you was busy.",
            "The interviewers was very kind.",
            "He don't mind the night shift.",
            "We was glad to help.",
            "She work nights at the clinic.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I speak Portuguese and they were patient.",
            "Meeting you was a pleasure; if she were here, does she have time?",
            "One of the managers was kind. The news is good and our sales team has grown.",
            "Phase I trials and Type I diabetes are my field. I always help; I sometimes lead.",
            "I'll send you updates, and thank you notes go out today.",
            "My family and I are excited about it.",
            "She herself read it; he still leads the team; she works nights.",
            Example("I sometimes cover weekends.", context={"kind": "status_inquiry"}),
        ),
    ),
    Rule(
        "grammar.missing-verb",
        "grammar",
        '"I" with no verb after it',
        'add the verb: "I am ACLS certified", "I have six years of..."',
        detect=detect_missing_verb,
        reason="'I ACLS certified' or 'since I six years running' is a sentence with a hole in it, "
        "often a template filled in from notes.",
        flags=(
            "I ACLS certified since 2021.",
            "It was great to see, since I six years running warehouse operations.",
            "I CPA licensed and led three audits.",
            "Since I 4 years in Oracle, I know it well.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "I am ACLS certified. I have six years in Oracle. I also ran the SQL audits.",
            "Part I covers it; World War I history is a hobby. I AM excited.",
            "Next, I: arrived, unpacked and started.",
        ),
    ),
)
