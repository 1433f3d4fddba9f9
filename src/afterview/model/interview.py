"""The interview record: what the candidate writes down after an interview.

Each table of the interview file (``docs/interview-file.md``) is a frozen
dataclass here. How a table is validated (its keys, their types and
constraints, unknown keys refused) is declared once in
:mod:`afterview.model.schema`; :func:`afterview.model.load_interview` is the way
in from a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from afterview.names import Greeting

__all__ = [
    "Application",
    "Candidate",
    "Debrief",
    "Interview",
    "InterviewInfo",
    "Interviewer",
    "Kind",
    "Medium",
    "Outcome",
    "Result",
]


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


# kw_only: the file's key order (required and optional keys mixed) is kept.
_table = dataclass(frozen=True, kw_only=True)
# Words of a name that stay in lower case when it is given its capitals ("van", "de la").
_PARTICLES = frozenset(
    "de da das do dos del della di du la le van von der den ter ten bin binti".split()
)


@_table
class Candidate:
    """The `[candidate]` table: who is writing the notes."""

    name: str
    email: str | None = None
    strengths: list[str] = field(default_factory=list)
    own_lines: bool = False  # thank-you notes add a line of the candidate's own

    @property
    def signature(self) -> str:
        """The name as a note is signed: "Bautista, Rafael" is signed "Rafael Bautista", and
        "Alejandra (Ali) Montoya-Fisk" without the name she goes by in brackets."""
        name = re.sub(r"\s+[(\"“][A-Z][\w'’-]*[)\"”](?=\s)", "", self.name)
        # one's own title is never signed: "Dr. Aoife Byrne" signs "Aoife Byrne" (a reader
        # of the Maynooth notes marked all seven)
        name = re.sub(r"^(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx)\.?\s+(?=[A-Z])", "", name)
        if name.islower():  # "marcus villanueva", typed in haste: a name keeps its capitals
            name = " ".join(w if w in _PARTICLES else w[:1].upper() + w[1:] for w in name.split())
        last, comma, first = name.partition(", ")
        given = first.split()
        # not "Hannah Zielinski, CCP" nor "Ana Ruiz, PhD": letters after a name stay after it
        named = 0 < len(given) <= 2 and all(
            w[:1].isupper() and w[1:].replace("-", "").isalpha() and w[1:].islower() for w in given
        )
        plain = comma and named and 0 < len(last.split()) <= 3
        return f"{first.strip()} {last.strip()}" if plain else name


@_table
class Application:
    """The `[application]` table: the company and the position."""

    company: str
    position: str
    reference: str | None = None
    internal: bool = False  # the candidate works for this employer already


@_table
class InterviewInfo:
    """The `[interview]` table: when it was, its format, and what they said comes next."""

    at: datetime
    format: Literal["phone", "video", "onsite", "panel"] | None = None
    style: Literal["behavioral", "technical", "case", "general"] | None = None
    decision_expected_by: date | None = None
    next_steps: str | None = None
    contact: str | None = None
    country: str | None = None  # ISO 3166 (US, DE-BY): its public holidays are no working days
    timezone: str | None = None  # IANA (America/New_York): windows keep their local time


@_table
class Debrief:
    """The `[debrief]` table: what the candidate wishes they had said, and news since."""

    wish_i_had_said: str | None = None
    new_information: str | None = None
    notes: str | None = None


@_table
class Outcome:
    """The `[outcome]` table: the answer, once it has come."""

    result: Result = Result.PENDING
    at: datetime | date | None = None
    by: str | None = None


# A child on the panel, as the name or title says ("pupil panel (school council)", "Strings
# captain - Phoebe, Year 11 student"): a university's "student rep" is an adult.
_A_PUPIL = (
    r"\b(?:pupils?|school council|head (?:boy|girl)|sixth[- ]formers?|school captain"
    # a school council in the Nordic languages: "elevrådet - Freja & Noah (9.b)" (late281)
    r"|elevråd(?:et|s\w*)?\b|elevkår\w*|oppilaskun\w*|nemendaráð\w*"
    r"|(?:year|yr|grade) \d{1,2} (?:students?|pupils?)|high school students?"
    # teenagers on a library's or a council's board; a Thai pupil's "M.3" (late318, late324)
    r"|teen (?:advisory|board|panel)|youth advisory|student helper.*\bM\.\s?[1-6]"
    # young people on a youth service's panel, and a teenager's age (late410 readers: a
    # LinkedIn message to "youth panel - Aoibhe & Jack (both about 16)" is a safeguarding worry)
    r"|youth panel|young inspectors?|young (?:people|person)['’]?s? panel"
    r"|care[- ]experienced young people|(?:about|aged|age) 1[0-7]"
    # "(2 x Yr 12)", "student panel (gr 7)" (late448 readers: a LinkedIn message to them)
    r"|students?\b.*\b(?:year|yr|y|grade|gr\.?|form|s)\s?(?:[6-9]|1[0-3])\b"
    # "Student council (Class XI)": a class in India's Roman numerals (late463 readers: a
    # LinkedIn connection request to pupils at a children's charity)
    r"|(?:student|students|school)\b.*\bclass\s(?:VI|VII|VIII|IX|X|XI|XII|[6-9]|1[0-2])\b)\b"
)
# The words one of which a pupil's name or title has, looked for before the pattern is built.
# A given name, then the age of a child under twelve, in brackets or said: "Ethan (8)", "Max
# (6)", "Leo, aged 7".
_A_YOUNG_CHILDS_AGE = re.compile(
    r"\b[A-Z][a-zà-ÿ]+,?\s+(?:\((?:age[d]?\s*)?(?:[1-9]|1[01])\)|aged?\s+(?:[1-9]|1[01])\b)"
)
_PUPIL_WORDS = (
    "pupil",
    "school",
    "head",
    "sixth",
    "captain",
    "student",
    "elev",
    "oppilas",
    "nemenda",
    "teen",
    "youth",
    "young",
    "about 1",
    "aged 1",
    "age 1",
)

# Words that say an adult is named, though pupils or students are too: "parent member of the
# school council", "student council advisor".
_AN_ADULT = (
    r"\b(?:parent|governor|teacher|staff|trustee|advis[eo]r|officer|dean|director"
    r"|manager|lecturer|professor|counsell?or|coordinator|worker|leader|supervisor)s?\b"
)


def names_an_adult(text: str) -> bool:
    """Whether a name or title that speaks of pupils or students names an adult."""
    return bool(re.search(_AN_ADULT, text, re.IGNORECASE))  # compiled once, on first use


@_table
class Interviewer:
    """One `[[interviewers]]` table: a person met, and what was discussed with them."""

    name: str
    title: str | None = None
    email: str | None = None
    linkedin: str | None = None
    medium: Medium | None = None
    salutation: str | None = None
    topics: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    concerns: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    rapport: str | None = None
    connected: bool | None = None
    known: bool | None = None  # the candidate knows them already; None: as the name's notes say

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    def answer_to(self, index: int) -> str | None:
        """How the candidate answers ``concerns[index]``, if the file says ("" says it does
        not: it only keeps the place of the answers after it)."""
        return (self.answers[index] or None) if index < len(self.answers) else None

    @property
    def chosen_medium(self) -> Medium:
        """The medium the notes go by: as given, else email where known, else LinkedIn; a
        pupil with no profile given gets a card, which the school passes on (a candidate who
        finds a child on LinkedIn to message them alarms a school), and so does a team."""
        if self.medium is not None:
            return self.medium
        if self.email:
            return Medium.EMAIL
        if self.linkedin:
            return Medium.LINKEDIN
        # a team has no LinkedIn inbox: one card to all of them, posted to their office
        return Medium.HANDWRITTEN if self.pupil or self.group else Medium.LINKEDIN

    @property
    def group(self) -> bool:
        """Whether the name is a team or a body rather than a person ("Yard team", "HR")."""
        from afterview.names import greeting_name, is_group

        # greeted as a body ("Dear Yard Planning Team"), not a person in one ("Gwen from HR")
        greeting = greeting_name(self.name, self.salutation)
        return not greeting.ask and is_group(greeting.name)

    @property
    def pupil(self) -> bool:
        """Whether the name or title says they are a school pupil (not "parent member of the
        school council")."""
        said = f"{self.name} {self.title or ''}"
        if not any(word in said.lower() for word in _PUPIL_WORDS):
            return False  # most people: no pattern to build
        return bool(re.search(_A_PUPIL, said, re.IGNORECASE)) and not names_an_adult(said)

    @property
    def young_child(self) -> bool:
        """Whether the name gives them the age of a young child ("Ethan (8)", "the twins -
        Olivia & Max (6)", "Tommaso (9) e Bianca (5)"): a child of the family, who gets no
        interview note of their own (late453 readers: "Thank you for taking the time to speak
        with me about the nanny role" to a six-year-old embarrassed)."""
        return bool(_A_YOUNG_CHILDS_AGE.search(self.name)) and not self.group

    @property
    def address(self) -> str | None:
        """Where a note in the chosen medium goes: an email address or a profile URL."""
        medium = self.chosen_medium
        if medium is Medium.EMAIL:
            return self.email
        if medium is Medium.LINKEDIN:
            return self.linkedin
        return None


@_table
class Interview:
    """One interview (a round), with everyone the candidate met."""

    candidate: Candidate
    application: Application
    interview: InterviewInfo
    debrief: Debrief = field(default_factory=Debrief)
    outcome: Outcome | None = None
    interviewers: list[Interviewer]

    @cached_property
    def _by_name(self) -> dict[str, Interviewer]:
        # Read once: the planner finds each of a large panel's members several times.
        found: dict[str, Interviewer] = {}
        for person in self.interviewers:
            found.setdefault(person.name.casefold(), person)
        return found

    def find(self, name: str) -> Interviewer | None:
        """The interviewer ``name`` means: written the same (ignoring case), else clearly the
        same person written another way ("Hoffmann, Sabine" for "Dr. Sabine Hoffmann"), else
        the one interviewer the notes greet by those words ("Dr. Hoffmann")."""
        key = name.strip().casefold()
        person = self._by_name.get(key)
        if person is not None:
            return person
        from afterview.names import find_person

        found = find_person(name, [p.name for p in self.interviewers])
        if found is None:  # "Mareike", "Dr. Wöhler": as the notes greet them, if only one
            words = " ".join(key.split())
            greeted = [p for p in self.interviewers if self._greeted_as(p) == words]
            if len(greeted) == 1:
                return greeted[0]
            # "Fiona McIntyre" for "Ranger Service Mgr - Fiona McIntyre": the whole name, as
            # typed among the label's words, if only one holds it (late426's writer was refused)
            whole = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
            named = [
                p for p in self.interviewers if whole.search(" ".join(p.name.casefold().split()))
            ]
            return named[0] if len(words.split()) >= 2 and len(named) == 1 else None
        return next((p for p in self.interviewers if p.name == found), None)

    def _greeted_as(self, person: Interviewer) -> str:
        """The words the notes greet ``person`` by, folded; "" when the plan asks instead."""
        greeting = self.greeting_of(person.name, person.salutation)
        return "" if greeting.ask else " ".join(greeting.name.split()).casefold()

    def greeting_of(self, name: str, salutation: str | None = None) -> Greeting:
        """How the notes greet ``name``: the file's company tells a family name that names the
        firm, and its country a name with no family name. The one way to build a greeting, for
        the drafts and for the plan's advice about them."""
        from afterview.names import greeting_name

        app, info = self.application, self.interview
        return greeting_name(name, salutation, app.company, info.country or "")

    @cached_property
    def internal_move(self) -> bool:
        """Whether the candidate works for the employer already (:mod:`.acquaintance`)."""
        from afterview.model.acquaintance import works_there

        return works_there(self)

    def knows(self, person: Interviewer) -> bool:
        """Whether the candidate knows ``person`` already: a colleague, a former boss."""
        from afterview.model.acquaintance import knows

        return knows(person, self.internal_move)

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
        """When the outcome came, as an aware datetime in the interview's time zone (a date
        alone: 09:00 that day)."""
        if self.outcome is None or self.outcome.at is None:
            return None
        at = self.outcome.at
        if isinstance(at, datetime):
            return at.astimezone(self.interview.at.tzinfo)
        # A day without a time: the news came that working day, not at midnight.
        return datetime.combine(at, time(9, 0), tzinfo=self.interview.at.tzinfo)
