"""Which messages an interview calls for, to whom, by which medium, and when.

Pure functions over the model: no drafts here (see :mod:`afterview.compose`),
no I/O. Every decision carries the etiquette reason that ``why`` shows.
"""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import date, datetime

from afterview import timing
from afterview.check.lazy import lazy
from afterview.model import Interview, Interviewer, Kind, Medium, PlannedMessage, Result

_DAY = "%A %-d %B"


def _when(moment: datetime) -> str:
    return moment.strftime(_DAY)


def thank_you_notes(interview: Interview, closed: Container[date] = ()) -> list[PlannedMessage]:
    """A note to each interviewer, from the end of the interview to 24 hours after it."""
    at = interview.interview.at
    opens = at + timing.THANK_YOU_OPENS_AFTER
    due = at + timing.THANK_YOU_DUE_WITHIN
    return [
        PlannedMessage(
            kind=Kind.THANK_YOU,
            recipient=person.name,
            medium=person.chosen_medium,
            send_after=opens,
            send_by=due,
            why=_thank_you_why(person, due, closed),
            address=person.address,
        )
        for person in interview.interviewers
        if not person.young_child  # thanked in the note to the parents (planner.advice)
    ]


def _thank_you_why(person: Interviewer, due: datetime, closed: Container[date]) -> str:
    medium = person.chosen_medium
    if medium is Medium.HANDWRITTEN and person.medium is None and person.group and not person.pupil:
        why = (
            f"{person.name} is a team, which no LinkedIn message reaches: one handwritten card "
            f"to all of them, posted to their office or left at reception by {due:%-H:%M} on "
            f"{_when(due)}, thanks them."
        )
    elif medium is Medium.HANDWRITTEN and person.medium is None:
        why = (
            f"{person.name} is a pupil: a handwritten card, left with the school office (or "
            f"the front desk) by {due:%-H:%M} on {_when(due)} to be passed on, thanks them; "
            "never a message to a child on social media."
        )
    elif medium is Medium.HANDWRITTEN:
        why = (
            "A handwritten card stands out only if it is posted within 24 hours: "
            f"write it today and post it by {due:%-H:%M} on {_when(due)}."
        )
    elif medium is Medium.LINKEDIN and person.medium is None:
        why = (
            f"No email address is known for {person.name}, so a LinkedIn message carries "
            "the note, within 24 hours while the conversation is fresh for both of you."
        )
    else:
        why = (
            "A note of your own to each interviewer within 24 hours keeps the conversation "
            "fresh for both of you; one note to the whole panel reads as a form letter."
        )
    if medium is Medium.LINKEDIN and not person.linkedin:
        why += (
            f" You have no email or LinkedIn profile for {person.name}: find them on LinkedIn "
            "by name, or ask your recruiter contact to pass the note on."
        )
    if timing.is_weekend(due.date(), closed):
        back = timing.weekend_over(due.date(), closed)
        why += (
            " Sending at the weekend is fine: it will be waiting for them on "
            f"{back.strftime('%A')} morning."
        )
    return why


def status_inquiries(
    interview: Interview, thank_yous: list[PlannedMessage], closed: Container[date] = ()
) -> list[PlannedMessage]:
    """At most two polite inquiries to the contact, once their own timeline has passed.

    Windows open at 9:00 on working days (``closed``: the public holidays to avoid).
    """
    contact = interview.contact
    medium = Medium.EMAIL if contact.email else Medium.LINKEDIN
    address = contact.email if contact.email else contact.linkedin
    last_thanks = max(m.send_by for m in thank_yous)
    decision = interview.interview.decision_expected_by
    if decision is not None:
        # Never on the heels of the thank-you notes, even when the decision was due that day.
        earliest = timing.business_morning(
            timing.working_days_after(last_thanks.date(), timing.INQUIRY_AFTER_THANKS_DAYS, closed),
            last_thanks,
        )
        first_opens = max(
            timing.business_morning(timing.next_weekday_after(decision, closed), last_thanks),
            earliest,
        )
        first_why = (
            f"They expected a decision by {decision:%A %-d %B}; once that date has passed, "
            "one short, polite note asking about the timeline is expected, not pushy."
        )
    else:
        first_opens = timing.on_business_day(last_thanks + timing.FOLLOW_UP_WAIT, closed)
        first_why = (
            "No decision date was given, so wait a week after your thank-you notes, then ask "
            "once, politely, about the timeline."
        )
    first_closes = first_opens + timing.FOLLOW_UP_WINDOW
    # One's own manager, or a colleague, is asked in person after one written note: a second
    # one "in case my last message was missed" read as pressure on someone seen every day
    # (late429 readers).
    once = interview.internal_move and interview.knows(contact)
    if once:
        first_why += (
            " You work with them: if it goes unanswered, ask them in person rather than "
            "writing again."
        )
    first = PlannedMessage(
        kind=Kind.STATUS_INQUIRY,
        recipient=contact.name,
        medium=medium,
        send_after=first_opens,
        send_by=first_closes,
        why=first_why,
        address=address,
        sequence=1,
    )
    if once:
        return [first]
    second_opens = timing.on_business_day(first_closes + timing.FOLLOW_UP_WAIT, closed)
    second_why = (
        "If the first inquiry goes unanswered, one more a week later is acceptable, and it is "
        "the last: after it, silence is the answer, so put your energy into other applications."
    )
    return [
        first,
        PlannedMessage(
            kind=Kind.STATUS_INQUIRY,
            recipient=contact.name,
            medium=medium,
            send_after=second_opens,
            send_by=second_opens + timing.FOLLOW_UP_WINDOW,
            why=second_why,
            address=address,
            sequence=2,
        ),
    ]


