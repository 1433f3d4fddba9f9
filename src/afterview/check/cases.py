"""The shared cases format (JSON Lines): reading cases, checking them, scoring the checker.

A malformed line is reported with its line number and skipped; the other
lines are still checked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from afterview.check.context import CheckContext
from afterview.check.engine import categories, check
from afterview.check.finding import Finding
from afterview.check.rule import CATEGORIES
from afterview.errors import InputError, Problem


@dataclass(frozen=True)
class Case:
    id: str
    line: int
    subject: str
    body: str
    context: CheckContext
    expected: tuple[str, ...] | None  # None: the case carries no labels


def read_cases(text: str, source: str) -> tuple[list[Case], list[Problem]]:
    """Parse a cases file: the usable cases, and one problem per unusable line."""
    cases: list[Case] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            cases.append(_case(line, number, source))
        except InputError as exc:
            detail = (
                "; ".join(
                    str(p.location or "") + (": " if p.location else "") + p.message
                    for p in exc.problems
                )
                or exc.message
            )
            problems.append(Problem(detail, source=source, line=number))
    return cases, problems


def _case(line: str, number: int, source: str) -> Case:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise InputError("a case must be a JSON object")
    where = f"{source}:{number}"
    context = CheckContext.from_case(data, where)
    message = data.get("message")
    if not isinstance(message, dict) or not isinstance(message.get("body"), str):
        raise InputError('needs "message": {"subject": ..., "body": ...}')
    subject = message.get("subject") or ""
    if not isinstance(subject, str):
        raise InputError("message.subject must be a string")
    expected = data.get("expected")
    if expected is not None and (
        not isinstance(expected, list)
        or not all(isinstance(c, str) and c in CATEGORIES for c in expected)
    ):
        raise InputError(f'"expected" must be a list of categories ({", ".join(CATEGORIES)})')
    case_id = data.get("id")
    return Case(
        str(case_id) if case_id is not None else f"line-{number}",
        number,
        subject,
        message["body"],
        context,
        tuple(expected) if expected is not None else None,
    )


def check_cases(
    cases: Iterable[Case], *, disable: Iterable[str] = ()
) -> Iterator[tuple[Case, list[Finding]]]:
    prefixes = tuple(disable)
    for case in cases:
        yield case, check(case.subject, case.body, case.context, disable=prefixes)


def case_result(case: Case, findings: list[Finding]) -> dict[str, Any]:
    """One line of ``afterview check --cases``."""
    return {
        "id": case.id,
        "categories": categories(findings),
        "findings": [f.to_json() for f in findings],
    }


@dataclass
class Score:
    """Per-category counts of true and false positives and false negatives."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    mistakes: list[tuple[str, list[str], list[str]]] = field(
        default_factory=list
    )  # id, missed, extra

    def add(self, case_id: str, expected: Iterable[str], found: Iterable[str]) -> None:
        exp, got = set(expected), set(found)
        for cat in exp & got:
            self.tp[cat] += 1
        for cat in got - exp:
            self.fp[cat] += 1
        for cat in exp - got:
            self.fn[cat] += 1
        if exp != got:
            self.mistakes.append((case_id, sorted(exp - got), sorted(got - exp)))

    def table(self) -> list[dict[str, Any]]:
        rows = []
        for cat in CATEGORIES:
            tp, fp, fn = self.tp[cat], self.fp[cat], self.fn[cat]
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            rows.append(
                {
                    "category": cat,
                    "tp": tp,
                    "fp": fp,
                    "fn": fn,
                    "precision": p,
                    "recall": r,
                    "f1": f1,
                }
            )
        return rows

    def micro_f1(self) -> float:
        tp, fp, fn = (sum(d.values()) for d in (self.tp, self.fp, self.fn))
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def macro_f1(self) -> float:
        rows = self.table()
        return sum(r["f1"] for r in rows) / len(rows)


def evaluate(cases: Iterable[Case], *, disable: Iterable[str] = ()) -> Score:
    score = Score()
    for case, findings in check_cases(
        (c for c in cases if c.expected is not None), disable=disable
    ):
        score.add(case.id, case.expected or (), categories(findings))
    return score
