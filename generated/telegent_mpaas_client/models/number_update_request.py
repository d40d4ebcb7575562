from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.number_update_request_classification import (
    NumberUpdateRequestClassification,
    check_number_update_request_classification,
)
from ..models.number_update_request_message_type import (
    NumberUpdateRequestMessageType,
    check_number_update_request_message_type,
)
from ..models.number_update_request_product_type import (
    NumberUpdateRequestProductType,
    check_number_update_request_product_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberUpdateRequest")


@_attrs_define
class NumberUpdateRequest:
    number: str
    """ Phone number to update (E.164 format) """
    message_enabled: bool | Unset = UNSET
    """ Enable/disable SMS/MMS capabilities """
    message_type: NumberUpdateRequestMessageType | Unset = UNSET
    """ Message type """
    classification: NumberUpdateRequestClassification | Unset = UNSET
    """ Number classification """
    voice_enabled: bool | Unset = UNSET
    """ Enable/disable voice capabilities """
    message_route_id: str | Unset = UNSET
    """ MRID for message routing """
    voice_route_id: str | Unset = UNSET
    """ CRID for voice routing """
    assigned_subscriber_id: str | Unset = UNSET
    """ Telegent Subscriber ID. Format: `TSUID-` followed by a UUID. Create one via `POST /v1.0/subscribers/create`
    or look up existing IDs with `GET /v1.0/subscribers/get`. """
    iccid: str | Unset = UNSET
    """ SIM card ICCID (for IoT/MVNO) """
    cnam_first_name: str | Unset = UNSET
    """ Caller ID first name """
    cnam_last_name: str | Unset = UNSET
    """ Caller ID last name """
    product_type: NumberUpdateRequestProductType | Unset = UNSET
    """ Product type for the number """

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        message_enabled = self.message_enabled

        message_type: str | Unset = UNSET
        if not isinstance(self.message_type, Unset):
            message_type = self.message_type

        classification: str | Unset = UNSET
        if not isinstance(self.classification, Unset):
            classification = self.classification

        voice_enabled = self.voice_enabled

        message_route_id = self.message_route_id

        voice_route_id = self.voice_route_id

        assigned_subscriber_id = self.assigned_subscriber_id

        iccid = self.iccid

        cnam_first_name = self.cnam_first_name

        cnam_last_name = self.cnam_last_name

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Number": number,
            }
        )
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

        message_enabled = d.pop("MessageEnabled", UNSET)

        _message_type = d.pop("MessageType", UNSET)
        message_type: NumberUpdateRequestMessageType | Unset
        if isinstance(_message_type, Unset):
            message_type = UNSET
        else:
            message_type = check_number_update_request_message_type(_message_type)

        _classification = d.pop("Classification", UNSET)
        classification: NumberUpdateRequestClassification | Unset
        if isinstance(_classification, Unset):
            classification = UNSET
        else:
            classification = check_number_update_request_classification(_classification)

        voice_enabled = d.pop("VoiceEnabled", UNSET)

        message_route_id = d.pop("MessageRouteId", UNSET)

        voice_route_id = d.pop("VoiceRouteId", UNSET)

        assigned_subscriber_id = d.pop("AssignedSubscriberId", UNSET)

        iccid = d.pop("Iccid", UNSET)

        cnam_first_name = d.pop("CnamFirstName", UNSET)

        cnam_last_name = d.pop("CnamLastName", UNSET)

        _product_type = d.pop("ProductType", UNSET)
        product_type: NumberUpdateRequestProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_number_update_request_product_type(_product_type)

        number_update_request = cls(
            number=number,
            message_enabled=message_enabled,
            message_type=message_type,
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

        return number_update_request
