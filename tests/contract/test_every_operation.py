"""Every operation of the registry (public and x-internal), called through the real SDK.

Arguments come from ``_arguments.build_call`` (the vendor's request example, or
schema-valid values): no operation is written out by hand. Each call goes

* to Prism (one process for the session, ``scripts/mock``: request validation on,
  ``--errors``): the call must return the method's declared type, Prism must log no
  violation for any of its requests (checked per operation with the log barrier of
  ``_prism``), send no ``sl-violations`` header, and openapi-core must pass the requests
  and Prism's answers;
* to FakeTelegent, sync and async: the same, with the fake's answers validated by
  openapi-core.

Array answers: until array returns are typed (branch h14B), a method whose answer is a
JSON array may return either a typed list or its current record; ``_is_declared``
checks against whatever the method's annotation declares.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from telegent import APIResponseValidationError, AsyncTelegent, Telegent
from telegent._registry import Operation, operations
from telegent.testing import FakeClock, FakeTelegent
from telegent.testing._collections import Collections, collections_table, no_content_ops

from ._arguments import (
    build_call,
    cycle,
    short,
    vendor_example_problems,
    wire_request,
    with_values,
)
from ._prism import RECEIVED, PrismServer
from ._spec import (
    TALLY,
    Recorder,
    assert_exchanges_conform,
    operation_count,
    request_errors,
    spec_dict,
    spec_server,
)

OPS = operations()
IDS = [op.id for op in OPS]

# The vendor's request examples (x-codeSamples "JSON") that break the patched spec, with
# a fragment of the validator's message and why. Their bodies are built from the schema.
# The test fails when this list goes stale either way.
VENDOR_EXAMPLES_THAT_BREAK_THE_SPEC: dict[str, tuple[str, str]] = {
    "updateMessageRoute": (
        "None for not nullable",
        "CallbackMessageAuthenticationType/Username/PasswordToken are null in the example; "
        "the schema declares them non-nullable strings",
    ),
    "updateVoiceRoute": (
        "field 'AccountId' is no parameter",
        "the example sends AccountId, which the request schema does not declare",
    ),
    "createAccount": (
        "None for not nullable",
        "the example's nested address/admin fields are null; the schema declares them "
        "non-nullable strings",
    ),
}

# Vendor examples that fit the schema but break a rule the SDK checks before sending,
# with a fragment of the SDK's message and why; their calls get lean schema values.
SDK_REFUSES_THE_VENDOR_EXAMPLE: dict[str, tuple[str, str]] = {
    "changeNumberStatus": (
        "ICCIDs are only accepted for swap-sim",
        "the example is a 'replace' whose PhoneNumbers carry ICCIDs; only swap-sim takes "
        "ICCIDs (the API refuses them elsewhere)",
    ),
}
REFUSED = frozenset(SDK_REFUSES_THE_VENDOR_EXAMPLE)

# Operations Prism cannot fully serve, with Prism's exact log message. Their requests
# still pass its validation (asserted); only the answer's body is missing. The test
# fails if Prism stops saying so (stale entry).
NO_CONTENT = "Unable to find content for application/json"
PRISM_CANNOT_SERVE: dict[str, str] = {
    # The patched spec's 200 for these declares no content (vendor gap; overlay's to fix).
    "updateService": NO_CONTENT,
    "deleteService": NO_CONTENT,
}
PASSED = "The request passed the validation rules"


def _op_params() -> list[Any]:
    """The operations as parameters, named by operationId."""
    return [pytest.param(op, id=op.id) for op in OPS]


# Before the Prism example token's tokenExpiry (05/02/2025), so it counts as valid.
PRISM_NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


def _method(client: Telegent | AsyncTelegent, op: Operation) -> Any:
    where: Any = client.internal if op.internal else client
    return getattr(getattr(where, op.resource), op.method)


def _is_declared(result: Any, annotation: Any) -> bool:
    """``result`` is a value of ``annotation`` (a record class or ``list[Record]``)."""
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return isinstance(result, list) and all(_is_declared(r, item) for r in result)
    return isinstance(annotation, type) and isinstance(result, annotation)


def _answers_an_array(op: Operation) -> bool:
    """The patched spec's 200 answer of ``op`` is a JSON array."""
    operation = spec_dict()["paths"][op.path][op.http_method.lower()]
    media = operation["responses"]["200"].get("content", {}).get("application/json", {})
    return bool(media.get("schema", {}).get("type") == "array")


def _check_result(client: Telegent | AsyncTelegent, op: Operation, outcome: Any) -> None:
    """``outcome`` (result or exception) is what the method declares.

    A JSON-array answer may still fail to parse into an untyped record (typed arrays
    come with h14B); once the method declares ``list[...]`` this accepts only that.
    """
    declared = _declared(client, op)
    if isinstance(outcome, APIResponseValidationError) and op.id in no_content_ops():
        # The fake answers no content where the spec declares none, as the API does; the
        # SDK reading such an answer is issue 19's (until then it raises, as in production).
        assert "came with an empty body" in str(outcome), f"{op.call}: {outcome!r}"
        return
    if isinstance(outcome, APIResponseValidationError):
        untyped_array = _answers_an_array(op) and typing.get_origin(declared) is not list
        assert untyped_array and "got list" in str(outcome), f"{op.call}: {outcome!r}"
        return
    assert not isinstance(outcome, BaseException), f"{op.call} failed: {outcome!r}"
    assert _is_declared(outcome, declared), (type(outcome), declared)


