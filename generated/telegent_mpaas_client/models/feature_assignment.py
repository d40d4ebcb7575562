from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureAssignment")


@_attrs_define
class FeatureAssignment:
    """Inferred from the published examples of GET /v1.0/subscriptions/features/assignments, POST
    /v1.0/subscriptions/features/assignments/add, POST /v1.0/subscriptions/features/assignments/update.

    """

    feature_assignment_id: str | Unset = UNSET
    feature_id: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_assignment_id = self.feature_assignment_id

        feature_id = self.feature_id

        subscription_id = self.subscription_id

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_assignment_id is not UNSET:
            field_dict["FeatureAssignmentId"] = feature_assignment_id
        if feature_id is not UNSET:
            field_dict["FeatureId"] = feature_id
        if subscription_id is not UNSET:
            field_dict["SubscriptionId"] = subscription_id
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_assignment_id = d.pop("FeatureAssignmentId", UNSET)

        feature_id = d.pop("FeatureId", UNSET)

        subscription_id = d.pop("SubscriptionId", UNSET)

        def _parse_active(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        feature_assignment = cls(
            feature_assignment_id=feature_assignment_id,
            feature_id=feature_id,
            subscription_id=subscription_id,
            active=active,
        )

        feature_assignment.additional_properties = d
        return feature_assignment

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
