from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """Inferred from the published examples of GET /v1.0/account/schedules."""

    schedule_id: str | Unset = UNSET
    name: str | Unset = UNSET
    account_id: str | Unset = UNSET
    monday_start_time: str | Unset = UNSET
    monday_end_time: str | Unset = UNSET
    tuesday_start_time: str | Unset = UNSET
    tuesday_end_time: str | Unset = UNSET
    wednesday_start_time: str | Unset = UNSET
    wednesday_end_time: str | Unset = UNSET
    thursday_start_time: str | Unset = UNSET
    thursday_end_time: str | Unset = UNSET
    friday_start_time: str | Unset = UNSET
    friday_end_time: str | Unset = UNSET
    saturday_start_time: str | Unset = UNSET
    saturday_end_time: str | Unset = UNSET
    sunday_start_time: str | Unset = UNSET
    sunday_end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule_id = self.schedule_id

        name = self.name

        account_id = self.account_id

        monday_start_time = self.monday_start_time

        monday_end_time = self.monday_end_time

        tuesday_start_time = self.tuesday_start_time

        tuesday_end_time = self.tuesday_end_time

        wednesday_start_time = self.wednesday_start_time

        wednesday_end_time = self.wednesday_end_time

        thursday_start_time = self.thursday_start_time

        thursday_end_time = self.thursday_end_time

        friday_start_time = self.friday_start_time

        friday_end_time = self.friday_end_time

        saturday_start_time = self.saturday_start_time

        saturday_end_time = self.saturday_end_time

        sunday_start_time = self.sunday_start_time

        sunday_end_time = self.sunday_end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule_id is not UNSET:
            field_dict["ScheduleId"] = schedule_id
        if name is not UNSET:
            field_dict["Name"] = name
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if monday_start_time is not UNSET:
            field_dict["MondayStartTime"] = monday_start_time
        if monday_end_time is not UNSET:
            field_dict["MondayEndTime"] = monday_end_time
        if tuesday_start_time is not UNSET:
            field_dict["TuesdayStartTime"] = tuesday_start_time
        if tuesday_end_time is not UNSET:
            field_dict["TuesdayEndTime"] = tuesday_end_time
        if wednesday_start_time is not UNSET:
            field_dict["WednesdayStartTime"] = wednesday_start_time
        if wednesday_end_time is not UNSET:
            field_dict["WednesdayEndTime"] = wednesday_end_time
        if thursday_start_time is not UNSET:
            field_dict["ThursdayStartTime"] = thursday_start_time
        if thursday_end_time is not UNSET:
            field_dict["ThursdayEndTime"] = thursday_end_time
        if friday_start_time is not UNSET:
            field_dict["FridayStartTime"] = friday_start_time
        if friday_end_time is not UNSET:
            field_dict["FridayEndTime"] = friday_end_time
        if saturday_start_time is not UNSET:
            field_dict["SaturdayStartTime"] = saturday_start_time
        if saturday_end_time is not UNSET:
            field_dict["SaturdayEndTime"] = saturday_end_time
        if sunday_start_time is not UNSET:
            field_dict["SundayStartTime"] = sunday_start_time
        if sunday_end_time is not UNSET:
            field_dict["SundayEndTime"] = sunday_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schedule_id = d.pop("ScheduleId", UNSET)

        name = d.pop("Name", UNSET)

        account_id = d.pop("AccountId", UNSET)

        monday_start_time = d.pop("MondayStartTime", UNSET)

        monday_end_time = d.pop("MondayEndTime", UNSET)

        tuesday_start_time = d.pop("TuesdayStartTime", UNSET)

        tuesday_end_time = d.pop("TuesdayEndTime", UNSET)

        wednesday_start_time = d.pop("WednesdayStartTime", UNSET)

        wednesday_end_time = d.pop("WednesdayEndTime", UNSET)

        thursday_start_time = d.pop("ThursdayStartTime", UNSET)

        thursday_end_time = d.pop("ThursdayEndTime", UNSET)

        friday_start_time = d.pop("FridayStartTime", UNSET)

        friday_end_time = d.pop("FridayEndTime", UNSET)

        saturday_start_time = d.pop("SaturdayStartTime", UNSET)

        saturday_end_time = d.pop("SaturdayEndTime", UNSET)

        sunday_start_time = d.pop("SundayStartTime", UNSET)

        sunday_end_time = d.pop("SundayEndTime", UNSET)

        schedule = cls(
            schedule_id=schedule_id,
            name=name,
            account_id=account_id,
            monday_start_time=monday_start_time,
            monday_end_time=monday_end_time,
            tuesday_start_time=tuesday_start_time,
            tuesday_end_time=tuesday_end_time,
            wednesday_start_time=wednesday_start_time,
            wednesday_end_time=wednesday_end_time,
            thursday_start_time=thursday_start_time,
            thursday_end_time=thursday_end_time,
            friday_start_time=friday_start_time,
            friday_end_time=friday_end_time,
            saturday_start_time=saturday_start_time,
            saturday_end_time=saturday_end_time,
            sunday_start_time=sunday_start_time,
            sunday_end_time=sunday_end_time,
        )

        schedule.additional_properties = d
        return schedule

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
