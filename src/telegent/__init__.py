"""Telegent mPaaS SDK: a typed client for the Telegent mPaaS Numbers API.

Example::

    from telegent import Telegent

    client = Telegent(account_key="DID-...", account_secret="...")
    for number in client.numbers.list(filter="Active"):
        print(number.number, number.status)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._base_client import APIResponse
from ._bulk import BulkItem, BulkResult
from ._client import AsyncTelegent, Telegent
from ._errors import (
    APIConnectionError,
    APIError,
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
from .types import (
    InventoryPage,
    NumberRecord,
    NumberUpdateResult,
    OrderDetails,
    OrderedNumber,
    OrderNumber,
    OrderStatus,
    StatusChangeOrder,
    Token,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
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
    "GatewayTimeoutError",
    "InternalServerError",
    "InventoryPage",
    "MethodNotAllowedError",
    "NotFoundError",
    "NumberPager",
    "NumberRecord",
    "NumberUpdateResult",
    "OrderDetails",
    "OrderFailedError",
    "OrderNumber",
    "OrderStatus",
    "OrderTimeoutError",
    "OrderedNumber",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServiceUnavailableError",
    "StatusChangeOrder",
    "Telegent",
    "TelegentError",
    "Token",
    "__spec_sha256__",
    "__spec_version__",
    "__version__",
]

if TYPE_CHECKING:
    __spec_version__: str
    """``info.version`` of the vendor spec this package was generated from."""
    __spec_sha256__: str
    """sha256 of that spec file."""
else:

    def __getattr__(name: str) -> str:
        # Read on first use: `import telegent` should not pay for hashing the spec.
        if name == "__spec_version__":
            return spec_info().version
        if name == "__spec_sha256__":
            return spec_info().sha256
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
