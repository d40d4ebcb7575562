"""Every request the client layer sends conforms to the patched spec.

Each test drives ``Telegent`` or ``AsyncTelegent`` (the ``mode`` fixture runs it with
both) against the in-memory fake through a recording transport, then validates every
captured request, and the fake's answer to it, with openapi-core against
generated/openapi.json. Each test also asserts exactly which requests the scenario
must produce, so it fails if capture silently stops or the client sends more or fewer
requests than it should. The last tests prove the validator is not vacuous and that
the scenario tables cover every request field and enum value the spec declares.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
import pytest

from telegent import AsyncTelegent, OrderFailedError, Telegent
from telegent.testing import FakeClock, FakeTelegent

from ._bad_requests import bad_requests, good_requests
from ._cases import CHANGE_CASES, ICCIDS, UPDATE_FIELDS, ChangeCase
from ._spec import (
    Exchange,
    Recorder,
    assert_exchanges_conform,
    request_errors,
    spec_dict,
    spec_server,
)

TOKEN = "/v1.0/oauth2/tokens"
STATUS = "/v1.0/numbers/status"
INVENTORY = "/v1.0/numbers/inventory"
UPDATE = "/v1.0/numbers/update"
ORDER = "/v1.0/numbers/order"

Client = Telegent | AsyncTelegent


async def aw(value: Any) -> Any:
    """Await ``value`` when the async client returned an awaitable; else pass it on."""
    return await value if inspect.isawaitable(value) else value


async def collect(pager: Any) -> list[Any]:
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake(clock: FakeClock) -> FakeTelegent:
    return FakeTelegent(numbers=30, seed=21, clock=clock, rate_limit=None, polls_to_complete=2)


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def numbers(fake: FakeTelegent) -> list[str]:
    return [str(r.number) for r in fake.iter_numbers()]


@pytest.fixture
def connect(
    mode: str, fake: FakeTelegent, clock: FakeClock, recorder: Recorder
) -> Callable[..., Client]:
    """Build a client of the current mode on ``fake`` (or another fake), recording the wire."""

    def factory(on: FakeTelegent | None = None, **options: Any) -> Client:
        target = on or fake
        common: dict[str, Any] = {
            "account_key": target.account_key,
            "account_secret": target.account_secret,
            "base_url": spec_server(),
            "clock": clock,
            **options,
        }
        if mode == "sync":
            return Telegent(transport=recorder.sync(target.transport()), **common)
        return AsyncTelegent(transport=recorder.async_(target.async_transport()), **common)

    return factory


def paths(exchanges: list[Exchange]) -> list[str]:
    return [e.request.url.path for e in exchanges]


def statuses(exchanges: list[Exchange]) -> list[int]:
    return [e.response.status_code if e.response is not None else 0 for e in exchanges]


# ------------------------------------------------------------------------- tokens


@pytest.mark.anyio
async def test_token_request_without_api_endpoint(
    connect: Callable[..., Client], recorder: Recorder, fake: FakeTelegent
) -> None:
    client = connect(token_scope="none")
    page = await aw(client.numbers.list_page(1, page_size=3))
    await aw(client.close())

    assert len(page.phone_numbers) == 3
    assert paths(recorder.exchanges) == [TOKEN, INVENTORY]
    assert recorder.exchanges[0].json == {
        "AccountKey": fake.account_key,
        "AccountSecret": fake.account_secret,
    }
    assert_exchanges_conform(recorder.exchanges)


@pytest.mark.anyio
async def test_token_requests_scoped_per_endpoint(
    connect: Callable[..., Client], recorder: Recorder, numbers: list[str]
) -> None:
    client = connect(token_scope="per-endpoint")
    await aw(client.numbers.list_page(1, page_size=2))
    await aw(client.numbers.update(numbers[0], cnam_first_name="Ada"))
    await aw(client.numbers.list_page(2, page_size=2))  # reuses the inventory token
    await aw(client.close())

    assert paths(recorder.exchanges) == [TOKEN, INVENTORY, TOKEN, UPDATE, INVENTORY]
    scopes = [e.json["ApiEndpoint"] for e in recorder.to(TOKEN)]
    assert scopes == [spec_server() + INVENTORY, spec_server() + UPDATE]
    assert_exchanges_conform(recorder.exchanges)


@pytest.mark.anyio
async def test_token_falls_back_to_api_endpoint_when_required(
    connect: Callable[..., Client], recorder: Recorder, clock: FakeClock
) -> None:
    strict = FakeTelegent(
        numbers=5, seed=2, clock=clock, rate_limit=None, require_api_endpoint=True
    )
    client = connect(on=strict)  # token_scope="auto"
    await aw(client.numbers.list_page(1))
    await aw(client.close())

    assert paths(recorder.exchanges) == [TOKEN, TOKEN, INVENTORY]
    assert statuses(recorder.exchanges) == [400, 200, 200]
    first, second = (e.json for e in recorder.to(TOKEN))
    assert "ApiEndpoint" not in first
    assert second["ApiEndpoint"] == spec_server() + INVENTORY
    # The refused first attempt is still a valid request (ApiEndpoint is optional).
    assert_exchanges_conform(recorder.exchanges)


# ------------------------------------------------------------------ status changes


@pytest.mark.anyio
@pytest.mark.parametrize("case", CHANGE_CASES, ids=lambda c: c.id)
async def test_change_status_request(
    case: ChangeCase,
    connect: Callable[..., Client],
    recorder: Recorder,
    numbers: list[str],
    clock: FakeClock,
) -> None:
    client = connect()
    order = await aw(case.call(client.numbers, numbers, ICCIDS))
    await aw(client.close())

    assert order.order_id
    assert paths(recorder.exchanges) == [TOKEN, STATUS]
    assert statuses(recorder.exchanges) == [200, 200]
    today = clock.now().astimezone().date()  # what the client uses for "today"
    assert recorder.to(STATUS)[0].json == case.body(numbers, ICCIDS, today)
    assert_exchanges_conform(recorder.exchanges)


def test_change_cases_cover_the_status_request_schema() -> None:
    """Together the cases send every StatusChangeRequest property and change type."""
    schema = spec_dict()["paths"][STATUS]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    numbers = [f"+1201555{i:04d}" for i in range(20)]
    bodies = [case.body(numbers, ICCIDS, date(2026, 1, 1)) for case in CHANGE_CASES]
    assert set().union(*bodies) == set(schema["properties"])
    assert {b["StatusChange"] for b in bodies} == set(schema["properties"]["StatusChange"]["enum"])
    item_keys = {k for b in bodies for item in b["PhoneNumbers"] for k in item}
    assert item_keys == set(schema["properties"]["PhoneNumbers"]["items"]["properties"])


# ---------------------------------------------------------------------- inventory


def _matches(record: dict[str, Any], filter_: str) -> bool:
    # The fake's documented filter rule (FakeTelegent docstring).
    fields = ("Status", "NumberType", "Classification", "MessageType", "ProductType")
    return any(str(record.get(f) or "").lower() == filter_.lower() for f in fields)


@pytest.mark.anyio
async def test_inventory_requests_across_pages(
    connect: Callable[..., Client], recorder: Recorder, fake: FakeTelegent, numbers: list[str]
) -> None:
    client = connect()
    expected: list[tuple[dict[str, str], ...]] = []

    # Everything, 7 per page: ceil(30/7) = 5 pages; stops once TotalResults are seen.
    everything = await collect(client.numbers.list(page_size=7))
    assert [r.number for r in everything] == numbers
    expected.append(
        tuple({"PageNumber": str(p), "TotalNumbersRequested": "7"} for p in range(1, 6))
    )

    # limit=10 with 4 per page: pages of 4, 4, then 2 taken from the third page.
    limited = await collect(client.numbers.list(page_size=4, limit=10))
    assert [r.number for r in limited] == numbers[:10]
    expected.append(
        tuple({"PageNumber": str(p), "TotalNumbersRequested": "4"} for p in range(1, 4))
    )

    # A filter whose value needs query escaping ("+"), 2 per page.
    wanted = [r["Number"] for r in fake.iter_numbers_wire() if _matches(r, "Sms+Data")]
    assert wanted, "the seeded inventory should hold Sms+Data numbers"
    filtered = await collect(client.numbers.list(filter="Sms+Data", page_size=2))
    assert [r.number for r in filtered] == wanted
    pages = math.ceil(len(wanted) / 2)
    expected.append(
        tuple(
            {"PageNumber": str(p), "Filter": "Sms+Data", "TotalNumbersRequested": "2"}
            for p in range(1, pages + 1)
        )
    )

    # One explicit page.
    page = await aw(client.numbers.list_page(2, filter="Active", page_size=3))
    assert page.page_number == 2
    expected.append(({"PageNumber": "2", "Filter": "Active", "TotalNumbersRequested": "3"},))
    await aw(client.close())

    sent = [dict(e.request.url.params) for e in recorder.to(INVENTORY)]
    assert sent == [q for group in expected for q in group]
    assert paths(recorder.exchanges) == [TOKEN] + [INVENTORY] * len(sent)
    assert_exchanges_conform(recorder.exchanges)


# ------------------------------------------------------------------------- update


@pytest.mark.anyio
async def test_update_requests_each_field_alone_and_all_together(
    connect: Callable[..., Client], recorder: Recorder, numbers: list[str]
) -> None:
    client = connect()
    number = numbers[0]
    for arg, value, _, _ in UPDATE_FIELDS:
        result = await aw(client.numbers.update(number, **{arg: value}))
        assert result.number == number
    await aw(
        client.numbers.update(numbers[1], **{arg: value for arg, value, _, _ in UPDATE_FIELDS})
    )
    await aw(client.close())

    bodies = [e.json for e in recorder.to(UPDATE)]
    assert bodies == [{"Number": number, wire: sent} for _, _, wire, sent in UPDATE_FIELDS] + [
        {"Number": numbers[1], **{wire: sent for _, _, wire, sent in UPDATE_FIELDS}}
    ]
    assert paths(recorder.exchanges) == [TOKEN] + [UPDATE] * (len(UPDATE_FIELDS) + 1)
    assert_exchanges_conform(recorder.exchanges)


def test_update_fields_cover_the_update_request_schema() -> None:
    schema = spec_dict()["paths"][UPDATE]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    assert {wire for _, _, wire, _ in UPDATE_FIELDS} == set(schema["properties"]) - {"Number"}
    for _, _, wire, sent in UPDATE_FIELDS:
        allowed = schema["properties"][wire].get("enum")
        assert allowed is None or sent in allowed, wire


# ------------------------------------------------------------------------- orders


@pytest.mark.anyio
async def test_order_get_and_wait_requests(
    connect: Callable[..., Client],
    recorder: Recorder,
    fake: FakeTelegent,
    numbers: list[str],
    clock: FakeClock,
) -> None:
    fake.polls_to_complete = 3  # Pending for two polls, Complete on the third
    client = connect()
    order = await aw(client.numbers.activate(numbers[:2], effective_date="01/01/2026"))
    first = await aw(client.orders.get(order.order_id))  # poll 1
    seen: list[str] = []
    done = await aw(
        client.orders.wait(
            order.order_id,
            poll_interval=5.0,
            on_progress=lambda d: seen.append(str(d.order_status)),
        )
    )  # polls 2 and 3
    await aw(client.close())

    assert first.order_status == "Pending"
    assert seen == ["Pending", "Complete"] and done.order_status == "Complete"
    assert clock.sleeps == [5.0]  # one wait between the two polls of wait()
    assert paths(recorder.exchanges) == [TOKEN, STATUS, ORDER, ORDER, ORDER]
    assert {e.request.url.params["OrderId"] for e in recorder.to(ORDER)} == {order.order_id}
    assert_exchanges_conform(recorder.exchanges)


@pytest.mark.anyio
async def test_wait_on_a_failing_order(
    connect: Callable[..., Client], recorder: Recorder, fake: FakeTelegent, numbers: list[str]
) -> None:
    fake.fail_numbers({numbers[0]: "8A-ACCOUNT_NUM_REQ_OR_INCORRECT"})
    client = connect()
    order = await aw(client.numbers.park([numbers[0]], effective_date="01/01/2026"))
    with pytest.raises(OrderFailedError) as failed:
        await aw(client.orders.wait(order.order_id, poll_interval=1.0))
    await aw(client.close())

    assert failed.value.code == "8A"
    # polls_to_complete=2: one Pending answer, then Error.
    assert paths(recorder.exchanges) == [TOKEN, STATUS, ORDER, ORDER]
    assert_exchanges_conform(recorder.exchanges)


# --------------------------------------------------------------------------- bulk


@pytest.mark.anyio
async def test_bulk_change_status_requests(
    connect: Callable[..., Client], recorder: Recorder, fake: FakeTelegent, numbers: list[str]
) -> None:
    fake.polls_to_complete = 1
    client = connect()
    parked = await aw(
        client.numbers.bulk_change_status(
            "park", numbers[:7], batch_size=3, effective_date="01/05/2026", wait=True
        )
    )
    sims = {numbers[10]: ICCIDS[0], numbers[11]: ICCIDS[1], numbers[12]: "89012403971905574140"}
    swapped = await aw(client.numbers.bulk_change_status("swap-sim", sims, batch_size=2))
    await aw(client.close())

    assert parked.ok and len(parked.order_ids) == 3
    assert swapped.ok and len(swapped.order_ids) == 2
    # The async client sends batches concurrently: compare without order.
    status_bodies = [e.json for e in recorder.to(STATUS)]
    park_bodies = [b for b in status_bodies if b["StatusChange"] == "park"]
    sim_bodies = [b for b in status_bodies if b["StatusChange"] == "swap-sim"]
    assert sorted(len(b["PhoneNumbers"]) for b in park_bodies) == [1, 3, 3]
    assert sorted(len(b["PhoneNumbers"]) for b in sim_bodies) == [1, 2]
    sent_sims = sorted((i["Number"], i["ICCID"]) for b in sim_bodies for i in b["PhoneNumbers"])
    assert sent_sims == sorted(sims.items())
    # 3 batches, each order waited for (1 poll each), then 2 swap-sim batches (no wait).
    order_polls = len(recorder.to(ORDER))
    assert order_polls == 3
    assert sorted(paths(recorder.exchanges)) == sorted([TOKEN] + [STATUS] * 5 + [ORDER] * 3)
    assert_exchanges_conform(recorder.exchanges)


# ------------------------------------------------------------ the validator bites


@pytest.fixture
def wire_args(fake: FakeTelegent, numbers: list[str]) -> tuple[str, str, str, str]:
    return ("abc.def.ghi", numbers[0], fake.account_key, fake.account_secret)


def test_validator_rejects_every_bad_request(wire_args: tuple[str, str, str, str]) -> None:
    accepted = [
        name
        for name, (request, _) in bad_requests(*wire_args).items()
        if not request_errors(request)
    ]
    assert accepted == [], f"openapi-core accepted bad requests: {accepted}"


def test_validator_accepts_the_good_twins(wire_args: tuple[str, str, str, str]) -> None:
    for name, request in good_requests(*wire_args).items():
        assert request_errors(request) == [], name


@pytest.mark.anyio
async def test_a_captured_request_with_a_field_removed_is_rejected(
    connect: Callable[..., Client], recorder: Recorder, numbers: list[str]
) -> None:
    """The exact bytes the client sent pass; the same request minus a required field fails."""
    client = connect()
    await aw(client.numbers.cancel([numbers[0]], effective_date="01/01/2026"))
    await aw(client.close())
    sent = recorder.to(STATUS)[0].request
    assert request_errors(sent) == []
    body = recorder.to(STATUS)[0].json
    del body["EffectiveDate"]
    broken = httpx.Request(
        sent.method, sent.url, headers={"Authorization": sent.headers["Authorization"]}, json=body
    )
    broken.read()
    assert any("EffectiveDate" in p for p in request_errors(broken))
