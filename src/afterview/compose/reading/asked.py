"""A question they asked, retold as what the two of you talked through.

Quoted back in a note, a question reads as filler, or as a doubt left open: the reader waits
for the answer the note does not give. Retold, it is a subject: "How would you staff the
night shift?" is "how I would staff the night shift", and "Walk me through your audit plan"
is "my audit plan". A question that cannot be retold cleanly is left out, with the reason.
"""

from __future__ import annotations

import re

from afterview.check.lazy import lazy
from afterview.compose.reading import lexicon
from afterview.compose.reading.closed import (
    AUXILIARIES,
    DETERMINERS,
    MODALS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
)
from afterview.compose.reading.fields.logistics import job_term
from afterview.compose.reading.text import Unusable, bare

# "How would you ...", "Which KPIs do you ...", "What would success look like?": the asking
# words, the auxiliary and its subject; up to four words may stand between ("what kind of").
_WH_AUX = lazy(
    r"^(how|what|why|when|where|which|who)\b((?:\s+(?!(?:you|u|i|we|they|he|she|is|are|was|"
    r"were|has|have|had)\b)[\w-]+){0,4}?)\s+"
    r"(would|could|should|might|will|can|do|does|did)\s+(.+)$",
    re.I,
)
# "Walk me through your first 90 days", "Explain how the scheduler works", "What's your
# approach to X?": what they asked to hear about, as it stands.
_ABOUT = lazy(
    r"^(?:(?:walk|talk|take)\s+(?:me|us)\s+through|(?:explain|describe)(?=\s+(?:how|why|what)\b)"
    # "Show me how you'd plan a 2-week unit" (late416 readers: "your insight into how you'd plan")
    r"|show\s+(?:me|us)(?=\s+(?:how|what|where|which)\b)"
    r"|what(?:['’]s|\s+is|\s+was)(?=\s+your\b))\s+(.+)$",
    re.I,
)
# How the question's auxiliary reads in the retelling: "will" and "can" look back from the
# note ("how I would", "how fast I could"); "do" and "did" go into the verb.
_MODAL = {"would": "would", "could": "could", "should": "should", "might": "might",
          "will": "would", "can": "could", "do": "", "does": "", "did": ""}  # fmt: skip
# Their words about the candidate become the candidate's, and theirs about themselves "you".
_SWAP = {"your": "my", "yours": "mine", "yourself": "myself", "our": "your", "ours": "yours",
         "us": "you", "we": "you", "ourselves": "yourselves", "my": "your", "mine": "yours",
         "me": "you", "myself": "yourself", "ur": "my"}  # fmt: skip
_CONTRACTED = {"you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
               "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
               "we're": "you're", "we've": "you've", "we'd": "you'd", "we'll": "you'll"}  # fmt: skip
_BE_AFTER_I = {"are": "am", "were": "was", "aren't": "am not", "weren't": "wasn't"}
# "you" is the subject after these, and the object elsewhere ("if you saw" / "asked you")
_BEFORE_A_SUBJECT = frozenset(
    "if when whether while because and or but that who than once unless until as so before "
    "after till".split()
)
# "How do you store insulin, what if the fridge fails?", "..., who do you call"
_TWO_QUESTIONS = lazy(r"[?]|[,;]\s*(?:and\s+)?(?:who|what|how|why|when|where|which)\b", re.I)
# Words that lead a noun phrase but never end one: "your first grant", "the next article"
_NOT_A_HEAD = frozenset("first second third next last own best main new old other".split())
_SHOUTED = frozenset("not never always ever only all any first".split())
_LEAST_WORDS = 4
# Longer than this, a retold question buries the sentence it stands in.
_MOST_WORDS = 16


