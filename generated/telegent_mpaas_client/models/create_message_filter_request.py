from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_filter_request_filter_mode import (
    CreateMessageFilterRequestFilterMode,
    check_create_message_filter_request_filter_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageFilterRequest")


@_attrs_define
class CreateMessageFilterRequest:
    subscriber_id: str
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    phone: str
    """ Phone number this filter applies to. Use E.164 format (e.g., `+15555555555`). Required even when
    `SubscriberId` is provided. """
    filter_mode: CreateMessageFilterRequestFilterMode
    """ Controls how the filter behaves. `ACTIVE`: rules are enforced — messages that violate the filter are
    blocked. `MONITOR_ONLY`: violations are logged and notifications are sent, but messages are still delivered.
    `INACTIVE`: filter is paused and has no effect. """
    allowed_contacts: list[str] | Unset = UNSET
    """ Phone numbers (E.164 format) that bypass content filtering. Messages from these contacts are always
    delivered without keyword, link, or media checks. """
    blocked_contacts: list[str] | Unset = UNSET
    """ Phone numbers (E.164 format) blocked from messaging this subscriber. Messages are silently dropped — the
    sender receives no error. """
    keyword_filter: str | Unset = UNSET
    """ Stringified JSON defining keyword rules. Structure: `{"CustomKeywords":[...],"SystemKeywords":{"Profanity":[
    ...],"Violence":[...]},"SeverityMap":{"keyword":"HIGH|MEDIUM|LOW"}}`. `CustomKeywords` are user-added words;
    `SystemKeywords` are platform-provided categories; `SeverityMap` assigns a risk level to each term. """
    notification_phones: list[str] | Unset = UNSET
    """ Phone numbers (E.164 format) that receive an SMS alert when this filter triggers. Typically used for a
    guardian's phone to be notified about activity on a child's account. """
    apply_to_outbound: bool | Unset = UNSET
    """ If `true`, filtering applies to messages the subscriber sends out. """
    apply_to_inbound: bool | Unset = UNSET
    """ If `true`, filtering applies to messages the subscriber receives. """
    block_unknown_numbers: bool | Unset = UNSET
    """ If `true`, messages from any number not on the allowed contacts list are blocked. """
    block_links: bool | Unset = UNSET
    """ If `true`, messages that contain URLs are blocked. """
    block_media: bool | Unset = UNSET
    """ If `true`, MMS messages with media attachments (images, video, audio) are blocked. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        phone = self.phone

        filter_mode: str = self.filter_mode

        allowed_contacts: list[str] | Unset = UNSET
        if not isinstance(self.allowed_contacts, Unset):
            allowed_contacts = self.allowed_contacts

        blocked_contacts: list[str] | Unset = UNSET
        if not isinstance(self.blocked_contacts, Unset):
            blocked_contacts = self.blocked_contacts

        keyword_filter = self.keyword_filter

        notification_phones: list[str] | Unset = UNSET
        if not isinstance(self.notification_phones, Unset):
            notification_phones = self.notification_phones

        apply_to_outbound = self.apply_to_outbound

        apply_to_inbound = self.apply_to_inbound

        block_unknown_numbers = self.block_unknown_numbers

        block_links = self.block_links

        block_media = self.block_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriberId": subscriber_id,
                "Phone": phone,
                "FilterMode": filter_mode,
            }
        )
        if allowed_contacts is not UNSET:
            field_dict["AllowedContacts"] = allowed_contacts
        if blocked_contacts is not UNSET:
            field_dict["BlockedContacts"] = blocked_contacts
        if keyword_filter is not UNSET:
            field_dict["KeywordFilter"] = keyword_filter
        if notification_phones is not UNSET:
            field_dict["NotificationPhones"] = notification_phones
        if apply_to_outbound is not UNSET:
            field_dict["ApplyToOutbound"] = apply_to_outbound
        if apply_to_inbound is not UNSET:
            field_dict["ApplyToInbound"] = apply_to_inbound
        if block_unknown_numbers is not UNSET:
            field_dict["BlockUnknownNumbers"] = block_unknown_numbers
        if block_links is not UNSET:
            field_dict["BlockLinks"] = block_links
        if block_media is not UNSET:
            field_dict["BlockMedia"] = block_media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId")

        phone = d.pop("Phone")

        filter_mode = check_create_message_filter_request_filter_mode(
            d.pop("FilterMode")
        )

        allowed_contacts = cast(list[str], d.pop("AllowedContacts", UNSET))

        blocked_contacts = cast(list[str], d.pop("BlockedContacts", UNSET))

        keyword_filter = d.pop("KeywordFilter", UNSET)

        notification_phones = cast(list[str], d.pop("NotificationPhones", UNSET))

        apply_to_outbound = d.pop("ApplyToOutbound", UNSET)

        apply_to_inbound = d.pop("ApplyToInbound", UNSET)

        block_unknown_numbers = d.pop("BlockUnknownNumbers", UNSET)

        block_links = d.pop("BlockLinks", UNSET)

        block_media = d.pop("BlockMedia", UNSET)

        create_message_filter_request = cls(
            subscriber_id=subscriber_id,
            phone=phone,
            filter_mode=filter_mode,
            allowed_contacts=allowed_contacts,
            blocked_contacts=blocked_contacts,
            keyword_filter=keyword_filter,
            notification_phones=notification_phones,
            apply_to_outbound=apply_to_outbound,
            apply_to_inbound=apply_to_inbound,
            block_unknown_numbers=block_unknown_numbers,
            block_links=block_links,
            block_media=block_media,
        )

        create_message_filter_request.additional_properties = d
        return create_message_filter_request

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
