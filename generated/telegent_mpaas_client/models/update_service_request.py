from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateServiceRequest")


@_attrs_define
class UpdateServiceRequest:
    service_id: str
    """ Service ID to update """
    service_name: str | Unset = UNSET
    cost: float | Unset = UNSET
    monthly: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        service_name = self.service_name

        cost = self.cost

        monthly = self.monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ServiceId": service_id,
            }
        )
        if service_name is not UNSET:
            field_dict["ServiceName"] = service_name
        if cost is not UNSET:
            field_dict["Cost"] = cost
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("ServiceId")

        service_name = d.pop("ServiceName", UNSET)

        cost = d.pop("Cost", UNSET)

        monthly = d.pop("Monthly", UNSET)

        update_service_request = cls(
            service_id=service_id,
            service_name=service_name,
            cost=cost,
            monthly=monthly,
        )

        update_service_request.additional_properties = d
        return update_service_request

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
