from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Product")


@_attrs_define
class Product:
    """Inferred from the published examples of GET /v1.0/account/products, GET /v1.0/distributor/products, GET
    /v1.0/products and 2 more.

    """

    product_id: str | Unset = UNSET
    sku: str | Unset = UNSET
    description: str | Unset = UNSET
    aggregator_id: str | Unset = UNSET
    distributor_id: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    sub_type: str | Unset = UNSET
    cost: float | int | str | Unset = UNSET
    """ Money: a number, whatever the examples show. """
    billing_frequency: str | Unset = UNSET
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        sku = self.sku

        description = self.description

        aggregator_id = self.aggregator_id

        distributor_id: None | str | Unset
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        type_ = self.type_

        sub_type = self.sub_type

        cost: float | int | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        billing_frequency = self.billing_frequency

        active: bool | str | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["ProductId"] = product_id
        if sku is not UNSET:
            field_dict["SKU"] = sku
        if description is not UNSET:
            field_dict["Description"] = description
        if aggregator_id is not UNSET:
            field_dict["AggregatorId"] = aggregator_id
        if distributor_id is not UNSET:
            field_dict["DistributorId"] = distributor_id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if sub_type is not UNSET:
            field_dict["SubType"] = sub_type
        if cost is not UNSET:
            field_dict["Cost"] = cost
        if billing_frequency is not UNSET:
            field_dict["BillingFrequency"] = billing_frequency
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("ProductId", UNSET)

        sku = d.pop("SKU", UNSET)

        description = d.pop("Description", UNSET)

        aggregator_id = d.pop("AggregatorId", UNSET)

        def _parse_distributor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distributor_id = _parse_distributor_id(d.pop("DistributorId", UNSET))

        type_ = d.pop("Type", UNSET)

        sub_type = d.pop("SubType", UNSET)

        def _parse_cost(data: object) -> float | int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | int | str | Unset, data)

        cost = _parse_cost(d.pop("Cost", UNSET))

        billing_frequency = d.pop("BillingFrequency", UNSET)

        def _parse_active(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        product = cls(
            product_id=product_id,
            sku=sku,
            description=description,
            aggregator_id=aggregator_id,
            distributor_id=distributor_id,
            type_=type_,
            sub_type=sub_type,
            cost=cost,
            billing_frequency=billing_frequency,
            active=active,
        )

        product.additional_properties = d
        return product

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
