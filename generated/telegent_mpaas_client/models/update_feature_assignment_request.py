from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateFeatureAssignmentRequest")


@_attrs_define
class UpdateFeatureAssignmentRequest:
    feature_assignment_id: str
    """ ID of the feature assignment to update (`FAID-`). """
    feature_id: None | str | Unset = UNSET
    """ Replacement feature ID (`FEID-`). """
    subscription_id: None | str | Unset = UNSET
    """ Replacement subscription ID (`SUB-`). """

    def to_dict(self) -> dict[str, Any]:
        feature_assignment_id = self.feature_assignment_id

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "FeatureAssignmentId": feature_assignment_id,
            }
        )
        if feature_id is not UNSET:
            field_dict["FeatureId"] = feature_id
        if subscription_id is not UNSET:
            field_dict["SubscriptionId"] = subscription_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_assignment_id = d.pop("FeatureAssignmentId")

        def _parse_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_id = _parse_feature_id(d.pop("FeatureId", UNSET))

        def _parse_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_id = _parse_subscription_id(d.pop("SubscriptionId", UNSET))

        update_feature_assignment_request = cls(
            feature_assignment_id=feature_assignment_id,
            feature_id=feature_id,
            subscription_id=subscription_id,
        )

        return update_feature_assignment_request
