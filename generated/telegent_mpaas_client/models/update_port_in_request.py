from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_port_in_current_billing_address import (
        UpdatePortInCurrentBillingAddress,
    )


T = TypeVar("T", bound="UpdatePortInRequest")


@_attrs_define
class UpdatePortInRequest:
    order_id: str
    """ The order ID of the port-in request to update """
    current_carrier_name: str | Unset = UNSET
    """ Updated name of the losing carrier """
    current_account_number: str | Unset = UNSET
    """ Updated account number with current carrier """
    current_account_password: str | Unset = UNSET
    """ Updated account PIN/password with current carrier """
    current_billing_address: UpdatePortInCurrentBillingAddress | Unset = UNSET
    port_in_date: str | Unset = UNSET
    """ Requested date for the port to complete (YYYY-MM-DD) """
    target_portin_classification: str | Unset = UNSET
    """ Target classification for the porting number (e.g. Mobile, Landline) """
    subscriber_name: str | Unset = UNSET
    """ Updated subscriber name """
    iccid: str | Unset = UNSET
    """ SIM card ICCID. Required only for pSIM port-ins. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        current_carrier_name = self.current_carrier_name

        current_account_number = self.current_account_number

        current_account_password = self.current_account_password

        current_billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_billing_address, Unset):
            current_billing_address = self.current_billing_address.to_dict()

        port_in_date = self.port_in_date

        target_portin_classification = self.target_portin_classification

        subscriber_name = self.subscriber_name

        iccid = self.iccid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderId": order_id,
            }
        )
        if current_carrier_name is not UNSET:
            field_dict["CurrentCarrierName"] = current_carrier_name
        if current_account_number is not UNSET:
            field_dict["CurrentAccountNumber"] = current_account_number
        if current_account_password is not UNSET:
            field_dict["CurrentAccountPassword"] = current_account_password
        if current_billing_address is not UNSET:
            field_dict["CurrentBillingAddress"] = current_billing_address
        if port_in_date is not UNSET:
            field_dict["PortInDate"] = port_in_date
        if target_portin_classification is not UNSET:
            field_dict["TargetPortinClassification"] = target_portin_classification
        if subscriber_name is not UNSET:
            field_dict["SubscriberName"] = subscriber_name
        if iccid is not UNSET:
            field_dict["ICCID"] = iccid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_port_in_current_billing_address import (
            UpdatePortInCurrentBillingAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        order_id = d.pop("OrderId")

        current_carrier_name = d.pop("CurrentCarrierName", UNSET)

        current_account_number = d.pop("CurrentAccountNumber", UNSET)

        current_account_password = d.pop("CurrentAccountPassword", UNSET)

        _current_billing_address = d.pop("CurrentBillingAddress", UNSET)
        current_billing_address: UpdatePortInCurrentBillingAddress | Unset
        if isinstance(_current_billing_address, Unset):
            current_billing_address = UNSET
        else:
            current_billing_address = UpdatePortInCurrentBillingAddress.from_dict(
                _current_billing_address
            )

        port_in_date = d.pop("PortInDate", UNSET)

        target_portin_classification = d.pop("TargetPortinClassification", UNSET)

        subscriber_name = d.pop("SubscriberName", UNSET)

        iccid = d.pop("ICCID", UNSET)

        update_port_in_request = cls(
            order_id=order_id,
            current_carrier_name=current_carrier_name,
            current_account_number=current_account_number,
            current_account_password=current_account_password,
            current_billing_address=current_billing_address,
            port_in_date=port_in_date,
            target_portin_classification=target_portin_classification,
            subscriber_name=subscriber_name,
            iccid=iccid,
        )

        update_port_in_request.additional_properties = d
        return update_port_in_request

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
