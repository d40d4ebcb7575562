from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """Inferred from the published examples of GET /v1.0/account, GET /v1.0/distributor/accounts, POST /v1.0/account/create
    and 1 more.

    """

    account_id: str | Unset = UNSET
    account_name: str | Unset = UNSET
    total_subscribers: int | Unset = UNSET
    billing_address: Address | Unset = UNSET
    """ Inferred from the published examples of GET /v1.0/account, GET /v1.0/distributor, GET
    /v1.0/distributor/accounts and 4 more. """
    mailing_address: Address | Unset = UNSET
    """ Inferred from the published examples of GET /v1.0/account, GET /v1.0/distributor, GET
    /v1.0/distributor/accounts and 4 more. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_name = self.account_name

        total_subscribers = self.total_subscribers

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        mailing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing_address, Unset):
            mailing_address = self.mailing_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if account_name is not UNSET:
            field_dict["AccountName"] = account_name
        if total_subscribers is not UNSET:
            field_dict["TotalSubscribers"] = total_subscribers
        if billing_address is not UNSET:
            field_dict["BillingAddress"] = billing_address
        if mailing_address is not UNSET:
            field_dict["MailingAddress"] = mailing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountId", UNSET)

        account_name = d.pop("AccountName", UNSET)

        total_subscribers = d.pop("TotalSubscribers", UNSET)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: Address | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = Address.from_dict(_billing_address)

        _mailing_address = d.pop("MailingAddress", UNSET)
        mailing_address: Address | Unset
        if isinstance(_mailing_address, Unset):
            mailing_address = UNSET
        else:
            mailing_address = Address.from_dict(_mailing_address)

        account = cls(
            account_id=account_id,
            account_name=account_name,
            total_subscribers=total_subscribers,
            billing_address=billing_address,
            mailing_address=mailing_address,
        )

        account.additional_properties = d
        return account

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
