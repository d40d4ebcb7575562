from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """Inferred from the published examples of GET /v1.0/account/packages, GET /v1.0/distributor/packages, GET
    /v1.0/packages and 2 more.

    """

    package_id: str | Unset = UNSET
    package_name: str | Unset = UNSET
    distributor_id: None | str | Unset = UNSET
    aggregator_id: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    price: float | Unset = UNSET
    monthly: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    active: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_id = self.package_id

        package_name = self.package_name

        distributor_id: None | str | Unset
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        aggregator_id = self.aggregator_id

        subscriber_id = self.subscriber_id

        type_ = self.type_

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package_id is not UNSET:
            field_dict["PackageId"] = package_id
        if package_name is not UNSET:
            field_dict["PackageName"] = package_name
        if distributor_id is not UNSET:
            field_dict["DistributorId"] = distributor_id
        if aggregator_id is not UNSET:
            field_dict["AggregatorId"] = aggregator_id
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if price is not UNSET:
            field_dict["Price"] = price
        if monthly is not UNSET:
            field_dict["Monthly"] = monthly
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_id = d.pop("PackageId", UNSET)

        package_name = d.pop("PackageName", UNSET)

        def _parse_distributor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distributor_id = _parse_distributor_id(d.pop("DistributorId", UNSET))

        aggregator_id = d.pop("AggregatorId", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        type_ = d.pop("Type", UNSET)

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

        package = cls(
            package_id=package_id,
            package_name=package_name,
            distributor_id=distributor_id,
            aggregator_id=aggregator_id,
            subscriber_id=subscriber_id,
            type_=type_,
            price=price,
            monthly=monthly,
            active=active,
        )

        package.additional_properties = d
        return package

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
