from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateServiceRequest")


@_attrs_define
class CreateServiceRequest:
    service_name: str
    """ Name of the service """
    cost: float
    """ Service cost """
    monthly: bool | Unset = UNSET
    """ Monthly recurring charge """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_name = self.service_name

        cost = self.cost

        monthly = self.monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ServiceName": service_name,
                "Cost": cost,
            }
        )
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_name = d.pop("ServiceName")

        cost = d.pop("Cost")

        monthly = d.pop("Monthly", UNSET)

        create_service_request = cls(
            service_name=service_name,
            cost=cost,
            monthly=monthly,
        )

        create_service_request.additional_properties = d
        return create_service_request

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
