"""Run the benchmark suite: ``python3 -m uv run python -m bench [--only 1,2] [--quick]``.

A full run (no ``--only``, no ``--quick``) writes ``bench/results/latest.json`` and renders
the README's benchmark table from it (and bench/README.md's goals table): re-running and
re-publishing is this one command. A partial or quick run writes its JSON to a temporary
file (or ``--out``) and leaves both alone. ``--table`` prints the README block rendered
from a run's JSON; ``--render [--check]`` (re)writes or checks the READMEs from it.

Every figure is a ratio against a baseline measured in the same run. Each benchmark runs
in its own child interpreter, so one benchmark's imports, caches and garbage never weigh
on another's numbers (and a crash in one is reported, not fatal). The peer clients
(:mod:`bench._peers`) are generated once per run, before the benchmarks that use them.
See bench/README.md.
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
from typing import Any

from . import _peers, _render
from ._core import RESULTS, ROOT, Result, Row, Settings, git_revision, machine, packages

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
# The benchmarks with peer rows: the peers are generated once for them.
USES_PEERS = {1, 2, 5}
LATEST = RESULTS / "latest.json"


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


def _worker(bench_id: int, settings: Settings, result_file: Path) -> int:
    module = importlib.import_module(f"bench.{BENCHMARKS[bench_id]}")
    started = time.perf_counter()
    result: Result = module.run(settings)
    result.seconds = time.perf_counter() - started
    result_file.write_text(json.dumps(result.as_dict(), default=str))
    return 0


def _run_child(bench_id: int, settings: Settings) -> Result:
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        out = Path(tmp) / "result.json"
        cmd = [sys.executable, "-m", "bench", "--worker", str(bench_id), "--result-file", str(out)]
        if settings.quick:
            cmd.append("--quick")
        if settings.peers_dir:
            cmd += ["--peers-dir", settings.peers_dir]
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
    fields = ("label", "measured", "baseline", "unit", "measured_name", "baseline_name")
    rows = [
        Row(*(r[f] for f in fields), goal=r["goal"], reason=r.get("reason"))
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


def _load(path: Path) -> dict[str, Any]:
    info: dict[str, Any] = json.loads(path.read_text())
    return info


def _render_command(source: Path, check: bool) -> int:
    info = _load(source)
    if check:
        stale = [
            str(path.relative_to(ROOT))
            for path, text in _render.rendered_files(info).items()
            if path.read_text() != text
        ]
        for name in stale:
            print(f"{name}: not rendered from {source.name}; run `python -m bench --render`")
        return 1 if stale else 0
    for path in _render.write(info):
        print(f"rewrote {path.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only",
        type=_ids,
        default=None,
        help="comma-separated benchmark ids (default: all)",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke run)")
    parser.add_argument(
        "--out",
        type=Path,
        help="where to write the JSON (default: bench/results/latest.json for a full run, "
        "a temporary file otherwise)",
    )
    parser.add_argument(
        "--table",
        nargs="?",
        const=LATEST,
        type=Path,
        metavar="JSON",
        help="print the README block rendered from a run's JSON (default: latest.json); no run",
    )
    parser.add_argument(
        "--render",
        nargs="?",
        const=LATEST,
        type=Path,
        metavar="JSON",
        help="write README.md's table and bench/README.md's goals from a run's JSON; no run",
    )
    parser.add_argument("--check", action="store_true", help="with --render: exit 1 if stale")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--peers-dir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker is not None:
        settings = Settings(quick=args.quick, peers_dir=args.peers_dir)
        return _worker(args.worker, settings, args.result_file)
    if args.table is not None:
        print(_render.render(_load(args.table)))
        return 0
    if args.render is not None:
        return _render_command(args.render, args.check)

    full = args.only is None and not args.quick
    ids: list[int] = args.only or sorted(BENCHMARKS)
    out: Path = args.out or (
        LATEST if full else Path(tempfile.gettempdir()) / "telegent-bench-partial.json"
    )
    started = time.perf_counter()
    info: dict[str, Any] = {
        "schema": 2,
        "command": "python -m bench " + " ".join(argv if argv is not None else sys.argv[1:]),
        "started_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": machine(),
        "packages": packages(),
        "git": git_revision(),
    }
    info["command"] = info["command"].strip()
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as peers_dir:
        peers_dir_used: str | None = None
        if USES_PEERS & set(ids):
            print("[bench] generating the peer clients ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            peers = _peers.build(Path(peers_dir))
            peers_dir_used = peers_dir
            info["peers"] = {
                "seconds": round(time.perf_counter() - t0, 1),
                "built": [{k: v for k, v in vars(p).items() if k != "root"} for p in peers],
            }
            for p in peers:
                state = f"cannot run: {p.error}" if p.error else "ok"
                print(f"[bench] peer {p.label}: {state}", file=sys.stderr, flush=True)
        settings = Settings(quick=args.quick, peers_dir=peers_dir_used)
        for bench_id in ids:
            print(f"[bench] {bench_id}: {BENCHMARKS[bench_id]} ...", file=sys.stderr, flush=True)
            res = _run_child(bench_id, settings)
            status = "error: " + res.error if res.error else ", ".join(r.status for r in res.rows)
            done = f"[bench] {bench_id}: {res.seconds:.1f} s ({status})"
            print(done, file=sys.stderr, flush=True)
            results.append(res)
    info["duration_s"] = round(time.perf_counter() - started, 1)
    info["benchmarks"] = [r.as_dict() for r in results]

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(info, indent=2, default=str) + "\n")
    tmp.replace(out)

    print(_render.render(info))
    print(f"\nJSON: {out}")
    if full and out == LATEST:
        for path in _render.write(info):
            print(f"rewrote {path.relative_to(ROOT)}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
