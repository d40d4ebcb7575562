from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteFeatureAssignmentRequest")


@_attrs_define
class DeleteFeatureAssignmentRequest:
    feature_assignment_id: str
    """ ID of the feature assignment to remove (`FAID-`). """

    def to_dict(self) -> dict[str, Any]:
        feature_assignment_id = self.feature_assignment_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "FeatureAssignmentId": feature_assignment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_assignment_id = d.pop("FeatureAssignmentId")

        delete_feature_assignment_request = cls(
            feature_assignment_id=feature_assignment_id,
        )

        return delete_feature_assignment_request
