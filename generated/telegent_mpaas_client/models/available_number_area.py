from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableNumberArea")


@_attrs_define
class AvailableNumberArea:
    """Inferred from the published examples of POST /v1.0/numbers/availability."""

    ngp: str | Unset = UNSET
    area_code: int | str | Unset = UNSET
    """ An identifier or code: text, even when sent as digits. """
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ngp = self.ngp

        area_code: int | str | Unset
        if isinstance(self.area_code, Unset):
            area_code = UNSET
        else:
            area_code = self.area_code

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ngp is not UNSET:
            field_dict["NGP"] = ngp
        if area_code is not UNSET:
            field_dict["AreaCode"] = area_code
        if zipcode is not UNSET:
            field_dict["Zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ngp = d.pop("NGP", UNSET)

        def _parse_area_code(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        area_code = _parse_area_code(d.pop("AreaCode", UNSET))

        zipcode = d.pop("Zipcode", UNSET)

        available_number_area = cls(
            ngp=ngp,
            area_code=area_code,
            zipcode=zipcode,
        )

        available_number_area.additional_properties = d
        return available_number_area

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
