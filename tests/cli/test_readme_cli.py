"""The README's command-line examples are commands this CLI accepts."""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from telegent.cli import build_parser
from telegent.testing._server import _parser as mock_parser

from .conftest import Mock, clean_env

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
SECTION = re.search(r"^## Command line\n(.*?)(?=^## )", README, re.S | re.M)


def _examples() -> list[list[str]]:
    assert SECTION, "README has no '## Command line' section"
    commands = []
    for block in re.findall(r"^```console\n(.*?)^```", SECTION.group(1), re.S | re.M):
        for line in block.splitlines():
            if line.startswith("$ telegent ") and not line.startswith("$ telegent mock "):
                words = shlex.split(line[2:], comments=True)[1:]
                # Drop shell redirections (`> out.jsonl`, `< in.txt`): not the CLI's words.
                while set(words) & {">", "<"}:
                    at = next(i for i, w in enumerate(words) if w in {">", "<"})
                    del words[at : at + 2]
                commands.append(words)
    return commands


@pytest.mark.parametrize("argv", _examples(), ids=lambda argv: " ".join(argv[:3]))
def test_readme_example_parses(argv: list[str]) -> None:
    build_parser().parse_args(argv)


def test_the_readme_covers_the_done_when_examples() -> None:
    joined = "\n".join(" ".join(a) for a in _examples())
    for expected in (
        "numbers list --limit 3 --jsonl",
        "numbers park --from numbers.csv",
        "--resume",
        "orders wait",
        "--dry-run",
        "version --json",
    ):
        assert expected in joined


def test_readme_mock_flags_parse() -> None:
    assert SECTION
    match = re.search(r"`telegent mock (.*?)`", SECTION.group(1), re.S)
    assert match
    mock_parser().parse_args(shlex.split(match.group(1)))


def _console_lines() -> list[str]:
    assert SECTION
    blocks = re.findall(r"^```console\n(.*?)^```", SECTION.group(1), re.S | re.M)
    return [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]


def test_readme_examples_run_as_written_against_the_mock(mock: Mock, tmp_path: Path) -> None:
    """Before: the examples used numbers and orders the mock does not have."""
    script = ["set -e"]
    for line in _console_lines():
        if line.startswith("telegent mock "):
            continue  # the test's own mock stands in for it
        if "completion" in line and importlib.util.find_spec("argcomplete") is None:
            continue  # needs the cli extra
        script.append(line.replace("http://127.0.0.1:8080", mock.base_url))
    env = clean_env()
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    result = subprocess.run(
        ["bash", "-c", "\n".join(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "40 skipped" in result.stderr  # the resumed park sent nothing again
    assert "Complete" in result.stdout  # the order waited for