def _declared(client: Telegent | AsyncTelegent, op: Operation) -> Any:
    return typing.get_type_hints(_method(client, op))["return"]


def test_the_vendor_examples_that_break_the_spec_are_the_listed_ones() -> None:
    broken = {op.id: vendor_example_problems(op) for op in OPS if vendor_example_problems(op)}
    assert set(broken) == set(VENDOR_EXAMPLES_THAT_BREAK_THE_SPEC), {
        k: [short(p) for p in v] for k, v in broken.items()
    }
    for op_id, (fragment, _why) in VENDOR_EXAMPLES_THAT_BREAK_THE_SPEC.items():
        assert any(fragment in p for p in broken[op_id]), (op_id, broken[op_id])


class WouldSend(Exception):
    """Raised by :class:`StopTransport`: the SDK accepted the arguments and sent."""


class StopTransport(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise WouldSend(request.url.path)


def test_the_vendor_examples_the_sdk_refuses_are_the_listed_ones() -> None:
    """Every fitting vendor example reaches the wire, except the listed ones (refused
    before any request, with the listed message)."""
    refused: dict[str, str] = {}
    with Telegent(account_key="DID-k", account_secret="s", transport=StopTransport()) as client:
        for op in OPS:
            call = build_call(op)
            if call.source != "vendor example":
                continue
            try:
                _method(client, op)(**call.kwargs)
            except WouldSend:
                continue
            except (ValueError, TypeError) as exc:
                refused[op.id] = str(exc)
    assert set(refused) == set(SDK_REFUSES_THE_VENDOR_EXAMPLE), refused
    for op_id, (fragment, _why) in SDK_REFUSES_THE_VENDOR_EXAMPLE.items():
        assert fragment in refused[op_id], refused[op_id]


def test_every_operation_gets_arguments_that_fit_the_spec() -> None:
    """The builder's arguments fit the patched spec for every operation (openapi-core)."""
    problems = {}
    for op in OPS:
        call = build_call(op, refused=REFUSED)
        errors = request_errors(wire_request(op, call.body, call.query))
        if errors:
            problems[op.id] = [short(e) for e in errors]
    assert problems == {}
    sources = [build_call(op, refused=REFUSED).source for op in OPS]
    assert sources.count("vendor example") >= len(OPS) // 2, sources


# ------------------------------------------------------------------------------ Prism


class PrismCaller:
    """One sync client on Prism for the whole module, recording its wire."""

    def __init__(self, prism: PrismServer) -> None:
        self.prism = prism
        self.recorder = Recorder()
        self.client = Telegent(
            base_url=prism.base_url,
            account_key="DID-contract",
            account_secret="contract-secret",
            transport=self.recorder.sync(httpx.HTTPTransport()),
            clock=FakeClock(PRISM_NOW),
        )


@pytest.fixture(scope="module")
def on_prism(prism: PrismServer) -> Iterator[PrismCaller]:
    caller = PrismCaller(prism)
    yield caller
    caller.client.close()


@pytest.mark.prism
@pytest.mark.parametrize("op", _op_params())
def test_every_operation_passes_prism_request_validation(
    op: Operation, on_prism: PrismCaller
) -> None:
    call = build_call(op, refused=REFUSED)
    prism, recorder = on_prism.prism, on_prism.recorder
    start, first = prism.mark(), len(recorder.exchanges)
    outcome: Any
    try:
        outcome = _method(on_prism.client, op)(**call.kwargs)
    except Exception as exc:  # noqa: BLE001 - judged below
        outcome = exc
    exchanges = recorder.exchanges[first:]
    segment = prism.segment(start, len(exchanges), "contract-token")  # Prism takes any
    log = "\n".join(segment.lines)
    # Every request Prism received passed its request validation: 0 violations. (The
    # previous barrier's last lines may open the segment: count from the first request.)
    first_line = next(i for i, line in enumerate(segment.lines) if RECEIVED.search(line))
    own = segment.lines[first_line:]
    assert sum(PASSED in line for line in own) == segment.received, log
    violations = segment.violations
    if op.id in PRISM_CANNOT_SERVE:
        served = [line for line in violations if PRISM_CANNOT_SERVE[op.id] in line]
        assert served, f"{op.id} is listed as not servable by Prism, but:\n{log}"
        violations = [line for line in violations if line not in served]
    TALLY.prism_violations += len(violations)
    assert violations == [], f"{op.call}({call.kwargs}):\n{log}"
    assert segment.received == len(exchanges) >= 1, log
    assert all(e.response is not None for e in exchanges)
    assert not [e for e in exchanges if "sl-violations" in e.response.headers]  # type: ignore[union-attr]
    if op.id in PRISM_CANNOT_SERVE:  # declared without content: the method returns None
        assert outcome is None, repr(outcome)
    else:
        _check_result(on_prism.client, op, outcome)
    assert_exchanges_conform(exchanges, host_url=spec_server(), tally="prism")
    TALLY.operations_on_prism.add(op.id)


# ------------------------------------------------------------------------------- fake


@pytest.fixture
def fake() -> FakeTelegent:
    fake = FakeTelegent(numbers=12, seed=14, clock=FakeClock(), rate_limit=None)
    # One order to look up (the fake acts only on orders it made).
    with httpx.Client(transport=fake.transport(), base_url=spec_server()) as http:
        answer = http.post(
            "/v1.0/numbers/status",
            json={
                "StatusChange": "activate",
                "EffectiveDate": "12/31/2023",
                "PhoneNumbers": [{"Number": str(next(fake.iter_numbers()).number)}],
            },
            headers={"Authorization": f"Bearer {fake.issue_token()}"},
        )
    assert answer.status_code == 200, answer.text
    # One record in each collection, to get, update and delete (the fake knows its ids only).
    for name, coll in collections_table().items():
        if coll.step("create") is not None:
            fake.add_records(name, [{}])
    return fake


def _fake_values(fake: FakeTelegent) -> dict[str, Any]:
    """Values the fake knows, by wire field name (any operation, any depth)."""
    numbers = [str(r.number) for r in fake.iter_numbers()][1:]
    values = {
        "AccountKey": cycle([fake.account_key]),
        "AccountSecret": cycle([fake.account_secret]),
        "Number": cycle(numbers),
        "OrderId": cycle(list(fake.order_ids)),
        "ICCID": cycle([str(r.iccid) for r in fake.iter_numbers()][1:]),
    }
    return values


def _record_id(
    fake: FakeTelegent, op: Operation, given: dict[str, Any] | None = None
) -> dict[str, Any]:
    """For an operation on one record of a collection: the keyword naming a record the
    fake holds (the spec leaves the id optional; the fake answers 400 without one)."""
    given = given or {}
    found = Collections.step_for(op.id)
    if found is None or not found[1].keys:
        return {}
    coll, step = found
    record = next(iter(fake.records(coll.name)), None) if coll.step("create") else None
    record_id = str(record[coll.id]) if record else str(next(fake.iter_numbers()).number)
    key = step.keys[0].lower()
    out: dict[str, Any] = {}
    for p in op.params:
        if p.wire.lower() == key:
            out[p.name] = record_id
        elif p.location == "body" and not p.wire and isinstance(given.get(p.name), dict):
            # A whole-body argument (a GET that gained a body) naming the record too.
            body = {
                k: record_id if k.replace("_", "").lower() == key else v
                for k, v in given[p.name].items()
            }
            out[p.name] = body
    return out


def _fake_client(fake: FakeTelegent, recorder: Recorder, mode: str) -> Telegent | AsyncTelegent:
    common: dict[str, Any] = {
        "account_key": fake.account_key,
        "account_secret": fake.account_secret,
        "base_url": spec_server(),
        "clock": FakeClock(),
    }
    if mode == "sync":
        return Telegent(transport=recorder.sync(fake.transport()), **common)
    return AsyncTelegent(transport=recorder.async_(fake.async_transport()), **common)


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("op", _op_params())
async def test_every_operation_is_answered_by_the_fake(
    op: Operation, mode: str, fake: FakeTelegent
) -> None:
    call = with_values(build_call(op, refused=REFUSED), _fake_values(fake))
    call.kwargs.update(_record_id(fake, op, call.kwargs))
    recorder = Recorder()
    client = _fake_client(fake, recorder, mode)
    outcome: Any
    try:
        answer = _method(client, op)(**call.kwargs)
        outcome = await answer if mode == "async" else answer
    except Exception as exc:  # noqa: BLE001 - judged by _check_result
        outcome = exc
    finally:
        if isinstance(client, AsyncTelegent):
            await client.close()
        else:
            client.close()
    _check_result(client, op, outcome)
    assert recorder.exchanges, "nothing reached the fake"
    assert_exchanges_conform(recorder.exchanges)
    TALLY.operations_on_fake.add(f"{op.id}-{mode}")


# Prism lists each route with a made-up query string after the path: keep the path only.
_ROUTE = re.compile(r"\[CLI\] \S+\s+info\s+(GET|POST|PUT|PATCH|DELETE)\s+https?://[^/]+([^?\s]+)")


@pytest.mark.prism
def test_prism_loads_every_operation_of_the_spec(prism: PrismServer) -> None:
    """Prism mounted a route for each operation (it rejected no spec feature at load)."""
    mounted = {m.groups() for line in prism.lines if (m := _ROUTE.search(line))}
    declared = {(op.http_method, op.path) for op in OPS}
    assert mounted == declared, (sorted(declared - mounted), sorted(mounted - declared))
    assert len(declared) == len(OPS) == operation_count()
