from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageFilter")


@_attrs_define
class MessageFilter:
    """Inferred from the published examples of GET /v1.0/subscribers/message-filter, POST /v1.0/subscribers/message-filter,
    POST /v1.0/subscribers/message-filter/update.

    """

    filter_id: str | Unset = UNSET
    subscriber_id: str | Unset = UNSET
    phone: str | Unset = UNSET
    filter_mode: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    allowed_contacts: list[str] | Unset = UNSET
    blocked_contacts: list[str] | Unset = UNSET
    keyword_filter: str | Unset = UNSET
    notification_phones: list[str] | Unset = UNSET
    apply_to_outbound: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    apply_to_inbound: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    block_unknown_numbers: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    block_links: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    block_media: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_id = self.filter_id

        subscriber_id = self.subscriber_id

        phone = self.phone

        filter_mode = self.filter_mode

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

        apply_to_outbound: bool | str | Unset
        if isinstance(self.apply_to_outbound, Unset):
            apply_to_outbound = UNSET
        else:
            apply_to_outbound = self.apply_to_outbound

        apply_to_inbound: bool | str | Unset
        if isinstance(self.apply_to_inbound, Unset):
            apply_to_inbound = UNSET
        else:
            apply_to_inbound = self.apply_to_inbound

        block_unknown_numbers: bool | str | Unset
        if isinstance(self.block_unknown_numbers, Unset):
            block_unknown_numbers = UNSET
        else:
            block_unknown_numbers = self.block_unknown_numbers

        block_links: bool | str | Unset
        if isinstance(self.block_links, Unset):
            block_links = UNSET
        else:
            block_links = self.block_links

        block_media: bool | str | Unset
        if isinstance(self.block_media, Unset):
            block_media = UNSET
        else:
            block_media = self.block_media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_id is not UNSET:
            field_dict["FilterId"] = filter_id
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if filter_mode is not UNSET:
            field_dict["FilterMode"] = filter_mode
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
        filter_id = d.pop("FilterId", UNSET)

        subscriber_id = d.pop("SubscriberId", UNSET)

        phone = d.pop("Phone", UNSET)

        filter_mode = d.pop("FilterMode", UNSET)

        allowed_contacts = cast(list[str], d.pop("AllowedContacts", UNSET))

        blocked_contacts = cast(list[str], d.pop("BlockedContacts", UNSET))

        keyword_filter = d.pop("KeywordFilter", UNSET)

        notification_phones = cast(list[str], d.pop("NotificationPhones", UNSET))

        def _parse_apply_to_outbound(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        apply_to_outbound = _parse_apply_to_outbound(d.pop("ApplyToOutbound", UNSET))

        def _parse_apply_to_inbound(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        apply_to_inbound = _parse_apply_to_inbound(d.pop("ApplyToInbound", UNSET))

        def _parse_block_unknown_numbers(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        block_unknown_numbers = _parse_block_unknown_numbers(
            d.pop("BlockUnknownNumbers", UNSET)
        )

        def _parse_block_links(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        block_links = _parse_block_links(d.pop("BlockLinks", UNSET))

        def _parse_block_media(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        block_media = _parse_block_media(d.pop("BlockMedia", UNSET))

        message_filter = cls(
            filter_id=filter_id,
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

        message_filter.additional_properties = d
        return message_filter

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
