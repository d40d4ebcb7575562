from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_workgroup_activity_request_type import (
    CreateWorkgroupActivityRequestType,
    check_create_workgroup_activity_request_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkgroupActivityRequest")


@_attrs_define
class CreateWorkgroupActivityRequest:
    workgroup_id: str
    """ Parent workgroup ID to add this activity to """
    type_: CreateWorkgroupActivityRequestType
    """ Member type - User or nested Workgroup """
    digit_order: int | Unset = UNSET
    """ IVR digit or ring order position for this member """
    phone_number: str | Unset = UNSET
    """ Phone number for this activity member (E.164 format) """
    reference_workgroup_id: str | Unset = UNSET
    """ Referenced workgroup ID (when Type is Workgroup) """
    reference_user_id: str | Unset = UNSET
    """ Referenced user ID (when Type is User) """
    sms_notification: bool | Unset = UNSET
    """ Enable SMS notification for this member """
    email_notification: bool | Unset = UNSET
    """ Enable email notification for this member """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workgroup_id = self.workgroup_id

        type_: str = self.type_

        digit_order = self.digit_order

        phone_number = self.phone_number

        reference_workgroup_id = self.reference_workgroup_id

        reference_user_id = self.reference_user_id

        sms_notification = self.sms_notification

        email_notification = self.email_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WorkgroupId": workgroup_id,
                "Type": type_,
            }
        )
        if digit_order is not UNSET:
            field_dict["DigitOrder"] = digit_order
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
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
        workgroup_id = d.pop("WorkgroupId")

        type_ = check_create_workgroup_activity_request_type(d.pop("Type"))

        digit_order = d.pop("DigitOrder", UNSET)

        phone_number = d.pop("PhoneNumber", UNSET)

        reference_workgroup_id = d.pop("ReferenceWorkgroupId", UNSET)

        reference_user_id = d.pop("ReferenceUserId", UNSET)

        sms_notification = d.pop("SmsNotification", UNSET)

        email_notification = d.pop("EmailNotification", UNSET)

        create_workgroup_activity_request = cls(
            workgroup_id=workgroup_id,
            type_=type_,
            digit_order=digit_order,
            phone_number=phone_number,
            reference_workgroup_id=reference_workgroup_id,
            reference_user_id=reference_user_id,
            sms_notification=sms_notification,
            email_notification=email_notification,
        )

        create_workgroup_activity_request.additional_properties = d
        return create_workgroup_activity_request

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
