"""Load on loopback: 20 users typing into drafts and moving between pages (locust).

Starts ``afterview serve --demo`` (a temporary store with the bundled
examples) on a free port, runs locust headless against it for a bounded time,
and prints p50/p95 latency and throughput per request. Target: p95 of the
check-as-you-type request under 50 ms. Needs ``pip install '.[bench]'``.

    .venv/bin/python bench/web_load.py [--users 20] [--seconds 60]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_MS = 50.0
CHECK = "POST /messages/[id]/check"


def start_app() -> tuple[subprocess.Popen[str], str, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "afterview", "serve", "--demo", "--no-browser", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    for _ in range(5):
        line = proc.stdout.readline()
        if "token=" in line:
            address = line.split()[-1]
            base, _, token = address.partition("?token=")
            return proc, base, token
    proc.terminate()
    raise SystemExit("the app did not print its address")


def message_ids(base: str, token: str) -> list[int]:
    """The ids of the demo's email drafts (the pages list them)."""
    import re

    port = base.rstrip("/").rsplit(":", 1)[1]
    request = urllib.request.Request(
        base + "applications/1/plan", headers={"Cookie": f"afterview_{port}={token}"}
    )
    html = urllib.request.urlopen(request, timeout=10).read().decode()
    return sorted({int(x) for x in re.findall(r'href="/messages/(\d+)"', html)})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    proc, base, token = start_app()
    try:
        ids = message_ids(base, token)
        time.sleep(1.0)  # the checker warms up in the background at start
        with tempfile.TemporaryDirectory() as folder:
            prefix = Path(folder) / "web"
            env = {
                **os.environ,
                "AFTERVIEW_BENCH_BASE": base,
                "AFTERVIEW_BENCH_TOKEN": token,
                "AFTERVIEW_BENCH_MESSAGES": ",".join(map(str, ids)),
            }
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "locust",
                    "-f",
                    str(HERE / "web_locustfile.py"),
                    "--headless",
                    "--users",
                    str(args.users),
                    "--spawn-rate",
                    str(args.users),
                    "--run-time",
                    f"{args.seconds}s",
                    "--stop-timeout",
                    "5",
                    "--csv",
                    str(prefix),
                    "--only-summary",
                    "--loglevel",
                    "WARNING",
                ],
                check=False,
                env=env,
                stdout=subprocess.DEVNULL,
            )
            with open(f"{prefix}_stats.csv", encoding="utf-8") as stats:
                rows = list(csv.DictReader(stats))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"{args.users} users for {args.seconds} s on loopback, against `afterview serve --demo`")
    print(f"{'request':32} {'count':>7} {'fails':>6} {'p50 ms':>7} {'p95 ms':>7} {'req/s':>7}")
    check_p95 = None
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "all requests"
        p50, p95 = float(row["50%"]), float(row["95%"])
        print(
            f"{name:32} {row['Request Count']:>7} {row['Failure Count']:>6} "
            f"{p50:>7.0f} {p95:>7.0f} {float(row['Requests/s']):>7.1f}"
        )
        if row["Name"] == CHECK:
            check_p95 = p95
            failures = int(row["Failure Count"])
    if check_p95 is None:
        print("no check request was measured")
        return 1
    met = check_p95 < TARGET_MS and failures == 0
    print(f"check p95 {check_p95:.0f} ms: target {TARGET_MS:.0f} ms {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
