"""Prism (pinned in tools/prism) as a subprocess: start, read its log, find violations.

``scripts/mock PORT`` serves generated/openapi.json on 127.0.0.1 with request (and
response) validation and ``--errors``. Prism reports a problem in two places:

* the response: an ``sl-violations`` header (JSON list), and with ``--errors`` an
  error status (400/401/422 for the request, 500 for its own response);
* its log: ``[VALIDATOR] ✖  error     Violation: request.body ...`` lines, a
  ``⚠  warning   Request did not pass the validation rules`` line, and
  ``✖  error     Request terminated with error: ...`` when it cannot answer.

Every request shows up in the log as one ``[HTTP SERVER] <method> <path> ... Request
received`` line. :meth:`PrismServer.segment` uses that: after a scenario it sends one
valid *barrier* request and waits for its "Request received" line, so every log line
of the scenario's own requests has been read; the lines before the barrier are the
scenario's segment.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

import httpx

from ._spec import ROOT

PRISM_BIN = ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
MOCK_SCRIPT = ROOT / "scripts" / "mock"
STARTUP_TIMEOUT = 60.0  # seconds for Prism to load the spec and listen
INSTALL_TIMEOUT = 600.0  # seconds for `scripts/mock --install-only` (npm ci)
LOG_TIMEOUT = 15.0  # seconds for a request's log lines to arrive

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
RECEIVED = re.compile(r"\[HTTP SERVER\] \w+ \S+ .*Request received")
VIOLATION = re.compile(r"✖|⚠|Violation|did not pass the validation rules")
BARRIER_PATH = "/v1.0/numbers/inventory"


def in_ci() -> bool:
    """True under CI (``CI=true``), where Prism tests must run, never skip."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def unavailable_reason() -> str | None:
    """Why Prism cannot run here, or None when it can."""
    node = shutil.which("node")
    if PRISM_BIN.exists():
        return None if node else "Prism is installed in tools/prism but `node` is not on PATH"
    if node and shutil.which("npm"):
        return None  # scripts/mock --install-only can install it (npm ci)
    return (
        "Node.js is not available (no `node`/`npm` on PATH) and Prism is not installed in "
        "tools/prism/node_modules; install Node.js 18+ and run `scripts/mock --install-only`"
    )


def install() -> None:
    """``scripts/mock --install-only`` (npm ci from tools/prism/package-lock.json)."""
    done = subprocess.run(
        ["bash", str(MOCK_SCRIPT), "--install-only"],
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"scripts/mock --install-only failed:\n{done.stdout}{done.stderr}")


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class Segment:
    """The log lines of one scenario's requests."""

    lines: list[str]

    @property
    def received(self) -> int:
        """How many requests Prism logged as received."""
        return sum(1 for line in self.lines if RECEIVED.search(line))

    @property
    def violations(self) -> list[str]:
        """Lines reporting a validation problem or a request Prism could not serve."""
        return [line for line in self.lines if VIOLATION.search(line)]


class PrismServer:
    """A running ``scripts/mock`` process and everything it has logged so far."""

    def __init__(self, log_path: Path) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._lines: list[str] = []
        self._changed = threading.Condition()
        self._log_file = log_path.open("w", encoding="utf-8")
        self.process = subprocess.Popen(
            ["bash", str(MOCK_SCRIPT), str(self.port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            errors="replace",
            env={**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"},
        )
        self._reader = threading.Thread(target=self._read, name="prism-log", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            line = _ANSI.sub("", raw.rstrip("\n"))
            self._log_file.write(line + "\n")
            self._log_file.flush()
            with self._changed:
                self._lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    @property
    def lines(self) -> list[str]:
        """A copy of every log line read so far."""
        with self._changed:
            return list(self._lines)

    def log_tail(self, count: int = 40) -> str:
        """The last ``count`` log lines, for failure messages."""
        return "\n".join(self.lines[-count:])

    def wait_until_listening(self) -> None:
        """Block until Prism says it is listening (or fail with its log)."""

        def ready() -> bool:
            return self.process.poll() is not None or any(
                "Prism is listening on" in line for line in self._lines
            )

        with self._changed:
            self._changed.wait_for(ready, timeout=STARTUP_TIMEOUT)
        if self.process.poll() is not None or not any(
            "Prism is listening on" in line for line in self.lines
        ):
            self.stop()
            raise RuntimeError(
                f"Prism did not start on port {self.port} within {STARTUP_TIMEOUT:.0f} s "
                f"(exit code {self.process.returncode}); log:\n{self.log_tail()}"
            )

    def mark(self) -> int:
        """The current end of the log (start a scenario's segment here)."""
        with self._changed:
            return len(self._lines)

    def segment(self, start: int, sent: int, token: str) -> Segment:
        """The log lines of the ``sent`` requests made since ``start`` (see module doc).

        Sends the barrier request (``token`` authorises it; Prism accepts any bearer
        token) and waits until Prism has logged ``sent + 1`` requests since ``start``;
        the barrier must be the last of them.
        """
        with httpx.Client(base_url=self.base_url, timeout=10) as http:
            barrier = http.get(
                BARRIER_PATH,
                params={"PageNumber": "1"},
                headers={"Authorization": f"Bearer {token}"},
            )
        if barrier.status_code != 200:
            raise RuntimeError(f"Prism refused the barrier request: {barrier.status_code}")

        def received() -> list[int]:
            return [i for i in range(start, len(self._lines)) if RECEIVED.search(self._lines[i])]

        with self._changed:
            self._changed.wait_for(lambda: len(received()) >= sent + 1, timeout=LOG_TIMEOUT)
            indexes = received()
            lines = list(self._lines)
        if len(indexes) != sent + 1 or BARRIER_PATH not in lines[indexes[-1]]:
            raise RuntimeError(
                f"expected Prism to log {sent} request(s) and then the barrier, it logged "
                f"{len(indexes)} request(s); log since the scenario began:\n"
                + "\n".join(lines[start:])
            )
        return Segment(lines[start : indexes[-1]])

    def stop(self) -> None:
        """Terminate Prism (this process only) and close the log."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._reader.join(timeout=5)
        self._log_file.close()
