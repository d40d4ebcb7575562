from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Distributor")


@_attrs_define
class Distributor:
    """Inferred from the published examples of GET /v1.0/distributor, POST /v1.0/distributor/create, POST
    /v1.0/distributor/update.

    """

    distributor_id: None | str | Unset = UNSET
    distributor_name: str | Unset = UNSET
    account_key: str | Unset = UNSET
    secret: str | Unset = UNSET
    total_accounts: int | Unset = UNSET
    billing_address: Address | Unset = UNSET
    """ Inferred from the published examples of GET /v1.0/account, GET /v1.0/distributor, GET
    /v1.0/distributor/accounts and 4 more. """
    mailing_address: Address | Unset = UNSET
    """ Inferred from the published examples of GET /v1.0/account, GET /v1.0/distributor, GET
    /v1.0/distributor/accounts and 4 more. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distributor_id: None | str | Unset
        if isinstance(self.distributor_id, Unset):
            distributor_id = UNSET
        else:
            distributor_id = self.distributor_id

        distributor_name = self.distributor_name

        account_key = self.account_key

        secret = self.secret

        total_accounts = self.total_accounts

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        mailing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mailing_address, Unset):
            mailing_address = self.mailing_address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distributor_id is not UNSET:
            field_dict["DistributorId"] = distributor_id
        if distributor_name is not UNSET:
            field_dict["DistributorName"] = distributor_name
        if account_key is not UNSET:
            field_dict["AccountKey"] = account_key
        if secret is not UNSET:
            field_dict["Secret"] = secret
        if total_accounts is not UNSET:
            field_dict["TotalAccounts"] = total_accounts
        if billing_address is not UNSET:
            field_dict["BillingAddress"] = billing_address
        if mailing_address is not UNSET:
            field_dict["MailingAddress"] = mailing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_distributor_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distributor_id = _parse_distributor_id(d.pop("DistributorId", UNSET))

        distributor_name = d.pop("DistributorName", UNSET)

        account_key = d.pop("AccountKey", UNSET)

        secret = d.pop("Secret", UNSET)

        total_accounts = d.pop("TotalAccounts", UNSET)

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

        distributor = cls(
            distributor_id=distributor_id,
            distributor_name=distributor_name,
            account_key=account_key,
            secret=secret,
            total_accounts=total_accounts,
            billing_address=billing_address,
            mailing_address=mailing_address,
        )

        distributor.additional_properties = d
        return distributor

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
