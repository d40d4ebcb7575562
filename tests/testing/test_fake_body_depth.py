"""The fake's depth check on request bodies (``nested_too_deep``) against a plain count.

The check settles most bodies by taking out innermost bracket pairs, a few passes at C
speed, and counts bracket by bracket only what that cannot settle; its answer must be the
count's on any body: JSON or not, brackets in strings, unbalanced, at and past the limit.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from telegent.testing._limits import MAX_BODY_DEPTH, nested_too_deep

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def _counted(body: bytes, limit: int) -> bool:
    depth = 0
    for bracket in re.finditer(rb"[\[\]{}]", _STRING.sub(b'""', body)):
        if bracket.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


_pieces = st.lists(
    st.sampled_from([b"[", b"]", b"{", b"}", b'"[{"', b'"\\"]"', b",", b"1", b" "]), max_size=80
)


@settings(max_examples=400, deadline=None)
@given(pieces=_pieces, limit=st.integers(0, 6))
def test_any_body_gets_the_counts_answer(pieces: list[bytes], limit: int) -> None:
    body = b"".join(pieces)
    assert nested_too_deep(body, limit) is _counted(body, limit)


def test_bodies_at_and_past_the_limit() -> None:
    for depth in (MAX_BODY_DEPTH - 1, MAX_BODY_DEPTH, MAX_BODY_DEPTH + 1, 100_000):
        for body in (
            b"[" * depth + b"]" * depth,
            b"[{" * (depth // 2) + b"}]" * (depth // 2) + b"[]" * 100,
            b"[" * depth,  # never closed
            b"]" * 3 + b"[" * depth + b"]" * depth,  # closes first
        ):
            assert nested_too_deep(body) is _counted(body, MAX_BODY_DEPTH), (depth, body[:20])


def test_a_bulk_request_body_is_not_too_deep() -> None:
    numbers = [{"Number": f"+1201555{i:04d}"} for i in range(1000)]
    body = json.dumps({"StatusChange": "cancel", "PhoneNumbers": numbers}).encode()
    assert nested_too_deep(body) is False
