"""Progress bars for long work, on a terminal only.

Drawn on stderr with `rich <https://rich.readthedocs.io>`_ (the ``telegent-mpaas[cli]``
extra) when stderr is a terminal and ``--no-progress`` was not given. Piped or
redirected, or without the extra, nothing is drawn: output stays machine-readable, and
no colour or cursor codes are written.
"""

from __future__ import annotations

import importlib
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any, Protocol

from telegent._ratelimit import RateLimiter

__all__ = [
    "TICK",
    "Progress",
    "ReportingLimiter",
    "progress",
    "report_waits",
    "waiting_text",
]


class Progress(Protocol):
    """What commands report: work done, the total once known, a status word."""

    def advance(self, amount: int = 1) -> None: ...
    def set_total(self, total: int | None) -> None: ...
    def set_status(self, text: str) -> None: ...


class _Silent:
    def advance(self, amount: int = 1) -> None:
        pass

    def set_total(self, total: int | None) -> None:
        pass

    def set_status(self, text: str) -> None:
        pass


class _Rich:
    def __init__(self, bar: Any, task: Any, label: str) -> None:
        self._bar = bar
        self._task = task
        self._label = label

    def advance(self, amount: int = 1) -> None:
        self._bar.advance(self._task, amount)

    def set_total(self, total: int | None) -> None:
        self._bar.update(self._task, total=total)

    def set_status(self, text: str) -> None:
        self._bar.update(self._task, description=f"{self._label}: {text}")


#: How often a rate-limit wait's countdown is redrawn, in seconds.
TICK = 1.0


def waiting_text(left: float, others: int = 0) -> str:
    """The bar's status during a rate-limit wait: the seconds until the next request may
    go (counting down), and how many more requests wait behind it."""
    text = f"rate limited: {math.ceil(left)} s"
    return f"{text} ({others} more waiting)" if others else text


class ReportingLimiter(RateLimiter):
    """A client's rate limiter that says on the bar what it waits for, counting down."""

    __slots__ = ("report",)

    def __init__(self, limit: int, clock: Callable[[], float], report: Progress) -> None:
        super().__init__(limit, 60.0, clock=clock)
        self.report = report

    def acquire(self, sleep: Callable[[float], None]) -> float:
        wait = self.reserve()
        left = wait
        while left > 0:  # in ticks, so the bar counts down
            self.report.set_status(waiting_text(left))
            step = min(left, TICK)
            sleep(step)
            left -= step
        if wait > 0:
            self.report.set_status("fetching")
        return wait


def report_waits(client: Any, bar: Progress) -> None:
    """Make ``client``'s rate limiter (if it has one) report its waits on ``bar``."""
    limiter = client._state.limiter  # the client's own: every request of it goes through
    if limiter is not None:
        reporting = ReportingLimiter(limiter.limit, client._state.clock, bar)
        reporting._slots = limiter._slots  # the requests already made keep their slots
        client._state.limiter = reporting


def _rich() -> ModuleType | None:
    # Imported by name: rich is optional (the [cli] extra), for mypy too.
    try:
        return importlib.import_module("rich.progress")
    except ImportError:
        return None


def wanted(enabled: bool, stream: Any = None) -> bool:
    """Whether a bar would be drawn: asked for, a terminal, and the extra installed."""
    out = stream if stream is not None else sys.stderr
    isatty = getattr(out, "isatty", None)
    return bool(enabled and callable(isatty) and isatty() and _rich() is not None)


@contextmanager
def progress(label: str, total: int | None, *, enabled: bool) -> Iterator[Progress]:
    """A bar on stderr when :func:`wanted`, else a silent stand-in."""
    module = _rich() if wanted(enabled) else None
    if module is None:
        yield _Silent()
        return
    console = importlib.import_module("rich.console").Console(stderr=True)
    columns = [
        module.TextColumn("{task.description}"),
        module.BarColumn(),
        module.MofNCompleteColumn(),
        module.TimeElapsedColumn(),
    ]
    with module.Progress(
        *columns,
        console=console,
        transient=False,
        # Output piped or redirected stays on stdout, untouched; only when stdout is the
        # same terminal does rich print it above the bar (else lines and bar interleave).
        redirect_stdout=sys.stdout.isatty(),
        redirect_stderr=False,
    ) as bar:
        task = bar.add_task(label, total=total)
        yield _Rich(bar, task, label)
