from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateThresholdAssignmentRequest")


@_attrs_define
class CreateThresholdAssignmentRequest:
    threshold_id: str
    """ ID of the threshold to assign (`THID-`). """
    subscription_id: str
    """ ID of the subscription to assign the threshold to (`SUB-`). """

    def to_dict(self) -> dict[str, Any]:
        threshold_id = self.threshold_id

        subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ThresholdId": threshold_id,
                "SubscriptionId": subscription_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold_id = d.pop("ThresholdId")

        subscription_id = d.pop("SubscriptionId")

        create_threshold_assignment_request = cls(
            threshold_id=threshold_id,
            subscription_id=subscription_id,
        )

        return create_threshold_assignment_request
