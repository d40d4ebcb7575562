from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceDelivery")


@_attrs_define
class DeviceDelivery:
    """Inferred from the published examples of POST /v1.0/message/device-delivery."""

    message_id: str | Unset = UNSET
    device_delivery_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    delivered_on: str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    device_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        device_delivery_status = self.device_delivery_status

        delivered_on = self.delivered_on

        device_type = self.device_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["MessageId"] = message_id
        if device_delivery_status is not UNSET:
            field_dict["DeviceDeliveryStatus"] = device_delivery_status
        if delivered_on is not UNSET:
            field_dict["DeliveredOn"] = delivered_on
        if device_type is not UNSET:
            field_dict["DeviceType"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("MessageId", UNSET)

        device_delivery_status = d.pop("DeviceDeliveryStatus", UNSET)

        delivered_on = d.pop("DeliveredOn", UNSET)

        device_type = d.pop("DeviceType", UNSET)

        device_delivery = cls(
            message_id=message_id,
            device_delivery_status=device_delivery_status,
            delivered_on=delivered_on,
            device_type=device_type,
        )

        device_delivery.additional_properties = d
        return device_delivery

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
