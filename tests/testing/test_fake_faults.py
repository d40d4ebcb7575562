from __future__ import annotations

import json

import httpx
import pytest

from telegent.testing import FakeClock, FakeTelegent, FaultKind

from .helpers import Api, first_number


def test_status_fault_fails_the_next_n_calls(api: Api, fake: FakeTelegent) -> None:
    api.login()
    fake.fail_next(2, status=503)
    first, second, third = (api.inventory() for _ in range(3))
    assert [first.status_code, second.status_code, third.status_code] == [503, 503, 200]
    assert first.json() == {
        "StatusCode": 503,
        "Message": "Service unavailable: the API is temporarily unavailable. "
        "Retry after a short delay.",
    }
    assert fake.faults == []


def test_status_fault_with_retry_after_and_path(api: Api, fake: FakeTelegent) -> None:
    api.login()
    fault = fake.inject(FaultKind.STATUS, status=429, retry_after=7, path="/v1.0/numbers/order")
    assert api.inventory().status_code == 200  # other path: untouched
    response = api.order("JNUOID-1")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert fault.hits == 1 and fault.remaining == 0


def test_status_fault_before_processing_changes_nothing(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, Status="Active")
    api.login()
    fake.fail_next(1, status=500, path="/v1.0/numbers/status")
    assert api.status("park", number).status_code == 500
    assert fake.get_number(number).status == "Active"
    assert fake.order_ids == []


def test_status_fault_after_processing_hides_a_done_change(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, Status="Active")
    api.login()
    fake.inject(FaultKind.STATUS, status=504, after_processing=True)
    assert api.status("park", number).status_code == 504
    assert fake.get_number(number).status == "Parked"
    assert len(fake.order_ids) == 1


def test_method_filter_and_fifo(api: Api, fake: FakeTelegent) -> None:
    api.login()
    fake.inject(FaultKind.STATUS, status=500, method="post")
    fake.inject(FaultKind.STATUS, status=502)
    fake.inject(FaultKind.STATUS, status=503)
    assert api.inventory().status_code == 502  # the POST-only fault waits
    assert api.update(first_number(fake)).status_code == 500
    assert api.inventory().status_code == 503
    assert api.inventory().status_code == 200


def test_permanent_fault_until_cleared(api: Api, fake: FakeTelegent) -> None:
    api.login()
    fake.inject(FaultKind.STATUS, times=None, status=500)
    assert all(api.inventory().status_code == 500 for _ in range(5))
    assert fake.faults[0].hits == 5
    fake.clear_faults()
    assert api.inventory().status_code == 200


def test_latency_uses_the_injected_sleep(fake: FakeTelegent, clock: FakeClock) -> None:
    api = Api(fake)
    api.login()
    fake.inject(FaultKind.LATENCY, seconds=2.5)
    started = clock()
    assert api.inventory().status_code == 200
    assert clock.sleeps == [2.5]
    assert clock() - started == 2.5


def test_latency_sync_custom_sleep(clock: FakeClock) -> None:
    waits: list[float] = []
    fake = FakeTelegent(numbers=3, clock=clock, sleep=waits.append, rate_limit=None)
    api = Api(fake)
    api.login()
    fake.inject(FaultKind.LATENCY, seconds=1.25)
    assert api.inventory().status_code == 200
    assert waits == [1.25]


def test_latency_past_read_timeout_is_read_timeout_after_acting(
    fake: FakeTelegent, clock: FakeClock
) -> None:
    number = first_number(fake, Status="Active")
    api = Api(fake)
    api.login()
    fake.inject(FaultKind.LATENCY, seconds=30)
    with pytest.raises(httpx.ReadTimeout):
        api.http.post(
            "/v1.0/numbers/status",
            json={
                "StatusChange": "park",
                "EffectiveDate": "12/31/2023",
                "PhoneNumbers": [{"Number": number}],
            },
            headers=api.auth,
            timeout=httpx.Timeout(5.0),
        )
    assert clock.sleeps == [5.0]  # waited as long as the client would
    assert fake.get_number(number).status == "Parked"


@pytest.mark.anyio
async def test_latency_async_awaits_the_async_sleep(clock: FakeClock) -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    fake = FakeTelegent(numbers=3, clock=clock, async_sleep=record, rate_limit=None)
    fake.inject(FaultKind.LATENCY, seconds=0.75)
    async with httpx.AsyncClient(
        base_url="https://api.telegent.com", transport=fake.async_transport()
    ) as c:
        response = await c.get(
            "/v1.0/numbers/inventory", headers={"Authorization": f"Bearer {fake.issue_token()}"}
        )
    assert response.status_code == 200
    assert waits == [0.75]


def test_drop_before_processing_is_connect_error(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, Status="Active")
    api.login()
    fake.inject(FaultKind.DROP)
    with pytest.raises(httpx.ConnectError):
        api.status("park", number)
    assert fake.get_number(number).status == "Active"
    assert fake.requests[-1].status is None
    assert fake.requests[-1].fault is FaultKind.DROP


def test_drop_after_processing_leaves_outcome_unknown(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, Status="Active")
    api.login()
    fake.inject(FaultKind.DROP, after_processing=True)
    with pytest.raises(httpx.RemoteProtocolError):
        api.status("park", number)
    # The server acted: the order exists and the number is parked.
    assert fake.get_number(number).status == "Parked"
    assert len(fake.order_ids) == 1


@pytest.mark.parametrize("error", [httpx.ReadTimeout, httpx.ReadError, httpx.ConnectTimeout])
def test_drop_with_chosen_error(
    api: Api, fake: FakeTelegent, error: type[httpx.TransportError]
) -> None:
    api.login()
    fake.inject(FaultKind.DROP, error=error)
    with pytest.raises(error):
        api.inventory()


def test_html_gateway_page(api: Api, fake: FakeTelegent) -> None:
    api.login()
    fake.inject(FaultKind.HTML)
    response = api.inventory()
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in response.text
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_truncated_body(api: Api, fake: FakeTelegent) -> None:
    api.login()
    full = api.inventory().content
    fake.inject(FaultKind.TRUNCATED)
    response = api.inventory()
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.content == full[: len(full) // 2]
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_truncated_answer_still_acted(api: Api, fake: FakeTelegent) -> None:
    number = first_number(fake, Status="Active")
    api.login()
    fake.inject(FaultKind.TRUNCATED, path="/v1.0/numbers/status")
    response = api.status("park", number)
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert fake.get_number(number).status == "Parked"


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"kind": "nonsense"}, "nonsense"),
        ({"kind": FaultKind.STATUS, "times": 0}, "times"),
        ({"kind": FaultKind.STATUS, "status": 200}, "status"),
        ({"kind": FaultKind.STATUS, "path": "v1.0/numbers/status"}, "path"),
        ({"kind": FaultKind.LATENCY}, "seconds"),
        ({"kind": FaultKind.LATENCY, "seconds": -1}, "seconds"),
        ({"kind": FaultKind.STATUS, "seconds": 1}, "seconds"),
        ({"kind": FaultKind.DROP, "error": ValueError}, "error"),
        ({"kind": FaultKind.HTML, "after_processing": True}, "after_processing"),
        ({"kind": FaultKind.STATUS, "retry_after": -1}, "retry_after"),
    ],
)
def test_bad_fault_arguments(fake: FakeTelegent, kwargs: dict[str, object], fragment: str) -> None:
    kind = kwargs.pop("kind")
    with pytest.raises(ValueError, match=fragment):
        fake.inject(kind, **kwargs)  # type: ignore[arg-type]
    assert fake.faults == []
