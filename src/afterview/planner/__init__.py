"""Planning: from an interview to every message it calls for, drafted and dated.

>>> import afterview
>>> plan = afterview.plan(afterview.load_interview("examples/panel.toml"))  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from afterview.model import Interview, Plan, PlannedMessage
from afterview.planner.schedule import schedule


class Status(StrEnum):
    """Where a message stands at a given moment."""

    UPCOMING = "upcoming"  # its window has not opened
    OPEN = "open"  # send it now
    OVERDUE = "overdue"  # its window has closed


def status(message: PlannedMessage, now: datetime) -> Status:
    if now < message.send_after:
        return Status.UPCOMING
    if now <= message.send_by:
        return Status.OPEN
    return Status.OVERDUE


def plan(
    interview: Interview,
    *,
    templates: str | None = None,
    check: bool = True,
    disable: Sequence[str] = (),
    words: Sequence[str] = (),
    other_companies: Sequence[str] = (),
) -> Plan:
    """Every message the interview calls for, each with its window, reason and draft.

    With ``check`` (the default) each draft carries the etiquette checker's
    findings; ``disable`` (rule id prefixes), ``words`` (accepted spellings) and
    ``other_companies`` (the candidate's other applications, for the
    wrong-company rule) are passed on to it.
    """
    from afterview.compose import Composer

    composer = Composer(templates)
    messages = composer.draft_all(interview, schedule(interview))
    if check:
        from afterview.planner.review import review

        messages = review(
            interview, messages, disable=disable, words=words, other_companies=other_companies
        )
    return Plan(
        company=interview.application.company,
        position=interview.application.position,
        at=interview.interview.at,
        messages=tuple(messages),
        notes=tuple(
            [
                *advice(interview),
                *(
                    f"The note to {name} names nothing from your conversation: none of the "
                    "lines recorded for them could go into it (see below). Add one thing you "
                    "talked about, in a few words."
                    for name in composer.generic
                ),
                *(left.advice() for left in composer.left_out),
            ]
        ),
    )


def advice(interview: Interview) -> list[str]:
    """What the user could add or do that no message covers."""
    from afterview.model import Medium, Result
    from afterview.names import find_person, is_group

    notes = []
    for person in interview.interviewers:
        if person.young_child:
            notes.append(
                f"{person.name}: a young child gets no interview note of their own. Thank them "
                "in a line of the note to their parents, or with a few words of your own on a "
                "card they can read."
            )
            continue
        found = interview.greeting_of(person.name, person.salutation)
        if is_group(found.name) and person.chosen_medium is Medium.LINKEDIN:
            notes.append(
                f"{person.name} is a team, and a LinkedIn message goes to one person: give "
                "their [[interviewers]] table an email (a team's shared address), or write to "
                "one of them by name."
            )
        if found.ask:
            notes.append(
                f"How to greet {person.name} is not known ({found.ask}), so the draft says "
                f"“Dear {found.slot},” and cannot be sent as it is: set salutation in their "
                "[[interviewers]] table to how they are addressed, such as a title with the "
                "family name, or the name they go by."
            )
        if not person.topics and not person.questions:
            notes.append(
                f"Nothing is recorded of your conversation with {person.name}: add a topic or two "
                "to their [[interviewers]] table, so the note can mention something only they discussed."
            )
    from afterview import workdays

    code = interview.interview.country  # the file's own key, which the advice names
    if code and workdays.deprecated(code):
        notes.append(
            f"The holidays package has deprecated the subdivision in country = {code!r}: it "
            "works today and will stop working in a later version. Write a subdivision it "
            "lists for that country (or the country alone)."
        )
    by = interview.outcome.by if interview.outcome else None
    names = [p.name for p in interview.interviewers]
    if by and find_person(by, names) is None and (found := interview.greeting_of(by)).ask:
        notes.append(
            f"How to greet {by} is not known ({found.ask}), so the reply says “Dear "
            f"{found.slot},” and cannot be sent as it is: write [outcome] by as you would "
            "address them, such as a title with the family name, or the name they go by."
        )
    company = interview.application.company
    if _RECRUITS_FOR_OTHERS.search(company):
        from afterview.compose.parts import company as mid_sentence

        notes.append(
            f"The notes name {company} as the employer (“the role at {mid_sentence(company)}”). If it "
            "recruits for another department, write that department as [application] company, "
            "and ask its office, not the board's members, about the result: a message to a "
            "member about your own selection can read as canvassing."
        )
    if not interview.candidate.strengths:
        notes.append(
            'Add a few [candidate] strengths (each finishing the sentence "I ..."): the notes use '
            "them to say why you fit and to answer concerns."
        )
    result = interview.outcome_result
    from afterview.planner.schedule import filled_by_a_match

    if result in (None, Result.PENDING) and filled_by_a_match(interview):
        notes.append(
            "The post is filled through a match: its result comes on Match Day, so no status "
            "inquiry is planned (before then the programme can tell you nothing, and asking "
            "where you rank breaks the match's rules). If the programme asked for no contact "
            "after the interview, leave the thank-you notes unsent too."
        )
    if result is Result.OFFER:
        notes.append(
            "Congratulations on the offer: reply to it directly; nothing is chased after it."
        )
    elif result is Result.WITHDRAWN:
        notes.append("You withdrew: the plan ends here.")
    return notes


# A body that selects staff for other employers: a public service commission, a staff
# selection board.
_RECRUITS_FOR_OTHERS = re.compile(
    r"\b(?:public service commission|civil service commission|staff selection commission|"
    r"public appointments service|service commission|selection board|recruitment board|"
    r"services selection board|UPSC|[A-Z]{1,3}PSC)\b",
    re.I,
)

__all__ = ["Status", "plan", "schedule", "status"]
