"""pytest-httpx helpers in the SDK's terms: routes by SDK call, wire bodies from records.

pytest-httpx matches requests by URL, method and body; a team testing code that uses
this SDK would have to know the wire side of every call (paths, query names such as
``PageNumber``, the token exchange, ``tokenExpiry``'s format, field names). The SDK's
operation registry knows all of it, so :class:`TelegentHTTPXMock` registers answers by
SDK call and arguments, builds bodies from records, and reports what was sent as SDK
arguments. A request with no registered answer fails at once with
:class:`UnmatchedRequest` naming the SDK call, never as a retried timeout.

Everything goes through one pytest-httpx callback limited to the SDK's base URL, so
the test's own ``httpx_mock.add_response(...)`` for other hosts keeps working.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import httpx

from .._models import Record
from .._registry import Operation, Param, operations
from .._schema import field_name, to_wire
from .._secrets import is_secret_field
from ._operations import MethodNotAllowed, _from_text, find_operation
from ._wire import error_body

if TYPE_CHECKING:
    from pytest_httpx import HTTPXMock

    from .._client import AsyncTelegent, Telegent

__all__ = ["SentCall", "TelegentHTTPXMock", "UnmatchedRequest", "wire_body"]

DEFAULT_BASE_URL = "https://api.telegent.com"
#: The credentials of :meth:`TelegentHTTPXMock.client`: visibly fake.
TEST_ACCOUNT_KEY = "DID-test-account"
TEST_ACCOUNT_SECRET = "test-account-secret"  # noqa: S105 - a test credential, not a secret
#: A token answered by :meth:`TelegentHTTPXMock.token` never expires during a test.
_FAR_FUTURE = datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC)
# Keyword names ``add`` takes for itself; an operation parameter of the same name is
# passed through ``args=`` instead.
_OWN = frozenset({"returns", "json", "status_code", "headers", "times", "optional", "args"})


class UnmatchedRequest(AssertionError):
    """A request the test registered no answer for (not retried, not a timeout)."""


@dataclass(frozen=True)
class SentCall:
    """One request the SDK sent, in SDK terms.

    ``call`` is ``client.orders.get``; ``args`` the keyword arguments it carried, with
    SDK names (nested objects too), dates as ``date``; ``request`` the raw request.
    """

    call: str
    args: Mapping[str, Any]
    request: httpx.Request = field(repr=False, compare=False)
    secrets: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    def __repr__(self) -> str:
        # Secret arguments (the account secret, PINs) never show, as everywhere else.
        shown = {k: "***" if k in self.secrets else v for k, v in self.args.items()}
        return f"SentCall(call={self.call!r}, args={shown!r})"


# --------------------------------------------------------------------------- bodies


def wire_body(
    record: Record | type[Record] | Sequence[Record],
    /,
    *,
    reveal_secrets: bool = False,
    **fields: Any,
) -> Any:
    """The JSON the API would send for ``record`` (wire names; dates in ISO 8601).

    ``wire_body(OrderDetails(order_id=..., order_status="Complete"))``, or the class and
    its fields as keywords: ``wire_body(OrderDetails, order_id=..., order_status=...)``;
    a list of records gives a JSON array. Secret fields (``x-telegent-secret``) are left
    out unless ``reveal_secrets=True``.
    """
    if isinstance(record, type):
        if not issubclass(record, Record):
            raise TypeError(f"wire_body() takes a record or a record class, not {record!r}")
        return wire_body(record(**fields), reveal_secrets=reveal_secrets)
    if fields:
        raise TypeError("wire_body() takes field keywords only with a record class")
    if isinstance(record, Record):
        return _record_json(record, reveal_secrets)
    if isinstance(record, Sequence) and not isinstance(record, (str, bytes)):
        return [wire_body(r, reveal_secrets=reveal_secrets) for r in record]
    raise TypeError(f"wire_body() takes a record or a record class, not {type(record).__name__}")


def _record_json(record: Record, reveal: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in type(record).__fields__:
        if f.secret and not reveal:
            continue
        value = getattr(record, f.attr, None)
        if value is None and not f.required:
            continue
        out[f.wire] = _json_value(value, reveal)
    for key, value in record.extra.items():
        out.setdefault(key, value)
    return out


def _json_value(value: Any, reveal: bool) -> Any:
    if isinstance(value, Record):
        return _record_json(value, reveal)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _json_value(v, reveal) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json_value(v, reveal) for v in value]
    return value


# --------------------------------------------------------------------------- routes


@dataclass
class _Route:
    op: Operation
    expected: Mapping[str, Any]  # param name -> wire value it must carry
    shown: str  # the arguments as the test gave them
    response: httpx.Response | None
    times: int
    optional: bool
    served: int = 0

    def matches(self, op: Operation, sent: Mapping[str, Any]) -> bool:
        if op.id != self.op.id:
            return False
        return all(k in sent and sent[k] == v for k, v in self.expected.items())

    @property
    def spent(self) -> bool:
        return self.served >= self.times


class TelegentHTTPXMock:
    """Register answers by SDK call on top of pytest-httpx's ``httpx_mock``.

    ::

        def test_wait(telegent_httpx):
            telegent_httpx.token()
            telegent_httpx.add("orders.get", order_id="JNUOID-1",
                               returns=OrderDetails(order_id="JNUOID-1", order_status="Complete"))
            client = telegent_httpx.client()
            assert client.orders.wait("JNUOID-1").order_status == "Complete"
            assert telegent_httpx.calls("orders.get")[0].args == {"order_id": "JNUOID-1"}

    Routes for the same call are served in the order they were added, each ``times``
    times (default once); once all are spent the last one keeps answering, so
    ``add(pending); add(complete)`` reads as a sequence. A request with no route fails
    at once with :class:`UnmatchedRequest`. :meth:`verify` (run by the fixture at the
    end of the test) fails on routes never used (unless ``optional=True``) and on
    misses the code under test swallowed.
    """

    def __init__(self, httpx_mock: HTTPXMock, *, base_url: str = DEFAULT_BASE_URL) -> None:
        self.base_url = str(httpx.URL(base_url)).rstrip("/")
        self._routes: list[_Route] = []
        self._sent: list[SentCall] = []
        self._misses: list[str] = []
        httpx_mock.add_callback(
            self._answer,
            url=re.compile(re.escape(self.base_url) + r"(/.*)?(\?.*)?$"),
            is_optional=True,
            is_reusable=True,
        )

    # ------------------------------------------------------------------ clients

    def client(self, **options: Any) -> Telegent:
        """A ``Telegent`` client for this mock (test credentials, this base URL)."""
        from .._client import Telegent  # noqa: PLC0415 - the fixture stays cheap to import

        return Telegent(**self._client_options(options))

    def async_client(self, **options: Any) -> AsyncTelegent:
        """An ``AsyncTelegent`` client for this mock."""
        from .._client import AsyncTelegent  # noqa: PLC0415

        return AsyncTelegent(**self._client_options(options))

    def _client_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "account_key": TEST_ACCOUNT_KEY,
            "account_secret": TEST_ACCOUNT_SECRET,
            "base_url": self.base_url,
            **options,
        }

    # ------------------------------------------------------------------ registering

    def token(self, token: str = "test-token", *, expires: datetime = _FAR_FUTURE) -> str:  # noqa: S107
        """Answer every token request with ``token`` (valid until ``expires``); returns it."""
        from telegent.types import Token  # noqa: PLC0415 - records load on first use

        answer = Token(successful=True, token=token, token_expiry=expires)
        op = _token_operation()
        self.add(op.call, returns=answer, reveal_secrets=True, optional=True)
        return token

    def add(
        self,
        call: str,
        /,
        returns: Any = None,
        *,
        json: Any = None,
        status_code: int = 200,
        headers: Mapping[str, str] | None = None,
        times: int = 1,
        optional: bool = False,
        reveal_secrets: bool = False,
        args: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Answer ``call`` (``"orders.get"``) when sent with these arguments.

        Arguments are the SDK method's keywords (``order_id="JNUOID-1"``); the ones not
        given match anything (the page size a pager picks, the default effective date).
        The answer: ``returns`` (a record, a list of records, or a mapping of wire JSON),
        or ``json=`` for any wire JSON, or nothing (an empty 2xx). A parameter named like
        one of this method's own keywords goes in ``args={...}``.
        """
        op = resolve(call)
        given = {**(args or {}), **kwargs}
        expected = _expected_wire(op, given)
        if returns is not None and json is not None:
            raise TypeError("add() takes returns= or json=, not both")
        payload = json
        if returns is not None:
            is_record = isinstance(returns, Record) or (
                isinstance(returns, list) and all(isinstance(r, Record) for r in returns)
            )
            payload = wire_body(returns, reveal_secrets=reveal_secrets) if is_record else returns
        if times < 1:
            raise ValueError(f"times must be at least 1, got {times!r}")
        response = (
            httpx.Response(
                status_code,
                headers=headers,
                json=payload,
            )
            if payload is not None
            else httpx.Response(status_code, headers=headers)
        )
        shown = _shown(op, given)
        self._routes.append(_Route(op, expected, shown, response, times, optional))

    def add_error(
        self,
        call: str,
        /,
        status_code: int,
        message: str | None = None,
        *,
        times: int = 1,
        headers: Mapping[str, str] | None = None,
        args: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Answer ``call`` with the API's error body for ``status_code`` (its published
        message, plus ``message``)."""
        self.add(
            call,
            json=error_body(status_code, message),
            status_code=status_code,
            headers=headers,
            times=times,
            args=args,
            **kwargs,
        )

    # ------------------------------------------------------------------ asserting

    def calls(self, call: str | None = None) -> list[SentCall]:
        """What the SDK sent (``call``: only that SDK method's requests), in order."""
        if call is None:
            return list(self._sent)
        op = resolve(call)
        return [s for s in self._sent if s.call == op.call]

    def verify(self) -> None:
        """Fail on routes never used (unless optional) and on requests that had none."""
        problems = [f"- {m}" for m in self._misses]
        problems += [
            f"- {r.op.call}({r.shown}) was registered but never requested"
            for r in self._routes
            if not r.served and not r.optional
        ]
        if problems:
            raise UnmatchedRequest("telegent_httpx:\n" + "\n".join(problems))

    # ------------------------------------------------------------------ answering

    def _answer(self, request: httpx.Request) -> httpx.Response:
        line = f"{request.method} {request.url}"
        path = request.url.path[len(httpx.URL(self.base_url).path.rstrip("/")) :] or "/"
        try:
            match = find_operation(request.method, path)
        except MethodNotAllowed:
            match = None
        if match is None:
            self._miss(f"no Telegent operation has {line}")
        assert match is not None  # for mypy: _miss raises
        sent = _sent_wire(match.op, match.path_values, request)
        secrets = frozenset(p.name for p in match.op.params if is_secret_field(p.wire))
        self._sent.append(SentCall(match.op.call, _sdk_args(match.op, sent), request, secrets))
        route = self._route_for(match.op, sent)
        if route is None:
            self._miss(self._explain(match.op, sent, line))
        assert route is not None
        route.served += 1
        answer = route.response
        assert answer is not None
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def _route_for(self, op: Operation, sent: Mapping[str, Any]) -> _Route | None:
        candidates = [r for r in self._routes if r.matches(op, sent)]
        for route in candidates:
            if not route.spent:
                return route
        return candidates[-1] if candidates else None

    def _miss(self, message: str) -> None:
        self._misses.append(message)
        raise UnmatchedRequest(message)

    def _explain(self, op: Operation, sent: Mapping[str, Any], line: str) -> str:
        args = _shown(op, _sdk_args(op, sent))
        text = f"no answer registered for {op.call}({args}) ({line})"
        known = [r.shown for r in self._routes if r.op.id == op.id]
        if known:
            text += "; registered for it: " + "; ".join(f"({s})" for s in known)
        short = op.call.removeprefix("client.")
        if op is _token_operation():
            return text + "; register the token answer with telegent_httpx.token()"
        return text + f"; register one with telegent_httpx.add({short!r}, ..., returns=...)"


# --------------------------------------------------------------------------- names


def resolve(call: str) -> Operation:
    """The operation of an SDK call name: ``orders.get``, ``client.orders.get``,
    ``internal.subscriptions.create`` (``KeyError`` naming close matches if none)."""
    name = call.strip().removeprefix("client.")
    by_name = {op.call.removeprefix("client."): op for op in operations()}
    if name in by_name:
        return by_name[name]
    for op in operations():  # a hand-written helper or a declared pager built on it
        helpers = list(op.extensions.get("x-telegent-helpers") or ())
        pager = op.extensions.get("x-telegent-paginate")
        if isinstance(pager, Mapping) and isinstance(pager.get("method"), str):
            helpers.append(f"{op.resource}.{pager['method']}")
        if name in helpers and name != f"{op.resource}.{op.method}":
            raise KeyError(
                f"{call!r} is a helper that sends {op.call}(); register {op.call}(...) "
                f"with {op.call.removeprefix('client.')!r}"
            )
    close = difflib.get_close_matches(name, list(by_name), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise KeyError(f"no SDK method {call!r}{hint}")


def _shown(op: Operation, args: Mapping[str, Any]) -> str:
    """Arguments as a call would be written, secret ones masked."""
    secret = {p.name for p in op.params if is_secret_field(p.wire)}
    return ", ".join(f"{k}={'***' if k in secret else repr(v)}" for k, v in args.items())


def _token_operation() -> Operation:
    """The token exchange: the one operation sent without a token."""
    found = [op for op in operations() if not op.authenticated]
    if len(found) != 1:
        raise LookupError(f"expected one unauthenticated operation, found {len(found)}")
    return found[0]


# --------------------------------------------------------------------------- wire <-> args


def _expected_wire(op: Operation, given: Mapping[str, Any]) -> dict[str, Any]:
    """The wire value each given argument puts on the request (checked like the SDK)."""
    known = {p.name: p for p in op.params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        raise TypeError(
            f"{op.call}() has no argument {', '.join(unknown)} "
            f"(it takes {', '.join(known) or 'none'})"
        )
    out: dict[str, Any] = {}
    for name, value in given.items():
        p = known[name]
        wire = to_wire(value, p.schema, p.name)
        out[name] = _text(wire) if p.location in ("path", "query", "header") else wire
    return out


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_ABSENT = object()


def _sent_wire(
    op: Operation, path_values: Mapping[str, str], request: httpx.Request
) -> dict[str, Any]:
    """Each parameter's wire value as sent (text for path/query/header, JSON for body)."""
    body: Any = _ABSENT
    if request.content:
        try:
            body = json.loads(request.content)
        except ValueError:
            body = _ABSENT
    out: dict[str, Any] = {}
    for p in op.params:
        value = _sent_value(p, path_values, request, body)
        if value is not _ABSENT:
            out[p.name] = value
    return out


def _sent_value(p: Param, path_values: Mapping[str, str], request: httpx.Request, body: Any) -> Any:
    if p.location == "path":
        raw = path_values.get(p.wire)
        return unquote(raw) if raw is not None else _ABSENT
    if p.location == "query":
        return request.url.params.get(p.wire, _ABSENT)
    if p.location == "header":
        return request.headers.get(p.wire, _ABSENT)
    if body is _ABSENT:
        return _ABSENT
    if not p.wire:
        return body
    return body.get(p.wire, _ABSENT) if isinstance(body, dict) else _ABSENT


def _sdk_args(op: Operation, sent: Mapping[str, Any]) -> dict[str, Any]:
    schemas = {p.name: p for p in op.params}
    out: dict[str, Any] = {}
    for name, value in sent.items():
        p = schemas[name]
        typed = _from_text(value, p.schema) if p.location != "body" else value
        out[name] = _sdk_value(typed, p.schema)
    return out


def _sdk_value(value: Any, schema: Mapping[str, Any]) -> Any:
    """A wire value as the SDK takes it: SDK field names, ``date`` for US dates, a
    shorthand object (``{"Number": x}``) as its one value."""
    for key in ("anyOf", "oneOf"):
        members = schema.get(key)
        if isinstance(members, list) and members:
            return _sdk_value(value, _member_for(value, members))
    if isinstance(value, list):
        items = schema.get("items") or {}
        return [_sdk_value(v, items) for v in value]
    if isinstance(value, dict):
        props: Mapping[str, Any] = schema.get("properties") or {}
        shorthand = schema.get("x-telegent-shorthand")
        if isinstance(shorthand, str) and set(value) == {shorthand}:
            return _sdk_value(value[shorthand], props.get(shorthand, {}))
        return {
            field_name(k, props.get(k)): _sdk_value(v, props.get(k, {})) for k, v in value.items()
        }
    fmt = schema.get("x-telegent-format")
    if fmt == "us-date" and isinstance(value, str):
        try:
            return datetime.strptime(value, "%m/%d/%Y").date()
        except ValueError:
            return value
    return value


def _member_for(value: Any, members: Iterable[Mapping[str, Any]]) -> Mapping[str, Any]:
    kinds: dict[type, str] = {dict: "object", list: "array", str: "string"}
    kind = kinds.get(type(value))
    for member in members:
        if member.get("type") == kind:
            return member
    return next(iter(members))
