"""Client-side rate limit: sliding window, shared, thread- and task-safe, injected clock."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from telegent._ratelimit import RateLimiter

from ._support import ORDER_PATH, FakeClock, aw, jres

pytestmark = pytest.mark.anyio

ORDER = {"OrderId": "JNUOID-1", "OrderStatus": "Complete"}


def test_sliding_window_never_exceeds_limit(clock: FakeClock) -> None:
    limiter = RateLimiter(5, 60.0, clock=clock.monotonic)
    starts = []
    for _ in range(17):
        limiter.acquire(clock.sleep)
        starts.append(clock.monotonic())
        clock.advance(1.0)  # each request takes a second
    for s in starts:
        in_window = [x for x in starts if s <= x < s + 60.0]
        assert len(in_window) <= 5
    # the 6th request waits until the 1st leaves the window
    assert starts[5] == starts[0] + 60.0


def test_no_wait_under_the_limit(clock: FakeClock) -> None:
    limiter = RateLimiter(50, 60.0, clock=clock.monotonic)
    for _ in range(50):
        assert limiter.acquire(clock.sleep) == 0.0
    assert clock.sleeps == []
    assert limiter.reserve() == pytest.approx(60.0)


def test_invalid_limits() -> None:
    with pytest.raises(ValueError):
        RateLimiter(0, clock=lambda: 0.0)
    with pytest.raises(ValueError):
        RateLimiter(True, clock=lambda: 0.0)
    with pytest.raises(ValueError):
        RateLimiter(5, 0, clock=lambda: 0.0)


def test_thread_safe_reservations() -> None:
    now = [0.0]
    limiter = RateLimiter(10, 60.0, clock=lambda: now[0])
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            w = limiter.reserve()
            with lock:
                waits.append(w)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 40 reservations at t=0, 10 per minute: 10 at 0, 10 at 60, 10 at 120, 10 at 180
    assert sorted(waits) == [0.0] * 10 + [60.0] * 10 + [120.0] * 10 + [180.0] * 10


async def test_async_tasks_share_the_limiter() -> None:
    now = [0.0]
    limiter = RateLimiter(3, 60.0, clock=lambda: now[0])
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        await asyncio.sleep(0)

    await asyncio.gather(*(limiter.acquire_async(fake_sleep) for _ in range(7)))
    assert sorted(slept) == [60.0, 60.0, 60.0, 120.0]


async def test_client_requests_paced_by_limit(client_factory: Any, api: Any, clock: Any) -> None:
    client = client_factory(rate_limit_per_minute=50)
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    t0 = clock.monotonic()
    for _ in range(120):
        await aw(client.orders.get("JNUOID-1"))
    # 121 requests (with the token request) at 50/min -> the last starts after 2 minutes
    assert clock.monotonic() - t0 == pytest.approx(120.0)
    assert client.rate_limiter is not None and client.rate_limiter.limit == 50


async def test_with_options_copies_share_the_limiter(
    client_factory: Any, api: Any, clock: Any
) -> None:
    client = client_factory(rate_limit_per_minute=2)
    api.on("GET", ORDER_PATH, jres(200, ORDER))
    copy = client.with_options(max_retries=0)
    await aw(client.orders.get("JNUOID-1"))  # token + request: 2 slots
    assert clock.sleeps == []
    await aw(copy.orders.get("JNUOID-1"))
    assert clock.sleeps == [60.0]
