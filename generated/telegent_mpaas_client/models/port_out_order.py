from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PortOutOrder")


@_attrs_define
class PortOutOrder:
    """Inferred from the published examples of POST /v1.0/numbers/portout."""

    order_id: str | Unset = UNSET
    order_date: str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_date = self.order_date

        status = self.status

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if order_date is not UNSET:
            field_dict["OrderDate"] = order_date
        if status is not UNSET:
            field_dict["Status"] = status
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("OrderId", UNSET)

        order_date = d.pop("OrderDate", UNSET)

        status = d.pop("Status", UNSET)

        phone_number = d.pop("PhoneNumber", UNSET)

        port_out_order = cls(
            order_id=order_id,
            order_date=order_date,
            status=status,
            phone_number=phone_number,
        )

        port_out_order.additional_properties = d
        return port_out_order

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
