from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phone_number import PhoneNumber


T = TypeVar("T", bound="UpdateRenewalInfoRequest")


@_attrs_define
class UpdateRenewalInfoRequest:
    phone_numbers: list[PhoneNumber]
    reset_usage: bool | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    period_type: None | str | Unset = UNSET
    period_value: int | None | Unset = UNSET
    renewal_day: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        reset_usage = self.reset_usage

        auto_renew = self.auto_renew

        period_type: None | str | Unset
        if isinstance(self.period_type, Unset):
            period_type = UNSET
        else:
            period_type = self.period_type

        period_value: int | None | Unset
        if isinstance(self.period_value, Unset):
            period_value = UNSET
        else:
            period_value = self.period_value

        renewal_day: int | None | Unset
        if isinstance(self.renewal_day, Unset):
            renewal_day = UNSET
        else:
            renewal_day = self.renewal_day

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "PhoneNumbers": phone_numbers,
            }
        )
        if reset_usage is not UNSET:
            field_dict["ResetUsage"] = reset_usage
        if auto_renew is not UNSET:
            field_dict["AutoRenew"] = auto_renew
        if period_type is not UNSET:
            field_dict["PeriodType"] = period_type
        if period_value is not UNSET:
            field_dict["PeriodValue"] = period_value
        if renewal_day is not UNSET:
            field_dict["RenewalDay"] = renewal_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415

        d = dict(src_dict)
        phone_numbers = []
        _phone_numbers = d.pop("PhoneNumbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

        reset_usage = d.pop("ResetUsage", UNSET)

        auto_renew = d.pop("AutoRenew", UNSET)

        def _parse_period_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_type = _parse_period_type(d.pop("PeriodType", UNSET))

        def _parse_period_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        period_value = _parse_period_value(d.pop("PeriodValue", UNSET))

        def _parse_renewal_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        renewal_day = _parse_renewal_day(d.pop("RenewalDay", UNSET))

        update_renewal_info_request = cls(
            phone_numbers=phone_numbers,
            reset_usage=reset_usage,
            auto_renew=auto_renew,
            period_type=period_type,
            period_value=period_value,
            renewal_day=renewal_day,
        )

        return update_renewal_info_request
