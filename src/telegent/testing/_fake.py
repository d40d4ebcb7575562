"""FakeTelegent: the fake API's public face and its single request pipeline.

Every way of reaching the fake (sync transport, async transport, HTTP server) calls
:meth:`FakeTelegent.handle`; the shells only convert requests and honour ``delay``
and ``drop`` on the answer they get back.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import httpx

from .._logging import holds_secret, is_secret_field, is_secret_header, masked_header
from .._models import _record_class
from ._clock import Clock, FakeClock
from ._faults import GATEWAY_HTML, Fault, make_fault
from ._handlers import error_response, respond
from ._limits import refuse_deep_body
from ._operations import find_operation
from ._program import Programmed, load_seed_file, program, resolve_operation, seed_all
from ._ratelimit import SlidingWindow
from ._state import State
from ._transport import AsyncFakeTransport, FakeTransport
from ._types import (
    ApiError,
    FakeRequest,
    FakeResponse,
    FaultKind,
    RecordedRequest,
    decoded_body,
)

if TYPE_CHECKING:
    from .._registry import Operation
    from ..types import NumberRecord, OrderDetails

__all__ = ["FakeTelegent"]

_REDACTED = "[REDACTED]"


def _record(name: str, wire: dict[str, Any]) -> Any:
    # The generated record class of that name (telegent.types), parsed as the SDK would.
    return _record_class(name)._parse(wire)


def _redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    # The credential headers of the SDK's secret policy (Authorization, Cookie, ...).
    return {
        k: masked_header(v, _REDACTED) if is_secret_header(k) else v for k, v in headers.items()
    }


def _redact_body(request: FakeRequest) -> Any:
    if not request.body:
        return None
    ok, payload = decoded_body(request)
    if not ok:
        return None
    # The decoded body is this entry's own: kept as it is unless a secret is to be masked.
    # (A body nested past _redact's depth never gets here: handle refuses it first.)
    return _redact(payload, 0) if holds_secret(payload, _REDACTED) else payload


def _redact(value: Any, depth: int) -> Any:
    # Every field the SDK's secret policy names (the overlay's marks), at any depth.
    if depth > 64:
        return "<nested too deeply to log>"  # unseen, so possibly a secret
    # Strings and numbers are copied as they are, without a call each (a 100-number body
    # has 200 of them).
    if isinstance(value, dict):
        return {
            k: _REDACTED
            if v is not None and is_secret_field(k)
            else (v if v.__class__ in _LEAVES else _redact(v, depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [v if v.__class__ in _LEAVES else _redact(v, depth + 1) for v in value]
    return value


_LEAVES = frozenset({str, int, float, bool, type(None)})


def _operation_of(request: FakeRequest) -> Operation | None:
    # The registry operation a request names (None: no such path or method).
    try:
        match = find_operation(request.method, request.path)
    except ApiError:
        return None
    return None if match is None else match.op


class FakeTelegent:
    """A stateful, in-memory, seeded fake of the Telegent mPaaS Numbers API.

    Serves ``POST /v1.0/oauth2/tokens``, ``POST /v1.0/numbers/status``,
    ``GET /v1.0/numbers/inventory``, ``POST /v1.0/numbers/update`` and
    ``GET /v1.0/numbers/order`` statefully, with the published wire format. Same seed,
    same inventory and the same order ids, request after request.

    Every other operation of the generated client (``generated/api.md``) is served too:
    found by method and path template (case ignored), its request checked against the
    patched spec with the SDK's own rules (400 naming the bad value), its token checked
    as the spec's security says. An operation of a collection the overlay declares
    (``x-telegent-state``: webhooks, routes, subscribers, services, ...) acts on that
    collection's records: create gives a new id in the vendor's format, get/update/delete
    of an unknown id answer 404, list answers what is there; ``numbers.get`` reads the
    inventory. Any other answers the spec's example of its success response
    (``sdk/examples.py``), else a schema-valid instance of its record. Answers are shaped
    to the schema the spec declares, with no content where it declares none. Programmed
    answers (:meth:`respond`), faults, the rate limit and the request log apply to every
    operation.

    Assertion helpers (:meth:`get_number`, :meth:`iter_numbers`, :meth:`get_order`)
    return the SDK's records (``NumberRecord``, ``OrderDetails``); their ``*_wire``
    twins return the bodies as the API sends them.

    Behaviour, where the vendor's docs leave room:

    - Tokens: HS256 JWTs, valid ``token_lifetime`` seconds on ``clock``. A token asked
      for with ``ApiEndpoint`` works on that endpoint's path only (403 elsewhere).
      Missing, malformed, foreign, revoked or expired tokens: 401.
    - Inventory: ``PageNumber`` from 1 (default 1), ``TotalNumbersRequested`` page size
      (default 100, at most ``max_page_size``), both else 400. ``Filter`` keeps records
      whose Status, NumberType, Classification, MessageType or ProductType equals it,
      ignoring case (``Active``, ``Parked``, ``IoT``, ``a2p``, ``Sms+Data`` ...); an
      unknown filter gives 0 results. ``TotalResults`` counts every page; a page past
      the end has no PhoneNumbers.
    - Status changes are validated (400 naming the field), then applied at once and
      all-or-nothing: ``activate`` -> Active, ``park`` -> Parked, ``cancel`` removes the
      number, ``swap`` gives the line a new number (AreaCode, else ZipCode's area, else
      random; the record keeps everything else), ``replace`` also gives it a new Tnid,
      TNOID and purchase date, ``swap-sim`` sets the ICCID (given, or a new one) and
      spends one of SwapsRemaining. Numbers not on the account: 404, nothing applied.
      An order whose numbers are configured with :meth:`fail_numbers`, or a swap-sim
      with SwapsRemaining 0 (:data:`SWAP_LIMIT_MESSAGE`), is accepted but nothing is
      applied and the order ends in ``Error``.
    - Orders answer ``Pending`` until polled ``polls_to_complete`` times through
      GET /v1.0/numbers/order, then ``Complete`` or ``Error``. Updates apply at once
      and their order is ``Complete`` from the start.
    - Every request (token requests included) counts against ``rate_limit`` per
      ``rate_window`` seconds, a sliding window; over it: 429 with Retry-After.
    """

    def __init__(
        self,
        numbers: int = 1000,
        seed: int = 1,
        account_key: str = "DID-fake",
        account_secret: str = "fake-secret",  # noqa: S107 - the fake's demo credential
        clock: Clock | None = None,
        *,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        token_lifetime: float = 3600.0,
        rate_limit: int | None = 50,
        rate_window: float = 60.0,
        polls_to_complete: int = 2,
        default_page_size: int = 100,
        max_page_size: int = 1000,
        require_api_endpoint: bool = False,
        records: Mapping[str, Iterable[Mapping[str, Any]]] | None = None,
        seed_file: str | os.PathLike[str] | None = None,
    ) -> None:
        """Create a fake account.

        Args:
            numbers: how many numbers the account owns (0 to 10,000,000; built lazily).
            seed: makes the inventory, order ids and new numbers reproducible.
            account_key, account_secret: the only credentials POST /v1.0/oauth2/tokens accepts.
            clock: returns POSIX seconds (default :func:`time.time`); drives token expiry,
                the rate limit and every timestamp. A :class:`FakeClock` makes runs repeatable.
            sleep, async_sleep: how the transports wait out injected latency. Default:
                the FakeClock's own sleeps when ``clock`` is one, else time.sleep/asyncio.sleep.
            token_lifetime: seconds a token stays valid.
            rate_limit: requests accepted per ``rate_window`` seconds (None: no limit).
            polls_to_complete: GET /v1.0/numbers/order polls an order stays Pending for
                (0: the status change answers with the final status at once).
            default_page_size, max_page_size: TotalNumbersRequested default and upper bound.
            require_api_endpoint: refuse token requests without ApiEndpoint (400), as the
                vendor's knowledge base says some accounts do.
            records: records to start with, by collection (``{"webhooks": [{...}]}``, wire
                names; see :meth:`add_records`).
            seed_file: a JSON file of the same shape, loaded before ``records``.
        """
        if not isinstance(account_key, str) or not account_key:
            raise ValueError(f"account_key must be a non-empty string, got {account_key!r}")
        if not isinstance(account_secret, str) or not account_secret:
            raise ValueError("account_secret must be a non-empty string")
        if token_lifetime <= 0:
            raise ValueError(f"token_lifetime must be positive, got {token_lifetime!r}")
        if polls_to_complete < 0:
            raise ValueError(f"polls_to_complete must be >= 0, got {polls_to_complete!r}")
        if not 1 <= default_page_size <= max_page_size:
            raise ValueError(
                f"need 1 <= default_page_size ({default_page_size!r}) "
                f"<= max_page_size ({max_page_size!r})"
            )
        self.seed = seed
        self.clock: Clock = clock if clock is not None else time.time
        if isinstance(clock, FakeClock):
            self.sleep: Callable[[float], None] = sleep or clock.sleep
            self.async_sleep: Callable[[float], Awaitable[None]] = async_sleep or clock.async_sleep
        else:
            self.sleep = sleep or time.sleep
            self.async_sleep = async_sleep or asyncio.sleep
        self._state = State(
            numbers=numbers,
            seed=seed,
            account_key=account_key,
            account_secret=account_secret,
            clock=self.clock,
            token_lifetime=token_lifetime,
            polls_to_complete=polls_to_complete,
            default_page_size=default_page_size,
            max_page_size=max_page_size,
            require_api_endpoint=require_api_endpoint,
        )
        self._account_secret = account_secret
        self._limiter = None if rate_limit is None else SlidingWindow(rate_limit, rate_window)
        self._faults: list[Fault] = []
        self._programmed: list[Programmed] = []
        self._lock = threading.RLock()
        #: Every request that reached the fake, oldest first, with secrets redacted.
        self.requests: list[RecordedRequest] = []
        if seed_file is not None:
            seed_all(self._state.collections, load_seed_file(seed_file))
        if records is not None:
            seed_all(self._state.collections, records)

    def __repr__(self) -> str:
        return (
            f"FakeTelegent(numbers={len(self._state.inventory)}, seed={self.seed!r}, "
            f"account_key={self.account_key!r}, orders={len(self._state.orders)})"
        )

    # -- credentials -----------------------------------------------------------------------

    @property
    def account_key(self) -> str:
        """The AccountKey the fake accepts."""
        return self._state.account_key

    @property
    def account_secret(self) -> str:
        """The AccountSecret the fake accepts (kept out of repr)."""
        return self._account_secret

    @property
    def account_id(self) -> str:
        """The ``AID-...`` the inventory reports."""
        return self._state.inventory.account_id

    def issue_token(self, api_endpoint: str | None = None) -> str:
        """A valid token without an HTTP round trip (scoped to ``api_endpoint`` if given)."""
        with self._lock:
            body = self._state.create_token(self.account_key, self._account_secret, api_endpoint)
        return str(body["token"])

    def revoke_tokens(self) -> None:
        """Make every token issued so far invalid (requests with them get 401)."""
        with self._lock:
            self._state.mint.revoke_all()

    # -- state -----------------------------------------------------------------------------

    @property
    def polls_to_complete(self) -> int:
        """GET /v1.0/numbers/order polls a new status-change order stays Pending for."""
        return self._state.polls_to_complete

    @polls_to_complete.setter
    def polls_to_complete(self, value: int) -> None:
        if value < 0:
            raise ValueError(f"polls_to_complete must be >= 0, got {value!r}")
        self._state.polls_to_complete = value

    @property
    def number_count(self) -> int:
        """How many numbers the account holds now (cancelled ones are gone)."""
        return len(self._state.inventory)

    def get_number(self, number: str) -> NumberRecord | None:
        """The inventory record holding ``number`` as the SDK's record, or None."""
        wire = self.get_number_wire(number)
        return None if wire is None else _record("NumberRecord", wire)

    def get_number_wire(self, number: str) -> dict[str, Any] | None:
        """A copy of the inventory record holding ``number`` as the API sends it
        (wire names, ``"true"`` booleans and all), or None."""
        with self._lock:
            record = self._state.inventory.get(number)
            return None if record is None else dict(record)

    def iter_numbers(self) -> Iterator[NumberRecord]:
        """Every inventory record as the SDK's record, in inventory order.

        Lazy and unlocked: do not change the fake from another thread while iterating.
        """
        for wire in self.iter_numbers_wire():
            yield _record("NumberRecord", wire)

    def iter_numbers_wire(self) -> Iterator[dict[str, Any]]:
        """Copies of every inventory record as the API sends them, in inventory order."""
        for record in self._state.inventory:
            yield dict(record)

    def get_order(self, order_id: str) -> OrderDetails | None:
        """An order as the SDK's record (without counting a poll), or None if unknown."""
        wire = self.get_order_wire(order_id)
        return None if wire is None else _record("OrderDetails", wire)

    def get_order_wire(self, order_id: str) -> dict[str, Any] | None:
        """An order's OrderDetails body as the API sends it (no poll counted), or None."""
        with self._lock:
            order = self._state.orders.get(order_id)
            return None if order is None else order.as_details()

    @property
    def order_ids(self) -> list[str]:
        """Ids of every order created so far, oldest first."""
        return list(self._state.orders)

    def complete_orders(self) -> None:
        """Move every Pending order to its final status (Complete or Error) now."""
        with self._lock:
            for order in self._state.orders.values():
                order.polls = order.polls_needed

    def fail_numbers(self, failures: Mapping[str, str]) -> None:
        """Make orders touching these numbers end in Error with the given CODE-TEXT message.

        ``{"+12016093801": "8A-ACCOUNT_NUM_REQ_OR_INCORRECT"}``: a status change or
        update that includes the number is accepted (200) but its order ends in
        ``Error`` with that ``OrderStatusMessage``, and nothing in it is applied.
        Stays in force until :meth:`clear_failures`, and works for numbers that are
        not on the account too (such an order lists them instead of answering 404).
        """
        for number, message in failures.items():
            if not isinstance(message, str) or not message:
                raise ValueError(f"failure message for {number!r} must be a non-empty string")
        with self._lock:
            self._state.failures.update(failures)

    def clear_failures(self) -> None:
        """Forget every number configured with :meth:`fail_numbers`."""
        with self._lock:
            self._state.failures.clear()

    def reset_rate_limit(self) -> None:
        """Forget the requests counted against the rate limit."""
        with self._lock:
            if self._limiter is not None:
                self._limiter.reset()

    def clear_requests(self) -> None:
        """Empty :attr:`requests`."""
        with self._lock:
            self.requests.clear()

    # -- collections (x-telegent-state) ----------------------------------------------------

    def add_records(self, collection: str, records: Iterable[Mapping[str, Any]]) -> list[str]:
        """Add records to a collection (``"webhooks"``, ``"subscribers"``, ...); their ids.

        Records use wire names (``{"WebhookUrl": "https://example.com/hook"}``). One without
        its id field gets a new id in the vendor's format; fields left out come from the
        spec's example. Each is checked against the spec first (``ValueError`` naming the
        bad field). ``"numbers"`` updates inventory records by ``Number``.
        """
        with self._lock:
            return self._state.collections.seed(collection, records)

    def load_records(self, path: str | os.PathLike[str]) -> None:
        """Add the records of a seed file (a JSON object: collection -> list of records)."""
        loaded = load_seed_file(path)
        with self._lock:
            seed_all(self._state.collections, loaded)

    def records(self, collection: str) -> list[dict[str, Any]]:
        """Copies of a collection's records as the API sends them, oldest first."""
        with self._lock:
            return list(self._state.collections.records(collection))

    def record(self, collection: str, record_id: str) -> dict[str, Any] | None:
        """A copy of one record of a collection by its id, or None (deleted, never made)."""
        with self._lock:
            return self._state.collections.record(collection, record_id)

    # -- programmed answers ----------------------------------------------------------------

    def respond(
        self,
        operation: str,
        body: Any = None,
        *,
        status: int = 200,
        times: int | None = 1,
        headers: Mapping[str, str] | None = None,
    ) -> Programmed:
        """Answer the next ``times`` calls of ``operation`` with ``body`` (JSON; None: no
        content) and ``status``, instead of the fake's own answer (nothing is changed).

        ``operation`` is an operationId (``"createWebhook"``) or an SDK call
        (``"webhooks.create"``). A 2xx body must fit the spec's schema for that answer
        (``ValueError`` naming the field otherwise). Programmed answers come before
        faults and are used in the order they were programmed.
        """
        op = resolve_operation(operation)
        answer = program(op, body, status=status, headers=headers, times=times)
        with self._lock:
            self._programmed.append(answer)
        return answer

    def fail(
        self,
        operation: str,
        status: int | None = None,
        *,
        fault: FaultKind | str = FaultKind.STATUS,
        times: int | None = 1,
        retry_after: int | None = None,
        after_processing: bool = False,
        seconds: float | None = None,
    ) -> Fault:
        """Make the next ``times`` calls of ``operation`` fail: ``status`` (default 503) with
        the spec's error body, or another ``fault`` (see :meth:`inject`)."""
        op = resolve_operation(operation)
        return self.inject(
            fault,
            times=times,
            path=op.path,
            method=op.http_method,
            status=status,
            seconds=seconds,
            after_processing=after_processing,
            retry_after=retry_after,
        )

    def calls(self, operation: str) -> list[RecordedRequest]:
        """The recorded requests of one operation (id or SDK call), oldest first."""
        op = resolve_operation(operation)
        with self._lock:
            return [r for r in self.requests if r.operation == op.id]

    def clear_programmed(self) -> None:
        """Forget every programmed answer not used yet."""
        with self._lock:
            self._programmed.clear()

    def _take_programmed(self, operation: Operation | None) -> Programmed | None:
        if operation is None:
            return None
        for answer in self._programmed:
            if answer.op.id == operation.id:
                if answer.remaining is not None and answer.remaining <= 1:
                    self._programmed.remove(answer)
                return answer
        return None

    # -- faults ----------------------------------------------------------------------------

    def inject(
        self,
        kind: FaultKind | str,
        *,
        times: int | None = 1,
        path: str | None = None,
        method: str | None = None,
        status: int | None = None,
        seconds: float | None = None,
        after_processing: bool = False,
        error: type[httpx.TransportError] | None = None,
        retry_after: int | None = None,
    ) -> Fault:
        """Make the next ``times`` matching requests fail in the way ``kind`` says.

        - ``STATUS``: answer ``status`` (default 503) with the spec's error body and,
          if ``retry_after`` is given, a Retry-After header.
        - ``LATENCY``: answer after ``seconds``; past the client's read timeout the
          transport raises :class:`httpx.ReadTimeout` (the server has still acted).
        - ``DROP``: raise ``error`` instead of answering (default ConnectError, or
          RemoteProtocolError with ``after_processing=True``); the HTTP server closes the
          socket instead.
        - ``HTML``: a gateway's HTML page with ``status`` (default 502).
        - ``TRUNCATED``: the real answer, its body cut in half.

        ``after_processing=True`` (STATUS, DROP) lets the server act on the request
        before failing: the change happened, but the client cannot know.
        ``path``/``method`` restrict the fault to matching requests. Faults fire in
        the order they were injected; each request meets at most one.
        """
        fault = make_fault(
            kind,
            times=times,
            path=path,
            method=method,
            status=status,
            seconds=seconds,
            after_processing=after_processing,
            error=error,
            retry_after=retry_after,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def fail_next(self, times: int = 1, status: int = 503, *, path: str | None = None) -> Fault:
        """Shorthand for ``inject(FaultKind.STATUS, times=times, status=status, path=path)``."""
        return self.inject(FaultKind.STATUS, times=times, status=status, path=path)

    @property
    def faults(self) -> list[Fault]:
        """Faults still waiting to fire."""
        with self._lock:
            return [f for f in self._faults if not f.exhausted]

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        with self._lock:
            self._faults.clear()

    def _take_fault(self, request: FakeRequest) -> Fault | None:
        for fault in self._faults:
            if fault.matches(request):
                fault.consume()
                if fault.exhausted:
                    self._faults.remove(fault)
                return fault
        return None

    # -- the pipeline ----------------------------------------------------------------------

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request: log it, apply faults and the rate limit, then the API."""
        too_deep = refuse_deep_body(request)  # before anything parses it (RecursionError)
        if too_deep is not None:
            return too_deep
        with self._lock:
            entry = RecordedRequest(
                method=request.method.upper(),
                path=request.path,
                query=dict(request.query),
                json=_redact_body(request),
                headers=_redact_headers(request.headers),
            )
            operation = _operation_of(request)
            entry.operation = None if operation is None else operation.id
            self.requests.append(entry)
            programmed = self._take_programmed(operation) if self._programmed else None
            if programmed is not None:
                entry.status = programmed.status
                return programmed.response()
            fault = self._take_fault(request)
            response = self._with_fault(fault, request) if fault else self._process(request)
            entry.status = None if response.drop is not None else response.status
            entry.fault = fault.kind if fault else None
            return response

    def _process(self, request: FakeRequest) -> FakeResponse:
        if self._limiter is not None:
            retry_after = self._limiter.acquire(self.clock())
            if retry_after is not None:
                return error_response(429, None, **{"retry-after": str(retry_after)})
        return respond(self._state, request)

    def _with_fault(self, fault: Fault, request: FakeRequest) -> FakeResponse:
        kind = fault.kind
        if kind is FaultKind.LATENCY:
            return replace(self._process(request), delay=fault.seconds)
        if kind is FaultKind.TRUNCATED:
            real = self._process(request)
            return replace(real, body=real.body[: max(1, len(real.body) // 2)])
        if kind is FaultKind.HTML:
            return FakeResponse(fault.status, {"content-type": "text/html"}, GATEWAY_HTML)
        if fault.after_processing:
            self._process(request)
        if kind is FaultKind.DROP:
            return FakeResponse(0, {}, b"", drop=fault.error)
        extra = {} if fault.retry_after is None else {"retry-after": str(fault.retry_after)}
        return error_response(fault.status, None, **extra)

    # -- plugs -------------------------------------------------------------------------------

    def transport(self) -> FakeTransport:
        """An :class:`httpx.BaseTransport` answering from this fake (no sockets)."""
        return FakeTransport(self)

    def async_transport(self) -> AsyncFakeTransport:
        """An :class:`httpx.AsyncBaseTransport` answering from this fake (no sockets)."""
        return AsyncFakeTransport(self)
