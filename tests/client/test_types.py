"""User-facing records: coercions, secrets, forward compatibility, contract with the spec."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from telegent_mpaas_client.sdk.records import MODULES

import telegent
from telegent import types as t
from telegent._base_client import DEFAULT_BASE_URL
from telegent._errors import split_status_message
from telegent._models import GenericRecord, RecordError

from ._support import aw, page, record

GENERATED_SPEC = Path(__file__).resolve().parents[2] / "generated" / "openapi.json"


def test_number_record_coercions() -> None:
    rec = t.NumberRecord._parse(
        record(1, MessageEnabled="true", VoiceEnabled="FALSE", SwapsRemaining="2")
    )
    assert rec.message_enabled is True
    assert rec.voice_enabled is False
    assert rec.swaps_remaining == 2
    assert rec.original_date_purchased == date(2023, 2, 5)
    assert rec.next_swap_reset_date == datetime(2025, 12, 4, 22, 9, 41, 560000, tzinfo=UTC)
    assert rec.next_swap_reset_date.tzinfo is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-05-15T18:20:58.5133475Z", datetime(2025, 5, 15, 18, 20, 58, 513347, tzinfo=UTC)),
        ("2025-05-14T22:21:08.2813656+00:00", datetime(2025, 5, 14, 22, 21, 8, 281365, tzinfo=UTC)),
        ("2025-12-04T22:09:41.56", datetime(2025, 12, 4, 22, 9, 41, 560000, tzinfo=UTC)),
        ("2023-12-31T00:00:00", datetime(2023, 12, 31, tzinfo=UTC)),
        (
            "2025-01-01T10:00:00-07:00",
            datetime(2025, 1, 1, 10, tzinfo=timezone(timedelta(hours=-7))),
        ),
        ("09/04/2025 10:09 PM", datetime(2025, 9, 4, 22, 9, tzinfo=UTC)),
        ("5/15/2025 8:15 PM", datetime(2025, 5, 15, 20, 15, tzinfo=UTC)),
        ("13/05/2023", datetime(2023, 5, 13, tzinfo=UTC)),
        ("13/05/2023 22:09:41", datetime(2023, 5, 13, 22, 9, 41, tzinfo=UTC)),
        ("2025-05-15 18:20", datetime(2025, 5, 15, 18, 20, tzinfo=UTC)),
        ("not a date", "not a date"),  # kept as sent, never lost
        ("", ""),
        (None, None),
        (12345, 12345),
        ("13/13/2023", "13/13/2023"),
    ],
)
def test_timestamps_are_aware_and_zone_less_means_utc(raw: Any, expected: Any) -> None:
    details = t.OrderDetails._parse(
        {"OrderId": "JNUOID-1", "OrderStatus": "Pending", "OrderDate": raw}
    )
    assert details.order_date == expected
    if isinstance(expected, datetime):
        assert details.order_date is not None and details.order_date.tzinfo is not None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (True, True),
        (False, False),
        ("true", True),
        ("False", False),
        ("TRUE", True),
        (1, True),
        (0, False),
        ("on", True),
        ("off", False),
        ("maybe", "maybe"),  # ambiguous: kept as sent
        (None, None),
        (2, 2),
    ],
)
def test_capability_flags_are_real_bools(raw: Any, expected: Any) -> None:
    rec = t.NumberRecord._parse(record(1, MessageEnabled=raw))
    assert rec.message_enabled == expected
    assert type(rec.message_enabled) is type(expected)


def test_dates_are_date_objects_and_lenient() -> None:
    assert t.NumberRecord._parse(record(1)).original_date_purchased == date(2023, 2, 5)
    assert t.NumberRecord._parse(
        record(1, OriginalDatePurchased="2023-02-05")
    ).original_date_purchased == date(2023, 2, 5)
    assert (
        t.NumberRecord._parse(record(1, OriginalDatePurchased="02/30/2023")).original_date_purchased
        == "02/30/2023"
    )
    assert t.NumberRecord._parse(
        record(1, OriginalDatePurchased="13/05/2023")
    ).original_date_purchased == date(2023, 5, 13)
    # A time of day would be lost in a date: kept as sent.
    late = t.NumberRecord._parse(record(1, OriginalDatePurchased="2023-02-05T10:30:00"))
    assert late.original_date_purchased == "2023-02-05T10:30:00"


def test_port_out_pin_hidden_from_repr_and_str() -> None:
    rec = t.NumberRecord._parse(record(7, PortOutPin="98765"))
    assert rec.port_out_pin == "98765"
    assert "98765" not in repr(rec)
    assert "98765" not in str(rec)
    assert "port_out_pin='***'" in repr(rec)
    pg = t.InventoryPage._parse(page(1, 1, [record(7, PortOutPin="98765")]))
    assert "98765" not in repr(pg)
    assert "98765" not in repr([rec])


def test_token_value_hidden_from_repr() -> None:
    tok = t.Token._parse(
        {"token": "eyJsecretjwt", "successful": "true", "tokenExpiry": "05/02/2025 06:36:13 PM"}
    )
    assert "eyJsecretjwt" not in repr(tok)
    assert tok.successful is True
    assert tok.token_expiry == datetime(2025, 5, 2, 18, 36, 13, tzinfo=UTC)


def test_unknown_fields_kept_in_extra_and_unknown_enums_pass_through() -> None:
    rec = t.NumberRecord._parse(record(1, Status="Quarantined", Esim=True, Carrier="X"))
    assert rec.status == "Quarantined"
    assert dict(rec.extra) == {"Esim": True, "Carrier": "X"}
    known = t.NumberRecord._parse(record(1))
    assert dict(known.extra) == {}
    details = t.OrderDetails._parse({"OrderId": "J-1", "OrderStatus": "OnHold", "Priority": 3})
    assert details.order_status == "OnHold"
    assert details.extra == {"Priority": 3}
    pg = t.InventoryPage._parse({"PhoneNumbers": [], "NextCursor": "abc"})
    assert pg.extra == {"NextCursor": "abc"}


def test_tnid_null_or_spelled_tnid() -> None:
    assert t.NumberRecord._parse(record(1, Tnid=None)).tnid is None
    rec = record(1)
    del rec["Tnid"]
    rec["TNID"] = "TNID-77"
    parsed = t.NumberRecord._parse(rec)
    assert parsed.tnid == "TNID-77"
    assert "TNID" not in parsed.extra
    upd = t.NumberUpdateResult._parse({"Number": "+18018018011", "Tnid": None})
    assert upd.tnid is None


def test_missing_optional_fields_are_none_never_raise() -> None:
    rec = t.NumberRecord._parse({"Number": "+18015555555"})
    assert rec.number == "+18015555555"
    assert rec.status is None and rec.message_enabled is None
    pg = t.InventoryPage._parse({"PhoneNumbers": [], "TotalResults": "12"})
    assert pg.phone_numbers == [] and pg.total_results == 12


@pytest.mark.parametrize(
    ("model", "body", "field"),
    [
        (t.StatusChangeOrder, {}, "order_id"),
        (t.StatusChangeOrder, {"OrderId": "J-1"}, "order_status"),
        (t.OrderDetails, {"OrderId": None, "OrderStatus": "Complete"}, "order_id"),
        (t.NumberRecord, {"Number": True}, "number"),  # (a number would be its digits)
        (t.NumberRecord, {"Number": {"nested": 1}}, "number"),
        (t.InventoryPage, {"PhoneNumbers": "not a list"}, "phone_numbers"),
    ],
)
def test_required_field_missing_or_mistyped_raises_naming_it_in_strict_mode(
    model: type[Any], body: dict[str, Any], field: str
) -> None:
    with pytest.raises(RecordError, match=field):
        model.from_wire(body, strict=True)
    lenient = model.from_wire(body)  # by default: kept as sent (or None), and reported
    assert lenient.problems, "the default mode reports what did not fit"


def test_wrong_typed_optional_value_is_kept_as_sent_never_as_another_type() -> None:
    rec = t.NumberRecord._parse(record(1, Status={"x": 1}, Iccid=8901240, SwapsRemaining="lots"))
    assert rec.status == {"x": 1} and rec.swaps_remaining == "lots"
    assert rec.iccid == "8901240"  # a number where a string belongs: its decimal string
    assert {p.field for p in rec.problems} == {"Status", "SwapsRemaining"}


def test_required_fields_typed_non_optional() -> None:
    hints = {f.attr: f.required for f in t.OrderDetails.__fields__}
    assert hints["order_id"] and hints["order_status"]
    assert {f.attr: f.required for f in t.NumberRecord.__fields__}["number"]


@pytest.mark.anyio
async def test_a_2xx_missing_a_required_field_is_an_api_response_validation_error(
    api: Any, client: Any
) -> None:
    api.on("GET", "/v1.0/numbers/order", httpx.Response(200, json={"OrderStatus": "Complete"}))
    with pytest.raises(telegent.APIResponseValidationError, match="order_id"):
        await aw(client.with_options(strict=True).orders.get("JNUOID-1"))
    lenient = await aw(client.orders.get("JNUOID-1"))  # by default the rest comes back
    assert lenient.order_status == "Complete" and lenient.order_id is None


def test_to_dict_and_to_json_mask_secrets_unless_asked() -> None:
    rec = t.NumberRecord._parse(record(7, PortOutPin="98765", Esim=True))
    assert rec.to_dict()["port_out_pin"] == "***"
    assert rec.to_dict(reveal=True)["port_out_pin"] == "98765"
    assert "98765" not in rec.to_json()
    assert json.loads(rec.to_json(by_wire=True))["Number"] == rec.number
    assert rec.to_dict()["Esim"] is True  # unknown fields come along
    pg = t.InventoryPage._parse(page(1, 1, [record(7, PortOutPin="98765")]))
    assert "98765" not in pg.to_json()


def test_generic_record_for_untyped_responses() -> None:
    rec = GenericRecord._parse({"OrderId": "J-1", "SomeField": 2})
    assert rec["OrderId"] == "J-1" and rec.order_id == "J-1" and rec.some_field == 2
    assert dict(rec.extra) == {"OrderId": "J-1", "SomeField": 2}
    with pytest.raises(AttributeError):
        _ = rec.missing


def test_order_status_message_split() -> None:
    assert split_status_message("8A-ACCOUNT_NUM_REQ_OR_INCORRECT") == (
        "8A",
        "ACCOUNT_NUM_REQ_OR_INCORRECT",
    )
    assert split_status_message("6P-REMOVE NUMBER LOCK ON VERIZON ACCOUNT") == (
        "6P",
        "REMOVE NUMBER LOCK ON VERIZON ACCOUNT",
    )
    assert split_status_message("something went wrong") == (None, "something went wrong")


def test_status_change_order_effective_date_is_a_date() -> None:
    order = t.StatusChangeOrder._parse(
        {
            "OrderId": "J",
            "OrderStatus": "Pending",
            "EffectiveDate": "2023-12-31T00:00:00",
            "Numbers": [{"Number": "+1", "QrCode": "https://q"}, "junk"],
        }
    )
    assert order.effective_date == date(2023, 12, 31)
    assert order.numbers == [t.OrderNumber(number="+1", qr_code="https://q")]
    again = t.StatusChangeOrder._parse(
        {"OrderId": "J", "OrderStatus": "Pending", "EffectiveDate": "12/31/2023"}
    )
    assert again.effective_date == date(2023, 12, 31)


def test_public_surface() -> None:
    for name in telegent.__all__:
        assert hasattr(telegent, name), name
    for name in MODULES:
        assert getattr(telegent, name) is getattr(t, name)


# ----------------------------------------------------------------- contract with the spec


@pytest.fixture(scope="module")
def schemas() -> dict[str, Any]:
    if not GENERATED_SPEC.exists():
        pytest.skip("generated/openapi.json not generated yet")
    doc = json.loads(GENERATED_SPEC.read_text())
    return dict(doc["components"]["schemas"])


@pytest.mark.parametrize("name", sorted(MODULES))
def test_record_maps_every_schema_property(name: str, schemas: dict[str, Any]) -> None:
    model = getattr(t, name)
    titled = {s.get("title", k): s for k, s in schemas.items()}
    if name not in titled:
        pytest.skip(f"{name} is an inline schema")
    props = set(titled[name].get("properties", {}))
    assert props == {f.wire for f in model.__fields__}


def test_default_base_url_matches_generated_spec() -> None:
    if not GENERATED_SPEC.exists():
        pytest.skip("generated/openapi.json not generated yet")
    doc = json.loads(GENERATED_SPEC.read_text())
    assert doc["servers"][0]["url"].rstrip("/") == DEFAULT_BASE_URL
