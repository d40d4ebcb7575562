"""The sync/async primitive pairs the single-source resources call (resources/_concurrency)."""

from __future__ import annotations

import asyncio

import pytest

from telegent.resources._concurrency import (
    async_for_each,
    async_notify,
    async_slots,
    for_each,
    notify,
    slots,
)
from tests.client._support import STATUS_PATH, FakeAPI, FakeClock, aw, jres, make_client

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("limit", "peak"), [(None, 6), (1, 1), (2, 2), (10, 6)])
async def test_async_for_each_bounds_what_is_in_flight(limit: int | None, peak: int) -> None:
    running: list[int] = []
    highest = 0
    done: list[int] = []

    async def job(item: int) -> None:
        nonlocal highest
        running.append(item)
        highest = max(highest, len(running))
        for _ in range(3):  # let the others start
            await asyncio.sleep(0)
        running.remove(item)
        done.append(item)

    await async_for_each(job, range(6), limit=limit)
    assert sorted(done) == list(range(6))
    assert highest == peak


async def test_async_for_each_runs_every_job_before_raising() -> None:
    done: list[int] = []

    async def job(item: int) -> None:
        await asyncio.sleep(0)
        if item == 1:
            raise RuntimeError("job 1 broke")
        await asyncio.sleep(0)
        done.append(item)

    with pytest.raises(RuntimeError, match="job 1 broke"):
        await async_for_each(job, range(4), limit=2)
    assert sorted(done) == [0, 2, 3]


@pytest.mark.parametrize(("limit", "peak"), [(None, 6), (1, 1), (2, 2)])
async def test_async_slots_bound_only_what_is_inside_them(limit: int | None, peak: int) -> None:
    inside: list[int] = []
    highest = 0
    after: list[int] = []  # jobs past their slot, still working

    async def job(item: int) -> None:
        nonlocal highest
        async with held:
            inside.append(item)
            highest = max(highest, len(inside))
            for _ in range(3):  # let the others start
                await asyncio.sleep(0)
            inside.remove(item)
        after.append(item)
        for _ in range(3):  # the slot is free while this part runs
            await asyncio.sleep(0)

    held = async_slots(limit)
    await async_for_each(job, range(6))
    assert sorted(after) == list(range(6))
    assert highest == peak


def test_slots_hold_nothing_in_sync_code() -> None:
    with slots() as nothing:
        assert nothing is None


def test_for_each_runs_in_order() -> None:
    seen: list[int] = []
    for_each(seen.append, [3, 1, 2])
    assert seen == [3, 1, 2]


async def test_notify_pair() -> None:
    seen: list[str] = []

    async def coroutine_callback(value: str) -> None:
        await asyncio.sleep(0)
        seen.append(f"awaited {value}")

    await async_notify(coroutine_callback, "a")
    await async_notify(seen.append, "b")
    await async_notify(None, "c")
    notify(seen.append, "d")
    notify(None, "e")
    assert seen == ["awaited a", "b", "d"]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("field", "value"), [("wait_timeout", -1), ("poll_interval", 0), ("wait_timeout", "soon")]
)
async def test_bulk_wait_settings_are_checked_before_sending(
    mode: str, field: str, value: object
) -> None:
    clock = FakeClock()
    api = FakeAPI(clock)
    client = make_client(mode, api, clock)
    kwargs = {"wait": True, field: value}
    with pytest.raises((ValueError, TypeError), match=field):
        await aw(client.numbers.bulk_change_status("cancel", ["+12016090000"], **kwargs))
    assert api.calls("POST", STATUS_PATH) == []
    # without wait=True the wait settings are not used, so not checked (as before)
    api.on(
        "POST",
        STATUS_PATH,
        jres(
            200,
            {
                "OrderId": "JNUOID-1",
                "OrderStatus": "Pending",
                "Numbers": [{"Number": "+12016090000"}],
            },
        ),
    )
    kwargs["wait"] = False
    result = await aw(client.numbers.bulk_change_status("cancel", ["+12016090000"], **kwargs))
    assert result.ok
