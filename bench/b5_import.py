"""Benchmark 5: ``import telegent`` in a fresh process, against ``import httpx``.

Each round starts fresh interpreters (this venv's python, so the site setup and the
editable install are the user's) running ``-c pass``, ``-c "import httpx"``,
``-c "import telegent"`` and the two first-call snippets below, in rotating order,
timing each from spawn to exit; the figures are medians over the rounds.

* **import cost** (judged): ``(telegent - pass) / (httpx - pass)``. Interpreter start-up
  is the same for both and would otherwise hide a slow import behind a constant;
  subtracting it makes the ratio stricter, not kinder.
* **wall time** (reported): ``telegent / httpx``, start-up included.
* **time to first call** (reported): import, build a client and make one
  ``orders.get`` over an in-process transport answering fixed bytes, against the same
  with raw httpx + ``json.loads``; start-up subtracted. Anything the SDK imports lazily
  on the first request shows here, not in the import row.

* **CLI start-up** (judged, goal 1.5): wall time of ``telegent --help`` and ``telegent
  numbers list --help`` (``python -m telegent``) against ``python -c "import httpx"``,
  start-up included on both sides (an operator waits for the whole process).

``-X importtime`` breakdowns (one extra run each) name the modules the SDK adds, for
both the import and the first call.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

from ._core import ROOT, Result, Row, Settings, added_imports, child_env, importtime

GOAL = 1.3
CLI_GOAL = 1.5
_SNIPPETS = {"pass": "pass", "httpx": "import httpx", "telegent": "import telegent"}
# The CLI's start-up: argv after `python -m telegent` (stdout discarded).
_CLI = {
    "telegent --help": ["--help"],
    "telegent numbers list --help": ["numbers", "list", "--help"],
}

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


def _first_call_snippets() -> dict[str, str]:
    from ._fixtures import make_client, make_fake

    fake = make_fake(numbers=10, polls_to_complete=0)
    client = make_client(fake)
    order_id = client.numbers.park([next(fake.iter_numbers()).number]).order_id
    order = client.orders.with_raw_response.get(order_id).http_response.content
    token = json.dumps(
        {"token": fake.issue_token(), "successful": True, "tokenExpiry": "12/31/2099 11:59:59 PM"}
    ).encode()
    client.close()
    common = _FIRST_COMMON.format(token=token, order=order)
    return {
        "first call, SDK": common + _FIRST_SDK.format(order_id=order_id),
        "first call, raw": common + _FIRST_RAW.format(order_id=order_id),
    }


def _spawn(code: str | list[str], env: dict[str, str]) -> float:
    """Seconds from spawn to exit of ``python -c CODE`` (a list: ``python -m telegent ARGS``)."""
    argv = ["-m", "telegent", *code] if isinstance(code, list) else ["-c", code]
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *argv], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


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
    env = child_env()
    rounds = settings.reps(20, 6)
    first = _first_call_snippets()
    snippets: dict[str, str | list[str]] = {**_SNIPPETS, **first, **_CLI}
    for code in snippets.values():  # compile .pyc files and warm the page cache
        _spawn(code, env)
    samples: dict[str, list[float]] = {name: [] for name in snippets}
    names = list(snippets)
    for r in range(rounds):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(_spawn(snippets[name], env))
    med = {name: statistics.median(s) for name, s in samples.items()}
    net_t = med["telegent"] - med["pass"]
    net_h = med["httpx"] - med["pass"]
    res = Result(5, "`import telegent`, fresh process")
    res.rows.append(
        Row("import cost (start-up subtracted)", net_t, net_h, "s", "telegent", "httpx", GOAL)
    )
    res.rows.append(
        Row(
            "wall time incl. interpreter start-up",
            med["telegent"],
            med["httpx"],
            "s",
            "telegent",
            "httpx",
            None,
        )
    )
    res.rows.append(
        Row(
            "import + client + first `orders.get` (start-up subtracted)",
            med["first call, SDK"] - med["pass"],
            med["first call, raw"] - med["pass"],
            "s",
            "SDK",
            "httpx+json",
            None,
        )
    )
    for name in _CLI:
        res.rows.append(
            Row(
                f"`{name}` wall time (CLI start-up)",
                med[name],
                med["httpx"],
                "s",
                "telegent CLI",
                "import httpx",
                CLI_GOAL,
            )
        )
    res.details = {
        "rounds": rounds,
        "median_s": {k: round(v, 5) for k, v in med.items()},
        "min_s": {k: round(min(s), 5) for k, s in samples.items()},
        "importtime": import_breakdown("import telegent", "import httpx", "telegent", env),
        "importtime_first_call": import_breakdown(
            first["first call, SDK"], first["first call, raw"], "telegent", env
        ),
        "method": "wall time of `python -c CODE` (spawn to exit), median of interleaved rounds; "
        "net = median(CODE) - median(`pass`)",
    }
    return res
