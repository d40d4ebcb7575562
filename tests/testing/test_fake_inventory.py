from __future__ import annotations

import re
from collections import Counter

import pytest

from telegent.testing import FakeClock, FakeTelegent

from .helpers import Api

RECORD_FIELDS = [
    "Number",
    "Tnid",
    "OrderId",
    "NumberType",
    "MessageEnabled",
    "MessageType",
    "Classification",
    "VoiceEnabled",
    "MessageRouteId",
    "VoiceRouteId",
    "Status",
    "OriginalDatePurchased",
    "AssignedSubscriberId",
    "Iccid",
    "Cnam",
    "QrActivationLink",
    "SwapsRemaining",
    "NextSwapResetDate",
    "ProductType",
    "PortOutPin",
]
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def _all_pages(api: Api, size: int, **params: object) -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    page = 1
    while True:
        body = api.inventory(PageNumber=str(page), TotalNumbersRequested=size, **params).json()
        if not body["PhoneNumbers"]:
            return records
        records += body["PhoneNumbers"]
        page += 1


def test_page_shape(api: Api, fake: FakeTelegent) -> None:
    body = api.inventory(PageNumber="1", TotalNumbersRequested=5).json()
    assert list(body) == ["AccountId", "TotalResults", "PageNumber", "Filter", "PhoneNumbers"]
    assert re.fullmatch(f"AID-{UUID}", body["AccountId"])
    assert body["AccountId"] == fake.account_id
    assert body["TotalResults"] == 40
    assert body["PageNumber"] == 1
    assert body["Filter"] is None
    assert len(body["PhoneNumbers"]) == 5
    for record in body["PhoneNumbers"]:
        assert list(record) == RECORD_FIELDS


def test_default_page_is_first_page_of_100() -> None:
    api = Api(FakeTelegent(numbers=250, clock=FakeClock(), rate_limit=None))
    body = api.inventory().json()
    assert body["PageNumber"] == 1
    assert len(body["PhoneNumbers"]) == 100
    assert body["TotalResults"] == 250


@pytest.mark.parametrize("size", [1, 7, 40, 1000])
def test_pages_cover_inventory_once(api: Api, fake: FakeTelegent, size: int) -> None:
    records = _all_pages(api, size)
    numbers = [r["Number"] for r in records]
    assert len(numbers) == len(set(numbers)) == 40
    assert numbers == [r.number for r in fake.iter_numbers()]


def test_page_past_the_end_is_empty(api: Api) -> None:
    body = api.inventory(PageNumber="99", TotalNumbersRequested=10).json()
    assert body["PhoneNumbers"] == []
    assert body["TotalResults"] == 40
    assert body["PageNumber"] == 99


def test_last_partial_page(api: Api) -> None:
    body = api.inventory(PageNumber="3", TotalNumbersRequested=15).json()
    assert len(body["PhoneNumbers"]) == 10


@pytest.mark.parametrize(
    "params",
    [
        {"PageNumber": "0"},
        {"PageNumber": "-1"},
        {"PageNumber": "abc"},
        {"PageNumber": "\u00b2"},  # a digit int() cannot read: 400, not a 500
        {"PageNumber": ""},
        {"TotalNumbersRequested": "0"},
        {"TotalNumbersRequested": "1001"},
        {"TotalNumbersRequested": "ten"},
    ],
)
def test_bad_paging_is_400(api: Api, params: dict[str, str]) -> None:
    response = api.inventory(**params)
    assert response.status_code == 400
    name = next(iter(params))
    assert name in response.json()["Message"]


def test_paging_follows_the_spec_schema_not_a_hand_written_pattern(api: Api) -> None:
    # The spec types PageNumber as an integer from 1: "01" is 1, as ASP.NET binds it.
    assert api.inventory(PageNumber="01", TotalNumbersRequested="5").json()["PageNumber"] == 1
    # Checked whatever the name's case (the router ignores it): 400, never a 500.
    response = api.inventory(pagenumber="abc")
    assert response.status_code == 400 and "PageNumber" in response.json()["Message"]


