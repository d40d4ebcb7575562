from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_data_usage_phone_number import GetDataUsagePhoneNumber


T = TypeVar("T", bound="GetDataUsageRequest")


@_attrs_define
class GetDataUsageRequest:
    phone_numbers: list[GetDataUsagePhoneNumber]
    """ Array of phone numbers to retrieve real-time data usage for """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PhoneNumbers": phone_numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_data_usage_phone_number import GetDataUsagePhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        phone_numbers = []
        _phone_numbers = d.pop("PhoneNumbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = GetDataUsagePhoneNumber.from_dict(
                phone_numbers_item_data
            )

            phone_numbers.append(phone_numbers_item)

        get_data_usage_request = cls(
            phone_numbers=phone_numbers,
        )

        get_data_usage_request.additional_properties = d
        return get_data_usage_request

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
