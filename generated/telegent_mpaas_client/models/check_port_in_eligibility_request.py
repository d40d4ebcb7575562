from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckPortInEligibilityRequest")


@_attrs_define
class CheckPortInEligibilityRequest:
    phone_number: str
    """ Phone number to check eligibility for (E.164 format) """
    target_classification: str
    """ Target classification for the port-in number (e.g. Mobile, Landline) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        target_classification = self.target_classification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PhoneNumber": phone_number,
                "TargetClassification": target_classification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("PhoneNumber")

        target_classification = d.pop("TargetClassification")

        check_port_in_eligibility_request = cls(
            phone_number=phone_number,
            target_classification=target_classification,
        )

        check_port_in_eligibility_request.additional_properties = d
        return check_port_in_eligibility_request

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
