from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeleteFeatureRequest")


@_attrs_define
class DeleteFeatureRequest:
    feature_id: str
    """ ID of the feature to delete (`FEID-`). """

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "FeatureId": feature_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("FeatureId")

        delete_feature_request = cls(
            feature_id=feature_id,
        )

        return delete_feature_request
