"""A question the interviewer asked, as noted: quoted as a question, or read as a topic."""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading.closed import AUXILIARIES, SUBJECT_PRONOUNS
from afterview.compose.reading.fields.common import Reading
from afterview.compose.reading.fields.logistics import job_term
from afterview.compose.reading.fields.topic import read_topic
from afterview.compose.reading.person import mentions_third_person
from afterview.compose.reading.shapes import is_verb, is_wh
from afterview.compose.reading.text import Unusable, bare, clean, unreadable_word
from afterview.compose.reading.vocabulary import find

# "client refuses shower, what do u do": a scenario noted down, then its question.
_SCENARIO_NOTED = lazy(
    r"(?:,|[.?!]\s)\s*(?:what|how)\s+(?:(?:do|would|will|should|to)\s+(?:u|you|i)?|u|you|i)\s*"
    r"(?:do|handle|respond)\b",  # "..., no reserves. What you do?": a second language's
    re.I,
)
# A question put to the candidate about themselves, not a scenario ("What would you do if").
_ASKS_YOU = lazy(
    r"^(?:are you|can you|could you|would you|will you|do you|have you|when can you|"
    r"how do you feel about|what are your)\b",
    re.I,
)

# A request put as a question: something to hand over or show, not a question to answer.
# A task they set, as its words: "Listen to this recording", "Look at this P&L".
_A_TASK_SET = lazy(
    r"^(?:listen to|look at|take a look at|watch|read|review|check) (?:this|these|the following)\b",
    re.I,
)
_REQUEST = lazy(
    r"^(?:could|can|would|will) you (?:please )?(?:show|send|share|provide|demonstrate|email|"
    r"forward|draw|sketch)\b(?: (?:us|me|them))?",
    re.I,
)


def _a_name_not_english(word: str) -> bool:
    """A capitalised word English does not know in lower case ("Neden", "Mersin")."""
    from afterview.compose.reading import lexicon

    return word[:1].isupper() and not lexicon.known(bare(word).lower())


# A count asked about the candidate: "How many people did you manage directly?"
_A_FIGURE_OF_YOURS = lazy(
    r"^how (?:many|much|long)\b.*\byou(?:r)?\b|^how (?:fast|quickly) (?:can|could) you\b(?!.*\b(?:if|when)\b)",
    re.I,
)  # "How fast can you count a till?" (late493 readers: "how fast I could count a till")


def read_question(raw: str) -> Reading:
    """A question they asked, to quote; a line that is not a real question is read as a topic."""
    if _SCENARIO_NOTED.search(raw):
        raise Unusable(
            "it notes a scenario they put to you in shorthand; write the question as they asked "
            "it (“What would you do if a client refused a shower?”)"
        )
    text = clean(raw)
    if _A_TASK_SET.match(text):  # "Listen to this recording - what did the agent do wrong?"
        # (late509 readers: "your take on listen to this recording")
        raise Unusable(
            "it sets you a task, which a thank-you note does not recall as a conversation; "
            "name what you talked about"
        )
    asked = re.sub(r"\s*\([^()]*\)\s*$", "", text)  # "Neden Mersin? (why move from Diyarbakır)"
    if asked.endswith("?") and all(_a_name_not_english(w) for w in asked.rstrip("?").split()):
        raise Unusable(
            f"“{asked}” is not in English; write the question as a note in English would "
            "quote it, or the subject it was about"
        )
    looks_asked = text.endswith("?") or re.match(
        r"^(tell me|describe|walk me|walk us|give me|talk me|talk us|take me|take us|show me|"
        r"show us|explain|how|what|why|when|where|can you|"
        r"could you|have you|would you)\b",
        text,
        re.I,
    )
    if looks_asked and len(text.split()) >= 4 and not mentions_third_person(text):
        personal = find("questions", "personal", text)
        if personal:
            raise Unusable(
                f"it asks about your own plans or circumstances (“{personal}”): quoted back in a "
                "note it raises the doubt again"
            )
        if _A_FIGURE_OF_YOURS.match(text):
            raise Unusable(  # "How many people did you manage directly?" (late319 readers)
                "it asks for a figure of yours; recalled in a note it reads as the subject you "
                "enjoyed, so name what you talked about instead"
            )
        words = [bare(w) for w in text.split()]
        subjects = SUBJECT_PRONOUNS | {"u", "there", "this", "that"}
        verbless = not any(
            w in AUXILIARIES or w in subjects or w == "to" or is_verb(w, "DZ") for w in words[1:]
        ) and not any(c in text.split()[0] for c in "'’")  # "what's your take on LEED?"
        verbless = verbless and not is_verb(words[0], "V")  # not "tell me ...", "describe ..."
        readable = unreadable_word(text) is None  # a line in another language is told so later
        if verbless and readable and words[0] == "why":
            raise Unusable(  # "Why Kyoto and not Tokyo?": quoted back, it is left unanswered
                "it asks why you made a choice of yours; a note says that in its own words, "
                "not by quoting the question"
            )
        if verbless and readable and len(words) <= 6:
            raise Unusable(  # "what temp for platelets?": the notes' shorthand for a question
                "it is a question in shorthand; write it as they asked it, or name the subject"
            )
        stock = find("questions", "stock", text)
        if stock:
            raise Unusable(
                f"every interview asks it (“{stock}”): quoted back it reads as a template; "
                "recall a question that was theirs alone"
            )
        request = _REQUEST.match(text)
        if request:  # "Could you show us the scripts?": quoted back it sounds defensive
            raise Unusable(
                f"it asks you to do something (“{request[0]}”), not a question to recall; "
                "name what you showed them, or the subject you talked about"
            )
        terms = job_term(text) if _ASKS_YOU.match(text) else None
        if terms:  # "Are you willing to work nights and on holidays?": a screening question
            raise Unusable(
                f"it asks whether you accept the conditions (“{terms}”), which a thank-you note "
                "does not bring up again"
            )
        text = text[0].upper() + text[1:]
        opener = re.split(r"['’]", text.split()[0])[0]  # "What's"
        asks = is_wh(opener) or bare(opener) in AUXILIARIES
        if text[-1] not in "?.":
            text += "?" if asks else "."
        elif text[-1] == "." and asks:
            text = text[:-1] + "?"  # "What's one metric you'd give every unit director."
        return Reading("question", text)
    return read_topic(raw)
