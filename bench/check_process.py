"""Whole-process times of `afterview check`, next to proselint's own command.

Targets (check issue):
- `afterview check FILE` on a 200-word note: no slower than `proselint check FILE`
  on the same note (about 110 ms on the development machine; start-up is most of it).
- `afterview check --cases ../shared/etiquette/cases.jsonl`: under 1 s.
- For information: `afterview check` on the same note with one slip that Harper is asked
  about ("she work nights"): what a note pays when the grammar engine starts (no target).

proselint is not a dependency of Afterview: install it anywhere (for example
`python3 -m venv /tmp/prose && /tmp/prose/bin/pip install proselint`) and
point PROSELINT at its command; without it, that row is skipped.
Run: PROSELINT=/tmp/prose/bin/proselint .venv/bin/python bench/check_process.py [--runs N]

Python writes no bytecode cache when PYTHONDONTWRITEBYTECODE is set (as in
some containers); the script compiles the package first so that each run
measures what an installed copy does.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "etiquette" / "cases.jsonl"
sys.path.insert(0, str(ROOT / "bench"))
from check_note import NOTE  # noqa: E402

CONTEXT = [
    "--to",
    "Jane Okafor",
    "--from",
    "Priya Raman",
    "--company",
    "Acme Robotics",
    "--position",
    "Senior Data Engineer",
    "--topic",
    "moving nightly batch ETL to Kafka streams",
]


def timed(commands: dict[str, list[str]], runs: int) -> dict[str, list[float]]:
    """Run the commands in turn, ``runs`` rounds, so that a busy machine slows them alike."""
    for command in commands.values():
        subprocess.run(command, capture_output=True, check=False)  # warm the file cache
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False)
            times[label].append((time.perf_counter() - start) * 1000)
    return times


def show(label: str, times: list[float]) -> None:
    print(f"{label:<48} median {statistics.median(times):7.1f} ms   min {min(times):7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "src" / "afterview"), quiet=1)
    afterview = [str(Path(sys.executable).with_name("afterview"))]
    if not Path(afterview[0]).exists():
        afterview = [sys.executable, "-m", "afterview"]
    with tempfile.TemporaryDirectory() as tmp:
        note = Path(tmp) / "note.txt"
        note.write_text("Subject: Thank you for today's conversation\n\n" + NOTE, encoding="utf-8")
        slip = Path(tmp) / "slip.txt"
        slip.write_text(
            note.read_text(encoding="utf-8").replace("I also", "She work nights, and I also", 1),
            encoding="utf-8",
        )
        commands = {
            "python -c pass (interpreter start-up)": [sys.executable, "-c", "pass"],
            "afterview check note.txt": [*afterview, "check", str(note), *CONTEXT],
            "afterview check slip.txt (Harper asked)": [*afterview, "check", str(slip), *CONTEXT],
        }
        proselint = os.environ.get("PROSELINT") or shutil.which("proselint")
        if proselint:
            commands["proselint check note.txt"] = [proselint, "check", str(note)]
        if CASES.is_file():
            commands[f"afterview check --cases {CASES.name}"] = [
                *afterview,
                "check",
                "--cases",
                str(CASES),
            ]
        for label, times in timed(commands, args.runs).items():
            show(label, times)
        if not proselint:
            print("proselint check note.txt: skipped (set PROSELINT to its command)")
        if not CASES.is_file():
            print("afterview check --cases: skipped (no ../shared/etiquette/cases.jsonl)")


if __name__ == "__main__":
    main()
