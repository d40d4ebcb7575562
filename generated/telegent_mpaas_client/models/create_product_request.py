from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_product_request_billing_frequency import (
    CreateProductRequestBillingFrequency,
    check_create_product_request_billing_frequency,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductRequest")


@_attrs_define
class CreateProductRequest:
    sku: str
    """ Product SKU """
    description: str
    """ Product description """
    type_: str
    """ Product type (e.g., esim, vas) """
    cost: float
    """ Product cost """
    billing_frequency: CreateProductRequestBillingFrequency
    """ Billing frequency (MRC=Monthly, NRC=Non-recurring) """
    sub_type: str | Unset = UNSET
    """ Product sub-type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        description = self.description

        type_ = self.type_

        cost = self.cost

        billing_frequency: str = self.billing_frequency

        sub_type = self.sub_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SKU": sku,
                "Description": description,
                "Type": type_,
                "Cost": cost,
                "BillingFrequency": billing_frequency,
            }
        )
        if sub_type is not UNSET:
            field_dict["SubType"] = sub_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sku = d.pop("SKU")

        description = d.pop("Description")

        type_ = d.pop("Type")

        cost = d.pop("Cost")

        billing_frequency = check_create_product_request_billing_frequency(
            d.pop("BillingFrequency")
        )

        sub_type = d.pop("SubType", UNSET)

        create_product_request = cls(
            sku=sku,
            description=description,
            type_=type_,
            cost=cost,
            billing_frequency=billing_frequency,
            sub_type=sub_type,
        )

        create_product_request.additional_properties = d
        return create_product_request

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