def retold(question: str) -> str:
    """``question`` as what was talked through, or Unusable saying why it cannot be."""
    text = question.strip().rstrip("?.!").strip()
    # "manage guys who were your peers": the panel's word, not one a note repeats (late449)
    text = re.sub(r"\bguys\b", "people", text)
    if _TWO_QUESTIONS.search(text):
        raise Unusable(
            "it holds two questions; name what you talked through in a few words instead"
        )
    about = _ABOUT.match(text)
    if about:
        told = _swapped(about.group(1).split())
    else:
        asked = _WH_AUX.match(text)
        if not asked:
            raise Unusable(
                "it cannot be retold as a subject (“how I would staff nights”), and quoted back "
                "with no answer a question reads as filler or as a doubt left open; put what "
                "you talked through in topics instead"
            )
        wh, between, aux, rest = asked.groups()
        words = rest.split()
        you = bare(words[0]) in ("you", "u")
        mine = words[0] == "I"  # "What would I do if ...": noted in the candidate's own voice
        subject = ["I"] if you or mine else _subject(words)
        words = words[1:] if you or mine else words[len(subject) :]
        aux = aux.lower()
        if aux in ("did", "does"):
            form = "VBD" if aux == "did" else "VBZ"
            verb = lexicon.inflect(words[0], form)
            if verb == words[0] or not lexicon.lemma(words[0]):
                raise Unusable("its verb could not be put right; name the subject in a few words")
            words[0] = verb
        modal = _MODAL[aux]
        rest = f" {' '.join(words)} "
        if aux == "do" and (you or mine) and (" if " in rest or _A_CASE_TO_COME.search(rest)):
            modal = "would"  # "What do you do first if ...?": "what I would do first if ...";
            # "... in your first week": a case to come (late493 readers: "what I do in my first week")
        turned = words if mine else _swapped(words)
        subject = subject if you or mine else _swapped(subject)
        told = [
            wh.lower(),
            *_swapped(between.split()),
            *subject,
            *([modal] if modal else []),
            *turned,
        ]
    if len(told) < (2 if about else _LEAST_WORDS):  # "what I do": nothing of the conversation
        raise Unusable("retold, it says too little; name what you talked through")
    terms = job_term(" ".join(told))
    if terms:  # "what I do on a night shift when ...": the hours would read as the highlight
        raise Unusable(
            f"retold, it would make the conditions of the job (“{terms}”) a subject of the "
            "note; name what else you talked through"
        )
    if len(told) > _MOST_WORDS:
        raise Unusable(
            "it is too long to retell in a sentence; name what you talked through in a few words"
        )
    retold_text = _if_in_the_past(" ".join(told))
    known = re.match(r"^what I know (?:about|of) (.+)$", retold_text)
    # "what do you know about lithium safety": a test of what you know, talked through as
    # its subject ("our discussion of lithium safety"), never "of what I know about ..."
    return known[1] if known else retold_text


# A time to come that makes "what do you do" a case: "in your first week", "on day one".
_A_CASE_TO_COME = lazy(
    r"\b(?:in|during|for) (?:your|the) first (?:day|days|week|weeks|month|months|\d+ days|"
    r"(?:30|60|90|hundred) days|year)\b|\bon (?:your )?(?:day one|the first day|your first day)\b"
)
# The verb of an "if" after "would", put in the past: "if the company refuses" -> "refused".
_IN_THE_PAST = {"is": "was", "am": "was", "are": "were", "has": "had", "have": "had"}
_IN_THE_PAST.update({"do": "did", "does": "did", "can": "could", "will": "would"})
_OBJECTS = (PRONOUNS - SUBJECT_PRONOUNS - {"myself", "yourself"}) | {"her"}
# Words before a plural noun that could be read as a verb: "two nurses call in sick"
_COUNTED = frozenset(
    "two three four five six seven eight nine ten many several few some both all".split()
)


