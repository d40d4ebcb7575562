"""``import telegent`` loads what every call needs, not the generated surface or httpcore.

The generated modules (``telegent._generated``: records, resources, operations) and
httpcore (only needed once a client makes its own transport) load on first use; the import
cost does not grow with the spec (benchmark rows 5 and 7 measure it; this test pins the
cause). There is one generated client: no second package, no attrs, no dateutil.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from telegent._registry import operation, operations
from telegent.spec._naming import iter_operations

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = "telegent._generated.operations"


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_import_telegent_loads_neither_httpcore_nor_the_generated_surface() -> None:
    loaded = _modules_after("import telegent")
    assert "httpcore" not in loaded
    assert not {m for m in loaded if m.startswith("telegent._generated")}


_FIRST_CALL = """
import httpx
from telegent import Telegent
def answer(request):
    return httpx.Response(200, content=b"[]", headers={"content-type": "application/json"})
client = Telegent(token="t", transport=httpx.MockTransport(answer))
assert client.packages.list_items() == []
"""


def test_first_call_loads_only_its_own_resources_registry_module() -> None:
    from telegent._generated.operations import MODULES

    others = {f"{REGISTRY}.{name}" for name in MODULES.values()} - {f"{REGISTRY}.packages"}
    assert others  # other resources exist, so "not loaded" below says something
    loaded = _modules_after(_FIRST_CALL)
    assert f"{REGISTRY}.packages" in loaded
    assert not others & loaded


def test_operations_are_every_operation_of_the_patched_spec_in_document_order() -> None:
    patched = json.loads((ROOT / "generated" / "openapi.json").read_text())
    ids = [op["operationId"] for _, _, op in iter_operations(patched)]
    ops = operations()
    assert [op.id for op in ops] == ids
    assert all(operation(op.id) is op for op in ops)  # one descriptor per id, both ways


def test_an_unknown_operation_id_is_a_key_error_naming_it() -> None:
    with pytest.raises(KeyError, match="noSuchOperation"):
        operation("noSuchOperation")


_TOKEN_THEN_CALL = """
import httpx
from telegent import Telegent
TOKEN = b'{"token": "t", "successful": true, "tokenExpiry": "12/31/2099 11:59:59 PM"}'
def answer(request):
    body = TOKEN if request.url.path.endswith("/tokens") else b"[]"
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})
client = Telegent(account_key="DID-k", account_secret="s", transport=httpx.MockTransport(answer))
assert client.packages.list_items() == []
"""


def test_fetching_a_token_loads_only_its_own_descriptors_and_no_third_party_models() -> None:
    # The token request is built from the generated createToken descriptor, like any call:
    # its registry module and the called resource's, nothing of attrs or dateutil.
    from telegent._generated.operations import MODULES

    loaded = _modules_after(_TOKEN_THEN_CALL)
    registry = {m for m in loaded if m.startswith(f"{REGISTRY}.")}
    assert registry == {f"{REGISTRY}.{MODULES['createToken']}", f"{REGISTRY}.packages"}
    assert not {m for m in loaded if m.split(".")[0] in ("attr", "attrs", "dateutil")}
    assert not {m for m in loaded if m.startswith("telegent_mpaas_client")}


def test_the_generated_records_and_resources_load_one_by_one() -> None:
    from telegent._generated.records import MODULES

    loaded = _modules_after(_TOKEN_THEN_CALL)
    records = {m for m in loaded if m.startswith("telegent._generated.records.")}
    assert len(records) < len(MODULES) // 10, sorted(records)
    resources = {m for m in loaded if m.startswith("telegent._generated.resources.")}
    assert resources == {"telegent._generated.resources.packages"}


_EVERYTHING_PUBLIC = """
import importlib, typing
import httpx
import telegent, telegent.types
from telegent import AsyncTelegent, Telegent
from telegent._registry import operations
from telegent.testing import FakeTelegent

for make in (Telegent, AsyncTelegent):
    client = make(token="t", transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    for where in (client, client.internal):
        for name in dir(type(where)):
            if not name.startswith("_") and name != "internal":
                getattr(where, name)
for name in dir(telegent.types):
    getattr(telegent.types, name)
operations()
assert telegent.__spec_version__
fake = FakeTelegent(numbers=1, seed=1)
client = Telegent(account_key=fake.account_key, account_secret=fake.account_secret,
                  transport=fake.transport())
client.packages.list_items()
repr(client.with_options(max_retries=0))
"""


def test_every_generated_module_is_reachable_from_the_public_surface() -> None:
    # Nothing is generated that nothing uses: the clients' resources (public and internal),
    # the records of telegent.types, the operations, the spec identity, the fake's tables.
    package = ROOT / "src" / "telegent" / "_generated"
    files = {
        "telegent." + ".".join(p.relative_to(package.parent).with_suffix("").parts)
        for p in package.rglob("*.py")
    }
    modules = {m.removesuffix(".__init__") for m in files}
    loaded = {m for m in _modules_after(_EVERYTHING_PUBLIC) if m.startswith("telegent._generated")}
    # Read by type checkers only: `from telegent._generated.records._index import *` in
    # telegent/types.py and telegent/__init__.py (every record under its name).
    index = "telegent._generated.records._index"
    assert f"from {index} import *" in (package.parent / "types.py").read_text("utf-8")
    assert modules - loaded == {index}


_FIRST_ORDER_CALL = """
import httpx
from telegent import Telegent
ORDER = b'{"OrderId": "JNUOID-1", "OrderStatus": "Pending"}'
def answer(request):
    return httpx.Response(200, content=ORDER, headers={"content-type": "application/json"})
client = Telegent(token="t", transport=httpx.MockTransport(answer))
assert client.orders.get("JNUOID-1").order_id == "JNUOID-1"
"""


def test_an_orders_call_loads_neither_the_numbers_resource_nor_importlib_resources() -> None:
    # Bench row 5 (import + client + first call): what a plain call does not use stays out.
    loaded = _modules_after(_FIRST_ORDER_CALL)
    assert "telegent.resources.orders" in loaded
    unneeded = {
        "telegent.resources.numbers",
        "telegent._bulk",
        "telegent._generated.resources.numbers",
        "telegent.spec._resources",
        "importlib.resources",
    }
    assert not unneeded & loaded, sorted(unneeded & loaded)
