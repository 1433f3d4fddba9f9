"""Words that sound alike and mean different things: its/it's, your/you're, their/there/they're.

Each pattern looks at the words around the slip, so it fires on the error, not on the word.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.grammar.examples import GRAMMAR_NOTE
from afterview.check.grammar.words import joined
from afterview.check.phrases import Phrases, detect_phrases
from afterview.check.rule import Hit, Rule, word_set

if TYPE_CHECKING:
    from afterview.check.view import View

ITS = Phrases(
    "grammar.its",
    [
        r"its (?:a|an|the|been|not|going|being|my|your|our|their|because|about time|true "
        r"that|clear that|"
        r"obvious that|important to|hard to|easy to|great to|good to|nice to|exciting to|"
        r"possible "
        r"that|likely that)",
        r"its (?:clear|obvious|true|great|good|nice|important|exciting|wonderful|amazing|fine|"
        r"ok|"
        r"okay|possible|likely)(?= *[,.!?;])",
        *(
            rf"it{q}s (?:own|staff|employees|mission|members|customers|clients|patients|"
            rf"students|"
            rf"goals|culture|"
            r"values|products|services|policies|commitment|reputation|headquarters|team|office|"
            r"people|leadership|"
            r"approach|history|record|future|growth|success|portfolio|tenants|residents|"
            r"partners|"
            r"community|brand|vision|"
            r"founders|board)"
            for q in "'’"
        ),
        r"its (?:okay|ok|fine|alright|all right) (?:to|if|that|with)",
        r"its'(?= )",
        r"its’(?= )",  # "its'" is neither form
    ],
)
YOUR = Phrases(
    "grammar.your",
    [
        # Not "your taking the time": a possessive before a gerund is correct and common in thanks.
        r"your (?:doing(?! so)|going to|welcome(?= *[,.!]| to)|not|a|an|the|probably|"
        r"so (?:kind|helpful|busy)|too kind|right(?= *[,.!] )|busy(?= *[,.!]))",
        *(
            rf"you{q}re (?:decision|application|team|time|company|interview|feedback|email|"
            rf"message|"
            rf"help|"
            r"organi[sz]ation|department|consideration|offer|note|letter|insights?|advice|"
            r"patience|"
            r"support|questions|"
            r"guidance|input|perspective|call|office|staff|work|candor|candour|hospitality)"
            for q in "'’"
        ),
    ],
)
THERE = Phrases(
    "grammar.there",
    [
        r"their (?:is|are|was|were|will be|has been|have been)(?! \w+ed\b)",
        *(
            rf"they{q}re (?:team|own|work|company|office|staff|decision|plans|goals|mission)"
            for q in "'’"
        ),
        # "they're clients seem": a noun and then a verb, so "they're" stands for "their"
        *(
            rf"they{q}re [a-z]+s "
            rf"(?:are|were|seem|seemed|have|love|loved|will|would|can|could|need|want)\b"
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
)
# "too" where "to" belongs: "great too meet you", "glad too hear".
TOO = Phrases(
    "grammar.too",
    [
        r"too (?:meet|hear|see|learn|speak|talk|discuss|join|contribute|thank|connect|start|"
        r"share"
        r"|work with|be part of)",
    ],
)
# A preposition takes a noun, never "it is", "you are" or "they are": "proud of it's team"
# is a slip.
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
    "having doing enjoying going getting feeling keeping staying settling recovering traveling "
    "travelling "
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
            continue
        if after in PREDICATE and _ends_clause(view, i + 1):
            start, end = words[i][0], words[i + 1][1]
            if joined(view.masked, words[i - 1][1], start) and joined(
                view.masked, words[i][1], words[i + 1][0]
            ):
                yield Hit(
                    start,
                    end,
                    f'"{view.body[start:end]}": {rule.message}',
                    f'write "you\'re {after}"',
                )


def _ends_clause(view: View, i: int) -> bool:
    """The word at ``i`` ends its clause: a mark, the end, or a preposition or link word next.

    "I know your busy, so..." and "your busy with the close" need "you're"; in "your busy
    schedule" the next word is a noun and "your" is right.
    """
    end = view.lower_words[i][1]
    if i + 1 >= len(view.lower_words) or not joined(view.masked, end, view.lower_words[i + 1][0]):
        return True
    return view.lower_words[i + 1][2] in CLAUSE_LINKS


# After "I know your", "I hope your"...: adjectives that need "you're" ("I hope your well").
PREDICATE = word_set(
    "busy right welcome correct interested able aware free available sure ready keen happy "
    "glad "
    "done finished well ok okay great amazing so very too really always still also probably"
)
CLAUSE_LINKS = word_set(
    "with at in to for about and but so that now today right enough too at this on by as"
)
# Things people own: "there" before one of these almost always means "their".
OWNED = word_set(
    "team teams own work decision office company attention staff feedback goals students "
    "patients "
    "customers clients users guests families kids children product products services program "
    "programme "
    "approach expertise care insight insights questions commitment dedication passion "
    "hospitality "
    "kitchen "
    "menu plans mission values craft business platform pipeline code tests data roadmap vision "
    "culture "
    "strategy process processes budget members employees colleagues managers leaders engineers "
    "nurses "
    "teachers department organisation organization community results success reputation "
    "priorities "
    "needs time knowledge experience enthusiasm support help advice releases projects systems "
    "stores "
    "sites partners tenants residents volunteers crews shifts campaigns events"
)
# "of there releases": after these, "there" followed by a plural noun is "their".
OF_LIKE = word_set("of for with about on into")
# Words after which "there" + noun is a normal sentence: "is there time", "be there early".
THERE_OK_BEFORE = word_set("is are was were be been being get got over out up down in from")


# After "there", words that show it is the place or "there is": no candidate for "their".
THERE_THEN = word_set(
    "is are was were will has have had and but to in on at for with from as so too again now "
    "soon "
    "before after since early first last today tomorrow yesterday this that these those the a "
    "an "
    "all both long myself yourself every each until when while if or who which whose where any "
    "some no more less be being been years months weeks days hours times twice ago once full "
    "part until tonight"
)


def _their_by_harper(view: View, rule: Rule, i: int) -> Iterator[Hit]:
    """ "I enjoyed there presentation": "there" before a noun, which Harper's parser confirms."""
    words, text = view.lower_words, view.masked
    start, end, _ = words[i]
    n_start, n_end, after = words[i + 1]
    if (
        after in THERE_THEN
        or after.endswith("ly")
        or not text[n_start].islower()
        or not joined(text, end, n_start)
        or (i and words[i - 1][2] in THERE_OK_BEFORE)
    ):
        return
    from afterview.check.grammar.engine import THERE_THEIR, confirms

    if confirms(view.body, start, end, THERE_THEIR):
        yield Hit(
            start, n_end, f'"{view.body[start:n_end]}": {rule.message}', f'write "their {after}"'
        )


