from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceDetails")


@_attrs_define
class DeviceDetails:
    """Inferred from the published examples of POST /v1.0/numbers/device-details."""

    account_id: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    number_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    imei: str | Unset = UNSET
    device_model: str | Unset = UNSET
    device_name: str | Unset = UNSET
    tac: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    status_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        phone_number = self.phone_number

        number_type = self.number_type

        imei = self.imei

        device_model = self.device_model

        device_name = self.device_name

        tac = self.tac

        status = self.status

        status_message = self.status_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if number_type is not UNSET:
            field_dict["NumberType"] = number_type
        if imei is not UNSET:
            field_dict["IMEI"] = imei
        if device_model is not UNSET:
            field_dict["DeviceModel"] = device_model
        if device_name is not UNSET:
            field_dict["DeviceName"] = device_name
        if tac is not UNSET:
            field_dict["TAC"] = tac
        if status is not UNSET:
            field_dict["Status"] = status
        if status_message is not UNSET:
            field_dict["StatusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("AccountId", UNSET)

        phone_number = d.pop("PhoneNumber", UNSET)

        number_type = d.pop("NumberType", UNSET)

        imei = d.pop("IMEI", UNSET)

        device_model = d.pop("DeviceModel", UNSET)

        device_name = d.pop("DeviceName", UNSET)

        tac = d.pop("TAC", UNSET)

        status = d.pop("Status", UNSET)

        status_message = d.pop("StatusMessage", UNSET)

        device_details = cls(
            account_id=account_id,
            phone_number=phone_number,
            number_type=number_type,
            imei=imei,
            device_model=device_model,
            device_name=device_name,
            tac=tac,
            status=status,
            status_message=status_message,
        )

        device_details.additional_properties = d
        return device_details

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
