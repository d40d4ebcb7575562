from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceItem")


@_attrs_define
class ServiceItem:
    """Inferred from the published examples of GET /v1.0/services/items, POST /v1.0/services/items/add, POST
    /v1.0/services/items/update.

    """

    price: float | Unset = UNSET
    monthly: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    service_id: str | Unset = UNSET
    successful: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        monthly: bool | str | Unset
        if isinstance(self.monthly, Unset):
            monthly = UNSET
        else:
            monthly = self.monthly

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        service_id = self.service_id

        successful: bool | str | Unset
        if isinstance(self.successful, Unset):
            successful = UNSET
        else:
            successful = self.successful

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["Price"] = price
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly
        if active is not UNSET:
            field_dict["Active"] = active
        if service_id is not UNSET:
            field_dict["ServiceId"] = service_id
        if successful is not UNSET:
            field_dict["Successful"] = successful

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price = d.pop("Price", UNSET)

        def _parse_monthly(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        monthly = _parse_monthly(d.pop("Monthly", UNSET))

        def _parse_active(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        service_id = d.pop("ServiceId", UNSET)

        def _parse_successful(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        successful = _parse_successful(d.pop("Successful", UNSET))

        service_item = cls(
            price=price,
            monthly=monthly,
            active=active,
            service_id=service_id,
            successful=successful,
        )

        service_item.additional_properties = d
        return service_item

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
