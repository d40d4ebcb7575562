from __future__ import annotations

import httpx
import pytest

from telegent.testing import FakeClock, FakeTelegent

pytestmark = pytest.mark.anyio


async def test_async_transport_shares_state_with_sync(clock: FakeClock) -> None:
    fake = FakeTelegent(numbers=10, clock=clock, rate_limit=None, polls_to_complete=1)
    async with httpx.AsyncClient(
        base_url="https://api.telegent.com", transport=fake.async_transport()
    ) as c:
        token = (
            await c.post(
                "/v1.0/oauth2/tokens",
                json={"AccountKey": "DID-fake", "AccountSecret": "fake-secret"},
            )
        ).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        page = (await c.get("/v1.0/numbers/inventory", headers=auth)).json()
        number = page["PhoneNumbers"][0]["Number"]
        order = (
            await c.post(
                "/v1.0/numbers/status",
                headers=auth,
                json={
                    "StatusChange": "cancel",
                    "EffectiveDate": "12/31/2023",
                    "PhoneNumbers": [{"Number": number}],
                },
            )
        ).json()
        details = (
            await c.get("/v1.0/numbers/order", params={"OrderId": order["OrderId"]}, headers=auth)
        ).json()
    assert details["OrderStatus"] == "Complete"
    assert fake.get_number(number) is None
    assert fake.number_count == 9


async def test_async_drop_raises(clock: FakeClock) -> None:
    from telegent.testing import FaultKind

    fake = FakeTelegent(numbers=1, clock=clock)
    fake.inject(FaultKind.DROP, after_processing=True)
    async with httpx.AsyncClient(transport=fake.async_transport()) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            await c.post("https://api.telegent.com/v1.0/oauth2/tokens", json={})
