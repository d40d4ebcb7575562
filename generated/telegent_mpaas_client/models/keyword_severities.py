from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeywordSeverities")


@_attrs_define
class KeywordSeverities:
    """Inferred from the published examples of GET /v1.0/subscribers/call-filter/keywords, GET /v1.0/subscribers/message-
    filter/keywords.

    """

    word_1: str | Unset = UNSET
    inappropriate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        word_1 = self.word_1

        inappropriate = self.inappropriate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if word_1 is not UNSET:
            field_dict["Word1"] = word_1
        if inappropriate is not UNSET:
            field_dict["Inappropriate"] = inappropriate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        word_1 = d.pop("Word1", UNSET)

        inappropriate = d.pop("Inappropriate", UNSET)

        keyword_severities = cls(
            word_1=word_1,
            inappropriate=inappropriate,
        )

        keyword_severities.additional_properties = d
        return keyword_severities

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
