from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_renewal_info import NumberRenewalInfo


T = TypeVar("T", bound="PhoneNumberWithRenewalInfoAndStatus")


@_attrs_define
class PhoneNumberWithRenewalInfoAndStatus:
    number: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    status_message: None | str | Unset = UNSET
    renewal_info: NumberRenewalInfo | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

        renewal_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.renewal_info, Unset):
            renewal_info = self.renewal_info.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if number is not UNSET:
            field_dict["Number"] = number
        if status is not UNSET:
            field_dict["Status"] = status
        if status_message is not UNSET:
            field_dict["StatusMessage"] = status_message
        if renewal_info is not UNSET:
            field_dict["RenewalInfo"] = renewal_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_renewal_info import NumberRenewalInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("Number", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_message = _parse_status_message(d.pop("StatusMessage", UNSET))

        _renewal_info = d.pop("RenewalInfo", UNSET)
        renewal_info: NumberRenewalInfo | Unset
        if isinstance(_renewal_info, Unset):
            renewal_info = UNSET
        else:
            renewal_info = NumberRenewalInfo.from_dict(_renewal_info)

        phone_number_with_renewal_info_and_status = cls(
            number=number,
            status=status,
            status_message=status_message,
            renewal_info=renewal_info,
        )

        return phone_number_with_renewal_info_and_status
