from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePackageRequest")


@_attrs_define
class UpdatePackageRequest:
    package_id: str
    """ Package ID to update """
    package_name: str | Unset = UNSET
    description: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    price: float | Unset = UNSET
    monthly: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        package_name = self.package_name

        description = self.description

        subscriber_id = self.subscriber_id

        type_ = self.type_

        price = self.price

        monthly = self.monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PackageId": package_id,
            }
        )
        if package_name is not UNSET:
            field_dict["PackageName"] = package_name
        if description is not UNSET:
            field_dict["Description"] = description
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if price is not UNSET:
            field_dict["Price"] = price
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("PackageId")

        package_name = d.pop("PackageName", UNSET)

        description = d.pop("Description", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        type_ = d.pop("Type", UNSET)

        price = d.pop("Price", UNSET)

        monthly = d.pop("Monthly", UNSET)

        update_package_request = cls(
            package_id=package_id,
            package_name=package_name,
            description=description,
            subscriber_id=subscriber_id,
            type_=type_,
            price=price,
            monthly=monthly,
        )

        update_package_request.additional_properties = d
        return update_package_request

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
