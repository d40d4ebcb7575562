"""Error mapping: status classes, messages, malformed bodies (sync and async)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import telegent
from telegent import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    GatewayTimeoutError,
    InternalServerError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTimeoutError,
    ServiceUnavailableError,
)
from telegent._errors import make_status_error

from ._support import INVENTORY_PATH, ORDER_PATH, STATUS_PATH, aw, error_body, jres

pytestmark = pytest.mark.anyio

ORDER_ID = "JNUOID-12390e1f"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, MethodNotAllowedError),
        (408, RequestTimeoutError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, BadGatewayError),
        (503, ServiceUnavailableError),
        (504, GatewayTimeoutError),
        (507, InternalServerError),
        (418, APIStatusError),
    ],
)
async def test_status_maps_to_class_with_message(
    status: int, cls: type[APIStatusError], api: Any, client: Any
) -> None:
    api.on("GET", ORDER_PATH, error_body(status, f"the message for {status}"))
    client = client.with_options(max_retries=0)
    with pytest.raises(cls) as info:
        await aw(client.orders.get(ORDER_ID))
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    # e.message is the body's Message, exactly as the README says; str(e) adds the
    # status and the request line.
    assert err.message == f"the message for {status}"
    reason = httpx.codes.get_reason_phrase(status)
    assert str(err) == f"HTTP {status} {reason} from GET /v1.0/numbers/order: {err.message}"
    assert isinstance(err.body, dict) and err.body["StatusCode"] == status
    assert err.response.status_code == status


def test_5xx_hierarchy_like_stainless() -> None:
    for cls in (BadGatewayError, ServiceUnavailableError, GatewayTimeoutError):
        assert issubclass(cls, InternalServerError)
    assert issubclass(InternalServerError, APIStatusError)
    assert issubclass(APIStatusError, telegent.APIError)
    assert issubclass(telegent.APIError, telegent.TelegentError)
    assert issubclass(telegent.APITimeoutError, telegent.APIConnectionError)
    assert issubclass(telegent.OutcomeUnknownError, telegent.APIError)


async def test_html_502_from_gateway_is_typed_with_snippet(api: Any, client: Any) -> None:
    html = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body>"
    api.on("GET", ORDER_PATH, httpx.Response(502, text=html, headers={"content-type": "text/html"}))
    with pytest.raises(BadGatewayError) as info:
        await aw(client.with_options(max_retries=0).orders.get(ORDER_ID))
    err = info.value
    assert err.status_code == 502
    assert err.body is None
    assert err.message.startswith("non-JSON body: <html>")
    assert "502 Bad Gateway</title>" in err.message
    assert len(err.message) < 300  # a snippet, not the page
    assert str(err).startswith("HTTP 502 Bad Gateway from GET /v1.0/numbers/order: non-JSON")


async def test_empty_error_body(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, httpx.Response(404, content=b""))
    with pytest.raises(NotFoundError) as info:
        await aw(client.orders.get(ORDER_ID))
    assert info.value.message == "<empty body>"
    assert str(info.value) == "HTTP 404 Not Found from GET /v1.0/numbers/order: <empty body>"
    assert info.value.body is None


async def test_error_body_without_message(api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, jres(400, {"StatusCode": 400, "Message": None}))
    with pytest.raises(BadRequestError) as info:
        await aw(client.orders.get(ORDER_ID))
    assert info.value.message == "no Message in body"


def test_status_error_without_a_request_still_reads_well() -> None:
    err = make_status_error(httpx.Response(418, json={"Message": "short and stout"}))
    assert err.message == "short and stout"
    assert str(err) == "HTTP 418 I'm a teapot: short and stout"
    assert err.request is None


@pytest.mark.parametrize(
    "content",
    [b'{"OrderId": "JNUOID-1", "OrderSta', b"", b"<html>oops</html>", b"[1, 2]", b"null"],
    ids=["truncated", "empty", "html", "array", "null"],
)
async def test_malformed_200_raises_validation_error(content: bytes, api: Any, client: Any) -> None:
    api.on("GET", ORDER_PATH, httpx.Response(200, content=content))
    with pytest.raises(APIResponseValidationError) as info:
        await aw(client.orders.get(ORDER_ID))
    err = info.value
    assert err.status_code == 200
    assert len(err.snippet) <= 200
    assert "GET /v1.0/numbers/order" in str(err)
    # never a bare JSONDecodeError / KeyError
    assert not isinstance(err, (ValueError, KeyError))


async def test_malformed_200_on_post_is_validation_error_not_resent(api: Any, client: Any) -> None:
    api.on("POST", STATUS_PATH, httpx.Response(200, content=b'{"OrderId": "JNU'))
    with pytest.raises(APIResponseValidationError) as info:
        await aw(client.numbers.activate(["+12016093801"]))
    assert "accepted the request" in str(info.value)
    assert len(api.calls("POST", STATUS_PATH)) == 1


async def test_truncated_inventory_page_is_typed(api: Any, client: Any) -> None:
    api.on("GET", INVENTORY_PATH, httpx.Response(200, content=b'{"PhoneNumbers": [{"Num'))
    with pytest.raises(APIResponseValidationError):
        await aw(client.numbers.list_page())
