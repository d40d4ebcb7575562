from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_subscriber_request_role import (
    CreateSubscriberRequestRole,
    check_create_subscriber_request_role,
)

T = TypeVar("T", bound="CreateSubscriberRequest")


@_attrs_define
class CreateSubscriberRequest:
    name: str
    """ Subscriber's full name """
    email: str
    """ Subscriber's email address """
    phone_numbers: list[str]
    """ Array of phone numbers associated with subscriber """
    role: CreateSubscriberRequestRole
    """ Role of the subscriber """
    password: str
    """ Password for the subscriber account """
    account_id: str
    """ Account ID to associate subscriber with """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        phone_numbers = self.phone_numbers

        role: str = self.role

        password = self.password

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Email": email,
                "PhoneNumbers": phone_numbers,
                "Role": role,
                "Password": password,
                "AccountId": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        email = d.pop("Email")

        phone_numbers = cast(list[str], d.pop("PhoneNumbers"))

        role = check_create_subscriber_request_role(d.pop("Role"))

        password = d.pop("Password")

        account_id = d.pop("AccountId")

        create_subscriber_request = cls(
            name=name,
            email=email,
            phone_numbers=phone_numbers,
            role=role,
            password=password,
            account_id=account_id,
        )

        create_subscriber_request.additional_properties = d
        return create_subscriber_request

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
