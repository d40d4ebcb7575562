from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provision_number_request_message_type import (
    ProvisionNumberRequestMessageType,
    check_provision_number_request_message_type,
)
from ..models.provision_number_request_number_type import (
    ProvisionNumberRequestNumberType,
    check_provision_number_request_number_type,
)
from ..models.provision_number_request_product_type import (
    ProvisionNumberRequestProductType,
    check_provision_number_request_product_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvisionNumberRequest")


@_attrs_define
class ProvisionNumberRequest:
    number_type: ProvisionNumberRequestNumberType
    """ Number classification: 'mvno' (supports both a2p and p2p), 'iot' (p2p only - cannot be provisioned as a2p;
    use mvno NumberType for a2p MessageType) """
    message_type: ProvisionNumberRequestMessageType
    """ Message type: a2p (Application-to-Person) or p2p (Person-to-Person) """
    message_enabled: bool
    """ Enable SMS/MMS capabilities """
    voice_enabled: bool
    """ Enable voice call capabilities """
    product_type: ProvisionNumberRequestProductType
    """ Product type for the provisioned number. Options: Sms-Only, Data-Only, Sms+Data, Sms+Data+Voice """
    data_enabled: bool | Unset = UNSET
    """ Enable data capabilities (for IoT numbers) """
    message_route_id: str | Unset = UNSET
    """ MRID for message routing configuration """
    voice_route_id: str | Unset = UNSET
    """ CRID for voice routing configuration """
    area_code: str | Unset = UNSET
    """ Preferred 3-digit area code. Lookup searches AreaCode first before ZipCode. If both AreaCode and ZipCode are
    left blank or null, a randomized set of results will be returned """
    zip_code: str | Unset = UNSET
    """ 5-digit zip code. Used as fallback if AreaCode is unavailable. You may provide both AreaCode and ZipCode, or
    just one; AreaCode takes priority if included. Please note that zip codes must be valid and within the United
    States. """
    iccid: str | Unset = UNSET
    """ Integrated Circuit Card Identifier. Optional field, but required when provisioning a physical SIM (pSIM) """
    assigned_subscriber_id: str | Unset = UNSET
    """ Optional subscriber-id to be assigned to the new number """
    account_id: str | Unset = UNSET
    """ Account ID (AID) to provision the number under. Required when a distributor account has more than one sub-
    account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_type: str = self.number_type

        message_type: str = self.message_type

        message_enabled = self.message_enabled

        voice_enabled = self.voice_enabled

        product_type: str = self.product_type

        data_enabled = self.data_enabled

        message_route_id = self.message_route_id

        voice_route_id = self.voice_route_id

        area_code = self.area_code

        zip_code = self.zip_code

        iccid = self.iccid

        assigned_subscriber_id = self.assigned_subscriber_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NumberType": number_type,
                "MessageType": message_type,
                "MessageEnabled": message_enabled,
                "VoiceEnabled": voice_enabled,
                "ProductType": product_type,
            }
        )
        if data_enabled is not UNSET:
            field_dict["DataEnabled"] = data_enabled
        if message_route_id is not UNSET:
            field_dict["MessageRouteId"] = message_route_id
        if voice_route_id is not UNSET:
            field_dict["VoiceRouteId"] = voice_route_id
        if area_code is not UNSET:
            field_dict["AreaCode"] = area_code
        if zip_code is not UNSET:
            field_dict["ZipCode"] = zip_code
        if iccid is not UNSET:
            field_dict["ICCID"] = iccid
        if assigned_subscriber_id is not UNSET:
            field_dict["AssignedSubscriberId"] = assigned_subscriber_id
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_type = check_provision_number_request_number_type(d.pop("NumberType"))

        message_type = check_provision_number_request_message_type(d.pop("MessageType"))

        message_enabled = d.pop("MessageEnabled")

        voice_enabled = d.pop("VoiceEnabled")

        product_type = check_provision_number_request_product_type(d.pop("ProductType"))

        data_enabled = d.pop("DataEnabled", UNSET)

        message_route_id = d.pop("MessageRouteId", UNSET)

        voice_route_id = d.pop("VoiceRouteId", UNSET)

        area_code = d.pop("AreaCode", UNSET)

        zip_code = d.pop("ZipCode", UNSET)

        iccid = d.pop("ICCID", UNSET)

        assigned_subscriber_id = d.pop("AssignedSubscriberId", UNSET)

        account_id = d.pop("AccountId", UNSET)

        provision_number_request = cls(
            number_type=number_type,
            message_type=message_type,
            message_enabled=message_enabled,
            voice_enabled=voice_enabled,
            product_type=product_type,
            data_enabled=data_enabled,
            message_route_id=message_route_id,
            voice_route_id=voice_route_id,
            area_code=area_code,
            zip_code=zip_code,
            iccid=iccid,
            assigned_subscriber_id=assigned_subscriber_id,
            account_id=account_id,
        )

        provision_number_request.additional_properties = d
        return provision_number_request

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
