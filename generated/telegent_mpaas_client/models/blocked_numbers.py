from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlockedNumbers")


@_attrs_define
class BlockedNumbers:
    """Inferred from the published examples of POST /v1.0/subscribers/call-filter/blocked-numbers/add, POST
    /v1.0/subscribers/call-filter/blocked-numbers/remove.

    """

    filter_id: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    blocked_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        subscriber_id = self.subscriber_id

        blocked_numbers: list[str] | Unset = UNSET
        if not isinstance(self.blocked_numbers, Unset):
            blocked_numbers = self.blocked_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if blocked_numbers is not UNSET:
            field_dict["BlockedNumbers"] = blocked_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_id = d.pop("FilterId", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        blocked_numbers = cast(list[str], d.pop("BlockedNumbers", UNSET))

        blocked_numbers = cls(
            filter_id=filter_id,
            subscriber_id=subscriber_id,
            blocked_numbers=blocked_numbers,
        )

        blocked_numbers.additional_properties = d
        return blocked_numbers

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
