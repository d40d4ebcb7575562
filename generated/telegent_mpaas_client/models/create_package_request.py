from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_package_item import CreatePackageItem


T = TypeVar("T", bound="CreatePackageRequest")


@_attrs_define
class CreatePackageRequest:
    package_name: str
    """ Package name """
    type_: str
    """ Package type (e.g., sip, esim) """
    price: float
    """ Package price """
    monthly: bool
    """ Monthly recurring charge """
    description: str | Unset = UNSET
    """ Package description """
    subscriber_id: str | Unset = UNSET
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    package_items: list[CreatePackageItem] | Unset = UNSET
    """ List of products in package """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_name = self.package_name

        type_ = self.type_

        price = self.price

        monthly = self.monthly

        description = self.description

        subscriber_id = self.subscriber_id

        package_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_items, Unset):
            package_items = []
            for package_items_item_data in self.package_items:
                package_items_item = package_items_item_data.to_dict()
                package_items.append(package_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PackageName": package_name,
                "Type": type_,
                "Price": price,
                "Monthly": monthly,
            }
        )
        if description is not UNSET:
            field_dict["Description"] = description
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if package_items is not UNSET:
            field_dict["PackageItems"] = package_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_package_item import CreatePackageItem  # noqa: PLC0415

        d = dict(src_dict)
        package_name = d.pop("PackageName")

        type_ = d.pop("Type")

        price = d.pop("Price")

        monthly = d.pop("Monthly")

        description = d.pop("Description", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        _package_items = d.pop("PackageItems", UNSET)
        package_items: list[CreatePackageItem] | Unset = UNSET
        if _package_items is not UNSET:
            package_items = []
            for package_items_item_data in _package_items:
                package_items_item = CreatePackageItem.from_dict(
                    package_items_item_data
                )

                package_items.append(package_items_item)

        create_package_request = cls(
            package_name=package_name,
            type_=type_,
            price=price,
            monthly=monthly,
            description=description,
            subscriber_id=subscriber_id,
            package_items=package_items,
        )

        create_package_request.additional_properties = d
        return create_package_request

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
