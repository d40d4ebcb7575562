from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.status_change_request_status_change import (
    StatusChangeRequestStatusChange,
    check_status_change_request_status_change,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.status_change_number import StatusChangeNumber


T = TypeVar("T", bound="StatusChangeRequest")


@_attrs_define
class StatusChangeRequest:
    status_change: StatusChangeRequestStatusChange
    """ Type of status change to perform """
    effective_date: str
    """ Date when status change takes effect (MM/DD/YYYY) """
    phone_numbers: list[StatusChangeNumber]
    """ Array of phone numbers to update """
    area_code: str | Unset = UNSET
    """ Area code for swap/replace (searched first) """
    zip_code: str | Unset = UNSET
    """ Zip code for swap/replace (if area code unavailable) """

    def to_dict(self) -> dict[str, Any]:
        status_change: str = self.status_change

        effective_date = self.effective_date

        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        area_code = self.area_code

        zip_code = self.zip_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "StatusChange": status_change,
                "EffectiveDate": effective_date,
                "PhoneNumbers": phone_numbers,
            }
        )
        if area_code is not UNSET:
            field_dict["AreaCode"] = area_code
        if zip_code is not UNSET:
            field_dict["ZipCode"] = zip_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.status_change_number import StatusChangeNumber  # noqa: PLC0415

        d = dict(src_dict)
        status_change = check_status_change_request_status_change(d.pop("StatusChange"))

        effective_date = d.pop("EffectiveDate")

        phone_numbers = []
        _phone_numbers = d.pop("PhoneNumbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = StatusChangeNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

        area_code = d.pop("AreaCode", UNSET)

        zip_code = d.pop("ZipCode", UNSET)

        status_change_request = cls(
            status_change=status_change,
            effective_date=effective_date,
            phone_numbers=phone_numbers,
            area_code=area_code,
            zip_code=zip_code,
        )

        return status_change_request
