from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AddAllowedNumbersRequest")


@_attrs_define
class AddAllowedNumbersRequest:
    subscriber_id: str
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    call_filter_id: str
    """ Call Filter ID. Format: `CFID-` followed by a UUID. Returned by `POST /v1.0/subscribers/call-filter`
    (Create) or `GET /v1.0/subscribers/call-filter` (List). """
    numbers: list[str]
    """ One or more phone numbers (E.164 format) to add to the list. Each number must start with `+` and country
    code, e.g., `+15555555555`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        call_filter_id = self.call_filter_id

        numbers = self.numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriberId": subscriber_id,
                "CallFilterId": call_filter_id,
                "Numbers": numbers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId")

        call_filter_id = d.pop("CallFilterId")

        numbers = cast(list[str], d.pop("Numbers"))

        add_allowed_numbers_request = cls(
            subscriber_id=subscriber_id,
            call_filter_id=call_filter_id,
            numbers=numbers,
        )

        add_allowed_numbers_request.additional_properties = d
        return add_allowed_numbers_request

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
