from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteThresholdRequest")


@_attrs_define
class DeleteThresholdRequest:
    threshold_id: str
    """ ID of the threshold to delete (`THID-`). """

    def to_dict(self) -> dict[str, Any]:
        threshold_id = self.threshold_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ThresholdId": threshold_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold_id = d.pop("ThresholdId")

        delete_threshold_request = cls(
            threshold_id=threshold_id,
        )

        return delete_threshold_request
