"""Every body decodes to exactly what ``json.loads`` gives, with or without msgspec.

The ``speedups`` extra (msgspec) decodes big bodies about twice as fast (benchmark row 2);
these tests hold it to the standard library's result, value for value and type for type,
including where msgspec refuses what ``json.loads`` reads (it then hands over), and pin
when it is imported (only for a big body: it costs ~30 ms to import).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import telegent._json as _json
from telegent import APIResponseValidationError, Telegent
from telegent._errors import loads_json
from telegent.types import InventoryPage

pytest.importorskip("msgspec")  # the dev environment has it (the bench group)


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """msgspec for every body, whatever its size."""
    monkeypatch.setattr(_json, "FAST_FROM_BYTES", 0)
    monkeypatch.setattr(_json, "_tried", False)
    monkeypatch.setattr(_json, "_fast", None)
    assert _json.fast_decoder() is not None
    yield


@pytest.fixture
def stdlib_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """As without the extra: the import was tried and failed."""
    monkeypatch.setattr(_json, "_tried", True)
    monkeypatch.setattr(_json, "_fast", None)


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (1 == 1.0 == True would hide a change);
    NaN equals NaN here."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b) and (not isinstance(a, float) or math.copysign(1, a) == math.copysign(1, b))


_scalars = (
    st.none()
    | st.booleans()
    | st.integers()  # unbounded: 2**200 must stay exact
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()  # lone surrogates included: json.dumps escapes them
)
_json_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(value=_json_values, ascii_only=st.booleans())
def test_any_json_decodes_as_json_loads_does(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only)
    expected = json.loads(text)
    # hypothesis and function fixtures do not mix: set msgspec up by hand, and restore
    saved = (_json.FAST_FROM_BYTES, _json._tried, _json._fast)
    _json.FAST_FROM_BYTES, _json._tried, _json._fast = 0, True, _json.fast_decoder()
    assert _json._fast is not None
    try:
        for content in (text, text.encode("utf-8", "surrogatepass")):
            try:
                got = _json.loads(content)
            except ValueError:
                # only where the standard library refuses too (surrogates in raw UTF-8)
                with pytest.raises(ValueError):
                    json.loads(content)
                continue
            assert _same(got, expected), (text, got, expected)
    finally:
        _json.FAST_FROM_BYTES, _json._tried, _json._fast = saved


# What the standard library reads and msgspec refuses: handed to json.loads.
_STDLIB_READS = [
    b"NaN",
    b"[Infinity, -Infinity]",
    b"1e400",
    b'"\\ud800"',  # a lone surrogate escape
    b'\xef\xbb\xbf{"a": 1}',  # UTF-8 with a byte-order mark
    '{"a": "é"}'.encode("utf-16"),
    '{"a": "é"}'.encode("utf-32-le"),
]
_BOTH_REFUSE = [b"", b"{", b"[1,]", b"01", b'"a\tb"', b"{'a': 1}", b"[1] x", b'"\xff"']
_TRICKY_BOTH_READ = [
    b"123456789012345678901234567890",
    b"-9223372036854775809",
    b"1.0000000000000002",
    b"-0.0",
    b"[1.5e-320, 5e-324, 1.7976931348623157e308]",
    b'{"a": 1, "b": 2, "a": 3}',  # last wins, in the first place
    b'"\\u00e9\\ud83d\\ude00"',
    b' \n{"a": [true, false, null]}\t ',
]


@pytest.mark.usefixtures("fast")
@pytest.mark.parametrize("body", _STDLIB_READS + _TRICKY_BOTH_READ)
def test_where_msgspec_differs_the_standard_library_decides(body: bytes) -> None:
    assert _same(_json.loads(body), json.loads(body))


@pytest.mark.usefixtures("fast")
@pytest.mark.parametrize("body", _BOTH_REFUSE)
def test_a_body_both_refuse_raises_the_standard_librarys_error(body: bytes) -> None:
    with pytest.raises(ValueError) as stdlib:
        json.loads(body)
    with pytest.raises(ValueError) as ours:
        _json.loads(body)
    assert type(ours.value) is type(stdlib.value)
    assert str(ours.value) == str(stdlib.value)


@pytest.mark.usefixtures("fast")
def test_a_body_nested_too_deeply_is_a_value_error_not_a_crash() -> None:
    with pytest.raises(ValueError, match="nested too deeply"):
        loads_json(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.usefixtures("stdlib_only")
def test_without_the_extra_every_body_is_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = json.loads
    monkeypatch.setattr(json, "loads", lambda c: calls.append(c) or real(c))
    big = json.dumps([{"n": i} for i in range(20_000)]).encode()
    assert len(big) > _json.FAST_FROM_BYTES
    assert _json.loads(big) == real(big)
    assert calls == [big]


def _page(records: int) -> bytes:
    rows = [
        {"Number": f"+1555{i:07d}", "SwapsRemaining": i, "OriginalDatePurchased": "06/28/2022"}
        for i in range(records)
    ]
    return json.dumps({"TotalResults": records, "PhoneNumbers": rows}).encode()


@pytest.mark.parametrize("path", ["fast", "stdlib_only"])
def test_a_big_page_parses_to_the_same_records_either_way(
    path: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue(path)
    body = _page(2_000)
    assert len(body) > _json.FAST_FROM_BYTES
    page = InventoryPage.from_wire(body)
    assert page == InventoryPage.from_wire(json.loads(body))
    assert page.phone_numbers[1999].swaps_remaining == 1999


@pytest.mark.usefixtures("fast")
def test_a_2xx_body_msgspec_refuses_and_json_loads_refuses_is_the_usual_typed_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=b'{"TotalResults": 1, "PhoneNumbers": [', request=request
        )

    client = Telegent(token="t", transport=httpx.MockTransport(answer))
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        client.numbers.list_page(1)


def _modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_msgspec_is_imported_only_once_a_big_body_arrives() -> None:
    small = "import telegent._json as _json\nassert _json.loads(b'[1]') == [1]"
    assert "msgspec" not in _modules_after(small)
    big = f"{small}\nassert len(_json.loads(b'[' + b'1,' * {_json.FAST_FROM_BYTES} + b'1]')) > 1"
    assert "msgspec" in _modules_after(big)


def test_without_msgspec_installed_big_bodies_still_decode() -> None:
    code = (
        "import sys\nsys.modules['msgspec'] = None  # as if not installed\n"
        "import telegent._json as _json\n"
        f"assert _json.loads(b'[' + b'1,' * {_json.FAST_FROM_BYTES} + b'1]')[-1] == 1\n"
        "assert _json.fast_decoder() is None"
    )
    assert "telegent._json" in _modules_after(code)
