from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_workgroup_request_type import (
    CreateWorkgroupRequestType,
    check_create_workgroup_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkgroupRequest")


@_attrs_define
class CreateWorkgroupRequest:
    name: str
    """ Friendly name for the workgroup """
    type_: CreateWorkgroupRequestType
    """ Workgroup routing type """
    telegent_phone: str | Unset = UNSET
    """ Phone number assigned to this workgroup (E.164 format) """
    call_order: str | Unset = UNSET
    """ Call distribution order """
    announcement_text: str | Unset = UNSET
    """ Text-to-speech announcement played to callers """
    announcement_url: str | Unset = UNSET
    """ URL of audio file for announcement """
    internal_extension: str | Unset = UNSET
    """ Internal extension number """
    caller_id_type: str | Unset = UNSET
    """ Caller ID type configuration """
    caller_id_name: str | Unset = UNSET
    """ Caller ID name """
    record_calls: bool | Unset = UNSET
    """ Enable call recording """
    transcribe_recordings: bool | Unset = UNSET
    """ Enable transcription of recordings """
    schedule_id: str | Unset = UNSET
    """ Schedule ID to associate with this workgroup """
    time_zone: str | Unset = UNSET
    """ Timezone for schedule (e.g., America/New_York) """
    hold_music_id: str | Unset = UNSET
    """ ID of hold music to play """
    ai_recording: bool | Unset = UNSET
    """ Enable AI-enhanced recording """
    off_hours_type: str | Unset = UNSET
    """ Off-hours routing type (User or Workgroup) """
    off_hours_id: str | Unset = UNSET
    """ User ID or Workgroup ID for off-hours routing """
    on_hours_type: str | Unset = UNSET
    """ On-hours routing type (User or Workgroup) """
    on_hours_id: str | Unset = UNSET
    """ User ID or Workgroup ID for on-hours routing """
    wait_between: str | Unset = UNSET
    """ Wait time between call attempts """
    toll_free_number: str | Unset = UNSET
    """ Toll-free number associated with workgroup """
    account_id: str | Unset = UNSET
    """ Account ID to associate workgroup with """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        telegent_phone = self.telegent_phone

        call_order = self.call_order

        announcement_text = self.announcement_text

        announcement_url = self.announcement_url

        internal_extension = self.internal_extension

        caller_id_type = self.caller_id_type

        caller_id_name = self.caller_id_name

        record_calls = self.record_calls

        transcribe_recordings = self.transcribe_recordings

        schedule_id = self.schedule_id

        time_zone = self.time_zone

        hold_music_id = self.hold_music_id

        ai_recording = self.ai_recording

        off_hours_type = self.off_hours_type

        off_hours_id = self.off_hours_id

        on_hours_type = self.on_hours_type

        on_hours_id = self.on_hours_id

        wait_between = self.wait_between

        toll_free_number = self.toll_free_number

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Type": type_,
            }
        )
        if telegent_phone is not UNSET:
            field_dict["TelegentPhone"] = telegent_phone
        if call_order is not UNSET:
            field_dict["CallOrder"] = call_order
        if announcement_text is not UNSET:
            field_dict["AnnouncementText"] = announcement_text
        if announcement_url is not UNSET:
            field_dict["AnnouncementUrl"] = announcement_url
        if internal_extension is not UNSET:
            field_dict["InternalExtension"] = internal_extension
        if caller_id_type is not UNSET:
            field_dict["CallerIdType"] = caller_id_type
        if caller_id_name is not UNSET:
            field_dict["CallerIdName"] = caller_id_name
        if record_calls is not UNSET:
            field_dict["RecordCalls"] = record_calls
        if transcribe_recordings is not UNSET:
            field_dict["TranscribeRecordings"] = transcribe_recordings
        if schedule_id is not UNSET:
            field_dict["ScheduleId"] = schedule_id
        if time_zone is not UNSET:
            field_dict["TimeZone"] = time_zone
        if hold_music_id is not UNSET:
            field_dict["HoldMusicId"] = hold_music_id
        if ai_recording is not UNSET:
            field_dict["AiRecording"] = ai_recording
        if off_hours_type is not UNSET:
            field_dict["OffHoursType"] = off_hours_type
        if off_hours_id is not UNSET:
            field_dict["OffHoursId"] = off_hours_id
        if on_hours_type is not UNSET:
            field_dict["OnHoursType"] = on_hours_type
        if on_hours_id is not UNSET:
            field_dict["OnHoursId"] = on_hours_id
        if wait_between is not UNSET:
            field_dict["WaitBetween"] = wait_between
        if toll_free_number is not UNSET:
            field_dict["TollFreeNumber"] = toll_free_number
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        type_ = check_create_workgroup_request_type(d.pop("Type"))

        telegent_phone = d.pop("TelegentPhone", UNSET)

        call_order = d.pop("CallOrder", UNSET)

        announcement_text = d.pop("AnnouncementText", UNSET)

        announcement_url = d.pop("AnnouncementUrl", UNSET)

        internal_extension = d.pop("InternalExtension", UNSET)

        caller_id_type = d.pop("CallerIdType", UNSET)

        caller_id_name = d.pop("CallerIdName", UNSET)

        record_calls = d.pop("RecordCalls", UNSET)

        transcribe_recordings = d.pop("TranscribeRecordings", UNSET)

        schedule_id = d.pop("ScheduleId", UNSET)

        time_zone = d.pop("TimeZone", UNSET)

        hold_music_id = d.pop("HoldMusicId", UNSET)

        ai_recording = d.pop("AiRecording", UNSET)

        off_hours_type = d.pop("OffHoursType", UNSET)

        off_hours_id = d.pop("OffHoursId", UNSET)

        on_hours_type = d.pop("OnHoursType", UNSET)

        on_hours_id = d.pop("OnHoursId", UNSET)

        wait_between = d.pop("WaitBetween", UNSET)

        toll_free_number = d.pop("TollFreeNumber", UNSET)

        account_id = d.pop("AccountId", UNSET)

        create_workgroup_request = cls(
            name=name,
            type_=type_,
            telegent_phone=telegent_phone,
            call_order=call_order,
            announcement_text=announcement_text,
            announcement_url=announcement_url,
            internal_extension=internal_extension,
            caller_id_type=caller_id_type,
            caller_id_name=caller_id_name,
            record_calls=record_calls,
            transcribe_recordings=transcribe_recordings,
            schedule_id=schedule_id,
            time_zone=time_zone,
            hold_music_id=hold_music_id,
            ai_recording=ai_recording,
            off_hours_type=off_hours_type,
            off_hours_id=off_hours_id,
            on_hours_type=on_hours_type,
            on_hours_id=on_hours_id,
            wait_between=wait_between,
            toll_free_number=toll_free_number,
            account_id=account_id,
        )

        create_workgroup_request.additional_properties = d
        return create_workgroup_request

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
