"""Telegent mPaaS SDK: a typed client for the Telegent mPaaS Numbers API.

Example::

    from telegent import Telegent

    client = Telegent(account_key="DID-...", account_secret="...")
    for number in client.numbers.list(filter="Active"):
        print(number.number, number.status)
"""

from __future__ import annotations

from ._base_client import APIResponse
from ._bulk import BulkItem, BulkResult
from ._client import AsyncTelegent, Telegent
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
from ._version import __version__
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
    "__version__",
]
