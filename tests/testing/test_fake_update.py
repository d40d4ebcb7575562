from __future__ import annotations

import re
from typing import Any

import pytest

from telegent.testing import FakeClock, FakeTelegent

from .helpers import Api, first_number

CHANGES: dict[str, Any] = {
    "MessageEnabled": False,
    "MessageType": "a2p",
    "Classification": "IoT",
    "VoiceEnabled": True,
    "MessageRouteId": "MRID-73af1e73-d7b3-4696-bdd9-5b407d9e99ee",
    "VoiceRouteId": "CRID-4dec6beb-3985-444b-8c06-8baa5jjvawe",
    "AssignedSubscriberId": "TSUID-d7b3-4696-bdd9-5b407d9e99ee-3985-444b8d",
    "Iccid": "8901240397190557414F",
    "CnamFirstName": "John",
    "CnamLastName": "Doe",
    "ProductType": "Data-Only",
}


def test_update_result_and_persistence(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake)
    response = api.update(number, **CHANGES)
    assert response.status_code == 200
    result = response.json()
    assert list(result) == [
        "Number",
        "Tnid",
        "UpdateOrderId",
        "UpdateOrderDate",
        "UpdateOrderStatus",
        "MessageType",
        "MessageEnabled",
        "Classification",
        "VoiceEnabled",
        "MessageRouteId",
        "VoiceRouteId",
        "Iccid",
        "CnamFirstName",
        "CnamLastName",
        "ProductType",
    ]
    assert result["Number"] == number
    assert result["Tnid"] is None  # as in the published example
    assert result["UpdateOrderDate"] == "2025-05-15T18:20:58.0000000+00:00"
    for name in (
        "MessageType",
        "MessageEnabled",
        "Classification",
        "VoiceEnabled",
        "MessageRouteId",
        "VoiceRouteId",
        "Iccid",
        "CnamFirstName",
        "CnamLastName",
        "ProductType",
    ):
        assert result[name] == CHANGES[name], name
    # Persisted: the inventory shows the new values.
    record = next(
        r
        for r in api.inventory(TotalNumbersRequested=100).json()["PhoneNumbers"]
        if r["Number"] == number
    )
    for name in (
        "MessageEnabled",
        "MessageType",
        "Classification",
        "VoiceEnabled",
        "MessageRouteId",
        "VoiceRouteId",
        "AssignedSubscriberId",
        "Iccid",
        "ProductType",
    ):
        assert record[name] == CHANGES[name], name
    assert record["Cnam"] == "John Doe"


def test_partial_update_keeps_other_fields(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake)
    before = fake.get_number_wire(number)
    result = api.update(number, CnamLastName="Smith").json()
    after = fake.get_number_wire(number)
    assert after["Cnam"] == before["Cnam"].split(" ")[0] + " Smith"
    assert result["CnamLastName"] == "Smith"
    assert {k: v for k, v in after.items() if k != "Cnam"} == {
        k: v for k, v in before.items() if k != "Cnam"
    }


def test_update_normalises_string_booleans_in_its_result() -> None:
    fake = FakeTelegent(numbers=200, seed=2, clock=FakeClock(), rate_limit=None)
    number = next(r["Number"] for r in fake.iter_numbers_wire() if r["MessageEnabled"] == "true")
    result = Api(fake).update(number, CnamFirstName="Ann").json()
    assert result["MessageEnabled"] is True


def test_update_without_a_field_to_change_is_refused(api: Api, fake: FakeTelegent) -> None:
    response = api.update(first_number(fake))
    assert response.status_code == 400
    assert "at least 2" in response.json()["Message"]


def test_update_timestamp_has_offset(api: Api, fake: FakeTelegent) -> None:
    stamp = api.update(first_number(fake), CnamFirstName="Ann").json()["UpdateOrderDate"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}\+00:00", stamp)


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"MessageEnabled": "true"}, "MessageEnabled"),
        ({"VoiceEnabled": 1}, "VoiceEnabled"),
        ({"MessageType": "P2P"}, "MessageType"),
        ({"Classification": "M2M"}, "Classification"),
        ({"ProductType": "Voice-Only"}, "ProductType"),
        ({"MessageRouteId": "73af1e73"}, "MessageRouteId"),
        ({"VoiceRouteId": "MRID-1"}, "VoiceRouteId"),
        ({"Iccid": "1234"}, "Iccid"),
        ({"CnamFirstName": 7}, "CnamFirstName"),
        ({"ICCID": "8901240397190557414F"}, "ICCID"),
    ],
)
def test_bad_updates_are_400(
    api: Api, fake: FakeTelegent, fields: dict[str, Any], named: str
) -> None:
    number = first_number(fake)
    before = fake.get_number(number)
    response = api.update(number, **fields)
    assert response.status_code == 400
    assert named in response.json()["Message"]
    assert fake.get_number(number) == before


@pytest.mark.parametrize("body", [{}, {"Number": "18018018011"}, {"Number": None}, [], "x"])
def test_update_needs_a_number(api: Api, body: Any) -> None:
    assert api.post("/v1.0/numbers/update", body).status_code == 400


def test_update_unknown_number_is_404(api: Api) -> None:
    response = api.update("+15550001111", MessageEnabled=True)
    assert response.status_code == 404
    assert "+15550001111" in response.json()["Message"]


def test_configured_failure_turns_update_into_error(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake)
    fake.fail_numbers({number: "6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT"})
    before = fake.get_number(number)
    result = api.update(number, ProductType="Sms-Only").json()
    assert result["UpdateOrderStatus"] == "Error"
    assert fake.get_number(number) == before
    details = api.order(result["UpdateOrderId"]).json()
    assert details["OrderStatusMessage"] == "6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT"