def detect_there(view: View, rule: Rule) -> Iterator[Hit]:
    yield from detect_phrases(view, rule)
    if "they're" in view.lower or "they’re" in view.lower:
        yield from _contraction_after_preposition(view, rule, "they're")
    if "there" not in view.lower_word_set:
        return
    from afterview.check.lexicon import lexicon

    words = view.lower_words
    for i in range(len(words) - 1):
        start, _, word = words[i]
        if word != "there":
            continue
        after = words[i + 1][2]
        plural_owned = (
            i > 0
            and words[i - 1][2] in OF_LIKE
            and not view.masked[words[i - 1][1] : start].strip()  # same sentence: "take on. There"
            and after not in THERE_THEN
            and len(after) > 3
            and after.endswith("s")
            and not after.endswith("ss")
            and after[:-1] in lexicon()
        )
        if after not in OWNED and not plural_owned:
            yield from _their_by_harper(view, rule, i)
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


RULES = (
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
            "I enjoyed there presentation.",
            "I was impressed by the quality of there releases.",
        ),
        passes=(
            GRAMMAR_NOTE,
            "There is a lot to do.",
            "Their attention to detail impressed me.",
            "Is there time for a call? I'll be there early; over there, work was busy.",
            "They're hiring across several teams.",
            "The checklist we built there cut turnover. I lived there years ago.",
            "I'm excited about their going public next year.",
            "The role is one I would be glad to take on. There is also some news.",
        ),
    ),
    Rule(
        "grammar.to-too",
        "grammar",
        '"too" where "to" belongs',
        '"to" before a verb ("great to meet you"); "too" means "also" or "more than enough"',
        detect=detect_phrases,
        data=TOO,
        reason="'Great too meet you' is the to/too slip, as visible as their/there.",
        flags=("It was great too meet the team.", "I was glad too hear about the garden."),
        passes=(GRAMMAR_NOTE, "It was great to meet you too.", "The list was too long to share."),
    ),
)
