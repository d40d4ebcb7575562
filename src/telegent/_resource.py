"""The one request path of every generated method.

A generated method only names its operation and passes its arguments:
``return self._call("getOrder", {"order_id": order_id}, OrderDetails)``. Here the
arguments are checked and put on the wire from the operation's descriptor (the patched
spec's parameters and schemas), then sent through the client's pipeline (auth, retries
with the POST rules, rate limit, typed errors, logging, raw responses).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload
from urllib.parse import quote

from ._base_client import (
    APIRequest,
    APIResponse,
    _raw_mode,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ._models import ListOf, no_content
from ._pagination import AsyncPager, Pager, PageShape
from ._registry import Operation, operation
from ._schema import SchemaError, check_param_text, check_wire, to_wire
from ._validation import optional_limit, positive_int

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncRawResource",
    "AsyncResource",
    "ListOf",
    "SyncRawResource",
    "SyncResource",
    "build_request",
    "several_requests",
]

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

_SEVERAL = "__telegent_several_requests__"


def several_requests(func: F) -> F:
    """Mark a helper that sends several requests (polls, pages, batches): one
    ``APIResponse`` cannot stand for them, so ``with_raw_response`` refuses it."""
    setattr(func, _SEVERAL, True)
    return func


def _refuse_raw(where: str) -> TypeError:
    return TypeError(
        f"with_raw_response: {where} sends several requests (pages, polls or batches); "
        "with_raw_response covers the single-request methods, one APIResponse each"
    )


class _Parseable(Protocol[T]):  # type: ignore[misc]
    @classmethod
    def _parse(cls, data: dict[str, Any]) -> T: ...


def build_request(
    op: Operation, args: Mapping[str, Any], parse: Callable[[Any], T], today: date
) -> APIRequest[T]:
    """Check ``args`` against ``op`` and build the request (nothing is sent)."""
    path = op.path
    query: dict[str, Any] = {}
    headers: dict[str, str] = {}
    body: dict[str, Any] = {}
    whole_body: Any = None
    for p in op.params:
        value = args.get(p.name)
        if value is None and p.schema.get("x-telegent-default") == "today":
            value = today
        if value is None:
            if p.required:
                raise TypeError(f"{op.call}() needs {p.name}=")
            continue
        wire = to_wire(value, p.schema, p.name)
        if p.location in ("path", "query", "header"):
            check_param_text(_text(wire), p.schema, p.name, p.location)
        if p.location == "path":
            path = path.replace("{" + p.wire + "}", quote(_text(wire), safe=""))
        elif p.location == "query":
            query[p.wire] = _text(wire)
        elif p.location == "header":
            headers[p.wire] = _text(wire)
        elif p.wire:
            body[p.wire] = wire
        else:
            whole_body = wire
    payload = whole_body if whole_body is not None else (body or None)
    if payload is None and op.body_required:
        payload = {}
    _check_body(op, body)
    how = str(op.extensions.get("x-telegent-how-to-check", ""))
    return APIRequest(
        method=op.http_method,
        path=path,
        parse=parse,
        params=query or None,
        json=payload,
        headers=headers or None,
        idempotent=op.idempotent,
        authenticated=op.authenticated,
        how_to_check=how.format_map(_Shown(args)) if how else "",
    )


class _Shown(dict[str, str]):
    """Arguments as the how-to-check text shows them: ``{numbers}`` -> ``+1..., +1...``."""

    def __init__(self, args: Mapping[str, Any]) -> None:
        super().__init__({k: _listing(v) for k, v in args.items() if v is not None})

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _listing(value: Any) -> str:
    if isinstance(value, Mapping):  # {"number": ..., "iccid": ...}: name it by its first field
        return _listing(next(iter(value.values()), ""))
    if isinstance(value, (list, tuple)):
        shown = ", ".join(_listing(v) for v in value[:3])  # the rest is only counted
        return shown + (f" and {len(value) - 3} more" if len(value) > 3 else "")
    return str(value)


def _check_body(op: Operation, body: Mapping[str, Any]) -> None:
    rules = op.body_rules
    if rules is None or not body:
        return
    low = rules.get("minProperties")
    if isinstance(low, int) and len(body) < low:
        given = ", ".join(p.name for p in op.params if p.location == "body" and p.wire in body)
        more = low - len(body)
        what = "one field" if more == 1 else f"{more} fields"
        raise SchemaError(f"{op.call}() needs at least {what} to set besides {given}")
    check_wire(dict(body), rules, f"{op.call}()")


def _sized(args: Mapping[str, Any], size: str | None, limit: int | None) -> dict[str, Any]:
    """``args`` with the page size (the argument ``size`` names) checked and capped at
    ``limit``: no page asks for more records than the caller will take."""
    out = dict(args)
    if size is not None and out.get(size) is not None:
        asked = positive_int(out[size], size)
        out[size] = min(asked, limit) if limit else asked
    return out


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _Resource:
    def __init__(self, client: Any) -> None:
        self._client = client

    def _prepare(
        self, op_id: str, args: Mapping[str, Any], returns: type[Any] | ListOf[Any] | None
    ) -> APIRequest[Any]:
        # A ListOf goes to the request whole: the response parser reads an array for it;
        # None: the spec declares the answer without content.
        parse: Callable[[Any], Any]
        if returns is None:
            parse = no_content
        elif isinstance(returns, ListOf):
            parse = returns
        else:
            parse = returns._parse
        return build_request(operation(op_id), args, parse, self._client._today())

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class SyncResource(_Resource):
    """Base of the generated synchronous resources."""

    _client: SyncAPIClient

    @overload
    def _call(self, op_id: str, args: Mapping[str, Any], returns: None) -> None: ...
    @overload
    def _call(self, op_id: str, args: Mapping[str, Any], returns: ListOf[T]) -> list[T]: ...
    @overload
    def _call(self, op_id: str, args: Mapping[str, Any], returns: type[T]) -> T: ...
    def _call(
        self, op_id: str, args: Mapping[str, Any], returns: type[T] | ListOf[T] | None
    ) -> Any:
        req: APIRequest[Any] = self._prepare(op_id, args, returns)
        return self._client._request(req)

    def _paginate(
        self,
        op_id: str,
        args: Mapping[str, Any],
        returns: type[Any],
        shape: PageShape[Any, Any],
        *,
        page: str,
        limit: object,
        size: str | None = None,
    ) -> Pager[Any, Any]:
        lim = optional_limit(limit)
        if _raw_mode.get():
            raise _refuse_raw(f"the paged listing {operation(op_id).call}")
        args = _sized(args, size, lim)
        self._prepare(op_id, {**args, page: 1}, returns)  # bad input fails now

        def fetch(number: int) -> Any:
            # Not the public method: a with_raw_response context must not leak into pages.
            return self._client._request_parsed(
                self._prepare(op_id, {**args, page: number}, returns)
            )

        return Pager(fetch, shape, limit=lim)

    @property
    def with_raw_response(self) -> SyncRawResource:
        """The same methods, returning ``APIResponse`` (status, headers, ``.parse()``)."""
        return SyncRawResource(self)


class AsyncResource(_Resource):
    """Base of the generated asynchronous resources."""

    _client: AsyncAPIClient

    @overload
    async def _call(self, op_id: str, args: Mapping[str, Any], returns: None) -> None: ...
    @overload
    async def _call(self, op_id: str, args: Mapping[str, Any], returns: ListOf[T]) -> list[T]: ...
    @overload
    async def _call(self, op_id: str, args: Mapping[str, Any], returns: type[T]) -> T: ...
    async def _call(
        self, op_id: str, args: Mapping[str, Any], returns: type[T] | ListOf[T] | None
    ) -> Any:
        req: APIRequest[Any] = self._prepare(op_id, args, returns)
        return await self._client._request(req)

    def _paginate(
        self,
        op_id: str,
        args: Mapping[str, Any],
        returns: type[Any],
        shape: PageShape[Any, Any],
        *,
        page: str,
        limit: object,
        size: str | None = None,
    ) -> AsyncPager[Any, Any]:
        lim = optional_limit(limit)
        if _raw_mode.get():
            raise _refuse_raw(f"the paged listing {operation(op_id).call}")
        args = _sized(args, size, lim)
        self._prepare(op_id, {**args, page: 1}, returns)  # bad input fails now

        async def fetch(number: int) -> Any:
            return await self._client._request_parsed(
                self._prepare(op_id, {**args, page: number}, returns)
            )

        return AsyncPager(fetch, shape, limit=lim)

    @property
    def with_raw_response(self) -> AsyncRawResource:
        """The same methods, returning awaitables of ``APIResponse``."""
        return AsyncRawResource(self)


def _raw_method(resource: _Resource, name: str) -> Callable[..., Any]:
    method = getattr(resource, name)
    if not callable(method) or name.startswith("_"):
        raise AttributeError(name)
    if getattr(method, _SEVERAL, False):
        where = type(resource).__name__.removeprefix("Async").lower()
        raise _refuse_raw(f"{where}.{name}")
    found: Callable[..., Any] = method
    return found


class SyncRawResource:
    """``resource.with_raw_response.<method>(...)``: a single-request method, returning
    ``APIResponse`` (``.status_code``, ``.headers``, ``.http_response``, ``.parse()``).

    Helpers that send several requests (``orders.wait``, ``numbers.list``, paged
    listings, ``numbers.bulk_change_status``) raise ``TypeError`` here, before sending.
    """

    def __init__(self, resource: SyncResource) -> None:
        self._resource = resource

    def _raw_call(self, name: str) -> Callable[..., APIResponse[Any]]:
        return to_raw_response_wrapper(_raw_method(self._resource, name))

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        return self._raw_call(name)


class AsyncRawResource:
    """The async twin of :class:`SyncRawResource`: methods return awaitables of
    ``APIResponse``."""

    def __init__(self, resource: AsyncResource) -> None:
        self._resource = resource

    def _raw_call(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        return async_to_raw_response_wrapper(_raw_method(self._resource, name))

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        return self._raw_call(name)
