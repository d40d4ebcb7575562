from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_route_ip_whitelist import VoiceRouteIpWhitelist


T = TypeVar("T", bound="VoiceRoute")


@_attrs_define
class VoiceRoute:
    """Inferred from the published examples of GET /v1.0/account/voice/routes, GET /v1.0/voice/routes, POST
    /v1.0/voice/routes and 1 more.

    """

    call_route_status: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    call_route_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    route_name: str | Unset = UNSET
    route_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    voice_url_method: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    trunk_ip_1: str | Unset = UNSET
    trunk_ip_2: str | Unset = UNSET
    trunk_port_1: str | Unset = UNSET
    trunk_port_2: str | Unset = UNSET
    trunk_transport_1: str | Unset = UNSET
    trunk_transport_2: str | Unset = UNSET
    trunk_uri_1: str | Unset = UNSET
    trunk_uri_2: str | Unset = UNSET
    trunk_enabled_1: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    trunk_enabled_2: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    trunk_1_priortiy: int | Unset = UNSET
    trunk_1_weight: int | Unset = UNSET
    trunk_2_priortiy: int | Unset = UNSET
    trunk_2_weight: int | Unset = UNSET
    header_manipulation: str | Unset = UNSET
    enable_sip_refer: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    transfer_caller_id: str | Unset = UNSET
    symmetric_rtp: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    enable_trp_secure_trunk: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    enable_pstn_transfer: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    ip_whitelist: list[VoiceRouteIpWhitelist] | Unset = UNSET
    cnam_lookup: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    termination_uri_subdomain: str | Unset = UNSET
    enable_call_streaming: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    wss_uri: str | Unset = UNSET
    route_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    voice_url: str | Unset = UNSET
    ip_white_list: list[VoiceRouteIpWhitelist] | Unset = UNSET
    intelligent_route_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_route_status = self.call_route_status

        call_route_id = self.call_route_id

        account_id = self.account_id

        route_name = self.route_name

        route_type = self.route_type

        voice_url_method = self.voice_url_method

        trunk_ip_1 = self.trunk_ip_1

        trunk_ip_2 = self.trunk_ip_2

        trunk_port_1 = self.trunk_port_1

        trunk_port_2 = self.trunk_port_2

        trunk_transport_1 = self.trunk_transport_1

        trunk_transport_2 = self.trunk_transport_2

        trunk_uri_1 = self.trunk_uri_1

        trunk_uri_2 = self.trunk_uri_2

        trunk_enabled_1: bool | str | Unset
        if isinstance(self.trunk_enabled_1, Unset):
            trunk_enabled_1 = UNSET
        else:
            trunk_enabled_1 = self.trunk_enabled_1

        trunk_enabled_2: bool | str | Unset
        if isinstance(self.trunk_enabled_2, Unset):
            trunk_enabled_2 = UNSET
        else:
            trunk_enabled_2 = self.trunk_enabled_2

        trunk_1_priortiy = self.trunk_1_priortiy

        trunk_1_weight = self.trunk_1_weight

        trunk_2_priortiy = self.trunk_2_priortiy

        trunk_2_weight = self.trunk_2_weight

        header_manipulation = self.header_manipulation

        enable_sip_refer: bool | str | Unset
        if isinstance(self.enable_sip_refer, Unset):
            enable_sip_refer = UNSET
        else:
            enable_sip_refer = self.enable_sip_refer

        transfer_caller_id = self.transfer_caller_id

        symmetric_rtp: bool | str | Unset
        if isinstance(self.symmetric_rtp, Unset):
            symmetric_rtp = UNSET
        else:
            symmetric_rtp = self.symmetric_rtp

        enable_trp_secure_trunk: bool | str | Unset
        if isinstance(self.enable_trp_secure_trunk, Unset):
            enable_trp_secure_trunk = UNSET
        else:
            enable_trp_secure_trunk = self.enable_trp_secure_trunk

        enable_pstn_transfer: bool | str | Unset
        if isinstance(self.enable_pstn_transfer, Unset):
            enable_pstn_transfer = UNSET
        else:
            enable_pstn_transfer = self.enable_pstn_transfer

        ip_whitelist: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_whitelist, Unset):
            ip_whitelist = []
            for ip_whitelist_item_data in self.ip_whitelist:
                ip_whitelist_item = ip_whitelist_item_data.to_dict()
                ip_whitelist.append(ip_whitelist_item)

        cnam_lookup: bool | str | Unset
        if isinstance(self.cnam_lookup, Unset):
            cnam_lookup = UNSET
        else:
            cnam_lookup = self.cnam_lookup

        termination_uri_subdomain = self.termination_uri_subdomain

        enable_call_streaming: bool | str | Unset
        if isinstance(self.enable_call_streaming, Unset):
            enable_call_streaming = UNSET
        else:
            enable_call_streaming = self.enable_call_streaming

        wss_uri = self.wss_uri

        route_enabled: bool | str | Unset
        if isinstance(self.route_enabled, Unset):
            route_enabled = UNSET
        else:
            route_enabled = self.route_enabled

        voice_url = self.voice_url

        ip_white_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ip_white_list, Unset):
            ip_white_list = []
            for ip_white_list_item_data in self.ip_white_list:
                ip_white_list_item = ip_white_list_item_data.to_dict()
                ip_white_list.append(ip_white_list_item)

        intelligent_route_enabled: bool | str | Unset
        if isinstance(self.intelligent_route_enabled, Unset):
            intelligent_route_enabled = UNSET
        else:
            intelligent_route_enabled = self.intelligent_route_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_route_status is not UNSET:
            field_dict["CallRouteStatus"] = call_route_status
        if call_route_id is not UNSET:
            field_dict["CallRouteId"] = call_route_id
        if account_id is not UNSET:
            field_dict["AccountID"] = account_id
        if route_name is not UNSET:
            field_dict["RouteName"] = route_name
        if route_type is not UNSET:
            field_dict["RouteType"] = route_type
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
        if voice_url is not UNSET:
            field_dict["VoiceUrl"] = voice_url
        if ip_white_list is not UNSET:
            field_dict["IpWhiteList"] = ip_white_list
        if intelligent_route_enabled is not UNSET:
            field_dict["IntelligentRouteEnabled"] = intelligent_route_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_route_ip_whitelist import VoiceRouteIpWhitelist  # noqa: PLC0415

        d = dict(src_dict)
        call_route_status = d.pop("CallRouteStatus", UNSET)

        call_route_id = d.pop("CallRouteId", UNSET)

        account_id = d.pop("AccountID", UNSET)

        route_name = d.pop("RouteName", UNSET)

        route_type = d.pop("RouteType", UNSET)

        voice_url_method = d.pop("VoiceUrlMethod", UNSET)

        trunk_ip_1 = d.pop("TrunkIp1", UNSET)

        trunk_ip_2 = d.pop("TrunkIp2", UNSET)

        trunk_port_1 = d.pop("TrunkPort1", UNSET)

        trunk_port_2 = d.pop("TrunkPort2", UNSET)

        trunk_transport_1 = d.pop("TrunkTransport1", UNSET)

        trunk_transport_2 = d.pop("TrunkTransport2", UNSET)

        trunk_uri_1 = d.pop("TrunkUri1", UNSET)

        trunk_uri_2 = d.pop("TrunkUri2", UNSET)

        def _parse_trunk_enabled_1(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        trunk_enabled_1 = _parse_trunk_enabled_1(d.pop("TrunkEnabled1", UNSET))

        def _parse_trunk_enabled_2(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        trunk_enabled_2 = _parse_trunk_enabled_2(d.pop("TrunkEnabled2", UNSET))

        trunk_1_priortiy = d.pop("Trunk1Priortiy", UNSET)

        trunk_1_weight = d.pop("Trunk1Weight", UNSET)

        trunk_2_priortiy = d.pop("Trunk2Priortiy", UNSET)

        trunk_2_weight = d.pop("Trunk2Weight", UNSET)

        header_manipulation = d.pop("HeaderManipulation", UNSET)

        def _parse_enable_sip_refer(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        enable_sip_refer = _parse_enable_sip_refer(d.pop("EnableSipRefer", UNSET))

        transfer_caller_id = d.pop("TransferCallerId", UNSET)

        def _parse_symmetric_rtp(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        symmetric_rtp = _parse_symmetric_rtp(d.pop("SymmetricRtp", UNSET))

        def _parse_enable_trp_secure_trunk(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        enable_trp_secure_trunk = _parse_enable_trp_secure_trunk(
            d.pop("EnableTrpSecureTrunk", UNSET)
        )

        def _parse_enable_pstn_transfer(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        enable_pstn_transfer = _parse_enable_pstn_transfer(
            d.pop("EnablePstnTransfer", UNSET)
        )

        _ip_whitelist = d.pop("IpWhitelist", UNSET)
        ip_whitelist: list[VoiceRouteIpWhitelist] | Unset = UNSET
        if _ip_whitelist is not UNSET:
            ip_whitelist = []
            for ip_whitelist_item_data in _ip_whitelist:
                ip_whitelist_item = VoiceRouteIpWhitelist.from_dict(
                    ip_whitelist_item_data
                )

                ip_whitelist.append(ip_whitelist_item)

        def _parse_cnam_lookup(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        cnam_lookup = _parse_cnam_lookup(d.pop("CnamLookup", UNSET))

        termination_uri_subdomain = d.pop("TerminationUriSubdomain", UNSET)

        def _parse_enable_call_streaming(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        enable_call_streaming = _parse_enable_call_streaming(
            d.pop("EnableCallStreaming", UNSET)
        )

        wss_uri = d.pop("WssUri", UNSET)

        def _parse_route_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        route_enabled = _parse_route_enabled(d.pop("RouteEnabled", UNSET))

        voice_url = d.pop("VoiceUrl", UNSET)

        _ip_white_list = d.pop("IpWhiteList", UNSET)
        ip_white_list: list[VoiceRouteIpWhitelist] | Unset = UNSET
        if _ip_white_list is not UNSET:
            ip_white_list = []
            for ip_white_list_item_data in _ip_white_list:
                ip_white_list_item = VoiceRouteIpWhitelist.from_dict(
                    ip_white_list_item_data
                )

                ip_white_list.append(ip_white_list_item)

        def _parse_intelligent_route_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        intelligent_route_enabled = _parse_intelligent_route_enabled(
            d.pop("IntelligentRouteEnabled", UNSET)
        )

        voice_route = cls(
            call_route_status=call_route_status,
            call_route_id=call_route_id,
            account_id=account_id,
            route_name=route_name,
            route_type=route_type,
            voice_url_method=voice_url_method,
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
            voice_url=voice_url,
            ip_white_list=ip_white_list,
            intelligent_route_enabled=intelligent_route_enabled,
        )

        voice_route.additional_properties = d
        return voice_route

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
