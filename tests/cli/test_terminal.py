"""Progress bars on a terminal only; piped output is plain (no bar, no colour codes)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .conftest import CREDENTIALS, Mock, clean_env, inventory, lines, run_cli

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

ANSI = "\x1b["


def test_piped_output_has_no_progress_bar_or_colour(mock: Mock, tmp_path: Path) -> None:
    source = tmp_path / "numbers.txt"
    source.write_text("\n".join(inventory()[:300]) + "\n", encoding="utf-8")
    runs = [
        run_cli(mock, "numbers", "park", "--from", str(source)),
        run_cli(mock, "numbers", "list", "--limit", "250"),
        run_cli(mock, "numbers", "list-page", "--format", "table"),
        run_cli(mock, "orders", "get", "--order-id", "JNUOID-0"),  # an error, on stderr
    ]
    for result in runs:
        assert ANSI not in result.stdout and ANSI not in result.stderr
        assert "━" not in result.stderr  # rich's bar glyph
    assert len(lines(runs[0].stdout)) == 300
    assert runs[0].stderr.count("\n") == 1  # the summary line only
    assert runs[1].stderr == "" and len(lines(runs[1].stdout)) == 250


def _drain(master: int, process: subprocess.Popen[str]) -> str:
    """What the child wrote to the terminal, until it exits."""
    captured = b""
    deadline = time.monotonic() + 120  # a bound on a hang, not a timing assertion
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            captured += chunk
        elif process.poll() is not None:
            break
    os.close(master)
    return captured.decode("utf-8", "replace")


def _run_with_tty_stderr(
    mock: Mock, *args: str, python: tuple[str, ...] = ("-m", "telegent")
) -> tuple[int, str, str]:
    """Run the CLI with stderr on a pseudo-terminal; returns (status, stdout, terminal)."""
    master, slave = pty.openpty()
    env = clean_env(**{**CREDENTIALS, "TELEGENT_BASE_URL": mock.base_url, "TERM": "xterm"})
    # stdout to a file, not a pipe: a full pipe would block the child while we wait.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stdout:
        process = subprocess.Popen(
            [sys.executable, *python, *args], stdout=stdout, stderr=slave, env=env, text=True
        )
        os.close(slave)
        terminal = _drain(master, process)
        status = process.wait(timeout=30)
        stdout.seek(0)
        out = stdout.read()
    return status, out, terminal


def test_a_terminal_gets_a_progress_bar_and_stdout_stays_clean(mock: Mock, tmp_path: Path) -> None:
    pytest.importorskip("rich", reason="the progress bar comes with the cli extra (rich)")
    source = tmp_path / "numbers.txt"
    source.write_text("\n".join(inventory()[:200]) + "\n", encoding="utf-8")
    status, out, terminal = _run_with_tty_stderr(mock, "numbers", "park", "--from", str(source))
    assert status == 0
    assert "park" in terminal and "200/200" in terminal  # rich's M/N column, finished
    assert len(lines(out)) == 200 and ANSI not in out

    status, out, terminal = _run_with_tty_stderr(
        mock, "numbers", "park", "--from", str(source), "--no-progress"
    )
    assert status == 0 and "200/200" not in terminal


def test_without_rich_the_terminal_gets_no_bar_and_nothing_breaks(mock: Mock) -> None:
    # As on an install without the cli extra: importing rich fails.
    code = (
        "import sys; sys.modules['rich'] = None; sys.modules['rich.progress'] = None\n"
        "from telegent.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    status, out, terminal = _run_with_tty_stderr(
        mock, "numbers", "list", "--limit", "120", python=("-c", code)
    )
    assert status == 0
    assert len(lines(out)) == 120
    assert terminal == ""


def test_listing_and_waiting_show_progress_on_a_terminal(mock: Mock) -> None:
    pytest.importorskip("rich", reason="the progress bar comes with the cli extra (rich)")
    status, out, terminal = _run_with_tty_stderr(mock, "numbers", "list", "--limit", "150")
    assert status == 0, terminal
    assert len(lines(out)) == 150 and "150/150" in terminal

    park = run_cli(mock, "numbers", "park", inventory()[0])
    order_id = json.loads(park.stdout)["order_id"]
    status, out, terminal = _run_with_tty_stderr(
        mock, "orders", "wait", order_id, "--poll-interval", "0.05"
    )
    assert status == 0, terminal
    assert json.loads(out)["order_status"] == "Complete"
    assert f"order {order_id}: Complete" in terminal.replace("\r", "").replace("\n", "")
