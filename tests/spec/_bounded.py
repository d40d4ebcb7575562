"""Run a call in a thread and fail the test if it does not end within a generous bound."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


def ends_within(seconds: float, call: Callable[[], Any]) -> BaseException | None:
    """Run *call*; return the exception it raised (None if it returned).

    Fails the test if *call* has not ended after *seconds* (a hang, not a timing claim).
    The thread is a daemon, so a hang cannot keep the test process alive.
    """
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert outcome, f"still running after {seconds} s"
    return outcome[0]
