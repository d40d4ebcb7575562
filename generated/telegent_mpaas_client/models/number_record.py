from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberRecord")


@_attrs_define
class NumberRecord:
    """One number in the account's inventory."""

    number: str
    tnid: None | str | Unset = UNSET
    """ The number's id (`TNID-...`); some responses spell the field `TNID`. """
    order_id: None | str | Unset = UNSET
    """ The order that bought the number (`TNOID-...`). """
    number_type: None | str | Unset = UNSET
    message_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    message_type: None | str | Unset = UNSET
    classification: None | str | Unset = UNSET
    voice_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    message_route_id: None | str | Unset = UNSET
    voice_route_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    original_date_purchased: None | str | Unset = UNSET
    """ Date, `MM/DD/YYYY`. """
    assigned_subscriber_id: None | str | Unset = UNSET
    iccid: None | str | Unset = UNSET
    cnam: None | str | Unset = UNSET
    qr_activation_link: None | str | Unset = UNSET
    swaps_remaining: int | None | Unset = UNSET
    next_swap_reset_date: None | str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    product_type: None | str | Unset = UNSET
    port_out_pin: None | str | Unset = UNSET
    """ Secret that protects the number against a port-out hijack. Never log it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        tnid: None | str | Unset
        if isinstance(self.tnid, Unset):
            tnid = UNSET
        else:
            tnid = self.tnid

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        number_type: None | str | Unset
        if isinstance(self.number_type, Unset):
            number_type = UNSET
        else:
            number_type = self.number_type

        message_enabled: bool | str | Unset
        if isinstance(self.message_enabled, Unset):
            message_enabled = UNSET
        else:
            message_enabled = self.message_enabled

        message_type: None | str | Unset
        if isinstance(self.message_type, Unset):
            message_type = UNSET
        else:
            message_type = self.message_type

        classification: None | str | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        else:
            classification = self.classification

        voice_enabled: bool | str | Unset
        if isinstance(self.voice_enabled, Unset):
            voice_enabled = UNSET
        else:
            voice_enabled = self.voice_enabled

        message_route_id: None | str | Unset
        if isinstance(self.message_route_id, Unset):
            message_route_id = UNSET
        else:
            message_route_id = self.message_route_id

        voice_route_id: None | str | Unset
        if isinstance(self.voice_route_id, Unset):
            voice_route_id = UNSET
        else:
            voice_route_id = self.voice_route_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        original_date_purchased: None | str | Unset
        if isinstance(self.original_date_purchased, Unset):
            original_date_purchased = UNSET
        else:
            original_date_purchased = self.original_date_purchased

        assigned_subscriber_id: None | str | Unset
        if isinstance(self.assigned_subscriber_id, Unset):
            assigned_subscriber_id = UNSET
        else:
            assigned_subscriber_id = self.assigned_subscriber_id

        iccid: None | str | Unset
        if isinstance(self.iccid, Unset):
            iccid = UNSET
        else:
            iccid = self.iccid

        cnam: None | str | Unset
        if isinstance(self.cnam, Unset):
            cnam = UNSET
        else:
            cnam = self.cnam

        qr_activation_link: None | str | Unset
        if isinstance(self.qr_activation_link, Unset):
            qr_activation_link = UNSET
        else:
            qr_activation_link = self.qr_activation_link

        swaps_remaining: int | None | Unset
        if isinstance(self.swaps_remaining, Unset):
            swaps_remaining = UNSET
        else:
            swaps_remaining = self.swaps_remaining

        next_swap_reset_date: None | str | Unset
        if isinstance(self.next_swap_reset_date, Unset):
            next_swap_reset_date = UNSET
        else:
            next_swap_reset_date = self.next_swap_reset_date

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        else:
            product_type = self.product_type

        port_out_pin: None | str | Unset
        if isinstance(self.port_out_pin, Unset):
            port_out_pin = UNSET
        else:
            port_out_pin = self.port_out_pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Number": number,
            }
        )
        if tnid is not UNSET:
            field_dict["Tnid"] = tnid
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if number_type is not UNSET:
            field_dict["NumberType"] = number_type
        if message_enabled is not UNSET:
            field_dict["MessageEnabled"] = message_enabled
        if message_type is not UNSET:
            field_dict["MessageType"] = message_type
        if classification is not UNSET:
            field_dict["Classification"] = classification
        if voice_enabled is not UNSET:
            field_dict["VoiceEnabled"] = voice_enabled
        if message_route_id is not UNSET:
            field_dict["MessageRouteId"] = message_route_id
        if voice_route_id is not UNSET:
            field_dict["VoiceRouteId"] = voice_route_id
        if status is not UNSET:
            field_dict["Status"] = status
        if original_date_purchased is not UNSET:
            field_dict["OriginalDatePurchased"] = original_date_purchased
        if assigned_subscriber_id is not UNSET:
            field_dict["AssignedSubscriberId"] = assigned_subscriber_id
        if iccid is not UNSET:
            field_dict["Iccid"] = iccid
        if cnam is not UNSET:
            field_dict["Cnam"] = cnam
        if qr_activation_link is not UNSET:
            field_dict["QrActivationLink"] = qr_activation_link
        if swaps_remaining is not UNSET:
            field_dict["SwapsRemaining"] = swaps_remaining
        if next_swap_reset_date is not UNSET:
            field_dict["NextSwapResetDate"] = next_swap_reset_date
        if product_type is not UNSET:
            field_dict["ProductType"] = product_type
        if port_out_pin is not UNSET:
            field_dict["PortOutPin"] = port_out_pin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("Number")

        def _parse_tnid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tnid = _parse_tnid(d.pop("Tnid", UNSET))

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("OrderId", UNSET))

        def _parse_number_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number_type = _parse_number_type(d.pop("NumberType", UNSET))

        def _parse_message_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        message_enabled = _parse_message_enabled(d.pop("MessageEnabled", UNSET))

        def _parse_message_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_type = _parse_message_type(d.pop("MessageType", UNSET))

        def _parse_classification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification = _parse_classification(d.pop("Classification", UNSET))

        def _parse_voice_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        voice_enabled = _parse_voice_enabled(d.pop("VoiceEnabled", UNSET))

        def _parse_message_route_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_route_id = _parse_message_route_id(d.pop("MessageRouteId", UNSET))

        def _parse_voice_route_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_route_id = _parse_voice_route_id(d.pop("VoiceRouteId", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_original_date_purchased(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_date_purchased = _parse_original_date_purchased(
            d.pop("OriginalDatePurchased", UNSET)
        )

        def _parse_assigned_subscriber_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_subscriber_id = _parse_assigned_subscriber_id(
            d.pop("AssignedSubscriberId", UNSET)
        )

        def _parse_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid = _parse_iccid(d.pop("Iccid", UNSET))

        def _parse_cnam(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cnam = _parse_cnam(d.pop("Cnam", UNSET))

        def _parse_qr_activation_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qr_activation_link = _parse_qr_activation_link(d.pop("QrActivationLink", UNSET))

        def _parse_swaps_remaining(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        swaps_remaining = _parse_swaps_remaining(d.pop("SwapsRemaining", UNSET))

        def _parse_next_swap_reset_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_swap_reset_date = _parse_next_swap_reset_date(
            d.pop("NextSwapResetDate", UNSET)
        )

        def _parse_product_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_type = _parse_product_type(d.pop("ProductType", UNSET))

        def _parse_port_out_pin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_out_pin = _parse_port_out_pin(d.pop("PortOutPin", UNSET))

        number_record = cls(
            number=number,
            tnid=tnid,
            order_id=order_id,
            number_type=number_type,
            message_enabled=message_enabled,
            message_type=message_type,
            classification=classification,
            voice_enabled=voice_enabled,
            message_route_id=message_route_id,
            voice_route_id=voice_route_id,
            status=status,
            original_date_purchased=original_date_purchased,
            assigned_subscriber_id=assigned_subscriber_id,
            iccid=iccid,
            cnam=cnam,
            qr_activation_link=qr_activation_link,
            swaps_remaining=swaps_remaining,
            next_swap_reset_date=next_swap_reset_date,
            product_type=product_type,
            port_out_pin=port_out_pin,
        )

        number_record.additional_properties = d
        return number_record

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
