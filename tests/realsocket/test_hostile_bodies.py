"""Hostile bodies and headers over a real socket: every failure is a TelegentError.

Before the fix, a 100,000-deep JSON body raised a bare ``RecursionError`` (and
``bulk_change_status`` aborted without a result after the server had applied a change),
and a ``Retry-After`` date with an absurd zone raised a bare ``OverflowError``.
"""

from __future__ import annotations

from typing import Any

import pytest

from telegent import (
    APIResponseValidationError,
    InternalServerError,
    OutcomeUnknownError,
    RetryPolicy,
    ServiceUnavailableError,
    TelegentError,
)

from ._support import aw, close
from .api import STATUS_PATH
from .server import Reply, deep_json, json_reply

pytestmark = pytest.mark.anyio

DEEP = deep_json(100_000)


def deep(status: int) -> Any:
    return lambda _r: Reply(status, DEEP, [("Content-Type", "application/json")])


async def test_100000_deep_json_2xx_is_a_validation_error(server: Any, connect: Any) -> None:
    server.handler = deep(200)
    client = connect(server, token="static-token-value")
    with pytest.raises(APIResponseValidationError) as info:
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert "nested too deeply" in str(info.value)


async def test_100000_deep_json_error_body_is_a_status_error(server: Any, connect: Any) -> None:
    server.handler = deep(500)
    client = connect(server, token="static-token-value", max_retries=0)
    with pytest.raises(InternalServerError) as info:
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert info.value.body is None
    assert "non-JSON body" in str(info.value)


async def test_deep_json_with_debug_logging_is_still_typed(
    server: Any, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.handler = deep(200)
    client = connect(server, token="static-token-value")
    with caplog.at_level("DEBUG", logger="telegent"), pytest.raises(APIResponseValidationError):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert "nested too deeply" in caplog.text


async def test_deep_json_token_response_is_typed(server: Any, connect: Any) -> None:
    server.handler = deep(200)
    client = connect(server)  # key and secret: the token response is the deep one
    with pytest.raises(APIResponseValidationError):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)


async def test_bulk_change_status_reports_deep_json_as_unknown(server: Any, connect: Any) -> None:
    """The server applied the change and answered garbage: the batch is 'unknown', and
    bulk_change_status still returns its result."""
    server.handler = lambda r: (
        Reply(200, DEEP, [("Content-Type", "application/json")])
        if r.path == STATUS_PATH
        else json_reply(404, {"StatusCode": 404})
    )
    client = connect(server, token="static-token-value")
    result = await aw(client.numbers.bulk_change_status("park", ["+12016093801"]))
    await close(client)
    item = result["+12016093801"]
    assert item.status == "unknown"
    assert isinstance(item.error, APIResponseValidationError)


ABSURD_DATES = [
    "Wed, 21 Oct 2015 07:28:00 +99999999999999999999",  # OverflowError in the parser
    "Wed, 21 Oct 2015 07:28:00 +9999",  # offset beyond 24 h
    "Fri, 31 Dec 9999 23:59:59 -2359",  # the end of time
    "1e999",
    "nan",
]


@pytest.mark.parametrize("retry_after", ABSURD_DATES)
async def test_absurd_retry_after_falls_back_to_backoff(
    server: Any, connect: Any, retry_after: str
) -> None:
    server.handler = lambda _r: json_reply(
        503, {"StatusCode": 503, "Message": "busy"}, ("Retry-After", retry_after)
    )
    # A far-future date is honoured up to retry_after_cap (1 s here, 60 s by default).
    policy = RetryPolicy(max_retries=1, retry_after_cap=1.0)
    client = connect(server, token="static-token-value", retry_policy=policy)
    with pytest.raises(ServiceUnavailableError):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert len(server.received) == 2  # retried once, after a bounded wait


async def test_deep_json_on_post_is_typed_not_resent(server: Any, connect: Any) -> None:
    server.handler = deep(502)
    client = connect(server, token="static-token-value")
    with pytest.raises(OutcomeUnknownError) as info:
        await aw(client.numbers.change_status("park", ["+12016093801"]))
    await close(client)
    assert isinstance(info.value, TelegentError)
    assert len(server.received) == 1


def _page(*records: dict[str, Any]) -> Any:
    body = {"TotalResults": len(records), "PhoneNumbers": list(records)}
    return lambda _r: json_reply(200, body)


async def test_wrong_json_types_never_pass_as_another_type(server: Any, connect: Any) -> None:
    """A value that cannot become its field's type stays as sent (and is reported); a
    number where a string belongs becomes its digits; nothing is lost."""
    server.handler = _page(
        {"Number": "+12016093801", "Status": {"Code": 1}, "SwapsRemaining": "3", "Tnid": 7}
    )
    client = connect(server, token="static-token-value")
    page = await aw(client.numbers.list_page(1, page_size=10))
    await close(client)
    record = page.phone_numbers[0]
    assert record.number == "+12016093801"
    assert record.status == {"Code": 1}  # a dict where a string belongs: as sent
    assert record.tnid == "7"  # an int where a string belongs: its decimal string
    assert [p.field for p in record.problems] == ["Status"]
    assert record.swaps_remaining == 3  # a numeric string where an integer belongs
    assert record.extra == {}  # known fields are not re-offered as unknown ones


async def test_wrong_json_type_in_a_required_field_names_it(server: Any, connect: Any) -> None:
    server.handler = _page({"Number": [12016093801]})
    client = connect(server, token="static-token-value", strict=True)
    with pytest.raises(APIResponseValidationError) as info:
        await aw(client.numbers.list_page(1, page_size=10))
    await close(client)
    assert "NumberRecord.number ('Number') expected str, got list [12016093801]" in str(info.value)
