from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_workgroup_activity_request_type import (
    UpdateWorkgroupActivityRequestType,
    check_update_workgroup_activity_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkgroupActivityRequest")


@_attrs_define
class UpdateWorkgroupActivityRequest:
    workgroup_activity_id: str
    """ Unique identifier of the workgroup activity to update """
    digit_order: int | Unset = UNSET
    """ IVR digit or ring order position """
    phone_number: str | Unset = UNSET
    """ Phone number to ring or forward to for this activity. Use E.164 format (e.g., `+15555555555`). """
    workgroup_id: str | Unset = UNSET
    """ Parent workgroup ID """
    type_: UpdateWorkgroupActivityRequestType | Unset = UNSET
    """ Member type """
    reference_workgroup_id: str | Unset = UNSET
    """ Referenced workgroup ID """
    reference_user_id: str | Unset = UNSET
    """ Referenced user ID """
    sms_notification: bool | Unset = UNSET
    """ Enable SMS notification """
    email_notification: bool | Unset = UNSET
    """ Enable email notification """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workgroup_activity_id = self.workgroup_activity_id

        digit_order = self.digit_order

        phone_number = self.phone_number

        workgroup_id = self.workgroup_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        reference_workgroup_id = self.reference_workgroup_id

        reference_user_id = self.reference_user_id

        sms_notification = self.sms_notification

        email_notification = self.email_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WorkgroupActivityId": workgroup_activity_id,
            }
        )
        if digit_order is not UNSET:
            field_dict["DigitOrder"] = digit_order
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if workgroup_id is not UNSET:
            field_dict["WorkgroupId"] = workgroup_id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if reference_workgroup_id is not UNSET:
            field_dict["ReferenceWorkgroupId"] = reference_workgroup_id
        if reference_user_id is not UNSET:
            field_dict["ReferenceUserId"] = reference_user_id
        if sms_notification is not UNSET:
            field_dict["SmsNotification"] = sms_notification
        if email_notification is not UNSET:
            field_dict["EmailNotification"] = email_notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workgroup_activity_id = d.pop("WorkgroupActivityId")

        digit_order = d.pop("DigitOrder", UNSET)

        phone_number = d.pop("PhoneNumber", UNSET)

        workgroup_id = d.pop("WorkgroupId", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: UpdateWorkgroupActivityRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_update_workgroup_activity_request_type(_type_)

        reference_workgroup_id = d.pop("ReferenceWorkgroupId", UNSET)

        reference_user_id = d.pop("ReferenceUserId", UNSET)

        sms_notification = d.pop("SmsNotification", UNSET)

        email_notification = d.pop("EmailNotification", UNSET)

        update_workgroup_activity_request = cls(
            workgroup_activity_id=workgroup_activity_id,
            digit_order=digit_order,
            phone_number=phone_number,
            workgroup_id=workgroup_id,
            type_=type_,
            reference_workgroup_id=reference_workgroup_id,
            reference_user_id=reference_user_id,
            sms_notification=sms_notification,
            email_notification=email_notification,
        )

        update_workgroup_activity_request.additional_properties = d
        return update_workgroup_activity_request

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
