"""Patterns match whole values, and no control character goes into a URL or a header.

Before the fix, patterns were matched with ``re.search``, where ``$`` also matches before
a trailing newline: ``numbers.update("+18018018011\\n")`` and ``orders.get("JNUOID-1\\n")``
passed the checks and were sent, and ``JNUOID-1\\x00`` too (``\\S`` takes a NUL). The
SDK and the fake share the rules (``telegent._schema``); both are tried on real sockets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from telegent import AsyncTelegent, Telegent
from telegent._schema import SchemaError, _pattern, _strict_ends
from telegent.testing import FakeClock, FakeTelegent, serve_in_thread

from ._support import aw, close
from .server import LocalServer, Reply, serve

pytestmark = pytest.mark.anyio

NUMBER = "+18018018011"
CREDENTIALS = {"AccountKey": "DID-fake", "AccountSecret": "fake-secret"}

# (call, the bad value as the error shows it)
BAD_CALLS: list[tuple[str, Callable[[Any], Any], str]] = [
    ("number-newline", lambda c: c.numbers.update(NUMBER + "\n", voice_enabled=False), r"\n"),
    ("order-newline", lambda c: c.orders.get("JNUOID-1\n"), r"JNUOID-1\n"),
    ("order-nul", lambda c: c.orders.get("JNUOID-1\x00"), r"JNUOID-1\x00"),
    ("order-crlf", lambda c: c.orders.get("JNUOID-1\r\nX-Injected: 1"), r"\r\n"),
    ("filter-escape", lambda c: c.numbers.list_page(filter="Active\x1b[2J"), r"\x1b"),
    ("filter-del", lambda c: c.numbers.list_page(filter="Active\x7f"), r"\x7f"),
    ("iccid-newline", lambda c: c.numbers.update(NUMBER, iccid="8901240397190556232\n"), r"\n"),
    ("route-newline", lambda c: c.numbers.update(NUMBER, message_route_id="MRID-1\n"), r"\n"),
]


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with serve(lambda _r: Reply(200, b"{}")) as running:
        yield running


@pytest.mark.parametrize(("label", "call", "shown"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
async def test_bad_value_is_refused_before_anything_is_sent(
    mode: str, label: str, call: Callable[[Any], Any], shown: str, server: LocalServer
) -> None:
    cls = Telegent if mode == "sync" else AsyncTelegent
    client = cls(base_url=server.url, token="tok-whole-values")
    try:
        with pytest.raises(SchemaError) as info:
            await aw(call(client))
    finally:
        await close(client)
    assert shown in str(info.value), str(info.value)
    assert server.received == []


def test_anchors_become_strict_and_the_rest_is_kept() -> None:
    assert _strict_ends(r"^\+[0-9]+$") == r"^\+[0-9]+\Z"
    assert _strict_ends(r"^a$|^b$") == r"^a\Z|^b\Z"
    assert _strict_ends(r"[$]x\$") == r"[$]x\$"  # a class member and an escaped dollar
    assert _strict_ends(r"[]$]$") == r"[]$]\Z"
    assert _strict_ends(r"[^]$]$") == r"[^]$]\Z"
    assert _strict_ends(r"\S") == r"\S"
    assert _pattern(r"\S").search("two words")  # unanchored: still "not blank"


def _patterned(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if isinstance(value.get("pattern"), str):
            yield value
        for item in value.values():
            yield from _patterned(item)
    elif isinstance(value, list):
        for item in value:
            yield from _patterned(item)


def test_every_anchored_pattern_refuses_its_example_with_a_trailing_newline() -> None:
    from telegent._registry import operations
    from telegent._schema import check_wire

    samples = {
        (schema["pattern"], schema.get("example", "JNUOID-1"))
        for op in operations()
        for p in op.params
        for schema in _patterned(dict(p.schema))
        if schema["pattern"].endswith("$")
    }
    assert len(samples) >= 5
    for pattern, example in samples:
        schema = {"type": "string", "pattern": pattern}
        check_wire(str(example), schema, "value")  # the example fits ...
        for tail in ("\n", "\n\n", "\r\n"):
            with pytest.raises(SchemaError):  # ... and not with a line break after it
                check_wire(f"{example}{tail}", schema, "value")


# ------------------------------------------------------------------ the fake, over HTTP


@pytest.fixture
def fake_http() -> Iterator[tuple[FakeTelegent, httpx.Client, dict[str, str]]]:
    fake = FakeTelegent(numbers=5, seed=3, clock=FakeClock(), rate_limit=None)
    with (
        serve_in_thread(fake) as base_url,
        httpx.Client(base_url=base_url, trust_env=False, timeout=10) as http,
    ):
        token = http.post("/v1.0/oauth2/tokens", json=CREDENTIALS).json()["token"]
        yield fake, http, {"Authorization": f"Bearer {token}"}


def test_fake_refuses_a_number_with_a_trailing_newline(
    fake_http: tuple[FakeTelegent, httpx.Client, dict[str, str]],
) -> None:
    fake, http, auth = fake_http
    page = http.get("/v1.0/numbers/inventory", headers=auth).json()
    number = page["PhoneNumbers"][0]["Number"]
    ok = http.post(
        "/v1.0/numbers/update", headers=auth, json={"Number": number, "VoiceEnabled": False}
    )
    assert ok.status_code == 200, ok.text
    bad = http.post(
        "/v1.0/numbers/update", headers=auth, json={"Number": number + "\n", "VoiceEnabled": True}
    )
    assert bad.status_code == 400
    assert "Number" in bad.json()["Message"]
    assert fake.get_number(number).voice_enabled is False


@pytest.mark.parametrize("order_id", ["JNUOID-1%0A", "JNUOID-1%0D%0A"])
def test_fake_refuses_control_characters_in_a_query_value(
    fake_http: tuple[FakeTelegent, httpx.Client, dict[str, str]], order_id: str
) -> None:
    # The spec's OrderId pattern (^[A-Z]+-\S+$), matched whole: no trailing newline.
    _, http, auth = fake_http
    answer = http.get(f"/v1.0/numbers/order?OrderId={order_id}", headers=auth)
    assert answer.status_code == 400, answer.text
    assert "OrderId" in answer.json()["Message"]


def test_fake_serves_no_order_for_a_nul_in_its_id(
    fake_http: tuple[FakeTelegent, httpx.Client, dict[str, str]],
) -> None:
    # NUL is not white space, so the spec's pattern admits it; the fake, reading the same
    # rules as the client, answers as the API would for an unknown order (the SDK refuses
    # the value before sending: test_bad_value_is_refused_before_anything_is_sent).
    _, http, auth = fake_http
    answer = http.get("/v1.0/numbers/order?OrderId=JNUOID-1%00", headers=auth)
    assert answer.status_code == 404, answer.text


def test_a_header_value_must_be_ascii_without_control_characters() -> None:
    # Per-call header parameters go through the same check as path and query values.
    from telegent._schema import check_param_text

    check_param_text("plain-value", {}, "x_custom", "header")
    with pytest.raises(SchemaError, match="x_custom 'caf\xe9' is not ASCII"):
        check_param_text("caf\xe9", {}, "x_custom", "header")
    with pytest.raises(SchemaError, match=r"control character '\\r'"):
        check_param_text("a\r\nX-Injected: 1", {}, "x_custom", "header")
    with pytest.raises(SchemaError) as info:
        check_param_text("s3cret\n", {"x-telegent-secret": True}, "pin", "header")
    assert "s3cret" not in str(info.value)
