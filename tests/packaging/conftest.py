"""One build per session: sdist -> wheel (built from the sdist), and fresh virtualenvs that
install them with plain pip (`python -m venv` + `pip install`), as a downstream team would.

These tests need PyPI (pip fetches the dependencies and, for the sdist, hatchling).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UV = os.environ.get("UV") or shutil.which("uv")
# The extra's packages and what they bring: none of them belongs in the default install.
SPEC_ONLY = ("jsonschema", "referencing", "rpds-py", "pyyaml", "python-jsonpath")


def run(
    *cmd: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in cmd],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
        timeout=900,
    )


@dataclass(frozen=True)
class Dist:
    sdist: Path
    wheel: Path


@dataclass(frozen=True)
class Venv:
    root: Path

    @property
    def bin(self) -> Path:
        return self.root / "bin"

    @property
    def python(self) -> Path:
        return self.bin / "python"

    def installed(self) -> set[str]:
        listed = run(
            self.python, "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"
        )
        assert listed.returncode == 0, listed.stderr
        return {line.split("==")[0].lower().replace("_", "-") for line in listed.stdout.split()}


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """`uv build`: the sdist from the tree, then the wheel from the sdist (not from the tree)."""
    if not UV:
        if os.environ.get("CI"):
            pytest.fail("uv not found: CI must run the packaging tests")
        pytest.skip("uv not found (run the tests with `uv run pytest`)")
    out = tmp_path_factory.mktemp("dist")
    built = run(UV, "build", "--out-dir", out, ROOT)
    assert built.returncode == 0, built.stderr[-3000:]
    assert "from source distribution" in built.stderr, built.stderr
    (sdist,) = out.glob("telegent_mpaas-*.tar.gz")
    (wheel,) = out.glob("telegent_mpaas-*.whl")
    return Dist(sdist, wheel)


def _fresh_venv(where: Path, requirement: str) -> Venv:
    made = run(sys.executable, "-m", "venv", where)
    assert made.returncode == 0, made.stderr
    venv = Venv(where)
    installed = run(
        venv.python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", requirement
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    return venv


@pytest.fixture(scope="session")
def lean_venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """`pip install telegent_mpaas-*.whl`: the default install, no extra. Never modified."""
    return _fresh_venv(tmp_path_factory.mktemp("lean") / "venv", str(dist.wheel))


@pytest.fixture(scope="session")
def spec_venv(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    """`pip install telegent_mpaas-*.tar.gz[spec]`: pip builds the sdist itself."""
    return _fresh_venv(tmp_path_factory.mktemp("spec") / "venv", f"{dist.sdist}[spec]")
