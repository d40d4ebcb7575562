from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddServiceItemRequest")


@_attrs_define
class AddServiceItemRequest:
    service_id: str
    """ The service ID to add the item to """
    aggregator_id: str | Unset = UNSET
    """ Optional aggregator ID """
    distributor_id: str | Unset = UNSET
    """ Optional distributor ID """
    price: float | Unset = UNSET
    """ The price for this service item """
    monthly: bool | Unset = UNSET
    """ Whether this is a monthly recurring charge (true) or one-time (false) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        aggregator_id = self.aggregator_id

        distributor_id = self.distributor_id

        price = self.price

        monthly = self.monthly

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ServiceId": service_id,
            }
        )
        if aggregator_id is not UNSET:
            field_dict["AggregatorId"] = aggregator_id
        if distributor_id is not UNSET:
            field_dict["DistributorId"] = distributor_id
        if price is not UNSET:
            field_dict["Price"] = price
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_id = d.pop("ServiceId")

        aggregator_id = d.pop("AggregatorId", UNSET)

        distributor_id = d.pop("DistributorId", UNSET)

        price = d.pop("Price", UNSET)

        monthly = d.pop("Monthly", UNSET)

        add_service_item_request = cls(
            service_id=service_id,
            aggregator_id=aggregator_id,
            distributor_id=distributor_id,
            price=price,
            monthly=monthly,
        )

        add_service_item_request.additional_properties = d
        return add_service_item_request

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
