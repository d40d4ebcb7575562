"""Wire-level helpers shared by the fake's tests."""

from __future__ import annotations

from typing import Any

import httpx

from telegent.testing import FakeTelegent

BASE_URL = "https://api.telegent.com"


class Api:
    """A bare httpx client on a fake, holding one token: the wire, nothing else."""

    def __init__(self, fake: FakeTelegent) -> None:
        self.fake = fake
        self.http = httpx.Client(base_url=BASE_URL, transport=fake.transport())
        self.token = ""

    def login(self, **extra: Any) -> httpx.Response:
        body = {"AccountKey": self.fake.account_key, "AccountSecret": self.fake.account_secret}
        response = self.http.post("/v1.0/oauth2/tokens", json={**body, **extra})
        if response.status_code == 200:
            self.token = response.json()["token"]
        return response

    @property
    def auth(self) -> dict[str, str]:
        if not self.token:
            self.login()
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **params: Any) -> httpx.Response:
        return self.http.get(path, params=params, headers=self.auth)

    def post(self, path: str, body: Any) -> httpx.Response:
        return self.http.post(path, json=body, headers=self.auth)

    def inventory(self, **params: Any) -> httpx.Response:
        return self.get("/v1.0/numbers/inventory", **params)

    def status(self, change: str, *numbers: str, **extra: Any) -> httpx.Response:
        body = {
            "StatusChange": change,
            "EffectiveDate": "12/31/2023",
            "PhoneNumbers": [{"Number": n} for n in numbers],
            **extra,
        }
        return self.post("/v1.0/numbers/status", body)

    def update(self, number: str, **fields: Any) -> httpx.Response:
        return self.post("/v1.0/numbers/update", {"Number": number, **fields})

    def order(self, order_id: str) -> httpx.Response:
        return self.get("/v1.0/numbers/order", OrderId=order_id)


def first_number(fake: FakeTelegent, **match: Any) -> str:
    """The first inventory number whose record has all of ``match``."""
    for record in fake.iter_numbers_wire():
        if all(record[k] == v for k, v in match.items()):
            return str(record["Number"])
    raise LookupError(match)
