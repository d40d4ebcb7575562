"""A downstream service as a team writes it: checked by mypy --strict and pyright, as they
run them, by tests/client/test_downstream_typing.py (never imported by the tests)."""

from __future__ import annotations

from telegent import APIResponse, OrderFailedError, OutcomeUnknownError, Telegent
from telegent.testing import FakeClock, FakeTelegent
from telegent.types import ChangeType, NumberRecord, OrderDetails, StatusChangeOrder


def active_numbers(client: Telegent, limit: int = 50) -> list[NumberRecord]:
    return list(client.numbers.list(filter="Active", limit=limit))


def park_and_wait(client: Telegent, numbers: list[str]) -> OrderDetails | None:
    kind: ChangeType = "park"
    try:
        order: StatusChangeOrder = client.numbers.change_status(kind, numbers)
    except OutcomeUnknownError:
        return None  # look the order up before trying again
    try:
        return client.orders.wait(order.order_id, timeout=60)
    except OrderFailedError as failed:
        print(failed.code, failed.message)
        return failed.details


def park_many(client: Telegent, numbers: list[str]) -> list[str]:
    result = client.numbers.bulk_change_status("park", numbers, batch_size=50)
    return sorted(item.number for item in result.done)


def order_status_code(client: Telegent, order_id: str) -> int:
    raw: APIResponse[object] = client.with_raw_response.orders.get(order_id)
    return raw.status_code


def order_details_raw(client: Telegent, order_id: str) -> tuple[int, OrderDetails]:
    # Typed per method: under mypy --strict an untyped .parse() (Any) is an error here.
    raw = client.orders.with_raw_response.get(order_id)
    return raw.status_code, raw.parse()


def demo() -> None:
    fake = FakeTelegent(numbers=5, seed=1, clock=FakeClock())
    with Telegent(token="t", transport=fake.transport()) as client:
        for record in active_numbers(client):
            print(record.number, record.status)
