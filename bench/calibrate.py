"""A fixed pure-Python loop, timed: how fast the CPU is right now.

About 1 ms on an idle 2024 laptop. The development container's CPU switches
between two speeds (about 1.8 and 3.1 ms here), so benchmarks print this next
to their figures, to be read in proportion.
"""

from __future__ import annotations

import time


def calibration() -> float:
    """Milliseconds for the fixed loop."""
    start = time.perf_counter()
    for _ in range(20):
        sum(range(100_000))
    return (time.perf_counter() - start) * 1000 / 20
