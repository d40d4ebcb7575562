"""Benchmark 3: peak memory while iterating 100,000 numbers, against iterating 1,000.

``for record in client.numbers.list(): ...`` should hold one page at a time, so its peak
must not grow with the inventory. Each measurement runs in a fresh interpreter (no
caches or garbage from another measurement): it builds the fake, renders every page the
iteration will ask for, warms the client up (token, imports: a 10-record listing), then
starts ``tracemalloc`` and iterates. The figure is tracemalloc's peak: the most memory
allocated after the start that was alive at one time.

The pages are the fake's (``FakeTelegent``, 100 numbers a page: the client's default
page size, where a per-page leak shows most), rendered to bytes before tracing and served
by an ``httpx.MockTransport`` that hands out a fresh copy of the bytes per request, as a
socket read would. So the fake's own work and storage are never counted, and everything
traced is the client's (or httpx's) doing.

Two more rows, reported, not judged: the same iteration written with raw httpx --
``GET`` page after page, ``json.loads``, iterate ``PhoneNumbers`` -- to tell the SDK's
share of any growth from httpx's; and the SDK with the largest page the API allows
(1,000), where one page's working set dwarfs any fixed-size cache; and the SDK at
100,000 against 10,000, which tells a leak (grows again, ~10x) from fixed-size caches
filling up (levels off, ~1x).
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
import tracemalloc
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx

from ._core import ROOT, Result, Row, Settings, child_env
from ._fixtures import BASE_URL, make_fake

PAGE_SIZE = 100
SIZES = (1_000, 100_000)
PLATEAU_CHECK = 10_000
TOKEN_PATH = "/v1.0/oauth2/tokens"
INVENTORY_PATH = "/v1.0/numbers/inventory"


def _replay_transport(fake: Any, size: int, page_size: int) -> tuple[httpx.BaseTransport, str]:
    """Every inventory page pre-rendered by the fake, served from memory; and a token."""
    token = fake.issue_token()
    raw = httpx.Client(
        base_url=BASE_URL, transport=fake.transport(), headers={"Authorization": f"Bearer {token}"}
    )
    pages: dict[str, bytes] = {}
    for page in range(1, size // page_size + 2):  # one past the end: the empty page
        params = {"PageNumber": str(page), "TotalNumbersRequested": str(page_size)}
        pages[str(page)] = raw.get(INVENTORY_PATH, params=params).content
    raw.close()
    fake.clear_requests()
    # Rendering requested the very URLs the iteration will; forget them so that the
    # stdlib's URL-parsing cache (which httpx's cookie handling feeds) starts cold, as in
    # a fresh process, at every size alike.
    urllib.parse.clear_cache()
    token_body = json.dumps(
        {"token": token, "successful": True, "tokenExpiry": "12/31/2099 11:59:59 PM"}
    ).encode()
    headers = {"content-type": "application/json; charset=utf-8"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == TOKEN_PATH:
            return httpx.Response(200, headers=headers, content=token_body)
        body = pages[request.url.params["PageNumber"]]
        # A new bytes object per answer, like a network read (not one shared, untraced).
        return httpx.Response(200, headers=headers, content=bytes(bytearray(body)))

    return httpx.MockTransport(handler), token


def _sdk_records(
    fake: Any, transport: httpx.BaseTransport, token: str, page_size: int
) -> Iterator[Any]:
    from telegent import Telegent

    client = Telegent(
        account_key=fake.account_key,
        account_secret=fake.account_secret,
        base_url=BASE_URL,
        transport=transport,
    )
    for _ in client.numbers.list(limit=10):  # token, lazy imports, first-call caches
        pass
    from telegent._json import fast_decoder

    fast_decoder()  # the speedups extra's msgspec, imported by the first big page: not traced
    yield None  # warmed up: start tracing now
    yield from client.numbers.list(page_size=page_size)
    client.close()


def _raw_records(
    fake: Any, transport: httpx.BaseTransport, token: str, page_size: int
) -> Iterator[Any]:
    http = httpx.Client(
        base_url=BASE_URL, transport=transport, headers={"Authorization": f"Bearer {token}"}
    )
    loads = json.loads
    http.get(INVENTORY_PATH, params={"PageNumber": "1", "TotalNumbersRequested": "10"})
    yield None
    page, seen, total = 1, 0, None
    while total is None or seen < total:
        params = {"PageNumber": str(page), "TotalNumbersRequested": str(page_size)}
        data = loads(http.get(INVENTORY_PATH, params=params).content)
        total = data["TotalResults"]
        records = data["PhoneNumbers"]
        if not records:
            break
        seen += len(records)
        page += 1
        yield from records
    http.close()


def measure(size: int, who: str, page_size: int = PAGE_SIZE) -> dict[str, Any]:
    """In this (fresh) process: peak traced bytes while iterating ``size`` numbers."""
    fake = make_fake(numbers=size, seed=11)
    transport, token = _replay_transport(fake, size, page_size)
    make = _sdk_records if who == "sdk" else _raw_records
    records = make(fake, transport, token, page_size)
    next(records)
    gc.collect()
    collections_before = sum(s["collections"] for s in gc.get_stats())
    started = time.perf_counter()
    tracemalloc.start()
    count = sum(1 for _ in records)
    elapsed = time.perf_counter() - started
    current, peak = tracemalloc.get_traced_memory()
    gc_runs = sum(s["collections"] for s in gc.get_stats()) - collections_before
    # Diagnosis for the notes: what is still held once the loop is over, and how much of
    # it a full collection frees (cyclic garbage, free lists).
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]
    )
    unreachable = gc.collect()
    after_gc = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    if count != size:
        raise RuntimeError(f"iterated {count} records, expected {size}")
    return {
        "size": size,
        "who": who,
        "page_size": page_size,
        "peak": peak,
        "held_after_loop": current,
        "held_after_full_gc": after_gc,
        "unreachable_objects_found_by_gc": unreachable,
        "gc_runs_during_loop": gc_runs,
        "top_held_after_loop": [
            f"{st.traceback[0].filename.rsplit('/', 2)[-1]}:{st.traceback[0].lineno} "
            f"{st.size} B in {st.count} blocks"
            for st in snapshot.statistics("lineno")[:6]
        ],
        "seconds_traced": round(elapsed, 2),
    }


def _child(size: int, who: str, page_size: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-m", "bench.b3_memory", str(size), who, str(page_size)],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"memory child failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run(settings: Settings) -> Result:
    res = Result(3, "peak memory, iterating 100,000 vs 1,000 numbers")
    small, large = SIZES
    for who, page_size, label, goal in (
        ("sdk", PAGE_SIZE, "SDK `for r in client.numbers.list()`, 100 a page", "memory"),
        ("raw", PAGE_SIZE, "raw httpx paging + json.loads, 100 a page", None),
        ("sdk", 1000, "SDK, `list(page_size=1000)`", None),
    ):
        a = _child(small, who, page_size)
        b = _child(large, who, page_size)
        res.rows.append(Row(label, b["peak"], a["peak"], "B", f"{large:,}", f"{small:,}", goal))
        res.details[f"{who}_{page_size}"] = {"small": a, "large": b}
    # Does the SDK's peak keep growing, or has it levelled off? Same run, 10x fewer numbers.
    mid = _child(PLATEAU_CHECK, "sdk", PAGE_SIZE)
    res.details[f"sdk_{PAGE_SIZE}"]["plateau_check"] = mid
    res.rows.append(
        Row(
            "SDK, 100 a page: plateau check",
            res.details[f"sdk_{PAGE_SIZE}"]["large"]["peak"],
            mid["peak"],
            "B",
            f"{large:,}",
            f"{PLATEAU_CHECK:,}",
            None,
        )
    )
    res.details["method"] = (
        "tracemalloc peak since start, fresh interpreter per measurement; pages rendered by "
        "FakeTelegent before tracing, served as fresh bytes by httpx.MockTransport"
    )
    return res


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]))))
