from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_product_request_billing_frequency import (
    UpdateProductRequestBillingFrequency,
    check_update_product_request_billing_frequency,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProductRequest")


@_attrs_define
class UpdateProductRequest:
    product_id: str
    """ Product ID to update """
    sku: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    sub_type: str | Unset = UNSET
    cost: float | Unset = UNSET
    billing_frequency: UpdateProductRequestBillingFrequency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        sku = self.sku

        description = self.description

        type_ = self.type_

        sub_type = self.sub_type

        cost = self.cost

        billing_frequency: str | Unset = UNSET
        if not isinstance(self.billing_frequency, Unset):
            billing_frequency = self.billing_frequency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ProductId": product_id,
            }
        )
        if sku is not UNSET:
            field_dict["SKU"] = sku
        if description is not UNSET:
            field_dict["Description"] = description
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if sub_type is not UNSET:
            field_dict["SubType"] = sub_type
        if cost is not UNSET:
            field_dict["Cost"] = cost
        if billing_frequency is not UNSET:
            field_dict["BillingFrequency"] = billing_frequency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("ProductId")

        sku = d.pop("SKU", UNSET)

        description = d.pop("Description", UNSET)

        type_ = d.pop("Type", UNSET)

        sub_type = d.pop("SubType", UNSET)

        cost = d.pop("Cost", UNSET)

        _billing_frequency = d.pop("BillingFrequency", UNSET)
        billing_frequency: UpdateProductRequestBillingFrequency | Unset
        if isinstance(_billing_frequency, Unset):
            billing_frequency = UNSET
        else:
            billing_frequency = check_update_product_request_billing_frequency(
                _billing_frequency
            )

        update_product_request = cls(
            product_id=product_id,
            sku=sku,
            description=description,
            type_=type_,
            sub_type=sub_type,
            cost=cost,
            billing_frequency=billing_frequency,
        )

        update_product_request.additional_properties = d
        return update_product_request

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
