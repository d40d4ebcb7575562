from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddPackageItemRequest")


@_attrs_define
class AddPackageItemRequest:
    package_id: str
    """ Package ID """
    product_id: str
    """ Product ID to add to the package """
    price: str | Unset = UNSET
    """ Item price """
    monthly: bool | Unset = UNSET
    """ Monthly recurring """
    type_: str | Unset = UNSET
    """ Item type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        product_id = self.product_id

        price = self.price

        monthly = self.monthly

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PackageId": package_id,
                "ProductId": product_id,
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

        product_id = d.pop("ProductId")

        price = d.pop("Price", UNSET)

        monthly = d.pop("Monthly", UNSET)

        type_ = d.pop("Type", UNSET)

        add_package_item_request = cls(
            package_id=package_id,
            product_id=product_id,
            price=price,
            monthly=monthly,
            type_=type_,
        )

        add_package_item_request.additional_properties = d
        return add_package_item_request

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
