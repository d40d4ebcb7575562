from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAccountBillingAddress")


@_attrs_define
class CreateAccountBillingAddress:
    street_1: str | Unset = UNSET
    street_2: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zip_: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street_1 = self.street_1

        street_2 = self.street_2

        city = self.city

        state = self.state

        zip_ = self.zip_

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street_1 is not UNSET:
            field_dict["Street1"] = street_1
        if street_2 is not UNSET:
            field_dict["Street2"] = street_2
        if city is not UNSET:
            field_dict["City"] = city
        if state is not UNSET:
            field_dict["State"] = state
        if zip_ is not UNSET:
            field_dict["Zip"] = zip_
        if country is not UNSET:
            field_dict["Country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street_1 = d.pop("Street1", UNSET)

        street_2 = d.pop("Street2", UNSET)

        city = d.pop("City", UNSET)

        state = d.pop("State", UNSET)

        zip_ = d.pop("Zip", UNSET)

        country = d.pop("Country", UNSET)

        create_account_billing_address = cls(
            street_1=street_1,
            street_2=street_2,
            city=city,
            state=state,
            zip_=zip_,
            country=country,
        )

        create_account_billing_address.additional_properties = d
        return create_account_billing_address

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
