"""Every secret field of the pinned spec stays masked in every output, over a real socket.

The fields come from the patched spec itself (every property the overlay marks
``x-telegent-secret``, or ``format: password``), not from the SDK's generated table, so
a field the table missed fails here. Each request-side field gets a distinctive value
and is sent to a local server that answers 400 and echoes the request body back (a
leaky server); every secret name of the spec also comes back in that answer with a
value of its own. None of those values may show in: the debug log (request and
response, bodies and headers), the error (``str``, ``repr``, ``body``), ``e.request``
and ``e.response.request``, the ``repr`` of the request objects (``APIRequest``, the
fake's ``FakeRequest``), a traceback rendered with its frames' local variables (as
Sentry or rich do), and the CLI's ``--dry-run`` and ``--debug`` output.

Before the secret policy was one generated table: the log redaction had its own list
of six names, so the PIN, CurrentAccountPassword, AuthenticationPassword and the
distributor Secret were logged, shown by ``--dry-run``/``--debug``, kept in
``e.request``, and printed by ``APIRequest``'s dataclass repr.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from telegent import APIStatusError
from telegent._registry import Operation, operation
from telegent._resource import build_request
from telegent.cli._flags import flag
from telegent.cli._generic import command_name
from telegent.spec._naming import iter_operations
from telegent.testing._types import FakeRequest
from tests.contract._arguments import build_call, build_kwargs

from ._support import aw, close
from .server import LocalServer, Received, Reply, json_reply, serve

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "tok-static-Hw3Rk9Vb"  # a static bearer token: masked by the redactor
FRAGMENT = 8  # any 8 characters of a value in a row count as a leak


@cache
def patched_spec() -> dict[str, Any]:
    return dict(json.loads((ROOT / "generated" / "openapi.json").read_text("utf-8")))


def _deref(node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 20:
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        node = patched_spec()["components"]["schemas"][name]
        seen += 1
    return node


def _is_secret(prop: Any) -> bool:
    return isinstance(prop, Mapping) and (
        bool(prop.get("x-telegent-secret")) or prop.get("format") == "password"
    )


def secret_paths(schema: Any, depth: int = 0) -> Iterator[tuple[str, ...]]:
    """Paths (wire names) to every secret property of a request body schema."""
    schema = _deref(schema)
    if not isinstance(schema, Mapping) or depth > 4:
        return
    for member in schema.get("allOf") or []:
        yield from secret_paths(member, depth + 1)
    for name, prop in (schema.get("properties") or {}).items():
        if _is_secret(prop):
            yield (str(name),)
        else:
            yield from ((str(name), *rest) for rest in secret_paths(prop, depth + 1))


def every_secret_name(node: Any) -> Iterator[str]:
    """Every property name the spec marks secret, anywhere (answers and components too)."""
    if isinstance(node, Mapping):
        for name, prop in (node.get("properties") or {}).items():
            if _is_secret(prop):
                yield str(name)
        for value in node.values():
            yield from every_secret_name(value)
    elif isinstance(node, list):
        for value in node:
            yield from every_secret_name(value)


def value_for(where: str) -> str:
    """A distinctive, random-looking value (no fragment of it occurs by chance)."""
    return "Zq" + hashlib.sha256(where.encode()).hexdigest()[:18] + "Vx"


@dataclass(frozen=True)
class Site:
    """One request-side secret: an operation, the path to the field in its body, a value."""

    op: Operation
    path: tuple[str, ...]
    value: str

    @property
    def label(self) -> str:
        return f"{self.op.id}:{'.'.join(self.path)}"

    def body(self) -> Any:
        call = build_call(self.op)
        body = copy.deepcopy(call.body) if isinstance(call.body, dict) else {}
        node = body
        for key in self.path[:-1]:
            node = node.setdefault(key, {}) if isinstance(node.get(key), dict | None) else {}
        node[self.path[-1]] = self.value
        return body

    def kwargs(self) -> dict[str, Any]:
        return build_kwargs(self.op, self.body(), build_call(self.op).query)


def request_sites() -> list[Site]:
    sites: list[Site] = []
    for path, method, op in iter_operations(patched_spec()):
        content = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
        if not content:
            continue
        for field_path in sorted(set(secret_paths(content.get("schema")))):
            registered = operation(str(op["operationId"]))
            sites.append(Site(registered, field_path, value_for(f"{method} {path} {field_path}")))
    return sites


SITES = request_sites()
ANSWER_SECRETS = {
    name: value_for(f"answer {name}") for name in sorted(set(every_secret_name(patched_spec())))
}
ALL_VALUES = [*(s.value for s in SITES), *ANSWER_SECRETS.values(), TOKEN]


def leaks(text: str) -> list[str]:
    return [
        v
        for v in ALL_VALUES
        if any(v[i : i + FRAGMENT] in text for i in range(len(v) - FRAGMENT + 1))
    ]


def test_the_spec_has_the_secrets_the_issue_names() -> None:
    """The walk finds request-side and answer-side secrets (the test cannot pass empty)."""
    fields = {s.path[-1] for s in SITES}
    assert {"PIN", "CurrentAccountPassword", "PortOutPIN", "AccountSecret"} <= fields
    assert {"AuthenticationPassword", "Secret", "token", "PortOutPin"} <= set(ANSWER_SECRETS)


def leaky_server(received: list[Received]) -> Any:
    def handle(request: Received) -> Reply:
        received.append(request)
        echo = request.json() if request.body else None
        return json_reply(
            400,
            {"StatusCode": 400, "Message": "The request is invalid", "Echo": echo} | ANSWER_SECRETS,
            ("X-Echo-Authorization", request.headers.get("authorization", "")),
        )

    return handle


def sdk_method(client: Any, op: Operation) -> Any:
    home = client.internal if op.internal else client
    return getattr(getattr(home, op.resource), op.method)


def rendered_traceback(exc: BaseException) -> str:
    """The traceback with every frame's locals, from the SDK's frames on (the caller's own
    frame holds what the caller wrote, which no library can mask)."""
    tb = exc.__traceback__.tb_next if exc.__traceback__ else None
    shown = traceback.TracebackException(type(exc), exc, tb, capture_locals=True)
    return "".join(shown.format())


def what_the_error_shows(exc: APIStatusError) -> str:
    parts = [str(exc), repr(exc), repr(exc.body), rendered_traceback(exc)]
    for request in (exc.request, exc.response.request):
        assert request is not None
        parts += [str(request.url), repr(dict(request.headers)), request.content.decode()]
    return "\n".join(parts)


@pytest.mark.anyio
@pytest.mark.parametrize("site", SITES, ids=lambda s: s.label)
async def test_no_secret_in_logs_errors_or_tracebacks(
    site: Site, server: LocalServer, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[Received] = []
    server.handler = leaky_server(received)
    client = connect(server, token=TOKEN, max_retries=0)  # sync and async (the mode fixture)
    with (
        caplog.at_level(logging.DEBUG, logger="telegent"),
        pytest.raises(APIStatusError) as info,
    ):
        await aw(sdk_method(client, site.op)(**site.kwargs()))
    await close(client)
    assert site.value in received[-1].body.decode()  # it did go on the wire
    assert "Echo" in caplog.text and site.path[-1] in caplog.text  # the bodies were logged
    shown = what_the_error_shows(info.value) + caplog.text
    assert not leaks(shown), site.label


@pytest.mark.parametrize("site", SITES, ids=lambda s: s.label)
def test_no_secret_in_request_reprs(site: Site) -> None:
    request = build_request(site.op, site.kwargs(), dict, date(2026, 1, 1))
    assert site.path[-1] in repr(request)  # the body is shown, the value masked
    wire = json.dumps(request.json).encode()
    assert site.value.encode() in wire
    fake = FakeRequest(
        site.op.http_method, request.path, headers={"authorization": TOKEN}, body=wire
    )
    assert not leaks(repr(request) + repr(fake)), site.label


def cli_argv(site: Site, *options: str) -> list[str]:
    """The command for ``site``: the secret as its own flag (``--pin VALUE``, as an operator
    types it) when it is a top-level field, the rest of the body as ``--data``."""
    kwargs = site.kwargs()
    body = site.body()
    body_params = {p.name for p in site.op.params if p.location == "body"}
    flags = [
        part
        for p in site.op.params
        if p.name in kwargs and p.name not in body_params
        for part in (flag(p), str(kwargs[p.name]))
    ]
    secret = next((p for p in site.op.params if (p.wire,) == site.path), None)
    if secret is not None:
        flags += [flag(secret), str(body.pop(secret.wire))]
    return [
        site.op.resource,
        command_name(site.op.method),
        *options,
        "--data",
        json.dumps(body),
        *flags,
    ]


_RUN_ALL = """
import json, sys
from telegent.cli._main import main
for argv in json.loads(sys.stdin.read()):
    print("=== " + " ".join(argv[:2]), file=sys.stderr, flush=True)
    main(argv)
    sys.stdout.flush()
