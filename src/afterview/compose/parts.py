"""The sentences of each draft, built from the interview and chosen per recipient.

Every part is either a finished sentence or ``""``: a missing field changes
the sentence or drops it, it never leaves a gap. Templates lay the parts out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from afterview.compose import phrases as P
from afterview.compose.language import content_words, inline, overlap, sentence
from afterview.model import Interview, Interviewer, Medium


@dataclass
class ThankYouParts:
    """The sentences of one thank-you note, chosen for its recipient (the templates' ``p``)."""

    greeting: str
    thanks: str
    topics: str
    concern: str
    fit: str
    wish: str
    news: str
    rapport: str
    closing: str
    sign_off: str
    signature: str
    subject: str
    extras: list[str] = field(default_factory=list)
    layout: int = 0


# A concern that names a shortfall reads as the candidate's own: "my limited Scala experience".
_SHORTFALL = frozenset("limited little lack thin short narrow less fewer minimal modest".split())


def own(concern: str) -> str:
    first, _, rest = concern.partition(" ")
    if first.lower() not in _SHORTFALL:
        return concern
    if first.lower() == "little" and rest:  # "my little experience" would read as a size
        first = "limited"
    return f"my {first} {rest}".strip()


def greeting(person: Interviewer, medium: Medium) -> str:
    name = person.salutation or person.first_name
    if medium is Medium.LINKEDIN and not person.salutation:
        return f"Hi {name},"
    return f"Dear {name},"


def best_strength(strengths: list[str], text: str, skip: set[int] | None = None) -> int | None:
    """The index of the strength that shares most words with ``text``, if any does."""
    best, score = None, 0
    for i, s in enumerate(strengths):
        if skip and i in skip:
            continue
        n = overlap(s, text)
        if n > score:
            best, score = i, n
    return best


def owner_of(text: str, interview: Interview, at_least: int = 2) -> Interviewer:
    """The interviewer whose conversation a debrief line is clearly about, else the contact.

    "Clearly" means sharing ``at_least`` meaningful words with what was discussed
    with them; one common word ("data") is not enough to move a line away from
    the contact, who hears about the decision and so gets the news.
    """
    best, score = interview.contact, at_least - 1
    words = content_words(text)
    for person in interview.interviewers:
        n = len(
            words & content_words(" ".join([*person.topics, *person.concerns, *person.questions]))
        )
        if n > score:
            best, score = person, n
    return best


def thank_you_parts(
    interview: Interview, person: Interviewer, variant: int, medium: Medium
) -> ThankYouParts:
    app = interview.application
    fields = {
        "position": app.position,
        "company": app.company,
        "meeting": P.MEETING[interview.interview.format],
        "weekday": f"{interview.interview.at:%A}",
        "candidate": interview.candidate.name,
    }
    topics = [inline(t) for t in person.topics]
    if len(topics) >= 2:
        topic_text = P.pick(P.TWO_TOPICS, "topics", variant).format(t1=topics[0], t2=topics[1])
    elif topics:
        topic_text = P.pick(P.ONE_TOPIC, "topics", variant).format(t1=topics[0])
    elif person.questions:
        question = sentence(person.questions[0].strip())
        topic_text = P.pick(P.QUESTION, "question", variant).format(q=question)
    else:
        topic_text = ""

    strengths = [inline(s) for s in interview.candidate.strengths]
    used: set[int] = set()
    concern_text = ""
    if person.concerns:
        concern = own(inline(person.concerns[0]))
        match = best_strength(strengths, concern)
        if match is not None:
            used.add(match)
            concern_text = P.pick(P.CONCERN_MATCHED, "concern", variant).format(
                concern=concern, strength=strengths[match]
            )
        else:
            concern_text = P.pick(P.CONCERN_OPEN, "concern", variant).format(concern=concern)

    if strengths:
        context = " ".join([*person.topics, *person.questions])
        choice = best_strength(strengths, context, skip=used)
        if choice is None:
            free = [i for i in range(len(strengths)) if i not in used] or list(
                range(len(strengths))
            )
            choice = free[variant % len(free)]
        fit = P.pick(P.FIT, "fit", variant).format(strength=strengths[choice], **fields)
    else:
        fit = P.pick(P.FIT_NO_STRENGTH, "fit", variant).format(**fields)

    debrief = interview.debrief
    wish = news = ""
    if debrief.wish_i_had_said and owner_of(debrief.wish_i_had_said, interview) == person:
        wish = P.pick(P.WISH, "wish", variant).format(wish=sentence(debrief.wish_i_had_said))
    if debrief.new_information and owner_of(debrief.new_information, interview) == person:
        news = P.pick(P.NEWS, "news", variant).format(news=sentence(debrief.new_information))
    rapport = ""
    if person.rapport:
        rapport = P.pick(P.RAPPORT, "rapport", variant).format(rapport=inline(person.rapport))

    extras = [P.pick(P.EXTRA, "extra", variant + k).format(**fields) for k in range(3)]
    return ThankYouParts(
        greeting=greeting(person, medium),
        thanks=P.pick(P.THANKS, "thanks", variant).format(**fields),
        topics=topic_text,
        concern=concern_text,
        fit=fit,
        wish=wish,
        news=news,
        rapport=rapport,
        closing=P.pick(P.CLOSING, "closing", variant),
        sign_off=P.pick(P.SIGN_OFF, "sign_off", variant),
        signature=interview.candidate.name,
        subject=P.pick(P.SUBJECT, "subject", variant).format(**fields),
        extras=extras,
        layout=variant % 3,
    )


def topic_phrase(person: Interviewer | None) -> str:
    """A short reminder of what was discussed, for later messages ("" if nothing known)."""
    if person is None or not person.topics:
        return ""
    return inline(person.topics[0])
