from __future__ import annotations

import re

import pytest

from telegent.testing import FakeClock, FakeTelegent

from .helpers import Api, first_number


@pytest.mark.parametrize("polls", [0, 1, 2, 4])
def test_pending_until_polled_enough(clock: FakeClock, polls: int) -> None:
    fake = FakeTelegent(numbers=5, clock=clock, polls_to_complete=polls, rate_limit=None)
    api = Api(fake)
    order = api.status("park", first_number(fake)).json()
    assert order["OrderStatus"] == ("Complete" if polls == 0 else "Pending")
    seen = [api.order(order["OrderId"]).json()["OrderStatus"] for _ in range(polls + 1)]
    assert seen == ["Pending"] * (polls - 1) + ["Complete"] * (2 if polls else 1)


def test_order_details_shape(api: Api, fake: FakeTelegent, clock: FakeClock) -> None:
    number = first_number(fake)
    order_id = api.status("park", number).json()["OrderId"]
    clock.advance(30)
    details = api.order(order_id).json()
    assert details == {
        "OrderDate": "2025-05-15T18:20:58.00",  # when the order was placed, zone-less
        "OrderId": order_id,
        "OrderStatus": "Pending",
        "OrderStatusMessage": None,
        "OrderType": "park",
        "PhoneNumbersOrdered": [{"Number": number}],
    }


@pytest.mark.parametrize(
    "message", ["8A-ACCOUNT_NUM_REQ_OR_INCORRECT", "6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT"]
)
def test_configured_failures_end_in_error(api: Api, fake: FakeTelegent, message: str) -> None:
    number = first_number(fake, Status="Active")
    fake.fail_numbers({number: message})
    response = api.status("park", number)
    assert response.status_code == 200
    order = response.json()
    assert order["OrderStatus"] == "Pending"
    first = api.order(order["OrderId"]).json()
    second = api.order(order["OrderId"]).json()
    assert first["OrderStatus"] == "Pending" and first["OrderStatusMessage"] is None
    assert second["OrderStatus"] == "Error"
    assert second["OrderStatusMessage"] == message
    assert fake.get_number(number).status == "Active"  # nothing applied
    fake.clear_failures()
    api.status("park", number)
    assert fake.get_number(number).status == "Parked"


def test_failures_apply_to_numbers_outside_the_inventory(api: Api, fake: FakeTelegent) -> None:
    fake.fail_numbers({"+12815703894": "8A-ACCOUNT_NUM_REQ_OR_INCORRECT"})
    fake.polls_to_complete = 0
    order = api.status("activate", "+12815703894").json()
    assert order["OrderStatus"] == "Error"
    assert api.order(order["OrderId"]).json()["PhoneNumbersOrdered"] == [{"Number": "+12815703894"}]


def test_fail_numbers_rejects_empty_messages(fake: FakeTelegent) -> None:
    with pytest.raises(ValueError, match="non-empty"):
        fake.fail_numbers({"+12016093801": ""})


def test_get_order_helper_does_not_count_a_poll(api: Api, fake: FakeTelegent) -> None:
    order_id = api.status("park", first_number(fake)).json()["OrderId"]
    for _ in range(5):
        assert fake.get_order(order_id).order_status == "Pending"
    assert fake.get_order("JNUOID-nope") is None
    fake.complete_orders()
    assert api.order(order_id).json()["OrderStatus"] == "Complete"


def test_order_ids_are_distinct_and_listed(api: Api, fake: FakeTelegent) -> None:
    ids = [api.status("park", first_number(fake)).json()["OrderId"] for _ in range(5)]
    assert len(set(ids)) == 5
    assert fake.order_ids == ids


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 400),
        ({"OrderId": ""}, 400),
        ({"OrderId": "not an id"}, 400),
        ({"OrderId": "JNUOID-0000"}, 404),
    ],
)
def test_order_lookup_errors(api: Api, params: dict[str, str], status: int) -> None:
    response = api.get("/v1.0/numbers/order", **params)
    assert response.status_code == status
    assert response.json()["StatusCode"] == status


def test_an_order_id_with_a_nul_is_judged_by_the_spec_pattern(api: Api) -> None:
    # The spec's OrderId pattern (^[A-Z]+-\S+$) allows a NUL (it is not whitespace, in
    # Python's re as in ECMAScript), so the fake lets it through validation, like the
    # spec, and answers that no such order exists. The SDK refuses it before sending.
    from telegent._registry import operation  # noqa: PLC0415

    pattern = next(p for p in operation("getOrder").params if p.wire == "OrderId").schema
    order_id = "JNUOID-12\x0034"
    assert re.search(str(pattern["pattern"]), order_id)
    response = api.get("/v1.0/numbers/order", OrderId=order_id)
    assert (response.status_code, response.json()["StatusCode"]) == (404, 404)
    # What the pattern refuses is refused with 400, naming the pattern.
    refused = api.get("/v1.0/numbers/order", OrderId="JNUOID-12 34")
    assert refused.status_code == 400 and "OrderId" in refused.json()["Message"]


def test_update_orders_are_complete_at_once(api: Api, fake: FakeTelegent) -> None:
    result = api.update(first_number(fake), MessageType="a2p").json()
    assert result["UpdateOrderStatus"] == "Complete"
    details = api.order(result["UpdateOrderId"]).json()
    assert details["OrderStatus"] == "Complete" and details["OrderType"] == "update"
    assert re.fullmatch(r"JNUOID-[0-9a-f-]{36}", result["UpdateOrderId"])
