from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_message_route_request_callback_message_authentication_type import (
    UpdateMessageRouteRequestCallbackMessageAuthenticationType,
    check_update_message_route_request_callback_message_authentication_type,
)
from ..models.update_message_route_request_callback_message_url_method import (
    UpdateMessageRouteRequestCallbackMessageUrlMethod,
    check_update_message_route_request_callback_message_url_method,
)
from ..models.update_message_route_request_message_authentication_type import (
    UpdateMessageRouteRequestMessageAuthenticationType,
    check_update_message_route_request_message_authentication_type,
)
from ..models.update_message_route_request_message_url_method import (
    UpdateMessageRouteRequestMessageUrlMethod,
    check_update_message_route_request_message_url_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateMessageRouteRequest")


@_attrs_define
class UpdateMessageRouteRequest:
    message_route_id: str
    """ Message Route ID to update """
    route_name: str | Unset = UNSET
    """ Friendly name for the message route """
    message_url: str | Unset = UNSET
    """ Primary webhook URL """
    message_url_method: UpdateMessageRouteRequestMessageUrlMethod | Unset = UNSET
    """ HTTP method """
    message_route_enabled: bool | Unset = UNSET
    """ Enable/disable route """
    message_authentication_type: (
        UpdateMessageRouteRequestMessageAuthenticationType | Unset
    ) = UNSET
    """ Authentication type """
    message_username: str | Unset = UNSET
    """ Username for Basic auth """
    message_password_token: str | Unset = UNSET
    """ Password or Bearer token """
    callback_message_url: str | Unset = UNSET
    """ Callback webhook URL """
    callback_message_url_method: (
        UpdateMessageRouteRequestCallbackMessageUrlMethod | Unset
    ) = UNSET
    """ Callback HTTP method """
    callback_message_authentication_type: (
        UpdateMessageRouteRequestCallbackMessageAuthenticationType | Unset
    ) = UNSET
    """ Callback authentication type """
    callback_message_username: str | Unset = UNSET
    """ Callback username """
    callback_message_password_token: str | Unset = UNSET
    """ Callback password/token """
    inbound_bypass: bool | Unset = UNSET
    """ Bypass AI Guardian filtering for inbound messages on this route """
    outbound_bypass: bool | Unset = UNSET
    """ Bypass AI Guardian filtering for outbound messages on this route """
    intelligent_route_enabled: bool | Unset = UNSET
    """ Enable intelligent routing features (AI-assisted message routing) """
    account_id: str | Unset = UNSET
    """ Account ID associated with this message route """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_route_id = self.message_route_id

        route_name = self.route_name

        message_url = self.message_url

        message_url_method: str | Unset = UNSET
        if not isinstance(self.message_url_method, Unset):
            message_url_method = self.message_url_method

        message_route_enabled = self.message_route_enabled

        message_authentication_type: str | Unset = UNSET
        if not isinstance(self.message_authentication_type, Unset):
            message_authentication_type = self.message_authentication_type

        message_username = self.message_username

        message_password_token = self.message_password_token

        callback_message_url = self.callback_message_url

        callback_message_url_method: str | Unset = UNSET
        if not isinstance(self.callback_message_url_method, Unset):
            callback_message_url_method = self.callback_message_url_method

        callback_message_authentication_type: str | Unset = UNSET
        if not isinstance(self.callback_message_authentication_type, Unset):
            callback_message_authentication_type = (
                self.callback_message_authentication_type
            )

        callback_message_username = self.callback_message_username

        callback_message_password_token = self.callback_message_password_token

        inbound_bypass = self.inbound_bypass

        outbound_bypass = self.outbound_bypass

        intelligent_route_enabled = self.intelligent_route_enabled

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MessageRouteId": message_route_id,
            }
        )
        if route_name is not UNSET:
            field_dict["RouteName"] = route_name
        if message_url is not UNSET:
            field_dict["MessageUrl"] = message_url
        if message_url_method is not UNSET:
            field_dict["MessageUrlMethod"] = message_url_method
        if message_route_enabled is not UNSET:
            field_dict["MessageRouteEnabled"] = message_route_enabled
        if message_authentication_type is not UNSET:
            field_dict["MessageAuthenticationType"] = message_authentication_type
        if message_username is not UNSET:
            field_dict["MessageUsername"] = message_username
        if message_password_token is not UNSET:
            field_dict["MessagePasswordToken"] = message_password_token
        if callback_message_url is not UNSET:
            field_dict["CallbackMessageUrl"] = callback_message_url
        if callback_message_url_method is not UNSET:
            field_dict["CallbackMessageUrlMethod"] = callback_message_url_method
        if callback_message_authentication_type is not UNSET:
            field_dict["CallbackMessageAuthenticationType"] = (
                callback_message_authentication_type
            )
        if callback_message_username is not UNSET:
            field_dict["CallbackMessageUsername"] = callback_message_username
        if callback_message_password_token is not UNSET:
            field_dict["CallbackMessagePasswordToken"] = callback_message_password_token
        if inbound_bypass is not UNSET:
            field_dict["InboundBypass"] = inbound_bypass
        if outbound_bypass is not UNSET:
            field_dict["OutboundBypass"] = outbound_bypass
        if intelligent_route_enabled is not UNSET:
            field_dict["IntelligentRouteEnabled"] = intelligent_route_enabled
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_route_id = d.pop("MessageRouteId")

        route_name = d.pop("RouteName", UNSET)

        message_url = d.pop("MessageUrl", UNSET)

        _message_url_method = d.pop("MessageUrlMethod", UNSET)
        message_url_method: UpdateMessageRouteRequestMessageUrlMethod | Unset
        if isinstance(_message_url_method, Unset):
            message_url_method = UNSET
        else:
            message_url_method = check_update_message_route_request_message_url_method(
                _message_url_method
            )

        message_route_enabled = d.pop("MessageRouteEnabled", UNSET)

        _message_authentication_type = d.pop("MessageAuthenticationType", UNSET)
        message_authentication_type: (
            UpdateMessageRouteRequestMessageAuthenticationType | Unset
        )
        if isinstance(_message_authentication_type, Unset):
            message_authentication_type = UNSET
        else:
            message_authentication_type = (
                check_update_message_route_request_message_authentication_type(
                    _message_authentication_type
                )
            )

        message_username = d.pop("MessageUsername", UNSET)

        message_password_token = d.pop("MessagePasswordToken", UNSET)

        callback_message_url = d.pop("CallbackMessageUrl", UNSET)

        _callback_message_url_method = d.pop("CallbackMessageUrlMethod", UNSET)
        callback_message_url_method: (
            UpdateMessageRouteRequestCallbackMessageUrlMethod | Unset
        )
        if isinstance(_callback_message_url_method, Unset):
            callback_message_url_method = UNSET
        else:
            callback_message_url_method = (
                check_update_message_route_request_callback_message_url_method(
                    _callback_message_url_method
                )
            )

        _callback_message_authentication_type = d.pop(
            "CallbackMessageAuthenticationType", UNSET
        )
        callback_message_authentication_type: (
            UpdateMessageRouteRequestCallbackMessageAuthenticationType | Unset
        )
        if isinstance(_callback_message_authentication_type, Unset):
            callback_message_authentication_type = UNSET
        else:
            callback_message_authentication_type = (
                check_update_message_route_request_callback_message_authentication_type(
                    _callback_message_authentication_type
                )
            )

        callback_message_username = d.pop("CallbackMessageUsername", UNSET)

        callback_message_password_token = d.pop("CallbackMessagePasswordToken", UNSET)

        inbound_bypass = d.pop("InboundBypass", UNSET)

        outbound_bypass = d.pop("OutboundBypass", UNSET)

        intelligent_route_enabled = d.pop("IntelligentRouteEnabled", UNSET)

        account_id = d.pop("AccountId", UNSET)

        update_message_route_request = cls(
            message_route_id=message_route_id,
            route_name=route_name,
            message_url=message_url,
            message_url_method=message_url_method,
            message_route_enabled=message_route_enabled,
            message_authentication_type=message_authentication_type,
            message_username=message_username,
            message_password_token=message_password_token,
            callback_message_url=callback_message_url,
            callback_message_url_method=callback_message_url_method,
            callback_message_authentication_type=callback_message_authentication_type,
            callback_message_username=callback_message_username,
            callback_message_password_token=callback_message_password_token,
            inbound_bypass=inbound_bypass,
            outbound_bypass=outbound_bypass,
            intelligent_route_enabled=intelligent_route_enabled,
            account_id=account_id,
        )

        update_message_route_request.additional_properties = d
        return update_message_route_request

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
