from __future__ import annotations

from telegent.testing import FakeClock, FakeTelegent

from .helpers import Api


def _api(clock: FakeClock, limit: int | None = 5, window: float = 60.0) -> Api:
    return Api(FakeTelegent(numbers=5, clock=clock, rate_limit=limit, rate_window=window))


def test_over_the_limit_is_429_with_retry_after(clock: FakeClock) -> None:
    api = _api(clock)
    api.login()  # the token request counts too
    for _ in range(4):
        assert api.inventory().status_code == 200
        clock.advance(1)
    response = api.inventory()
    assert response.status_code == 429
    assert response.json()["StatusCode"] == 429
    assert response.json()["Message"].startswith("Too many requests")
    # The oldest request (t=0) leaves the 60 s window at t=60; now t=4.
    assert response.headers["retry-after"] == "56"


def test_window_slides(clock: FakeClock) -> None:
    api = _api(clock)
    api.login()
    for _ in range(4):
        api.inventory()
        clock.advance(10)  # requests at t=0 (login), 0, 10, 20, 30
    assert api.inventory().status_code == 429  # t=40
    clock.advance(20)  # t=60: the two t=0 requests have left the window
    assert api.inventory().status_code == 200
    assert api.inventory().status_code == 200
    assert api.inventory().status_code == 429
    assert api.inventory().headers["retry-after"] == "10"


def test_refused_requests_do_not_count(clock: FakeClock) -> None:
    api = _api(clock, limit=2)
    api.login()
    api.inventory()
    for _ in range(10):
        assert api.inventory().status_code == 429
    clock.advance(60)
    assert api.inventory().status_code == 200


def test_default_is_50_per_minute(clock: FakeClock) -> None:
    fake = FakeTelegent(numbers=5, clock=clock)
    api = Api(fake)
    api.login()
    codes = [api.inventory().status_code for _ in range(50)]
    assert codes == [200] * 49 + [429]


def test_none_disables_the_limit(clock: FakeClock) -> None:
    api = _api(clock, limit=None)
    assert all(api.inventory().status_code == 200 for _ in range(200))


def test_reset_rate_limit(clock: FakeClock) -> None:
    api = _api(clock, limit=2)
    api.login()
    api.inventory()
    assert api.inventory().status_code == 429
    api.fake.reset_rate_limit()
    assert api.inventory().status_code == 200
