from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_usage_number import DataUsageNumber


T = TypeVar("T", bound="DataUsage")


@_attrs_define
class DataUsage:
    """Inferred from the published examples of POST /v1.0/numbers/data-usage/info."""

    phone_numbers: list[DataUsageNumber] | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_usage_number import DataUsageNumber  # noqa: PLC0415

        d = dict(src_dict)
        _phone_numbers = d.pop("PhoneNumbers", UNSET)
        phone_numbers: list[DataUsageNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = DataUsageNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        status = d.pop("Status", UNSET)

        data_usage = cls(
            phone_numbers=phone_numbers,
            status=status,
        )

        data_usage.additional_properties = d
        return data_usage

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
