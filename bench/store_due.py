"""Benchmark: ``afterview due`` as a whole process, with 10,000 applications and 100,000 messages.

Target: median under 300 ms on SQLite. Run: ``.venv/bin/python bench/store_due.py``.
Prints the figures and exits 1 when the target is missed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_data import build

TARGET_S = 0.300
RUNS = 15


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.db"
        url = f"sqlite:///{db}"
        started = time.perf_counter()
        build(url)
        print(
            f"built {db.stat().st_size / 2**20:.0f} MB database in {time.perf_counter() - started:.1f} s"
        )
        env = {**os.environ, "AFTERVIEW_DB": url, "COLUMNS": "120"}
        cmd = [sys.executable, "-m", "afterview", "due"]
        first = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
        shown = first.stdout.count(" #")
        times = []
        for _ in range(RUNS):
            t = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - t)
        baseline = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=True)
            baseline.append(time.perf_counter() - t)
    median = statistics.median(times)
    print(
        f"afterview due: {shown} messages listed; median {median * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {RUNS} runs "
        f"(bare python start-up {statistics.median(baseline) * 1000:.0f} ms); target {TARGET_S * 1000:.0f} ms"
    )
    return 0 if median < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
