"""Sending a bulk change batch by batch, journal first, and stopping cleanly on a signal.

One asyncio task a batch (at most ``--concurrency`` at once): journal the batch as
pending (durable), send it with ``bulk_change_status``, journal its outcome, then write
its outcomes to stdout in input order (when stdout is the output). SIGINT and SIGTERM
set ``stopping``: no new batch starts, a batch still waiting for its rate-limit slot
gives up before sending (``not sent``), the ones in flight finish. A second signal
cancels those too (their numbers stay ``unknown``: they may have reached the API).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegent._ratelimit import RateLimiter

from ._bulk_io import OutcomeWriter, Target
from ._journal import NOT_SENT, PENDING
from ._output import as_plain
from ._progress import TICK, Progress, progress, waiting_text
from ._session import Settings, make_async_client
from ._words import in_operator_words

if TYPE_CHECKING:
    from ._bulk import BulkOptions
    from ._journal import Journal

__all__ = ["Report", "send_all"]

_SIGNAL_EXIT = {"SIGINT": 130, "SIGTERM": 143, "SIGPIPE": 141}


class NotSent(Exception):
    """Raised in place of a rate-limit wait once the run is stopping: nothing was sent."""


@dataclass(slots=True)
class Report:
    """How a run went: outcome counts, and the signal that stopped it (if one did)."""

    counts: dict[str, int] = field(default_factory=dict)
    stopped_by: str | None = None
    exit_status: int | None = None


class _StopAwareLimiter(RateLimiter):
    """The client's rate limiter, saying what it waits for (the seconds until the next
    request may go, counting down), and giving up the wait of a change not yet sent once
    the run is stopping."""

    __slots__ = ("_left", "_run")

    def __init__(self, run: _Run, limit: int, clock: Callable[[], float]) -> None:
        super().__init__(limit, 60.0, clock=clock)
        self._run = run
        # Seconds left of each wait under way (by waiter): the soonest is on the bar.
        self._left: dict[int, float] = {}

    def _show(self) -> None:
        if self._left:
            soonest = min(self._left.values())
            self._run.bar.set_status(waiting_text(soonest, len(self._left) - 1))
        else:
            self._run.bar.set_status("sending")

    async def acquire_async(self, sleep: Callable[[float], Awaitable[None]]) -> float:
        wait = self.reserve()
        if wait <= 0:
            return wait
        me = id(asyncio.current_task())
        self._left[me] = wait
        try:
            while self._left[me] > 0:  # in ticks, so the bar counts down
                self._show()
                step = min(self._left[me], TICK)
                try:
                    await asyncio.wait_for(self._run.stop_event.wait(), timeout=step)
                except TimeoutError:
                    self._left[me] -= step
                    continue
                if _changing():
                    raise NotSent  # the change itself waits here: it has not left
                await sleep(self._left[me])  # an order poll after the change: let it finish
                break
        finally:
            del self._left[me]
            self._show()
        return wait


def _changing() -> bool:
    """Whether the request about to go is a change (a POST that is not a token fetch)."""
    from telegent._base_client import _CALL  # noqa: PLC0415 - the call being made

    state = _CALL.get()
    return state is not None and not state.idempotent and "token" not in state.path.lower()


class _Ordered:
    """Writes each batch's outcomes to stdout once every earlier batch's are written."""

    def __init__(self, writer: OutcomeWriter | None) -> None:
        self._writer = writer
        self._waiting: dict[int, list[dict[str, Any]]] = {}
        self._next = 0
        self.broken = False

    def add(self, index: int, rows: list[dict[str, Any]]) -> None:
        self._waiting[index] = rows
        while self._next in self._waiting:
            self._write(self._waiting.pop(self._next))
            self._next += 1

    def flush(self) -> None:
        """What is left (batches after one that never ran), in order."""
        for index in sorted(self._waiting):
            self._write(self._waiting.pop(index))

    def _write(self, rows: list[dict[str, Any]]) -> None:
        if self._writer is None or self.broken:
            return
        try:
            self._writer.write(rows)
        except BrokenPipeError:
            self.broken = True
            # Nothing more reaches the reader; exit's flush of stdout must not fail.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())


@dataclass(slots=True)
class _Run:
    opts: BulkOptions
    journal: Journal
    out: _Ordered
    bar: Progress
    report: Report = field(default_factory=Report)
    stop_event: asyncio.Event = field(default_factory=asyncio.Event)
    tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def stop(self, name: str) -> None:
        """A signal: stop starting batches; the second one cancels those in flight."""
        if self.stop_event.is_set():
            for task in self.tasks:
                task.cancel()
            return
        self.report.stopped_by = name
        self.report.exit_status = _SIGNAL_EXIT.get(name, 1)
        self.stop_event.set()

    def rows(self, index: int, batch: Sequence[Target], status: str, **extra: Any) -> list[Any]:
        base = {"action": self.opts.action, "status": status, "batch": index, **extra}
        return [{"number": t.number, **base} for t in batch]

    def settle(self, index: int, rows: list[dict[str, Any]]) -> None:
        """Journal a batch's outcomes (durably), count them, and show them."""
        self.journal.record(rows)
        for row in rows:
            self.report.counts[row["status"]] = self.report.counts.get(row["status"], 0) + 1
        self.out.add(index, rows)
        self.bar.advance(len(rows))
        if self.out.broken and not self.stop_event.is_set():
            self.stop("SIGPIPE")  # the reader is gone: as `| head` expects, stop

    async def batch(self, client: Any, index: int, batch: Sequence[Target]) -> None:
        self.journal.record(self.rows(index, batch, PENDING))  # before a byte is sent
        try:
            result = await client.numbers.bulk_change_status(
                self.opts.action,
                [t.as_input() for t in batch],
                **{**_kwargs(self.opts), "batch_size": len(batch)},
                concurrency=1,
                wait=self.opts.wait,
                wait_timeout=self.opts.wait_timeout,
            )
        except NotSent:
            self.settle(index, self.rows(index, batch, NOT_SENT, error="stopped before sending"))
            return
        except asyncio.CancelledError:
            why = "interrupted in flight: check the inventory before resending"
            self.settle(index, self.rows(index, batch, "unknown", error=why))
            raise
        except Exception as exc:  # whatever broke, the request may have left: unknown
            why = f"{type(exc).__name__}: {exc}; check the inventory before resending"
            self.settle(index, self.rows(index, batch, "unknown", error=why))
            return
        self.settle(index, [_outcome(item, self.opts.action, index) for item in result])


