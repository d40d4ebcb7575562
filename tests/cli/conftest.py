"""Run ``telegent`` as a subprocess against ``telegent mock`` on a free loopback port.

The mock prints one line per request it answers (``POST /v1.0/numbers/status -> 200``);
:class:`Mock` collects them, so a test can say exactly what reached the API.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest

CREDENTIALS = {"TELEGENT_ACCOUNT_KEY": "DID-fake", "TELEGENT_ACCOUNT_SECRET": "fake-secret"}
_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")
_REQUEST = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+) -> (\S+)$")
_SENTINEL = "/__cli_test_barrier__"
# Bulk runs without --output keep their journal here, not in the user's state folder.
JOURNALS = tempfile.mkdtemp(prefix="telegent-cli-journals-")


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without any TELEGENT_* or proxy settings, plus ``extra``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("TELEGENT_") and "proxy" not in k.lower() and k != "NO_COLOR"
    }
    env["NO_PROXY"] = "127.0.0.1,localhost"
    env["PYTHONIOENCODING"] = "utf-8"
    env["TELEGENT_JOURNAL_DIR"] = JOURNALS
    env.update(extra)
    return env


@dataclass
class Mock:
    """A running ``telegent mock`` subprocess and the requests it has answered."""

    process: subprocess.Popen[str]
    base_url: str
    banner: list[str]
    _lines: queue.Queue[str] = field(default_factory=queue.Queue)
    _seen: list[tuple[str, str, str]] = field(default_factory=list)

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))

    def requests(self) -> list[tuple[str, str, str]]:
        """(method, path, status) of every request answered so far, oldest first.

        Sends a barrier request first and waits for its line, so every request a
        finished CLI process made is in the list.
        """
        with httpx.Client(trust_env=False, timeout=10) as client:
            client.get(self.base_url + _SENTINEL)
        while True:
            line = self._lines.get(timeout=10)
            m = _REQUEST.match(line)
            if m is None:
                continue
            if m.group(2) == _SENTINEL:
                return list(self._seen)
            self._seen.append((m.group(1), m.group(2), m.group(3)))

    def status_changes(self) -> int:
        """How many status-change requests reached the mock so far."""
        return sum(1 for _, path, _ in self.requests() if path == "/v1.0/numbers/status")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a hung mock
            self.process.kill()
            self.process.wait(timeout=10)


def start_mock(*flags: str) -> Mock:
    """``telegent mock --port 0`` with ``flags``; returns once it is listening."""
    process = subprocess.Popen(
        [sys.executable, "-m", "telegent", "mock", "--port", "0", "--rate-limit", "0", *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=clean_env(),
    )
    assert process.stdout is not None
    banner: list[str] = []
    for _ in range(20):
        line = process.stdout.readline()
        if not line:
            break
        banner.append(line.rstrip("\n"))
        m = _LISTENING.search(line)
        if m:
            mock = Mock(process, m.group(1), banner)
            threading.Thread(target=mock._pump, daemon=True).start()
            return mock
    process.kill()
    raise AssertionError(f"telegent mock did not start: {banner}")


@pytest.fixture
def mock() -> Iterator[Mock]:
    """A mock with the default 1,000 numbers (seed 1), no rate limit."""
    server = start_mock()
    try:
        yield server
    finally:
        server.stop()


def run_cli(
    mock: Mock | None,
    *args: str,
    input: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """``python -m telegent ARGS`` with the mock's URL and demo credentials."""
    base = {"TELEGENT_BASE_URL": mock.base_url} if mock is not None else {}
    return subprocess.run(
        [sys.executable, "-m", "telegent", *args],
        input=input,
        capture_output=True,
        text=True,
        env=clean_env(**{**CREDENTIALS, **base, **(env or {})}),
        timeout=timeout,
        check=False,
    )


def inventory(count: int = 1000, seed: int = 1) -> list[str]:
    """The numbers ``telegent mock --numbers COUNT --seed SEED`` holds, in order."""
    from telegent.testing import FakeTelegent

    fake = FakeTelegent(numbers=count, seed=seed, rate_limit=None)
    return [record.number for record in fake.iter_numbers()]


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]
