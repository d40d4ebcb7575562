from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberDetails")


@_attrs_define
class NumberDetails:
    """Inferred from the published examples of GET /v1.0/numbers."""

    number: str | Unset = UNSET
    tnid: str | Unset = UNSET
    order_id: str | Unset = UNSET
    number_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    message_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    message_route_id: str | Unset = UNSET
    voice_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    classification: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    message_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    voice_route_id: str | Unset = UNSET
    status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    original_date_purchased: None | str | Unset = UNSET
    """ Date, `MM/DD/YYYY`. Only null seen here; typed as the same field in other examples. """
    assigned_subscriber_id: None | str | Unset = UNSET
    """ Only null seen here; typed as the same field in other examples. """
    iccid: str | Unset = UNSET
    cnam: str | Unset = UNSET
    qr_activation_link: str | Unset = UNSET
    swaps_remaining: int | Unset = UNSET
    next_swap_reset_date: str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        tnid = self.tnid

        order_id = self.order_id

        number_type = self.number_type

        message_enabled: bool | str | Unset
        if isinstance(self.message_enabled, Unset):
            message_enabled = UNSET
        else:
            message_enabled = self.message_enabled

        message_route_id = self.message_route_id

        voice_enabled: bool | str | Unset
        if isinstance(self.voice_enabled, Unset):
            voice_enabled = UNSET
        else:
            voice_enabled = self.voice_enabled

        classification = self.classification

        message_type = self.message_type

        voice_route_id = self.voice_route_id

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

        iccid = self.iccid

        cnam = self.cnam

        qr_activation_link = self.qr_activation_link

        swaps_remaining = self.swaps_remaining

        next_swap_reset_date = self.next_swap_reset_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["Number"] = number
        if tnid is not UNSET:
            field_dict["TNID"] = tnid
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if number_type is not UNSET:
            field_dict["NumberType"] = number_type
        if message_enabled is not UNSET:
            field_dict["MessageEnabled"] = message_enabled
        if message_route_id is not UNSET:
            field_dict["MessageRouteId"] = message_route_id
        if voice_enabled is not UNSET:
            field_dict["VoiceEnabled"] = voice_enabled
        if classification is not UNSET:
            field_dict["Classification"] = classification
        if message_type is not UNSET:
            field_dict["MessageType"] = message_type
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("Number", UNSET)

        tnid = d.pop("TNID", UNSET)

        order_id = d.pop("OrderId", UNSET)

        number_type = d.pop("NumberType", UNSET)

        def _parse_message_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        message_enabled = _parse_message_enabled(d.pop("MessageEnabled", UNSET))

        message_route_id = d.pop("MessageRouteId", UNSET)

        def _parse_voice_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        voice_enabled = _parse_voice_enabled(d.pop("VoiceEnabled", UNSET))

        classification = d.pop("Classification", UNSET)

        message_type = d.pop("MessageType", UNSET)

        voice_route_id = d.pop("VoiceRouteId", UNSET)

        status = d.pop("Status", UNSET)

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

        iccid = d.pop("Iccid", UNSET)

        cnam = d.pop("Cnam", UNSET)

        qr_activation_link = d.pop("QrActivationLink", UNSET)

        swaps_remaining = d.pop("SwapsRemaining", UNSET)

        next_swap_reset_date = d.pop("NextSwapResetDate", UNSET)

        number_details = cls(
            number=number,
            tnid=tnid,
            order_id=order_id,
            number_type=number_type,
            message_enabled=message_enabled,
            message_route_id=message_route_id,
            voice_enabled=voice_enabled,
            classification=classification,
            message_type=message_type,
            voice_route_id=voice_route_id,
            status=status,
            original_date_purchased=original_date_purchased,
            assigned_subscriber_id=assigned_subscriber_id,
            iccid=iccid,
            cnam=cnam,
            qr_activation_link=qr_activation_link,
            swaps_remaining=swaps_remaining,
            next_swap_reset_date=next_swap_reset_date,
        )

        number_details.additional_properties = d
        return number_details

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
