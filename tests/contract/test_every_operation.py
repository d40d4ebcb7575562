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

import typing
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from telegent import AsyncTelegent, Telegent
from telegent._registry import Operation, operations
from telegent.testing import FakeClock, FakeTelegent

from ._arguments import build_call, short, vendor_example_problems
from ._prism import PrismServer
from ._spec import TALLY, Recorder, assert_exchanges_conform, spec_server

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

# Operations Prism cannot serve, with Prism's exact message. Empty: it serves them all.
PRISM_CANNOT_SERVE: dict[str, str] = {}

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


def _declared(client: Telegent | AsyncTelegent, op: Operation) -> Any:
    return typing.get_type_hints(_method(client, op))["return"]


def test_the_vendor_examples_that_break_the_spec_are_the_listed_ones() -> None:
    broken = {op.id: vendor_example_problems(op) for op in OPS if vendor_example_problems(op)}
    assert set(broken) == set(VENDOR_EXAMPLES_THAT_BREAK_THE_SPEC), {
        k: [short(p) for p in v] for k, v in broken.items()
    }
    for op_id, (fragment, _why) in VENDOR_EXAMPLES_THAT_BREAK_THE_SPEC.items():
        assert any(fragment in p for p in broken[op_id]), (op_id, broken[op_id])


def test_every_operation_gets_arguments_that_fit_the_spec() -> None:
    sources = {op.id: build_call(op).source for op in OPS}
    assert len(sources) == len(OPS)
    # Every operation with a body and a vendor example that fits uses that example.
    from_example = [i for i, s in sources.items() if s == "vendor example"]
    assert from_example and not set(from_example) & set(VENDOR_EXAMPLES_THAT_BREAK_THE_SPEC)


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
@pytest.mark.parametrize("op", OPS, ids=IDS)
def test_every_operation_passes_prism_request_validation(
    op: Operation, on_prism: PrismCaller
) -> None:
    call = build_call(op)
    prism, recorder = on_prism.prism, on_prism.recorder
    start, first = prism.mark(), len(recorder.exchanges)
    error: Exception | None = None
    result: Any = None
    try:
        result = _method(on_prism.client, op)(**call.kwargs)
    except Exception as exc:  # noqa: BLE001 - reported (or matched) below
        error = exc
    exchanges = recorder.exchanges[first:]
    segment = prism.segment(start, len(exchanges), "contract-token")  # Prism takes any
    if op.id in PRISM_CANNOT_SERVE:
        assert error is not None and any(
            PRISM_CANNOT_SERVE[op.id] in line for line in segment.lines
        ), f"{op.id} is listed as not servable by Prism, but: {error!r}"
        return
    assert error is None, f"{op.call}({call.kwargs}) failed on Prism: {error!r}\n" + "\n".join(
        segment.lines
    )
    TALLY.prism_violations += len(segment.violations)
    assert segment.violations == [], "\n".join(segment.lines)
    assert segment.received == len(exchanges) >= 1
    assert all(e.response is not None and "sl-violations" not in e.response.headers for e in exchanges)
    assert _is_declared(result, _declared(on_prism.client, op)), (type(result), op.returns)
    assert_exchanges_conform(exchanges, host_url=spec_server(), tally="prism")


# ------------------------------------------------------------------------------- fake


@pytest.fixture
def fake() -> FakeTelegent:
    return FakeTelegent(numbers=10, seed=14, clock=FakeClock(), rate_limit=None)


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
@pytest.mark.parametrize("op", OPS, ids=IDS)
async def test_every_operation_is_answered_by_the_fake(
    op: Operation, mode: str, fake: FakeTelegent
) -> None:
    call = build_call(op)
    recorder = Recorder()
    client = _fake_client(fake, recorder, mode)
    try:
        answer = _method(client, op)(**call.kwargs)
        result = await answer if mode == "async" else answer
    finally:
        closed = client.close()
        if mode == "async":
            await closed
    assert _is_declared(result, _declared(client, op)), (type(result), op.returns)
    assert_exchanges_conform(recorder.exchanges)
