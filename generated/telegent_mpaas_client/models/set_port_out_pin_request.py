from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetPortOutPinRequest")


@_attrs_define
class SetPortOutPinRequest:
    port_out_number: str
    """ Phone number to port out (E.164 format) """
    port_out_pin: str
    """ Authorization PIN for port-out request """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port_out_number = self.port_out_number

        port_out_pin = self.port_out_pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PortOutNumber": port_out_number,
                "PortOutPIN": port_out_pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        port_out_number = d.pop("PortOutNumber")

        port_out_pin = d.pop("PortOutPIN")

        set_port_out_pin_request = cls(
            port_out_number=port_out_number,
            port_out_pin=port_out_pin,
        )

        set_port_out_pin_request.additional_properties = d
        return set_port_out_pin_request

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
