"""Starting an interview file from answers to questions (``afterview new``).

The questions, how an answer is read (dates, offsets, lists, choices) and how
each answer is checked live here; the command only asks them. Each answer is
checked against the same schemas the loader uses (``model/schema.py``), so a
file this module writes always loads.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal

from afterview.errors import InputError
from afterview.model.engine import ValidationError
from afterview.model.interview import (
    Application,
    Candidate,
    Debrief,
    Interview,
    Interviewer,
    InterviewInfo,
)
from afterview.model.load import KeyLocator, describe_error, interview_from_dict
from afterview.model.schema import TABLES, validator
from afterview.model.toml_out import interview_to_toml

AnswerKind = Literal["text", "list", "choice", "when", "date", "yesno"]

MODELS: dict[str, type] = {
    "candidate": Candidate,
    "application": Application,
    "interview": InterviewInfo,
    "debrief": Debrief,
    "interviewers": Interviewer,
}

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def _choices(model: type, key: str) -> tuple[str, ...]:
    """The allowed values of a key with a fixed set of them, read from the schema itself."""
    return TABLES[model][key].choices


@dataclass(frozen=True)
class Question:
    """One key of the interview file, asked as a question."""

    table: str  # a key of MODELS
    key: str
    prompt: str
    kind: AnswerKind = "text"
    required: bool = False
    # Asked only when the answers so far make it relevant (an answer needs a concern).
    only_if: Callable[[dict[str, Any]], bool] | None = None

    def applies(self, table_answers: dict[str, Any]) -> bool:
        return self.only_if is None or self.only_if(table_answers)

    @property
    def choices(self) -> tuple[str, ...]:
        return _choices(MODELS[self.table], self.key) if self.kind == "choice" else ()

    def parse(self, answer: str) -> Any:
        """The value of one answer; raises ValueError with a message for the user."""
        answer = answer.strip()
        if self.kind == "choice" and answer not in self.choices:
            raise ValueError(f"choose one of {', '.join(self.choices)} (or leave it empty)")
        if self.kind == "date":
            return parse_date(answer)
        if self.kind == "when":
            return parse_when(answer)
        if self.kind == "yesno":
            if answer.lower() not in ("y", "yes", "n", "no"):
                raise ValueError("answer yes or no (or leave it empty)")
            return answer.lower().startswith("y")
        return answer

    def check(self, table_answers: dict[str, Any], value: Any) -> str | None:
        """Why ``value`` cannot be this key's value, or None if it can."""
        if (self.table, self.key, value) == (
            "interviewers",
            "medium",
            "email",
        ) and not table_answers.get("email"):
            return "you gave no email address for them: add one, or choose linkedin or handwritten"
        try:
            validator(MODELS[self.table]).validate_python({**table_answers, self.key: value})
        except ValidationError as exc:
            for err in exc.errors():
                # The key's own error, or the table's check of it (a time zone against the offset).
                if tuple(err["loc"][:1]) == (self.key,) or not err["loc"]:
                    prefix: tuple[str | int, ...] = (
                        (self.table, 0) if self.table == "interviewers" else (self.table,)
                    )
                    return describe_error(err, "<answer>", KeyLocator(""), prefix=prefix).message
        return None


QUESTIONS: tuple[Question, ...] = (
    Question("candidate", "name", "Your name", required=True),
    Question("candidate", "email", "Your email address"),
    Question("candidate", "strengths", "A strength of yours for this job", "list"),
    Question(
        "candidate",
        "own_lines",
        "Should thank-you notes add a line about you, such as a strength (yes/no)",
        "yesno",
    ),
    Question("application", "company", "Company", required=True),
    Question("application", "position", "Position", required=True),
    Question("application", "reference", "The posting's reference or id"),
    Question(
        "application",
        "internal",
        "Do you work for this employer already, as in an internal move (yes/no)",
        "yesno",
    ),
    Question(
        "interview", "at", "When did the interview start (YYYY-MM-DD HH:MM)", "when", required=True
    ),
    Question("interview", "format", "Format", "choice"),
    Question("interview", "style", "Style", "choice"),
    Question(
        "interview",
        "decision_expected_by",
        "When did they say they would decide (YYYY-MM-DD)",
        "date",
    ),
    Question("interview", "next_steps", "Next steps they described"),
    Question(
        "interview",
        "country",
        "The interviewers' country, whose public holidays to avoid (e.g. US, GB, DE-BY)",
    ),
    Question(
        "interview",
        "timezone",
        "Their time zone, so 9:00 stays 9:00 across daylight saving (e.g. America/New_York)",
    ),
)

