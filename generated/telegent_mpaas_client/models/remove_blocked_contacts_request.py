from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveBlockedContactsRequest")


@_attrs_define
class RemoveBlockedContactsRequest:
    subscriber_id: str
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    message_filter_id: str
    """ Message Filter ID. Format: `MFID-` followed by a UUID. Returned by `POST /v1.0/subscribers/message-filter`
    (Create) or `GET /v1.0/subscribers/message-filter` (List). """
    contacts: list[str]
    """ One or more phone numbers (E.164 format) to remove from the blocked list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        message_filter_id = self.message_filter_id

        contacts = self.contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriberId": subscriber_id,
                "MessageFilterId": message_filter_id,
                "Contacts": contacts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId")

        message_filter_id = d.pop("MessageFilterId")

        contacts = cast(list[str], d.pop("Contacts"))

        remove_blocked_contacts_request = cls(
            subscriber_id=subscriber_id,
            message_filter_id=message_filter_id,
            contacts=contacts,
        )

        remove_blocked_contacts_request.additional_properties = d
        return remove_blocked_contacts_request

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
