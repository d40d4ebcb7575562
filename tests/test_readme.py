"""The README is the front door: its commands are the ones CI runs, its examples run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from telegent.testing import FakeTelegent, serve_in_thread

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, re.S | re.M)


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def test_quickstart_is_two_commands_and_ci_runs_the_test_command() -> None:
    block = re.search(r"```bash\n(.*?)```", _section("Quickstart"), re.S)
    assert block
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert len(commands) == 2, commands
    assert "scripts/regenerate.py" in commands[0]
    assert commands[0].startswith("python3 -m pip install uv && ")
    ci = (ROOT / ".ci" / "run").read_text()
    assert commands[1] in ci.splitlines(), (
        f"CI does not run the README's test command {commands[1]!r}"
    )


@pytest.mark.parametrize("index", range(len(_blocks("python"))))
def test_python_examples_are_valid_python(index: int) -> None:
    compile(_blocks("python")[index], f"README.md python block {index}", "exec")


def test_downstream_fixture_example_passes(pytester: pytest.Pytester) -> None:
    # The "Testing your code" example, run as a downstream project's test file.
    example = next(b for b in _blocks("python") if "def test_" in b and "telegent_client" in b)
    pytester.makepyfile(test_downstream=example)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=example.count("\ndef test_") + example.startswith("def test_"))


def test_mock_server_demo_runs(capsys: pytest.CaptureFixture[str]) -> None:
    demo = next(b for b in _blocks("python") if 'account_key="DID-fake"' in b)
    fake = FakeTelegent(numbers=20, seed=1, rate_limit=None)
    with serve_in_thread(fake) as base_url:
        exec(compile(demo.replace("http://127.0.0.1:4010", base_url), "README demo", "exec"), {})  # noqa: S102
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 5
    assert all(line.startswith("+") and line.endswith(" Active") for line in printed), printed


def test_resources_table_matches_the_generated_reference() -> None:
    api = (ROOT / "generated" / "api.md").read_text("utf-8")
    expected = {
        f"client.{name}": int(count)
        for name, count in re.findall(r"^## [^:\n]+: `client\.([a-z0-9_]+)` \((\d+)\)$", api, re.M)
    }
    internal = re.search(r"^## Internal: `client\.internal\.<resource>` \((\d+)\)$", api, re.M)
    if internal:
        expected["client.internal.<resource>"] = int(internal.group(1))
    section = _section("Resources and operations")
    shown = {
        name: int(count) for name, count in re.findall(r"^\| `([^`]+)` \| (\d+) \|$", section, re.M)
    }
    assert expected and shown == expected, "README resource table differs from generated/api.md"
    total = re.search(r"^(\d+) operations in", api, re.M)
    assert total and f"({total.group(1)} operations in all)" in section
    assert sum(expected.values()) == int(total.group(1))
