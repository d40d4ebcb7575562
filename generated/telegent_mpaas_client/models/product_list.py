from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="ProductList")


@_attrs_define
class ProductList:
    """Inferred from the published examples of GET /v1.0/account/products, GET /v1.0/distributor/products."""

    distributor_id: None | str | Unset = UNSET
    total_products: int | Unset = UNSET
    filter_: str | Unset = UNSET
    results: list[Product] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distributor_id: None | str | Unset
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        total_products = self.total_products

        filter_ = self.filter_

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distributor_id is not UNSET:
            field_dict["DistributorId"] = distributor_id
        if total_products is not UNSET:
            field_dict["TotalProducts"] = total_products
        if filter_ is not UNSET:
            field_dict["Filter"] = filter_
        if results is not UNSET:
            field_dict["Results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product import Product  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_distributor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distributor_id = _parse_distributor_id(d.pop("DistributorId", UNSET))

        total_products = d.pop("TotalProducts", UNSET)

        filter_ = d.pop("Filter", UNSET)

        _results = d.pop("Results", UNSET)
        results: list[Product] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = Product.from_dict(results_item_data)

                results.append(results_item)

        product_list = cls(
            distributor_id=distributor_id,
            total_products=total_products,
            filter_=filter_,
            results=results,
        )

        product_list.additional_properties = d
        return product_list

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
