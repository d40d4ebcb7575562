"""The bounded-step body decoder (``telegent._body``): identity, gzip, deflate (zlib and raw)."""

from __future__ import annotations

import gzip
import zlib

import httpx
import pytest

from telegent._body import STEP, BoundedDecoder, CappedBody

DATA = bytes(10 * STEP + 123)  # zeros: compress ~1000:1, so one raw chunk spans many steps


def raw_deflate(data: bytes) -> bytes:
    co = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return co.compress(data) + co.flush()


@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        (None, DATA),
        ("identity", DATA),
        ("gzip", gzip.compress(DATA)),
        ("x-gzip", gzip.compress(DATA)),
        ("deflate", zlib.compress(DATA)),
        ("deflate", raw_deflate(DATA)),
        ("GZIP", gzip.compress(DATA)),
    ],
)
def test_decodes_in_steps_of_at_most_step_bytes(encoding: str | None, encoded: bytes) -> None:
    decoder = BoundedDecoder(encoding)
    pieces = [
        p for i in range(0, len(encoded), 65536) for p in decoder.feed(encoded[i : i + 65536])
    ]
    pieces.append(decoder.flush())
    if encoding not in (None, "identity"):
        assert max(len(p) for p in pieces) <= STEP
    assert b"".join(pieces) == DATA


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, gzip", "compress"])
def test_other_encodings_are_refused(encoding: str) -> None:
    with pytest.raises(httpx.DecodingError, match="unsupported Content-Encoding"):
        BoundedDecoder(encoding)


def test_corrupt_gzip_is_a_decoding_error() -> None:
    decoder = BoundedDecoder("gzip")
    with pytest.raises(httpx.DecodingError, match="corrupt"):
        list(decoder.feed(b"\x1f\x8b\x08\x00garbage-garbage"))


def test_capped_body_success_over_cap_is_too_large_and_error_keeps_start() -> None:
    ok = CappedBody("gzip", 3 * STEP, keep_start=False)
    ok.add(gzip.compress(DATA))
    assert ok.done and ok.too_large and ok.finish() is None

    error = CappedBody(None, 100, keep_start=True)
    error.add(b"x" * 60)
    error.add(b"y" * 60)
    assert error.done and error.finish() == b"x" * 60 + b"y" * 40


def test_capped_body_exactly_at_cap_is_kept() -> None:
    body = CappedBody(None, 10, keep_start=False)
    body.add(b"0123456789")
    assert body.finish() == b"0123456789"
