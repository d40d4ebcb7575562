"""Benchmark 4: bulk cancel of 10,000 numbers against a fake with 50 ms latency per call.

Candidate: ``await AsyncTelegent.numbers.bulk_change_status("cancel", numbers)`` with
its defaults (``batch_size=100``, ``concurrency=4``, no waiting for the orders), over
``FakeTelegent.async_transport()`` with a LATENCY fault on every request: a real
``asyncio.sleep(0.05)`` per call, the wall clock measured. The token is fetched before
timing starts. Rate limiting is off on both sides (the fake's and the client's), so
nothing but the latency and the client's own work is timed.

Baselines:

* **the ideal**: ``ceil(batches / concurrency) x 50 ms`` = ``ceil(100 / 4) x 50 ms`` =
  1.25 s -- the latency alone, perfectly overlapped; goal ``bulk`` (bench/_goals.py);
* **one call per number**: the same helper with ``batch_size=1`` (10,000 calls, 4 at a
  time: 2,500 x 50 ms = 125 s, far past the time budget), so it is measured on a
  sample of 200 numbers and scaled by 10,000 / 200. Reported, not judged.
"""

from __future__ import annotations

import asyncio
import math
import statistics
import time
from typing import Any

from ._core import Result, Row, Settings
from ._fixtures import make_async_client, make_fake

LATENCY = 0.05
NUMBERS = 10_000
BATCH = 100
CONCURRENCY = 4
SAMPLE = 200


async def _timed_bulk(count: int, batch_size: int, seed: int) -> dict[str, Any]:
    fake = make_fake(numbers=count, seed=seed)
    numbers = [r.number for r in fake.iter_numbers()]
    fake.inject("latency", times=None, seconds=LATENCY)
    client = make_async_client(fake)
    try:
        await client.numbers.list_page(1, page_size=1)  # token now, not while timed
        started = time.perf_counter()
        result = await client.numbers.bulk_change_status(
            "cancel", numbers, batch_size=batch_size, concurrency=CONCURRENCY
        )
        elapsed = time.perf_counter() - started
    finally:
        await client.close()
    if len(result.done) != count or fake.number_count != 0:
        raise RuntimeError(
            f"bulk cancel incomplete: {len(result.done)} done of {count}, "
            f"{fake.number_count} left in the fake"
        )
    calls = math.ceil(count / batch_size)
    return {
        "seconds": elapsed,
        "calls": calls,
        "ideal": math.ceil(calls / CONCURRENCY) * LATENCY,
    }


def run(settings: Settings) -> Result:
    runs = [
        asyncio.run(_timed_bulk(NUMBERS, BATCH, seed=100 + i)) for i in range(settings.reps(3, 1))
    ]
    bulk = statistics.median(r["seconds"] for r in runs)
    ideal = runs[0]["ideal"]
    sample = asyncio.run(_timed_bulk(SAMPLE, 1, seed=99))
    per_number = sample["seconds"] * NUMBERS / SAMPLE

    res = Result(4, "bulk cancel of 10,000 numbers, 50 ms per call, async")
    res.rows.append(
        Row(
            f"bulk_change_status: {runs[0]['calls']} batches of {BATCH}, concurrency {CONCURRENCY}",
            bulk,
            ideal,
            "s",
            "SDK",
            "ideal",
            "bulk",
        )
    )
    res.rows.append(
        Row(
            "bulk vs one call per number (200 measured, x50)",
            bulk,
            per_number,
            "s",
            "bulk",
            "per-number",
            None,
        )
    )
    res.details = {
        "runs": runs,
        "per_number_sample": sample,
        "per_number_sample_vs_its_ideal": round(sample["seconds"] / sample["ideal"], 3),
        "latency_s": LATENCY,
        "rate_limit": "off (fake rate_limit=None, client rate_limit_per_minute=None)",
    }
    return res