def test_query_names_are_case_insensitive(api: Api) -> None:
    body = api.inventory(pagenumber="2", totalnumbersrequested="10").json()
    assert body["PageNumber"] == 2 and len(body["PhoneNumbers"]) == 10


def test_filter_by_status() -> None:
    fake = FakeTelegent(numbers=400, seed=5, clock=FakeClock(), rate_limit=None)
    api = Api(fake)
    statuses = Counter(r.status for r in fake.iter_numbers())
    assert statuses["Parked"] > 0 and statuses["Active"] > 0
    parked = _all_pages(api, 50, Filter="Parked")
    assert len(parked) == statuses["Parked"]
    assert {r["Status"] for r in parked} == {"Parked"}
    body = api.inventory(Filter="Parked", TotalNumbersRequested=5).json()
    assert body["Filter"] == "Parked"
    assert body["TotalResults"] == statuses["Parked"]
    # Case-insensitive, and other fields work too.
    assert api.inventory(Filter="active").json()["TotalResults"] == statuses["Active"]
    iot = sum(r.classification == "IoT" for r in fake.iter_numbers())
    assert api.inventory(Filter="IoT").json()["TotalResults"] == iot
    assert api.inventory(Filter="mobile").json()["TotalResults"] == 400


def test_unknown_filter_is_empty(api: Api) -> None:
    body = api.inventory(Filter="Martian").json()
    assert body["TotalResults"] == 0
    assert body["PhoneNumbers"] == []


def test_filter_follows_state_changes(api: Api, fake: FakeTelegent) -> None:
    before = api.inventory(Filter="Parked").json()["TotalResults"]
    active = next(r.number for r in fake.iter_numbers() if r.status == "Active")
    api.status("park", active)
    after = api.inventory(Filter="Parked").json()
    assert after["TotalResults"] == before + 1
    assert active in [r["Number"] for r in after["PhoneNumbers"]]


def test_records_look_like_the_published_examples() -> None:
    fake = FakeTelegent(numbers=600, seed=11, clock=FakeClock())
    records = list(fake.iter_numbers_wire())
    for r in records:
        assert re.fullmatch(r"\+1[2-9]\d{2}[2-9]\d{6}", r["Number"])
        assert re.fullmatch(r"TNID-\d{13}", r["Tnid"])
        assert re.fullmatch(f"TNOID-{UUID}", r["OrderId"])
        assert re.fullmatch(f"MRID-{UUID}", r["MessageRouteId"])
        assert re.fullmatch(f"CRID-{UUID}", r["VoiceRouteId"])
        assert re.fullmatch(f"TSUID-{UUID}", r["AssignedSubscriberId"])
        assert re.fullmatch(r"8901240\d{11,13}F?", r["Iccid"]) and 18 <= len(r["Iccid"]) <= 20
        assert re.fullmatch(
            r"(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/20(19|2[0-4])", r["OriginalDatePurchased"]
        )
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}", r["NextSwapResetDate"])
        assert re.fullmatch(r"\d{4}", r["PortOutPin"])
        assert r["SwapsRemaining"] in (0, 1, 2, 3)
        assert r["NumberType"] == "mobile"
        assert r["MessageType"] in ("p2p", "a2p")
        assert r["Classification"] in ("MVNO", "IoT")
        assert r["ProductType"] in ("Sms-Only", "Data-Only", "Sms+Data", "Sms+Data+Voice")
        assert r["Status"] in ("Active", "Parked")
        assert r["MessageEnabled"] in (True, False, "true", "false")
        # Capabilities follow the product.
        assert str(r["VoiceEnabled"]).lower() == str("Voice" in r["ProductType"]).lower()
    # The published quirks all occur somewhere.
    assert any(r["MessageEnabled"] == "true" for r in records)
    assert any(r["MessageEnabled"] is True for r in records)
    assert any(r["Iccid"].endswith("F") for r in records)
    assert {len(r["Iccid"]) for r in records} == {19, 20}
    assert any(r["SwapsRemaining"] == 0 for r in records)
    # Numbers were bought in blocks that share a TNOID.
    assert len({r["OrderId"] for r in records}) < len(records)
    assert len({r["Number"] for r in records}) == len({r["Tnid"] for r in records}) == 600
