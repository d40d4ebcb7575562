from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_account_billing_address import UpdateAccountBillingAddress
    from ..models.update_account_mailing_address import UpdateAccountMailingAddress


T = TypeVar("T", bound="UpdateAccountRequest")


@_attrs_define
class UpdateAccountRequest:
    account_name: str | Unset = UNSET
    """ Updated account name """
    billing_address: UpdateAccountBillingAddress | Unset = UNSET
    mailing_address: UpdateAccountMailingAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_name = self.account_name

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        mailing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing_address, Unset):
            mailing_address = self.mailing_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_name is not UNSET:
            field_dict["AccountName"] = account_name
        if billing_address is not UNSET:
            field_dict["BillingAddress"] = billing_address
        if mailing_address is not UNSET:
            field_dict["MailingAddress"] = mailing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_account_billing_address import UpdateAccountBillingAddress  # noqa: PLC0415
        from ..models.update_account_mailing_address import UpdateAccountMailingAddress  # noqa: PLC0415

        d = dict(src_dict)
        account_name = d.pop("AccountName", UNSET)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: UpdateAccountBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = UpdateAccountBillingAddress.from_dict(_billing_address)

        _mailing_address = d.pop("MailingAddress", UNSET)
        mailing_address: UpdateAccountMailingAddress | Unset
        if isinstance(_mailing_address, Unset):
            mailing_address = UNSET
        else:
            mailing_address = UpdateAccountMailingAddress.from_dict(_mailing_address)

        update_account_request = cls(
            account_name=account_name,
            billing_address=billing_address,
            mailing_address=mailing_address,
        )

        update_account_request.additional_properties = d
        return update_account_request

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
