"""Benchmark 1: one ``client.orders.get(order_id)`` through the whole stack, against raw httpx.

Candidate: ``Telegent.orders.get`` -- id validation, request building from the generated
endpoint module, the rate-limit hook (no limit set), bearer auth (cached token), the
retry bookkeeping, ``json.loads`` and parsing into ``OrderDetails``.

Baseline: what a user would write without the SDK, on the same transport: an
``httpx.Client`` with the same base URL and a ``Bearer`` header set once, then
``json.loads(http.get("/v1.0/numbers/order", params={"OrderId": id}).content)``.

Two in-process transports, each judged:

* **canned**: an ``httpx.MockTransport`` answering with fixed bytes (a real OrderDetails
  body taken from the fake). The transport costs next to nothing, so the ratio is the
  client's own overhead -- the strict reading of the goal.
* **fake**: ``FakeTelegent.transport()``, the project's stateful fake (routing, auth
  check, JSON encoding per call). Its work is on both sides and dilutes the ratio; this
  is the "in-process transport" users test against. Its request log is emptied after
  each request (``bench._fixtures.log_free_transport``).

Both sides reuse one client (one connection pool, token fetched before timing); calls
are timed in blocks of ``inner`` and the candidates interleaved block by block.

Peers (:mod:`bench._peers`): the same lookup through the bare clients two other generators
build from the same patched spec, on the canned transport, each against the same raw
baseline timed in its own child interpreter (so a peer's imports never weigh on the SDK's
figures). openapi-python-generator takes no transport and opens a new ``httpx.Client`` per
call; that is kept (it is what its users pay), only the answer comes from the canned
transport. A peer that cannot run gets a row saying why.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._core import Result, Row, Settings, interleaved
from ._fixtures import BASE_URL, log_free_transport, make_client, make_fake
from ._peers import add_peer_rows, peers_for

ORDER_PATH = "/v1.0/numbers/order"
ROUNDS, ROUNDS_QUICK, INNER, INNER_QUICK = 21, 7, 300, 100


def raw_get_order(transport: Any, token: str, order_id: str) -> Any:
    """The baseline: what a user writes without an SDK (one client, bearer header set once)."""
    raw = httpx.Client(
        base_url=BASE_URL,
        transport=transport,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
    )
    params = {"OrderId": order_id}
    loads, raw_get = json.loads, raw.get

    def bare() -> object:
        return loads(raw_get(ORDER_PATH, params=params).content)

    bare.client = raw  # type: ignore[attr-defined]  # closed by the caller
    return bare


def canned_transport(order_body: bytes, token_body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json; charset=utf-8"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == ORDER_PATH:
            return httpx.Response(200, headers=headers, content=order_body)
        return httpx.Response(200, headers=headers, content=token_body)

    return httpx.MockTransport(handler)


def _pair(
    transport_for_client: Any, transport_for_raw: Any, fake: Any, token: str, order_id: str
) -> dict[str, Any]:
    from telegent import Telegent

    client = Telegent(
        account_key=fake.account_key,
        account_secret=fake.account_secret,
        base_url=BASE_URL,
        transport=transport_for_client,
    )
    bare = raw_get_order(transport_for_raw, token, order_id)
    get = client.orders.get

    def sdk() -> object:
        return get(order_id)

    # Same answer on both sides (and the SDK's token is fetched now, not while timed).
    assert sdk().order_id == bare()["OrderId"] == order_id  # type: ignore[attr-defined]
    return {"sdk": sdk, "raw": bare, "_clients": (client, bare.client)}  # type: ignore[attr-defined]


def run(settings: Settings) -> Result:
    fake = make_fake(numbers=1000, polls_to_complete=0)
    setup = make_client(fake)
    numbers = [r.number for r, _ in zip(fake.iter_numbers(), range(3), strict=False)]
    order_id = setup.numbers.park(numbers).order_id
    token = fake.issue_token()
    order_body = setup.orders.with_raw_response.get(order_id).http_response.content
    token_body = json.dumps(
        {"token": token, "successful": True, "tokenExpiry": "12/31/2099 11:59:59 PM"}
    ).encode()
    setup.close()

    rounds, inner = settings.reps(ROUNDS, ROUNDS_QUICK), settings.reps(INNER, INNER_QUICK)
    res = Result(1, "`client.orders.get` per call vs raw httpx + json.loads")
    for label, make_transport in (
        ("canned", lambda: canned_transport(order_body, token_body)),
        ("fake", lambda: log_free_transport(fake)),
    ):
        fns = _pair(make_transport(), make_transport(), fake, token, order_id)
        timing = interleaved({"sdk": fns["sdk"], "raw": fns["raw"]}, rounds=rounds, inner=inner)
        for c in fns["_clients"]:
            c.close()
        what = "MockTransport, fixed bytes" if label == "canned" else "FakeTelegent.transport()"
        res.rows.append(
            Row(
                f"orders.get, {what}",
                timing["sdk"]["median"],
                timing["raw"]["median"],
                "s",
                "SDK",
                "httpx+json",
                "call",
            )
        )
        res.details[label] = timing
    res.details["order_body_bytes"] = len(order_body)
    fixtures = {
        "order_body": order_body.decode(),
        "token_body": token_body.decode(),
        "order_id": order_id,
        "token": token,
        "rounds": ROUNDS,
        "rounds_quick": ROUNDS_QUICK,
        "inner": inner,
    }
    label = "orders.get, MockTransport, fixed bytes"
    with peers_for(settings) as peers:
        add_peer_rows(res, peers, "call", fixtures, settings, label, "raw", "httpx+json")
    return res