def rejection_answers(
    interview: Interview, news_at: datetime, closed: Container[date] = ()
) -> list[PlannedMessage]:
    """A gracious reply to whoever gave the news, then a short request for feedback."""
    outcome = interview.outcome
    by = outcome.by if outcome and outcome.by else interview.contact.name
    person = interview.find(by)
    if person is not None:
        name = person.name
        medium = Medium.EMAIL if person.email else Medium.LINKEDIN
        address = person.email if person.email else person.linkedin
    else:  # news from someone not on the panel, e.g. a recruiter: answer the email it came in
        name, medium, address = by, Medium.EMAIL, None
    reply_by = news_at + timing.REJECTION_REPLY_WITHIN
    feedback_opens = timing.on_business_day(news_at + timing.FEEDBACK_REQUEST_AFTER, closed)
    return [
        PlannedMessage(
            kind=Kind.REJECTION_REPLY,
            recipient=name,
            medium=medium,
            send_after=news_at,
            send_by=reply_by,
            why=(
                "A gracious reply within three days leaves the door open: people who were "
                "turned down gracefully are remembered for the next opening."
            ),
            address=address,
        ),
        PlannedMessage(
            kind=Kind.FEEDBACK_REQUEST,
            recipient=name,
            medium=medium,
            send_after=feedback_opens,
            send_by=feedback_opens + timing.FEEDBACK_REQUEST_WINDOW,
            why=(
                "Asking once, briefly, a day after your reply often brings useful feedback; "
                "if none comes, let it go."
            ),
            address=address,
        ),
    ]


def schedule(
    interview: Interview, *, closed: Container[date] | None = None
) -> list[PlannedMessage]:
    """Every message the interview calls for, without drafts, in sending order.

    ``closed`` are the days that are no working days besides weekends; by default the
    public holidays of the interview's country (:mod:`afterview.workdays`).
    """
    if closed is None:
        from afterview import workdays

        closed = workdays.closed_days(workdays.country(interview.interview.country))
    thanks = thank_you_notes(interview, closed)
    result = interview.outcome_result
    news_at = interview.outcome_at
    if result is Result.PENDING or news_at is None:
        if filled_by_a_match(interview):
            return sort_messages(thanks, interview)  # the result comes on Match Day
        return sort_messages(thanks + status_inquiries(interview, thanks, closed), interview)
    # News cannot come before the interview is over.
    news_at = max(news_at, interview.interview.at + timing.THANK_YOU_OPENS_AFTER)
    # Nothing is chased once the outcome is known: a status inquiry asks for the news, so none
    # is planned, even one that fell due before it (a sent one is in the store).
    messages = [m for m in thanks if m.send_after < news_at]
    if result is Result.REJECTED:
        messages += rejection_answers(interview, news_at, closed)
    return sort_messages(messages, interview)


# A post filled through a match (a residency or a fellowship: NRMP, CaRMS, Oriel's national
# offers come later), told by what the file says of it: its result comes on Match Day, for all
# at once, and nobody at the programme can say more before then.
_A_MATCH = lazy(
    r"\b(?:(?-i:NRMP|ERAS|CaRMS|SF Match|the Match)|(?:fellowship|residency) match|match day|"
    r"rank order list)\b",  # "eras", in small letters, is a word
    re.IGNORECASE,
)


def filled_by_a_match(interview: Interview) -> bool:
    """Whether the post is filled through a match, so no status inquiry can be answered."""
    app, info = interview.application, interview.interview
    said = (app.position, app.company, app.reference or "", info.next_steps or "")
    return any(_A_MATCH.search(text) for text in said)


def sort_messages(messages: list[PlannedMessage], interview: Interview) -> list[PlannedMessage]:
    order = {p.name: i for i, p in enumerate(interview.interviewers)}
    kinds = list(Kind)
    return sorted(
        messages,
        key=lambda m: (
            m.send_after,
            kinds.index(m.kind),
            m.sequence,
            order.get(m.recipient, len(order)),
        ),
    )
