"""CPU time of the checker's first use in a new process: import plus the first `check()`.

`afterview plan` checks every draft it writes, and `afterview check` checks one
note, so each run pays this once: importing the rule modules, compiling the
patterns a note needs and loading the word list. Measured as process CPU time
(`time.process_time`) inside fresh interpreters, so other load on the machine
counts for less than with wall-clock time.

Run: .venv/bin/python bench/check_first.py [--runs N]

"settings loaded first" imports `afterview.settings` before the clock starts:
both commands load their settings before they check, so that row is what the
checker itself adds to them.
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter; prints CPU milliseconds as JSON.
PROBE = """
import json, sys, time
sys.path.insert(0, {bench!r})
if {preload!r}:
    import afterview.settings
start = time.process_time()
from afterview.check import CheckContext, check
imported = time.process_time()
from check_note import CTX, NOTE
ready = time.process_time()
assert check("Thank you for today's conversation", NOTE, CTX) == []
done = time.process_time()
print(json.dumps({{"import": (imported - start) * 1000, "first": (done - ready) * 1000}}))
"""


def measure(runs: int, preload: bool) -> dict[str, list[float]]:
    code = PROBE.format(bench=str(ROOT / "bench"), preload=preload)
    out: dict[str, list[float]] = {"import": [], "first": [], "total": []}
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        row = json.loads(result.stdout)
        out["import"].append(row["import"])
        out["first"].append(row["first"])
        out["total"].append(row["import"] + row["first"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    # Some containers set PYTHONDONTWRITEBYTECODE: compile once so runs read bytecode.
    compileall.compile_dir(str(ROOT / "src" / "afterview"), quiet=1)
    for label, preload in (("cold", False), ("settings loaded first", True)):
        times = measure(args.runs, preload)
        parts = ", ".join(
            f"{name} median {statistics.median(v):.1f} ms (min {min(v):.1f})"
            for name, v in (
                ("import", times["import"]),
                ("first check()", times["first"]),
                ("together", times["total"]),
            )
        )
        print(f"{label}: {parts} CPU over {args.runs} processes")


if __name__ == "__main__":
    main()
