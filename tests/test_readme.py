"""The README is the front door: its commands are the ones CI runs, its examples run."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from telegent import Telegent, TelegentError
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
    block = re.search(r"```bash\n(.*?)```", _section("Quickstart for contributors"), re.S)
    assert block
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert len(commands) == 2, commands
    assert "scripts/regenerate.py" in commands[0]
    assert commands[0].startswith("python3 -m pip install uv && ")
    ci = (ROOT / ".ci" / "run").read_text()
    assert commands[1] in ci.splitlines(), (
        f"CI does not run the README's test command {commands[1]!r}"
    )


def test_ci_runs_the_slow_tier_and_the_checks_no_test_repeats() -> None:
    # The suite has no test of its own for these: .ci/run is where they run.
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    for step in (
        "python3 -m uv run python scripts/regenerate.py --check",
        "python3 -m uv run python scripts/unasync.py --check",
        "python3 -m uv run mypy",
    ):
        assert step in ci, step
    slow = [line for line in ci if line.startswith("python3 -m uv run pytest -m ")]
    assert slow and '"slow or prism"' in slow[0], slow
    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["pytest"]
    assert '-m "not slow and not prism"' in addopts["ini_options"]["addopts"]


@pytest.mark.parametrize("index", range(len(_blocks("python"))))
def test_python_examples_are_valid_python(index: int) -> None:
    compile(_blocks("python")[index], f"README.md python block {index}", "exec")


# Names the README's snippets use without defining them (a client made earlier, a record
# from a listing, ...), declared with their types so each snippet type-checks alone.
SNIPPET_CONTEXT = """\
from __future__ import annotations
from telegent import Telegent
from telegent.types import NumberRecord, OrderDetails, StatusChangeOrder
client: Telegent
number: NumberRecord
details: OrderDetails
order: StatusChangeOrder
many_numbers: list[str]
"""


def _mypy_strict(files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(ROOT / p) for p in config["mypy_path"])}
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    command += ["--python-version", config["python_version"], "--config-file", os.devnull]
    # mypy exits 1 on type errors: the callers read its report, so no check=True.
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [*command, *map(str, files)],
        check=False,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """mypy --strict over every python block (one run), errors by block file name."""
    folder = tmp_path_factory.mktemp("readme_blocks")
    files = []
    for index, block in enumerate(_blocks("python")):
        path = folder / f"readme_block_{index:02d}.py"
        path.write_text(SNIPPET_CONTEXT + block, "utf-8")
        files.append(path)
    result = _mypy_strict(files, folder)
    assert "error:" in result.stdout or result.returncode == 0, result.stdout + result.stderr
    errors: dict[str, list[str]] = {}
    for line in result.stdout.splitlines():
        name, _, rest = line.partition(":")
        if " error: " in rest:
            errors.setdefault(name, []).append(line)
    return errors


@pytest.mark.slow  # mypy / pytest in a subprocess
@pytest.mark.parametrize("index", range(len(_blocks("python"))))
def test_python_examples_type_check_strictly(index: int, mypy_report: dict[str, list[str]]) -> None:
    errors = mypy_report.get(f"readme_block_{index:02d}.py", [])
    first_line = _blocks("python")[index].splitlines()[0]
    assert not errors, f"README python block {index} ({first_line!r}):\n" + "\n".join(errors)


@pytest.mark.slow  # mypy / pytest in a subprocess
def test_mypy_check_catches_a_wrong_example(tmp_path: Path) -> None:
    # The harness itself: a README-style snippet that misuses the API must fail.
    bad = tmp_path / "bad.py"
    bad.write_text(SNIPPET_CONTEXT + "total: int = client.numbers.list().total\n", "utf-8")
    result = _mypy_strict([bad], tmp_path)
    assert 'expression has type "int | None"' in result.stdout, result.stdout


def test_records_and_clock_examples_run(capsys: pytest.CaptureFixture[str]) -> None:
    records = next(b for b in _blocks("python") if "NumberRecord(number=" in b)
    exec(compile(records, "README records", "exec"), {})  # noqa: S102
    masked, as_json, revealed = capsys.readouterr().out.splitlines()
    assert masked == "***" and revealed == "4821"
    assert '"PortOutPin": "***"' in as_json and '"Number": "+12016093801"' in as_json
    clocked = next(b for b in _blocks("python") if "clock = FakeClock()" in b)
    exec(compile(clocked, "README clock", "exec"), {})  # noqa: S102
    sleeps = capsys.readouterr().out.strip()
    assert sleeps.startswith("[") and sleeps != "[]", sleeps  # waited, in fake time


@pytest.mark.slow  # mypy / pytest in a subprocess
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


# ------------------------------------------------ every python block runs against the fake

# What a README line may raise when run against the fake: the SDK's own refusals (bad input
# named before sending, the fake's answers to placeholder ids and credentials). A NameError,
# AttributeError, ImportError or a call with a parameter the code lacks means the README
# disagrees with the code.
_ALLOWED = (TelegentError, ValueError, TypeError)
_SIGNATURE = re.compile(r"unexpected keyword argument|positional argument|takes \d+ positional")


def _statements(block: str) -> list[tuple[int, str]]:
    """The block's top-level statements (line number, source), to run one at a time."""
    tree = ast.parse(block)
    lines = block.splitlines()
    return [
        (node.lineno, "\n".join(lines[node.lineno - 1 : node.end_lineno]))
        for node in tree.body
        if node.end_lineno is not None
    ]


