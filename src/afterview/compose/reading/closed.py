"""The closed classes of English words that the lexicon does not tag: small, fixed lists."""

from __future__ import annotations

DETERMINERS = frozenset(
    "a an the this that these those my our your his her its their some any no every each "
    "another other several many few both all most".split()
)
PREPOSITIONS = frozenset(
    "about above across after against along among around as at before behind below beneath "
    "beside between beyond by despite during for from in inside into like near of off on onto "
    "out outside over per regarding since than through throughout to toward towards under "
    "until unlike up upon via with within without".split()
)
# Times of the year, the week or the day: "in summer", "before harvest", "at month end" need
# no article, and a note never makes one a thing of its own.
TIME_NOUNS = frozenset(
    """season summer winter spring autumn fall year week month day night morning evening weekend
    term semester quarter harvest leave time noon midnight shift hour end""".split()
)
# Words that stand where an article would, and say which one: "at last site", "next month".
DETERMINING = frozenset("next last same whole first second third such own only one".split())
# Words that make a length a span of time already: "the last 3 years", "the next 6 months".
SPAN_WORDS = frozenset("last past next first previous recent final coming".split())
CONJUNCTIONS = frozenset("and or but nor so yet because although though while whereas if".split())
PRONOUNS = frozenset("i you he she it we they me him us them myself yourself".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
WH_WORDS = frozenset("how what why when where which whether who whom whose".split())
MODALS = frozenset("will would can could shall should may might must".split())
AUXILIARIES = (
    frozenset(
        "am is are was were be been being have has had do does did "
        "i'm i've i'd you're we're they're it's that's".split()
    )
    | MODALS
)
# Signs a sum of money starts with, in the currencies people in the corpus write.
CURRENCY_SIGNS = "£$€¥₹₦₱₩₺₽₵₫₪"
# Counts people write in words, as a pattern's alternatives ("one" is left to each pattern,
# since it takes no plural).
COUNTS_IN_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# The months, as a pattern's alternatives: written out, and as people shorten them.
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS_SHORT = "jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec"
# Pronouns that stand for someone or something not named: never "the someone".
INDEFINITE_PRONOUNS = frozenset(
    "someone somebody anyone anybody everyone everybody nobody something anything everything "
    "nothing".split()
)
FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | CONJUNCTIONS | PRONOUNS | WH_WORDS | AUXILIARIES
