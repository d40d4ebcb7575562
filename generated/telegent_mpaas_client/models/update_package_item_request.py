from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePackageItemRequest")


@_attrs_define
class UpdatePackageItemRequest:
    package_id: str
    """ Package ID """
    package_item_id: str
    """ Package Item ID to update """
    price: str | Unset = UNSET
    monthly: bool | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        package_item_id = self.package_item_id

        price = self.price

        monthly = self.monthly

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PackageId": package_id,
                "PackageItemId": package_item_id,
            }
        )
        if price is not UNSET:
            field_dict["Price"] = price
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("PackageId")

        package_item_id = d.pop("PackageItemId")

        price = d.pop("Price", UNSET)

        monthly = d.pop("Monthly", UNSET)

        type_ = d.pop("Type", UNSET)

        update_package_item_request = cls(
            package_id=package_id,
            package_item_id=package_item_id,
            price=price,
            monthly=monthly,
            type_=type_,
        )

        update_package_item_request.additional_properties = d
        return update_package_item_request

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
