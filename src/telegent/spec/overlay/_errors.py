"""The one error type of the overlay engine."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["OverlayError"]


class OverlayError(ValueError):
    """An overlay that is invalid, or that cannot be applied to the document.

    Attributes:
        problems: every individual problem found (schema violations, bad JSONPath), each
            prefixed with the JSON path of the offending value; empty for single errors.
        action_index: 0-based index of the action that failed, when one did.
    """

    def __init__(
        self,
        message: str,
        *,
        problems: Sequence[str] = (),
        action_index: int | None = None,
    ) -> None:
        super().__init__(message)
        self.problems: tuple[str, ...] = tuple(problems)
        self.action_index: int | None = action_index
