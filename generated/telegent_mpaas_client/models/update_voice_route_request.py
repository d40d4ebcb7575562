from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_voice_route_request_callback_voice_url_method import (
    UpdateVoiceRouteRequestCallbackVoiceUrlMethod,
    check_update_voice_route_request_callback_voice_url_method,
)
from ..models.update_voice_route_request_route_type import (
    UpdateVoiceRouteRequestRouteType,
    check_update_voice_route_request_route_type,
)
from ..models.update_voice_route_request_transfer_caller_id import (
    UpdateVoiceRouteRequestTransferCallerId,
    check_update_voice_route_request_transfer_caller_id,
)
from ..models.update_voice_route_request_trunk_transport_1 import (
    UpdateVoiceRouteRequestTrunkTransport1,
    check_update_voice_route_request_trunk_transport_1,
)
from ..models.update_voice_route_request_trunk_transport_2 import (
    UpdateVoiceRouteRequestTrunkTransport2,
    check_update_voice_route_request_trunk_transport_2,
)
from ..models.update_voice_route_request_voice_authentication_type import (
    UpdateVoiceRouteRequestVoiceAuthenticationType,
    check_update_voice_route_request_voice_authentication_type,
)
from ..models.update_voice_route_request_voice_url_method import (
    UpdateVoiceRouteRequestVoiceUrlMethod,
    check_update_voice_route_request_voice_url_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_voice_route_ip_whitelist import UpdateVoiceRouteIpWhitelist


T = TypeVar("T", bound="UpdateVoiceRouteRequest")


@_attrs_define
class UpdateVoiceRouteRequest:
    call_route_id: str
    """ Call Route ID to update (CRID) - Required """
    route_name: str | Unset = UNSET
    """ Friendly name for voice route """
    route_type: UpdateVoiceRouteRequestRouteType | Unset = UNSET
    """ Type of voice routing """
    voice_url: str | Unset = UNSET
    voice_url_method: UpdateVoiceRouteRequestVoiceUrlMethod | Unset = UNSET
    trunk_ip_1: str | Unset = UNSET
    trunk_ip_2: str | Unset = UNSET
    trunk_port_1: str | Unset = UNSET
    trunk_port_2: str | Unset = UNSET
    trunk_transport_1: UpdateVoiceRouteRequestTrunkTransport1 | Unset = UNSET
    trunk_transport_2: UpdateVoiceRouteRequestTrunkTransport2 | Unset = UNSET
    trunk_enabled_1: bool | Unset = UNSET
    trunk_enabled_2: bool | Unset = UNSET
    route_enabled: bool | Unset = UNSET
    voice_authentication_type: (
        UpdateVoiceRouteRequestVoiceAuthenticationType | Unset
    ) = UNSET
    """ Authentication type for voice URL """
    voice_username: str | Unset = UNSET
    """ Username for voice URL authentication """
    voice_password_token: str | Unset = UNSET
    """ Password or bearer token for voice URL authentication """
    callback_voice_url: str | Unset = UNSET
    """ Callback URL for voice events """
    callback_voice_url_method: UpdateVoiceRouteRequestCallbackVoiceUrlMethod | Unset = (
        UNSET
    )
    """ HTTP method for callback voice URL """
    trunk_uri_1: str | Unset = UNSET
    """ URI for primary SIP trunk """
    trunk_uri_2: str | Unset = UNSET
    """ URI for secondary SIP trunk """
    trunk_1_priortiy: int | Unset = UNSET
    """ Priority for primary trunk (lower = higher priority) """
    trunk_1_weight: int | Unset = UNSET
    """ Weight for primary trunk load balancing """
    trunk_2_priortiy: int | Unset = UNSET
    """ Priority for secondary trunk (lower = higher priority) """
    trunk_2_weight: int | Unset = UNSET
    """ Weight for secondary trunk load balancing """
    header_manipulation: str | Unset = UNSET
    """ Header manipulation rule identifier """
    enable_sip_refer: bool | Unset = UNSET
    """ Enable SIP REFER for call transfers """
    transfer_caller_id: UpdateVoiceRouteRequestTransferCallerId | Unset = UNSET
    """ Caller ID to use for transferred calls """
    symmetric_rtp: bool | Unset = UNSET
    """ Enable symmetric RTP for NAT traversal """
    enable_trp_secure_trunk: bool | Unset = UNSET
    """ Enable TLS/SRTP for secure trunk communication """
    enable_pstn_transfer: bool | Unset = UNSET
    """ Enable PSTN call transfers """
    ip_whitelist: list[UpdateVoiceRouteIpWhitelist] | Unset = UNSET
    """ List of whitelisted IP addresses """
    cnam_lookup: bool | Unset = UNSET
    """ Enable CNAM lookup for caller ID name """
    termination_uri_subdomain: str | Unset = UNSET
    """ Subdomain for SIP termination URI """
    enable_call_streaming: bool | Unset = UNSET
    """ Enable real-time call audio streaming """
    wss_uri: str | Unset = UNSET
    """ WebSocket Secure URI for call streaming """
    intelligent_route_enabled: bool | Unset = UNSET
    """ Enable intelligent routing features """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_route_id = self.call_route_id

        route_name = self.route_name

        route_type: str | Unset = UNSET
        if not isinstance(self.route_type, Unset):
            route_type = self.route_type

        voice_url = self.voice_url

        voice_url_method: str | Unset = UNSET
        if not isinstance(self.voice_url_method, Unset):
            voice_url_method = self.voice_url_method

        trunk_ip_1 = self.trunk_ip_1

        trunk_ip_2 = self.trunk_ip_2

        trunk_port_1 = self.trunk_port_1

        trunk_port_2 = self.trunk_port_2

        trunk_transport_1: str | Unset = UNSET
        if not isinstance(self.trunk_transport_1, Unset):
            trunk_transport_1 = self.trunk_transport_1

        trunk_transport_2: str | Unset = UNSET
        if not isinstance(self.trunk_transport_2, Unset):
            trunk_transport_2 = self.trunk_transport_2

        trunk_enabled_1 = self.trunk_enabled_1

        trunk_enabled_2 = self.trunk_enabled_2

        route_enabled = self.route_enabled

        voice_authentication_type: str | Unset = UNSET
        if not isinstance(self.voice_authentication_type, Unset):
            voice_authentication_type = self.voice_authentication_type

        voice_username = self.voice_username

        voice_password_token = self.voice_password_token

        callback_voice_url = self.callback_voice_url

        callback_voice_url_method: str | Unset = UNSET
        if not isinstance(self.callback_voice_url_method, Unset):
            callback_voice_url_method = self.callback_voice_url_method

        trunk_uri_1 = self.trunk_uri_1

        trunk_uri_2 = self.trunk_uri_2

        trunk_1_priortiy = self.trunk_1_priortiy

        trunk_1_weight = self.trunk_1_weight

        trunk_2_priortiy = self.trunk_2_priortiy

        trunk_2_weight = self.trunk_2_weight

        header_manipulation = self.header_manipulation

        enable_sip_refer = self.enable_sip_refer

        transfer_caller_id: str | Unset = UNSET
        if not isinstance(self.transfer_caller_id, Unset):
            transfer_caller_id = self.transfer_caller_id

        symmetric_rtp = self.symmetric_rtp

        enable_trp_secure_trunk = self.enable_trp_secure_trunk

        enable_pstn_transfer = self.enable_pstn_transfer

        ip_whitelist: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_whitelist, Unset):
            ip_whitelist = []
            for ip_whitelist_item_data in self.ip_whitelist:
                ip_whitelist_item = ip_whitelist_item_data.to_dict()
                ip_whitelist.append(ip_whitelist_item)

        cnam_lookup = self.cnam_lookup

        termination_uri_subdomain = self.termination_uri_subdomain

        enable_call_streaming = self.enable_call_streaming

        wss_uri = self.wss_uri

        intelligent_route_enabled = self.intelligent_route_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CallRouteId": call_route_id,
            }
        )
        if route_name is not UNSET:
            field_dict["RouteName"] = route_name
        if route_type is not UNSET:
            field_dict["RouteType"] = route_type
        if voice_url is not UNSET:
            field_dict["VoiceUrl"] = voice_url
        if voice_url_method is not UNSET:
            field_dict["VoiceUrlMethod"] = voice_url_method
        if trunk_ip_1 is not UNSET:
            field_dict["TrunkIp1"] = trunk_ip_1
        if trunk_ip_2 is not UNSET:
            field_dict["TrunkIp2"] = trunk_ip_2
        if trunk_port_1 is not UNSET:
            field_dict["TrunkPort1"] = trunk_port_1
        if trunk_port_2 is not UNSET:
            field_dict["TrunkPort2"] = trunk_port_2
        if trunk_transport_1 is not UNSET:
            field_dict["TrunkTransport1"] = trunk_transport_1
        if trunk_transport_2 is not UNSET:
            field_dict["TrunkTransport2"] = trunk_transport_2
        if trunk_enabled_1 is not UNSET:
            field_dict["TrunkEnabled1"] = trunk_enabled_1
        if trunk_enabled_2 is not UNSET:
            field_dict["TrunkEnabled2"] = trunk_enabled_2
        if route_enabled is not UNSET:
            field_dict["RouteEnabled"] = route_enabled
        if voice_authentication_type is not UNSET:
            field_dict["VoiceAuthenticationType"] = voice_authentication_type
        if voice_username is not UNSET:
            field_dict["VoiceUsername"] = voice_username
        if voice_password_token is not UNSET:
            field_dict["VoicePasswordToken"] = voice_password_token
        if callback_voice_url is not UNSET:
            field_dict["CallbackVoiceUrl"] = callback_voice_url
        if callback_voice_url_method is not UNSET:
            field_dict["CallbackVoiceUrlMethod"] = callback_voice_url_method
        if trunk_uri_1 is not UNSET:
            field_dict["TrunkUri1"] = trunk_uri_1
        if trunk_uri_2 is not UNSET:
            field_dict["TrunkUri2"] = trunk_uri_2
        if trunk_1_priortiy is not UNSET:
            field_dict["Trunk1Priortiy"] = trunk_1_priortiy
        if trunk_1_weight is not UNSET:
            field_dict["Trunk1Weight"] = trunk_1_weight
        if trunk_2_priortiy is not UNSET:
            field_dict["Trunk2Priortiy"] = trunk_2_priortiy
        if trunk_2_weight is not UNSET:
            field_dict["Trunk2Weight"] = trunk_2_weight
        if header_manipulation is not UNSET:
            field_dict["HeaderManipulation"] = header_manipulation
        if enable_sip_refer is not UNSET:
            field_dict["EnableSipRefer"] = enable_sip_refer
        if transfer_caller_id is not UNSET:
            field_dict["TransferCallerId"] = transfer_caller_id
        if symmetric_rtp is not UNSET:
            field_dict["SymmetricRtp"] = symmetric_rtp
        if enable_trp_secure_trunk is not UNSET:
            field_dict["EnableTrpSecureTrunk"] = enable_trp_secure_trunk
        if enable_pstn_transfer is not UNSET:
            field_dict["EnablePstnTransfer"] = enable_pstn_transfer
        if ip_whitelist is not UNSET:
            field_dict["IpWhitelist"] = ip_whitelist
        if cnam_lookup is not UNSET:
            field_dict["CnamLookup"] = cnam_lookup
        if termination_uri_subdomain is not UNSET:
            field_dict["TerminationUriSubdomain"] = termination_uri_subdomain
        if enable_call_streaming is not UNSET:
            field_dict["EnableCallStreaming"] = enable_call_streaming
        if wss_uri is not UNSET:
            field_dict["WssUri"] = wss_uri
        if intelligent_route_enabled is not UNSET:
            field_dict["IntelligentRouteEnabled"] = intelligent_route_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_voice_route_ip_whitelist import UpdateVoiceRouteIpWhitelist  # noqa: PLC0415

        d = dict(src_dict)
        call_route_id = d.pop("CallRouteId")

        route_name = d.pop("RouteName", UNSET)

        _route_type = d.pop("RouteType", UNSET)
        route_type: UpdateVoiceRouteRequestRouteType | Unset
        if isinstance(_route_type, Unset):
            route_type = UNSET
        else:
            route_type = check_update_voice_route_request_route_type(_route_type)

        voice_url = d.pop("VoiceUrl", UNSET)

        _voice_url_method = d.pop("VoiceUrlMethod", UNSET)
        voice_url_method: UpdateVoiceRouteRequestVoiceUrlMethod | Unset
        if isinstance(_voice_url_method, Unset):
            voice_url_method = UNSET
        else:
            voice_url_method = check_update_voice_route_request_voice_url_method(
                _voice_url_method
            )

        trunk_ip_1 = d.pop("TrunkIp1", UNSET)

        trunk_ip_2 = d.pop("TrunkIp2", UNSET)

        trunk_port_1 = d.pop("TrunkPort1", UNSET)

        trunk_port_2 = d.pop("TrunkPort2", UNSET)

        _trunk_transport_1 = d.pop("TrunkTransport1", UNSET)
        trunk_transport_1: UpdateVoiceRouteRequestTrunkTransport1 | Unset
        if isinstance(_trunk_transport_1, Unset):
            trunk_transport_1 = UNSET
        else:
            trunk_transport_1 = check_update_voice_route_request_trunk_transport_1(
                _trunk_transport_1
            )

        _trunk_transport_2 = d.pop("TrunkTransport2", UNSET)
        trunk_transport_2: UpdateVoiceRouteRequestTrunkTransport2 | Unset
        if isinstance(_trunk_transport_2, Unset):
            trunk_transport_2 = UNSET
        else:
            trunk_transport_2 = check_update_voice_route_request_trunk_transport_2(
                _trunk_transport_2
            )

        trunk_enabled_1 = d.pop("TrunkEnabled1", UNSET)

        trunk_enabled_2 = d.pop("TrunkEnabled2", UNSET)

        route_enabled = d.pop("RouteEnabled", UNSET)

        _voice_authentication_type = d.pop("VoiceAuthenticationType", UNSET)
        voice_authentication_type: (
            UpdateVoiceRouteRequestVoiceAuthenticationType | Unset
        )
        if isinstance(_voice_authentication_type, Unset):
            voice_authentication_type = UNSET
        else:
            voice_authentication_type = (
                check_update_voice_route_request_voice_authentication_type(
                    _voice_authentication_type
                )
            )

        voice_username = d.pop("VoiceUsername", UNSET)

        voice_password_token = d.pop("VoicePasswordToken", UNSET)

        callback_voice_url = d.pop("CallbackVoiceUrl", UNSET)

        _callback_voice_url_method = d.pop("CallbackVoiceUrlMethod", UNSET)
        callback_voice_url_method: UpdateVoiceRouteRequestCallbackVoiceUrlMethod | Unset
        if isinstance(_callback_voice_url_method, Unset):
            callback_voice_url_method = UNSET
        else:
            callback_voice_url_method = (
                check_update_voice_route_request_callback_voice_url_method(
                    _callback_voice_url_method
                )
            )

        trunk_uri_1 = d.pop("TrunkUri1", UNSET)

        trunk_uri_2 = d.pop("TrunkUri2", UNSET)

        trunk_1_priortiy = d.pop("Trunk1Priortiy", UNSET)

        trunk_1_weight = d.pop("Trunk1Weight", UNSET)

        trunk_2_priortiy = d.pop("Trunk2Priortiy", UNSET)

        trunk_2_weight = d.pop("Trunk2Weight", UNSET)

        header_manipulation = d.pop("HeaderManipulation", UNSET)

        enable_sip_refer = d.pop("EnableSipRefer", UNSET)

        _transfer_caller_id = d.pop("TransferCallerId", UNSET)
        transfer_caller_id: UpdateVoiceRouteRequestTransferCallerId | Unset
        if isinstance(_transfer_caller_id, Unset):
            transfer_caller_id = UNSET
        else:
            transfer_caller_id = check_update_voice_route_request_transfer_caller_id(
                _transfer_caller_id
            )

        symmetric_rtp = d.pop("SymmetricRtp", UNSET)

        enable_trp_secure_trunk = d.pop("EnableTrpSecureTrunk", UNSET)

        enable_pstn_transfer = d.pop("EnablePstnTransfer", UNSET)

        _ip_whitelist = d.pop("IpWhitelist", UNSET)
        ip_whitelist: list[UpdateVoiceRouteIpWhitelist] | Unset = UNSET
        if _ip_whitelist is not UNSET:
            ip_whitelist = []
            for ip_whitelist_item_data in _ip_whitelist:
                ip_whitelist_item = UpdateVoiceRouteIpWhitelist.from_dict(
                    ip_whitelist_item_data
                )

                ip_whitelist.append(ip_whitelist_item)

        cnam_lookup = d.pop("CnamLookup", UNSET)

        termination_uri_subdomain = d.pop("TerminationUriSubdomain", UNSET)

        enable_call_streaming = d.pop("EnableCallStreaming", UNSET)

        wss_uri = d.pop("WssUri", UNSET)

        intelligent_route_enabled = d.pop("IntelligentRouteEnabled", UNSET)

        update_voice_route_request = cls(
            call_route_id=call_route_id,
            route_name=route_name,
            route_type=route_type,
            voice_url=voice_url,
            voice_url_method=voice_url_method,
            trunk_ip_1=trunk_ip_1,
            trunk_ip_2=trunk_ip_2,
            trunk_port_1=trunk_port_1,
            trunk_port_2=trunk_port_2,
            trunk_transport_1=trunk_transport_1,
            trunk_transport_2=trunk_transport_2,
            trunk_enabled_1=trunk_enabled_1,
            trunk_enabled_2=trunk_enabled_2,
            route_enabled=route_enabled,
            voice_authentication_type=voice_authentication_type,
            voice_username=voice_username,
            voice_password_token=voice_password_token,
            callback_voice_url=callback_voice_url,
            callback_voice_url_method=callback_voice_url_method,
            trunk_uri_1=trunk_uri_1,
            trunk_uri_2=trunk_uri_2,
            trunk_1_priortiy=trunk_1_priortiy,
            trunk_1_weight=trunk_1_weight,
            trunk_2_priortiy=trunk_2_priortiy,
            trunk_2_weight=trunk_2_weight,
            header_manipulation=header_manipulation,
            enable_sip_refer=enable_sip_refer,
            transfer_caller_id=transfer_caller_id,
            symmetric_rtp=symmetric_rtp,
            enable_trp_secure_trunk=enable_trp_secure_trunk,
            enable_pstn_transfer=enable_pstn_transfer,
            ip_whitelist=ip_whitelist,
            cnam_lookup=cnam_lookup,
            termination_uri_subdomain=termination_uri_subdomain,
            enable_call_streaming=enable_call_streaming,
            wss_uri=wss_uri,
            intelligent_route_enabled=intelligent_route_enabled,
        )

        update_voice_route_request.additional_properties = d
        return update_voice_route_request

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
