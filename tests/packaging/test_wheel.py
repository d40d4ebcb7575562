"""The distribution builds, installs into a fresh virtualenv and works there, far from this repo."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UV = os.environ.get("UV") or shutil.which("uv")

pytestmark = pytest.mark.skipif(not UV, reason="uv not found (run the tests with `uv run pytest`)")


def _run(*cmd: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, cwd=cwd, check=False
    )
    return result


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with only the built wheel (and its declared dependencies) installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    built = _run(UV, "build", "--wheel", "--out-dir", tmp / "dist", ROOT)
    assert built.returncode == 0, built.stderr
    wheels = list((tmp / "dist").glob("telegent_mpaas-*.whl"))
    assert len(wheels) == 1, wheels
    made = _run(UV, "venv", "--quiet", "--python", sys.executable, tmp / "venv")
    assert made.returncode == 0, made.stderr
    python = tmp / "venv" / "bin" / "python"
    installed = _run(UV, "pip", "install", "--quiet", "--python", python, wheels[0])
    assert installed.returncode == 0, installed.stderr
    return tmp / "venv"


def test_wheel_imports_both_packages_and_carries_the_spec(venv: Path, tmp_path: Path) -> None:
    code = (
        "import json, telegent, telegent_mpaas_client, telegent.spec as s;"
        "from telegent_mpaas_client.models import StatusChangeNumber;"
        "print(json.dumps({'file': telegent.__file__, 'version': s.pinned_spec_version(),"
        " 'sha': s.pinned_spec_sha256(), 'overlay': s.overlay_path().read_text()[:20],"
        " 'typed': __import__('importlib.resources').resources"
        ".files('telegent').joinpath('py.typed').is_file()}))"
    )
    # Run from an empty folder so nothing from this checkout can leak onto sys.path.
    result = _run(venv / "bin" / "python", "-I", "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert "site-packages" in info["file"]
    assert info["version"] == "1.0.8"
    assert info["sha"] == hashlib.sha256((ROOT / "openapi.json").read_bytes()).hexdigest()
    assert info["overlay"].startswith("overlay: 1.0.0")
    assert info["typed"] is True


def test_drift_command_runs_from_the_wheel(venv: Path, tmp_path: Path) -> None:
    same = _run(
        venv / "bin" / "telegent", "spec", "drift", "--against", ROOT / "openapi.json", cwd=tmp_path
    )
    assert same.returncode == 0, same.stdout + same.stderr
    moved = json.loads((ROOT / "openapi.json").read_text())
    del moved["paths"]["/v1.0/numbers/order"]
    (tmp_path / "published.json").write_text(json.dumps(moved))
    drift = _run(
        venv / "bin" / "telegent",
        "spec",
        "drift",
        "--against",
        tmp_path / "published.json",
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert drift.returncode == 1, drift.stdout + drift.stderr
    report = json.loads(drift.stdout)
    assert report["summary"]["ERR"] >= 1


def test_pip_install_dot_works(tmp_path: Path) -> None:
    made = _run(UV, "venv", "--quiet", "--seed", "--python", sys.executable, tmp_path / "venv")
    assert made.returncode == 0, made.stderr
    python = tmp_path / "venv" / "bin" / "python"
    src = tmp_path / "src"
    # A copy without the local virtualenv and caches, as a user's checkout would be.
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "node_modules", ".*cache"),
    )
    installed = _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", src)
    assert installed.returncode == 0, installed.stderr[-2000:]
    result = _run(
        python,
        "-I",
        "-c",
        "import telegent, telegent_mpaas_client; print(telegent.__version__)",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
