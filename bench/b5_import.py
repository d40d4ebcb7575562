"""Benchmark 5: start-up in fresh processes: ``import telegent``, the first call, the CLI.

Each round starts fresh interpreters (this venv's python, so the site setup and the
editable install are the user's) for every snippet below, in rotating order, timing each
from spawn to exit; the figures are medians over the rounds.

* **import cost** (goal ``import``): ``(telegent - pass) / (httpx - pass)``. Interpreter
  start-up is the same for both and would otherwise hide a slow import behind a constant;
  subtracting it makes the ratio stricter, not kinder.
* **wall time** (reported): ``telegent / httpx``, start-up included.
* **time to first call** (goal ``first-call``): import, build a client and make one
  ``orders.get`` over an in-process transport answering fixed bytes, against the same
  with raw httpx + ``json.loads``; start-up subtracted. Anything the SDK imports lazily
  on the first request shows here, not in the import row.
* **peers** (reported, :mod:`bench._peers`): the same two figures for the bare clients of
  openapi-python-client and openapi-python-generator built from the same patched spec
  (``import <package>``; import + client + first order lookup), against the same baselines.
* **CLI start-up** (goals ``cli-help``, ``spec-apply-help``): wall time of ``telegent
  --help``, ``telegent numbers list --help`` and ``telegent spec apply --help`` (``python -m
  telegent``) against ``python -c "import httpx"``, start-up included on both sides (an
  operator waits for the whole process).
* **Tab completion** (goal ``completion``, a time): one completion as the shell asks for it
  (argcomplete's protocol, ``telegent numbers change-status --change-type <Tab>``), spawn
  to exit; reported against ``import httpx`` too.
* **drift check on the pinned spec** (goal ``drift-pinned``): ``telegent spec drift
  --against openapi.json`` (what downstream CI runs; identical spec, exit 0) against
  ``import httpx``, wall time; fewer rounds (each run takes seconds), interleaved the same way.

``-X importtime`` breakdowns (one extra run each) name the modules the SDK adds, for
both the import and the first call.
"""

from __future__ import annotations

import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._core import ROOT, Result, Row, Settings, added_imports, child_env, importtime
from ._peers import Peer, first_call_code, peers_for

_SNIPPETS = {"pass": "pass", "httpx": "import httpx", "telegent": "import telegent"}
# The CLI's start-up: argv after `python -m telegent` (stdout discarded).
_CLI = {
    "telegent --help": ["--help"],
    "telegent numbers list --help": ["numbers", "list", "--help"],
}
_SPEC_APPLY_HELP = ["spec", "apply", "--help"]
_DRIFT = ["spec", "drift", "--against", "openapi.json"]
# A Tab after `--change-type `: the shell sets these and runs `telegent` (argcomplete).
_COMPLETION_LINE = "telegent numbers change-status --change-type "

# Time to first call: import, build a client, one orders.get over an in-process transport
# answering fixed bytes (no fake: its import would be counted). The raw side does the
# same with httpx + json.loads. Both bodies are filled in at run time.
_FIRST_COMMON = """
import httpx
TOKEN = {token!r}
ORDER = {order!r}
def answer(request):
    body = ORDER if request.url.path.endswith("/order") else TOKEN
    return httpx.Response(200, content=body, headers={{"content-type": "application/json"}})
"""
_FIRST_SDK = """
from telegent import Telegent
client = Telegent(account_key="DID-bench", account_secret="s",
                  transport=httpx.MockTransport(answer))
assert client.orders.get({order_id!r}).order_id == {order_id!r}
"""
_FIRST_RAW = """
import json
http = httpx.Client(base_url="https://api.telegent.com", transport=httpx.MockTransport(answer),
                    headers={{"Authorization": "Bearer x"}})
data = json.loads(http.get("/v1.0/numbers/order", params={{"OrderId": {order_id!r}}}).content)
assert data["OrderId"] == {order_id!r}
"""


def _first_call_inputs() -> tuple[str, str]:
    """The common part of the first-call snippets (bodies filled in) and the order id."""
    from ._fixtures import make_client, make_fake

    fake = make_fake(numbers=10, polls_to_complete=0)
    client = make_client(fake)
    order_id = client.numbers.park([next(fake.iter_numbers()).number]).order_id
    order = client.orders.with_raw_response.get(order_id).http_response.content
    token = json.dumps(
        {"token": fake.issue_token(), "successful": True, "tokenExpiry": "12/31/2099 11:59:59 PM"}
    ).encode()
    client.close()
    return _FIRST_COMMON.format(token=token, order=order), order_id


# A snippet: argv after the interpreter, and its environment.
Snippet = tuple[list[str], dict[str, str]]


def _spawn(snippet: Snippet) -> float:
    """Seconds from spawn to exit of ``python ARGV`` (stdout discarded)."""
    argv, env = snippet
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *argv], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def _rounds(snippets: dict[str, Snippet], rounds: int) -> dict[str, list[float]]:
    """Every snippet once per round, the order rotating round by round, after a warm-up run
    of each (compiles .pyc files, warms the page cache)."""
    for snippet in snippets.values():
        _spawn(snippet)
    samples: dict[str, list[float]] = {name: [] for name in snippets}
    names = list(snippets)
    for r in range(rounds):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(_spawn(snippets[name]))
    return samples


def _completion(env: dict[str, str], out_file: Path) -> Snippet:
    env = {
        **env,
        "_ARGCOMPLETE": "1",
        "COMP_LINE": _COMPLETION_LINE,
        "COMP_POINT": str(len(_COMPLETION_LINE)),
        "_ARGCOMPLETE_STDOUT_FILENAME": str(out_file),
    }
    return ["-m", "telegent"], env


