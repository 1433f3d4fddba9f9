"""The interview record: what the candidate writes down after an interview.

These pydantic models mirror the interview file (``docs/interview-file.md``).
Every table forbids unknown keys so that a misspelling is caught, not ignored.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class Medium(StrEnum):
    EMAIL = "email"
    LINKEDIN = "linkedin"
    HANDWRITTEN = "handwritten"


class Kind(StrEnum):
    THANK_YOU = "thank_you"
    STATUS_INQUIRY = "status_inquiry"
    REJECTION_REPLY = "rejection_reply"
    FEEDBACK_REQUEST = "feedback_request"


class Result(StrEnum):
    PENDING = "pending"
    REJECTED = "rejected"
    OFFER = "offer"
    WITHDRAWN = "withdrawn"


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class LocatedValueError(ValueError):
    """A validation error that knows the key path it concerns (read by the loader)."""

    def __init__(self, loc: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.loc = loc


def _no_line_breaks(value: str | None, what: str) -> str | None:
    if value is not None and ("\n" in value or "\r" in value):
        raise ValueError(f"{what} must be on one line")
    return value


class Candidate(_Table):
    name: Name
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = None
    strengths: list[Text] = Field(default_factory=list)

    @field_validator("name")
    @classmethod
    def _one_line(cls, v: str) -> str:
        return _no_line_breaks(v, "a name") or v


class Application(_Table):
    company: Name
    position: Name
    reference: Text | None = None


class InterviewInfo(_Table):
    at: datetime
    format: Literal["phone", "video", "onsite", "panel"] | None = None
    style: Literal["behavioral", "technical", "case", "general"] | None = None
    decision_expected_by: date | None = None
    next_steps: Text | None = None
    contact: Name | None = None

    @field_validator("at", mode="before")
    @classmethod
    def _aware(cls, v: object) -> object:
        if isinstance(v, datetime) and v.tzinfo is None:
            raise ValueError(
                "needs a UTC offset, e.g. 2026-11-20T14:00:00-05:00 (the plan's times carry it)"
            )
        if isinstance(v, date) and not isinstance(v, datetime):
            raise ValueError("needs a time and a UTC offset, e.g. 2026-11-20T14:00:00-05:00")
        return v

    @field_validator("decision_expected_by", mode="before")
    @classmethod
    def _date_only(cls, v: object) -> object:
        # A datetime is accepted and read as its own calendar date.
        if isinstance(v, datetime):
            return v.date()
        return v


class Debrief(_Table):
    wish_i_had_said: Text | None = None
    new_information: Text | None = None
    notes: Text | None = None


class Outcome(_Table):
    result: Result = Result.PENDING
    at: datetime | date | None = None
    by: Name | None = None

    @field_validator("at", mode="before")
    @classmethod
    def _aware(cls, v: object) -> object:
        if isinstance(v, str):  # from JSON or a form: "2026-11-25" is a date, not midnight UTC
            try:
                v = date.fromisoformat(v) if len(v.strip()) == 10 else datetime.fromisoformat(v)
            except ValueError:
                raise ValueError(
                    f"should be a date such as 2026-12-02, or a date and time with offset, not {v!r}"
                ) from None
        if isinstance(v, datetime) and v.tzinfo is None:
            raise ValueError("needs a UTC offset, or give a date alone")
        return v

    @model_validator(mode="after")
    def _when(self) -> Outcome:
        if self.result is not Result.PENDING and self.at is None:
            raise ValueError(f"a {self.result.value!r} outcome needs 'at': when you heard")
        return self


class Interviewer(_Table):
    name: Name
    title: Text | None = None
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None = None
    linkedin: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    medium: Medium | None = None
    salutation: Text | None = None
    topics: list[Text] = Field(default_factory=list)
    questions: list[Text] = Field(default_factory=list)
    concerns: list[Text] = Field(default_factory=list)
    rapport: Text | None = None

    @field_validator("name", "salutation")
    @classmethod
    def _one_line(cls, v: str | None) -> str | None:
        return _no_line_breaks(v, "a name or salutation")

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def chosen_medium(self) -> Medium:
        """The medium the notes go by: as given, else email where known, else LinkedIn."""
        if self.medium is not None:
            return self.medium
        return Medium.EMAIL if self.email else Medium.LINKEDIN

    @property
    def address(self) -> str | None:
        """Where a note in the chosen medium goes: an email address or a profile URL."""
        medium = self.chosen_medium
        if medium is Medium.EMAIL:
            return self.email
        if medium is Medium.LINKEDIN:
            return self.linkedin
        return None


class Interview(_Table):
    """One interview (a round), with everyone the candidate met."""

    candidate: Candidate
    application: Application
    interview: InterviewInfo
    debrief: Debrief = Field(default_factory=Debrief)
    outcome: Outcome | None = None
    interviewers: list[Interviewer] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Interview:
        seen: dict[str, int] = {}
        for i, person in enumerate(self.interviewers):
            key = person.name.casefold()
            if key in seen:
                raise LocatedValueError(
                    ("interviewers", i, "name"),
                    f"{person.name!r} is also the name of interviewers[{seen[key]}]: each note goes "
                    "to one person, so give each a distinct name (add an initial or their title)",
                )
            seen[key] = i
            if person.medium is Medium.EMAIL and not person.email:
                raise LocatedValueError(
                    ("interviewers", i, "medium"),
                    f"is 'email' but {person.name} has no email: add one, or choose linkedin or handwritten",
                )
        contact = self.interview.contact
        if contact is not None and self.find(contact) is None:
            raise LocatedValueError(
                ("interview", "contact"),
                f"{contact!r} is not one of the interviewers "
                f"({', '.join(p.name for p in self.interviewers)})",
            )
        return self

    def find(self, name: str) -> Interviewer | None:
        key = name.strip().casefold()
        for person in self.interviewers:
            if person.name.casefold() == key:
                return person
        return None

    @property
    def contact(self) -> Interviewer:
        """Whom to ask about the decision: as given, else the first interviewer."""
        if self.interview.contact:
            found = self.find(self.interview.contact)
            if found is not None:
                return found
        return self.interviewers[0]

    @property
    def outcome_result(self) -> Result:
        return self.outcome.result if self.outcome else Result.PENDING

    @property
    def outcome_at(self) -> datetime | None:
        """When the outcome came, as an aware datetime (a date alone: that day's start)."""
        if self.outcome is None or self.outcome.at is None:
            return None
        at = self.outcome.at
        if isinstance(at, datetime):
            return at
        return datetime.combine(at, time(0, 0), tzinfo=self.interview.at.tzinfo)
