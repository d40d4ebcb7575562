from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bad_request_result import BadRequestResult
from ...models.forbidden_result import ForbiddenResult
from ...models.gateway_timeout_result import GatewayTimeoutResult
from ...models.internal_server_error_result import InternalServerErrorResult
from ...models.method_not_allowed_result import MethodNotAllowedResult
from ...models.not_found_result import NotFoundResult
from ...models.request_timeout_result import RequestTimeoutResult
from ...models.service_unavailable_result import ServiceUnavailableResult
from ...models.too_many_requests_result import TooManyRequestsResult
from ...models.unauthorized_result import UnauthorizedResult
from ...models.update_webhook_request import UpdateWebhookRequest
from ...models.webhook import Webhook
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateWebhookRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1.0/webhook/update",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | Webhook
    | None
):
    if response.status_code == 200:
        response_200 = Webhook.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResult.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResult.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResult.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResult.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = MethodNotAllowedResult.from_dict(response.json())

        return response_405

    if response.status_code == 408:
        response_408 = RequestTimeoutResult.from_dict(response.json())

        return response_408

    if response.status_code == 429:
        response_429 = TooManyRequestsResult.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerErrorResult.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ServiceUnavailableResult.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = GatewayTimeoutResult.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | Webhook
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWebhookRequest | Unset = UNSET,
) -> Response[
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | Webhook
]:
    """Update Webhook

     Update the configuration of an existing webhook, including its destination URL, HTTP method,
    authentication credentials, and the list of subscribed events. Use this to rotate credentials,
    change the callback endpoint, or modify which events trigger notifications without recreating the
    webhook.

    Args:
        body (UpdateWebhookRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWebhookRequest | Unset = UNSET,
) -> (
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | Webhook
    | None
):
    """Update Webhook

     Update the configuration of an existing webhook, including its destination URL, HTTP method,
    authentication credentials, and the list of subscribed events. Use this to rotate credentials,
    change the callback endpoint, or modify which events trigger notifications without recreating the
    webhook.

    Args:
        body (UpdateWebhookRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWebhookRequest | Unset = UNSET,
) -> Response[
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | Webhook
]:
    """Update Webhook

     Update the configuration of an existing webhook, including its destination URL, HTTP method,
    authentication credentials, and the list of subscribed events. Use this to rotate credentials,
    change the callback endpoint, or modify which events trigger notifications without recreating the
    webhook.

    Args:
        body (UpdateWebhookRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateWebhookRequest | Unset = UNSET,
) -> (
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | Webhook
    | None
):
    """Update Webhook

     Update the configuration of an existing webhook, including its destination URL, HTTP method,
    authentication credentials, and the list of subscribed events. Use this to rotate credentials,
    change the callback endpoint, or modify which events trigger notifications without recreating the
    webhook.

    Args:
        body (UpdateWebhookRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