"""


def run_cli(argvs: list[list[str]]) -> str:
    """Run ``telegent`` once per argv, in one fresh process (the CLI's own logging set-up)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGENT_")}
    env |= {"NO_PROXY": "127.0.0.1,localhost", "PYTHONIOENCODING": "utf-8"}
    env = {k: v for k, v in env.items() if "proxy" not in k.lower() or k == "NO_PROXY"}
    done = subprocess.run(
        [sys.executable, "-c", _RUN_ALL],
        input=json.dumps(argvs),
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    return done.stdout + done.stderr


def test_no_secret_in_cli_dry_run() -> None:
    shown = run_cli([cli_argv(s, "--dry-run", "--token", TOKEN) for s in SITES])
    for site in SITES:  # each request was shown, its secret masked
        assert f'"{site.path[-1]}": "***"' in shown, site.label
    assert not leaks(shown)


def test_no_secret_in_cli_debug() -> None:
    received: list[Received] = []
    with serve(leaky_server(received)) as server:
        options = ("--debug", "--base-url", server.url, "--token", TOKEN, "--max-retries", "0")
        shown = run_cli([cli_argv(s, *options) for s in SITES])
    assert len(received) == len(SITES), shown[-2000:]
    assert shown.count("DEBUG] request POST") >= len(SITES), shown[-2000:]
    assert not leaks(shown)


@pytest.mark.anyio
async def test_credential_headers_are_masked_in_logs_and_errors(
    server: LocalServer, connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The overlay's credential headers (``x-telegent-secrets.headers``: Cookie, ...) set by
    the caller as default headers: masked in the debug log and in ``e.request``."""
    cookie = value_for("cookie header")
    received: list[Received] = []
    server.handler = leaky_server(received)
    client = connect(
        server, token=TOKEN, max_retries=0, default_headers={"Cookie": f"session={cookie}"}
    )
    with (
        caplog.at_level(logging.DEBUG, logger="telegent"),
        pytest.raises(APIStatusError) as info,
    ):
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert cookie in received[-1].headers.get("cookie", "")  # it did go on the wire
    shown = what_the_error_shows(info.value) + caplog.text
    assert "cookie" in shown.lower() and cookie[:FRAGMENT] not in shown
