"""Telegent mPaaS SDK: a typed client for the Telegent mPaaS Numbers API.

Example::

    from telegent import Telegent

    client = Telegent(account_key="DID-...", account_secret="...")
    for number in client.numbers.list(filter="Active"):
        print(number.number, number.status)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__, spec_info

if TYPE_CHECKING:
    from ._base_client import APIResponse
    from ._bulk import BulkItem, BulkResult
    from ._client import AsyncTelegent, Telegent
    from ._clock import Clock, SystemClock
    from ._errors import (
        APIConnectionError,
        APIError,
        APIResponseTooLargeError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadGatewayError,
        BadRequestError,
        GatewayTimeoutError,
        InsecureProxyError,
        InternalServerError,
        MethodNotAllowedError,
        NotFoundError,
        OrderFailedError,
        OrderTimeoutError,
        OutcomeUnknownError,
        PermissionDeniedError,
        RateLimitError,
        RequestTimeoutError,
        ServiceUnavailableError,
        TelegentError,
    )
    from ._pagination import AsyncNumberPager, NumberPager
    from ._retry import RetryPolicy
    from .types import (
        GenericRecord,
        OrderStatus,
        Record,
        RecordError,
        RecordList,
        RecordProblem,
        wire,
    )

# The client and its errors load on first use, so that the tools which need none of
# them (`telegent spec ...`, the pytest plugin) start without httpx and the client.
_LAZY: dict[str, str] = {
    "APIResponse": "._base_client",
    "BulkItem": "._bulk",
    "BulkResult": "._bulk",
    "AsyncTelegent": "._client",
    "Telegent": "._client",
    "Clock": "._clock",
    "SystemClock": "._clock",
    "APIConnectionError": "._errors",
    "APIError": "._errors",
    "APIResponseTooLargeError": "._errors",
    "APIResponseValidationError": "._errors",
    "APIStatusError": "._errors",
    "APITimeoutError": "._errors",
    "AuthenticationError": "._errors",
    "BadGatewayError": "._errors",
    "BadRequestError": "._errors",
    "GatewayTimeoutError": "._errors",
    "InsecureProxyError": "._errors",
    "InternalServerError": "._errors",
    "MethodNotAllowedError": "._errors",
    "NotFoundError": "._errors",
    "OrderFailedError": "._errors",
    "OrderTimeoutError": "._errors",
    "OutcomeUnknownError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "RequestTimeoutError": "._errors",
    "ServiceUnavailableError": "._errors",
    "TelegentError": "._errors",
    "AsyncNumberPager": "._pagination",
    "NumberPager": "._pagination",
    "RetryPolicy": "._retry",
    "GenericRecord": ".types",
    "OrderStatus": ".types",
    "Record": ".types",
    "RecordError": ".types",
    "RecordList": ".types",
    "RecordProblem": ".types",
    "wire": ".types",
}

if TYPE_CHECKING:
    # Every record by name, for type checkers; at run time they load on first use.
    from telegent._generated.records._index import *  # noqa: F403

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseTooLargeError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncNumberPager",
    "AsyncTelegent",
    "AuthenticationError",
    "BadGatewayError",
    "BadRequestError",
    "BulkItem",
    "BulkResult",
    "Clock",
    "GatewayTimeoutError",
    "InsecureProxyError",
    "InternalServerError",
    "MethodNotAllowedError",
    "NotFoundError",
    "NumberPager",
    "OrderFailedError",
    "GenericRecord",
    "OrderStatus",
    "Record",
    "RecordError",
    "RecordList",
    "RecordProblem",
    "OrderTimeoutError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServiceUnavailableError",
    "SystemClock",
    "Telegent",
    "TelegentError",
    "__spec_sha256__",
    "__spec_version__",
    "__version__",
    "wire",
]

if TYPE_CHECKING:
    __spec_version__: str
    """``info.version`` of the vendor spec this package was generated from."""
    __spec_sha256__: str
    """sha256 of that spec file."""


def __getattr__(name: str) -> Any:
    # Read on first use: `import telegent` pays neither for hashing the spec nor for
    # loading records (``telegent.NumberRecord`` resolves through telegent.types).
    if name == "__spec_version__":
        return spec_info().version
    if name == "__spec_sha256__":
        return spec_info().sha256
    module = _LAZY.get(name, ".types")
    value = getattr(importlib.import_module(module, __name__), name)
    if module != ".types":
        globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
