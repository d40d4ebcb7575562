from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Service")


@_attrs_define
class Service:
    """Inferred from the published examples of GET /v1.0/account/services, GET /v1.0/services, POST /v1.0/services."""

    service_id: str | Unset = UNSET
    service_name: str | Unset = UNSET
    cost: float | int | str | Unset = UNSET
    """ Money: a number, whatever the examples show. """
    monthly: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        service_name = self.service_name

        cost: float | int | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["ServiceId"] = service_id
        if service_name is not UNSET:
            field_dict["ServiceName"] = service_name
        if cost is not UNSET:
            field_dict["Cost"] = cost
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("ServiceId", UNSET)

        service_name = d.pop("ServiceName", UNSET)

        def _parse_cost(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        cost = _parse_cost(d.pop("Cost", UNSET))

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

        service = cls(
            service_id=service_id,
            service_name=service_name,
            cost=cost,
            monthly=monthly,
            active=active,
        )

        service.additional_properties = d
        return service

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
