#!/usr/bin/env python3
"""End-to-end check of the three overlays on the vendor's full spec, in a scratch directory.

    python3 -m uv run scripts/verify_published.py [--spec PATH] [--handwritten PATH] [--keep DIR]

Applies the hand-written overlay, overlay/published-names.overlay.yaml and
overlay/responses.overlay.yaml (strict), checks the patched spec (one token operation,
JSON-only media types, unique names, typed 200s, every example valid against its schema),
then runs openapi-python-client on it and reports warnings, models and times. Never touches
generated/. Exit 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from telegent.spec._infer import _examples, example_problems  # noqa: E402
from telegent.spec._naming import (  # noqa: E402
    iter_operations,
    operation_method,
    operation_resource,
    snake,
)
from telegent.spec._overlay import apply_overlay, load_overlay  # noqa: E402

DEFAULT_SPEC = ROOT.parent / "shared" / "published" / "openapi.json"


def patch(spec: dict[str, Any], overlays: list[Path]) -> dict[str, Any]:
    for overlay in overlays:
        spec = apply_overlay(spec, load_overlay(overlay), strict=True).document
    return spec


def typed(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema or schema.get("properties"):
        return True
    if schema.get("type") == "array":
        items = schema.get("items")
        return isinstance(items, dict) and (
            typed(items) or items.get("type") not in (None, "object")
        )
    return False


def checks(spec: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    failures: list[str] = []
    ops = list(iter_operations(spec))
    ids = Counter(op.get("operationId") for _, _, op in ops)
    names = Counter((operation_resource(op), operation_method(op, p, m)) for p, m, op in ops)
    failures += [f"operationId {i!r} used {n} times" for i, n in ids.items() if n > 1 or not i]
    failures += [f"method {r}.{m} used {n} times" for (r, m), n in names.items() if n > 1]
    if "/v1.0/OAuth2/tokens" in spec["paths"] or ids["createToken"] != 1:
        failures.append("the token operation is not exactly one POST /v1.0/oauth2/tokens")
    schemes = set((spec.get("components") or {}).get("securitySchemes") or {})
    wanted = {k for req in spec.get("security") or [] for k in req}
    if schemes != wanted:
        failures.append(f"security names {sorted(wanted)}, components define {sorted(schemes)}")
    media: Counter[str] = Counter()
    with_example = typed_200 = 0
    for path, method, op in ops:
        body = (op.get("requestBody") or {}).get("content") or {}
        media.update(f"request {t}" for t in body)
        for code, response in (op.get("responses") or {}).items():
            content = response.get("content") or {}
            media.update(f"response {t}" for t in content)
            if code == "200" and "application/json" in content:
                j = content["application/json"]
                has_example = bool(j.get("examples") or "example" in j)
                with_example += has_example
                if has_example and typed(j.get("schema")):
                    typed_200 += 1
                elif has_example:
                    failures.append(f"{method.upper()} {path}: 200 has examples but no type")
    odd = {k: v for k, v in media.items() if not k.endswith("application/json")}
    if odd:
        failures.append(f"media types other than application/json: {odd}")
    problems = example_problems(spec)
    failures += problems
    internal = sum(1 for _, _, op in ops if op.get("x-telegent-internal"))
    numbers = {
        "operations": len(ops),
        "200 with examples": with_example,
        "typed 200 with examples": typed_200,
        "examples refused by their schema": len(problems),
        "x-telegent-internal operations": internal,
        "resources": dict(sorted(Counter(r for r, _ in names).items())),
    }
    return failures, numbers


def generate(spec: dict[str, Any], scratch: Path) -> tuple[list[str], int, float]:
    spec_file = scratch / "openapi.json"
    spec_file.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    out = scratch / "client"
    started = time.perf_counter()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec_file),
            "--config",
            str(ROOT / "generator-config.yaml"),
            "--output-path",
            str(out),
            "--overwrite",
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=scratch,
    )
    seconds = time.perf_counter() - started
    text = run.stdout + run.stderr
    warnings = [
        line
        for line in text.splitlines()
        if "warning" in line.lower()
        or "Unable" in line
        or "text/json" in line
        or "duplicate" in line.lower()
    ]
    if run.returncode != 0:
        warnings.append(f"generator exited {run.returncode}: {text[-2000:]}")
    models = len(list((out / "models").glob("*.py"))) - 1 if (out / "models").exists() else 0
    return warnings, models, seconds


# Run inside the scratch directory: parse every 200 example with the generated client and
# turn it back into JSON; a field lost or changed on the way is a failure.
_ROUND_TRIP = """
import importlib, json, sys
import httpx
from client.client import Client
cases = json.load(open(sys.argv[1]))
failures, parsed = [], 0
for module, label, value in cases:
    if not module:
        failures.append(label)
        continue
    api = importlib.import_module(module)
    response = httpx.Response(200, json=value)
    try:
        result = api._parse_response(client=Client(base_url="http://x"), response=response)
        back = [r.to_dict() if hasattr(r, "to_dict") else r for r in result] if isinstance(
            result, list) else (result.to_dict() if hasattr(result, "to_dict") else result)
    except Exception as exc:
        failures.append(f"{label}: {type(exc).__name__}: {exc}")
        continue
    parsed += 1
    if back != value:
        failures.append(f"{label}: round trip changed the example")
