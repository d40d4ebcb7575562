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
from ...models.number_details import NumberDetails
from ...models.request_timeout_result import RequestTimeoutResult
from ...models.service_unavailable_result import ServiceUnavailableResult
from ...models.too_many_requests_result import TooManyRequestsResult
from ...models.unauthorized_result import UnauthorizedResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    iccid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Number"] = number

    params["PhoneNumber"] = phone_number

    params["ICCID"] = iccid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1.0/numbers",
        "params": params,
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
    | NumberDetails
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | None
):
    if response.status_code == 200:
        response_200 = NumberDetails.from_dict(response.json())

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
    | NumberDetails
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
    number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    iccid: str | Unset = UNSET,
) -> Response[
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | NumberDetails
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
]:
    """Number Details

     Get comprehensive details for a specific phone number including its capabilities (voice, SMS, MMS,
    data), message routes, voice routes, classification, and current configuration.

    **What this does:** Returns the full configuration for a specific number: capabilities (voice,
    messaging, data), assigned routes, subscriber ID, ICCID, status, and number type. Use this to
    confirm provisioning details or look up a number's `NID-` for use in other calls.

    **Next steps:**
    - Update the number — `POST /v1.0/numbers/update`
    - Check data usage — `POST /v1.0/numbers/data-usage/info`

    Args:
        number (str | Unset):
        phone_number (str | Unset):
        iccid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | NumberDetails | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult]
    """

    kwargs = _get_kwargs(
        number=number,
        phone_number=phone_number,
        iccid=iccid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    iccid: str | Unset = UNSET,
) -> (
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | NumberDetails
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | None
):
    """Number Details

     Get comprehensive details for a specific phone number including its capabilities (voice, SMS, MMS,
    data), message routes, voice routes, classification, and current configuration.

    **What this does:** Returns the full configuration for a specific number: capabilities (voice,
    messaging, data), assigned routes, subscriber ID, ICCID, status, and number type. Use this to
    confirm provisioning details or look up a number's `NID-` for use in other calls.

    **Next steps:**
    - Update the number — `POST /v1.0/numbers/update`
    - Check data usage — `POST /v1.0/numbers/data-usage/info`

    Args:
        number (str | Unset):
        phone_number (str | Unset):
        iccid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | NumberDetails | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult
    """

    return sync_detailed(
        client=client,
        number=number,
        phone_number=phone_number,
        iccid=iccid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    iccid: str | Unset = UNSET,
) -> Response[
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | NumberDetails
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
]:
    """Number Details

     Get comprehensive details for a specific phone number including its capabilities (voice, SMS, MMS,
    data), message routes, voice routes, classification, and current configuration.

    **What this does:** Returns the full configuration for a specific number: capabilities (voice,
    messaging, data), assigned routes, subscriber ID, ICCID, status, and number type. Use this to
    confirm provisioning details or look up a number's `NID-` for use in other calls.

    **Next steps:**
    - Update the number — `POST /v1.0/numbers/update`
    - Check data usage — `POST /v1.0/numbers/data-usage/info`

    Args:
        number (str | Unset):
        phone_number (str | Unset):
        iccid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | NumberDetails | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult]
    """

    kwargs = _get_kwargs(
        number=number,
        phone_number=phone_number,
        iccid=iccid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    iccid: str | Unset = UNSET,
) -> (
    BadRequestResult
    | ForbiddenResult
    | GatewayTimeoutResult
    | InternalServerErrorResult
    | MethodNotAllowedResult
    | NotFoundResult
    | NumberDetails
    | RequestTimeoutResult
    | ServiceUnavailableResult
    | TooManyRequestsResult
    | UnauthorizedResult
    | None
):
    """Number Details

     Get comprehensive details for a specific phone number including its capabilities (voice, SMS, MMS,
    data), message routes, voice routes, classification, and current configuration.

    **What this does:** Returns the full configuration for a specific number: capabilities (voice,
    messaging, data), assigned routes, subscriber ID, ICCID, status, and number type. Use this to
    confirm provisioning details or look up a number's `NID-` for use in other calls.

    **Next steps:**
    - Update the number — `POST /v1.0/numbers/update`
    - Check data usage — `POST /v1.0/numbers/data-usage/info`

    Args:
        number (str | Unset):
        phone_number (str | Unset):
        iccid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResult | ForbiddenResult | GatewayTimeoutResult | InternalServerErrorResult | MethodNotAllowedResult | NotFoundResult | NumberDetails | RequestTimeoutResult | ServiceUnavailableResult | TooManyRequestsResult | UnauthorizedResult
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            phone_number=phone_number,
            iccid=iccid,
        )
    ).parsed
