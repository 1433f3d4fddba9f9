"""Whom the note addresses: a greeting by name, and the right name.

Read per CASES.md: a salutation that names the wrong person, or misspells
the recipient, is ``wrong-name`` alone, not also ``greeting``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from afterview.check.placeholder import has_slot
from afterview.check.rule import Example, Hit, Rule, word_set
from afterview.check.view import HONORIFICS, WORD_RE, fold_accents, name_parts, name_words

if TYPE_CHECKING:
    from afterview.check.view import View

# Addressees that are roles or groups, not the person: "Dear Hiring Manager".
GENERIC_ADDRESSEES = word_set(
    "hiring manager managers team committee recruiter recruiting sir madam or all everyone "
    "there friend friends folks guys colleague colleagues panel members member search "
    "selection hr human resources department staff whom it may concern interviewer "
    "interviewers the of and y'all talent acquisition to whomever you"
)
# Roles and titles: "Dear Program Director", "Dear Recruitment Team" greet a post, not a person.
ROLE_WORDS = word_set(
    "program programme director manager managers recruitment coordinator officer lead head chair "
    "supervisor partner partners people admissions office board recruiter specialist advisor "
    "adviser consultant executive vice president editor engineer principal dean chief owner "
    "administrator leadership name title interviewer's manager's"
)


def _role(token: str, view: View) -> bool:
    """A word of a role or title, of the recipient's own title, or a generic addressee."""
    if token in GENERIC_ADDRESSEES or token in ROLE_WORDS:
        return True
    title = view.ctx.recipient_title or ""
    return token in {fold_accents(w) for w in WORD_RE.findall(title)}


