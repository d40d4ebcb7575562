"""Bulk status changes: validation, de-duplication, batching and the per-number result.

``bulk_change_status`` validates the whole input before sending anything, drops
repeated numbers (reported in ``result.duplicates``, sent once), splits the rest into
batches of ``batch_size`` and sends them -- one after the other in sync code, at most
``concurrency`` at a time in async code -- through the client's usual pipeline (rate
limit, retries, the POST outcome-unknown rule). Every input number ends up in exactly
one state:

* ``done``: its batch created an order (``order_id``); with ``wait=True``, the order
  also reached ``Complete``;
* ``failed``: the batch was refused, never reached the API, or (``wait=True``) its
  order ended in ``Error`` -- nothing was changed, or the API says it failed;
* ``unknown``: the request reached the API but its answer was lost or unreadable
  (``OutcomeUnknownError``, ``APIResponseValidationError``), the order is not listed
  for the number, or (``wait=True``) the order did not finish in time. Check these
  before resending.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ._errors import (
    APIResponseValidationError,
    OrderFailedError,
    OrderTimeoutError,
    OutcomeUnknownError,
    TelegentError,
)
from ._validation import find_duplicates, sim_pairs

if TYPE_CHECKING:
    from .types import OrderDetails, StatusChangeOrder

__all__ = ["BulkItem", "BulkResult"]

BulkStatus = Literal["done", "failed", "unknown"]


@dataclass(frozen=True, slots=True)
class BulkItem:
    """The outcome for one input number.

    Attributes:
        number: the phone number.
        status: ``"done"``, ``"failed"`` or ``"unknown"``.
        order_id: the order that carries the change, when one is known.
        error: why it failed / why its outcome is unknown (``None`` when done).
        batch: index of the batch the number was sent in.
    """

    number: str
    status: BulkStatus
    order_id: str | None = None
    error: BaseException | None = None
    batch: int = 0


@dataclass(slots=True)
class BulkResult:
    """What happened to every number of a ``bulk_change_status`` call.

    ``result[number]`` -> ``BulkItem``; ``result.done`` / ``.failed`` / ``.unknown`` ->
    lists of items; ``result.duplicates`` -> numbers given more than once (sent once);
    ``result.orders`` -> the ``StatusChangeOrder`` of each successful batch;
    ``result.ok`` -> every number done.
    """

    change_type: str
    items: dict[str, BulkItem] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)
    orders: list[StatusChangeOrder] = field(default_factory=list)
    order_details: dict[str, OrderDetails] = field(default_factory=dict)

    def _with(self, status: BulkStatus) -> list[BulkItem]:
        return [item for item in self.items.values() if item.status == status]

    @property
    def done(self) -> list[BulkItem]:
        """Numbers whose change was accepted (and completed, with ``wait=True``)."""
        return self._with("done")

    @property
    def failed(self) -> list[BulkItem]:
        """Numbers whose change was refused or failed."""
        return self._with("failed")

    @property
    def unknown(self) -> list[BulkItem]:
        """Numbers whose outcome is unknown: check them before resending."""
        return self._with("unknown")

    @property
    def ok(self) -> bool:
        """True when every number is done."""
        return all(item.status == "done" for item in self.items.values())

    @property
    def order_ids(self) -> list[str]:
        """Distinct order ids, in batch order."""
        return list(dict.fromkeys(i.order_id for i in self.items.values() if i.order_id))

    def __getitem__(self, number: str) -> BulkItem:
        return self.items[number]

    def __iter__(self) -> Iterator[BulkItem]:
        return iter(self.items.values())

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return (
            f"BulkResult(change_type={self.change_type!r}, done={len(self.done)}, "
            f"failed={len(self.failed)}, unknown={len(self.unknown)}, "
            f"duplicates={len(self.duplicates)})"
        )


@dataclass(frozen=True, slots=True)
class BulkPlan:
    """Validated, de-duplicated input split into batches."""

    change_type: str
    batches: list[list[str]]
    iccids: dict[str, str]
    duplicates: list[str]


def plan(change_type: str, numbers: object, batch_size: int) -> BulkPlan:
    """De-duplicate and batch the input (its values are checked against the spec when
    each batch's request is built, all before anything is sent)."""
    if not isinstance(change_type, str):
        raise TypeError(f"change_type must be a str, got {type(change_type).__name__}")
    kind = change_type.strip().lower().replace("_", "-")
    iccids: dict[str, str] = {}
    ordered: list[str] = []
    if (
        kind != "swap-sim"
        and isinstance(numbers, (list, tuple))
        and numbers
        and all(n.__class__ is str for n in numbers)
    ):
        # The common case, a list of numbers: what the loop below does to it, at once.
        return _planned(change_type, [n.strip() for n in numbers], iccids, batch_size)
    pairs = _pairs(numbers)
    if not pairs:
        raise ValueError("numbers must not be empty")
    for raw_number, raw_iccid in pairs:
        if not isinstance(raw_number, str):
            raise TypeError(f"numbers must be strings, got {raw_number!r}")
        number = raw_number.strip()
        if kind == "swap-sim":
            if not isinstance(raw_iccid, str):
                raise ValueError(f"swap-sim needs an ICCID for {number}: pass {{number: iccid}}")
            if number in iccids and iccids[number] != raw_iccid:
                raise ValueError(f"{number} is given twice with different ICCIDs")
            iccids.setdefault(number, raw_iccid)
        elif raw_iccid is not None:
            raise ValueError(f"an ICCID is only accepted for swap-sim (got one for {number})")
        ordered.append(number)
    return _planned(change_type, ordered, iccids, batch_size)


def _planned(
    change_type: str, ordered: list[str], iccids: dict[str, str], batch_size: int
) -> BulkPlan:
    duplicates = find_duplicates(ordered)
    unique = list(dict.fromkeys(ordered))
    batches = [unique[i : i + batch_size] for i in range(0, len(unique), batch_size)]
    return BulkPlan(change_type, batches, iccids, duplicates)


def _pairs(numbers: object) -> list[tuple[object, object]]:
    if isinstance(numbers, Mapping):
        return sim_pairs(numbers)
    if isinstance(numbers, (str, bytes)):
        raise TypeError("numbers must be a list of strings, not a single string")
    try:
        seq = list(numbers)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"numbers must be a list, got {type(numbers).__name__}") from None
    return [(i[0], i[1]) if isinstance(i, tuple) and len(i) == 2 else (i, None) for i in seq]


