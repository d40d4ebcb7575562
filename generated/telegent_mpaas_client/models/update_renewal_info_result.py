from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number_with_renewal_info_and_status import (
        PhoneNumberWithRenewalInfoAndStatus,
    )


T = TypeVar("T", bound="UpdateRenewalInfoResult")


@_attrs_define
class UpdateRenewalInfoResult:
    phone_numbers: list[PhoneNumberWithRenewalInfoAndStatus] | None | Unset = UNSET
    status: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.phone_numbers, Unset):
            phone_numbers = UNSET
        elif isinstance(self.phone_numbers, list):
            phone_numbers = []
            for phone_numbers_type_0_item_data in self.phone_numbers:
                phone_numbers_type_0_item = phone_numbers_type_0_item_data.to_dict()
                phone_numbers.append(phone_numbers_type_0_item)

        else:
            phone_numbers = self.phone_numbers

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number_with_renewal_info_and_status import (
            PhoneNumberWithRenewalInfoAndStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_phone_numbers(
            data: object,
        ) -> list[PhoneNumberWithRenewalInfoAndStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phone_numbers_type_0 = []
                _phone_numbers_type_0 = data
                for phone_numbers_type_0_item_data in _phone_numbers_type_0:
                    phone_numbers_type_0_item = (
                        PhoneNumberWithRenewalInfoAndStatus.from_dict(
                            phone_numbers_type_0_item_data
                        )
                    )

                    phone_numbers_type_0.append(phone_numbers_type_0_item)

                return phone_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PhoneNumberWithRenewalInfoAndStatus] | None | Unset, data)

        phone_numbers = _parse_phone_numbers(d.pop("PhoneNumbers", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        update_renewal_info_result = cls(
            phone_numbers=phone_numbers,
            status=status,
        )

        return update_renewal_info_result
