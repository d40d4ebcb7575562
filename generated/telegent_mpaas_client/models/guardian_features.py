from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuardianFeatures")


@_attrs_define
class GuardianFeatures:
    """Inferred from the published examples of GET /v1.0/subscribers/guardian-features, POST /v1.0/subscribers/guardian-
    features.

    """

    subscriber_id: str | Unset = UNSET
    enable_intelligent_guardian_calls: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    enable_intelligent_guardian_messages: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        enable_intelligent_guardian_calls: bool | str | Unset
        if isinstance(self.enable_intelligent_guardian_calls, Unset):
            enable_intelligent_guardian_calls = UNSET
        else:
            enable_intelligent_guardian_calls = self.enable_intelligent_guardian_calls

        enable_intelligent_guardian_messages: bool | str | Unset
        if isinstance(self.enable_intelligent_guardian_messages, Unset):
            enable_intelligent_guardian_messages = UNSET
        else:
            enable_intelligent_guardian_messages = (
                self.enable_intelligent_guardian_messages
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if enable_intelligent_guardian_calls is not UNSET:
            field_dict["EnableIntelligentGuardianCalls"] = (
                enable_intelligent_guardian_calls
            )
        if enable_intelligent_guardian_messages is not UNSET:
            field_dict["EnableIntelligentGuardianMessages"] = (
                enable_intelligent_guardian_messages
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId", UNSET)

        def _parse_enable_intelligent_guardian_calls(
            data: object,
        ) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        enable_intelligent_guardian_calls = _parse_enable_intelligent_guardian_calls(
            d.pop("EnableIntelligentGuardianCalls", UNSET)
        )

        def _parse_enable_intelligent_guardian_messages(
            data: object,
        ) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        enable_intelligent_guardian_messages = (
            _parse_enable_intelligent_guardian_messages(
                d.pop("EnableIntelligentGuardianMessages", UNSET)
            )
        )

        guardian_features = cls(
            subscriber_id=subscriber_id,
            enable_intelligent_guardian_calls=enable_intelligent_guardian_calls,
            enable_intelligent_guardian_messages=enable_intelligent_guardian_messages,
        )

        guardian_features.additional_properties = d
        return guardian_features

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