def _kwargs(opts: BulkOptions) -> dict[str, Any]:
    from ._bulk import sdk_kwargs  # noqa: PLC0415 - _bulk imports this module on demand

    return sdk_kwargs(opts)


def _outcome(item: Any, action: str, index: int) -> dict[str, Any]:
    return {
        "number": item.number,
        "action": action,
        "status": item.status,
        "order_id": item.order_id,
        "error": None if item.error is None else in_operator_words(str(as_plain(item.error))),
        "batch": index,
    }


async def _drive(run: _Run, client: Any, todo: list[Target], size: int, limit: int) -> None:
    slots = asyncio.Semaphore(limit)
    for index, start in enumerate(range(0, len(todo), size)):
        await slots.acquire()
        if run.stop_event.is_set():
            slots.release()
            break
        task = asyncio.create_task(run.batch(client, index, todo[start : start + size]))
        run.tasks.add(task)

        def done(finished: asyncio.Task[None]) -> None:
            run.tasks.discard(finished)
            slots.release()

        task.add_done_callback(done)
    while run.tasks:
        await asyncio.gather(*run.tasks, return_exceptions=True)


async def _main(opts: BulkOptions, settings: Settings, todo: list[Target], run: _Run) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, run.stop, sig.name)
    try:
        async with make_async_client(settings) as client:
            if settings.rate_limit:
                # The client's own limiter, made to report its waits and honour a stop.
                client._state.limiter = _StopAwareLimiter(
                    run, settings.rate_limit, client._state.clock
                )
            await _drive(run, client, todo, opts.batch_size, opts.concurrency)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)


def send_all(opts: BulkOptions, settings: Settings, todo: list[Target], journal: Journal) -> Report:
    """Send ``todo``, journalling every batch; returns the counts (``not sent``: numbers
    never sent because the run was stopped)."""
    writer = None
    if opts.output is None:
        writer = OutcomeWriter(sys.stdout, settings.fmt, settings.fields)
    out = _Ordered(writer)
    with progress(opts.action, len(todo), enabled=settings.progress) as bar:
        run = _Run(opts, journal, out, bar)
        if todo:
            asyncio.run(_main(opts, settings, todo, run))
    out.flush()
    counted = sum(run.report.counts.values())
    if counted < len(todo):
        run.report.counts[NOT_SENT] = run.report.counts.get(NOT_SENT, 0) + len(todo) - counted
    return run.report
