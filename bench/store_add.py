"""Benchmark: ``afterview add`` of 1,000 interview files, one command, a whole process.

Target: under 30 s on SQLite. The files vary like a real search: 700
companies, some with a second round of the same application, two or three
interviewers each. Run: ``.venv/bin/python bench/store_add.py [postgresql://...]``.
Prints the figures and exits 1 when the target is missed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 30.0
FILES = 1000

PEOPLE = (("Jane Okafor", "jane"), ("Tom Berg", None), ("Ana Ruiz", "ana"))


def interview(i: int) -> str:
    company = f"Company {i % 700}"
    round_two = i >= 700  # the same application again, a week later
    day = 2 + (i % 20)
    hour = 15 if round_two else 10
    lines = [
        "[candidate]",
        'name = "Priya Raman"',
        'email = "priya@example.com"',
        'strengths = ["built a streaming pipeline handling two billion events a day"]',
        "[application]",
        f'company = "{company}"',
        f'position = "Data Engineer {i % 700}"',
        "[interview]",
        f"at = 2026-11-{day:02d}T{hour}:00:00-05:00",
        'format = "video"',
    ]
    if i % 3 == 0:
        lines.append(f"decision_expected_by = 2026-12-{day:02d}")
    for name, email in PEOPLE[: 2 + i % 2]:
        lines += ["[[interviewers]]", f'name = "{name}"']
        if email:
            lines.append(f'email = "{email}@company{i % 700}.example"')
        lines.append('topics = ["streaming pipelines", "on-call"]')
    return "\n".join(lines) + "\n"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for i in range(FILES):
            path = Path(folder) / f"interview-{i:04d}.toml"
            path.write_text(interview(i), encoding="utf-8")
            paths.append(str(path))
        url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{folder}/bench.db"
        env = {**os.environ, "AFTERVIEW_DB": url}
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "afterview", "add", *paths],
            env=env,
            check=True,
            capture_output=True,
        )
        first = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "afterview", "add", *paths],
            env=env,
            check=True,
            capture_output=True,
        )
        again = time.perf_counter() - started
    print(
        f"afterview add, {FILES} files ({url.split(':')[0]}): {first:.1f} s "
        f"({first / FILES * 1000:.1f} ms a file); adding them all again: {again:.1f} s; "
        f"target {TARGET_S:.0f} s"
    )
    return 0 if first < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
