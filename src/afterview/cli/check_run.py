"""What ``afterview check`` and ``afterview eval`` do with their options (``check_cmd``).

Each returns the exit code: 0 clean, 1 findings, 2 bad input. Findings for
people are linter lines (coloured on a terminal, as ``output`` decides); JSON
is written as it is.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from afterview.cli import output
from afterview.errors import InputError, Problem, UsageError

MESSAGE_LIMIT = 256 * 1024  # a note is a few KB; this is generous and still catches the wrong file


def split_subject(text: str) -> tuple[str | None, str]:
    """A first line "Subject: ..." followed by the body; else no subject and the whole text."""
    first, sep, rest = text.partition("\n")
    if first.lower().startswith("subject:"):
        return first[len("subject:") :].strip(), rest.lstrip("\n") if sep else ""
    return None, text


def _when(value: str | None, flag: str) -> datetime | None:
    from afterview.check.context import parse_datetime

    if value is None:
        return None
    try:
        return parse_datetime(value)
    except (ValueError, IndexError):
        raise UsageError(
            f"{flag} {value!r} is not a date and time with offset.",
            hint="write it like 2026-11-20T14:00:00-05:00",
        ) from None


def _day(value: str | None, flag: str) -> Any:
    from afterview.check.context import parse_date

    if value is None:
        return None
    try:
        return parse_date(value)
    except (ValueError, IndexError):
        raise UsageError(
            f"{flag} {value!r} is not a date.", hint="write it like 2026-12-04"
        ) from None


def _siblings(values: Sequence[str]) -> list[tuple[str, str]]:
    from afterview.inputs import read_text

    out = []
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise UsageError(
                f"--sibling {value!r} needs the form NAME=FILE.",
                hint="e.g. --sibling 'Tom Berg=tom.txt'",
            )
        text, _ = read_text(path.strip(), what="note", limit=MESSAGE_LIMIT)
        out.append((name.strip(), split_subject(text)[1]))
    return out


def build_context(opts: dict[str, Any], settings_words: Sequence[str]) -> Any:
    """The :class:`CheckContext` from the flags, or from an interview file plus flags.

    With ``--interview`` the context is the one the plan gives the note
    (:func:`afterview.planner.review.context_for`, as ``afterview plan`` and the
    record commands build it); the other flags then add to it or override it.
    """
    from afterview.check import CheckContext
    from afterview.clock import now as clock

    fields: dict[str, Any] = {}
    send_at = _when(opts.get("send_at"), "--send-at")
    if opts.get("interview"):
        fields.update(
            _from_interview(
                opts["interview"],
                opts.get("to"),
                opts.get("kind") or "thank_you",
                send_at or clock(),  # judged as if sent now
            )
        )
    explicit = {
        "kind": opts.get("kind"),
        "medium": opts.get("medium"),
        "recipient_name": opts.get("to"),
        "recipient_title": opts.get("title"),
        "candidate_name": opts.get("sender"),
        "company": opts.get("company"),
        "position": opts.get("position"),
        "interview_at": _when(opts.get("interview_at"), "--interview-at"),
        "send_at": send_at,
        "decision_expected_by": _day(opts.get("decision_by"), "--decision-by"),
        "last_contact_at": _when(opts.get("last_contact"), "--last-contact"),
    }
    if opts.get("interview"):
        explicit["recipient_name"] = None  # the interviewer's name as the file writes it
    fields.update({k: v for k, v in explicit.items() if v is not None})
    fields.setdefault("kind", "thank_you")
    fields.setdefault("medium", "email")
    if opts.get("follow_ups"):
        fields["previous_follow_ups"] = opts["follow_ups"]
    fields["topics"] = [*fields.get("topics", ()), *(opts.get("topic") or [])]
    fields["other_companies"] = [
        *fields.get("other_companies", ()),
        *(opts.get("other_company") or []),
    ]
    fields["sibling_messages"] = [
        *fields.get("sibling_messages", ()),
        *_siblings(opts.get("sibling") or []),
    ]
    fields["words"] = [*settings_words, *(opts.get("word") or [])]
    timed = (
        fields.get("interview_at")
        or fields.get("decision_expected_by")
        or fields.get("last_contact_at")
    )
    if timed and "send_at" not in fields:
        fields["send_at"] = clock()  # judged as if sent now (AFTERVIEW_NOW, else the clock)
    return CheckContext(**fields)


def _from_interview(
    path: str | Path, to: str | None, kind: str, send_at: datetime
) -> dict[str, Any]:
    """The context's fields for a note to ``to`` about the interview in ``path``."""
    from dataclasses import fields, replace

    from afterview.model import Kind, PlannedMessage, load_interview
    from afterview.planner import plan
    from afterview.planner.review import context_for

    interview = load_interview(path)
    if not to:
        raise UsageError(
            "--interview needs --to NAME: which interviewer is the note for?",
            hint="one of: " + ", ".join(p.name for p in interview.interviewers),
        )
    person = interview.find(to)
    if person is None:
        raise InputError(
            f"{to!r} is not an interviewer in {path}.",
            hint="one of: " + ", ".join(p.name for p in interview.interviewers),
        )
    from afterview.check.applications import other_companies

    planned = plan(interview, check=False).messages
    target = next((m for m in planned if m.kind.value == kind and m.recipient == person.name), None)
    if target is None:  # a note the plan does not call for: judged on its own
        target = PlannedMessage(
            kind=Kind(kind),
            recipient=person.name,
            medium=person.chosen_medium,
            send_after=send_at,
            send_by=send_at,
            why="",
        )
    context = context_for(
        interview,
        replace(target, subject="", body=""),
        planned,
        send_at=send_at,
        other_companies=other_companies(interview.candidate.name, interview.application.company),
    )
    return {f.name: getattr(context, f.name) for f in fields(context) if f.name != "words"}


