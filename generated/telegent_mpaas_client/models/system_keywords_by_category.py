from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemKeywordsByCategory")


@_attrs_define
class SystemKeywordsByCategory:
    """Inferred from the published examples of GET /v1.0/subscribers/call-filter/keywords, GET /v1.0/subscribers/message-
    filter/keywords.

    """

    profanity: list[str] | Unset = UNSET
    violence: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profanity: list[str] | Unset = UNSET
        if not isinstance(self.profanity, Unset):
            profanity = self.profanity

        violence: list[str] | Unset = UNSET
        if not isinstance(self.violence, Unset):
            violence = self.violence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profanity is not UNSET:
            field_dict["Profanity"] = profanity
        if violence is not UNSET:
            field_dict["Violence"] = violence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        profanity = cast(list[str], d.pop("Profanity", UNSET))

        violence = cast(list[str], d.pop("Violence", UNSET))

        system_keywords_by_category = cls(
            profanity=profanity,
            violence=violence,
        )

        system_keywords_by_category.additional_properties = d
        return system_keywords_by_category

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
