"""The few places where the async and sync resources really differ, one name each.

The resources are written once, async, in ``_async/``; ``scripts/unasync.py`` derives
``_sync/`` from them by dropping ``async``/``await`` and renaming ``AsyncX`` to ``X`` and
``async_x`` to ``x``. Each primitive here comes as such a pair (httpcore's
``_synchronization`` does the same), so the async source calls ``await
async_for_each(...)`` and the generated sync code calls ``for_each(...)``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from contextlib import AbstractAsyncContextManager, AbstractContextManager, nullcontext
from typing import Any, TypeVar

__all__ = [
    "AsyncProgressCallback",
    "ProgressCallback",
    "async_for_each",
    "async_notify",
    "async_slots",
    "for_each",
    "notify",
    "slots",
]

T = TypeVar("T")

#: A callback given each polled value; the async client also awaits what it returns.
ProgressCallback = Callable[[T], object]
AsyncProgressCallback = Callable[[T], object | Awaitable[object]]


async def async_for_each(
    job: Callable[[T], Awaitable[None]], items: Iterable[T], *, limit: int | None = None
) -> None:
    """Run ``job(item)`` for every item concurrently, at most ``limit`` at once.

    ``limit=None``: all at once. Every job runs to its end before this returns; the
    first exception a job raised is then re-raised (the jobs record their own API
    errors, so that is a bug or a cancellation).
    """
    import asyncio  # noqa: PLC0415 - only async code pays for importing asyncio

    semaphore = asyncio.Semaphore(limit) if limit is not None else None

    async def bounded(item: T) -> None:
        if semaphore is None:
            await job(item)
            return
        async with semaphore:
            await job(item)

    # return_exceptions: a failing job must not leave the others running unwatched
    # (still sending requests after this call has raised).
    outcomes = await asyncio.gather(*(bounded(item) for item in items), return_exceptions=True)
    for outcome in outcomes:
        if isinstance(outcome, BaseException):
            raise outcome


def async_slots(limit: int | None = None) -> AbstractAsyncContextManager[Any]:
    """``async with`` it around what at most ``limit`` jobs may do at once (``None``: no
    limit). Narrower than ``async_for_each``'s ``limit``: a job holds a slot only for
    its request, and works on the answer while the next job's request is out."""
    import asyncio  # noqa: PLC0415 - only async code pays for importing asyncio

    return asyncio.Semaphore(limit) if limit is not None else nullcontext()


def slots() -> AbstractContextManager[Any]:
    """The sync client's jobs run one after another: nothing to hold."""
    return nullcontext()


def for_each(job: Callable[[T], None], items: Iterable[T]) -> None:
    """Run ``job(item)`` for every item, one after another (the sync client's way)."""
    for item in items:
        job(item)


async def async_notify(callback: AsyncProgressCallback[T] | None, value: T) -> None:
    """Call ``callback(value)``; await the result if it is awaitable."""
    if callback is None:
        return
    outcome = callback(value)
    if isinstance(outcome, Awaitable):
        await outcome


def notify(callback: ProgressCallback[T] | None, value: T) -> None:
    """Call ``callback(value)`` (its return value is ignored)."""
    if callback is not None:
        callback(value)
