from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workgroup import Workgroup


T = TypeVar("T", bound="WorkgroupList")


@_attrs_define
class WorkgroupList:
    """Inferred from the published examples of GET /v1.0/account/workgroups."""

    workgroups: list[Workgroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workgroups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workgroups, Unset):
            workgroups = []
            for workgroups_item_data in self.workgroups:
                workgroups_item = workgroups_item_data.to_dict()
                workgroups.append(workgroups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workgroups is not UNSET:
            field_dict["Workgroups"] = workgroups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workgroup import Workgroup  # noqa: PLC0415

        d = dict(src_dict)
        _workgroups = d.pop("Workgroups", UNSET)
        workgroups: list[Workgroup] | Unset = UNSET
        if _workgroups is not UNSET:
            workgroups = []
            for workgroups_item_data in _workgroups:
                workgroups_item = Workgroup.from_dict(workgroups_item_data)

                workgroups.append(workgroups_item)

        workgroup_list = cls(
            workgroups=workgroups,
        )

        workgroup_list.additional_properties = d
        return workgroup_list

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
