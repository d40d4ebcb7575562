from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_in_number_request_target_portin_classification import (
    PortInNumberRequestTargetPortinClassification,
    check_port_in_number_request_target_portin_classification,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.port_in_number_current_billing_address import (
        PortInNumberCurrentBillingAddress,
    )


T = TypeVar("T", bound="PortInNumberRequest")


@_attrs_define
class PortInNumberRequest:
    port_in_number: str
    """ Phone number to port in (E.164 format) """
    current_carrier_name: str
    """ Name of the losing carrier """
    current_account_number: str
    """ Account number with current carrier """
    current_account_password: str
    """ Account PIN/password with current carrier """
    current_billing_address: PortInNumberCurrentBillingAddress
    iccid: str | Unset = UNSET
    """ SIM card ICCID (optional) """
    target_portin_classification: (
        PortInNumberRequestTargetPortinClassification | Unset
    ) = UNSET
    """ Classification type for the port-in """
    subscriber_name: str | Unset = UNSET
    """ Name of the subscriber (optional) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port_in_number = self.port_in_number

        current_carrier_name = self.current_carrier_name

        current_account_number = self.current_account_number

        current_account_password = self.current_account_password

        current_billing_address = self.current_billing_address.to_dict()

        iccid = self.iccid

        target_portin_classification: str | Unset = UNSET
        if not isinstance(self.target_portin_classification, Unset):
            target_portin_classification = self.target_portin_classification

        subscriber_name = self.subscriber_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PortInNumber": port_in_number,
                "CurrentCarrierName": current_carrier_name,
                "CurrentAccountNumber": current_account_number,
                "CurrentAccountPassword": current_account_password,
                "CurrentBillingAddress": current_billing_address,
            }
        )
        if iccid is not UNSET:
            field_dict["ICCID"] = iccid
        if target_portin_classification is not UNSET:
            field_dict["TargetPortinClassification"] = target_portin_classification
        if subscriber_name is not UNSET:
            field_dict["SubscriberName"] = subscriber_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.port_in_number_current_billing_address import (
            PortInNumberCurrentBillingAddress,  # noqa: PLC0415
        )

        d = dict(src_dict)
        port_in_number = d.pop("PortInNumber")

        current_carrier_name = d.pop("CurrentCarrierName")

        current_account_number = d.pop("CurrentAccountNumber")

        current_account_password = d.pop("CurrentAccountPassword")

        current_billing_address = PortInNumberCurrentBillingAddress.from_dict(
            d.pop("CurrentBillingAddress")
        )

        iccid = d.pop("ICCID", UNSET)

        _target_portin_classification = d.pop("TargetPortinClassification", UNSET)
        target_portin_classification: (
            PortInNumberRequestTargetPortinClassification | Unset
        )
        if isinstance(_target_portin_classification, Unset):
            target_portin_classification = UNSET
        else:
            target_portin_classification = (
                check_port_in_number_request_target_portin_classification(
                    _target_portin_classification
                )
            )

        subscriber_name = d.pop("SubscriberName", UNSET)

        port_in_number_request = cls(
            port_in_number=port_in_number,
            current_carrier_name=current_carrier_name,
            current_account_number=current_account_number,
            current_account_password=current_account_password,
            current_billing_address=current_billing_address,
            iccid=iccid,
            target_portin_classification=target_portin_classification,
            subscriber_name=subscriber_name,
        )

        port_in_number_request.additional_properties = d
        return port_in_number_request

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
