"""``import telegent`` loads what every call needs, not the wire client or httpcore.

The generated wire package (attrs models, its own ``Client``) and httpcore (only needed
once a client makes its own transport) load on first use; the import cost does not grow
with the spec (benchmark rows 5 and 7 measure it; this test pins the cause).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from telegent._registry import operation, operations
from telegent.spec._naming import iter_operations

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = "telegent_mpaas_client.sdk.operations"


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_import_telegent_loads_neither_attrs_nor_httpcore_nor_resources() -> None:
    loaded = _modules_after("import telegent")
    assert "attr" not in loaded
    assert "httpcore" not in loaded
    assert "telegent_mpaas_client.client" not in loaded
    assert not {m for m in loaded if m.startswith("telegent_mpaas_client.sdk.resources.")}


def test_the_wire_client_still_loads_on_first_use() -> None:
    loaded = _modules_after(
        "import telegent_mpaas_client as w\nassert w.Client.__name__ == 'Client'"
    )
    assert "telegent_mpaas_client.client" in loaded


_FIRST_CALL = """
import httpx
from telegent import Telegent
def answer(request):
    return httpx.Response(200, content=b"[]", headers={"content-type": "application/json"})
client = Telegent(token="t", transport=httpx.MockTransport(answer))
assert client.packages.list_items() == []
"""


def test_first_call_loads_only_its_own_resources_registry_module() -> None:
    from telegent_mpaas_client.sdk.operations import MODULES

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


def test_fetching_a_token_loads_the_models_it_needs_not_all_of_them() -> None:
    # The token request goes through the wire client's create_token; its models package
    # loads each model on first use (custom template), not the hundreds the spec defines.
    import telegent_mpaas_client.models as models

    loaded = _modules_after(_TOKEN_THEN_CALL)
    wire_models = {m for m in loaded if m.startswith("telegent_mpaas_client.models.")}
    assert "telegent_mpaas_client.models.token_request" in wire_models
    assert len(wire_models) < len(models.__all__) // 10, sorted(wire_models)


def test_every_wire_model_is_still_reachable_from_the_package() -> None:
    import telegent_mpaas_client.models as models

    assert len(models.__all__) > 100
    for name in models.__all__:
        module = importlib.import_module(models._MODULES[name], models.__name__)
        assert getattr(models, name) is getattr(module, name)  # classes and Literal aliases
    assert sorted(dir(models)) == sorted(models.__all__)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel


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
        "telegent_mpaas_client.sdk.resources.numbers",
        "telegent.spec._resources",
        "importlib.resources",
    }
    assert not unneeded & loaded, sorted(unneeded & loaded)
