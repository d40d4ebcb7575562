"""Every error travels through pickle: a process pool's worker can raise it to its parent.

Before the fix, the status errors and ``OutcomeUnknownError`` (keyword-only constructors)
could be pickled but not unpickled, so a worker that hit a 503 gave its parent
``BrokenProcessPool`` instead of ``ServiceUnavailableError``. The errors here are the
ones a client raised for real answers from a local server.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

import telegent
from telegent import (
    APIStatusError,
    InsecureProxyError,
    OrderFailedError,
    OrderTimeoutError,
    OutcomeUnknownError,
    ServiceUnavailableError,
    Telegent,
    TelegentError,
)
from telegent._errors import APIError

from .api import KEY, ORDER, ORDER_PATH, SECRET, STATUS_PATH, TokenAPI
from .server import LocalServer, Reply, json_reply, serve

NUMBER = "+12016093801"
STATUSES = [400, 401, 403, 404, 405, 408, 418, 429, 500, 502, 503, 504]


@pytest.fixture
def api() -> Iterator[tuple[LocalServer, TokenAPI]]:
    tokens = TokenAPI()
    with serve(tokens) as server:
        yield server, tokens


def _raised(call: Callable[[], Any]) -> TelegentError:
    with pytest.raises(TelegentError) as info:
        call()
    return info.value


def _client(server: LocalServer, **kwargs: Any) -> Telegent:
    kwargs.setdefault("max_retries", 0)
    return Telegent(base_url=server.url, account_key=KEY, account_secret=SECRET, **kwargs)


def _errors_from(server: LocalServer, tokens: TokenAPI) -> list[TelegentError]:
    """One error of every class, each raised by a client for a real answer."""
    errors: list[TelegentError] = []
    with _client(server) as client:
        for status in STATUSES:
            body = {"StatusCode": status, "Message": f"refused with {status}"}
            tokens.route("GET", ORDER_PATH, json_reply(status, body))
            errors.append(_raised(lambda: client.orders.get("JNUOID-1")))
        tokens.route("POST", STATUS_PATH, json_reply(500, {"Message": "boom"}))
        errors.append(_raised(lambda: client.numbers.activate([NUMBER])))  # OutcomeUnknown
        tokens.route("GET", ORDER_PATH, Reply(drop=True))
        errors.append(_raised(lambda: client.orders.get("JNUOID-1")))  # APIConnectionError
        tokens.route("GET", ORDER_PATH, Reply(200, b"<html>not json</html>"))
        errors.append(_raised(lambda: client.orders.get("JNUOID-1")))  # validation
        failed = {**ORDER, "OrderStatus": "Error", "OrderStatusMessage": "8A-ACCOUNT_NUM"}
        tokens.route("GET", ORDER_PATH, json_reply(200, failed))
        errors.append(OrderFailedError(client.orders.get("JNUOID-1")))
        errors.append(OrderTimeoutError("JNUOID-1", 5.0, client.orders.get("JNUOID-1")))
    with _client(server, max_response_bytes=8) as small:
        tokens.route("GET", ORDER_PATH, json_reply(200, ORDER))
        errors.append(_raised(lambda: small.orders.get("JNUOID-1")))  # too large
    with _client(server, timeout=0.3) as slow:
        tokens.route("GET", ORDER_PATH, Reply(200, b"{}" * 50, drip=0.2, drip_limit=20))
        errors.append(_raised(lambda: slow.orders.get("JNUOID-1")))  # APITimeoutError
    with pytest.MonkeyPatch.context() as env:
        env.setenv("ALL_PROXY", "http://user:pw-of-proxy@proxy.example.test:3128")
        errors.append(_raised(lambda: _client(server)))
    errors.append(TelegentError("a plain one"))
    return errors


def test_input_errors_round_trip_through_pickle() -> None:
    # The ValueErrors that name a bad argument travel too.
    from telegent._models import RecordError
    from telegent._schema import SchemaError

    with (
        Telegent(base_url="http://127.0.0.1:9", token="tok-never-sent") as client,
        pytest.raises(SchemaError) as info,
    ):
        client.orders.get("JNUOID-1\n")
    for error in (info.value, RecordError("OrderId is missing")):
        back = pickle.loads(pickle.dumps(error))
        assert (type(back), str(back), back.args) == (type(error), str(error), error.args)


def _facts(error: BaseException) -> dict[str, Any]:
    """What must survive the trip: type, text, status, message, body, request line."""
    facts: dict[str, Any] = {"type": type(error), "str": str(error), "args": error.args}
    for name in ("status_code", "message", "body", "snippet", "limit", "method", "path"):
        facts[name] = getattr(error, name, None)
    for name in ("order_id", "code", "timeout", "proxy"):
        facts[name] = getattr(error, name, None)
    request = getattr(error, "request", None)
    if isinstance(request, httpx.Request):
        facts["request"] = (request.method, str(request.url), dict(request.headers))
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        facts["response"] = (response.status_code, response.content, dict(response.headers))
    cause = getattr(error, "cause", None)
    if isinstance(cause, BaseException):
        facts["cause"] = _facts(cause)
    for name in ("details", "last"):
        record = getattr(error, name, None)
        facts[name] = None if record is None else record.to_dict()
    return facts


def _subclasses(cls: type[BaseException]) -> set[type[BaseException]]:
    found = {cls}
    for sub in cls.__subclasses__():
        found |= _subclasses(sub)
    return found


def test_every_error_class_round_trips_through_pickle(
    api: tuple[LocalServer, TokenAPI],
) -> None:
    server, tokens = api
    errors = _errors_from(server, tokens)
    public = {c for c in _subclasses(TelegentError) if c.__module__.startswith("telegent.")}
    assert {type(e) for e in errors} >= public - {APIError}  # every class has a case
    for error in errors:
        data = pickle.dumps(error)
        back = pickle.loads(data)
        assert _facts(back) == _facts(error), type(error).__name__
        # Secrets stay masked: neither the account secret nor any token travels.
        assert SECRET.encode() not in data
        assert b"tok1-" not in data
        assert b"pw-of-proxy" not in data
    statuses = [e.status_code for e in errors if isinstance(e, APIStatusError)]
    assert statuses == STATUSES
    unknown = next(e for e in errors if isinstance(e, OutcomeUnknownError))
    assert pickle.loads(pickle.dumps(unknown)).cause.status_code == 500
    proxy_error = next(e for e in errors if isinstance(e, InsecureProxyError))
    assert pickle.loads(pickle.dumps(proxy_error)).proxy == "http://proxy.example.test:3128"


def _worker(base_url: str) -> str:
    # Runs in a child process: the 503 it meets is raised back to the parent.
    with Telegent(base_url=base_url, token="worker-token-1234", max_retries=0) as client:
        return str(client.orders.get("JNUOID-1"))


def test_a_process_pool_worker_hitting_503_gives_the_parent_the_typed_error() -> None:
    reply = json_reply(503, {"StatusCode": 503, "Message": "Service Unavailable, try later"})
    with serve(lambda _r: reply) as server:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            future = pool.submit(_worker, server.url)
            with pytest.raises(ServiceUnavailableError) as info:
                future.result(timeout=120)
    error = info.value
    assert error.status_code == 503
    assert error.message == "Service Unavailable, try later"
    assert error.body == {"StatusCode": 503, "Message": "Service Unavailable, try later"}
    assert str(error).startswith("HTTP 503 Service Unavailable from GET /v1.0/numbers/order")
    assert error.request is not None
    assert error.request.headers["authorization"] == "Bearer ***"
    assert "worker-token-1234" not in repr(error.__dict__)
    assert isinstance(error, telegent.InternalServerError)
