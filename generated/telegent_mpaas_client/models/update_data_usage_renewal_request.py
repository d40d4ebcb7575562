from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_data_usage_renewal_request_period_type import (
    UpdateDataUsageRenewalRequestPeriodType,
    check_update_data_usage_renewal_request_period_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_data_usage_renewal_phone_number import (
        UpdateDataUsageRenewalPhoneNumber,
    )


T = TypeVar("T", bound="UpdateDataUsageRenewalRequest")


@_attrs_define
class UpdateDataUsageRenewalRequest:
    phone_numbers: list[UpdateDataUsageRenewalPhoneNumber]
    """ Array of phone numbers to update renewal settings for """
    auto_renew: bool
    """ Whether data usage automatically resets on the configured RenewalDay each period """
    period_type: UpdateDataUsageRenewalRequestPeriodType
    """ Renewal period type. M for monthly, W for weekly """
    renewal_day: int
    """ Day on which usage resets. 1-31 for monthly periods, 1-7 for weekly periods """
    reset_usage: bool | Unset = UNSET
    """ Set to true to zero out current usage immediately without waiting for the next renewal cycle """
    period_value: int | Unset = UNSET
    """ Number of periods between renewals. Typically 1 """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        auto_renew = self.auto_renew

        period_type: str = self.period_type

        renewal_day = self.renewal_day

        reset_usage = self.reset_usage

        period_value = self.period_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PhoneNumbers": phone_numbers,
                "AutoRenew": auto_renew,
                "PeriodType": period_type,
                "RenewalDay": renewal_day,
            }
        )
        if reset_usage is not UNSET:
            field_dict["ResetUsage"] = reset_usage
        if period_value is not UNSET:
            field_dict["PeriodValue"] = period_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_data_usage_renewal_phone_number import (
            UpdateDataUsageRenewalPhoneNumber,  # noqa: PLC0415
        )

        d = dict(src_dict)
        phone_numbers = []
        _phone_numbers = d.pop("PhoneNumbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = UpdateDataUsageRenewalPhoneNumber.from_dict(
                phone_numbers_item_data
            )

            phone_numbers.append(phone_numbers_item)

        auto_renew = d.pop("AutoRenew")

        period_type = check_update_data_usage_renewal_request_period_type(
            d.pop("PeriodType")
        )

        renewal_day = d.pop("RenewalDay")

        reset_usage = d.pop("ResetUsage", UNSET)

        period_value = d.pop("PeriodValue", UNSET)

        update_data_usage_renewal_request = cls(
            phone_numbers=phone_numbers,
            auto_renew=auto_renew,
            period_type=period_type,
            renewal_day=renewal_day,
            reset_usage=reset_usage,
            period_value=period_value,
        )

        update_data_usage_renewal_request.additional_properties = d
        return update_data_usage_renewal_request

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
