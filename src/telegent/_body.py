"""Reading a response body in bounded memory: incremental decoding with a capped output.

httpx's own decoders turn each raw chunk (up to 64 KiB off the socket) into all of its
decoded bytes at once: 64 KiB of a gzip bomb becomes ~64 MB in one step, before anyone
can count it. :class:`BoundedDecoder` decodes with ``zlib``'s ``max_length`` instead, so
no single step yields more than ``STEP`` bytes and the caller's size cap is checked
between steps. The client asks for ``gzip, deflate`` only; any other encoding is refused.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

__all__ = ["ACCEPT_ENCODING", "BoundedDecoder"]

ACCEPT_ENCODING = "gzip, deflate"
STEP = 1 << 20  # most bytes one decoding step may produce


class BoundedDecoder:
    """Decodes one response's ``Content-Encoding`` (identity, gzip or deflate)."""

    __slots__ = ("_d", "_deflate_probe", "encoding")

    def __init__(self, content_encoding: str | None) -> None:
        names = [n.strip().lower() for n in (content_encoding or "").split(",") if n.strip()]
        names = [n for n in names if n != "identity"]
        if len(names) > 1 or (names and names[0] not in ("gzip", "x-gzip", "deflate")):
            raise httpx.DecodingError(
                f"unsupported Content-Encoding {content_encoding!r} "
                f"(the client asked for {ACCEPT_ENCODING})"
            )
        self.encoding = names[0] if names else "identity"
        self._d: zlib._Decompress | None = None
        self._deflate_probe = self.encoding == "deflate"
        if self.encoding in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif self.encoding == "deflate":
            self._d = zlib.decompressobj()  # zlib-wrapped; raw deflate tried on error

    def feed(self, raw: bytes) -> Iterator[bytes]:
        """The decoded bytes of ``raw``, in pieces of at most ``STEP`` bytes."""
        if self._d is None:
            if raw:
                yield raw
            return
        data = raw
        while data:
            out = self._step(data)
            if out:
                yield out
            data = self._d.unconsumed_tail
            if not data and len(out) == STEP:
                # Output stopped at the step size with the input used up: zlib may
                # still hold decoded bytes. Ask again with no new input.
                data = b""
                while True:
                    out = self._step(b"")
                    if not out:
                        break
                    yield out

    def flush(self) -> bytes:
        """Whatever the decoder still holds at the end of the body (small)."""
        if self._d is None:
            return b""
        try:
            return self._d.flush(STEP)
        except zlib.error as exc:
            raise httpx.DecodingError(f"{self.encoding} body is corrupt: {exc}") from None

    def _step(self, data: bytes) -> bytes:
        assert self._d is not None
        try:
            out = self._d.decompress(data, STEP)
        except zlib.error as exc:
            if not self._deflate_probe:
                raise httpx.DecodingError(f"{self.encoding} body is corrupt: {exc}") from None
            # Some servers send raw deflate for "deflate" (as httpx also tolerates).
            self._d = zlib.decompressobj(-zlib.MAX_WBITS)
            self._deflate_probe = False
            return self._step(data)
        self._deflate_probe = False
        return out


class CappedBody:
    """Collects a body's decoded bytes up to ``cap``.

    ``keep_start=True`` (error bodies): past the cap, keep the first ``cap`` bytes and
    stop. ``keep_start=False`` (success bodies): past the cap, the body is ``too_large``.
    """

    __slots__ = ("_chunks", "_decoder", "_size", "cap", "done", "keep_start", "too_large")

    def __init__(self, content_encoding: str | None, cap: int, *, keep_start: bool) -> None:
        self._decoder = BoundedDecoder(content_encoding)
        self._chunks: list[bytes] = []
        self._size = 0
        self.cap = cap
        self.keep_start = keep_start
        self.done = False  # stop reading: the cap was reached
        self.too_large = False

    def add(self, raw: bytes) -> None:
        """Decode and keep ``raw`` (one chunk off the socket), checking the cap per step."""
        for piece in self._decoder.feed(raw):
            self._keep(piece)
            if self.done:
                return

    def finish(self) -> bytes | None:
        """The body (``None`` when it was too large)."""
        if not self.done:
            self._keep(self._decoder.flush())
        if self.too_large:
            return None
        return b"".join(self._chunks)

    def _keep(self, piece: bytes) -> None:
        if not piece or self.done:
            return
        room = self.cap - self._size
        if len(piece) > room:
            self.done = True
            if not self.keep_start:
                self.too_large = True
                self._chunks.clear()
                return
            piece = piece[:room]
        self._chunks.append(piece)
        self._size += len(piece)
