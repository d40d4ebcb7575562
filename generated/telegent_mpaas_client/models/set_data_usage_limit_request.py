from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_data_usage_limit_request_throttle_speed import (
    SetDataUsageLimitRequestThrottleSpeed,
    check_set_data_usage_limit_request_throttle_speed,
)
from ..models.set_data_usage_limit_request_value_unit import (
    SetDataUsageLimitRequestValueUnit,
    check_set_data_usage_limit_request_value_unit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_data_usage_limit_phone_number import SetDataUsageLimitPhoneNumber


T = TypeVar("T", bound="SetDataUsageLimitRequest")


@_attrs_define
class SetDataUsageLimitRequest:
    value_unit: SetDataUsageLimitRequestValueUnit
    """ Unit of data measurement """
    limit_value: int
    """ Maximum data cap/limit """
    phone_numbers: list[SetDataUsageLimitPhoneNumber]
    """ Array of phone numbers to apply data limits to """
    notify_value: int | Unset = UNSET
    """ Data usage threshold for subscriber notification """
    throttle_value: int | Unset = UNSET
    """ Data usage threshold for speed throttling """
    throttle_speed: SetDataUsageLimitRequestThrottleSpeed | Unset = UNSET
    """ Throttled speed limit """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value_unit: str = self.value_unit

        limit_value = self.limit_value

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        notify_value = self.notify_value

        throttle_value = self.throttle_value

        throttle_speed: str | Unset = UNSET
        if not isinstance(self.throttle_speed, Unset):
            throttle_speed = self.throttle_speed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ValueUnit": value_unit,
                "LimitValue": limit_value,
                "PhoneNumbers": phone_numbers,
            }
        )
        if notify_value is not UNSET:
            field_dict["NotifyValue"] = notify_value
        if throttle_value is not UNSET:
            field_dict["ThrottleValue"] = throttle_value
        if throttle_speed is not UNSET:
            field_dict["ThrottleSpeed"] = throttle_speed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_data_usage_limit_phone_number import (
            SetDataUsageLimitPhoneNumber,  # noqa: PLC0415
        )

        d = dict(src_dict)
        value_unit = check_set_data_usage_limit_request_value_unit(d.pop("ValueUnit"))

        limit_value = d.pop("LimitValue")

        phone_numbers = []
        _phone_numbers = d.pop("PhoneNumbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = SetDataUsageLimitPhoneNumber.from_dict(
                phone_numbers_item_data
            )

            phone_numbers.append(phone_numbers_item)

        notify_value = d.pop("NotifyValue", UNSET)

        throttle_value = d.pop("ThrottleValue", UNSET)

        _throttle_speed = d.pop("ThrottleSpeed", UNSET)
        throttle_speed: SetDataUsageLimitRequestThrottleSpeed | Unset
        if isinstance(_throttle_speed, Unset):
            throttle_speed = UNSET
        else:
            throttle_speed = check_set_data_usage_limit_request_throttle_speed(
                _throttle_speed
            )

        set_data_usage_limit_request = cls(
            value_unit=value_unit,
            limit_value=limit_value,
            phone_numbers=phone_numbers,
            notify_value=notify_value,
            throttle_value=throttle_value,
            throttle_speed=throttle_speed,
        )

        set_data_usage_limit_request.additional_properties = d
        return set_data_usage_limit_request

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
