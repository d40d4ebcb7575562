from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.number_record import NumberRecord


T = TypeVar("T", bound="InventoryPage")


@_attrs_define
class InventoryPage:
    """One page of the account's numbers."""

    phone_numbers: list[NumberRecord]
    account_id: None | str | Unset = UNSET
    total_results: int | Unset = UNSET
    """ Count of numbers over all pages. """
    page_number: int | Unset = UNSET
    filter_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_numbers = []
        for phone_numbers_item_data in self.phone_numbers:
            phone_numbers_item = phone_numbers_item_data.to_dict()
            phone_numbers.append(phone_numbers_item)

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        total_results = self.total_results

        page_number = self.page_number

        filter_: None | str | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PhoneNumbers": phone_numbers,
            }
        )
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if total_results is not UNSET:
            field_dict["TotalResults"] = total_results
        if page_number is not UNSET:
            field_dict["PageNumber"] = page_number
        if filter_ is not UNSET:
            field_dict["Filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.number_record import NumberRecord  # noqa: PLC0415

        d = dict(src_dict)
        phone_numbers = []
        _phone_numbers = d.pop("PhoneNumbers")
        for phone_numbers_item_data in _phone_numbers:
            phone_numbers_item = NumberRecord.from_dict(phone_numbers_item_data)

            phone_numbers.append(phone_numbers_item)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("AccountId", UNSET))

        total_results = d.pop("TotalResults", UNSET)

        page_number = d.pop("PageNumber", UNSET)

        def _parse_filter_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filter_ = _parse_filter_(d.pop("Filter", UNSET))

        inventory_page = cls(
            phone_numbers=phone_numbers,
            account_id=account_id,
            total_results=total_results,
            page_number=page_number,
            filter_=filter_,
        )

        inventory_page.additional_properties = d
        return inventory_page

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
