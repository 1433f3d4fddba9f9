"""How fast `afterview sync` gets through a mailbox, without the network.

Measures, on a mix of replies, auto-replies, out-of-office notes, bounces and
unrelated mail:

- classify: parsing and judging one message (target: median under 1 ms);
- process: classify, match and record 500 messages in a real SQLite store
  (target: under 5 s, so a first sync of two months of mail takes seconds).

Run: .venv/bin/python bench/deliver_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from afterview.deliver.classify import classify, parse_bytes  # noqa: E402
from afterview.deliver.mailbox import Fetched  # noqa: E402
from afterview.deliver.sync import process  # noqa: E402
from deliver.samples import INTERVIEW, INTERVIEW_AT, make_dsn, make_plan, make_raw  # noqa: E402

ARRIVED = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)


def mailbox(n: int) -> list[bytes]:
    kinds = [
        lambda i: make_raw(headers={"In-Reply-To": f"<{i}.x.afterview@example.com>"}),
        lambda i: make_raw(
            subject="Automatic reply",
            body="I am out of the office until December 7.",
            headers={"Auto-Submitted": "auto-replied"},
        ),
        lambda i: make_raw(subject="Digest", headers={"List-Id": "<news.example>"}),
        lambda i: make_dsn(f"<{i}.x.afterview@example.com>"),
        lambda i: make_raw(sender=f"Friend {i} <friend{i}@elsewhere.example>", subject="Lunch?"),
    ]
    return [kinds[i % len(kinds)](i) for i in range(n)]


def bench_classify(raws: list[bytes]) -> float:
    times = []
    for raw in raws:
        start = time.perf_counter()
        classify(parse_bytes(raw), received=ARRIVED)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_process(raws: list[bytes]) -> float:
    from afterview.model import parse_interview
    from afterview.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(f"sqlite:///{folder}/bench.db")
        interview = parse_interview(INTERVIEW, "bench.toml")
        store.add_interview(interview, make_plan(interview), source="bench.toml", now=INTERVIEW_AT)
        fetched = [Fetched(i + 1, raw, ARRIVED) for i, raw in enumerate(raws)]
        start = time.perf_counter()
        process(store, fetched, now=ARRIVED)
        took = time.perf_counter() - start
        store.close()
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    # Warm up imports and caches once.
    _ = EmailMessage
    bench_classify(mailbox(20))
    classify_ms = statistics.median(bench_classify(mailbox(500)) for _ in range(args.runs)) * 1000
    process_s = statistics.median(bench_process(mailbox(500)) for _ in range(args.runs))
    print(f"classify: median {classify_ms:.3f} ms per message (target < 1 ms)")
    print(f"process:  {process_s:.2f} s for 500 messages with a SQLite store (target < 5 s)")
    return 0 if classify_ms < 1 and process_s < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