@pytest.fixture
def served_fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The fake over HTTP, taking the README's placeholder and demo credentials; every
    client the README makes without a base_url is sent here, and nothing leaves loopback."""
    fake = FakeTelegent(
        numbers=20,
        seed=1,
        rate_limit=None,
        polls_to_complete=0,
        account_key="DID-...",
        account_secret="...",
    )
    real = httpx.HTTPTransport.handle_request

    def loopback_only(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        assert request.url.host == "127.0.0.1", f"README block reached {request.url}"
        return real(self, request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", loopback_only)
    with serve_in_thread(fake) as base_url:
        monkeypatch.setenv("TELEGENT_BASE_URL", base_url)
        yield base_url


def _context(base_url: str) -> dict[str, object]:
    """The names SNIPPET_CONTEXT declares, made for real against the served fake."""
    client = Telegent(account_key="DID-...", account_secret="...", base_url=base_url)
    number = next(iter(client.numbers.list(filter="Active", limit=1)))
    order = client.numbers.park([number.number])
    details = client.orders.get(order.order_id)
    # Three of the account's numbers and the README's own example number (not the account's).
    many = [n.number for n in client.numbers.list(filter="Active", limit=3)] + ["+12016093801"]
    return {
        "client": client,
        "number": number,
        "order": order,
        "details": details,
        "many_numbers": many,
        "Telegent": Telegent,
    }


@pytest.mark.parametrize("index", range(len(_blocks("python"))))
def test_python_examples_run_against_the_fake(index: int, served_fake: str) -> None:
    block = _blocks("python")[index].replace("http://127.0.0.1:4010", served_fake)
    # The mock's demo credentials are the same fake account as the placeholders.
    block = block.replace('"DID-fake"', '"DID-..."').replace('"fake-secret"', '"..."')
    namespace: dict[str, object] = {"__name__": f"readme_block_{index}", **_context(served_fake)}
    for line, source in _statements(block):
        where = f"README python block {index}, line {line}: {source.splitlines()[0]!r}"
        try:
            exec(compile(source, where, "exec"), namespace)  # noqa: S102
        except _ALLOWED as exc:
            assert not (isinstance(exc, TypeError) and _SIGNATURE.search(str(exc))), (
                f"{where}: {exc}"
            )


# ------------------------------------------------------------ links to README sections


def _slug(title: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", title.strip().lower()).replace(" ", "-")


HEADINGS = [h for h in re.findall(r"^#{1,4} (.+)$", README, re.M)]
ANCHORS = {_slug(h) for h in HEADINGS}
# README "Install, pin, upgrade", README, "...", the README ("...")
_QUOTED = re.compile(r'README(?:,?\s+\(?|\s*\()"([^"]+)"')
_FILES = [
    "README.md",
    "CHANGELOG.md",
    "action.yml",
    "pyproject.toml",
    *(
        str(p.relative_to(ROOT))
        for folder in ("src", "scripts", "bench", "tools", ".github")
        for p in sorted((ROOT / folder).rglob("*"))
        # Ours only: not caches, not the npm packages scripts/mock installs under tools/.
        if p.suffix in {".py", ".md", ".yml", ".yaml"}
        and not {"__pycache__", "node_modules"} & set(p.parts)
    ),
]


def _section_links() -> list[tuple[str, str]]:
    found = []
    for name in _FILES:
        text = (ROOT / name).read_text("utf-8")
        prefix = r"\]\(#" if name == "README.md" else r"README\.md#"
        found += [(name, "#" + a) for a in re.findall(prefix + r"([\w\-]+)", text)]
        found += [(name, '"' + " ".join(t.split()) + '"') for t in _QUOTED.findall(text)]
    return sorted(set(found))


def test_links_to_readme_sections_are_found() -> None:
    links = _section_links()
    assert ("README.md", "#install-pin-upgrade") in links
    assert any(name == "CHANGELOG.md" for name, _ in links)
    assert any(name.startswith("src/") for name, _ in links)


@pytest.mark.parametrize(("name", "link"), _section_links())
def test_every_link_to_a_readme_section_resolves(name: str, link: str) -> None:
    if link.startswith("#"):
        assert link[1:] in ANCHORS, f"{name} links to {link}: no such README section"
    else:
        assert link.strip('"') in HEADINGS, f"{name} names README section {link}: none such"
