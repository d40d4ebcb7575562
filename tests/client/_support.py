"""Helpers for the client-layer tests: a scripted API, sync/async clients (on the SDK's own
``telegent.testing.FakeClock``).

Every test that takes ``mode`` runs twice, against ``Telegent`` and ``AsyncTelegent``;
``aw(...)`` awaits a result only when it is awaitable, so one test body drives both.
Nothing here touches the network, the real clock or real sleep.
"""

from __future__ import annotations

import inspect
import json
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import httpx

from telegent import AsyncTelegent, Telegent
from telegent.testing import FakeClock

BASE = "https://api.telegent.com"
TOKEN_PATH = "/v1.0/oauth2/tokens"
STATUS_PATH = "/v1.0/numbers/status"
INVENTORY_PATH = "/v1.0/numbers/inventory"
UPDATE_PATH = "/v1.0/numbers/update"
ORDER_PATH = "/v1.0/numbers/order"
SECRET = "s3cr3t-Account-Secret-value"
KEY = "DID-test-key"


Handler = Callable[[httpx.Request], httpx.Response]
Step = httpx.Response | Exception | Handler


def expiry_text(when: datetime) -> str:
    return when.strftime("%m/%d/%Y %I:%M:%S %p")


class FakeAPI:
    """A scripted httpx handler: per (method, path) a queue of responses/exceptions.

    The last step of a queue repeats. The token endpoint answers ``tok-1``, ``tok-2``,
    ... valid for ``token_lifetime`` seconds unless scripted otherwise.
    """

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.requests: list[httpx.Request] = []
        self.steps: dict[tuple[str, str], list[Step]] = defaultdict(list)
        self.tokens_issued = 0
        self.token_lifetime = 3600.0

    def on(self, method: str, path: str, *steps: Step) -> FakeAPI:
        self.steps[(method.upper(), path)].extend(steps)
        return self

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == path]

    def token_calls(self) -> list[httpx.Request]:
        return self.calls("POST", TOKEN_PATH)

    def api_calls(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path != TOKEN_PATH]

    def issue_token(self, request: httpx.Request) -> httpx.Response:
        self.tokens_issued += 1
        expiry = self.clock.now() + timedelta(seconds=self.token_lifetime)
        return httpx.Response(
            200,
            json={
                "token": f"tok-{self.tokens_issued}",
                "successful": True,
                "tokenExpiry": expiry_text(expiry),
            },
        )

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        # Snapshot: the auth flow mutates the same Request object when it replays.
        self.requests.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.content,
            )
        )
        key = (request.method, request.url.path)
        queue = self.steps.get(key)
        if not queue:
            if key == ("POST", TOKEN_PATH):
                return self.issue_token(request)
            return httpx.Response(404, json={"StatusCode": 404, "Message": f"no script {key}"})
        step = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            # A Response can be read once; hand out a fresh copy each time.
            return httpx.Response(step.status_code, headers=step.headers, content=step.content)
        return step(request)


def jres(status: int, body: Any, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)


def error_body(status: int, message: str) -> httpx.Response:
    return jres(status, {"StatusCode": status, "Message": message})


ORDER_OK = {
    "OrderId": "JNUOID-9df281cc-82ac-48fc-b8bf-edc0a5547f04",
    "OrderDate": "2025-05-15T18:20:58.5133475Z",
    "OrderStatus": "Complete",
    "ChangeType": "activate",
    "EffectiveDate": "2023-12-31T00:00:00",
    "Numbers": [{"Number": "+12016093801", "QrCode": "https://qrcodeimage.com"}],
}


def record(i: int, **over: Any) -> dict[str, Any]:
    base = {
        "Number": f"+1801555{i:04d}",
        "Tnid": f"TNID-{i}",
        "OrderId": "TNOID-ddbaad7c",
        "NumberType": "mobile",
        "MessageEnabled": True,
        "MessageType": "p2p",
        "Classification": "MVNO",
        "VoiceEnabled": "true",
        "MessageRouteId": "MRID-1",
        "VoiceRouteId": "CRID-1",
        "Status": "Active",
        "OriginalDatePurchased": "02/05/2023",
        "AssignedSubscriberId": "TSUID-1",
        "Iccid": "8901240397190556232",
        "Cnam": "ABC Corp",
        "QrActivationLink": "https://api.telegent.com/qr",
        "SwapsRemaining": 1,
        "NextSwapResetDate": "2025-12-04T22:09:41.56",
        "ProductType": "Sms+Data+Voice",
        "PortOutPin": f"PIN{i:04d}",
    }
    base.update(over)
    return base


def page(n: int, total: int, records: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "AccountId": "AID-1",
        "TotalResults": total,
        "PageNumber": n,
        "Filter": "Active",
        "PhoneNumbers": records,
    }


async def aw(value: Any) -> Any:
    """Await ``value`` if it is awaitable (async client), else return it (sync client)."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(iterable: Any) -> list[Any]:
    if hasattr(iterable, "__aiter__"):
        return [x async for x in iterable]
    return list(iterable)


def make_client(
    mode: str,
    api: FakeAPI,
    clock: FakeClock,
    *,
    credentials: bool = True,
    **kwargs: Any,
) -> Telegent | AsyncTelegent:
    if credentials and "token" not in kwargs:
        kwargs.setdefault("account_key", KEY)
        kwargs.setdefault("account_secret", SECRET)
    kwargs.setdefault("clock", clock)
    transport = httpx.MockTransport(api)
    if mode == "sync":
        return Telegent(transport=transport, **kwargs)
    return AsyncTelegent(transport=transport, **kwargs)