print(json.dumps({"parsed": parsed, "failures": failures}))
"""


def round_trip(spec: dict[str, Any], scratch: Path) -> tuple[int, list[str]]:
    """Parse every 200 example with the generated client; return (parsed, failures)."""
    cases = []
    for path, method, op in iter_operations(spec):
        media = op["responses"]["200"].get("content", {}).get("application/json", {})
        found = sorted((scratch / "client" / "api").glob(f"*/{snake(op['operationId'])}.py"))
        if len(found) != 1:
            cases.append(("", f"{method.upper()} {path}: no single module ({found})", None))
            continue
        module = f"client.api.{found[0].parent.name}.{found[0].stem}"
        for key, value in _examples(media, spec.get("components") or {}):
            cases.append((module, f"{method.upper()} {path} example {key}", value))
    (scratch / "cases.json").write_text(json.dumps(cases), encoding="utf-8")
    (scratch / "round_trip.py").write_text(_ROUND_TRIP, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "round_trip.py", "cases.json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=scratch,
    )
    if run.returncode != 0:
        return 0, [f"round trip crashed: {run.stderr[-2000:]}"]
    result = json.loads(run.stdout)
    return result["parsed"], result["failures"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument(
        "--handwritten", type=Path, default=ROOT / "overlay" / "telegent.overlay.yaml"
    )
    parser.add_argument("--keep", type=Path, help="generate here and keep it (default: a temp dir)")
    args = parser.parse_args(argv)
    overlays = [
        args.handwritten,
        ROOT / "overlay" / "published-names.overlay.yaml",
        ROOT / "overlay" / "responses.overlay.yaml",
    ]
    started = time.perf_counter()
    spec = patch(json.loads(args.spec.read_text(encoding="utf-8")), overlays)
    applied = time.perf_counter() - started
    failures, numbers = checks(spec)
    scratch = args.keep or Path(tempfile.mkdtemp(prefix="telegent-published-"))
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        warnings, models, seconds = generate(spec, scratch)
        parsed, lost = round_trip(spec, scratch)
        failures += lost
    finally:
        if args.keep is None:
            shutil.rmtree(scratch, ignore_errors=True)
    numbers |= {
        "overlays applied in s": round(applied, 2),
        "models": models,
        "generator warnings": len(warnings),
        "generation in s": round(seconds, 1),
        "examples parsed and re-serialised": parsed,
    }
    for key, value in numbers.items():
        print(f"{key:34} {value}")
    for line in failures + warnings:
        print(f"FAIL {line}")
    return 1 if failures or warnings else 0


if __name__ == "__main__":
    sys.exit(main())
