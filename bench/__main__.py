"""Run the benchmark suite: ``python3 -m uv run python -m bench [--only 1,2] [--quick]``.

Prints a Markdown table (every figure a ratio against a baseline measured in the same
run) and writes ``bench/results/latest.json``. Each benchmark runs in its own child
interpreter, so one benchmark's imports, caches and garbage never weigh on another's
numbers (and a crash in one is reported, not fatal). See bench/README.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from ._core import (
    RESULTS,
    ROOT,
    Result,
    Settings,
    git_revision,
    machine,
    machine_line,
    packages,
    table,
)

BENCHMARKS: dict[int, str] = {
    1: "b1_call",
    2: "b2_parse",
    3: "b3_memory",
    4: "b4_bulk",
    5: "b5_import",
    6: "b6_pipeline",
    7: "b7_scale",
}
# The pipeline benchmarks (6, 7) regenerate the full spec some 15-20 times: minutes, not seconds.
CHILD_TIMEOUT_S = 600


def _ids(text: str) -> list[int]:
    try:
        ids = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected ids like 1,2,5; got {text!r}") from None
    unknown = [i for i in ids if i not in BENCHMARKS]
    if unknown or not ids:
        raise argparse.ArgumentTypeError(
            f"unknown benchmark id(s) {unknown or text!r}; known: {sorted(BENCHMARKS)}"
        )
    return ids


def _worker(bench_id: int, quick: bool, result_file: Path) -> int:
    module = importlib.import_module(f"bench.{BENCHMARKS[bench_id]}")
    started = time.perf_counter()
    result: Result = module.run(Settings(quick=quick))
    result.seconds = time.perf_counter() - started
    result_file.write_text(json.dumps(result.as_dict(), default=str))
    return 0


def _run_child(bench_id: int, quick: bool) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "bench", "--worker", str(bench_id), "--result-file", str(out)]
        if quick:
            cmd.append("--quick")
        started = time.perf_counter()
        try:
            proc = subprocess.run(
                cmd,
                check=False,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=CHILD_TIMEOUT_S,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        except subprocess.TimeoutExpired:
            return Result(
                bench_id, BENCHMARKS[bench_id], error=f"timed out after {CHILD_TIMEOUT_S} s"
            )
        elapsed = time.perf_counter() - started
        if proc.returncode != 0 or not out.exists():
            tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
            res = Result(bench_id, BENCHMARKS[bench_id], error=tail[:200])
            res.details["stderr"] = proc.stderr[-4000:]
            res.seconds = elapsed
            return res
        data = json.loads(out.read_text())
    return _from_dict(data)


def _from_dict(data: dict[str, object]) -> Result:
    from ._core import Row

    rows = [
        Row(
            label=r["label"],
            measured=r["measured"],
            baseline=r["baseline"],
            unit=r["unit"],
            measured_name=r["measured_name"],
            baseline_name=r["baseline_name"],
            goal=r["goal"],
        )
        for r in data["rows"]  # type: ignore[attr-defined]
    ]
    return Result(
        id=data["id"],  # type: ignore[arg-type]
        title=data["title"],  # type: ignore[arg-type]
        rows=rows,
        details=data["details"],  # type: ignore[arg-type]
        notes=data["notes"],  # type: ignore[arg-type]
        seconds=data["seconds"],  # type: ignore[arg-type]
        error=data["error"],  # type: ignore[arg-type]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only",
        type=_ids,
        default=sorted(BENCHMARKS),
        help="comma-separated benchmark ids (default: all)",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke run)")
    parser.add_argument(
        "--out",
        type=Path,
        default=RESULTS / "latest.json",
        help="where to write the JSON (default: bench/results/latest.json)",
    )
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        return _worker(args.worker, args.quick, args.result_file)

    started = time.perf_counter()
    info = {
        "schema": 1,
        "command": "python -m bench " + " ".join(argv if argv is not None else sys.argv[1:]),
        "started_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": machine(),
        "packages": packages(),
        "git": git_revision(),
    }
    results: list[Result] = []
    for bench_id in args.only:
        print(f"[bench] {bench_id}: {BENCHMARKS[bench_id]} ...", file=sys.stderr, flush=True)
        res = _run_child(bench_id, args.quick)
        status = "error: " + res.error if res.error else ", ".join(r.status for r in res.rows)
        print(f"[bench] {bench_id}: {res.seconds:.1f} s ({status})", file=sys.stderr, flush=True)
        results.append(res)
    info["duration_s"] = round(time.perf_counter() - started, 1)
    info["benchmarks"] = [r.as_dict() for r in results]

    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(info, indent=2, default=str) + "\n")
    tmp.replace(args.out)

    print(table(results))
    print()
    print(f"Machine: {machine_line(info)}.")
    print(f"Run: {info['duration_s']} s{' (--quick)' if args.quick else ''}; JSON: {args.out}")
    for res in results:
        for note in res.notes:
            print(f"- #{res.id}: {note}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
