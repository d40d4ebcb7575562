"""Bad input raises ValueError/TypeError naming the value, and nothing is sent."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest

from ._support import ORDER_OK, STATUS_PATH, UPDATE_PATH, aw, jres

pytestmark = pytest.mark.anyio

N1 = "+12016093801"
ICCID = "8901240397190556232"


def _call(client: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    return getattr(client.numbers, method)(*args, **kwargs)


BAD_CALLS = [
    # (id, method, args, kwargs, exception, text that must appear)
    ("no-plus", "activate", (["12016093801"],), {}, ValueError, "'12016093801'"),
    ("leading-zero", "activate", (["+02016093801"],), {}, ValueError, "'+02016093801'"),
    ("too-long", "activate", (["+1234567890123456"],), {}, ValueError, "+1234567890123456"),
    ("letters", "cancel", (["+1201609380a"],), {}, ValueError, "+1201609380a"),
    ("one-bad-among-good", "park", ([N1, "+1 201 609"],), {}, ValueError, "'+1 201 609'"),
    ("empty", "activate", ([],), {}, ValueError, "must not be empty"),
    ("single-str", "activate", (N1,), {}, TypeError, "not a single str"),
    ("int-number", "activate", ([12016093801],), {}, TypeError, "int"),
    ("duplicates", "activate", ([N1, N1],), {}, ValueError, N1),
    (
        "bad-date-format",
        "activate",
        ([N1],),
        {"effective_date": "2026-12-01"},
        ValueError,
        "'2026-12-01'",
    ),
    (
        "impossible-date",
        "activate",
        ([N1],),
        {"effective_date": "02/30/2026"},
        ValueError,
        "'02/30/2026'",
    ),
    ("month-13", "activate", ([N1],), {"effective_date": "13/01/2026"}, ValueError, "13/01/2026"),
    (
        "datetime",
        "activate",
        ([N1],),
        {"effective_date": datetime(2026, 1, 1)},
        TypeError,
        "datetime",
    ),
    ("area-code-short", "swap", ([N1],), {"area_code": "20"}, ValueError, "'20'"),
    ("area-code-int", "swap", ([N1],), {"area_code": 201}, TypeError, "201"),
    ("zip-short", "replace", ([N1],), {"zip_code": "8404"}, ValueError, "'8404'"),
    (
        "area-for-activate",
        "change_status",
        ("activate", [N1]),
        {"area_code": "201"},
        ValueError,
        "swap and replace only",
    ),
    ("iccid-short", "swap_sim", ({N1: "12345"},), {}, ValueError, "'12345'"),
    (
        "iccid-letters",
        "swap_sim",
        ({N1: "89012403971905562AB"},),
        {},
        ValueError,
        "89012403971905562AB",
    ),
    ("iccid-too-long", "swap_sim", ({N1: "8" * 21},), {}, ValueError, "8" * 21),
    ("swap-sim-no-iccid", "change_status", ("swap-sim", [N1]), {}, TypeError, "ICCID"),
    (
        "iccid-for-activate",
        "change_status",
        ("activate", {N1: ICCID}),
        {},
        ValueError,
        "only accepted for swap-sim",
    ),
    ("swap-sim-empty", "swap_sim", ({},), {}, ValueError, "must not be empty"),
    ("unknown-change", "change_status", ("suspend", [N1]), {}, ValueError, "'suspend'"),
    ("update-nothing", "update", (N1,), {}, ValueError, "at least one field"),
    (
        "update-bad-number",
        "update",
        ("8018018011",),
        {"voice_enabled": True},
        ValueError,
        "'8018018011'",
    ),
    ("update-message-type", "update", (N1,), {"message_type": "sms"}, ValueError, "'sms'"),
    ("update-classification", "update", (N1,), {"classification": "M2M"}, ValueError, "'M2M'"),
    ("update-product", "update", (N1,), {"product_type": "Voice-Only"}, ValueError, "'Voice-Only'"),
    ("update-bool-as-str", "update", (N1,), {"voice_enabled": "false"}, TypeError, "'false'"),
    ("update-iccid", "update", (N1,), {"iccid": "123"}, ValueError, "'123'"),
    (
        "update-route-id",
        "update",
        (N1,),
        {"message_route_id": "bad id with spaces"},
        ValueError,
        "bad id with spaces",
    ),
    ("update-blank-cnam", "update", (N1,), {"cnam_first_name": "  "}, ValueError, "blank"),
    ("page-size-zero", "list_page", (), {"page_size": 0}, ValueError, "page_size"),
    ("page-number-zero", "list_page", (), {"page_number": 0}, ValueError, "page_number"),
]


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "exc", "text"),
    [c[1:] for c in BAD_CALLS],
    ids=[c[0] for c in BAD_CALLS],
)
async def test_bad_input_rejected_before_any_request(
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    exc: type[Exception],
    text: str,
    api: Any,
    client: Any,
) -> None:
    with pytest.raises(exc) as info:
        await aw(_call(client, method, *args, **kwargs))
    assert text in str(info.value)
    assert api.requests == []  # not even a token request


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("list", {"page_size": 0}),
        ("list", {"limit": -1}),
        ("list", {"limit": 1.5}),
        ("list", {"filter": ""}),
    ],
)
async def test_bad_list_arguments(
    method: str, kwargs: dict[str, Any], api: Any, client: Any
) -> None:
    with pytest.raises(ValueError):
        _call(client, method, **kwargs)
    assert api.requests == []


async def test_bad_order_id(api: Any, client: Any) -> None:
    for bad in ("", "JNUOID 1", "../etc", 123):
        with pytest.raises((ValueError, TypeError)):
            await aw(client.orders.get(bad))
        with pytest.raises((ValueError, TypeError)):
            await aw(client.orders.wait(bad))
    assert api.requests == []


async def test_valid_input_is_normalised(api: Any, client: Any) -> None:
    api.on("POST", STATUS_PATH, jres(200, ORDER_OK))
    api.on("POST", UPDATE_PATH, jres(200, {"Number": N1}))
    await aw(
        client.numbers.change_status(
            "Swap_SIM", {N1: "8901240397190557414f"}, effective_date=date(2026, 12, 1)
        )
    )
    await aw(
        client.numbers.swap([N1], area_code="201", zip_code="84043", effective_date="12/01/2026")
    )
    await aw(
        client.numbers.update(
            N1,
            message_type="A2P",
            classification="iot",
            product_type="data-only",
            voice_enabled=False,
        )
    )
    sent = [json.loads(r.content) for r in api.api_calls()]
    assert sent[0] == {
        "StatusChange": "swap-sim",
        "EffectiveDate": "12/01/2026",
        "PhoneNumbers": [{"Number": N1, "ICCID": "8901240397190557414F"}],
    }
    assert sent[1] == {
        "StatusChange": "swap",
        "EffectiveDate": "12/01/2026",
        "AreaCode": "201",
        "ZipCode": "84043",
        "PhoneNumbers": [{"Number": N1}],
    }
    assert sent[2] == {
        "Number": N1,
        "MessageType": "a2p",
        "Classification": "IoT",
        "ProductType": "Data-Only",
        "VoiceEnabled": False,
    }


async def test_effective_date_defaults_to_today(api: Any, client: Any, clock: Any) -> None:
    api.on("POST", STATUS_PATH, jres(200, ORDER_OK))
    await aw(client.numbers.activate([N1]))
    body = json.loads(api.api_calls()[0].content)
    assert body["EffectiveDate"] == clock.now().astimezone().strftime("%m/%d/%Y")


def test_unique_items_names_each_repeat_once_in_linear_time() -> None:
    from telegent._schema import SchemaError, check_wire

    schema = {"type": "array", "uniqueItems": True, "items": {"type": "object"}}
    items = [{"Number": f"+1201555{i:04d}"} for i in range(5000)]
    check_wire(items, schema, "numbers")  # 5,000 distinct objects: no error
    items += [{"Number": "+12015550007"}, {"Number": "+12015550007"}, {"Number": "+12015550009"}]
    try:
        check_wire(items, schema, "numbers")
    except SchemaError as exc:
        assert str(exc) == "numbers lists '+12015550007', '+12015550009' more than once"
    else:
        raise AssertionError("duplicates were not reported")


FORMAT_CASES = [
    # (schema, good values, bad values, text the error must contain)
    (
        {"type": "string", "format": "uri"},
        ["https://example.com/hook", "wss://192.67.88.2", "sip:+12015550100@pstn.example.com"],
        ["", "example.com/hook", "https://exa mple.com", "https://example.com/%zz", "héllo:x"],
        "an absolute URI",
    ),
    (
        {"type": "string", "format": "email"},
        ["user@example.com", "2025289874@telegent.com"],
        ["", "user", "user@", "@example.com", "a@b@example.com", "user@localhost", "a b@x.com"],
        "an email address",
    ),
    (
        {"type": "integer", "format": "int32"},
        [0, -(2**31), 2**31 - 1],
        [2**31, -(2**31) - 1, 10**20],
        "32 bits",
    ),
    (
        {"type": "integer", "format": "int64"},
        [2**63 - 1, -(2**63)],
        [2**63, -(2**63) - 1],
        "64 bits",
    ),
]


@pytest.mark.parametrize(("schema", "good", "bad", "text"), FORMAT_CASES)
def test_formats_the_spec_uses_are_checked(
    schema: dict[str, Any], good: list[Any], bad: list[Any], text: str
) -> None:
    from telegent._schema import SchemaError, check_wire

    for value in good:
        check_wire(value, schema, "Field")
    for value in bad:
        with pytest.raises(SchemaError, match=text) as info:
            check_wire(value, schema, "Field")
        assert str(info.value).startswith("Field"), info.value


async def test_a_non_uri_is_refused_before_any_request(api: Any, client: Any) -> None:
    with pytest.raises(ValueError, match="not an absolute URI") as info:
        await aw(client.message.create_route("inbound", "apiendpoint.com/inbound", "POST"))
    assert "apiendpoint.com/inbound" in str(info.value)
    assert api.requests == []


def test_the_fake_refuses_unknown_fields_of_a_closed_body() -> None:
    import httpx

    from telegent._registry import operation
    from telegent.testing import FakeTelegent

    op = operation("createWebhook")
    assert (op.body_rules or {}).get("additionalProperties") is False
    fake = FakeTelegent(rate_limit=None)
    with httpx.Client(base_url="https://api.telegent.com", transport=fake.transport()) as http:
        login = {"AccountKey": fake.account_key, "AccountSecret": fake.account_secret}
        token = http.post("/v1.0/oauth2/tokens", json=login).json()["token"]
        # A closed body still takes its own fields: the token request above, and below.
        extra = {"AccountKey": fake.account_key, "AccountSecret": fake.account_secret, "Nope": 1}
        refused = http.post("/v1.0/oauth2/tokens", json=extra)
        assert refused.status_code == 400
        assert "unknown field(s) Nope" in refused.text
        assert fake.account_secret not in refused.text
        bad = http.post(
            op.path,
            json={"Color": "blue"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert bad.status_code == 400 and "Color" in bad.text


def test_null_is_allowed_where_the_schema_allows_it() -> None:
    # OpenAPI 3.0: an untyped schema ({}) allows any value, null included (a request field
    # such as createFeature's FeatureType); a typed one only when it says nullable.
    from telegent._schema import SchemaError, check_wire

    check_wire(None, {}, "FeatureType")
    check_wire(None, {"type": "string", "nullable": True}, "Name")
    with pytest.raises(SchemaError, match="Name must not be null"):
        check_wire(None, {"type": "string"}, "Name")
    with pytest.raises(SchemaError, match="must not be null"):
        check_wire(None, {"enum": ["a", "b"]}, "Kind")
