"""Over a real socket: big bodies through the ``speedups`` decoder, and the bulk helper's
bound on requests in flight.

The decoder tests in ``tests/client/test_json_decoder.py`` compare the decoders on bytes;
these send the bodies through a threaded HTTP server and the client's whole stack (a body
read from a socket in chunks, then decoded once), so what a user sees is what is checked:
the first big page imports msgspec, nothing it holds is lost, and what msgspec refuses is
still read (or refused) as ``json.loads`` would.

The bulk helper sends each batch inside a slot and parses the answer outside it; the
server counts the requests it is answering at once, so a lost bound shows.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

import telegent._json as _json
from telegent import APIResponseValidationError
from telegent.types import InventoryPage

from ._support import aw, close
from .api import STATUS_PATH
from .server import Received, Reply

pytestmark = pytest.mark.anyio
pytest.importorskip("msgspec")

BIG_INT = 2**80 + 1  # beyond 64 bits: a decoder that makes it a float loses it


def _page_body(records: int, extra: str = "") -> bytes:
    rows = ",".join(
        json.dumps(
            {
                "Number": f"+1555{i:07d}",
                "SwapsRemaining": i,
                "MessageEnabled": "true" if i % 2 else False,
                "OriginalDatePurchased": "06/28/2022",
                "NextSwapResetDate": "2025-12-05T02:19:00.20",
                "Counter": BIG_INT,
            }
        )[:-1]
        + extra
        + "}"
        for i in range(records)
    )
    return f'{{"TotalResults": {records}, "PhoneNumbers": [{rows}]}}'.encode()


def _serve(body: bytes) -> Any:
    def handler(_request: Received) -> Reply:
        return Reply(200, body, [("Content-Type", "application/json")])

    return handler


@pytest.fixture
def fresh_decoder(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As in a new process: msgspec not tried yet (the first big body brings it in)."""
    monkeypatch.setattr(_json, "_tried", False)
    monkeypatch.setattr(_json, "_fast", None)
    yield


@pytest.mark.usefixtures("fresh_decoder")
async def test_a_big_page_is_decoded_by_msgspec_and_loses_nothing(
    server: Any, connect: Any
) -> None:
    body = _page_body(1_000)
    assert len(body) >= _json.FAST_FROM_BYTES
    server.handler = _serve(body)
    client = connect(server, token="static-token-value")
    page = await aw(client.numbers.list_page(1, page_size=1_000))
    await close(client)
    assert _json._fast is not None  # the big body brought msgspec in
    assert page == InventoryPage.from_wire(json.loads(body))
    last = page.phone_numbers[-1]
    assert last.swaps_remaining == 999 and last.message_enabled is True
    assert last.extra["Counter"] == BIG_INT and type(last.extra["Counter"]) is int
    assert last.next_swap_reset_date is not None and last.next_swap_reset_date.tzinfo


@pytest.mark.usefixtures("fresh_decoder")
async def test_a_big_page_msgspec_refuses_is_read_as_json_loads_reads_it(
    server: Any, connect: Any
) -> None:
    body = _page_body(1_000, extra=', "Score": NaN')  # json.loads reads NaN; msgspec does not
    server.handler = _serve(body)
    client = connect(server, token="static-token-value")
    page = await aw(client.numbers.list_page(1, page_size=1_000))
    await close(client)
    assert _json._fast is not None
    assert len(page.phone_numbers) == 1_000
    assert all(math.isnan(r.extra["Score"]) for r in page.phone_numbers)


@pytest.mark.usefixtures("fresh_decoder")
async def test_a_big_body_that_is_not_json_is_the_usual_typed_error(
    server: Any, connect: Any
) -> None:
    server.handler = _serve(_page_body(1_000)[:-1])  # cut short by one byte
    client = connect(server, token="static-token-value")
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        await aw(client.numbers.list_page(1, page_size=1_000))
    await close(client)


async def test_bulk_keeps_at_most_concurrency_requests_in_flight(
    server: Any, connect: Any, mode: str
) -> None:
    allowed = 3 if mode == "async" else 1  # the sync client sends one batch at a time
    gate = threading.Condition()
    counts = {"now": 0, "peak": 0}

    def handler(request: Received) -> Reply:
        assert request.path == STATUS_PATH
        with gate:
            counts["now"] += 1
            counts["peak"] = max(counts["peak"], counts["now"])
            gate.notify_all()
            # Hold each answer until as many requests as allowed are in (at most 5 s), so
            # the peak reaches the bound, and any request beyond it arrives meanwhile.
            gate.wait_for(lambda: counts["now"] >= allowed, timeout=5.0)
        time.sleep(0.02)
        with gate:
            counts["now"] -= 1
        numbers = request.json()["PhoneNumbers"]
        order = {"OrderId": "JNUOID-1", "OrderStatus": "Pending", "PhoneNumbers": numbers}
        return Reply(200, json.dumps(order).encode(), [("Content-Type", "application/json")])

    server.handler = handler
    client = connect(server, token="static-token-value")
    numbers = [f"+1201609{i:04d}" for i in range(18)]
    options = {"concurrency": allowed} if mode == "async" else {}  # sync takes none
    result = await aw(client.numbers.bulk_change_status("park", numbers, batch_size=2, **options))
    await close(client)
    assert len(result.done) == 18
    assert counts["peak"] == allowed
