"""The SDK as a downstream team's type checkers see it: mypy --strict and pyright (what
VS Code's Pylance runs) on code that imports the SDK as an installed library.

The package is laid out as a wheel installs it (``telegent`` with its ``py.typed``, the
generated modules inside it) in a folder on ``PYTHONPATH``, away from this checkout, so
pyright applies its library rules (``__all__`` decides what a module re-exports) exactly
as it does for a user.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# Slow tier: two type checkers in subprocesses; .ci/run runs it (`pytest -m "slow or prism"`).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent / "downstream"
SERVICE = HERE / "service.py"
WRONG = HERE / "wrong_change_types.py"
README_IMPORT = re.compile(r"^(?:from telegent[\w.]* import [^\n(]+|import telegent[\w.]*)$", re.M)


def _readme_imports() -> str:
    """Every import of the SDK the README's python blocks show, one file."""
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", readme, re.S | re.M)
    lines = sorted({m.group(0) for block in blocks for m in README_IMPORT.finditer(block)})
    assert any("telegent.types import" in line for line in lines), lines
    return "from __future__ import annotations\n\n" + "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """site/: the installed layout; src/: the downstream files under check."""
    root = tmp_path_factory.mktemp("downstream")
    site = root / "site"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "src" / "telegent", site / "telegent", ignore=ignore)
    src = root / "src"
    src.mkdir()
    shutil.copy(SERVICE, src / SERVICE.name)
    shutil.copy(WRONG, src / WRONG.name)
    (src / "readme_imports.py").write_text(_readme_imports(), "utf-8")
    return root


def _run(command: list[str], workdir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    # Exit status 1 means "errors found": the callers read the report, so no check=True.
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        command,
        check=False,
        cwd=workdir / "src",
        env={**os.environ, **env, "PYTHONPATH": str(workdir / "site")},
        capture_output=True,
        text=True,
        timeout=900,
    )


def _errors_by_file(lines: list[tuple[str, int, str]]) -> dict[str, list[tuple[int, str]]]:
    found: dict[str, list[tuple[int, str]]] = {}
    for file, line, message in lines:
        found.setdefault(Path(file).name, []).append((line, message))
    return found


@pytest.fixture(scope="module")
def pyright_errors(workdir: Path) -> dict[str, list[tuple[int, str]]]:
    files = sorted(str(p) for p in (workdir / "src").glob("*.py"))
    done = _run(
        [sys.executable, "-m", "pyright", "--outputjson", "--pythonpath", sys.executable, *files],
        workdir,
    )
    report = json.loads(done.stdout)
    return _errors_by_file(
        [
            (d["file"], d["range"]["start"]["line"] + 1, f"{d.get('rule', '')}: {d['message']}")
            for d in report["generalDiagnostics"]
            if d["severity"] == "error"
        ]
    )


@pytest.fixture(scope="module")
def mypy_errors(workdir: Path) -> dict[str, list[tuple[int, str]]]:
    files = sorted(str(p) for p in (workdir / "src").glob("*.py"))
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental"]
    command += ["--python-version", "3.11", "--config-file", os.devnull, *files]
    done = _run(command, workdir, MYPYPATH=str(workdir / "site"))
    assert done.returncode in (0, 1), done.stdout + done.stderr
    found = re.findall(r"^(\S+\.py):(\d+): error: (.*)$", done.stdout, re.M)
    return _errors_by_file([(file, int(line), message) for file, line, message in found])


def _refused_lines() -> list[int]:
    lines = WRONG.read_text("utf-8").splitlines()
    return [n for n, line in enumerate(lines, 1) if line.endswith("# refused")]


@pytest.mark.parametrize("name", ["readme_imports.py", "service.py"])
def test_pyright_accepts_the_readme_imports_and_a_service(
    name: str, pyright_errors: dict[str, list[tuple[int, str]]]
) -> None:
    # Before: `from telegent.types import NumberRecord` was reportPrivateImportUsage.
    assert pyright_errors.get(name, []) == []


@pytest.mark.parametrize("name", ["readme_imports.py", "service.py"])
def test_mypy_strict_accepts_the_readme_imports_and_a_service(
    name: str, mypy_errors: dict[str, list[tuple[int, str]]]
) -> None:
    assert mypy_errors.get(name, []) == []


def test_mypy_refuses_a_change_type_the_spec_lacks(
    mypy_errors: dict[str, list[tuple[int, str]]],
) -> None:
    errors = mypy_errors.get(WRONG.name, [])
    assert sorted({line for line, _ in errors}) == _refused_lines(), errors
    assert all("arg-type" in message for _, message in errors), errors
    assert any("'delete'" in message for _, message in errors), errors


def test_pyright_refuses_a_change_type_the_spec_lacks(
    pyright_errors: dict[str, list[tuple[int, str]]],
) -> None:
    errors = pyright_errors.get(WRONG.name, [])
    assert sorted({line for line, _ in errors}) == _refused_lines(), errors
    assert all("reportArgumentType" in message for _, message in errors), errors


def test_verifytypes_scores_the_public_api_at_least_99_percent(workdir: Path) -> None:
    done = _run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--verifytypes",
            "telegent",
            "--ignoreexternal",
            "--outputjson",
            "--pythonpath",
            sys.executable,
        ],
        workdir,
    )
    report = json.loads(done.stdout)["typeCompleteness"]
    assert report["packageRootDirectory"].startswith(str(workdir / "site")), report
    assert report["exportedSymbolCounts"]["withKnownType"] > 400  # it saw the package
    assert report["completenessScore"] >= 0.99, report["completenessScore"]
