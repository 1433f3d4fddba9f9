"""Whom the candidate knows already, and whether they work for the employer now.

One place decides both, for the composer (no "a pleasure to meet you" to one's own manager)
and for the planner (no second written chase to someone who can be asked in person). Both
are read from what the file says by each interviewer's name and title, unless the file says
so outright (``[application] internal``, ``[[interviewers]] known``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from afterview.check.lazy import lazy

if TYPE_CHECKING:
    from afterview.model.interview import Interview, Interviewer

# Someone the candidate knew before, as the notes by their name say: "Raj (my old line
# manager)", "Deb - I worked under her in 2019", "Dave who referred me". A note to them never
# says "a pleasure to meet you" nor "let's stay in touch", which readers found written to a
# stranger.
_KNOWN = lazy(
    # a boss or a teammate only when it was one ("my old manager"): "my boss (if hired)" or
    # "would be my supervisor" is one to come
    r"(?<!would be )(?<!will be )\b(?:my|our) (?:old |former |ex-?|current |previous |first )"
    r"(?:line |direct |team |shift |ward )?(?:boss|manager|supervisor|team ?lead|lead|mentor|"
    r"colleague|co-?worker|teammate)\b"
    r"|(?<!would be )(?<!will be )\b(?:my|our) (?:old |former |ex-?)?(?:colleague|co-?worker|"
    r"tutor|lecturer|professor|friend|buddy|mate|classmate|labmate|neighbou?r|cousin|uncle|aunt|"
    r"guru|teacher|music teacher|coach|ustad|sensei)\b"  # "my old guru" (late495 readers)
    r"|\bex-?(?:boss|manager|colleague)\b|\bfamily friend\b|\bold (?:friend|colleague|boss)\b"
    r"|\b(?:knew|know) (?:him|her|them) (?:from|since|through)\b"
    r"|\bworked (?:under|with|for) (?:him|her|them)\b|\bused to work (?:with|for|under)\b"
    # "was my boss at Boots Navan 2019-21" (late422 readers: "a pleasure to meet you")
    r"|\b(?:was|were|used to be) (?:my|our) (?:old |former )?(?:boss|manager|supervisor|"
    r"team ?lead|mentor|lecturer|tutor|teacher|registrar|consultant|trainer|coach|senior)\b"
    r"|\b(?:who )?referred me\b|\b(?:who )?trained me\b",
    re.I,
)
# Where the candidate works there already, "my boss" is the one they have now.
_MY_BOSS = lazy(
    r"(?<!would be )(?<!will be )\bmy (?:line |direct )?(?:boss|manager|supervisor|principal|"
    r"team ?lead(?:er)?|lead|editor|head chef|matron|foreman)\b(?! if\b)",
    re.I,
)
# "my current line manager", "my current avdelingsleder", "our present matron": someone the
# candidate works with now, so the move is an internal one. Whatever word the post is in (a
# reader faulted a note to "Tone (my current avdelingsleder)" written as to a stranger), but
# never the candidate's own job ("my current role").
_CURRENT = lazy(
    r"\b(?:my|our) (?:current|present) (?!(?:role|job|position|post|contract|salary|pay|title|"
    r"grade|band|rate|hours|shift|notice|employer|company|workplace|school|hospital)\b)\w+",
    re.I,
)
# Who put the candidate forward, as the notes by their name say: "Dave (referred me)". The
# note thanks them for it (late414 and late420 readers: a note to the friend who referred her
# that never thanks him for the referral reads as written to a stranger).
_REFERRED = lazy(
    r"\b(?:who )?(?:referred|recommended) me\b|\bput me forward\b|\bput my name forward\b"
    r"|\bmy referr(?:er|al)\b",
    re.I,
)


def _notes_of(person: Interviewer) -> str:
    return f"{person.name} {person.title or ''}"


def works_there(interview: Interview) -> bool:
    """Whether the candidate works for the employer already: as ``[application] internal``
    says, or an interviewer is someone they work with now ("Raj (my current line manager)")."""
    return interview.application.internal or any(
        person.known is not False and _CURRENT.search(_notes_of(person))
        for person in interview.interviewers
    )


def knows(person: Interviewer, internal: bool) -> bool:
    """Whether the candidate knows ``person`` already (``internal``: they work there)."""
    if person.known is not None:
        return person.known
    notes = _notes_of(person)
    return bool(
        _KNOWN.search(notes) or _CURRENT.search(notes) or (internal and _MY_BOSS.search(notes))
    )


def referred(person: Interviewer) -> bool:
    """Whether the notes by their name say ``person`` put the candidate forward."""
    return bool(_REFERRED.search(_notes_of(person)))
