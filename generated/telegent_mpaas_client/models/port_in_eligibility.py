from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortInEligibility")


@_attrs_define
class PortInEligibility:
    """Inferred from the published examples of POST /v1.0/numbers/portin/eligibility."""

    phone_number: str | Unset = UNSET
    eligible: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    current_carrier: str | Unset = UNSET
    number_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        eligible: bool | str | Unset
        if isinstance(self.eligible, Unset):
            eligible = UNSET
        else:
            eligible = self.eligible

        current_carrier = self.current_carrier

        number_type = self.number_type

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if eligible is not UNSET:
            field_dict["Eligible"] = eligible
        if current_carrier is not UNSET:
            field_dict["CurrentCarrier"] = current_carrier
        if number_type is not UNSET:
            field_dict["NumberType"] = number_type
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("PhoneNumber", UNSET)

        def _parse_eligible(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        eligible = _parse_eligible(d.pop("Eligible", UNSET))

        current_carrier = d.pop("CurrentCarrier", UNSET)

        number_type = d.pop("NumberType", UNSET)

        message = d.pop("Message", UNSET)

        port_in_eligibility = cls(
            phone_number=phone_number,
            eligible=eligible,
            current_carrier=current_carrier,
            number_type=number_type,
            message=message,
        )

        port_in_eligibility.additional_properties = d
        return port_in_eligibility

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
