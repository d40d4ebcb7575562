from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AllowedNumbers")


@_attrs_define
class AllowedNumbers:
    """Inferred from the published examples of POST /v1.0/subscribers/call-filter/allowed-numbers/add, POST
    /v1.0/subscribers/call-filter/allowed-numbers/remove.

    """

    filter_id: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    allowed_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        subscriber_id = self.subscriber_id

        allowed_numbers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_numbers, Unset):
            allowed_numbers = self.allowed_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if allowed_numbers is not UNSET:
            field_dict["AllowedNumbers"] = allowed_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filter_id = d.pop("FilterId", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        allowed_numbers = cast(list[str], d.pop("AllowedNumbers", UNSET))

        allowed_numbers = cls(
            filter_id=filter_id,
            subscriber_id=subscriber_id,
            allowed_numbers=allowed_numbers,
        )

        allowed_numbers.additional_properties = d
        return allowed_numbers

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
