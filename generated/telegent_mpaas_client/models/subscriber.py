from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscriber_account import SubscriberAccount
    from ..models.subscription import Subscription


T = TypeVar("T", bound="Subscriber")


@_attrs_define
class Subscriber:
    """Inferred from the published examples of GET /v1.0/distributor/subscribers, GET /v1.0/subscribers/get, POST
    /v1.0/subscribers/create and 2 more.

    """

    subscriber_id: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_numbers: list[str] | Unset = UNSET
    role: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    account: None | SubscriberAccount | Unset = UNSET
    subscriptions: list[Subscription] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subscriber_account import SubscriberAccount  # noqa: PLC0415

        subscriber_id = self.subscriber_id

        name = self.name

        email = self.email

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        role = self.role

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, SubscriberAccount):
            account = self.account.to_dict()
        else:
            account = self.account

        subscriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subscriptions, Unset):
            subscriptions = []
            for subscriptions_item_data in self.subscriptions:
                subscriptions_item = subscriptions_item_data.to_dict()
                subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id
        if name is not UNSET:
            field_dict["Name"] = name
        if email is not UNSET:
            field_dict["Email"] = email
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if role is not UNSET:
            field_dict["Role"] = role
        if account is not UNSET:
            field_dict["Account"] = account
        if subscriptions is not UNSET:
            field_dict["Subscriptions"] = subscriptions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscriber_account import SubscriberAccount  # noqa: PLC0415
        from ..models.subscription import Subscription  # noqa: PLC0415

        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId", UNSET)

        name = d.pop("Name", UNSET)

        email = d.pop("Email", UNSET)

        phone_numbers = cast(list[str], d.pop("PhoneNumbers", UNSET))

        role = d.pop("Role", UNSET)

        def _parse_account(data: object) -> None | SubscriberAccount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = SubscriberAccount.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubscriberAccount | Unset, data)

        account = _parse_account(d.pop("Account", UNSET))

        _subscriptions = d.pop("Subscriptions", UNSET)
        subscriptions: list[Subscription] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = Subscription.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        subscriber = cls(
            subscriber_id=subscriber_id,
            name=name,
            email=email,
            phone_numbers=phone_numbers,
            role=role,
            account=account,
            subscriptions=subscriptions,
        )

        subscriber.additional_properties = d
        return subscriber

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
