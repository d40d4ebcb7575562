"""Issue 19: records never lose what the server sends (over a real socket).

Each test is one finding of the issue. Before the fix every one of them failed: the
value came back ``None`` or ``[]`` (or the call raised), and it was in neither ``.extra``
nor ``to_dict()``.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest

import telegent
from telegent import APIResponseValidationError
from telegent._models import Record, wire

from ._support import aw, close
from .api import INVENTORY_PATH
from .server import Received, Reply, json_reply

pytestmark = pytest.mark.anyio

TOKEN = "static-token-value"


def answer(body: Any) -> Any:
    return lambda _r: json_reply(200, body)


async def call(server: Any, connect: Any, body: Any, fn: Any, **options: Any) -> Any:
    server.handler = answer(body)
    client = connect(server, token=TOKEN, **options)
    try:
        return await aw(fn(client))
    finally:
        await close(client)


async def test_cost_with_a_fraction_is_never_lost(server: Any, connect: Any) -> None:
    for sent in (0.0075, "0.0075"):
        details = await call(
            server, connect, {"MessageId": "M-1", "Cost": sent}, lambda c: c.message.get()
        )
        assert details.cost == 0.0075  # money is a float in every record (was int, then None)
        assert details.to_dict()["cost"] == details.cost


async def test_area_and_zip_codes_are_text_everywhere_even_sent_as_digits(
    server: Any, connect: Any
) -> None:
    body = {
        "AreaCode": 201,
        "ZipCode": 84043,
        "AvailableNumberAreas": [{"AreaCode": 201, "Zipcode": 601}],
    }
    found = await call(
        server, connect, body, lambda c: c.numbers.search_available("mobile", True, True)
    )
    assert (found.area_code, found.zip_code) == ("201", "84043")
    area = found.available_number_areas[0]
    assert (area.area_code, area.zipcode) == (
        "201",
        "601",
    )  # was int in one record, str in the other
    assert found.problems == () and area.problems == ()


def test_the_same_wire_field_has_the_same_type_in_every_record() -> None:
    kinds: dict[str, set[str]] = {}
    for name in dir(telegent.types):
        cls = getattr(telegent.types, name)
        if (
            isinstance(cls, type)
            and issubclass(cls, telegent.Record)
            and cls is not telegent.Record
        ):
            for f in cls.__fields__:
                kinds.setdefault(f.wire, set()).add(f.kind)
    for name in ("AreaCode", "Cost", "NextSwapResetDate", "Iccid", "ZipCode", "TotalSubscribers"):
        assert len(kinds[name]) == 1, (name, kinds[name])
    assert kinds["Cost"] == {"float"} and kinds["AreaCode"] == {"str"}


def test_names_from_meaning_message_id_and_the_vendors_typo() -> None:
    msg = telegent.Message.from_wire({"MessageID": "TMID-1"})
    assert msg.message_id == "TMID-1" and not hasattr(msg, "message_id_alt")
    typo = telegent.VoiceRoute.from_wire({"Trunk1Priortiy": 1})
    fixed = telegent.VoiceRoute.from_wire({"Trunk1Priority": 2})
    assert (typo.trunk1_priority, fixed.trunk1_priority) == (1, 2)
    assert fixed.extra == {}


async def test_iccid_and_to_sent_as_numbers_are_kept(server: Any, connect: Any) -> None:
    body = {"MessageId": "M-1", "To": 18015737111}
    details = await call(server, connect, body, lambda c: c.message.get())
    assert details.to == "18015737111"
    rec = telegent.NumberRecord.from_wire({"Number": "+1", "Iccid": 890124039719055741})
    assert rec.iccid == "890124039719055741"


async def test_fraction_for_an_integer_stays_as_sent(server: Any, connect: Any) -> None:
    acct = await call(
        server,
        connect,
        {"AccountId": "AID-1", "AccountName": 12345, "TotalSubscribers": 16.5},
        lambda c: c.accounts.get("AID-1"),
    )
    assert acct.account_name == "12345"
    assert acct.total_subscribers == 16.5
    assert acct.to_dict()["total_subscribers"] == 16.5
    assert json.loads(acct.to_json())["total_subscribers"] == 16.5
    assert [p.field for p in acct.problems] == ["TotalSubscribers"]


async def test_subscriber_phone_numbers_in_any_shape_are_kept(server: Any, connect: Any) -> None:
    for sent in ([{"Number": "+18015550100"}], "+18015550100"):
        sub = await call(
            server,
            connect,
            {"SubscriberId": "TSUID-1", "PhoneNumbers": sent},
            lambda c: c.subscribers.get("TSUID-1"),
        )
        assert sub.phone_numbers == sent


def test_phone_numbers_ordered_as_plain_strings_are_reported_not_dropped() -> None:
    order = telegent.OrderDetails.from_wire(
        {"OrderId": "JNUOID-1", "OrderStatus": "Complete", "PhoneNumbersOrdered": ["+18015550100"]}
    )
    assert order.phone_numbers_ordered == []  # a string cannot become an OrderedNumber...
    assert [(p.field, p.value) for p in order.problems] == [
        ("PhoneNumbersOrdered[0]", "+18015550100")  # ...so it is set aside, reachable here
    ]
    assert order.order_status == "Complete"  # and costs nothing else


async def test_common_date_forms_money_and_on_become_values() -> None:
    rec = telegent.NumberRecord.from_wire(
        {"Number": "+1", "NextSwapResetDate": "09/04/2025 10:09 PM", "MessageEnabled": "on"}
    )
    assert rec.next_swap_reset_date == datetime(2025, 9, 4, 22, 9, tzinfo=UTC)
    assert rec.message_enabled is True
    day_first = telegent.NumberRecord.from_wire(
        {"Number": "+1", "OriginalDatePurchased": "13/05/2023"}
    )
    assert day_first.original_date_purchased == date(2023, 5, 13)
    us = telegent.NumberRecord.from_wire({"Number": "+1", "NextSwapResetDate": "5/15/2025 8:15 PM"})
    assert us.next_swap_reset_date == datetime(2025, 5, 15, 20, 15, tzinfo=UTC)
    sub = telegent.SubscriberList.from_wire({"TotalSubscribers": "1,346"})
    assert sub.total_subscribers == 1346
    service = telegent.Service.from_wire({"ServiceId": "SID-1", "Cost": "$2.34"})
    assert service.cost == 2.34


def _inventory(bad_at: int) -> Any:
    """300 numbers, 100 a page; the item at index ``bad_at`` has no Number."""

    def serve(request: Received) -> Reply:
        query = dict(p.split("=") for p in request.query.split("&"))
        n = int(query["PageNumber"])
        start = (n - 1) * 100
        items: list[dict[str, Any]] = [
            {"Number": f"+1801555{i:04d}"} for i in range(start, min(start + 100, 300))
        ]
        for i, item in enumerate(items):
            if start + i == bad_at:
                del item["Number"]
                item["Status"] = "Active"
        return json_reply(200, {"PhoneNumbers": items, "TotalResults": 300})

    return serve


async def test_one_bad_inventory_item_costs_nothing_else(
    server: Any, connect: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(telegent._models, "_WARNED", set(), raising=False)  # once per process
    server.handler = _inventory(bad_at=157)
    client = connect(server, token=TOKEN)
    try:
        pager = client.numbers.list(page_size=100, limit=None)
        numbers = [r.number async for r in pager] if hasattr(pager, "__aiter__") else list(pager)
        page2 = await aw(client.numbers.list_page(2, page_size=100))
    finally:
        await close(client)
    numbers = [n if isinstance(n, str) else n.number for n in numbers]
    assert len(numbers) == 299 and "+18015550157" not in numbers
    aside = [("PhoneNumbers[57]", {"Status": "Active"})]
    assert [(p.field, p.value) for p in page2.problems] == aside
    assert [(p.field, p.value) for p in pager.problems] == aside  # reachable while paging
    assert "InventoryPage.phone_numbers" in caplog.text


async def test_phone_numbers_null_is_an_empty_page(server: Any, connect: Any) -> None:
    page = await call(
        server, connect, {"PhoneNumbers": None}, lambda c: c.numbers.list_page(1, page_size=10)
    )
    assert page.phone_numbers == [] and page.problems == ()
    assert len(server.requests_to(INVENTORY_PATH)) == 1


@pytest.mark.parametrize("method", ["update", "delete"])
async def test_content_less_200_returns_none(server: Any, connect: Any, method: str) -> None:
    server.handler = lambda _r: Reply(200, b"", [])
    client = connect(server, token=TOKEN)
    try:
        fn = getattr(client.services, method)
        assert await aw(fn("SID-1")) is None
    finally:
        await close(client)


async def test_list_accounts_reads_an_array_and_the_vendors_single_object(
    server: Any, connect: Any
) -> None:
    one = {"AccountId": "AID-1", "AccountName": "A"}
    two = {"AccountId": "AID-2", "AccountName": "B"}
    listed = await call(server, connect, [one, two], lambda c: c.distributors.list_accounts())
    assert [a.account_id for a in listed] == ["AID-1", "AID-2"]
    single = await call(server, connect, one, lambda c: c.distributors.list_accounts())
    assert [a.account_id for a in single] == ["AID-1"]


async def test_strict_mode_raises_instead_of_keeping_as_sent(server: Any, connect: Any) -> None:
    body = {"AccountId": "AID-1", "TotalSubscribers": 16.5}
    with pytest.raises(APIResponseValidationError, match="TotalSubscribers"):
        await call(server, connect, body, lambda c: c.accounts.get("AID-1"), strict=True)
    with pytest.raises(APIResponseValidationError, match="TotalSubscribers"):
        await call(
            server, connect, body, lambda c: c.with_options(strict=True).accounts.get("AID-1")
        )
    lenient = await call(server, connect, body, lambda c: c.accounts.get("AID-1"))
    assert lenient.total_subscribers == 16.5


async def test_one_warning_per_record_and_field(
    server: Any, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="telegent")

    class Fresh(telegent.Record):  # a class of its own, so no earlier test warned for it
        count: int | None = telegent.wire("Count", kind="int", default=None)

    for _ in range(3):
        rec = Fresh.from_wire({"Count": "many"})
        assert rec.count == "many"
    warned = [r for r in caplog.records if "Fresh.count" in r.getMessage()]
    assert len(warned) == 1
    assert "expected int, got str 'many'" in warned[0].getMessage()


async def test_a_users_record_named_like_a_generated_one_changes_nothing(
    server: Any, connect: Any
) -> None:
    class NumberRecord(Record):  # the user's own, in their module
        mine: str = wire("Mine")

    assert NumberRecord(mine="x").mine == "x"
    body = {"PhoneNumbers": [{"Number": "+18015550100"}]}
    page = await call(server, connect, body, lambda c: c.numbers.list_page(1, page_size=10))
    assert type(page.phone_numbers[0]) is telegent.NumberRecord
    assert page.phone_numbers[0].number == "+18015550100"


def test_from_wire_takes_objects_and_json_text_and_refuses_the_rest() -> None:
    text = '{"Number": "+18015550100", "SwapsRemaining": "2", "Carrier": "X"}'
    rec = telegent.NumberRecord.from_wire(text)
    assert rec.swaps_remaining == 2 and rec.extra == {"Carrier": "X"}
    assert telegent.NumberRecord.from_wire(json.loads(text)) == rec
    with pytest.raises(telegent.RecordError, match="JSON object"):
        telegent.NumberRecord.from_wire("[1]")
    with pytest.raises(telegent.RecordError, match="swaps_remaining"):
        telegent.NumberRecord.from_wire({"Number": "+1", "SwapsRemaining": "lots"}, strict=True)


def test_secret_values_kept_as_sent_never_show_in_problems_or_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rec = telegent.NumberRecord.from_wire({"Number": "+1", "PortOutPin": {"pin": "98765"}})
    assert rec.port_out_pin == {"pin": "98765"}
    assert "98765" not in repr(rec.problems) and "98765" not in caplog.text
    assert "98765" not in repr(rec)
