"""The one exception hierarchy of Afterview.

Every error the library raises on purpose is an :class:`AfterviewError`. The
command line turns it into a message and an exit code in one place
(:mod:`afterview.cli.exit_codes`): 2 for bad input or usage, 1 for a failure.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where it is, what is wrong, what to do."""

    message: str
    source: str | None = None  # a file name, "<stdin>", a URL...
    location: str | None = None  # a key path such as "interviewers[2].medium"
    line: int | None = None
    column: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = self.source
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        if self.location:
            where += f"{self.location}: "
        text = where + self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


class AfterviewError(Exception):
    """Base of every error Afterview raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message + (f"\nHint: {self.hint}" if self.hint else "")


class InputError(AfterviewError):
    """The user gave something that cannot be used: a file, a value, a flag."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        problems: list[Problem] | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.problems = problems or []

    def __str__(self) -> str:
        if not self.problems:
            return super().__str__()
        lines = [self.message] + [f"  {p}" for p in self.problems]
        if self.hint:
            lines.append(f"Hint: {self.hint}")
        return "\n".join(lines)


class UsageError(InputError):
    """A command was called in a way that cannot work (wrong flags, missing args)."""


class NotFoundError(InputError):
    """Something the user named (a record id, a template, a person) does not exist."""


class StateError(UsageError):
    """A record cannot take the asked step in the state it is in (approving a sent message).

    Nothing was written. The message names the record, its state and the step;
    the hint says what to do instead.
    """

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        record_id: int | None = None,
        state: str = "",
        action: str = "",
    ) -> None:
        super().__init__(message, hint=hint)
        self.record_id = record_id
        self.state = state
        self.action = action


class StoreError(AfterviewError):
    """The database could not be read or written."""


class DeliveryError(AfterviewError):
    """A message could not be sent or handed over."""


class ConfigError(InputError):
    """A setting has a value that cannot be used."""