DEBRIEF_QUESTIONS: tuple[Question, ...] = (
    Question("debrief", "wish_i_had_said", "Something you wish you had said"),
    Question("debrief", "new_information", "News since the interview worth sharing"),
    Question("debrief", "notes", "Other notes for yourself"),
)

INTERVIEWER_QUESTIONS: tuple[Question, ...] = (
    Question("interviewers", "name", "Name", required=True),
    Question("interviewers", "title", "Title"),
    Question("interviewers", "email", "Email address"),
    Question("interviewers", "linkedin", "LinkedIn profile URL"),
    Question("interviewers", "medium", "Send the note by", "choice"),
    Question(
        "interviewers", "salutation", "How to address them, if not by first name (e.g. Dr. Okafor)"
    ),
    Question("interviewers", "topics", "A topic you discussed with them", "list"),
    Question("interviewers", "questions", "A question they asked you", "list"),
    Question("interviewers", "concerns", "A doubt they raised", "list"),
    Question(
        "interviewers",
        "answers",
        "How you answer each doubt, in the same order",
        "list",
        only_if=lambda person: bool(person.get("concerns")),
    ),
    Question("interviewers", "rapport", "A personal connection you made"),
    Question(
        "interviewers",
        "known",
        "Did you know them before, as a colleague or a former manager (yes/no)",
        "yesno",
    ),
    Question(
        "interviewers",
        "connected",
        "Already connected with them on LinkedIn (yes/no)",
        "yesno",
        only_if=lambda person: (
            person.get("medium") == "linkedin"
            or (not person.get("medium") and not person.get("email"))
        ),
    ),
)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{text.strip()!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-12-04"
        ) from None


def parse_when(text: str) -> datetime:
    """A date and time, with or without an offset (``2026-11-20 14:00``, ``...T14:00-05:00``)."""
    cleaned = re.sub(r"\s+([+-]\d|Z$|z$)", r"\1", text.strip())  # "14:00 -05:00" -> "14:00-05:00"
    try:
        when = datetime.fromisoformat(cleaned)
    except ValueError:
        raise ValueError(
            f"{text.strip()!r} is not a date and time: write it as YYYY-MM-DD HH:MM, e.g. 2026-11-20 14:00"
        ) from None
    if len(cleaned) <= 10:  # a date alone
        raise ValueError("give the time too, e.g. 2026-11-20 14:00")
    return when


def parse_offset(text: str) -> timezone:
    """A UTC offset such as ``-05:00``, ``+0530``, ``+1``, ``UTC`` or ``Z``."""
    text = text.strip()
    if text.upper() in ("Z", "UTC", "GMT", "+00:00", "-00:00"):
        return UTC
    m = _OFFSET.match(text)
    if m:
        sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
        if hours <= 14 and minutes < 60:
            delta = timedelta(hours=hours, minutes=minutes)
            return timezone(-delta if sign == "-" else delta)
    raise ValueError(f"{text!r} is not a UTC offset: write it like -05:00, +01:00 or +05:30")


def format_offset(offset: timedelta) -> str:
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def local_offset(at: datetime) -> str:
    """This computer's UTC offset at the (naive, local) time ``at``, as ``-05:00``."""
    try:
        offset = at.astimezone().utcoffset()
    except (OverflowError, OSError, ValueError):  # years the platform's clock cannot handle
        offset = datetime.now().astimezone().utcoffset()
    return format_offset(offset or timedelta(0))


def build_interview(answers: dict[str, Any]) -> Interview:
    """The interview the answers describe (raises InputError, as the loader would)."""
    return interview_from_dict(answers, "<answers>")


HEADER = (
    "# An interview record made with `afterview new`.\n"
    "# Every key is described in docs/interview-file.md; edit freely, then run\n"
    "# `afterview plan` on this file."
)


def render(interview: Interview) -> str:
    return interview_to_toml(interview, header=HEADER)


def check_target(path: Path, *, force: bool) -> None:
    """Refuse, before any question is asked, a file that cannot or should not be written."""
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name such as acme.toml.")
    if path.exists() and not force:
        raise InputError(
            f"{path}: already exists; nothing was written.",
            hint="choose another name, or add --force to replace it.",
        )
    if not path.parent.is_dir():
        raise InputError(f"{path}: the folder {path.parent} does not exist.")


def write_file(path: Path, text: str, *, force: bool) -> None:
    """Write the whole file or nothing: a temporary file, then one rename (or link)."""
    check_target(path, force=force)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        if force:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)  # fails if the file appeared meanwhile; never overwrites
    except FileExistsError:
        raise InputError(
            f"{path}: already exists; nothing was written.", hint="add --force to replace it."
        ) from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be written ({exc.strerror}).") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
