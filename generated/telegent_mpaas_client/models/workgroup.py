from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workgroup")


@_attrs_define
class Workgroup:
    """Inferred from the published examples of GET /v1.0/account/workgroups, GET /v1.0/workgroups, POST /v1.0/workgroups
    and 1 more.

    """

    workgroup_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    account_id: str | Unset = UNSET
    schedule_id: str | Unset = UNSET
    telegent_phone: str | Unset = UNSET
    call_order: str | Unset = UNSET
    announcement_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workgroup_id = self.workgroup_id

        name = self.name

        type_ = self.type_

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        account_id = self.account_id

        schedule_id = self.schedule_id

        telegent_phone = self.telegent_phone

        call_order = self.call_order

        announcement_text = self.announcement_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workgroup_id is not UNSET:
            field_dict["WorkgroupId"] = workgroup_id
        if name is not UNSET:
            field_dict["Name"] = name
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if active is not UNSET:
            field_dict["Active"] = active
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if schedule_id is not UNSET:
            field_dict["ScheduleId"] = schedule_id
        if telegent_phone is not UNSET:
            field_dict["TelegentPhone"] = telegent_phone
        if call_order is not UNSET:
            field_dict["CallOrder"] = call_order
        if announcement_text is not UNSET:
            field_dict["AnnouncementText"] = announcement_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workgroup_id = d.pop("WorkgroupId", UNSET)

        name = d.pop("Name", UNSET)

        type_ = d.pop("Type", UNSET)

        def _parse_active(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        account_id = d.pop("AccountId", UNSET)

        schedule_id = d.pop("ScheduleId", UNSET)

        telegent_phone = d.pop("TelegentPhone", UNSET)

        call_order = d.pop("CallOrder", UNSET)

        announcement_text = d.pop("AnnouncementText", UNSET)

        workgroup = cls(
            workgroup_id=workgroup_id,
            name=name,
            type_=type_,
            active=active,
            account_id=account_id,
            schedule_id=schedule_id,
            telegent_phone=telegent_phone,
            call_order=call_order,
            announcement_text=announcement_text,
        )

        workgroup.additional_properties = d
        return workgroup

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
