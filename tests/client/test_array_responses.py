"""Operations whose success answer is a JSON array return typed lists.

Before the fix: ``client.webhooks.list()`` (``GET /v1.0/account/webhooks`` -> array of
``Webhook``), ``client.subscribers.list_call_filters()``,
``client.packages.list_items()`` and nine more were generated as returning
``GenericRecord``, and every call raised ``APIResponseValidationError`` ("expected a
JSON object, got list"): they could not be called successfully at all.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Iterator
from typing import Any

import pytest

from telegent import APIResponseValidationError, AsyncTelegent, GenericRecord, Telegent
from telegent._generated.resources.webhooks import AsyncWebhooksResource, WebhooksResource
from telegent._models import ListOf
from telegent._registry import operations
from telegent.testing import FakeTelegent
from telegent.testing._examples import example_for
from telegent.types import CallFilter, PackageItem, Webhook
from tests.realsocket.server import LocalServer, Received, Reply, json_reply, serve

pytestmark = pytest.mark.anyio

BASE = "https://api.telegent.com"
WEBHOOK = {
    "WebhookId": "WHID-1",
    "AccountId": "AID-1",
    "WebhookUrl": "https://example.com/hook",
    "Method": "POST",
    "Active": True,
}


async def _aw(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _fake_client(mode: str, fake: FakeTelegent) -> Telegent | AsyncTelegent:
    creds = {"account_key": fake.account_key, "account_secret": fake.account_secret}
    if mode == "sync":
        return Telegent(base_url=BASE, transport=fake.transport(), **creds)
    return AsyncTelegent(base_url=BASE, transport=fake.async_transport(), **creds)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve() as s:
        yield s


def _socket_client(mode: str, server: LocalServer) -> Telegent | AsyncTelegent:
    cls = Telegent if mode == "sync" else AsyncTelegent
    return cls(base_url=server.url, token="static-token", max_retries=0)


# --------------------------------------------------------------------------- the surface


def test_array_operations_are_typed_lists_in_the_registry_and_the_signatures() -> None:
    returns = {op.id: op.returns for op in operations()}
    assert returns["listWebhooks"] == "list[Webhook]"
    assert returns["listCallFilters"] == "list[CallFilter]"
    assert returns["listPackageItems"] == "list[PackageItem]"
    assert returns["listAllowedNumbers"] == "list[str]"
    typed = [i for i, r in returns.items() if r != "GenericRecord"]
    assert len(typed) >= 135, sorted(set(returns) - set(typed))
    for cls in (WebhooksResource, AsyncWebhooksResource):
        # The class's own `list` method shadows the builtin in its annotations.
        assert inspect.signature(cls.list).return_annotation == "builtins.list[Webhook]"
        hints = typing.get_type_hints(cls.list)
        assert hints["return"] == list[Webhook]


# --------------------------------------------------------------------------- the fake


async def test_fake_answers_array_operations_with_typed_records(mode: str) -> None:
    fake = FakeTelegent(numbers=1, rate_limit=None)
    # Webhooks, call filters and package items are collections the fake keeps: it lists
    # what it holds (fields left out come from the spec's example).
    fake.add_records("webhooks", [{}])
    fake.add_records("call_filters", [{}])
    fake.add_records("package_items", [{"PackageId": "PID-1"}, {"PackageId": "PID-1"}])
    fake.add_records("package_items", [{"PackageId": "PID-2"}])
    client = _fake_client(mode, fake)
    try:
        hooks = await _aw(client.webhooks.list())
        filters = await _aw(client.subscribers.list_call_filters())
        items = await _aw(client.packages.list_items(package_id="PID-1"))
        allowed = await _aw(client.subscribers.list_allowed_numbers("TSUID-1", "CFID-1"))
    finally:
        await _aw(client.close())
    assert len(hooks) == 1 and isinstance(hooks[0], Webhook)
    held = fake.records("call_filters")
    parsed = [f.to_dict(by_wire=True, reveal=True) for f in filters]
    assert len(parsed) == len(held) == 1
    assert {k: parsed[0][k] for k in held[0] if k in parsed[0]} == {
        k: v for k, v in held[0].items() if k in parsed[0]
    }
    assert all(isinstance(f, CallFilter) for f in filters)
    assert filters[0].filter_mode == held[0]["FilterMode"]
    assert len(items) == 2 and all(isinstance(i, PackageItem) for i in items)
    # Not a collection: the spec's example, item for item.
    assert allowed == example_for("listAllowedNumbers")
    assert allowed and all(isinstance(n, str) for n in allowed)


# --------------------------------------------------------------------------- real sockets


async def test_array_answer_over_a_real_socket(mode: str, server: LocalServer) -> None:
    # Non-object items are dropped, as in record lists inside records.
    server.handler = lambda r: json_reply(
        200, [WEBHOOK, None, 7, "x", {**WEBHOOK, "WebhookId": "2"}]
    )
    client = _socket_client(mode, server)
    try:
        hooks = await _aw(client.webhooks.list(account_id="AID-1"))
    finally:
        await _aw(client.close())
    assert [type(h) for h in hooks] == [Webhook, Webhook]
    assert [h.webhook_id for h in hooks] == ["WHID-1", "2"]
    assert hooks[0].webhook_url == "https://example.com/hook" and hooks[0].active is True
    (sent,) = server.requests_to("/v1.0/account/webhooks")
    assert sent.method == "GET" and "AccountId=AID-1" in sent.query


async def test_raw_response_of_an_array_operation_parses_to_the_list(
    mode: str, server: LocalServer
) -> None:
    server.handler = lambda r: json_reply(200, ["+12016093801", 5, None, "+12016093802"])
    client = _socket_client(mode, server)
    try:
        raw = await _aw(
            client.subscribers.with_raw_response.list_blocked_numbers("TSUID-1", "CFID-1")
        )
    finally:
        await _aw(client.close())
    assert raw.status_code == 200
    assert raw.parse() == ["+12016093801", "5", "+12016093802"]  # a number: its digits


def _object_then_array(r: Received) -> Reply:
    if r.path == "/v1.0/account/webhooks":
        return json_reply(200, WEBHOOK)  # an object where an array belongs
    return json_reply(200, [WEBHOOK])  # an array where an object belongs


async def test_wrong_shaped_bodies_raise_a_validation_error(mode: str, server: LocalServer) -> None:
    server.handler = _object_then_array
    client = _socket_client(mode, server)
    try:
        with pytest.raises(APIResponseValidationError) as array_op:
            await _aw(client.webhooks.list())
        with pytest.raises(APIResponseValidationError) as record_op:
            await _aw(client.webhooks.get(webhook_id="WHID-1"))
    finally:
        await _aw(client.close())
    assert "GET /v1.0/account/webhooks: expected a JSON array, got a JSON object" in str(
        array_op.value
    )
    assert "GET /v1.0/webhook: expected a JSON object, got a JSON array" in str(record_op.value)
    assert "WHID-1" in str(array_op.value)  # the snippet shows what came instead


async def test_an_unreadable_array_body_is_named(mode: str, server: LocalServer) -> None:
    server.handler = lambda r: Reply(200, b"[{", [("Content-Type", "application/json")])
    client = _socket_client(mode, server)
    try:
        with pytest.raises(APIResponseValidationError, match="not valid JSON"):
            await _aw(client.subscribers.list_call_filters())
    finally:
        await _aw(client.close())


# --------------------------------------------------------------------------- the parser


def test_list_of_parses_items_leniently() -> None:
    generic = ListOf(GenericRecord)._parse([{"A": 1}, [], None, {"B": 2}])
    assert [g.to_dict() for g in generic] == [{"A": 1}, {"B": 2}]
    assert [p.value for p in generic.problems] == [[]]  # set aside, reported, not lost
    # As for record fields: a numeric string is read; a fraction or a bool is not an int,
    # so it stays as sent (and is reported).
    ints = ListOf(int)._parse([1, "2", None, 3.5, True, 4])
    assert ints == [1, 2, 3.5, True, 4]
    assert [p.field for p in ints.problems] == ["[3]", "[4]"]
    assert ListOf(bool)._parse([True, "false", None, "maybe"]) == [True, False, "maybe"]
    hooks = ListOf(Webhook)._parse([json.loads(json.dumps(WEBHOOK)), "x"])
    assert [h.webhook_id for h in hooks] == ["WHID-1"]
    assert [(p.field, p.value) for p in hooks.problems] == [("[1]", "x")]
    assert repr(ListOf(Webhook)) == "ListOf(Webhook)"


def test_list_of_refuses_an_item_type_it_cannot_parse() -> None:
    with pytest.raises(TypeError, match="dict"):
        ListOf(dict)
