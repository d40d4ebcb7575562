from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber import Subscriber


T = TypeVar("T", bound="SubscriberList")


@_attrs_define
class SubscriberList:
    """Inferred from the published examples of GET /v1.0/distributor/subscribers."""

    page_number: int | Unset = UNSET
    total_subscribers: int | Unset = UNSET
    subscribers: list[Subscriber] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        total_subscribers = self.total_subscribers

        subscribers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscribers, Unset):
            subscribers = []
            for subscribers_item_data in self.subscribers:
                subscribers_item = subscribers_item_data.to_dict()
                subscribers.append(subscribers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["PageNumber"] = page_number
        if total_subscribers is not UNSET:
            field_dict["TotalSubscribers"] = total_subscribers
        if subscribers is not UNSET:
            field_dict["Subscribers"] = subscribers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber import Subscriber  # noqa: PLC0415

        d = dict(src_dict)
        page_number = d.pop("PageNumber", UNSET)

        total_subscribers = d.pop("TotalSubscribers", UNSET)

        _subscribers = d.pop("Subscribers", UNSET)
        subscribers: list[Subscriber] | Unset = UNSET
        if _subscribers is not UNSET:
            subscribers = []
            for subscribers_item_data in _subscribers:
                subscribers_item = Subscriber.from_dict(subscribers_item_data)

                subscribers.append(subscribers_item)

        subscriber_list = cls(
            page_number=page_number,
            total_subscribers=total_subscribers,
            subscribers=subscribers,
        )

        subscriber_list.additional_properties = d
        return subscriber_list

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