def near_miss(word: str, name: str) -> bool:
    """A likely misspelling of ``name`` (both folded): close, same first letter."""
    if word == name or word[:1] != name[:1] or min(len(word), len(name)) < 3:
        return False
    most = max(1, len(name) // 4)
    if abs(len(word) - len(name)) > most:
        return False  # settled without the edit distance (and without importing rapidfuzz)
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(word, name, score_cutoff=most) <= most


# Short forms that are not prefixes of the full name.
NICKNAMES = {
    "tom": "thomas",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "dick": "richard",
    "rick": "richard",
    "jim": "james",
    "mike": "michael",
    "kate": "katherine",
    "katie": "katherine",
    "cathy": "catherine",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "peggy": "margaret",
    "maggie": "margaret",
    "jack": "john",
    "ted": "edward",
    "ned": "edward",
    "tony": "anthony",
    "steve": "stephen",
    "chuck": "charles",
    "hank": "henry",
    "sue": "susan",
    "jenny": "jennifer",
    "becky": "rebecca",
    "sasha": "alexander",
    "sandy": "alexandra",
    "andy": "andrew",
    "nick": "nicholas",
    "matt": "matthew",
    "dave": "david",
    "joe": "joseph",
}


def _matches(token: str, parts: set[str]) -> bool:
    """The token is the name, a known short form, or a clearly shorter form ("Sam" for "Samuel").

    A form one letter short ("Helen" for "Helena") is a misspelling, not a short form.
    """
    if token in parts or NICKNAMES.get(token) in parts:
        return True
    return len(token) >= 3 and any(p.startswith(token) and len(p) - len(token) >= 2 for p in parts)


def _addressee_tokens(view: View) -> list[re.Match[str]]:
    sal = view.salutation
    if sal is None or sal.addressee is None:
        return []
    # the words greetings put before a name: "Pak Made", "Khun Nok", "Dona Fátima"
    from afterview.names import is_word_of_address

    def whole(m: re.Match[str]) -> str:  # "Dott.ssa": the word around "ssa"
        start = max(view.body.rfind(" ", 0, m.start()), view.body.rfind("\n", 0, m.start())) + 1
        return view.body[start : m.end()]

    return [
        m
        for m in WORD_RE.finditer(view.body, sal.addressee.start, sal.addressee.end)
        if fold_accents(m.group()).rstrip(".") not in HONORIFICS
        and not is_word_of_address(m.group())
        and not is_word_of_address(whole(m))
    ]


def detect_missing(view: View, rule: Rule) -> Iterator[Hit]:
    sal = view.salutation
    if not view.lines:
        yield Hit(0, 0, rule.message)
        return
    if sal is None:
        first = view.lines[0]
        yield Hit(first.start, first.start, "the note opens without a salutation")
        return
    if sal.word == "to whom it may concern":
        yield Hit(sal.line.start, sal.line.end, f'"{view.text(sal.line)}": {rule.message}')
        return
    who = sal.addressee_text(view.body)
    tokens = [fold_accents(m.group()) for m in _addressee_tokens(view)]
    # "Dear Acme team" names the company, not a person (unless the person shares the name).
    company = {fold_accents(w) for w in WORD_RE.findall(view.ctx.company or "")}
    company -= {fold_accents(p) for p in name_parts(view.ctx.recipient_name)}
    named = [t for t in tokens if not _role(t, view) and t not in company]
    if not named and not has_slot(who) and _a_team_greeted_so(who, view.ctx.recipient_name):
        return  # "Dear HR Team," to "Mannauðssvið (HR)": the team, as a note to it greets it
    if has_slot(who) or not named:
        yield Hit(sal.line.start, sal.line.end, f'"{view.text(sal.line)}": {rule.message}')


def _a_team_greeted_so(who: str, recipient: str | None) -> bool:
    """Whether the recipient is a team ("Direction des Ressources Humaines") and the note greets
    it as Afterview's greeting does ("HR Team")."""
    from afterview.names import greeting_name, is_group

    if not recipient:
        return False
    found = greeting_name(recipient)
    return not found.ask and is_group(found.name) and who.strip(" ,") == found.name


def detect_wrong_name(view: View, rule: Rule) -> Iterator[Hit]:
    parts = {fold_accents(p) for p in name_parts(view.ctx.recipient_name)}
    if not parts or view.salutation is None or has_slot(view.salutation.addressee_text(view.body)):
        return
    company = {fold_accents(w) for w in WORD_RE.findall(view.ctx.company or "")}
    initials = {fold_accents(w[0]) for w in WORD_RE.findall(view.ctx.recipient_name or "")}
    for m in _addressee_tokens(view):
        token = fold_accents(m.group())
        if len(token) == 1 and token in initials:
            continue  # an initial of theirs ("Dear K. Srinivasan", "Hi T.J.")
        if token in company or _matches(token, parts) or _role(token, view):
            continue  # "Dear Program Director" is a greeting problem, not a wrong name
        yield Hit(
            m.start(),
            m.end(),
            f'"{m.group()}" is not {view.ctx.recipient_name}: {rule.message}',
            f"address {view.ctx.recipient_name} by their own name, spelt as they spell it",
        )


def detect_misspelt_name(view: View, rule: Rule) -> Iterator[Hit]:
    """A recipient's name misspelt in the text: "Lindquist" for "Lindqvist"."""
    from afterview.check.lexicon import lexicon

    parts = {fold_accents(p) for p in name_parts(view.ctx.recipient_name)}
    if not parts:
        return
    known: frozenset[str] | None = None  # the words of the context's names, read if needed
    skip = view.salutation.line.end if view.salutation else 0  # the salutation has its own rule
    words = lexicon()
    initials = {p[0] for p in parts}  # a near miss keeps the first letter
    if view.plain and not any(w[0] in initials for w in view.lower_word_set - words.common_words):
        return  # all letters ASCII, so each word folds to its lower case: none is a candidate
    text = view.masked
    for start, end, low in view.lower_words:
        if low[0] not in initials and low[0].isascii():
            continue  # an ASCII first letter folds to itself: most words stop here
        word = text[start:end]
        if start < skip or not word[:1].isupper() or fold_accents(word[0]) not in initials:
            continue
        token = fold_accents(word)
        if token in parts or words.common(token):
            continue
        if known is None:  # a panel of hundreds has thousands of names: only for a candidate
            known = name_words(tuple(view.entity_names))
        if token in known:
            continue
        for part in parts:
            if near_miss(token, part):
                yield Hit(
                    start,
                    end,
                    f'"{word}" looks like a misspelling of the recipient\'s name',
                    f"write {view.ctx.recipient_name} as they spell it",
                )
                break


RULES = (
    Rule(
        "greeting.missing",
        "greeting",
        "the note does not greet the recipient by name",
        'open with "Dear <first name>," (or their title and surname)',
        detect=detect_missing,
        reason="A note that opens with no salutation, 'To whom it may concern' or 'Dear Hiring "
        "Manager' "
        "when you know the name reads as a form letter.",
        flags=(
            "To whom it may concern,\n\nThank you.",
            "Hello,\n\nThank you.",
            "Dear Hiring Manager,\n\nThank you.",
            "Thank you for meeting me today.",
            "Hello {name},\n\nThank you.",
            "Dear Hiring Team,\n\nThank you.",
            "Dear Program Director,\n\nThank you.",
            "Dear Recruitment Team,\n\nThank you.",
        ),
        passes=(
            "Dear Jane,\n\nThank you.",
            "Hi Jane,\n\nThanks.",
            "Dear Dr. Okafor,\n\nThank you.",
            "Jane,\n\nThank you.",
            "Jane -\n\nThank you.",
            "Hello Jane and team,\n\nThank you.",
            "Jane, thank you for meeting me today.",
            Example("Dear Søren,\n\nThank you.", context={"recipient_name": "Søren Ødegaard"}),
            Example("Dear Ms. López,\n\nThank you.", context={"recipient_name": "Mariana López"}),
        ),
    ),
    Rule(
        "name.salutation",
        "wrong-name",
        "the salutation names someone else or misspells the name",
        "use the recipient's name exactly",
        detect=detect_wrong_name,
        severity="error",
        reason="Getting the name wrong is the one mistake every reader notices; it often comes "
        "from copying a "
        "note written to another interviewer.",
        flags=(
            "Dear Maren,\n\nThank you.",
            "Hi Debra,\n\nThank you.",
            Example("Dear K. Olsen,\n\nThank you.", context={"recipient_name": "Maren Olsen"}),
            Example(
                "Dear Ms. Nowicki,\n\nThank you.", context={"recipient_name": "Katarzyna Nowicka"}
            ),
        ),
        passes=(
            "Dear Jane,\n\nThank you.",
            "Dear Ms. Okafor,\n\nThank you.",
            Example(
                "Hi Ana Lúcia,\n\nThank you.", context={"recipient_name": "Ana Lúcia Ferreira"}
            ),
            Example("Dear Sam,\n\nThank you.", context={"recipient_name": "Samuel Adjei"}),
            Example("Hi Mei-Ling,\n\nThank you.", context={"recipient_name": "Mei-Ling Chen"}),
            Example(
                "Dear Nurse Okonkwo,\n\nThank you.", context={"recipient_name": "Chiamaka Okonkwo"}
            ),
            Example(
                "Dear K. Srinivasan,\n\nThank you.", context={"recipient_name": "K. Srinivasan"}
            ),
            Example("Hi T.J.,\n\nThank you.", context={"recipient_name": "T.J. Watkins, Esq."}),
            Example(
                "Dear A/Prof. Rao,\n\nThank you.", context={"recipient_name": "A/Prof. Sandeep Rao"}
            ),
            Example("Hi प्रिया,\n\nThank you.", context={"recipient_name": "प्रिया शर्मा"}),
            # a word of respect the greeting rules know, with the given name
            Example("Dear Pak Made,\n\nThank you.", context={"recipient_name": "I Made Suarsana"}),
            Example("Dear Khun Nok,\n\nThank you.", context={"recipient_name": "Nok Saengthong"}),
        ),
    ),
    Rule(
        "name.misspelled",
        "wrong-name",
        "the recipient's name is misspelt",
        "spell the name as the recipient does",
        detect=detect_misspelt_name,
        severity="error",
        reason="A misspelt name in the text is as visible as one in the salutation.",
        flags=(
            Example(
                "Dear Ingrid,\n\nThank you, Ms. Lindquist, for your time.",
                context={"recipient_name": "Ingrid Lindqvist"},
            ),
        ),
        passes=(
            "Dear Jane,\n\nThank you, Ms. Okafor, for your time at the Market Street office.",
            Example(
                "Dear Mark,\n\nThe Marketing team impressed me.",
                context={"recipient_name": "Mark Olsen"},
            ),
            Example(  # the aside after her name is not her name
                "Dear Tamika,\n\nI enjoyed hearing how the two HRBPs would split the buildings.",
                context={"recipient_name": "Tamika Hollis (HRBP, took notes)"},
            ),
        ),
    ),
)
