"""Answers a test programs for one operation (``FakeTelegent.respond``), and seed files.

An operation is named by its operationId (``createWebhook``) or its SDK call
(``webhooks.create``, ``client.internal.subscriptions.get``), both as ``generated/api.md``
lists them.
"""

from __future__ import annotations

import difflib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .._registry import Operation, operations
from .._schema import SchemaError, check_wire
from ._collections import Collections, no_content_ops
from ._handlers import JSON_HEADERS
from ._types import FakeResponse
from ._wire import dumps

__all__ = ["Programmed", "load_seed_file", "resolve_operation"]


@cache
def _names() -> Mapping[str, Operation]:
    names: dict[str, Operation] = {}
    for op in operations():
        call = op.call.removeprefix("client.")
        for name in (op.id, call, op.call):
            names.setdefault(name, op)
    return names


def resolve_operation(name: str | Operation) -> Operation:
    """The operation named by id or SDK call; ``ValueError`` naming close matches if none."""
    if isinstance(name, Operation):
        return name
    if not isinstance(name, str):
        raise TypeError(f"operation must be an operationId or an SDK call name, got {name!r}")
    names = _names()
    found = names.get(name) or names.get(name.removeprefix("client."))
    if found is None:
        close = difflib.get_close_matches(name, list(names), n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ValueError(f"no operation {name!r} in the generated client{hint}")
    return found


@dataclass
class Programmed:
    """The answer to the next ``remaining`` calls of one operation (None: every call)."""

    op: Operation
    status: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)
    remaining: int | None = 1

    def response(self) -> FakeResponse:
        """The programmed answer, counting one use."""
        if self.remaining is not None:
            self.remaining -= 1
        if self.body is None:
            return FakeResponse(self.status, dict(self.headers), b"")
        return FakeResponse(self.status, {**JSON_HEADERS, **self.headers}, dumps(self.body))

    @property
    def exhausted(self) -> bool:
        """Whether it has answered as many calls as it was programmed for."""
        return self.remaining is not None and self.remaining <= 0


def program(
    op: Operation,
    body: Any,
    *,
    status: int,
    headers: Mapping[str, str] | None,
    times: int | None,
) -> Programmed:
    """Check :meth:`FakeTelegent.respond`'s arguments and build the programmed answer."""
    if times is not None and (isinstance(times, bool) or times < 1):
        raise ValueError(f"times must be at least 1 (or None for every call), got {times!r}")
    if isinstance(status, bool) or not 100 <= status <= 599:
        raise ValueError(f"status must be an HTTP status (100-599), got {status!r}")
    try:
        json.dumps(body)
    except (TypeError, ValueError):
        raise ValueError(f"body must be JSON (dict, list, str, ...), got {body!r}") from None
    if 200 <= status < 300:
        _check_success_body(op, body)
    return Programmed(op, status, body, dict(headers or {}), times)


def _check_success_body(op: Operation, body: Any) -> None:
    # A success the spec could not send would let a test pass that production fails.
    if op.id in no_content_ops():
        if body is not None:
            raise ValueError(f"{op.id} declares no content: program body=None, got {body!r}")
        return
    found = Collections.step_for(op.id)
    schema = found[1].schema if found is not None else None
    if body is None or not schema:
        return
    try:
        check_wire(body, schema, f"{op.id} answer")
    except SchemaError as exc:
        raise ValueError(f"programmed {exc} (the spec's schema for its 200)") from None


def load_seed_file(path: str | os.PathLike[str]) -> dict[str, list[Mapping[str, Any]]]:
    """A seed file: a JSON object mapping a collection name to a list of records (wire names).

    ``{"webhooks": [{"WebhookUrl": "https://example.com/hook"}], "subscribers": [...]}``
    """
    source = Path(path)
    try:
        data = json.loads(source.read_text("utf-8"))
    except OSError as exc:
        raise ValueError(f"seed file {source}: cannot read it ({exc.strerror})") from None
    except ValueError as exc:
        raise ValueError(f"seed file {source}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError(f"seed file {source}: the top level must be an object of collections")
    out: dict[str, list[Mapping[str, Any]]] = {}
    for name, records in data.items():
        if not isinstance(records, list):
            raise ValueError(f"seed file {source}: {name} must be a list of records")
        out[str(name)] = records
    return out


def seed_all(collections: Collections, records: Mapping[str, Iterable[Mapping[str, Any]]]) -> None:
    """Seed every collection named in ``records``."""
    for name, items in records.items():
        collections.seed(name, items)