def done_order_ids(result: BulkResult) -> list[str]:
    """The orders of the numbers marked done, each once."""
    return list(
        dict.fromkeys(
            i.order_id for i in result.items.values() if i.status == "done" and i.order_id
        )
    )


def batch_input(plan_: BulkPlan, batch: Sequence[str]) -> list[str] | dict[str, str]:
    """What ``change_status`` takes for one batch (a mapping for swap-sim)."""
    if plan_.iccids:
        return {n: plan_.iccids[n] for n in batch}
    return list(batch)


def record_order(
    result: BulkResult, index: int, batch: Sequence[str], order: StatusChangeOrder
) -> None:
    """Mark a batch whose request created ``order``."""
    result.orders.append(order)
    order_id = order.order_id
    listed = {n.number for n in order.numbers}
    if (order.order_status or "").lower() == "error":
        from .types import OrderDetails, OrderedNumber  # noqa: PLC0415

        details = OrderDetails(
            order_date=order.order_date,
            order_id=order_id,
            order_status=order.order_status,
            order_status_message=None,
            order_type=order.change_type,
            phone_numbers_ordered=[OrderedNumber(number=n) for n in batch],
        )
        failure = OrderFailedError(details)
        for n in batch:
            result.items[n] = BulkItem(n, "failed", order_id, failure, index)
        return
    for n in batch:
        if listed and n not in listed:
            missing = TelegentError(
                f"{n} is not listed in order {order_id}; check client.orders.get({order_id!r})"
            )
            result.items[n] = BulkItem(n, "unknown", order_id, missing, index)
        else:
            result.items[n] = BulkItem(n, "done", order_id, None, index)


def record_error(
    result: BulkResult, index: int, batch: Sequence[str], error: TelegentError
) -> None:
    """Mark a batch whose request raised ``error``."""
    unknown = isinstance(error, (OutcomeUnknownError, APIResponseValidationError))
    status: BulkStatus = "unknown" if unknown else "failed"
    for n in batch:
        result.items[n] = BulkItem(n, status, None, error, index)


def record_wait(
    result: BulkResult,
    order_id: str,
    outcome: OrderDetails | TelegentError,
) -> None:
    """Apply the outcome of waiting for ``order_id`` to its ``done`` numbers."""
    if not isinstance(outcome, TelegentError):
        result.order_details[order_id] = outcome
        return
    if isinstance(outcome, OrderFailedError):
        result.order_details[order_id] = outcome.details
        status: BulkStatus = "failed"
    elif isinstance(outcome, OrderTimeoutError):
        status = "unknown"
    else:
        status = "unknown"
    for n, item in list(result.items.items()):
        if item.order_id == order_id and item.status == "done":
            result.items[n] = BulkItem(n, status, order_id, outcome, item.batch)


def finalize(result: BulkResult, order: Sequence[str]) -> BulkResult:
    """Put items in input order (batches may finish out of order in async code)."""
    result.items = {n: result.items[n] for n in order}
    return result
