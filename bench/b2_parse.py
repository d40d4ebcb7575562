"""Benchmark 2: parse one 1,000-number inventory page into the user-facing records.

Input: the bytes of real 1,000-record pages from the fake (``GET /v1.0/numbers/inventory``
with ``TotalNumbersRequested=1000``; about one record in eight spells its booleans as
strings, as the live API does). Eight distinct pages are parsed in rotation, so every
timestamp and date is new to each parser, as while paging (one page over and over would
let any cache, a CPU's included, skip work a real listing does).

Candidate: ``InventoryPage.from_wire(body)`` -> ``InventoryPage`` of ``NumberRecord`` (the
public entry point, bytes in; the same decoder and parser ``client.numbers.list_page`` runs
after the transport, with the client's lossless rules), with the ``speedups`` extra installed,
as in the dev environment: the body is decoded by msgspec into the values ``json.loads``
gives (``telegent/_json.py``). The same parse without the extra,
``InventoryPage.from_wire(json.loads(body))``, is reported beside it, not judged.

Baselines, same bytes, same rotation: ``json.loads`` alone (the floor); pydantic v2 with
equivalent models (:mod:`bench._models`), its faster of ``model_validate_json(body)`` and
``model_validate(json.loads(body))``; msgspec ``Decoder(...).decode(body)`` with equivalent
structs. Goals: ``parse-json``, ``parse-pydantic``, ``parse-msgspec`` in :mod:`bench._goals`.

Peers (:mod:`bench._peers`), reported against ``json.loads`` timed in their own child:
``json.loads`` then what each bare generated client does with a 200 body --
``InventoryPage.from_dict(data)`` (openapi-python-client; it converts no dates and keeps
``"true"`` as a string, less work than the SDK does), ``InventoryPage(**data)``
(openapi-python-generator, a pydantic model).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

from ._core import Result, Row, Settings, interleaved
from ._fixtures import make_client, make_fake
from ._peers import add_peer_rows, peers_for

PAGE_SIZE = 1000
PAGES = 8


def _rotating(fn: Callable[[bytes], Any], pages: list[bytes]) -> Callable[[], Any]:
    nxt = itertools.cycle(pages).__next__

    def call() -> Any:
        return fn(nxt())

    return call


def _check_equivalent(body: bytes) -> None:
    """The three parsers agree on every record of a page (so the race is fair)."""
    from telegent.types import InventoryPage

    from ._models import MSGSPEC_DECODER, PInventoryPage

    sdk = InventoryPage._parse(json.loads(body))
    pyd = PInventoryPage.model_validate_json(body)
    msg = MSGSPEC_DECODER.decode(body)
    assert len(sdk.phone_numbers) == len(pyd.phone_numbers) == len(msg.phone_numbers) == PAGE_SIZE
    fields = [
        "number",
        "tnid",
        "message_enabled",
        "voice_enabled",
        "original_date_purchased",
        "swaps_remaining",
        "next_swap_reset_date",
        "port_out_pin",
        "status",
        "iccid",
    ]
    for a, b, c in zip(sdk.phone_numbers, pyd.phone_numbers, msg.phone_numbers, strict=True):
        for f in fields:
            va, vb, vc = getattr(a, f), getattr(b, f), getattr(c, f)
            assert va == vb == vc, (f, va, vb, vc)
        assert a.next_swap_reset_date is None or a.next_swap_reset_date.tzinfo is not None
    assert any(isinstance(r.get("MessageEnabled"), str) for r in json.loads(body)["PhoneNumbers"])


def run(settings: Settings) -> Result:
    from telegent.types import InventoryPage

    from ._models import MSGSPEC_DECODER, PInventoryPage

    fake = make_fake(numbers=PAGE_SIZE * PAGES)
    client = make_client(fake)
    pages = [
        client.numbers.with_raw_response.list_page(n, page_size=PAGE_SIZE).http_response.content
        for n in range(1, PAGES + 1)
    ]
    client.close()
    _check_equivalent(pages[0])

    from telegent._json import fast_decoder

    if fast_decoder() is None:
        raise RuntimeError("benchmark 2 needs the speedups extra (msgspec): uv sync --locked")
    loads = json.loads
    from_wire = InventoryPage.from_wire  # the public way in (issue 19), lossless rules on
    candidates = {
        "sdk": _rotating(from_wire, pages),
        "sdk, json.loads": _rotating(lambda b: from_wire(loads(b)), pages),
        "json.loads": _rotating(loads, pages),
        "pydantic json": _rotating(PInventoryPage.model_validate_json, pages),
        "pydantic dict": _rotating(lambda b: PInventoryPage.model_validate(loads(b)), pages),
        "msgspec": _rotating(MSGSPEC_DECODER.decode, pages),
    }
    rounds = (15, 5)
    timing = interleaved(candidates, rounds=settings.reps(*rounds), inner=PAGES, warmup=1)
    med = {k: v["median"] for k, v in timing.items()}
    pyd_name = min(("pydantic json", "pydantic dict"), key=med.__getitem__)

    res = Result(2, "parse a 1,000-number inventory page")
    res.rows.append(
        Row(
            "parse page vs json.loads",
            med["sdk"],
            med["json.loads"],
            "s",
            "SDK",
            "json.loads",
            "parse-json",
        )
    )
    res.rows.append(
        Row(
            f"parse page vs pydantic ({pyd_name.split()[1]})",
            med["sdk"],
            med[pyd_name],
            "s",
            "SDK",
            "pydantic",
            "parse-pydantic",
        )
    )
    res.rows.append(
        Row(
            "parse page vs msgspec",
            med["sdk"],
            med["msgspec"],
            "s",
            "SDK",
            "msgspec",
            "parse-msgspec",
        )
    )
    for base, name in (("json.loads", "json.loads"), ("msgspec", "msgspec")):
        res.rows.append(
            Row(
                f"parse page vs {name}, without the speedups extra",
                med["sdk, json.loads"],
                med[base],
                "s",
                "SDK",
                name,
                None,
            )
        )
    res.details = {"timing": timing, "page_bytes": [len(p) for p in pages]}
    fixtures = {
        "pages": [p.decode() for p in pages],
        "page_size": PAGE_SIZE,
        "rounds": rounds[0],
        "rounds_quick": rounds[1],
    }
    with peers_for(settings) as peers:
        label = "parse page vs json.loads"
        add_peer_rows(res, peers, "parse", fixtures, settings, label, "json.loads", "json.loads")
    return res
