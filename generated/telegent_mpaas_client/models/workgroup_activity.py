from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkgroupActivity")


@_attrs_define
class WorkgroupActivity:
    """Inferred from the published examples of POST /v1.0/workgroups/activity, POST /v1.0/workgroups/activity/delete, POST
    /v1.0/workgroups/activity/update.

    """

    workgroup_activity_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    workgroup_activity_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workgroup_activity_status = self.workgroup_activity_status

        workgroup_activity_id = self.workgroup_activity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workgroup_activity_status is not UNSET:
            field_dict["WorkgroupActivityStatus"] = workgroup_activity_status
        if workgroup_activity_id is not UNSET:
            field_dict["WorkgroupActivityId"] = workgroup_activity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workgroup_activity_status = d.pop("WorkgroupActivityStatus", UNSET)

        workgroup_activity_id = d.pop("WorkgroupActivityId", UNSET)

        workgroup_activity = cls(
            workgroup_activity_status=workgroup_activity_status,
            workgroup_activity_id=workgroup_activity_id,
        )

        workgroup_activity.additional_properties = d
        return workgroup_activity

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
