from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Voicemail")


@_attrs_define
class Voicemail:
    """Inferred from the published examples of POST /v1.0/numbers/voicemail/info."""

    phone_number: str | Unset = UNSET
    voicemail_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        voicemail_enabled: bool | str | Unset
        if isinstance(self.voicemail_enabled, Unset):
            voicemail_enabled = UNSET
        else:
            voicemail_enabled = self.voicemail_enabled

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if voicemail_enabled is not UNSET:
            field_dict["VoicemailEnabled"] = voicemail_enabled
        if email is not UNSET:
            field_dict["Email"] = email
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("PhoneNumber", UNSET)

        def _parse_voicemail_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        voicemail_enabled = _parse_voicemail_enabled(d.pop("VoicemailEnabled", UNSET))

        email = d.pop("Email", UNSET)

        first_name = d.pop("FirstName", UNSET)

        last_name = d.pop("LastName", UNSET)

        voicemail = cls(
            phone_number=phone_number,
            voicemail_enabled=voicemail_enabled,
            email=email,
            first_name=first_name,
            last_name=last_name,
        )

        voicemail.additional_properties = d
        return voicemail

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
