"""What ``Numbers`` and ``AsyncNumbers`` share: checking input and building requests.

No I/O here, so one copy serves both clients; the I/O lives in ``_async/numbers.py``
(and its generated sync twin ``_sync/numbers.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from telegent._generated.resources.numbers import StatusChangeNumberParam

from .. import _bulk
from .. import _validation as v
from .._resource import _Resource
from ..types import StatusChangeOrder

if TYPE_CHECKING:
    from .._base_client import APIRequest

__all__ = ["DateLike", "NumbersArg", "NumbersCore"]

DateLike = date | str
NumbersArg = Sequence[StatusChangeNumberParam | str] | Mapping[str, str] | Sequence[tuple[str, str]]
_STATUS = "changeNumberStatus"
_LOCATION_CHANGES = frozenset({"swap", "replace"})


def _status_args(
    change_type: object,
    numbers: object,
    *,
    effective_date: object | None,
    area_code: object | None,
    zip_code: object | None,
) -> dict[str, Any]:
    """The generated method's arguments, with the cross-field rules checked."""
    if not isinstance(change_type, str):
        raise TypeError(f"change_type must be a str, got {type(change_type).__name__}")
    kind = change_type.strip().lower().replace("_", "-")
    items = _status_items(kind, numbers)
    if (area_code is not None or zip_code is not None) and kind not in _LOCATION_CHANGES:
        raise ValueError(f"area_code/zip_code apply to swap and replace only, not to {kind!r}")
    return {
        "change_type": change_type,
        "numbers": items,
        "effective_date": effective_date,
        "area_code": area_code,
        "zip_code": zip_code,
    }


def _status_items(kind: str, numbers: object) -> list[Any]:
    if isinstance(numbers, (str, bytes)):
        raise TypeError("numbers must be a list of numbers, not a single string")
    if kind == "swap-sim":
        pairs = v.sim_pairs(numbers)
        if not pairs:
            raise ValueError("numbers must not be empty")
        return [{"number": n, "iccid": sim} for n, sim in pairs]
    if isinstance(numbers, Mapping):
        raise ValueError(
            f"ICCIDs are only accepted for swap-sim; for {kind!r} pass a list of numbers"
        )
    items = list(numbers) if isinstance(numbers, Sequence) else numbers
    if isinstance(items, list):
        for item in items:
            if item.__class__ is str:  # the common case, settled without the ABC checks
                continue
            if isinstance(item, tuple) or (isinstance(item, Mapping) and len(item) > 1):
                raise ValueError(
                    f"ICCIDs are only accepted for swap-sim; for {kind!r} pass a list of numbers"
                )
    return items if isinstance(items, list) else [items]


class NumbersCore(_Resource):
    """What the sync and async resources share: building requests (no I/O)."""

    def _status_request(
        self,
        change_type: object,
        numbers: object,
        effective_date: object | None = None,
        area_code: object | None = None,
        zip_code: object | None = None,
    ) -> APIRequest[StatusChangeOrder]:
        args = _status_args(
            change_type,
            numbers,
            effective_date=effective_date,
            area_code=area_code,
            zip_code=zip_code,
        )
        req: APIRequest[StatusChangeOrder] = self._prepare(_STATUS, args, StatusChangeOrder)
        return req

    def _bulk_requests(
        self, change_type: str, numbers: object, batch_size: int, **fields: object
    ) -> tuple[_bulk.BulkPlan, list[APIRequest[StatusChangeOrder]]]:
        v.positive_int(batch_size, "batch_size")
        plan = _bulk.plan(change_type, numbers, batch_size)
        requests = [
            self._status_request(plan.change_type, _bulk.batch_input(plan, b), **fields)
            for b in plan.batches
        ]
        return plan, requests
