from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_account_billing_address import CreateAccountBillingAddress
    from ..models.create_account_mailing_address import CreateAccountMailingAddress


T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define
class CreateAccountRequest:
    account_name: str
    """ Name of the account """
    account_admin: str | Unset = UNSET
    """ Email address of the account administrator """
    billing_address: CreateAccountBillingAddress | Unset = UNSET
    mailing_address: CreateAccountMailingAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        account_admin = self.account_admin

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        mailing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing_address, Unset):
            mailing_address = self.mailing_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountName": account_name,
            }
        )
        if account_admin is not UNSET:
            field_dict["AccountAdmin"] = account_admin
        if billing_address is not UNSET:
            field_dict["BillingAddress"] = billing_address
        if mailing_address is not UNSET:
            field_dict["MailingAddress"] = mailing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_account_billing_address import CreateAccountBillingAddress  # noqa: PLC0415
        from ..models.create_account_mailing_address import CreateAccountMailingAddress  # noqa: PLC0415

        d = dict(src_dict)
        account_name = d.pop("AccountName")

        account_admin = d.pop("AccountAdmin", UNSET)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: CreateAccountBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = CreateAccountBillingAddress.from_dict(_billing_address)

        _mailing_address = d.pop("MailingAddress", UNSET)
        mailing_address: CreateAccountMailingAddress | Unset
        if isinstance(_mailing_address, Unset):
            mailing_address = UNSET
        else:
            mailing_address = CreateAccountMailingAddress.from_dict(_mailing_address)

        create_account_request = cls(
            account_name=account_name,
            account_admin=account_admin,
            billing_address=billing_address,
            mailing_address=mailing_address,
        )

        create_account_request.additional_properties = d
        return create_account_request

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
