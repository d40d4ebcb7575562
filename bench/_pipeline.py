"""Helpers for the pipeline benchmarks: load scripts/regenerate.py, make scratch trees."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from ._core import ROOT


def load_regenerate() -> ModuleType:
    """scripts/regenerate.py as a module (it is a script, not a package member)."""
    name = "regenerate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "regenerate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def scratch_tree(root: Path, spec: dict[str, Any] | None = None) -> Path:
    """A copy of the pipeline's inputs under ``root`` (``spec`` replaces openapi.json)."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "generator-config.yaml", root / "generator-config.yaml")
    shutil.copytree(ROOT / "overlay", root / "overlay", dirs_exist_ok=True)
    if spec is None:
        shutil.copy(ROOT / "openapi.json", root / "openapi.json")
    else:
        (root / "openapi.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False) + "\n")
    for place in ("generated", "src/telegent/_generated"):  # the pipeline's outputs
        if (ROOT / place).is_dir() and spec is None:
            shutil.copytree(
                ROOT / place,
                root / place,
                ignore=shutil.ignore_patterns("__pycache__"),
                dirs_exist_ok=True,
            )
    return root


def run_pipeline(regen: ModuleType, root: Path) -> list[str]:
    """``regenerate(Layout(root))``, the whole pipeline, in this process; its summary lines."""
    lines: list[str] = []
    code = regen.regenerate(regen.Layout(root), out=lines.append)
    if code != 0:
        raise RuntimeError(f"regenerate exited {code}: {lines}")
    return lines


def bare_generate(patched_spec: Path, config_file: Path, out_dir: Path) -> int:
    """What `openapi-python-client generate --path P --config C --meta none --overwrite
    --output-path O` does, through its Python API (no project code); returns problem count."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import ErrorLevel

    config = Config.from_sources(
        ConfigFile.load_from_path(config_file),
        MetaType.NONE,
        document_source=patched_spec,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir,
    )
    with contextlib.redirect_stdout(io.StringIO()):
        problems = generate(config=config)
    errors = [p for p in problems if p.level == ErrorLevel.ERROR]
    if errors:
        raise RuntimeError(f"generator errors: {errors}")
    return len(problems)
