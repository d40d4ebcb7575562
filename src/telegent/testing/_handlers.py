"""HTTP layer of the fake: routing, auth, request validation, JSON in and out.

Validation follows the published request schemas; anything they do not allow is a
400 whose Message names the offending field and value, like the vendor's
"Bad request: ..." answers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any, Final
from urllib.parse import urlsplit

from .._base_client import TOKEN_OPERATION
from ._collections import INVENTORY_COLLECTION, NO_CONTENT, no_content_ops
from ._examples import example_for
from ._names import WireNames, pick, request_names
from ._operations import MethodNotAllowed, check_request, find_operation
from ._state import CHANGE_TYPES, State
from ._types import ApiError, FakeRequest, FakeResponse, decoded_body
from ._wire import dumps, error_body

__all__ = ["JSON_HEADERS", "ROUTES", "Route", "error_response", "respond", "route_for"]

JSON_HEADERS: Final = {"content-type": "application/json; charset=utf-8"}


# The request fields the stateful operations read, by the SDK's Python names; their wire
# names come from the operation registry (what the client sends), resolved at import.
class _TokenRequest(WireNames, request=TOKEN_OPERATION):
    account_key: str
    account_secret: str
    api_endpoint: str


class _Change(WireNames, request="changeNumberStatus"):
    change_type: str
    effective_date: str
    area_code: str
    zip_code: str
    numbers: str


class _ChangeItem(WireNames, request="changeNumberStatus", item="numbers"):
    number: str
    iccid: str


class _Update(WireNames, request="updateNumber"):
    number: str
    message_enabled: str
    voice_enabled: str
    message_type: str
    classification: str
    product_type: str
    iccid: str
    cnam_first_name: str
    cnam_last_name: str


class _Inventory(WireNames, request="listNumberInventory"):
    page_number: str
    page_size: str
    filter: str


class _GetOrder(WireNames, request="getOrder"):
    order_id: str


#: updateNumber's wire names <-> the SDK's Python names (what State.update_number takes).
_UPDATE_NAMES_BACK: Final = request_names("updateNumber")
_UPDATE_NAMES: Final = {wire: name for name, wire in _UPDATE_NAMES_BACK.items()}
_UPDATE_CHOICES: Final = pick(
    _UPDATE_NAMES_BACK, "message_type", "classification", "product_type", source="updateNumber"
)
_UPDATE_CNAM: Final = pick(
    _UPDATE_NAMES_BACK, "cnam_first_name", "cnam_last_name", source="updateNumber"
)


@cache
def _param_schema(op_id: str, name: str, item: str | None = None) -> Mapping[str, Any]:
    """A request value's schema as the registry carries it, by the parameter's Python name
    (with ``item``: the Python name of a field of the array parameter's items)."""
    from .._registry import operation  # noqa: PLC0415

    schema = operation(op_id).param(name).schema
    if item is not None:
        wire = request_names(op_id, name)[item]
        schema = (schema.get("items") or {}).get("properties", {}).get(wire, {})
    return schema


@cache
def _spec_pattern(op_id: str, name: str, item: str | None = None) -> re.Pattern[str]:
    # The pattern the spec gives the field: the SDK checks the same one before sending.
    return re.compile(str(_param_schema(op_id, name, item)["pattern"]))


@cache
def _body_fields(op_id: str, item: str | None = None) -> frozenset[str]:
    """The request body's wire fields (or an array parameter's item fields), from the
    registry; ``item`` is the parameter's Python name."""
    from .._registry import operation  # noqa: PLC0415

    params = [p for p in operation(op_id).params if p.location == "body" and p.wire]
    if item is None:
        return frozenset(p.wire for p in params)
    return frozenset(request_names(op_id, item).values())


def _choices(op_id: str, name: str) -> tuple[str, ...]:
    return tuple(_param_schema(op_id, name)["enum"])


def _matches(pattern: re.Pattern[str], value: str) -> bool:
    return pattern.search(value) is not None


def error_response(status: int, detail: str | None = None, **headers: str) -> FakeResponse:
    """An error answer with the spec's ``{"StatusCode", "Message"}`` body."""
    return FakeResponse(status, {**JSON_HEADERS, **headers}, dumps(error_body(status, detail)))


def _bad(detail: str) -> ApiError:
    return ApiError(400, detail)


def _no_extras(body: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    # The request schemas say additionalProperties: false; a misspelt field (Iccid for
    # ICCID) would otherwise be silently ignored.
    extras = sorted(set(body) - allowed)
    if extras:
        raise _bad(f"{where} has unknown field(s): {', '.join(extras)}.")


def _json_object(request: FakeRequest, allowed: frozenset[str]) -> dict[str, Any]:
    if not request.body.strip():
        raise _bad("The request body is required.")
    ok, body = decoded_body(request)
    if not ok:
        raise _bad("The request body is not valid JSON.")
    if not isinstance(body, dict):
        raise _bad("The request body must be a JSON object.")
    _no_extras(body, allowed, "The request body")
    return body


def _optional_str(body: Mapping[str, Any], name: str) -> str | None:
    if name not in body:
        return None
    value = body[name]
    if not isinstance(value, str):
        raise _bad(f"{name} must be a string, got {value!r}.")
    return value


def _required_str(body: Mapping[str, Any], name: str) -> str:
    value = _optional_str(body, name)
    if not value:
        raise _bad(f"The {name} field is required.")
    return value


def _phone_number(value: Any, name: str, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not _matches(pattern, value):
        raise _bad(f"{name} must be an E.164 phone number like +12016093801, got {value!r}.")
    return value


def _choice(body: Mapping[str, Any], name: str, allowed: tuple[str, ...]) -> str | None:
    value = _optional_str(body, name)
    if value is not None and value not in allowed:
        raise _bad(f"{name} must be one of {', '.join(allowed)}, got {value!r}.")
    return value


def _iccid(value: Any, name: str, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not _matches(pattern, value):
        raise _bad(f"{name} must be 18 to 20 digits (the last may be F), got {value!r}.")
    return value


# -- operations ---------------------------------------------------------------------


def _create_token(state: State, request: FakeRequest) -> dict[str, Any]:
    t = _TokenRequest
    body = _json_object(request, _body_fields(TOKEN_OPERATION))
    key = _required_str(body, t.account_key)
    secret = _required_str(body, t.account_secret)
    endpoint = _optional_str(body, t.api_endpoint)
    if endpoint is not None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise _bad(f"{t.api_endpoint} must be an absolute URL, got {endpoint!r}.")
    elif state.require_api_endpoint:
        raise _bad(f"The {t.api_endpoint} field is required.")
    return state.create_token(key, secret, endpoint or None)


def _change_status(state: State, request: FakeRequest) -> dict[str, Any]:
    op, c, ci = "changeNumberStatus", _Change, _ChangeItem
    body = _json_object(request, _body_fields(op))
    change = _required_str(body, c.change_type)
    if change not in CHANGE_TYPES:
        raise _bad(f"{c.change_type} must be one of {', '.join(CHANGE_TYPES)}, got {change!r}.")
    raw_date = _required_str(body, c.effective_date)
    try:
        if not _matches(_spec_pattern(op, "effective_date"), raw_date):
            raise ValueError(raw_date)
        effective = datetime.strptime(raw_date, "%m/%d/%Y").replace(tzinfo=UTC)
    except ValueError:
        raise _bad(f"{c.effective_date} must be a date MM/DD/YYYY, got {raw_date!r}.") from None
    area = _optional_str(body, c.area_code)
    if area is not None and not _matches(_spec_pattern(op, "area_code"), area):
        raise _bad(f"{c.area_code} must be 3 digits, got {area!r}.")
    zip_code = _optional_str(body, c.zip_code)
    if zip_code is not None and not _matches(_spec_pattern(op, "zip_code"), zip_code):
        raise _bad(f"{c.zip_code} must be 5 digits, got {zip_code!r}.")
    numbers = body.get(c.numbers)
    if not isinstance(numbers, list) or not numbers:
        raise _bad(
            f"{c.numbers} must be a non-empty array of {{{ci.number}, {ci.iccid}?}} objects."
        )
    items: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    fields = _body_fields(op, "numbers")
    number_pattern = _spec_pattern(op, "numbers", "number")
    for position, item in enumerate(numbers):
        # The label naming the item is built only for an error message.
        if not isinstance(item, dict):
            raise _bad(f"{c.numbers}[{position}] must be an object, got {item!r}.")
        if not fields.issuperset(item):
            _no_extras(item, fields, f"{c.numbers}[{position}]")
        number = item.get(ci.number)
        if not isinstance(number, str) or number_pattern.search(number) is None:
            number = _phone_number(number, f"{c.numbers}[{position}].{ci.number}", number_pattern)
        if number in seen:
            raise _bad(f"{c.numbers} lists {number} more than once.")
        seen.add(number)
        iccid = item.get(ci.iccid)
        # The docs offer ICCID for swap-sim only; the vendor's own sample sends it with
        # replace, so elsewhere a well-formed one is ignored rather than refused.
        if ci.iccid in item:
            iccid = _iccid(
                iccid, f"{c.numbers}[{position}].{ci.iccid}", _spec_pattern(op, "numbers", "iccid")
            )
        items.append((number, iccid if change == "swap-sim" else None))
    order = state.change_status(change, effective, items, area, zip_code)
    return order.as_status_change()


def _lowered(query: Mapping[str, str]) -> dict[str, str]:
    # ASP.NET binds query parameters case-insensitively; so does the fake.
    return {name.lower(): value for name, value in query.items()}


def _query(request: FakeRequest) -> dict[str, str]:
    return _lowered(request.query)


def _list_inventory(state: State, request: FakeRequest) -> dict[str, Any]:
    # check_query has held PageNumber and TotalNumbersRequested to the spec's schemas
    # (integers from 1); what is left is this fake's own page-size limit.
    q, query = _Inventory, _query(request)
    page = int(query.get(q.page_number.lower(), "1"))
    raw_size = query.get(q.page_size.lower(), str(state.default_page_size))
    if int(raw_size) > state.max_page_size:
        raise _bad(f"{q.page_size} must be from 1 to {state.max_page_size}, got {raw_size!r}.")
    filter_ = query.get(q.filter.lower()) or None
    return state.list_inventory(page, int(raw_size), filter_)


def _update_number(state: State, request: FakeRequest) -> dict[str, Any]:
    # ``changes`` is keyed by the SDK's Python names: State maps them to its records.
    op, u = "updateNumber", _Update
    body = _json_object(request, _body_fields(op))
    number = _phone_number(body.get(u.number), u.number, _spec_pattern(op, "number"))
    changes: dict[str, Any] = {}
    for wire in (u.message_enabled, u.voice_enabled):
        if wire in body:
            value = body[wire]
            if not isinstance(value, bool):
                raise _bad(f"{wire} must be a JSON boolean, got {value!r}.")
            changes[_UPDATE_NAMES[wire]] = value
    for name, wire in _UPDATE_CHOICES:
        choice = _choice(body, wire, _choices(op, name))
        if choice is not None:
            changes[name] = choice
    for wire in body:
        # A field naming another collection's record (its refers) carries that
        # collection's id prefix (MRID-, CRID-, TSUID-: declared in the overlay).
        prefix = state.collections.reference_prefix(INVENTORY_COLLECTION, wire)
        text = _optional_str(body, wire) if prefix is not None else None
        if prefix is not None and text is not None:
            if not text.startswith(prefix) or len(text) <= len(prefix):
                raise _bad(f"{wire} must look like {prefix}..., got {text!r}.")
            changes[_UPDATE_NAMES[wire]] = text
    if u.iccid in body:
        changes["iccid"] = _iccid(body[u.iccid], u.iccid, _spec_pattern(op, "iccid"))
    for name, wire in _UPDATE_CNAM:
        text = _optional_str(body, wire)
        if text is not None:
            changes[name] = text.strip()
    return state.update_number(number, changes)


def _get_order(state: State, request: FakeRequest) -> dict[str, Any]:
    wire = _GetOrder.order_id
    order_id = _query(request).get(wire.lower(), "").strip()
    if not order_id:
        raise _bad(f"The {wire} query parameter is required.")
    pattern = _spec_pattern("getOrder", "order_id")
    if not _matches(pattern, order_id):
        raise _bad(f"{wire} must match {pattern.pattern}, got {order_id!r}.")
    return state.get_order(order_id)


@dataclass(frozen=True)
class Route:
    """One operation of the fake API."""

    operation_id: str
    method: str
    path: str
    handler: Callable[[State, FakeRequest], dict[str, Any]]
    authenticated: bool = True


def _route(op_id: str, handler: Callable[[State, FakeRequest], dict[str, Any]]) -> Route:
    # Method, path and whether a token is needed: the registry's, as the client sends them.
    from .._registry import operation  # noqa: PLC0415

    op = operation(op_id)
    return Route(op_id, op.http_method.upper(), op.path, handler, op.authenticated)


#: Operations by lower-cased path (the vendor's router ignores case).
ROUTES: Final = {
    route.path.lower(): route
    for route in (
        _route(TOKEN_OPERATION, _create_token),
        _route("changeNumberStatus", _change_status),
        _route("listNumberInventory", _list_inventory),
        _route("updateNumber", _update_number),
        _route("getOrder", _get_order),
    )
}


def check_query(op_id: str, query: Mapping[str, str]) -> None:
    """Query parameters checked against the patched spec (the SDK's own rules)."""
    from .._registry import operation  # noqa: PLC0415
    from .._schema import SchemaError, check_wire  # noqa: PLC0415

    given = _lowered(query)  # the vendor's router binds names ignoring case
    for param in operation(op_id).params:
        if param.location != "query" or param.wire.lower() not in given:
            continue
        raw: Any = given[param.wire.lower()]
        if param.schema.get("type") == "integer" and raw.strip().lstrip("-").isdecimal():
            raw = int(raw)
        try:
            check_wire(raw, param.schema, param.wire)
        except SchemaError as exc:
            raise ApiError(400, str(exc)) from None


def check_body_rules(op_id: str, request: FakeRequest) -> None:
    """The body's fields and whole-body rules (``minProperties``) checked against the
    patched spec: the same rules the SDK applies before sending."""
    from .._registry import operation  # noqa: PLC0415
    from .._schema import SchemaError, check_wire  # noqa: PLC0415

    op = operation(op_id)
    rules = op.body_rules
    if not request.body:
        return
    ok, body = decoded_body(request)
    if not ok:
        return  # the handler answers malformed JSON itself
    if not isinstance(body, dict):
        return
    try:
        for param in op.params:
            if param.location == "body" and param.wire in body:
                check_wire(body[param.wire], param.schema, param.wire)
        if rules is not None:
            check_wire(body, rules, "body")
    except SchemaError as exc:
        raise ApiError(400, str(exc)) from None


def route_for(path: str) -> Route | None:
    """The operation serving ``path``, if any."""
    return ROUTES.get(path.rstrip("/").lower() or "/")


def respond(state: State, request: FakeRequest) -> FakeResponse:
    """Answer one request against ``state`` (no faults, no rate limit: see the fake)."""
    route = route_for(request.path)
    try:
        if route is not None and request.method.upper() == route.method:
            payload = _stateful(state, route, request)
        else:
            payload = _from_registry(state, request, route)
    except MethodNotAllowed as exc:
        return error_response(405, exc.detail, allow=exc.allow)
    except ApiError as exc:
        extra = {"allow": route.method} if exc.status == 405 and route is not None else {}
        return error_response(exc.status, exc.detail, **extra)
    if payload is NO_CONTENT:
        return FakeResponse(200, {}, b"")  # the spec declares no content: none is sent
    return FakeResponse(200, dict(JSON_HEADERS), dumps(payload))


def _stateful(state: State, route: Route, request: FakeRequest) -> Any:
    if route.authenticated:
        state.authorize(request.headers.get("authorization"), request.path)
    check_query(route.operation_id, request.query)
    check_body_rules(route.operation_id, request)
    return route.handler(state, request)


def _from_registry(state: State, request: FakeRequest, route: Route | None) -> Any:
    # Every operation the numbers/orders core does not keep: checked against the spec, then
    # answered by its declared collection (x-telegent-state), else from its example (or a
    # schema-valid instance), or with no content where the spec declares none.
    match = find_operation(request.method, request.path)
    if match is None:
        if route is not None:
            raise ApiError(405, f"{route.path} accepts {route.method} only.")
        raise ApiError(404, f"No operation at {request.path}.")
    if match.op.authenticated:
        state.authorize(request.headers.get("authorization"), request.path)
    check_request(match, request)
    op_id = match.op.id
    if state.collections.step_of(op_id) is not None:
        return state.collections.answer(op_id, request.query, _body(request))
    if op_id in no_content_ops():
        return NO_CONTENT
    return example_for(op_id)


def _body(request: FakeRequest) -> Any:
    # check_request has refused a body that is not JSON.
    return json.loads(request.body) if request.body.strip() else None
