"""Run every benchmark in turn and summarise: `make bench`.

Each script prints its own figures and exits 1 when it misses its target.
Whole-process timings are sensitive to other load on the machine: run this on
an otherwise idle machine before quoting figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "plan_bench.py",
    "check_note.py",
    "check_first.py",
    "check_process.py",
    "store_due.py",
    "store_add.py",
    "deliver_bench.py",
]


def main() -> int:
    missed = []
    for name in SCRIPTS:
        print(f"== {name}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / name)], check=False)
        if result.returncode != 0:
            missed.append(name)
    print(
        "== summary:", "all targets met" if not missed else f"missed or failed: {', '.join(missed)}"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
