from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataUsageNumber")


@_attrs_define
class DataUsageNumber:
    """Inferred from the published examples of POST /v1.0/numbers/data-usage, POST /v1.0/numbers/data-usage/info, POST
    /v1.0/numbers/data-usage/settings and 1 more.

    """

    number: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    status_message: str | Unset = UNSET
    used: str | Unset = UNSET
    remaining: str | Unset = UNSET
    current_behavior: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    notify_value: int | Unset = UNSET
    limit_value: int | Unset = UNSET
    throttle_value: int | Unset = UNSET
    throttle_speed: str | Unset = UNSET
    value_unit: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        status = self.status

        status_message = self.status_message

        used = self.used

        remaining = self.remaining

        current_behavior = self.current_behavior

        notify_value = self.notify_value

        limit_value = self.limit_value

        throttle_value = self.throttle_value

        throttle_speed = self.throttle_speed

        value_unit = self.value_unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["Number"] = number
        if status is not UNSET:
            field_dict["Status"] = status
        if status_message is not UNSET:
            field_dict["StatusMessage"] = status_message
        if used is not UNSET:
            field_dict["Used"] = used
        if remaining is not UNSET:
            field_dict["Remaining"] = remaining
        if current_behavior is not UNSET:
            field_dict["CurrentBehavior"] = current_behavior
        if notify_value is not UNSET:
            field_dict["NotifyValue"] = notify_value
        if limit_value is not UNSET:
            field_dict["LimitValue"] = limit_value
        if throttle_value is not UNSET:
            field_dict["ThrottleValue"] = throttle_value
        if throttle_speed is not UNSET:
            field_dict["ThrottleSpeed"] = throttle_speed
        if value_unit is not UNSET:
            field_dict["ValueUnit"] = value_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("Number", UNSET)

        status = d.pop("Status", UNSET)

        status_message = d.pop("StatusMessage", UNSET)

        used = d.pop("Used", UNSET)

        remaining = d.pop("Remaining", UNSET)

        current_behavior = d.pop("CurrentBehavior", UNSET)

        notify_value = d.pop("NotifyValue", UNSET)

        limit_value = d.pop("LimitValue", UNSET)

        throttle_value = d.pop("ThrottleValue", UNSET)

        throttle_speed = d.pop("ThrottleSpeed", UNSET)

        value_unit = d.pop("ValueUnit", UNSET)

        data_usage_number = cls(
            number=number,
            status=status,
            status_message=status_message,
            used=used,
            remaining=remaining,
            current_behavior=current_behavior,
            notify_value=notify_value,
            limit_value=limit_value,
            throttle_value=throttle_value,
            throttle_speed=throttle_speed,
            value_unit=value_unit,
        )

        data_usage_number.additional_properties = d
        return data_usage_number

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
