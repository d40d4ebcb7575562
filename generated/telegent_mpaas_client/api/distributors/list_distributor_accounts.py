from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account import Account
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
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/distributor/accounts",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Account
    | list[Account]
    | BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> Account | list[Account]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = Account.from_dict(
                        response_200_type_0_item_data
                    )

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = Account.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
    Account
    | list[Account]
    | BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
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
) -> Response[
    Account
    | list[Account]
    | BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
]:
    """Get Accounts

     Retrieve a list of all accounts associated with the distributor. Returns account information
    including name, total subscribers, and address details.

    **What this does:** Returns a list of all accounts under this distributor including their `AID-`
    IDs, names, and status. Use this to enumerate accounts before making account-specific calls.

    **Next steps:**
    - Get account details — `GET /v1.0/account`
    - Create an account — `POST /v1.0/account/create`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Account | list[Account] | BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    Account
    | list[Account]
    | BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | None
):
    """Get Accounts

     Retrieve a list of all accounts associated with the distributor. Returns account information
    including name, total subscribers, and address details.

    **What this does:** Returns a list of all accounts under this distributor including their `AID-`
    IDs, names, and status. Use this to enumerate accounts before making account-specific calls.

    **Next steps:**
    - Get account details — `GET /v1.0/account`
    - Create an account — `POST /v1.0/account/create`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Account | list[Account] | BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Account
    | list[Account]
    | BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
]:
    """Get Accounts

     Retrieve a list of all accounts associated with the distributor. Returns account information
    including name, total subscribers, and address details.

    **What this does:** Returns a list of all accounts under this distributor including their `AID-`
    IDs, names, and status. Use this to enumerate accounts before making account-specific calls.

    **Next steps:**
    - Get account details — `GET /v1.0/account`
    - Create an account — `POST /v1.0/account/create`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Account | list[Account] | BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    Account
    | list[Account]
    | BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | None
):
    """Get Accounts

     Retrieve a list of all accounts associated with the distributor. Returns account information
    including name, total subscribers, and address details.

    **What this does:** Returns a list of all accounts under this distributor including their `AID-`
    IDs, names, and status. Use this to enumerate accounts before making account-specific calls.

    **Next steps:**
    - Get account details — `GET /v1.0/account`
    - Create an account — `POST /v1.0/account/create`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Account | list[Account] | BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
