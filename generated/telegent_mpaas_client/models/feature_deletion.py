from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureDeletion")


@_attrs_define
class FeatureDeletion:
    """Inferred from the published examples of POST /v1.0/subscriptions/features/delete."""

    feature_id: str | Unset = UNSET
    feature_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        feature_status = self.feature_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["FeatureId"] = feature_id
        if feature_status is not UNSET:
            field_dict["FeatureStatus"] = feature_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("FeatureId", UNSET)

        feature_status = d.pop("FeatureStatus", UNSET)

        feature_deletion = cls(
            feature_id=feature_id,
            feature_status=feature_status,
        )

        feature_deletion.additional_properties = d
        return feature_deletion

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
