"""Shared by the release tests: changed specs, a local spec server, a scratch copy of the tree."""

from __future__ import annotations

import copy
import http.server
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED_URL = "https://docs.telegent.com/api-reference/openapi.json"
INVENTORY = "/v1.0/numbers/inventory"
NEW_PATH = "/v1.0/numbers/lookup"

Doc = dict[str, Any]


def pinned() -> Doc:
    doc: Doc = json.loads((ROOT / "openapi.json").read_bytes())
    return doc


def breaking(doc: Doc) -> None:
    """A new required query parameter on the inventory call: the client never sends it (ERR)."""
    doc["paths"][INVENTORY]["get"]["parameters"].append(
        {"name": "AccountId", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def added_operation(doc: Doc) -> None:
    """A new path (INFO, but a new operation: minor)."""
    doc["paths"][NEW_PATH] = {
        "get": {
            # The vendor names every operation; an operation without a name is refused
            # by regeneration (scripts/spec_update.py drafts one by rule, tests/pipeline).
            "operationId": "getNumberLookup",
            "summary": "Get number lookup",
            "tags": ["Numbers"],
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
        }
    }


def harmless(doc: Doc) -> None:
    """Prose only: nothing the drift check judges (patch)."""
    doc["info"]["description"] += " See also the changelog."


def new_order_status(doc: Doc) -> None:
    """An order example shows a status ``orders.wait`` does not know (WARN: minor)."""
    media = doc["paths"]["/v1.0/numbers/order"]["get"]["responses"]["200"]["content"]
    examples = media["application/json"]["examples"]
    first = copy.deepcopy(next(iter(examples.values())))
    first["value"]["OrderStatus"] = "Completed"
    examples["completed"] = first


def _overlay_action(target: str) -> tuple[int, dict[str, Any]]:
    """(index, action) of the project overlay's first action on *target*."""
    import yaml

    overlay = yaml.safe_load((ROOT / "overlay" / "telegent.overlay.yaml").read_text("utf-8"))
    return next((i, a) for i, a in enumerate(overlay["actions"]) if a["target"] == target)


SERVER_ACTION = _overlay_action("$.servers[0]")
SCHEMES_ACTION = _overlay_action("$.components.securitySchemes")


def closes_server_gap(doc: Doc) -> None:
    """The vendor now serves the server entry exactly as the overlay sets it: that action is
    redundant, and nothing else changes for the client (patch)."""
    doc["servers"][0].update(copy.deepcopy(SERVER_ACTION[1]["update"]))


def closes_bearer_gap(doc: Doc) -> None:
    """The vendor renames its ``bearerAuth`` scheme to the ``BearerAuth`` the overlay adds:
    the adding action is redundant, but the one removing ``bearerAuth`` selects nothing, so
    regeneration (strict) would fail until it is dropped (major)."""
    doc["components"]["securitySchemes"] = copy.deepcopy(SCHEMES_ACTION[1]["update"])


def changed(*mutations: Callable[[Doc], None], version: str = "1.0.9") -> Doc:
    doc = pinned()
    for mutate in mutations:
        mutate(doc)
    doc["info"]["version"] = version
    return doc


def spec_bytes(doc: Doc) -> bytes:
    return (json.dumps(doc, indent=2) + "\n").encode()


class SpecServer:
    """A threaded HTTP server on 127.0.0.1 serving whatever body a test puts at a path."""

    def __init__(self) -> None:
        self.routes: dict[str, tuple[int, bytes]] = {}
        self.hits: list[str] = []
        routes, hits = self.routes, self.hits

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits.append(self.path)
                status, body = routes.get(self.path, (404, b"<html>not found</html>"))
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def serve(self, path: str, body: bytes, status: int = 200) -> str:
        self.routes[path] = (status, body)
        return self.base + path


@contextmanager
def spec_server() -> Iterator[SpecServer]:
    server = SpecServer()
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join(timeout=10)


TREE = [
    "openapi.json",
    "generator-config.yaml",
    "CHANGELOG.md",
    "overlay",
    "generated",
    "src/telegent/_generated",
    "scripts",
    "src/telegent/_version.py",
]


def copy_tree(dest: Path) -> Path:
    """What the pipeline reads and writes, copied so a test can change it freely."""
    for name in TREE:
        source, target = ROOT / name, dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    return dest
