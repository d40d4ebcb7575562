from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_subscriber_request_role import (
    UpdateSubscriberRequestRole,
    check_update_subscriber_request_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubscriberRequest")


@_attrs_define
class UpdateSubscriberRequest:
    subscriber_id: str
    """ Subscriber ID to update """
    name: str | Unset = UNSET
    """ Updated subscriber name """
    phone_numbers: list[str] | Unset = UNSET
    """ Updated phone numbers """
    role: UpdateSubscriberRequestRole | Unset = UNSET
    """ Updated role """
    password: str | Unset = UNSET
    """ Updated password """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_id = self.subscriber_id

        name = self.name

        phone_numbers: list[str] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = self.phone_numbers

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SubscriberId": subscriber_id,
            }
        )
        if name is not UNSET:
            field_dict["Name"] = name
        if phone_numbers is not UNSET:
            field_dict["PhoneNumbers"] = phone_numbers
        if role is not UNSET:
            field_dict["Role"] = role
        if password is not UNSET:
            field_dict["Password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscriber_id = d.pop("SubscriberId")

        name = d.pop("Name", UNSET)

        phone_numbers = cast(list[str], d.pop("PhoneNumbers", UNSET))

        _role = d.pop("Role", UNSET)
        role: UpdateSubscriberRequestRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = check_update_subscriber_request_role(_role)

        password = d.pop("Password", UNSET)

        update_subscriber_request = cls(
            subscriber_id=subscriber_id,
            name=name,
            phone_numbers=phone_numbers,
            role=role,
            password=password,
        )

        update_subscriber_request.additional_properties = d
        return update_subscriber_request

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
