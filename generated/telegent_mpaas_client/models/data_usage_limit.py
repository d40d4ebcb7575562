from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_usage_number import DataUsageNumber


T = TypeVar("T", bound="DataUsageLimit")


@_attrs_define
class DataUsageLimit:
    """Inferred from the published examples of POST /v1.0/numbers/data-usage."""

    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    status_message: str | Unset = UNSET
    value_unit: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    notify_value: int | Unset = UNSET
    throttle_value: int | Unset = UNSET
    throttle_speed: str | Unset = UNSET
    limit_value: int | Unset = UNSET
    phone_numbers: list[DataUsageNumber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_message = self.status_message

        value_unit = self.value_unit

        notify_value = self.notify_value

        throttle_value = self.throttle_value

        throttle_speed = self.throttle_speed

        limit_value = self.limit_value

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if status_message is not UNSET:
            field_dict["StatusMessage"] = status_message
        if value_unit is not UNSET:
            field_dict["ValueUnit"] = value_unit
        if notify_value is not UNSET:
            field_dict["NotifyValue"] = notify_value
        if throttle_value is not UNSET:
            field_dict["ThrottleValue"] = throttle_value
        if throttle_speed is not UNSET:
            field_dict["ThrottleSpeed"] = throttle_speed
        if limit_value is not UNSET:
            field_dict["LimitValue"] = limit_value
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_usage_number import DataUsageNumber  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("Status", UNSET)

        status_message = d.pop("StatusMessage", UNSET)

        value_unit = d.pop("ValueUnit", UNSET)

        notify_value = d.pop("NotifyValue", UNSET)

        throttle_value = d.pop("ThrottleValue", UNSET)

        throttle_speed = d.pop("ThrottleSpeed", UNSET)

        limit_value = d.pop("LimitValue", UNSET)

        _phone_numbers = d.pop("PhoneNumbers", UNSET)
        phone_numbers: list[DataUsageNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = DataUsageNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        data_usage_limit = cls(
            status=status,
            status_message=status_message,
            value_unit=value_unit,
            notify_value=notify_value,
            throttle_value=throttle_value,
            throttle_speed=throttle_speed,
            limit_value=limit_value,
            phone_numbers=phone_numbers,
        )

        data_usage_limit.additional_properties = d
        return data_usage_limit

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
