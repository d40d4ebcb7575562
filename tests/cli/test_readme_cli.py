"""The README's command-line examples are commands this CLI accepts."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from telegent.cli import build_parser
from telegent.testing._server import _parser as mock_parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
SECTION = re.search(r"^## Command line\n(.*?)(?=^## )", README, re.S | re.M)


def _examples() -> list[list[str]]:
    assert SECTION, "README has no '## Command line' section"
    commands = []
    for block in re.findall(r"^```console\n(.*?)^```", SECTION.group(1), re.S | re.M):
        for line in block.splitlines():
            if line.startswith("$ telegent "):
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
