from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Feature")


@_attrs_define
class Feature:
    """Inferred from the published examples of GET /v1.0/subscriptions/features, POST /v1.0/subscriptions/features/add,
    POST /v1.0/subscriptions/features/update.

    """

    feature_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    feature_name: str | Unset = UNSET
    feature_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    feature_description: str | Unset = UNSET
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        account_id = self.account_id

        feature_name = self.feature_name

        feature_type = self.feature_type

        feature_description = self.feature_description

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["FeatureId"] = feature_id
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if feature_name is not UNSET:
            field_dict["FeatureName"] = feature_name
        if feature_type is not UNSET:
            field_dict["FeatureType"] = feature_type
        if feature_description is not UNSET:
            field_dict["FeatureDescription"] = feature_description
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("FeatureId", UNSET)

        account_id = d.pop("AccountId", UNSET)

        feature_name = d.pop("FeatureName", UNSET)

        feature_type = d.pop("FeatureType", UNSET)

        feature_description = d.pop("FeatureDescription", UNSET)

        def _parse_active(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        feature = cls(
            feature_id=feature_id,
            account_id=account_id,
            feature_name=feature_name,
            feature_type=feature_type,
            feature_description=feature_description,
            active=active,
        )

        feature.additional_properties = d
        return feature

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
