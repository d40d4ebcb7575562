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
from ...models.workgroup_list import WorkgroupList
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/account/workgroups",
    }

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
    | WorkgroupList
    | None
):
    if response.status_code == 200:
        response_200 = WorkgroupList.from_dict(response.json())

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
    | WorkgroupList
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
    | WorkgroupList
]:
    """Get Account's Workgroups

     Retrieve all workgroups associated with the authenticated account. Returns a list of workgroups with
    their IDs, names, and configuration status.

    **What this does:** Returns a list of workgroups configured on the account including their IDs,
    names, types, and active status. Use this to look up a `WG-` ID before attaching it to a voice route
    or schedule.

    **Next steps:**
    - Get full workgroup details — `GET /v1.0/workgroups`
    - Create a workgroup — `POST /v1.0/workgroups`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | WorkgroupList]
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
    | WorkgroupList
    | None
):
    """Get Account's Workgroups

     Retrieve all workgroups associated with the authenticated account. Returns a list of workgroups with
    their IDs, names, and configuration status.

    **What this does:** Returns a list of workgroups configured on the account including their IDs,
    names, types, and active status. Use this to look up a `WG-` ID before attaching it to a voice route
    or schedule.

    **Next steps:**
    - Get full workgroup details — `GET /v1.0/workgroups`
    - Create a workgroup — `POST /v1.0/workgroups`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | WorkgroupList
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
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
    | WorkgroupList
]:
    """Get Account's Workgroups

     Retrieve all workgroups associated with the authenticated account. Returns a list of workgroups with
    their IDs, names, and configuration status.

    **What this does:** Returns a list of workgroups configured on the account including their IDs,
    names, types, and active status. Use this to look up a `WG-` ID before attaching it to a voice route
    or schedule.

    **Next steps:**
    - Get full workgroup details — `GET /v1.0/workgroups`
    - Create a workgroup — `POST /v1.0/workgroups`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | WorkgroupList]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
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
    | WorkgroupList
    | None
):
    """Get Account's Workgroups

     Retrieve all workgroups associated with the authenticated account. Returns a list of workgroups with
    their IDs, names, and configuration status.

    **What this does:** Returns a list of workgroups configured on the account including their IDs,
    names, types, and active status. Use this to look up a `WG-` ID before attaching it to a voice route
    or schedule.

    **Next steps:**
    - Get full workgroup details — `GET /v1.0/workgroups`
    - Create a workgroup — `POST /v1.0/workgroups`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult | WorkgroupList
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
