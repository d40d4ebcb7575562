from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberUpdateResult")


@_attrs_define
class NumberUpdateResult:
    """The number as updated, with the update order."""

    number: str
    tnid: None | str | Unset = UNSET
    """ The number's id (`TNID-...`); some responses spell the field `TNID`. """
    update_order_id: None | str | Unset = UNSET
    update_order_date: None | str | Unset = UNSET
    """ ISO 8601 timestamp; the fraction has up to 7 digits and the zone may be `Z`, an offset, or absent (then it
    is UTC). """
    update_order_status: None | str | Unset = UNSET
    """ Update order status. Known values listed in x-known-values; new ones may appear. """
    message_type: None | str | Unset = UNSET
    message_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    classification: None | str | Unset = UNSET
    voice_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    message_route_id: None | str | Unset = UNSET
    voice_route_id: None | str | Unset = UNSET
    assigned_subscriber_id: None | str | Unset = UNSET
    iccid: None | str | Unset = UNSET
    cnam_first_name: None | str | Unset = UNSET
    cnam_last_name: None | str | Unset = UNSET
    product_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        tnid: None | str | Unset
        if isinstance(self.tnid, Unset):
            tnid = UNSET
        else:
            tnid = self.tnid

        update_order_id: None | str | Unset
        if isinstance(self.update_order_id, Unset):
            update_order_id = UNSET
        else:
            update_order_id = self.update_order_id

        update_order_date: None | str | Unset
        if isinstance(self.update_order_date, Unset):
            update_order_date = UNSET
        else:
            update_order_date = self.update_order_date

        update_order_status: None | str | Unset
        if isinstance(self.update_order_status, Unset):
            update_order_status = UNSET
        else:
            update_order_status = self.update_order_status

        message_type: None | str | Unset
        if isinstance(self.message_type, Unset):
            message_type = UNSET
        else:
            message_type = self.message_type

        message_enabled: bool | str | Unset
        if isinstance(self.message_enabled, Unset):
            message_enabled = UNSET
        else:
            message_enabled = self.message_enabled

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

        cnam_first_name: None | str | Unset
        if isinstance(self.cnam_first_name, Unset):
            cnam_first_name = UNSET
        else:
            cnam_first_name = self.cnam_first_name

        cnam_last_name: None | str | Unset
        if isinstance(self.cnam_last_name, Unset):
            cnam_last_name = UNSET
        else:
            cnam_last_name = self.cnam_last_name

        product_type: None | str | Unset
        if isinstance(self.product_type, Unset):
            product_type = UNSET
        else:
            product_type = self.product_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Number": number,
            }
        )
        if tnid is not UNSET:
            field_dict["Tnid"] = tnid
        if update_order_id is not UNSET:
            field_dict["UpdateOrderId"] = update_order_id
        if update_order_date is not UNSET:
            field_dict["UpdateOrderDate"] = update_order_date
        if update_order_status is not UNSET:
            field_dict["UpdateOrderStatus"] = update_order_status
        if message_type is not UNSET:
            field_dict["MessageType"] = message_type
        if message_enabled is not UNSET:
            field_dict["MessageEnabled"] = message_enabled
        if classification is not UNSET:
            field_dict["Classification"] = classification
        if voice_enabled is not UNSET:
            field_dict["VoiceEnabled"] = voice_enabled
        if message_route_id is not UNSET:
            field_dict["MessageRouteId"] = message_route_id
        if voice_route_id is not UNSET:
            field_dict["VoiceRouteId"] = voice_route_id
        if assigned_subscriber_id is not UNSET:
            field_dict["AssignedSubscriberId"] = assigned_subscriber_id
        if iccid is not UNSET:
            field_dict["Iccid"] = iccid
        if cnam_first_name is not UNSET:
            field_dict["CnamFirstName"] = cnam_first_name
        if cnam_last_name is not UNSET:
            field_dict["CnamLastName"] = cnam_last_name
        if product_type is not UNSET:
            field_dict["ProductType"] = product_type

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

        def _parse_update_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_order_id = _parse_update_order_id(d.pop("UpdateOrderId", UNSET))

        def _parse_update_order_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_order_date = _parse_update_order_date(d.pop("UpdateOrderDate", UNSET))

        def _parse_update_order_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_order_status = _parse_update_order_status(
            d.pop("UpdateOrderStatus", UNSET)
        )

        def _parse_message_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_type = _parse_message_type(d.pop("MessageType", UNSET))

        def _parse_message_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        message_enabled = _parse_message_enabled(d.pop("MessageEnabled", UNSET))

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

        def _parse_cnam_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cnam_first_name = _parse_cnam_first_name(d.pop("CnamFirstName", UNSET))

        def _parse_cnam_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cnam_last_name = _parse_cnam_last_name(d.pop("CnamLastName", UNSET))

        def _parse_product_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_type = _parse_product_type(d.pop("ProductType", UNSET))

        number_update_result = cls(
            number=number,
            tnid=tnid,
            update_order_id=update_order_id,
            update_order_date=update_order_date,
            update_order_status=update_order_status,
            message_type=message_type,
            message_enabled=message_enabled,
            classification=classification,
            voice_enabled=voice_enabled,
            message_route_id=message_route_id,
            voice_route_id=voice_route_id,
            assigned_subscriber_id=assigned_subscriber_id,
            iccid=iccid,
            cnam_first_name=cnam_first_name,
            cnam_last_name=cnam_last_name,
            product_type=product_type,
        )

        number_update_result.additional_properties = d
        return number_update_result

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
