from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_voice_route_request_callback_voice_url_method import (
    CreateVoiceRouteRequestCallbackVoiceUrlMethod,
    check_create_voice_route_request_callback_voice_url_method,
)
from ..models.create_voice_route_request_route_type import (
    CreateVoiceRouteRequestRouteType,
    check_create_voice_route_request_route_type,
)
from ..models.create_voice_route_request_trunk_transport_1 import (
    CreateVoiceRouteRequestTrunkTransport1,
    check_create_voice_route_request_trunk_transport_1,
)
from ..models.create_voice_route_request_trunk_transport_2 import (
    CreateVoiceRouteRequestTrunkTransport2,
    check_create_voice_route_request_trunk_transport_2,
)
from ..models.create_voice_route_request_voice_authentication_type import (
    CreateVoiceRouteRequestVoiceAuthenticationType,
    check_create_voice_route_request_voice_authentication_type,
)
from ..models.create_voice_route_request_voice_url_method import (
    CreateVoiceRouteRequestVoiceUrlMethod,
    check_create_voice_route_request_voice_url_method,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_voice_route_ip_whitelist import CreateVoiceRouteIpWhitelist


T = TypeVar("T", bound="CreateVoiceRouteRequest")


@_attrs_define
class CreateVoiceRouteRequest:
    route_name: str
    """ Friendly name for voice route """
    route_type: CreateVoiceRouteRequestRouteType
    """ Type of voice routing """
    voice_url: str | Unset = UNSET
    """ Webhook URL for voice events """
    voice_url_method: CreateVoiceRouteRequestVoiceUrlMethod | Unset = UNSET
    """ HTTP method for voice URL """
    voice_authentication_type: (
        CreateVoiceRouteRequestVoiceAuthenticationType | Unset
    ) = UNSET
    """ Authentication type """
    voice_username: str | Unset = UNSET
    """ Username for auth """
    voice_password_token: str | Unset = UNSET
    """ Password or token """
    callback_voice_url: str | Unset = UNSET
    """ Callback URL """
    callback_voice_url_method: CreateVoiceRouteRequestCallbackVoiceUrlMethod | Unset = (
        UNSET
    )
    trunk_ip_1: str | Unset = UNSET
    """ Primary SIP trunk IP """
    trunk_ip_2: str | Unset = UNSET
    """ Secondary SIP trunk IP """
    trunk_port_1: str | Unset = UNSET
    """ Primary trunk port """
    trunk_port_2: str | Unset = UNSET
    """ Secondary trunk port """
    trunk_transport_1: CreateVoiceRouteRequestTrunkTransport1 | Unset = UNSET
    """ Primary transport protocol """
    trunk_transport_2: CreateVoiceRouteRequestTrunkTransport2 | Unset = UNSET
    """ Secondary transport protocol """
    trunk_uri_1: str | Unset = UNSET
    trunk_uri_2: str | Unset = UNSET
    trunk_enabled_1: bool | Unset = UNSET
    """ Enable primary trunk """
    trunk_enabled_2: bool | Unset = UNSET
    """ Enable secondary trunk """
    trunk_1_priortiy: int | Unset = UNSET
    """ Priority for trunk 1 """
    trunk_1_weight: int | Unset = UNSET
    """ Weight for trunk 1 """
    trunk_2_priortiy: int | Unset = UNSET
    """ Priority for trunk 2 """
    trunk_2_weight: int | Unset = UNSET
    """ Weight for trunk 2 """
    header_manipulation: str | Unset = UNSET
    """ Header manipulation ID """
    enable_sip_refer: bool | Unset = UNSET
    """ Enable SIP REFER """
    transfer_caller_id: str | Unset = UNSET
    """ Caller ID for transfers """
    symmetric_rtp: bool | Unset = UNSET
    """ Enable symmetric RTP """
    enable_trp_secure_trunk: bool | Unset = UNSET
    """ Enable secure trunk """
    enable_pstn_transfer: bool | Unset = UNSET
    """ Enable PSTN transfer """
    ip_whitelist: list[CreateVoiceRouteIpWhitelist] | Unset = UNSET
    """ IP whitelist """
    cnam_lookup: bool | Unset = UNSET
    """ Enable CNAM lookup """
    termination_uri_subdomain: str | Unset = UNSET
    """ Termination URI subdomain """
    enable_call_streaming: bool | Unset = UNSET
    """ Enable call streaming """
    wss_uri: str | Unset = UNSET
    """ WebSocket secure URI """
    route_enabled: bool | Unset = UNSET
    """ Enable/disable route """
    intelligent_route_enabled: bool | Unset = UNSET
    """ Enable intelligent routing features for this voice route """
    account_id: str | Unset = UNSET
    """ Account ID to associate with this voice route """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        route_name = self.route_name

        route_type: str = self.route_type

        voice_url = self.voice_url

        voice_url_method: str | Unset = UNSET
        if not isinstance(self.voice_url_method, Unset):
            voice_url_method = self.voice_url_method

        voice_authentication_type: str | Unset = UNSET
        if not isinstance(self.voice_authentication_type, Unset):
            voice_authentication_type = self.voice_authentication_type

        voice_username = self.voice_username

        voice_password_token = self.voice_password_token

        callback_voice_url = self.callback_voice_url

        callback_voice_url_method: str | Unset = UNSET
        if not isinstance(self.callback_voice_url_method, Unset):
            callback_voice_url_method = self.callback_voice_url_method

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

        trunk_uri_1 = self.trunk_uri_1

        trunk_uri_2 = self.trunk_uri_2

        trunk_enabled_1 = self.trunk_enabled_1

        trunk_enabled_2 = self.trunk_enabled_2

        trunk_1_priortiy = self.trunk_1_priortiy

        trunk_1_weight = self.trunk_1_weight

        trunk_2_priortiy = self.trunk_2_priortiy

        trunk_2_weight = self.trunk_2_weight

        header_manipulation = self.header_manipulation

        enable_sip_refer = self.enable_sip_refer

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

        route_enabled = self.route_enabled

        intelligent_route_enabled = self.intelligent_route_enabled

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RouteName": route_name,
                "RouteType": route_type,
            }
        )
        if voice_url is not UNSET:
            field_dict["VoiceUrl"] = voice_url
        if voice_url_method is not UNSET:
            field_dict["VoiceUrlMethod"] = voice_url_method
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
        if trunk_uri_1 is not UNSET:
            field_dict["TrunkUri1"] = trunk_uri_1
        if trunk_uri_2 is not UNSET:
            field_dict["TrunkUri2"] = trunk_uri_2
        if trunk_enabled_1 is not UNSET:
            field_dict["TrunkEnabled1"] = trunk_enabled_1
        if trunk_enabled_2 is not UNSET:
            field_dict["TrunkEnabled2"] = trunk_enabled_2
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
        if route_enabled is not UNSET:
            field_dict["RouteEnabled"] = route_enabled
        if intelligent_route_enabled is not UNSET:
            field_dict["IntelligentRouteEnabled"] = intelligent_route_enabled
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_voice_route_ip_whitelist import CreateVoiceRouteIpWhitelist  # noqa: PLC0415

        d = dict(src_dict)
        route_name = d.pop("RouteName")

        route_type = check_create_voice_route_request_route_type(d.pop("RouteType"))

        voice_url = d.pop("VoiceUrl", UNSET)

        _voice_url_method = d.pop("VoiceUrlMethod", UNSET)
        voice_url_method: CreateVoiceRouteRequestVoiceUrlMethod | Unset
        if isinstance(_voice_url_method, Unset):
            voice_url_method = UNSET
        else:
            voice_url_method = check_create_voice_route_request_voice_url_method(
                _voice_url_method
            )

        _voice_authentication_type = d.pop("VoiceAuthenticationType", UNSET)
        voice_authentication_type: (
            CreateVoiceRouteRequestVoiceAuthenticationType | Unset
        )
        if isinstance(_voice_authentication_type, Unset):
            voice_authentication_type = UNSET
        else:
            voice_authentication_type = (
                check_create_voice_route_request_voice_authentication_type(
                    _voice_authentication_type
                )
            )

        voice_username = d.pop("VoiceUsername", UNSET)

        voice_password_token = d.pop("VoicePasswordToken", UNSET)

        callback_voice_url = d.pop("CallbackVoiceUrl", UNSET)

        _callback_voice_url_method = d.pop("CallbackVoiceUrlMethod", UNSET)
        callback_voice_url_method: CreateVoiceRouteRequestCallbackVoiceUrlMethod | Unset
        if isinstance(_callback_voice_url_method, Unset):
            callback_voice_url_method = UNSET
        else:
            callback_voice_url_method = (
                check_create_voice_route_request_callback_voice_url_method(
                    _callback_voice_url_method
                )
            )

        trunk_ip_1 = d.pop("TrunkIp1", UNSET)

        trunk_ip_2 = d.pop("TrunkIp2", UNSET)

        trunk_port_1 = d.pop("TrunkPort1", UNSET)

        trunk_port_2 = d.pop("TrunkPort2", UNSET)

        _trunk_transport_1 = d.pop("TrunkTransport1", UNSET)
        trunk_transport_1: CreateVoiceRouteRequestTrunkTransport1 | Unset
        if isinstance(_trunk_transport_1, Unset):
            trunk_transport_1 = UNSET
        else:
            trunk_transport_1 = check_create_voice_route_request_trunk_transport_1(
                _trunk_transport_1
            )

        _trunk_transport_2 = d.pop("TrunkTransport2", UNSET)
        trunk_transport_2: CreateVoiceRouteRequestTrunkTransport2 | Unset
        if isinstance(_trunk_transport_2, Unset):
            trunk_transport_2 = UNSET
        else:
            trunk_transport_2 = check_create_voice_route_request_trunk_transport_2(
                _trunk_transport_2
            )

        trunk_uri_1 = d.pop("TrunkUri1", UNSET)

        trunk_uri_2 = d.pop("TrunkUri2", UNSET)

        trunk_enabled_1 = d.pop("TrunkEnabled1", UNSET)

        trunk_enabled_2 = d.pop("TrunkEnabled2", UNSET)

        trunk_1_priortiy = d.pop("Trunk1Priortiy", UNSET)

        trunk_1_weight = d.pop("Trunk1Weight", UNSET)

        trunk_2_priortiy = d.pop("Trunk2Priortiy", UNSET)

        trunk_2_weight = d.pop("Trunk2Weight", UNSET)

        header_manipulation = d.pop("HeaderManipulation", UNSET)

        enable_sip_refer = d.pop("EnableSipRefer", UNSET)

        transfer_caller_id = d.pop("TransferCallerId", UNSET)

        symmetric_rtp = d.pop("SymmetricRtp", UNSET)

        enable_trp_secure_trunk = d.pop("EnableTrpSecureTrunk", UNSET)

        enable_pstn_transfer = d.pop("EnablePstnTransfer", UNSET)

        _ip_whitelist = d.pop("IpWhitelist", UNSET)
        ip_whitelist: list[CreateVoiceRouteIpWhitelist] | Unset = UNSET
        if _ip_whitelist is not UNSET:
            ip_whitelist = []
            for ip_whitelist_item_data in _ip_whitelist:
                ip_whitelist_item = CreateVoiceRouteIpWhitelist.from_dict(
                    ip_whitelist_item_data
                )

                ip_whitelist.append(ip_whitelist_item)

        cnam_lookup = d.pop("CnamLookup", UNSET)

        termination_uri_subdomain = d.pop("TerminationUriSubdomain", UNSET)

        enable_call_streaming = d.pop("EnableCallStreaming", UNSET)

        wss_uri = d.pop("WssUri", UNSET)

        route_enabled = d.pop("RouteEnabled", UNSET)

        intelligent_route_enabled = d.pop("IntelligentRouteEnabled", UNSET)

        account_id = d.pop("AccountId", UNSET)

        create_voice_route_request = cls(
            route_name=route_name,
            route_type=route_type,
            voice_url=voice_url,
            voice_url_method=voice_url_method,
            voice_authentication_type=voice_authentication_type,
            voice_username=voice_username,
            voice_password_token=voice_password_token,
            callback_voice_url=callback_voice_url,
            callback_voice_url_method=callback_voice_url_method,
            trunk_ip_1=trunk_ip_1,
            trunk_ip_2=trunk_ip_2,
            trunk_port_1=trunk_port_1,
            trunk_port_2=trunk_port_2,
            trunk_transport_1=trunk_transport_1,
            trunk_transport_2=trunk_transport_2,
            trunk_uri_1=trunk_uri_1,
            trunk_uri_2=trunk_uri_2,
            trunk_enabled_1=trunk_enabled_1,
            trunk_enabled_2=trunk_enabled_2,
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
            route_enabled=route_enabled,
            intelligent_route_enabled=intelligent_route_enabled,
            account_id=account_id,
        )

        create_voice_route_request.additional_properties = d
        return create_voice_route_request

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
