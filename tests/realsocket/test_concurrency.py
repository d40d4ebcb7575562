"""150+ concurrent calls on one client across a refused token and a proactive renewal.

Before the fix, every call answered 401 held its pooled connection while it waited for
the new token, and the token request could not get a connection of its own (the pool
holds 100): the client stalled until ``PoolTimeout``. Now a response is read and closed
before anything waits for a token. Each burst must end with every call successful, a
handful of token requests, and in seconds (the bound asserted is a generous 60 s).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from telegent import AsyncTelegent, SystemClock, Telegent

from .api import KEY, ORDER, ORDER_PATH, SECRET, TokenAPI
from .server import json_reply

CALLS = 160
LIFETIME = 3600.0
SKEW = 60.0
HANG_BOUND = 60.0  # seconds; the burst takes well under a few seconds when it works


class ShiftedClock(SystemClock):
    """Real time plus an offset the test moves forward (to make a token due)."""

    __slots__ = ("offset",)

    def __init__(self) -> None:
        self.offset = 0.0

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.offset)


def make_api(clock: ShiftedClock) -> TokenAPI:
    api = TokenAPI(lifetime=LIFETIME, utcnow=clock.now, latency=0.05)
    return api.route("GET", ORDER_PATH, json_reply(200, ORDER))


def options(clock: ShiftedClock) -> dict[str, Any]:
    return {
        "account_key": KEY,
        "account_secret": SECRET,
        "renew_skew": SKEW,
        "timeout": 10.0,  # before the fix: PoolTimeout after 10 s instead of 30 s
        "clock": clock,
    }


def burst_sync(client: Telegent) -> tuple[list[Any], float]:
    start = time.monotonic()
    go = threading.Barrier(CALLS)

    def call(_i: int) -> Any:
        go.wait(timeout=HANG_BOUND)
        try:
            return client.orders.get("JNUOID-1")
        except Exception as exc:
            return exc

    with ThreadPoolExecutor(max_workers=CALLS) as pool:
        results = list(pool.map(call, range(CALLS)))
    return results, time.monotonic() - start


async def burst_async(client: AsyncTelegent) -> tuple[list[Any], float]:
    start = time.monotonic()
    results = await asyncio.gather(
        *(client.orders.get("JNUOID-1") for _ in range(CALLS)), return_exceptions=True
    )
    return list(results), time.monotonic() - start


def assert_all_succeeded(results: list[Any], elapsed: float) -> None:
    failures = [r for r in results if isinstance(r, BaseException)]
    assert not failures, f"{len(failures)} of {CALLS} calls failed, first: {failures[0]!r}"
    assert [r.order_id for r in results] == ["JNUOID-1"] * CALLS
    assert elapsed < HANG_BOUND


Events = Callable[[TokenAPI, ShiftedClock], None]


def refuse_tokens(api: TokenAPI, _clock: ShiftedClock) -> None:
    api.refuse_all()  # the server rotates its keys: every call in the burst gets a 401
    # The first 100 calls (the pool's limit) are all answered at once: every pooled
    # connection carries a 401 when the token request goes looking for one.
    api.hold(100)


def make_token_due(_api: TokenAPI, clock: ShiftedClock) -> None:
    clock.offset += LIFETIME - SKEW + 1  # inside the renewal window, not yet expired


EVENTS = pytest.mark.parametrize(
    "event", [refuse_tokens, make_token_due], ids=["refused-token", "proactive-renewal"]
)


@EVENTS
def test_threads_share_one_token_renewal_without_holding_connections(
    server: Any, event: Events
) -> None:
    clock = ShiftedClock()
    api = make_api(clock)
    server.handler = api
    with Telegent(base_url=server.url, **options(clock)) as client:
        client.orders.get("JNUOID-1")  # warm: one token, cached
        event(api, clock)
        results, elapsed = burst_sync(client)
    assert_all_succeeded(results, elapsed)
    assert 2 <= api.issued <= 4, api.issued


@EVENTS
@pytest.mark.anyio
async def test_tasks_share_one_token_renewal_without_holding_connections(
    server: Any, event: Events
) -> None:
    clock = ShiftedClock()
    api = make_api(clock)
    server.handler = api
    async with AsyncTelegent(base_url=server.url, **options(clock)) as client:
        await client.orders.get("JNUOID-1")
        event(api, clock)
        results, elapsed = await burst_async(client)
    assert_all_succeeded(results, elapsed)
    assert 2 <= api.issued <= 4, api.issued
