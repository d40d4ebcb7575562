from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageItemDeletion")


@_attrs_define
class PackageItemDeletion:
    """Inferred from the published examples of POST /v1.0/packages/items/delete."""

    package_item_id: str | Unset = UNSET
    package_id: str | Unset = UNSET
    package_item_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_item_id = self.package_item_id

        package_id = self.package_id

        package_item_status = self.package_item_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_item_id is not UNSET:
            field_dict["PackageItemId"] = package_item_id
        if package_id is not UNSET:
            field_dict["PackageId"] = package_id
        if package_item_status is not UNSET:
            field_dict["PackageItemStatus"] = package_item_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_item_id = d.pop("PackageItemId", UNSET)

        package_id = d.pop("PackageId", UNSET)

        package_item_status = d.pop("PackageItemStatus", UNSET)

        package_item_deletion = cls(
            package_item_id=package_item_id,
            package_id=package_id,
            package_item_status=package_item_status,
        )

        package_item_deletion.additional_properties = d
        return package_item_deletion

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
