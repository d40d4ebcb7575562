from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberRenewalInfo")


@_attrs_define
class NumberRenewalInfo:
    auto_renew: bool | Unset = UNSET
    period_type: None | str | Unset = UNSET
    period_value: int | Unset = UNSET
    renewal_day: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auto_renew = self.auto_renew

        period_type: None | str | Unset
        if isinstance(self.period_type, Unset):
            period_type = UNSET
        else:
            period_type = self.period_type

        period_value = self.period_value

        renewal_day = self.renewal_day

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        d = dict(src_dict)
        auto_renew = d.pop("AutoRenew", UNSET)

        def _parse_period_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        period_type = _parse_period_type(d.pop("PeriodType", UNSET))

        period_value = d.pop("PeriodValue", UNSET)

        renewal_day = d.pop("RenewalDay", UNSET)

        number_renewal_info = cls(
            auto_renew=auto_renew,
            period_type=period_type,
            period_value=period_value,
            renewal_day=renewal_day,
        )

        return number_renewal_info
