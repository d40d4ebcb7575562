"""The client's end-to-end scenarios against Prism serving the patched spec.

Prism (``scripts/mock``: request and response validation, ``--errors``) answers with
the spec's examples. Each scenario runs the real client over loopback HTTP, then
requires, for every request it made: a 2xx answer without an ``sl-violations`` header,
no violation line in Prism's log for it, and a log entry for every request sent (so the
log check cannot pass by reading nothing). The requests and Prism's answers are also
validated with openapi-core, like the fake-backed tests.

What the static examples mean for the scenarios (by design, not a bug):

* inventory: every page is the same example page (TotalResults 346, two numbers). The
  pager stops at page 2, which repeats page 1, with a warning; with ``limit=`` it stops
  at the limit;
* orders: both order examples are ``Error`` orders, so ``orders.wait`` raises
  ``OrderFailedError`` with code ``8A`` (the default example) or ``6P`` (asked for with
  Prism's ``Prefer: example=example2`` header, sent through ``default_headers``);
* every status change answers the same example order.

Negative controls at the end prove that a bad request is caught by all three checks.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from telegent import AsyncTelegent, OrderFailedError, Telegent
from telegent.testing import FakeClock

from ._cases import CHANGE_CASES, ICCIDS, UPDATE_FIELDS, ChangeCase
from ._prism import PrismServer, Segment
from ._spec import TALLY, Exchange, Recorder, assert_exchanges_conform, spec_dict, spec_server

pytestmark = pytest.mark.prism

TOKEN = "/v1.0/oauth2/tokens"
STATUS = "/v1.0/numbers/status"
INVENTORY = "/v1.0/numbers/inventory"
UPDATE = "/v1.0/numbers/update"
ORDER = "/v1.0/numbers/order"
NUMBERS = [f"+1201555{i:04d}" for i in range(20)]


def _example(path: str, method: str, name: str | None = None) -> Any:
    """A 200 example of the patched spec (what Prism answers)."""
    media = spec_dict()["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    if name is None and "example" in media:
        return media["example"]
    examples = media["examples"]
    return examples[name or next(iter(examples))]["value"]


class Scenario:
    """One scenario's clients, the wire they produced, and Prism's verdict on it."""

    def __init__(self, prism: PrismServer) -> None:
        self.prism = prism
        self.recorder = Recorder()
        self.start = prism.mark()
        # Before the example token's tokenExpiry (05/02/2025), so the token is "valid".
        self.clock = FakeClock(datetime(2025, 5, 1, 12, 0, tzinfo=UTC))

    def client(self, **options: Any) -> Telegent:
        if "token" not in options:
            options |= {"account_key": "DID-contract", "account_secret": "contract-secret"}
        return Telegent(
            base_url=self.prism.base_url,
            transport=self.recorder.sync(httpx.HTTPTransport()),
            clock=self.clock,
            **options,
        )

    def async_client(self, **options: Any) -> AsyncTelegent:
        return AsyncTelegent(
            account_key="DID-contract",
            account_secret="contract-secret",
            base_url=self.prism.base_url,
            transport=self.recorder.async_(httpx.AsyncHTTPTransport()),
            clock=self.clock,
            **options,
        )

    def raw(self) -> httpx.Client:
        """A bare httpx client on Prism, recorded like the SDK clients."""
        return httpx.Client(
            base_url=self.prism.base_url, transport=self.recorder.sync(httpx.HTTPTransport())
        )

    def today(self) -> Any:
        return self.clock.now().astimezone().date()  # what the client uses for "today"

    @property
    def exchanges(self) -> list[Exchange]:
        return self.recorder.exchanges

    def paths(self) -> list[str]:
        return [e.request.url.path for e in self.exchanges]

    def segment(self) -> Segment:
        """Prism's log lines for this scenario's requests."""
        return self.prism.segment(self.start, len(self.exchanges), token="contract-barrier")

    def problems(self, segment: Segment) -> list[str]:
        """Everything Prism objected to in this scenario."""
        found = [f"log: {line}" for line in segment.violations]
        if segment.received != len(self.exchanges):
            found.append(f"log shows {segment.received} requests, {len(self.exchanges)} were sent")
        for e in self.exchanges:
            where = f"{e.request.method} {e.request.url}"
            if e.response is None:
                found.append(f"{where}: no response")
                continue
            if "sl-violations" in e.response.headers:
                found.append(f"{where}: sl-violations {e.response.headers['sl-violations']}")
            if not e.response.is_success:
                found.append(f"{where}: HTTP {e.response.status_code} {e.response.text[:300]}")
        return found

    def finish(self) -> None:
        """Assert zero violations for the whole scenario, and count it."""
        segment = self.segment()
        problems = self.problems(segment)
        TALLY.prism_violations += len(segment.violations)
        assert not problems, "Prism objected:\n" + "\n".join(problems)
        assert_exchanges_conform(self.exchanges, host_url=spec_server(), tally="prism")
        TALLY.prism_scenarios_passed += 1


@pytest.fixture
def scenario(prism: PrismServer) -> Scenario:
    return Scenario(prism)


def _bearer(exchange: Exchange) -> str:
    return str(exchange.request.headers.get("authorization", ""))


# ---------------------------------------------------------------------- scenarios


def test_authenticate(scenario: Scenario) -> None:
    with scenario.client() as client:
        page = client.numbers.list_page(1)

    assert scenario.paths() == [TOKEN, INVENTORY]
    token_request = scenario.exchanges[0]
    assert token_request.json == {"AccountKey": "DID-contract", "AccountSecret": "contract-secret"}
    assert "authorization" not in token_request.request.headers
    example_token = _example(TOKEN, "post")["token"]
    assert _bearer(scenario.exchanges[1]) == f"Bearer {example_token}"
    assert page.total_results == _example(INVENTORY, "get")["TotalResults"]
    scenario.finish()


def test_authenticate_per_endpoint(scenario: Scenario) -> None:
    with scenario.client(token_scope="per-endpoint") as client:
        client.numbers.list_page(1)
        client.orders.get("JNUOID-12390e1f-ef69-4d81-b97b-8d000e763ec9")

    assert scenario.paths() == [TOKEN, INVENTORY, TOKEN, ORDER]
    scopes = [e.json["ApiEndpoint"] for e in scenario.exchanges if e.request.url.path == TOKEN]
    assert scopes == [scenario.prism.base_url + INVENTORY, scenario.prism.base_url + ORDER]
    scenario.finish()


def test_list_all_numbers(scenario: Scenario, caplog: pytest.LogCaptureFixture) -> None:
    example = [n["Number"] for n in _example(INVENTORY, "get")["PhoneNumbers"]]
    with scenario.client() as client, caplog.at_level(logging.WARNING, logger="telegent"):
        everything = client.numbers.list().to_list()
        first = client.numbers.list(filter="Active", limit=1).to_list()

    # Page 2 repeats page 1 (a static example): the pager stops there, with a warning.
    assert [r.number for r in everything] == example
    assert any("repeats page 1" in r.getMessage() for r in caplog.records)
    assert [r.number for r in first] == example[:1]
    sent = [dict(e.request.url.params) for e in scenario.exchanges[1:]]
    assert sent == [
        {"PageNumber": "1", "TotalNumbersRequested": "100"},
        {"PageNumber": "2", "TotalNumbersRequested": "100"},
        {"PageNumber": "1", "Filter": "Active", "TotalNumbersRequested": "1"},
    ]
    assert scenario.paths() == [TOKEN, INVENTORY, INVENTORY, INVENTORY]
    scenario.finish()


@pytest.mark.parametrize("case", CHANGE_CASES, ids=lambda c: c.id)
def test_change_status(scenario: Scenario, case: ChangeCase) -> None:
    with scenario.client() as client:
        order = case.call(client.numbers, NUMBERS, ICCIDS)

    assert order.order_id == _example(STATUS, "post")["OrderId"]
    assert scenario.paths() == [TOKEN, STATUS]
    assert scenario.exchanges[1].json == case.body(NUMBERS, ICCIDS, scenario.today())
    scenario.finish()


def test_wait_for_the_order(scenario: Scenario) -> None:
    first, second = (_example(ORDER, "get", name) for name in ("example1", "example2"))
    with scenario.client() as client:
        order_id = client.numbers.activate(NUMBERS[:2], effective_date="01/01/2026").order_id
        assert order_id
        with pytest.raises(OrderFailedError) as failed:
            client.orders.wait(order_id)
    assert failed.value.code == first["OrderStatusMessage"].split("-")[0] == "8A"
    assert failed.value.order_id == first["OrderId"]

    # The other example, picked with Prism's Prefer header; the token is fetched without
    # it (the token response has no example of that name).
    with scenario.raw() as http:
        login = {"AccountKey": "DID-contract", "AccountSecret": "contract-secret"}
        token = http.post(TOKEN, json=login).json()["token"]
    prefer = {"Prefer": "example=example2"}
    with (
        scenario.client(token=token, default_headers=prefer) as client,
        pytest.raises(OrderFailedError) as failed,
    ):
        client.orders.wait(order_id)
    assert failed.value.code == second["OrderStatusMessage"].split("-")[0] == "6P"

    assert scenario.paths() == [TOKEN, STATUS, ORDER, TOKEN, ORDER]
    assert {e.request.url.params.get("OrderId") for e in scenario.exchanges[2::2]} == {order_id}
    scenario.finish()


def test_update_a_number(scenario: Scenario) -> None:
    example = _example(UPDATE, "post")
    with scenario.client() as client:
        one = client.numbers.update(NUMBERS[0], cnam_first_name="Ada")
        every = client.numbers.update(NUMBERS[1], **{arg: v for arg, v, _, _ in UPDATE_FIELDS})

    assert one.update_order_id == every.update_order_id == example["UpdateOrderId"]
    assert scenario.exchanges[2].json == {
        "Number": NUMBERS[1],
        **{wire: sent for _, _, wire, sent in UPDATE_FIELDS},
    }
    assert scenario.paths() == [TOKEN, UPDATE, UPDATE]
    scenario.finish()


def test_get_an_order(scenario: Scenario) -> None:
    example = _example(ORDER, "get", "example1")
    with scenario.client() as client:
        details = client.orders.get(example["OrderId"])

    assert details.order_status == example["OrderStatus"]
    assert details.order_status_message == example["OrderStatusMessage"]
    assert [n.number for n in details.phone_numbers_ordered] == [
        n["Number"] for n in example["PhoneNumbersOrdered"]
    ]
    assert scenario.paths() == [TOKEN, ORDER]
    scenario.finish()


def test_bulk_change_status(scenario: Scenario) -> None:
    # Every batch gets the same example order, which lists two numbers: a batch of
    # those two is accepted, a batch of another number is "unknown" (not in its order).
    listed = [n["Number"] for n in _example(STATUS, "post")["Numbers"]]
    other = next(n for n in NUMBERS if n not in listed)
    with scenario.client() as client:
        result = client.numbers.bulk_change_status(
            "park", [*listed, other], batch_size=2, effective_date="01/05/2026", wait=True
        )

    batches = [e.json["PhoneNumbers"] for e in scenario.exchanges if e.request.url.path == STATUS]
    assert batches == [[{"Number": n} for n in listed], [{"Number": other}]]
    # The accepted order is waited for once; the example order ended in Error.
    assert scenario.paths() == [TOKEN, STATUS, STATUS, ORDER]
    assert [item.number for item in result.failed] == listed
    assert [item.number for item in result.unknown] == [other]
    scenario.finish()


@pytest.mark.anyio
async def test_async_client_end_to_end(scenario: Scenario) -> None:
    async with scenario.async_client() as client:
        page = await client.numbers.list_page(1, page_size=2)
        records = [r async for r in client.numbers.list(limit=3)]
        order = await client.numbers.swap_sim({NUMBERS[0]: ICCIDS[1]})
        assert order.order_id
        with pytest.raises(OrderFailedError):
            await client.orders.wait(order.order_id)
        updated = await client.numbers.update(NUMBERS[0], product_type="Data-Only")
        details = await client.orders.get(updated.update_order_id or "")

    assert len(page.phone_numbers) == 2 and len(records) == 2  # page 2 repeats page 1
    assert details.order_status == "Error"
    assert scenario.paths() == [
        TOKEN,
        INVENTORY,
        INVENTORY,
        INVENTORY,
        STATUS,
        ORDER,
        UPDATE,
        ORDER,
    ]
    scenario.finish()


# -------------------------------------------------------------- negative controls


def test_control_prism_flags_a_request_missing_a_required_field(scenario: Scenario) -> None:
    with scenario.raw() as http:
        response = http.post(TOKEN, json={"AccountKey": "DID-contract"})

    assert response.status_code == 400
    assert "AccountSecret" in response.headers["sl-violations"]
    segment = scenario.segment()
    assert any("AccountSecret" in line for line in segment.violations), segment.lines
    problems = scenario.problems(segment)
    assert any(p.startswith("log: ") for p in problems)
    assert any("sl-violations" in p for p in problems)
    assert any("HTTP 400" in p for p in problems)


def test_control_prism_flags_a_missing_token_and_a_bad_query(scenario: Scenario) -> None:
    with scenario.raw() as http:
        response = http.get(INVENTORY, params={"PageNumber": "0"})

    assert response.status_code == 401
    violations = scenario.segment().violations
    assert any("security" in line.lower() for line in violations), violations
    assert any("pagenumber" in line.lower() for line in violations), violations
