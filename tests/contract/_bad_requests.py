"""Hand-made requests that break the patched spec, with the status the API must answer.

Used twice: openapi-core must reject every one (the request validator is not vacuous),
and the fake must refuse every one (400; 401 without a bearer token; 405 for a method
the path does not have) instead of acting on it.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._spec import spec_server

TOKEN = "/v1.0/oauth2/tokens"
STATUS = "/v1.0/numbers/status"
INVENTORY = "/v1.0/numbers/inventory"
UPDATE = "/v1.0/numbers/update"
ORDER = "/v1.0/numbers/order"


def _request(method: str, path: str, token: str | None, **kwargs: Any) -> httpx.Request:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    request = httpx.Request(method, spec_server() + path, headers=headers, **kwargs)
    request.read()
    return request


def good_requests(token: str, number: str, key: str, secret: str) -> dict[str, httpx.Request]:
    """Spec-valid twins of the bad requests (the validator must accept these)."""
    return {
        "token": _request("POST", TOKEN, None, json={"AccountKey": key, "AccountSecret": secret}),
        "status": _request("POST", STATUS, token, json=status_body(number)),
        "inventory": _request(
            "GET", INVENTORY, token, params={"PageNumber": "1", "TotalNumbersRequested": "5"}
        ),
        "update": _request("POST", UPDATE, token, json={"Number": number, "MessageEnabled": True}),
        "order": _request("GET", ORDER, token, params={"OrderId": "JNUOID-1"}),
    }


def status_body(number: str, **extra: Any) -> dict[str, Any]:
    """A valid status change body for ``number``, with ``extra`` merged in."""
    return {
        "StatusChange": "park",
        "EffectiveDate": "12/31/2023",
        "PhoneNumbers": [{"Number": number}],
        **extra,
    }


def bad_requests(
    token: str, number: str, key: str, secret: str
) -> dict[str, tuple[httpx.Request, int]]:
    """name -> (request breaking the spec, status the API must answer).

    ``number`` should be on the account: a fake that skipped validation would then
    act on the request (200) rather than fail for another reason (404).
    """
    login = {"AccountKey": key, "AccountSecret": secret}
    status = status_body(number)
    one = {"Number": number}

    def post(path: str, body: Any, *, auth: str | None = token) -> httpx.Request:
        return _request("POST", path, auth, json=body)

    return {
        # createToken (TokenRequest)
        "token-missing-secret": (post(TOKEN, {"AccountKey": key}, auth=None), 400),
        "token-empty-key": (post(TOKEN, {**login, "AccountKey": ""}, auth=None), 400),
        "token-endpoint-not-a-uri": (
            post(TOKEN, {**login, "ApiEndpoint": "numbers"}, auth=None),
            400,
        ),
        "token-endpoint-null": (post(TOKEN, {**login, "ApiEndpoint": None}, auth=None), 400),
        "token-endpoint-empty": (post(TOKEN, {**login, "ApiEndpoint": ""}, auth=None), 400),
        "token-unknown-field": (post(TOKEN, {**login, "Scope": "all"}, auth=None), 400),
        # changeNumberStatus (StatusChangeRequest)
        "status-unknown-change": (post(STATUS, {**status, "StatusChange": "nap"}), 400),
        "status-iso-date": (post(STATUS, {**status, "EffectiveDate": "2023-12-31"}), 400),
        "status-no-numbers": (post(STATUS, {**status, "PhoneNumbers": []}), 400),
        "status-number-not-e164": (
            post(STATUS, {**status, "PhoneNumbers": [{"Number": "2015550100"}]}),
            400,
        ),
        "status-swap-sim-bad-iccid": (
            post(
                STATUS,
                {**status, "StatusChange": "swap-sim", "PhoneNumbers": [{**one, "ICCID": "12"}]},
            ),
            400,
        ),
        "status-park-bad-iccid": (
            post(STATUS, {**status, "PhoneNumbers": [{**one, "ICCID": "12"}]}),
            400,
        ),
        "status-replace-empty-iccid": (
            post(
                STATUS,
                {**status, "StatusChange": "replace", "PhoneNumbers": [{**one, "ICCID": ""}]},
            ),
            400,
        ),
        "status-iccid-null": (
            post(STATUS, {**status, "PhoneNumbers": [{**one, "ICCID": None}]}),
            400,
        ),
        "status-area-code-null": (post(STATUS, {**status, "AreaCode": None}), 400),
        "status-area-code-empty": (post(STATUS, {**status, "AreaCode": ""}), 400),
        "status-zip-code-4-digits": (post(STATUS, {**status, "ZipCode": "8404"}), 400),
        "status-unknown-field": (post(STATUS, {**status, "Area": "201"}), 400),
        "status-no-bearer": (post(STATUS, status, auth=None), 401),
        # listNumberInventory (query)
        "inventory-page-zero": (_request("GET", INVENTORY, token, params={"PageNumber": "0"}), 400),
        "inventory-page-size-zero": (
            _request("GET", INVENTORY, token, params={"TotalNumbersRequested": "0"}),
            400,
        ),
        # updateNumber (NumberUpdateRequest)
        "update-not-e164": (post(UPDATE, {"Number": number.lstrip("+")}), 400),
        "update-bool-as-string": (post(UPDATE, {**one, "MessageEnabled": "true"}), 400),
        "update-unknown-product": (post(UPDATE, {**one, "ProductType": "Voice"}), 400),
        "update-bad-iccid": (post(UPDATE, {**one, "Iccid": "89012403971905574"}), 400),
        "update-product-null": (post(UPDATE, {**one, "ProductType": None}), 400),
        "update-message-enabled-null": (post(UPDATE, {**one, "MessageEnabled": None}), 400),
        "update-unknown-field": (post(UPDATE, {**one, "Nickname": "x"}), 400),
        # getOrder (query)
        "order-missing-id": (_request("GET", ORDER, token), 400),
        "order-bad-id": (_request("GET", ORDER, token, params={"OrderId": "42"}), 400),
        # a method the path does not declare
        "status-with-get": (_request("GET", STATUS, token), 405),
    }
