from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="MessageList")


@_attrs_define
class MessageList:
    """Inferred from the published examples of GET /v1.0/message/search."""

    phone_number: str | Unset = UNSET
    results_total_records: int | Unset = UNSET
    results_pages: int | Unset = UNSET
    results: list[Message] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        results_total_records = self.results_total_records

        results_pages = self.results_pages

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if results_total_records is not UNSET:
            field_dict["ResultsTotalRecords"] = results_total_records
        if results_pages is not UNSET:
            field_dict["ResultsPages"] = results_pages
        if results is not UNSET:
            field_dict["Results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        phone_number = d.pop("PhoneNumber", UNSET)

        results_total_records = d.pop("ResultsTotalRecords", UNSET)

        results_pages = d.pop("ResultsPages", UNSET)

        _results = d.pop("Results", UNSET)
        results: list[Message] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = Message.from_dict(results_item_data)

                results.append(results_item)

        message_list = cls(
            phone_number=phone_number,
            results_total_records=results_total_records,
            results_pages=results_pages,
            results=results,
        )

        message_list.additional_properties = d
        return message_list

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
