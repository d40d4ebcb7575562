from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriberAccount")


@_attrs_define
class SubscriberAccount:
    """Inferred from the published examples of GET /v1.0/subscribers/get, POST /v1.0/subscribers/create, POST
    /v1.0/subscribers/transfer and 1 more.

    """

    account_id: str | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if company_name is not UNSET:
            field_dict["CompanyName"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("AccountId", UNSET)

        company_name = d.pop("CompanyName", UNSET)

        subscriber_account = cls(
            account_id=account_id,
            company_name=company_name,
        )

        subscriber_account.additional_properties = d
        return subscriber_account

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