def import_breakdown(
    code: str, baseline_code: str, module: str, env: dict[str, str]
) -> dict[str, object]:
    """``-X importtime``: the heaviest modules ``code`` imports that ``baseline_code`` does not."""
    mine = importtime(["-c", code], env)
    base = importtime(["-c", baseline_code], env)
    out = added_imports(mine, base)
    out[f"{module}_cumulative_us"] = mine.get(module, (0, 0))[1]
    out["httpx_cumulative_us"] = base.get("httpx", (0, 0))[1]
    return out


def run(settings: Settings) -> Result:
    with peers_for(settings) as peers, tempfile.TemporaryDirectory(prefix="bench5-") as tmp:
        return _run(settings, peers, Path(tmp))


def _run(settings: Settings, peers: list[Peer], tmp: Path) -> Result:
    env = child_env()
    common, order_id = _first_call_inputs()
    first = {
        "first call, SDK": common + _FIRST_SDK.format(order_id=order_id),
        "first call, raw": common + _FIRST_RAW.format(order_id=order_id),
    }
    snippets: dict[str, Snippet] = {
        name: (["-c", code], env) for name, code in {**_SNIPPETS, **first}.items()
    }
    for name, args in {**_CLI, "telegent spec apply --help": _SPEC_APPLY_HELP}.items():
        snippets[name] = (["-m", "telegent", *args], env)
    completion_out = tmp / "completion.txt"
    has_argcomplete = importlib.util.find_spec("argcomplete") is not None
    if has_argcomplete:
        snippets["completion"] = _completion(env, completion_out)
    runnable = [p for p in peers if p.error is None]
    for peer in runnable:
        snippets[f"import {peer.key}"] = (["-c", f"import {peer.package}"], peer.env())
        code = common + first_call_code(peer, order_id)
        snippets[f"first call, {peer.key}"] = (["-c", code], peer.env())

    rounds = settings.reps(12, 4)
    samples = _rounds(snippets, rounds)
    med = {name: statistics.median(s) for name, s in samples.items()}
    drift_samples = _rounds(
        {"drift": (["-m", "telegent", *_DRIFT], env), "httpx": snippets["httpx"]},
        settings.reps(3, 1),
    )
    drift_med = {name: statistics.median(s) for name, s in drift_samples.items()}

    net = {name: t - med["pass"] for name, t in med.items()}
    res = Result(5, "start-up in a fresh process: import, first call, CLI")
    res.rows.append(
        Row(
            "import cost (start-up subtracted)",
            net["telegent"],
            net["httpx"],
            "s",
            "telegent",
            "httpx",
            "import",
        )
    )
    res.rows.append(
        Row(
            "wall time incl. interpreter start-up",
            med["telegent"],
            med["httpx"],
            "s",
            "telegent",
            "httpx",
        )
    )
    first_label = "import + client + first `orders.get` (start-up subtracted)"
    res.rows.append(
        Row(
            first_label,
            net["first call, SDK"],
            net["first call, raw"],
            "s",
            "SDK",
            "httpx+json",
            "first-call",
        )
    )
    for peer in peers:
        import_label = f"`import {peer.package}` (start-up subtracted): {peer.label}"
        call_label = f"import + client + first order lookup (start-up subtracted): {peer.label}"
        if peer.error:
            res.rows.append(Row.cannot_run(import_label, "s", "peer", "httpx", peer.error))
            res.rows.append(Row.cannot_run(call_label, "s", "peer", "httpx+json", peer.error))
            continue
        res.rows.append(
            Row(import_label, net[f"import {peer.key}"], net["httpx"], "s", "peer", "httpx")
        )
        res.rows.append(
            Row(
                call_label,
                net[f"first call, {peer.key}"],
                net["first call, raw"],
                "s",
                "peer",
                "httpx+json",
            )
        )
    for name in [*_CLI, "telegent spec apply --help"]:
        goal = "spec-apply-help" if name.startswith("telegent spec") else "cli-help"
        res.rows.append(
            Row(
                f"`{name}` wall time (CLI start-up)",
                med[name],
                med["httpx"],
                "s",
                "telegent CLI",
                "import httpx",
                goal,
            )
        )
    completion_label = "Tab completion, spawn to exit (goal: a time)"
    if has_argcomplete:
        offered = completion_out.read_text().split() if completion_out.exists() else []
        res.rows.append(
            Row(
                completion_label,
                med["completion"],
                med["httpx"],
                "s",
                "completion",
                "import httpx",
                "completion",
            )
        )
        res.details["completion_offered"] = offered
    else:
        res.rows.append(
            Row.cannot_run(
                completion_label,
                "s",
                "completion",
                "import httpx",
                "argcomplete is not installed (the cli extra)",
            )
        )
    res.rows.append(
        Row(
            "drift check on the pinned spec (`telegent spec drift --against openapi.json`)",
            drift_med["drift"],
            drift_med["httpx"],
            "s",
            "drift check",
            "import httpx",
            "drift-pinned",
        )
    )
    res.details.update(
        {
            "rounds": rounds,
            "median_s": {k: round(v, 5) for k, v in med.items()},
            "min_s": {k: round(min(s), 5) for k, s in samples.items()},
            "drift_rounds_s": {k: [round(x, 4) for x in v] for k, v in drift_samples.items()},
            "importtime": import_breakdown("import telegent", "import httpx", "telegent", env),
            "importtime_first_call": import_breakdown(
                first["first call, SDK"], first["first call, raw"], "telegent", env
            ),
            "method": "wall time of `python ARGV` (spawn to exit), median of interleaved rounds; "
            "net = median(CODE) - median(`pass`)",
        }
    )
    return res
