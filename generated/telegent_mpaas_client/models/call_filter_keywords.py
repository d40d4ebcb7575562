from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyword_severities import KeywordSeverities
    from ..models.system_keywords_by_category import SystemKeywordsByCategory


T = TypeVar("T", bound="CallFilterKeywords")


@_attrs_define
class CallFilterKeywords:
    """Inferred from the published examples of GET /v1.0/subscribers/call-filter/keywords."""

    custom_keywords: list[str] | Unset = UNSET
    system_keywords: SystemKeywordsByCategory | Unset = UNSET
    """ Inferred from the published examples of GET /v1.0/subscribers/call-filter/keywords, GET
    /v1.0/subscribers/message-filter/keywords. """
    severity_map: KeywordSeverities | Unset = UNSET
    """ Inferred from the published examples of GET /v1.0/subscribers/call-filter/keywords, GET
    /v1.0/subscribers/message-filter/keywords. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_keywords: list[str] | Unset = UNSET
        if not isinstance(self.custom_keywords, Unset):
            custom_keywords = self.custom_keywords

        system_keywords: dict[str, Any] | Unset = UNSET
        if not isinstance(self.system_keywords, Unset):
            system_keywords = self.system_keywords.to_dict()

        severity_map: dict[str, Any] | Unset = UNSET
        if not isinstance(self.severity_map, Unset):
            severity_map = self.severity_map.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_keywords is not UNSET:
            field_dict["CustomKeywords"] = custom_keywords
        if system_keywords is not UNSET:
            field_dict["SystemKeywords"] = system_keywords
        if severity_map is not UNSET:
            field_dict["SeverityMap"] = severity_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.keyword_severities import KeywordSeverities  # noqa: PLC0415
        from ..models.system_keywords_by_category import SystemKeywordsByCategory  # noqa: PLC0415

        d = dict(src_dict)
        custom_keywords = cast(list[str], d.pop("CustomKeywords", UNSET))

        _system_keywords = d.pop("SystemKeywords", UNSET)
        system_keywords: SystemKeywordsByCategory | Unset
        if isinstance(_system_keywords, Unset):
            system_keywords = UNSET
        else:
            system_keywords = SystemKeywordsByCategory.from_dict(_system_keywords)

        _severity_map = d.pop("SeverityMap", UNSET)
        severity_map: KeywordSeverities | Unset
        if isinstance(_severity_map, Unset):
            severity_map = UNSET
        else:
            severity_map = KeywordSeverities.from_dict(_severity_map)

        call_filter_keywords = cls(
            custom_keywords=custom_keywords,
            system_keywords=system_keywords,
            severity_map=severity_map,
        )

        call_filter_keywords.additional_properties = d
        return call_filter_keywords

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
