"""An answer to a change that arrives but cannot be decoded: the outcome is unknown.

Before the fix, ``Content-Encoding: br``, a corrupt gzip body or ``gzip, gzip`` on the
200 of a status change raised ``APIConnectionError`` although the server had acted on
it, and ``bulk_change_status`` marked the numbers ``failed`` (so a resume resent them).
"""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest

from telegent import APIConnectionError, OutcomeUnknownError

from ._support import aw, close
from .api import STATUS_PATH
from .server import Reply

pytestmark = pytest.mark.anyio

ORDER = json.dumps(
    {"OrderId": "JNUOID-1", "OrderStatus": "Pending", "PhoneNumbers": ["+12016093801"]}
).encode()

UNDECODABLE = {
    "br": ("br", b"\x0b\x02\x80{}\x03"),
    "corrupt gzip": ("gzip", b"\x1f\x8b\x08\x00not gzip at all"),
    "gzip, gzip": ("gzip, gzip", gzip.compress(gzip.compress(ORDER))),
}


def _answer(encoding: str, body: bytes) -> Any:
    def handler(_request: Any) -> Reply:
        headers = [("Content-Type", "application/json"), ("Content-Encoding", encoding)]
        return Reply(200, body, headers)

    return handler


@pytest.mark.parametrize("case", sorted(UNDECODABLE))
async def test_undecodable_answer_to_a_change_is_outcome_unknown(
    server: Any, connect: Any, case: str
) -> None:
    server.handler = _answer(*UNDECODABLE[case])
    client = connect(server, token="static-token-value")
    with pytest.raises(OutcomeUnknownError) as info:
        await aw(client.numbers.change_status("park", ["+12016093801"]))
    await close(client)
    assert len(server.received) == 1  # not resent
    assert isinstance(info.value.cause, APIConnectionError)
    assert "outcome is unknown" in str(info.value)


@pytest.mark.parametrize("case", sorted(UNDECODABLE))
async def test_bulk_reports_undecodable_answers_unknown_not_failed(
    server: Any, connect: Any, case: str
) -> None:
    server.handler = _answer(*UNDECODABLE[case])
    client = connect(server, token="static-token-value")
    numbers = ["+12016093801", "+12016093802", "+12016093803"]
    result = await aw(client.numbers.bulk_change_status("park", numbers, batch_size=2))
    await close(client)
    assert [item.status for item in result] == ["unknown"] * 3
    assert result.failed == []
    assert sum(1 for r in server.received if r.path == STATUS_PATH) == 2  # each batch once


async def test_undecodable_answer_to_a_read_stays_a_connection_error(
    server: Any, connect: Any
) -> None:
    server.handler = _answer(*UNDECODABLE["br"])
    client = connect(server, token="static-token-value", max_retries=0)
    with pytest.raises(APIConnectionError) as info:
        await aw(client.orders.get("JNUOID-1"))
    await close(client)
    assert not isinstance(info.value, OutcomeUnknownError)
