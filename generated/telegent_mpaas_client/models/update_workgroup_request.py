from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_workgroup_request_type import (
    UpdateWorkgroupRequestType,
    check_update_workgroup_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkgroupRequest")


@_attrs_define
class UpdateWorkgroupRequest:
    workgroup_id: str
    """ Unique identifier of the workgroup to update """
    name: str | Unset = UNSET
    """ New name for the workgroup """
    telegent_phone: str | Unset = UNSET
    """ Phone number assigned to this workgroup """
    type_: UpdateWorkgroupRequestType | Unset = UNSET
    """ Workgroup routing type """
    call_order: str | Unset = UNSET
    """ Call distribution order """
    announcement_text: str | Unset = UNSET
    """ Text-to-speech announcement """
    announcement_url: str | Unset = UNSET
    """ URL of audio file for announcement """
    schedule_id: str | Unset = UNSET
    """ Schedule ID to associate """
    time_zone: str | Unset = UNSET
    """ Timezone for schedule """
    record_calls: bool | Unset = UNSET
    """ Enable call recording """
    transcribe_recordings: bool | Unset = UNSET
    """ Enable transcription """
    off_hours_type: str | Unset = UNSET
    """ Off-hours routing type """
    off_hours_id: str | Unset = UNSET
    """ User or Workgroup ID for off-hours """
    on_hours_type: str | Unset = UNSET
    """ On-hours routing type """
    on_hours_id: str | Unset = UNSET
    """ User or Workgroup ID for on-hours """
    account_id: str | Unset = UNSET
    """ Account ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workgroup_id = self.workgroup_id

        name = self.name

        telegent_phone = self.telegent_phone

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        call_order = self.call_order

        announcement_text = self.announcement_text

        announcement_url = self.announcement_url

        schedule_id = self.schedule_id

        time_zone = self.time_zone

        record_calls = self.record_calls

        transcribe_recordings = self.transcribe_recordings

        off_hours_type = self.off_hours_type

        off_hours_id = self.off_hours_id

        on_hours_type = self.on_hours_type

        on_hours_id = self.on_hours_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WorkgroupId": workgroup_id,
            }
        )
        if name is not UNSET:
            field_dict["Name"] = name
        if telegent_phone is not UNSET:
            field_dict["TelegentPhone"] = telegent_phone
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if call_order is not UNSET:
            field_dict["CallOrder"] = call_order
        if announcement_text is not UNSET:
            field_dict["AnnouncementText"] = announcement_text
        if announcement_url is not UNSET:
            field_dict["AnnouncementUrl"] = announcement_url
        if schedule_id is not UNSET:
            field_dict["ScheduleId"] = schedule_id
        if time_zone is not UNSET:
            field_dict["TimeZone"] = time_zone
        if record_calls is not UNSET:
            field_dict["RecordCalls"] = record_calls
        if transcribe_recordings is not UNSET:
            field_dict["TranscribeRecordings"] = transcribe_recordings
        if off_hours_type is not UNSET:
            field_dict["OffHoursType"] = off_hours_type
        if off_hours_id is not UNSET:
            field_dict["OffHoursId"] = off_hours_id
        if on_hours_type is not UNSET:
            field_dict["OnHoursType"] = on_hours_type
        if on_hours_id is not UNSET:
            field_dict["OnHoursId"] = on_hours_id
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workgroup_id = d.pop("WorkgroupId")

        name = d.pop("Name", UNSET)

        telegent_phone = d.pop("TelegentPhone", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: UpdateWorkgroupRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_update_workgroup_request_type(_type_)

        call_order = d.pop("CallOrder", UNSET)

        announcement_text = d.pop("AnnouncementText", UNSET)

        announcement_url = d.pop("AnnouncementUrl", UNSET)

        schedule_id = d.pop("ScheduleId", UNSET)

        time_zone = d.pop("TimeZone", UNSET)

        record_calls = d.pop("RecordCalls", UNSET)

        transcribe_recordings = d.pop("TranscribeRecordings", UNSET)

        off_hours_type = d.pop("OffHoursType", UNSET)

        off_hours_id = d.pop("OffHoursId", UNSET)

        on_hours_type = d.pop("OnHoursType", UNSET)

        on_hours_id = d.pop("OnHoursId", UNSET)

        account_id = d.pop("AccountId", UNSET)

        update_workgroup_request = cls(
            workgroup_id=workgroup_id,
            name=name,
            telegent_phone=telegent_phone,
            type_=type_,
            call_order=call_order,
            announcement_text=announcement_text,
            announcement_url=announcement_url,
            schedule_id=schedule_id,
            time_zone=time_zone,
            record_calls=record_calls,
            transcribe_recordings=transcribe_recordings,
            off_hours_type=off_hours_type,
            off_hours_id=off_hours_id,
            on_hours_type=on_hours_type,
            on_hours_id=on_hours_id,
            account_id=account_id,
        )

        update_workgroup_request.additional_properties = d
        return update_workgroup_request

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
