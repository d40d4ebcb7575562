from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_distributor_billing_address import (
        UpdateDistributorBillingAddress,
    )
    from ..models.update_distributor_mailing_address import (
        UpdateDistributorMailingAddress,
    )


T = TypeVar("T", bound="UpdateDistributorRequest")


@_attrs_define
class UpdateDistributorRequest:
    distributor_id: str
    """ Distributor ID to update """
    distributor_name: str | Unset = UNSET
    """ Updated distributor name """
    billing_address: UpdateDistributorBillingAddress | Unset = UNSET
    mailing_address: UpdateDistributorMailingAddress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distributor_id = self.distributor_id

        distributor_name = self.distributor_name

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
                "DistributorId": distributor_id,
            }
        )
        if distributor_name is not UNSET:
            field_dict["DistributorName"] = distributor_name
        if billing_address is not UNSET:
            field_dict["BillingAddress"] = billing_address
        if mailing_address is not UNSET:
            field_dict["MailingAddress"] = mailing_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_distributor_billing_address import (
            UpdateDistributorBillingAddress,  # noqa: PLC0415
        )
        from ..models.update_distributor_mailing_address import (
            UpdateDistributorMailingAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        distributor_id = d.pop("DistributorId")

        distributor_name = d.pop("DistributorName", UNSET)

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: UpdateDistributorBillingAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = UpdateDistributorBillingAddress.from_dict(
                _billing_address
            )

        _mailing_address = d.pop("MailingAddress", UNSET)
        mailing_address: UpdateDistributorMailingAddress | Unset
        if isinstance(_mailing_address, Unset):
            mailing_address = UNSET
        else:
            mailing_address = UpdateDistributorMailingAddress.from_dict(
                _mailing_address
            )

        update_distributor_request = cls(
            distributor_id=distributor_id,
            distributor_name=distributor_name,
            billing_address=billing_address,
            mailing_address=mailing_address,
        )

        update_distributor_request.additional_properties = d
        return update_distributor_request

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
