from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Threshold")


@_attrs_define
class Threshold:
    """Inferred from the published examples of GET /v1.0/subscriptions/thresholds, POST /v1.0/subscriptions/thresholds/add,
    POST /v1.0/subscriptions/thresholds/update.

    """

    threshold_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    threshold_name: str | Unset = UNSET
    threshold_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    threshold_amount: float | int | Unset = UNSET
    """ Money: a number, whatever the examples show. """
    threshold_unit: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    threshold_action: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold_id = self.threshold_id

        account_id = self.account_id

        threshold_name = self.threshold_name

        threshold_type = self.threshold_type

        threshold_amount: float | int | Unset
        if isinstance(self.threshold_amount, Unset):
            threshold_amount = UNSET
        else:
            threshold_amount = self.threshold_amount

        threshold_unit = self.threshold_unit

        threshold_action = self.threshold_action

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threshold_id is not UNSET:
            field_dict["ThresholdId"] = threshold_id
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if threshold_name is not UNSET:
            field_dict["ThresholdName"] = threshold_name
        if threshold_type is not UNSET:
            field_dict["ThresholdType"] = threshold_type
        if threshold_amount is not UNSET:
            field_dict["ThresholdAmount"] = threshold_amount
        if threshold_unit is not UNSET:
            field_dict["ThresholdUnit"] = threshold_unit
        if threshold_action is not UNSET:
            field_dict["ThresholdAction"] = threshold_action
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        threshold_id = d.pop("ThresholdId", UNSET)

        account_id = d.pop("AccountId", UNSET)

        threshold_name = d.pop("ThresholdName", UNSET)

        threshold_type = d.pop("ThresholdType", UNSET)

        def _parse_threshold_amount(data: object) -> float | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | Unset, data)

        threshold_amount = _parse_threshold_amount(d.pop("ThresholdAmount", UNSET))

        threshold_unit = d.pop("ThresholdUnit", UNSET)

        threshold_action = d.pop("ThresholdAction", UNSET)

        def _parse_active(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        threshold = cls(
            threshold_id=threshold_id,
            account_id=account_id,
            threshold_name=threshold_name,
            threshold_type=threshold_type,
            threshold_amount=threshold_amount,
            threshold_unit=threshold_unit,
            threshold_action=threshold_action,
            active=active,
        )

        threshold.additional_properties = d
        return threshold

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
