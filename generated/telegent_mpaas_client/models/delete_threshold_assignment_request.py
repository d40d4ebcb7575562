from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteThresholdAssignmentRequest")


@_attrs_define
class DeleteThresholdAssignmentRequest:
    threshold_assignment_id: str
    """ ID of the threshold assignment to remove (`TAID-`). """

    def to_dict(self) -> dict[str, Any]:
        threshold_assignment_id = self.threshold_assignment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ThresholdAssignmentId": threshold_assignment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold_assignment_id = d.pop("ThresholdAssignmentId")

        delete_threshold_assignment_request = cls(
            threshold_assignment_id=threshold_assignment_id,
        )

        return delete_threshold_assignment_request