def _if_in_the_past(text: str) -> str:
    """ "what I would do if a guest is rude": "if a guest was rude", as English says a case
    that has not happened (a verb already in the past is left as it is)."""
    found = re.search(r"\bwould\b.*?\bif (.+)$", text)
    if not found or re.search(r"\band (?:people|they|we|you|it|he|she|I)\b", found[1]):
        # "if a plaza is over capacity and people keep coming": a second verb would stay in the
        # present ("was ... keep", late432 readers), so the case stays in the present
        return text
    clause = found[1].split()
    for at, word in enumerate(clause[:6]):
        key, before = bare(word), bare(clause[at - 1]) if at else ""
        tags = lexicon.tags(key)
        if "D" in tags or key.endswith("n't") or key in ("was", "were", "had"):
            return text  # "if a student wasn't progressing": already so
        if key[:1].isdigit() or key in PREPOSITIONS or key in _OBJECTS:
            return text  # past the verb, if there was one: "send me 10 requests"
        many = "S" in lexicon.tags(before) or re.fullmatch(r"[A-Z]{2,}s", clause[at - 1])
        if key in _IN_THE_PAST and at:
            past = _IN_THE_PAST[key]
        elif at and "Z" in tags and before not in DETERMINERS and before not in _COUNTED:
            past = lexicon.inflect(key, "VBD")  # "the boom alarm goes": went
        elif at and "V" in tags and (before in SUBJECT_PRONOUNS or many):
            past = lexicon.inflect(key, "VBD")  # "I suspect", "PMs send"
        else:
            continue
        if not past or past == key:
            return text
        clause[at] = past
        return text[: found.start(1)] + " ".join(clause)
    return text


def _subject(words: list[str]) -> list[str]:
    """The subject at the start of ``words`` when it is short ("success", "the team", "your
    model"), before its verb in the base form; Unusable otherwise."""
    at = 2 if bare(words[0]) in DETERMINERS else 1
    if len(words) > at:
        head, verb = words[at - 1], words[at]
        named = head[:1].isupper() and not lexicon.known(head)  # "ALARP", "Bob"
        a_noun = named or bool(lexicon.tags(bare(head)) & {lexicon.NOUN, lexicon.PLURAL})
        a_verb = verb.islower() and lexicon.BASE in lexicon.tags(verb)
        if a_noun and a_verb and bare(head) not in _NOT_A_HEAD:
            return words[:at]
    raise Unusable(
        "its words could not be turned round; name what you talked through in a few words"
    )


def _swapped(words: list[str]) -> list[str]:
    """Their words turned round: "you" is "I" or "me", "your" is "my", "our" and "my" are
    "your"."""
    out: list[str] = []
    for i, word in enumerate(words):
        key = bare(word).replace("’", "'")
        tail = word[len(word.rstrip(",;:")) :]
        if key in ("you", "u"):
            out.append(("I" if _a_subject(words, i) else "me") + tail)
        elif word.rstrip(",;:") == "I":
            out.append("you" + tail)  # the interviewer's own "I": "after I retire"
        elif key in _CONTRACTED:
            out.append(_CONTRACTED[key] + tail)
        elif key in _SWAP:
            out.append(_SWAP[key] + tail)
        elif out and out[-1] == "I" and key in _BE_AFTER_I:
            out.append(_BE_AFTER_I[key] + tail)
        elif out and out[-1] == "you" and key in ("am", "was"):
            out.append({"am": "are", "was": "were"}[key] + tail)
        elif word.isupper() and key in _SHOUTED:
            out.append(word.lower())  # "When would you NOT replace it?": spoken stress
        else:
            out.append(word)
    return out


def _a_subject(words: list[str], i: int) -> bool:
    """Whether the "you" at ``words[i]`` does something ("if you saw") or has it done to it
    ("won't give you numbers", "asked you to")."""
    before = bare(words[i - 1]) if i else ""
    following = bare(words[i + 1]) if i + 1 < len(words) else ""
    if before in _BEFORE_A_SUBJECT:
        return True
    if before in PREPOSITIONS or not following:
        return False
    if following in SUBJECT_PRONOUNS or re.match(
        r"(?:it|he|she|they|we|there|that)['’]", following
    ):
        return False  # "already told you it's leaving": someone else's sentence follows
    if following in AUXILIARIES or following in MODALS:
        return True
    after = bare(words[i + 2]) if i + 2 < len(words) else ""
    if following == "used" and after == "to":
        return True  # "a team you used to be a peer in" (never "me used to", late406)
    tags = set(lexicon.tags(following))
    done_to = bool(lexicon.lemma(before)) and not tags <= lexicon.VERB_TAGS
    return bool(tags & lexicon.VERB_TAGS) and not done_to
