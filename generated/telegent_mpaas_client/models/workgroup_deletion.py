from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkgroupDeletion")


@_attrs_define
class WorkgroupDeletion:
    """Inferred from the published examples of POST /v1.0/workgroups/delete."""

    workgroup_id: str | Unset = UNSET
    successful: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workgroup_id = self.workgroup_id

        successful: bool | str | Unset
        if isinstance(self.successful, Unset):
            successful = UNSET
        else:
            successful = self.successful

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workgroup_id is not UNSET:
            field_dict["WorkgroupId"] = workgroup_id
        if successful is not UNSET:
            field_dict["Successful"] = successful

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workgroup_id = d.pop("WorkgroupId", UNSET)

        def _parse_successful(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        successful = _parse_successful(d.pop("Successful", UNSET))

        workgroup_deletion = cls(
            workgroup_id=workgroup_id,
            successful=successful,
        )

        workgroup_deletion.additional_properties = d
        return workgroup_deletion

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
