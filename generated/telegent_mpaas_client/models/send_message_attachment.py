from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageAttachment")


@_attrs_define
class SendMessageAttachment:
    base_64: str | Unset = UNSET
    """ Base64-encoded media content """
    base_type: str | Unset = UNSET
    """ MIME type of the media """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_64 = self.base_64

        base_type = self.base_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_64 is not UNSET:
            field_dict["Base64"] = base_64
        if base_type is not UNSET:
            field_dict["BaseType"] = base_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_64 = d.pop("Base64", UNSET)

        base_type = d.pop("BaseType", UNSET)

        send_message_attachment = cls(
            base_64=base_64,
            base_type=base_type,
        )

        send_message_attachment.additional_properties = d
        return send_message_attachment

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