def _settings() -> tuple[list[str], list[str]]:
    from afterview.settings import load_settings

    settings = load_settings()
    return list(settings["check.disable"]), list(settings["check.words"])


def run_check(opts: dict[str, Any]) -> int:
    disable, words = _settings()
    disable += list(opts.get("disable") or [])
    if opts.get("cases"):
        if opts.get("file"):
            raise UsageError("give either a note FILE or --cases FILE, not both.")
        return _run_cases(opts["cases"], disable, words)
    if not opts.get("file"):
        raise UsageError(
            "give the note to check: a FILE, or '-' for standard input.",
            hint="e.g. afterview check note.txt --to 'Jane Okafor' --company 'Acme Robotics'",
        )
    from afterview.check import check
    from afterview.check.report import format_json, format_text
    from afterview.inputs import read_text

    text, source = read_text(opts["file"], what="note", limit=MESSAGE_LIMIT)
    subject_line, body = split_subject(text)
    if not body.strip():
        raise InputError(
            f"{source}: the note is empty.", hint="write the note's text in the file first."
        )
    subject = opts["subject"] if opts.get("subject") is not None else (subject_line or "")
    ctx = build_context(opts, words)
    findings = check(subject, body, ctx, disable=disable)
    first_line = text[: len(text) - len(body)].count("\n") + 1  # body lines keep the file's numbers
    if opts.get("format") == "json":
        report = format_json(findings, source, subject, body, first_line)
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        shown = format_text(
            [_visible(f) for f in findings],
            output.visible(source),
            subject,
            body,
            colour=output.colour_wanted(sys.stdout),
            first_line=first_line,
        )
        sys.stdout.write(shown + "\n")
    return 1 if findings else 0


def _visible(finding: Any) -> Any:
    """The finding with the note's own words in it made safe for a terminal."""
    from dataclasses import replace

    return replace(
        finding,
        message=output.visible(finding.message),
        suggestion=output.visible(finding.suggestion),
    )


def _read_cases(path: str | Path) -> tuple[list[Any], list[Problem]]:
    from afterview.check.cases import read_cases
    from afterview.inputs import read_text

    text, source = read_text(path, what="cases file", limit=64 * 1024 * 1024)
    return read_cases(text, source)


def _report_bad_lines(problems: list[Problem]) -> None:
    for problem in problems:
        output.error(str(problem))
    if problems:
        lines = f"{len(problems)} line{'s' * (len(problems) != 1)}"
        output.say(f"{lines} skipped; the others were checked.", err=True)


def _run_cases(path: str | Path, disable: list[str], words: list[str]) -> int:
    from dataclasses import replace

    from afterview.check.cases import case_result, check_cases

    cases, problems = _read_cases(path)
    if words:
        cases = [
            replace(c, context=replace(c.context, words=(*c.context.words, *words))) for c in cases
        ]
    found_any = False
    for case, findings in check_cases(cases, disable=disable):
        found_any = found_any or bool(findings)
        sys.stdout.write(json.dumps(case_result(case, findings), ensure_ascii=False) + "\n")
    _report_bad_lines(problems)
    return 2 if problems else (1 if found_any else 0)


def run_eval(opts: dict[str, Any]) -> int:
    from afterview.check.cases import evaluate
    from afterview.check.report import format_eval

    if not opts.get("file"):
        raise UsageError("give a cases file (JSON Lines).")
    disable, _ = _settings()
    disable += list(opts.get("disable") or [])
    cases, problems = _read_cases(opts["file"])
    labelled = [c for c in cases if c.expected is not None]
    if not labelled:
        _report_bad_lines(problems)
        raise InputError(f"{opts['file']}: no case has an 'expected' list to score against.")
    score = evaluate(labelled, disable=disable)
    rows = score.table()
    if opts.get("format") == "json":
        sys.stdout.write(
            json.dumps(
                {
                    "cases": len(labelled),
                    "categories": rows,
                    "micro_f1": score.micro_f1(),
                    "macro_f1": score.macro_f1(),
                    "mistakes": [{"id": i, "missed": m, "extra": e} for i, m, e in score.mistakes],
                }
            )
            + "\n"
        )
    else:
        table = format_eval(rows, score.micro_f1(), score.macro_f1(), len(labelled))
        sys.stdout.write(table + "\n")
    _report_bad_lines(problems)
    return 2 if problems else 0
