from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateFeatureAssignmentRequest")


@_attrs_define
class CreateFeatureAssignmentRequest:
    feature_id: str
    """ ID of the feature to assign (`FEID-`). """
    subscription_id: str
    """ ID of the subscription to assign the feature to (`SUB-`). """

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "FeatureId": feature_id,
                "SubscriptionId": subscription_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        feature_id = d.pop("FeatureId")

        subscription_id = d.pop("SubscriptionId")

        create_feature_assignment_request = cls(
            feature_id=feature_id,
            subscription_id=subscription_id,
        )

        return create_feature_assignment_request
