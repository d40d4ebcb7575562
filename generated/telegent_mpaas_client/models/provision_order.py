from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisionOrder")


@_attrs_define
class ProvisionOrder:
    """Inferred from the published examples of POST /v1.0/numbers/provision."""

    order_date: str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    order_id: str | Unset = UNSET
    order_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    phone_number_assigned: str | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    qr_code: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    iccid: str | Unset = UNSET
    error_message: None | str | Unset = UNSET
    """ Only null seen in the examples; the type is not known yet. """
    subscriber_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_date = self.order_date

        order_id = self.order_id

        order_status = self.order_status

        phone_number_assigned = self.phone_number_assigned

        phone_number_id = self.phone_number_id

        qr_code = self.qr_code

        zip_code = self.zip_code

        iccid = self.iccid

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        subscriber_id = self.subscriber_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_date is not UNSET:
            field_dict["OrderDate"] = order_date
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if order_status is not UNSET:
            field_dict["OrderStatus"] = order_status
        if phone_number_assigned is not UNSET:
            field_dict["PhoneNumberAssigned"] = phone_number_assigned
        if phone_number_id is not UNSET:
            field_dict["PhoneNumberId"] = phone_number_id
        if qr_code is not UNSET:
            field_dict["QRCode"] = qr_code
        if zip_code is not UNSET:
            field_dict["ZipCode"] = zip_code
        if iccid is not UNSET:
            field_dict["ICCID"] = iccid
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if subscriber_id is not UNSET:
            field_dict["SubscriberId"] = subscriber_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_date = d.pop("OrderDate", UNSET)

        order_id = d.pop("OrderId", UNSET)

        order_status = d.pop("OrderStatus", UNSET)

        phone_number_assigned = d.pop("PhoneNumberAssigned", UNSET)

        phone_number_id = d.pop("PhoneNumberId", UNSET)

        qr_code = d.pop("QRCode", UNSET)

        zip_code = d.pop("ZipCode", UNSET)

        iccid = d.pop("ICCID", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("ErrorMessage", UNSET))

        subscriber_id = d.pop("SubscriberId", UNSET)

        provision_order = cls(
            order_date=order_date,
            order_id=order_id,
            order_status=order_status,
            phone_number_assigned=phone_number_assigned,
            phone_number_id=phone_number_id,
            qr_code=qr_code,
            zip_code=zip_code,
            iccid=iccid,
            error_message=error_message,
            subscriber_id=subscriber_id,
        )

        provision_order.additional_properties = d
        return provision_order

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
