from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageDeletion")


@_attrs_define
class PackageDeletion:
    """Inferred from the published examples of POST /v1.0/packages/delete."""

    package_id: str | Unset = UNSET
    package_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        package_status = self.package_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_id is not UNSET:
            field_dict["PackageId"] = package_id
        if package_status is not UNSET:
            field_dict["PackageStatus"] = package_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("PackageId", UNSET)

        package_status = d.pop("PackageStatus", UNSET)

        package_deletion = cls(
            package_id=package_id,
            package_status=package_status,
        )

        package_deletion.additional_properties = d
        return package_deletion

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
