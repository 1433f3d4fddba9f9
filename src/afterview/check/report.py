"""Showing findings: linter-style lines for people, JSON for programs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from afterview.check.engine import categories
from afterview.check.finding import Finding, line_column

_COLOURS = {
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "rule": "\x1b[36m",
    "dim": "\x1b[2m",
    "where": "\x1b[1m",
    "ok": "\x1b[32m",
    "end": "\x1b[0m",
}


def position(finding: Finding, subject: str, body: str, first_line: int = 1) -> tuple[str, int]:
    """("3", 14) for a body finding; ("subject", 5) for one in the subject line.

    ``first_line`` is the file's line number of the body's first line (3 when a
    "Subject:" line and a blank line come first), so that lines match the file.
    """
    if finding.field == "subject":
        return "subject", finding.start + 1
    line, column = line_column(body, finding.start)
    return str(line + first_line - 1), column


def format_text(
    findings: Sequence[Finding],
    source: str,
    subject: str,
    body: str,
    *,
    colour: bool = False,
    first_line: int = 1,
) -> str:
    def c(key: str, text: str) -> str:
        return f"{_COLOURS[key]}{text}{_COLOURS['end']}" if colour else text

    out = []
    for f in findings:
        line, column = position(f, subject, body, first_line)
        out.append(
            f"{c('where', f'{source}:{line}:{column}:')} {c(f.severity, f.severity)} "
            f"{c('rule', f.rule)} [{f.category}] {f.message}"
        )
        out.append(f"    {c('dim', 'suggestion:')} {f.suggestion}")
    if findings:
        errors = sum(f.severity == "error" for f in findings)
        warnings = len(findings) - errors
        out.append(
            f"{len(findings)} problem{'s' * (len(findings) != 1)} "
            f"({errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)})"
        )
    else:
        out.append(c("ok", f"{source}: no problems found"))
    return "\n".join(out)


def finding_json(f: Finding, subject: str, body: str, first_line: int = 1) -> dict[str, Any]:
    line, column = position(f, subject, body, first_line)
    data = f.to_json()
    data["line"] = None if line == "subject" else int(line)
    data["column"] = column
    return data


def format_json(
    findings: Sequence[Finding], source: str, subject: str, body: str, first_line: int = 1
) -> dict[str, Any]:
    return {
        "source": source,
        "categories": categories(findings),
        "findings": [finding_json(f, subject, body, first_line) for f in findings],
    }


def format_eval(rows: list[dict[str, Any]], micro: float, macro: float, cases: int) -> str:
    out = [
        f"{'category':<14} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>6} {'f1':>5}"
    ]
    for r in rows:
        out.append(
            f"{r['category']:<14} {r['tp']:>3} {r['fp']:>3} {r['fn']:>3} "
            f"{r['precision']:>9.2f} {r['recall']:>6.2f} {r['f1']:>5.2f}"
        )
    out.append(f"{cases} cases; micro F1 {micro:.3f}; macro F1 {macro:.3f}")
    return "\n".join(out)
