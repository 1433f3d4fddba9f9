"""Drafts for planned messages: a complete subject and body for each.

Thank-you notes are assembled from parts chosen for one recipient (see
``parts.py``) and kept within the word range of their medium: optional parts
are dropped, most optional first, when a note runs long, and neutral
sentences added when it runs short.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from afterview.compose.language import sentence
from afterview.compose.parts import ThankYouParts, greeting, thank_you_parts, topic_phrase
from afterview.compose.render import render
from afterview.model import Interview, Kind, Medium, PlannedMessage
from afterview.timing import DRAFT_WORDS, word_count

# Dropped in this order when a note is too long; topics and thanks always stay.
_OPTIONAL = ("rapport", "news", "wish", "concern")


def _without(parts: ThankYouParts, name: str) -> ThankYouParts:
    """The same parts with one optional sentence left out."""
    trimmed = replace(parts)
    setattr(trimmed, name, "")
    return trimmed


class Composer:
    """Writes drafts from templates; ``templates`` is a folder of overrides, or None."""

    def __init__(self, templates: str | None = None) -> None:
        self.templates = templates

    def draft_all(
        self, interview: Interview, messages: list[PlannedMessage]
    ) -> list[PlannedMessage]:
        return [self.draft(interview, m) for m in messages]

    def draft(self, interview: Interview, message: PlannedMessage) -> PlannedMessage:
        if message.kind is Kind.THANK_YOU:
            subject, body = self._thank_you(interview, message)
        else:
            subject, body = self._later(interview, message)
        if message.medium is not Medium.EMAIL:
            subject = ""
        return message.with_draft(subject, body)

    def _names(self, message: PlannedMessage, part: str = "") -> list[str]:
        kind = message.kind.value
        if part:
            return [f"{kind}.{message.medium.value}.{part}.j2", f"{kind}.{part}.j2"]
        return [f"{kind}.{message.medium.value}.j2", f"{kind}.j2"]

    def _thank_you(self, interview: Interview, message: PlannedMessage) -> tuple[str, str]:
        person = interview.find(message.recipient)
        assert person is not None, "a thank-you always goes to an interviewer"
        variant = interview.interviewers.index(person)
        parts = thank_you_parts(interview, person, variant, message.medium)
        low, high = DRAFT_WORDS[message.medium.value]
        extras = list(parts.extras)
        context = self._context(interview, message, person)

        def body_of(p: ThankYouParts) -> str:
            return render(self.templates, self._names(message), {**context, "p": p})

        current = replace(parts, extras=[])
        body = body_of(current)
        for name in _OPTIONAL:
            if word_count(body) <= high:
                break
            current = _without(current, name)
            body = body_of(current)
        while word_count(body) < low and extras:
            current = replace(current, extras=[*current.extras, extras.pop(0)])
            body = body_of(current)
        subject = render(self.templates, self._names(message, "subject"), {**context, "p": current})
        return subject, body

    def _later(self, interview: Interview, message: PlannedMessage) -> tuple[str, str]:
        person = interview.find(message.recipient)
        context = self._context(interview, message, person)
        news = interview.debrief.new_information
        context["news"] = sentence(news) if news else ""
        body = render(self.templates, self._names(message), context)
        subject = render(self.templates, self._names(message, "subject"), context)
        return subject, body

    def _context(
        self, interview: Interview, message: PlannedMessage, person: Any
    ) -> dict[str, Any]:
        if person is not None:
            hello = greeting(person, message.medium)
        else:  # someone outside the panel, known only by name
            hello = f"Dear {message.recipient.split()[0]},"
        topic_person = person
        if person is None or not person.topics:
            topic_person = next((p for p in interview.interviewers if p.topics), None)
        return {
            "message": message,
            "interview": interview.interview,
            "application": interview.application,
            "candidate": interview.candidate,
            "debrief": interview.debrief,
            "interviewer": person,
            "greeting": hello,
            "topic": topic_phrase(topic_person),
        }
