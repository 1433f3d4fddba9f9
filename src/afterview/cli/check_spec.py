"""The options of ``afterview check`` and ``afterview eval``, declared once.

The Typer commands (``check_cmd.py``) and the fast path (``check_fast.py``)
(which answers ``check`` without importing Typer, to start in a fraction of
the time) both read this table; a test asserts that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn

from afterview.check.context import KINDS, MEDIA

if TYPE_CHECKING:
    import argparse


class ParseRefused(Exception):
    """The fast path's parser cannot take these arguments."""


@dataclass(frozen=True)
class Opt:
    flag: str  # "--to"
    dest: str  # the Python parameter name
    help: str
    metavar: str | None = None
    multiple: bool = False
    choices: tuple[str, ...] | None = None
    type: type = str
    default: object = None

    @property
    def choice_metavar(self) -> str:
        return "[" + "|".join(self.choices or ()) + "]"


CHECK_HELP = (
    "Check a follow-up note for etiquette problems: wrong name or company, unfilled slots, "
    "tone, spelling, grammar, length and timing. Exit 1 when it finds something, 0 when clean."
)
CHECK_ARGUMENT_HELP = (
    "The note (plain text; '-' reads standard input). A first line 'Subject: ...' is the subject."
)
CHECK_OPTIONS: tuple[Opt, ...] = (
    Opt(
        "--subject",
        "subject",
        "The email's subject line (overrides a 'Subject:' line in the file).",
        "TEXT",
    ),
    Opt("--kind", "kind", "What the note is.", choices=KINDS),
    Opt("--medium", "medium", "How it is sent.", choices=MEDIA),
    Opt(
        "--to",
        "to",
        "The recipient's name; with --interview, the interviewer the note is for.",
        "NAME",
    ),
    Opt("--title", "title", "The recipient's job title.", "TEXT"),
    Opt("--from", "sender", "Your name, as you sign.", "NAME"),
    Opt("--company", "company", "The company you interviewed with.", "NAME"),
    Opt("--position", "position", "The position you interviewed for.", "TEXT"),
    Opt(
        "--topic",
        "topic",
        "Something you discussed with the recipient (repeat for more).",
        "TEXT",
        multiple=True,
    ),
    Opt(
        "--other-company",
        "other_company",
        "Another company you are applying to (repeat for more).",
        "NAME",
        multiple=True,
    ),
    Opt(
        "--sibling",
        "sibling",
        "The note to another panel member, as NAME=FILE (repeat for more).",
        "NAME=FILE",
        multiple=True,
    ),
    Opt(
        "--interview-at",
        "interview_at",
        "When the interview started (ISO 8601 with offset).",
        "WHEN",
    ),
    Opt(
        "--send-at",
        "send_at",
        "When the note would go out (default: now, where timing matters).",
        "WHEN",
    ),
    Opt("--decision-by", "decision_by", "The date they gave for a decision (YYYY-MM-DD).", "DATE"),
    Opt(
        "--follow-ups",
        "follow_ups",
        "Follow-ups already sent after the thank-you note.",
        "N",
        type=int,
        default=0,
    ),
    Opt(
        "--last-contact",
        "last_contact",
        "When you last wrote to them about this interview (ISO 8601).",
        "WHEN",
    ),
    Opt(
        "--interview",
        "interview",
        "An interview file (TOML) to take the context from; name the recipient with --to.",
        "FILE",
    ),
    Opt(
        "--cases",
        "cases",
        "Check every case of a JSON Lines cases file instead; prints one JSON line per case.",
        "FILE",
    ),
    Opt(
        "--disable",
        "disable",
        "A rule id prefix or category to switch off (repeat for more; adds to check.disable).",
        "RULE",
        multiple=True,
    ),
    Opt(
        "--word",
        "word",
        "A word the spelling check accepts (repeat for more; adds to check.words).",
        "WORD",
        multiple=True,
    ),
    Opt("--format", "format", "Output format.", choices=("text", "json"), default="text"),
)

EVAL_HELP = (
    "Score the checker against the 'expected' labels of a cases file: precision, recall and F1 "
    "per category, then micro and macro F1."
)
EVAL_ARGUMENT_HELP = "A cases file (JSON Lines, the shared etiquette format)."
EVAL_OPTIONS: tuple[Opt, ...] = (
    Opt(
        "--disable",
        "disable",
        "A rule id prefix or category to switch off (repeat for more).",
        "RULE",
        multiple=True,
    ),
    Opt("--format", "format", "Output format.", choices=("text", "json"), default="text"),
)


def build_parser(name: str) -> argparse.ArgumentParser:
    """An argparse parser for the fast path (argparse loads in a few milliseconds)."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise ParseRefused(message)  # the Typer command reports usage errors

    check = name == "check"
    parser = Parser(prog=f"afterview {name}", add_help=False, allow_abbrev=False)
    parser.add_argument("file", nargs="?" if check else None, default=None)
    for opt in CHECK_OPTIONS if check else EVAL_OPTIONS:
        kwargs: dict[str, Any] = {
            "dest": opt.dest,
            "default": None if opt.multiple else opt.default,
        }
        if opt.multiple:
            kwargs["action"] = "append"
        if opt.choices:
            kwargs["choices"] = opt.choices
            kwargs["metavar"] = opt.choice_metavar
        elif opt.metavar:
            kwargs["metavar"] = opt.metavar
        if opt.type is not str:
            kwargs["type"] = opt.type
        parser.add_argument(opt.flag, **kwargs)
    return parser
