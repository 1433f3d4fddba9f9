"""``afterview new``: start an interview file by answering questions.

The questions, and how each answer is read and checked, are in
:mod:`afterview.model.scaffold`; this module only asks them (on standard
error, so that the file itself can go to standard output).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from afterview.cli.params import PATH

if TYPE_CHECKING:
    from datetime import datetime

    from rich.console import Console

    from afterview.model import Interview
    from afterview.model.scaffold import Question


@click.command("new")
@click.argument("file", type=PATH, default="-")
@click.option("--force", "-f", is_flag=True, help="Replace FILE if it already exists.")
@click.option(
    "--rephrase/--no-rephrase",
    default=None,
    help="When a note could not use a line as you wrote it, say why and ask for it again in "
    "a sentence. Default: when answering at a terminal.",
)
def new(file: Path, force: bool, rephrase: bool | None) -> None:
    """Start an interview file by answering questions, panel members one by one.

    FILE is the interview file to write; '-' or nothing prints it to standard output.
    """
    from afterview.cli import output
    from afterview.errors import UsageError
    from afterview.model import scaffold

    target = None if str(file) == "-" else file
    if target is not None:
        scaffold.check_target(target, force=force)  # before any question: never waste the answers
    console = output.console(stderr=True)
    console.print(
        "Answer each question and press Enter; leave optional ones empty. "
        "Everything can be edited in the file afterwards."
    )
    try:
        if rephrase is None:
            rephrase = sys.stdin.isatty()
        interview = _Questions(console, rephrase=rephrase).interview()
    except EOFError:
        raise UsageError(
            "the input ended before every question was answered; nothing was written."
        ) from None
    text = scaffold.render(interview)
    if target is None:
        sys.stdout.write(text)  # the file itself: TOML, written as it is
        return
    scaffold.write_file(target, text, force=force)
    shown = output.field(str(target))
    console.print(f"Wrote {shown}. Next: [bold]afterview plan {shown}[/]")


class _Questions:
    """Asks the questions of :mod:`afterview.model.scaffold`, re-asking until an answer fits."""

    def __init__(self, console: Console, *, rephrase: bool = False) -> None:
        self.console = console
        self.rephrase = rephrase

    def _input(self, label: str, default: str = "") -> str:
        from rich.prompt import Prompt

        from afterview.cli.output import field

        shown = f"{field(label)} [dim]({field(default)})[/]" if default else field(label)
        answer = Prompt.ask(shown, console=self.console, show_default=False, default="")
        return answer.strip() or default

    def _error(self, message: str) -> None:
        from afterview.cli.output import field

        self.console.print(f"  [red]{field(message)}[/]")

    def _rule(self, title: str) -> None:
        """A heading across the terminal; 80 columns where the width is not a terminal's."""
        from rich.rule import Rule

        width = None if self.console.is_terminal else 80
        self.console.print(Rule(title), width=width)

    def interview(self) -> Interview:
        from afterview.model import scaffold

        answers: dict[str, Any] = {}
        for question in scaffold.QUESTIONS:
            self._ask_into(question, answers.setdefault(question.table, {}))
        people = self._interviewers(answers)
        answers["interviewers"] = people
        if len(people) > 1:
            contact = self._contact([p["name"] for p in people])
            if contact != people[0]["name"]:
                answers["interview"]["contact"] = contact
        self._rule("Your own notes (optional)")
        debrief: dict[str, Any] = {}
        for question in scaffold.DEBRIEF_QUESTIONS:
            self._ask_into(question, debrief)
        if debrief:
            answers["debrief"] = debrief
        return scaffold.build_interview(answers)

    def _ask_into(
        self, question: Question, table: dict[str, Any], label: str | None = None
    ) -> None:
        value = (
            self._list(question, table)
            if question.kind == "list"
            else self._one(question, table, label)
        )
        if value is not None and value != []:
            table[question.key] = value

    def _one(self, question: Question, table: dict[str, Any], label: str | None = None) -> Any:
        label = label or question.prompt
        if question.choices:
            label += f" [{'/'.join(question.choices)}]"
        while True:
            raw = self._input(label)
            if not raw:
                if not question.required:
                    return None
                self._error("this one is required")
                continue
            try:
                value = question.parse(raw)
            except ValueError as exc:
                self._error(str(exc))
                continue
            if question.kind == "when" and value.tzinfo is None:
                value = self._offset(value)
            problem = question.check(table, value)
            if problem is None:
                return self._worded(question, table, value)
            self._error(problem)

    def _list(self, question: Question, table: dict[str, Any]) -> list[str]:
        items: list[str] = []
        while True:
            raw = self._input(f"{question.prompt} #{len(items) + 1} (empty when done)")
            if not raw:
                return items
            problem = question.check(table, [*items, raw])
            if problem is None:
                items.append(self._worded(question, table, raw, items))
            else:
                self._error(problem)

    def _worded(
        self, question: Question, table: dict[str, Any], value: Any, items: list[str] | None = None
    ) -> Any:
        """The answer, after saying why a note could not use it as written (when so), and, when
        rephrasing, asking for it in a sentence until a note can; empty keeps the last wording."""
        from afterview.cli.output import field
        from afterview.compose.reading import why_left_out

        if not isinstance(value, str):
            return value
        reason = why_left_out(question.key, value)
        while reason:
            self.console.print(
                f"  [yellow]A note could not use this as written: {field(reason)}.[/]"
            )
            if not self.rephrase:
                self.console.print("  [dim]It is kept; `afterview plan` repeats the advice.[/]")
                return value
            again = self._input("  Say it as you would in a sentence (empty keeps it)")
            if not again:
                return value
            problem = question.check(table, [*items, again] if items is not None else again)
            if problem is not None:
                self._error(problem)
                continue
            value, reason = again, why_left_out(question.key, again)
        return value

    def _offset(self, naive: datetime) -> datetime:
        from afterview.model import scaffold

        default = scaffold.local_offset(naive)
        while True:
            raw = self._input("UTC offset where the interview took place", default)
            try:
                return naive.replace(tzinfo=scaffold.parse_offset(raw))
            except ValueError as exc:
                self._error(str(exc))

    def _interviewers(self, answers: dict[str, Any]) -> list[dict[str, Any]]:
        from afterview.model import scaffold

        name_question, *rest = scaffold.INTERVIEWER_QUESTIONS
        people: list[dict[str, Any]] = []
        while True:
            self._rule(f"Interviewer {len(people) + 1}")
            person: dict[str, Any] = {}
            label = "Name (empty when everyone is listed)" if people else "Name"
            while True:
                raw = self._input(label)
                if not raw and people:
                    return people
                taken = [p["name"] for p in people if p["name"].casefold() == raw.casefold()]
                if taken:
                    self._error(f"{taken[0]} is already listed: give each person a distinct name")
                    continue
                problem = (
                    name_question.check({}, raw) if raw else "at least one interviewer is needed"
                )
                if problem is None:
                    break
                self._error(problem)
            person["name"] = raw
            for question in rest:
                if question.key == "salutation":
                    self._greeting_hint(raw, answers)
                if question.applies(person):
                    self._ask_into(question, person)
            people.append(person)

    def _greeting_hint(self, name: str, answers: dict[str, Any]) -> None:
        """Say, before asking how to address them, when the name cannot tell (read with the
        company and country given, as the plan will): without an answer the note opens with a
        slot to fill ("Dear [how to address Rossi],")."""
        from afterview.cli.output import field
        from afterview.names import greeting_name

        company = answers.get("application", {}).get("company", "")
        country = answers.get("interview", {}).get("country") or ""
        unknown = greeting_name(name, None, company, country).ask
        if unknown:
            self.console.print(
                f"  [yellow]How to greet {field(name)} is not known ({unknown}): say it next, "
                "or the note opens with a slot for you to fill.[/]"
            )

    def _contact(self, names: list[str]) -> str:
        choices = ", ".join(f"{n}. {name}" for n, name in enumerate(names, start=1))
        while True:
            raw = self._input(f"Whom to ask about the decision? {choices}", "1")
            if raw.isdigit() and 1 <= int(raw) <= len(names):
                return names[int(raw) - 1]
            for name in names:
                if name.casefold() == raw.casefold():
                    return name
            self._error(f"give a number from 1 to {len(names)}, or a name")
