from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from telegent.testing import SWAP_LIMIT_MESSAGE, FakeClock, FakeTelegent

from .helpers import Api, first_number

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def test_order_shape(api: Api, fake: FakeTelegent) -> None:
    a, b = [r.number for r in list(fake.iter_numbers())[:2]]
    response = api.status("activate", a, b)
    assert response.status_code == 200
    order = response.json()
    assert list(order) == [
        "OrderId",
        "OrderDate",
        "OrderStatus",
        "ChangeType",
        "EffectiveDate",
        "Numbers",
    ]
    assert re.fullmatch(f"JNUOID-{UUID}", order["OrderId"])
    assert order["OrderDate"] == "2025-05-15T18:20:58.0000000Z"  # FakeClock start, 7-digit fraction
    assert order["OrderStatus"] == "Pending"
    assert order["ChangeType"] == "activate"
    assert order["EffectiveDate"] == "2023-12-31T00:00:00"
    assert [n["Number"] for n in order["Numbers"]] == [a, b]
    assert all(n["QrCode"].startswith("https://qrcodeimage.com") for n in order["Numbers"])


def test_park_then_activate(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, Status="Active")
    api.status("park", number)
    assert fake.get_number(number).status == "Parked"
    api.status("activate", number)
    assert fake.get_number(number).status == "Active"


def test_cancel_removes_the_number(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake)
    assert api.status("cancel", number).status_code == 200
    assert fake.get_number(number) is None
    body = api.inventory(TotalNumbersRequested=100).json()
    assert body["TotalResults"] == 39
    assert number not in [r["Number"] for r in body["PhoneNumbers"]]
    # Gone for good: later changes and updates do not find it.
    assert api.status("activate", number).status_code == 404
    assert api.update(number, MessageEnabled=True).status_code == 404


def test_cancel_in_the_middle_keeps_paging_consistent(api: Api, fake: FakeTelegent) -> None:
    numbers = [r.number for r in fake.iter_numbers()]
    api.status("cancel", numbers[3], numbers[17], numbers[18])
    paged = []
    for page in range(1, 6):
        paged += api.inventory(PageNumber=str(page), TotalNumbersRequested=8).json()["PhoneNumbers"]
    expected = [n for n in numbers if n not in (numbers[3], numbers[17], numbers[18])]
    assert [r["Number"] for r in paged] == expected


def test_swap_with_area_code(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake)
    before = fake.get_number(number)
    order = api.status("swap", number, AreaCode="415").json()
    new = order["Numbers"][0]["Number"]
    assert new != number and new.startswith("+1415")
    assert fake.get_number(number) is None
    after = fake.get_number(new)
    # Same line, new number: everything else stays.
    assert {k: v for k, v in after.to_dict(reveal=True).items() if k != "number"} == {
        k: v for k, v in before.to_dict(reveal=True).items() if k != "number"
    }
    assert api.update(new, VoiceEnabled=False).status_code == 200


def test_swap_with_zip_code_only(api: Api, fake: FakeTelegent) -> None:
    order = api.status("swap", first_number(fake), ZipCode="84043").json()
    assert order["Numbers"][0]["Number"].startswith("+1801")  # Lehi, UT


def test_area_code_first_then_zip(api: Api, fake: FakeTelegent) -> None:
    numbers = [r.number for r in list(fake.iter_numbers())[:2]]
    both = api.status("swap", numbers[0], AreaCode="212", ZipCode="84043").json()
    assert both["Numbers"][0]["Number"].startswith("+1212")
    # 011 is not a North American area code: nothing there, the ZIP decides.
    fallback = api.status("swap", numbers[1], AreaCode="011", ZipCode="84043").json()
    assert fallback["Numbers"][0]["Number"].startswith("+1801")


def test_swap_without_location_still_gets_a_new_number(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake)
    new = api.status("swap", number).json()["Numbers"][0]["Number"]
    assert new != number and fake.get_number(new) is not None


def test_replace_buys_a_new_number(api: Api, fake: FakeTelegent, clock: FakeClock) -> None:
    number = first_number(fake, Status="Parked")
    before = fake.get_number(number)
    new = api.status("replace", number, AreaCode="201").json()["Numbers"][0]["Number"]
    after = fake.get_number(new)
    assert new.startswith("+1201") and fake.get_number(number) is None
    assert after.tnid != before.tnid and after.order_id != before.order_id
    assert after.order_id.startswith("TNOID-")
    assert after.original_date_purchased == date(2025, 5, 15)
    assert after.status == "Active"
    assert after.iccid == before.iccid  # the service moves to the new number


def test_swapped_numbers_are_never_reused(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake)
    seen = {number}
    for _ in range(20):
        number = api.status("swap", number, AreaCode="212").json()["Numbers"][0]["Number"]
        assert number not in seen
        seen.add(number)
    assert fake.number_count == 40


