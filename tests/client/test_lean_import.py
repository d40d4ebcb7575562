"""``import telegent`` loads what every call needs, not the wire client or httpcore.

The generated wire package (attrs models, its own ``Client``) and httpcore (only needed
once a client makes its own transport) load on first use; the import cost does not grow
with the spec (benchmark rows 5 and 7 measure it; this test pins the cause).
"""

from __future__ import annotations

import json
import subprocess
import sys


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
