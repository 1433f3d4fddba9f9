"""Words spelt right but wrong for the sentence: "peaked my interest", "would compliment my skills".

A dictionary cannot see these: each word is English. Each phrase pins the
word down by its neighbours, so "a peak in demand", "I compliment your team
on..." and "the school principal" stay clean.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.examples import THANK_YOU_NOTE
from afterview.check.phrases import Phrases
from afterview.check.rule import Hit, Rule

if TYPE_CHECKING:
    from afterview.check.view import View

_OWNERS = r"(?:my|your|our|his|her|their|the team's|each other's|one another's)"
_SKILLS = (
    r"(?:skills?|experience|background|strengths?|expertise|knowledge|work|approach|abilities"
    r"|profile|training|style|perspective|talents?)"
)
HOMOPHONES = Phrases(
    "spelling.homophone",
    [
        # piqued: "peaked my interest", "peaks my curiosity"
        rf"(?:peak|peek)(?:ed|s)? {_OWNERS} (?:interest|curiosity)",
        # complement: "would compliment my background", "complement each other"
        rf"(?:would|will|could|can|should|to|nicely|well|perfectly|really) compliments? "
        rf"{_OWNERS}"
        rf"(?: \w+){{0,2}} {_SKILLS}(?! on)",
        r"compliment(?:s|ed|ing)? (?:each other|one another)(?! on)",
        rf"complimentary {_SKILLS}",
        # complimentary: "the complementary lunch"
        r"complementary "
        r"(?:lunch|coffee|tickets?|parking|drinks?|breakfast|dinner|meals?|pass(?:es)?"
        r"|snacks?|copy|consultation|tour|upgrade|shuttle)",
        # principal: "the principle reason", "principle investigator"
        r"principle (?:reason|investigator|engineer|architect|consultant|concern|goal|aim|focus"
        r"|responsibility|role|duty|owner|designer|scientist|source|cause|objective|component"
        r"|author|contributor|lead|partner|sponsor)s?",
        # principle: "our core principals", "on principal"
        r"(?:core|guiding|basic|fundamental|key|same|moral|ethical|design|first|underlying|"
        r"founding)"
        r" principals",
        r"principals (?:of (?:good|sound|lean|agile|design|accessibility|care|fairness)|that "
        r"guide)",
        r"on principal(?= *[,.;!?]| that)",
    ],
)


def _right_word(matched: str) -> str:
    if matched.startswith(("peak", "peek")):
        return "piqued"
    if matched.startswith("complimentary"):
        return "complementary"
    if "complementary" in matched:
        return "complimentary"
    if "compliment" in matched:
        return "complement"
    if "principle " in matched:
        return "principal"
    return "principle(s)"


def detect(view: View, rule: Rule) -> Iterator[Hit]:
    for m in HOMOPHONES.matches(view):
        shown = view.body[m.start() : m.end()]
        yield Hit(
            m.start(), m.end(), f'"{shown}": {rule.message}', f'write "{_right_word(m.group())}"'
        )


RULES = (
    Rule(
        "spelling.homophone",
        "spelling",
        "a real word, but not the one the sentence needs",
        "use the word that fits the meaning",
        detect=detect,
        reason="'Peaked my interest', 'would compliment my background' and 'the principle "
        "reason' "
        "pass a spell checker and still read as a slip; a reader who hires for care notices.",
        flags=(
            "Your description of the programme really peaked my interest.",
            "The plan peeked my curiosity.",
            "Your team's strength would compliment my background in marketing.",
            "The principle reason I applied was the rural projects.",
            "Thank you for the complementary lunch.",
            "We share the same core principals about feedback.",
            "Our skills compliment each other.",
        ),
        passes=(
            THANK_YOU_NOTE,
            "Demand will peak in May; my interest piqued at once.",
            "I want to compliment your team on the launch; our skills complement each other.",
            "The school principal and the principal investigator; the principles of lean.",
            "The complimentary lunch was lovely.",
        ),
    ),
)
