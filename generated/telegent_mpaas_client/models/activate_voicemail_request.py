from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivateVoicemailRequest")


@_attrs_define
class ActivateVoicemailRequest:
    phone_number: str
    """ The phone number to activate voicemail for (E.164 format) """
    account_id: str | Unset = UNSET
    """ Optional account ID associated with the phone number """
    pin: str | Unset = UNSET
    """ Voicemail PIN for the subscriber """
    first_name: str | Unset = UNSET
    """ Subscriber first name """
    last_name: str | Unset = UNSET
    """ Subscriber last name """
    email: str | Unset = UNSET
    """ Email address for voicemail notifications """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        account_id = self.account_id

        pin = self.pin

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PhoneNumber": phone_number,
            }
        )
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if pin is not UNSET:
            field_dict["PIN"] = pin
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if email is not UNSET:
            field_dict["Email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("PhoneNumber")

        account_id = d.pop("AccountId", UNSET)

        pin = d.pop("PIN", UNSET)

        first_name = d.pop("FirstName", UNSET)

        last_name = d.pop("LastName", UNSET)

        email = d.pop("Email", UNSET)

        activate_voicemail_request = cls(
            phone_number=phone_number,
            account_id=account_id,
            pin=pin,
            first_name=first_name,
            last_name=last_name,
            email=email,
        )

        activate_voicemail_request.additional_properties = d
        return activate_voicemail_request

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
