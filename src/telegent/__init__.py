"""Telegent mPaaS SDK: a typed client for the Telegent mPaaS Numbers API.

Example::

    from telegent import Telegent

    client = Telegent(account_key="DID-...", account_secret="...")
    for number in client.numbers.list(filter="Active"):
        print(number.number, number.status)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from ._version import __version__, spec_info
from .types import GenericRecord, OrderStatus, Record, RecordError, RecordList, RecordProblem, wire

if TYPE_CHECKING:
    # Every record by name, for type checkers; at run time they load on first use.
    from telegent_mpaas_client.sdk.records._index import *  # noqa: F403

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
    from . import types  # noqa: PLC0415

    return getattr(types, name)