def test_swap_sim_sets_iccid_and_spends_a_swap(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, SwapsRemaining=3)
    body = {
        "StatusChange": "swap-sim",
        "EffectiveDate": "01/02/2024",
        "PhoneNumbers": [{"Number": number, "ICCID": "8901240397190557414F"}],
    }
    order = api.post("/v1.0/numbers/status", body).json()
    assert order["Numbers"][0]["Number"] == number
    record = fake.get_number(number)
    assert record.iccid == "8901240397190557414F"
    assert record.swaps_remaining == 2


def test_swap_sim_without_iccid_gets_a_new_sim(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, SwapsRemaining=2)
    old = fake.get_number(number).iccid
    api.status("swap-sim", number)
    record = fake.get_number(number)
    assert record.iccid != old and re.fullmatch(r"8901240\d{12}", record.iccid)
    assert record.swaps_remaining == 1


def test_swap_sim_refused_at_zero(api: Api, fake: FakeTelegent) -> None:
    fake.polls_to_complete = 1
    number = first_number(fake, SwapsRemaining=0)
    before = fake.get_number(number)
    response = api.status("swap-sim", number)
    assert response.status_code == 200
    details = api.order(response.json()["OrderId"]).json()
    assert details["OrderStatus"] == "Error"
    assert details["OrderStatusMessage"] == SWAP_LIMIT_MESSAGE
    assert re.fullmatch(r"[0-9A-Z]+-[A-Z _]+", SWAP_LIMIT_MESSAGE)
    assert fake.get_number(number) == before


def test_orders_are_all_or_nothing(api: Api, fake: FakeTelegent) -> None:
    fine = first_number(fake, SwapsRemaining=3)
    empty = first_number(fake, SwapsRemaining=0)
    api.status("swap-sim", fine, empty)
    assert fake.get_number(fine).swaps_remaining == 3


def test_unknown_number_is_404_and_nothing_changes(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, Status="Active")
    response = api.status("park", number, "+15550000000")
    assert response.status_code == 404
    assert "+15550000000" in response.json()["Message"]
    assert fake.get_number(number).status == "Active"
    assert fake.order_ids == []


def _body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "StatusChange": "park",
        "EffectiveDate": "12/31/2023",
        "PhoneNumbers": [{"Number": "+12016093801"}],
    }
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (_body(StatusChange="Park"), "StatusChange"),
        (_body(StatusChange="delete"), "StatusChange"),
        (_body(StatusChange=None), "StatusChange"),
        (_body(EffectiveDate=None), "EffectiveDate"),
        (_body(EffectiveDate="2023-12-31"), "EffectiveDate"),
        (_body(EffectiveDate="02/30/2024"), "EffectiveDate"),
        (_body(PhoneNumbers=None), "PhoneNumbers"),
        (_body(PhoneNumbers=[]), "PhoneNumbers"),
        (_body(PhoneNumbers="+12016093801"), "PhoneNumbers"),
        (_body(PhoneNumbers=["+12016093801"]), "PhoneNumbers[0]"),
        (_body(PhoneNumbers=[{"Number": "2016093801"}]), "PhoneNumbers[0].Number"),
        (
            _body(PhoneNumbers=[{"Number": "+12016093801"}, {"Number": "+12016093801"}]),
            "more than once",
        ),
        (_body(PhoneNumbers=[{"Number": "+12016093801", "Iccid": "8901240397190557414"}]), "Iccid"),
        (
            _body(
                StatusChange="swap-sim", PhoneNumbers=[{"Number": "+12016093801", "ICCID": "12ab"}]
            ),
            "ICCID",
        ),
        (_body(AreaCode="20"), "AreaCode"),
        (_body(ZipCode="8404"), "ZipCode"),
        (_body(ZipCode=84043), "ZipCode"),
        (_body(Numbers=[]), "Numbers"),
    ],
)
def test_bad_requests_are_400(api: Api, body: dict[str, Any], named: str) -> None:
    response = api.post("/v1.0/numbers/status", body)
    assert response.status_code == 400
    message = response.json()["Message"]
    assert message.startswith("Bad request:")
    assert named in message


def test_iccid_is_ignored_outside_swap_sim(api: Api, fake: FakeTelegent) -> None:
    # The vendor's own replace sample sends ICCID; only swap-sim uses it.
    number = first_number(fake)
    iccid = fake.get_number(number).iccid
    body = _body(PhoneNumbers=[{"Number": number, "ICCID": "8901240397190557414F"}])
    assert api.post("/v1.0/numbers/status", body).status_code == 200
    assert fake.get_number(number).iccid == iccid


def test_wrong_method_and_unknown_path(api: Api) -> None:
    response = api.get("/v1.0/numbers/status")
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
    assert api.get("/v1.0/numbers/nothing").status_code == 404
