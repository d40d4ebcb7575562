from __future__ import annotations

import base64
import json
import re

import pytest

from telegent.testing import FakeClock, FakeTelegent

from .helpers import Api

EXPIRY = re.compile(
    r"(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/\d{4} (0[1-9]|1[0-2]):[0-5]\d:[0-5]\d (AM|PM)"
)


def _jwt_part(token: str, index: int) -> dict[str, object]:
    part = token.split(".")[index]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def test_token_shape(api: Api, clock: FakeClock) -> None:
    response = api.login()
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"token", "successful", "tokenExpiry"}
    assert body["successful"] is True
    assert EXPIRY.fullmatch(body["tokenExpiry"])
    # FakeClock starts 05/15/2025 18:20:58 UTC; default lifetime one hour.
    assert body["tokenExpiry"] == "05/15/2025 07:20:58 PM"
    assert _jwt_part(body["token"], 0) == {"alg": "HS256", "typ": "JWT"}
    claims = _jwt_part(body["token"], 1)
    assert claims["sub"] == "DID-fake"
    assert claims["exp"] == int(clock()) + 3600


def test_token_expiry_is_am_pm_in_the_morning() -> None:
    clock = FakeClock(0.0)  # 01/01/1970 00:00:00 UTC
    fake = FakeTelegent(numbers=1, clock=clock, token_lifetime=60)
    assert Api(fake).login().json()["tokenExpiry"] == "01/01/1970 12:01:00 AM"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"AccountKey": "DID-fake", "AccountSecret": "wrong"}, 401),
        ({"AccountKey": "DID-other", "AccountSecret": "fake-secret"}, 401),
        ({"AccountKey": "DID-fake"}, 400),
        ({"AccountSecret": "fake-secret"}, 400),
        ({"AccountKey": "", "AccountSecret": "fake-secret"}, 400),
        ({"AccountKey": 5, "AccountSecret": "fake-secret"}, 400),
        ({"AccountKey": "DID-fake", "AccountSecret": "fake-secret", "Extra": 1}, 400),
        ({"AccountKey": "DID-fake", "AccountSecret": "fake-secret", "ApiEndpoint": "nope"}, 400),
    ],
)
def test_token_refusals(api: Api, body: dict[str, object], status: int) -> None:
    response = api.http.post("/v1.0/oauth2/tokens", json=body)
    assert response.status_code == status
    error = response.json()
    assert error["StatusCode"] == status
    assert "fake-secret" not in response.text and "wrong" not in error["Message"]


def test_token_body_must_be_json(api: Api) -> None:
    response = api.http.post("/v1.0/oauth2/tokens", content=b"AccountKey=DID-fake")
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["Message"]


def test_require_api_endpoint(clock: FakeClock) -> None:
    api = Api(FakeTelegent(numbers=1, clock=clock, require_api_endpoint=True))
    response = api.login()
    assert response.status_code == 400
    assert "The ApiEndpoint field is required." in response.json()["Message"]
    assert (
        api.login(ApiEndpoint="https://api.telegent.com/v1.0/numbers/inventory").status_code == 200
    )


def test_missing_token_is_401(api: Api) -> None:
    response = api.http.get("/v1.0/numbers/inventory")
    assert response.status_code == 401
    assert response.json()["Message"].startswith("Unauthorized: Bearer token is missing")


@pytest.mark.parametrize(
    "header",
    [
        "Bearer",
        "Basic abc",
        "Bearer not.a.jwt",
        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2ln",
    ],
)
def test_bad_token_is_401(api: Api, header: str) -> None:
    response = api.http.get("/v1.0/numbers/inventory", headers={"Authorization": header})
    assert response.status_code == 401


def test_token_of_another_account_is_401(api: Api, clock: FakeClock) -> None:
    other = FakeTelegent(numbers=1, seed=3, account_secret="other-secret", clock=clock)
    token = other.issue_token()
    response = api.http.get("/v1.0/numbers/inventory", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_token_expires_on_the_injected_clock(clock: FakeClock) -> None:
    api = Api(FakeTelegent(numbers=3, clock=clock, token_lifetime=600, rate_limit=None))
    api.login()
    clock.advance(599)
    assert api.inventory().status_code == 200
    clock.advance(1)
    response = api.inventory()
    assert response.status_code == 401
    assert "expired" in response.json()["Message"]
    api.login()  # no refresh token: authenticate again
    assert api.inventory().status_code == 200


def test_revoked_tokens_are_401(api: Api, fake: FakeTelegent) -> None:
    api.login()
    assert api.inventory().status_code == 200
    fake.revoke_tokens()
    assert api.inventory().status_code == 401


def test_scoped_token_only_opens_its_endpoint(api: Api) -> None:
    assert api.login(ApiEndpoint="https://api.telegent.com/v1.0/numbers/status").status_code == 200
    response = api.inventory()
    assert response.status_code == 403
    assert response.json() == {
        "StatusCode": 403,
        "Message": "Forbidden: your token does not have permission to access this resource. "
        "Check the ApiEndpoint scope. This token is limited to /v1.0/numbers/status.",
    }
    assert api.get("/v1.0/numbers/order", OrderId="JNUOID-x").status_code == 403
    number = next(api.fake.iter_numbers()).number
    assert api.status("park", number).status_code == 200


def test_scope_ignores_case_and_trailing_slash(api: Api, fake: FakeTelegent) -> None:
    api.token = fake.issue_token("https://api.telegent.com/V1.0/Numbers/Inventory/")
    assert api.inventory().status_code == 200


def test_issue_token_helper(api: Api, fake: FakeTelegent) -> None:
    api.token = fake.issue_token()
    assert api.inventory().status_code == 200


def test_repr_hides_secrets(fake: FakeTelegent, api: Api) -> None:
    api.login()
    text = repr(fake) + repr(fake.requests) + repr(fake.transport())
    assert "fake-secret" not in text
    assert api.token not in text
    assert "DID-fake" in repr(fake)
