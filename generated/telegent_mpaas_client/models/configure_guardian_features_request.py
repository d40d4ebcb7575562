from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigureGuardianFeaturesRequest")


@_attrs_define
class ConfigureGuardianFeaturesRequest:
    subscriber_id: str
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    enable_intelligent_guardian_calls: bool | Unset = UNSET
    """ If `true`, AI Guardian monitors and filters this subscriber's voice calls. Must be `true` before any call
    filter will take effect. """
    enable_intelligent_guardian_messages: bool | Unset = UNSET
    """ If `true`, AI Guardian monitors and filters this subscriber's messages. Must be `true` before any message
    filter will take effect. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        enable_intelligent_guardian_calls = self.enable_intelligent_guardian_calls

        enable_intelligent_guardian_messages = self.enable_intelligent_guardian_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriberId": subscriber_id,
            }
        )
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
        subscriber_id = d.pop("SubscriberId")

        enable_intelligent_guardian_calls = d.pop(
            "EnableIntelligentGuardianCalls", UNSET
        )

        enable_intelligent_guardian_messages = d.pop(
            "EnableIntelligentGuardianMessages", UNSET
        )

        configure_guardian_features_request = cls(
            subscriber_id=subscriber_id,
            enable_intelligent_guardian_calls=enable_intelligent_guardian_calls,
            enable_intelligent_guardian_messages=enable_intelligent_guardian_messages,
        )

        configure_guardian_features_request.additional_properties = d
        return configure_guardian_features_request

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
