from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoicemailDeletion")


@_attrs_define
class VoicemailDeletion:
    """Inferred from the published examples of POST /v1.0/numbers/voicemail/delete."""

    phone_number: str | Unset = UNSET
    successful: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        successful: bool | str | Unset
        if isinstance(self.successful, Unset):
            successful = UNSET
        else:
            successful = self.successful

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if successful is not UNSET:
            field_dict["Successful"] = successful
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("PhoneNumber", UNSET)

        def _parse_successful(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        successful = _parse_successful(d.pop("Successful", UNSET))

        message = d.pop("Message", UNSET)

        voicemail_deletion = cls(
            phone_number=phone_number,
            successful=successful,
            message=message,
        )

        voicemail_deletion.additional_properties = d
        return voicemail_deletion

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
