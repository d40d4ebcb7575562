"""The fake API and clients over it, set up the same way for every client benchmark.

Rate limiting is off on both sides: the fake is built with ``rate_limit=None`` (its default
of 50 per minute would answer 429 within a second of benchmarking) and the client gets
no ``rate_limit_per_minute`` (its default: no client-side limit). Retries stay at the
client's defaults; nothing here fails, so they never fire, but their bookkeeping runs.
"""

from __future__ import annotations

from typing import Any

import httpx

BASE_URL = "https://api.telegent.com"


def log_free_transport(fake: Any) -> httpx.BaseTransport:
    """``fake.transport()`` that empties the fake's request log after every request.

    The fake records every request it sees (for tests to inspect); over the hundreds of
    thousands of requests a benchmark makes, that list would grow without bound and its
    upkeep (and the garbage collector walking it) would be timed as if it were the client's.
    """
    from telegent.testing import FakeTransport

    class LogFreeTransport(FakeTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = super().handle_request(request)
            self.fake.clear_requests()
            return response

    return LogFreeTransport(fake)


def make_fake(numbers: int, seed: int = 7, **kwargs: Any) -> Any:
    from telegent.testing import FakeTelegent

    return FakeTelegent(numbers=numbers, seed=seed, rate_limit=None, **kwargs)


def make_client(fake: Any, **kwargs: Any) -> Any:
    from telegent import Telegent

    return Telegent(
        account_key=fake.account_key,
        account_secret=fake.account_secret,
        base_url=BASE_URL,
        transport=fake.transport(),
        **kwargs,
    )


def make_async_client(fake: Any, **kwargs: Any) -> Any:
    from telegent import AsyncTelegent

    return AsyncTelegent(
        account_key=fake.account_key,
        account_secret=fake.account_secret,
        base_url=BASE_URL,
        transport=fake.async_transport(),
        **kwargs,
    )
