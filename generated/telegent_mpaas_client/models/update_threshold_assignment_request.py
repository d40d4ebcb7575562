from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateThresholdAssignmentRequest")


@_attrs_define
class UpdateThresholdAssignmentRequest:
    threshold_assignment_id: str
    """ ID of the threshold assignment to update (`TAID-`). """
    threshold_id: None | str | Unset = UNSET
    """ Replacement threshold ID (`THID-`). """
    subscription_id: None | str | Unset = UNSET
    """ Replacement subscription ID (`SUB-`). """

    def to_dict(self) -> dict[str, Any]:
        threshold_assignment_id = self.threshold_assignment_id

        threshold_id: None | str | Unset
        if isinstance(self.threshold_id, Unset):
            threshold_id = UNSET
        else:
            threshold_id = self.threshold_id

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ThresholdAssignmentId": threshold_assignment_id,
            }
        )
        if threshold_id is not UNSET:
            field_dict["ThresholdId"] = threshold_id
        if subscription_id is not UNSET:
            field_dict["SubscriptionId"] = subscription_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold_assignment_id = d.pop("ThresholdAssignmentId")

        def _parse_threshold_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        threshold_id = _parse_threshold_id(d.pop("ThresholdId", UNSET))

        def _parse_subscription_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_id = _parse_subscription_id(d.pop("SubscriptionId", UNSET))

        update_threshold_assignment_request = cls(
            threshold_assignment_id=threshold_assignment_id,
            threshold_id=threshold_id,
            subscription_id=subscription_id,
        )

        return update_threshold_assignment_request
