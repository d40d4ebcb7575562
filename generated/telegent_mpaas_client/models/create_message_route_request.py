from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_route_request_callback_message_authentication_type import (
    CreateMessageRouteRequestCallbackMessageAuthenticationType,
    check_create_message_route_request_callback_message_authentication_type,
)
from ..models.create_message_route_request_callback_message_url_method import (
    CreateMessageRouteRequestCallbackMessageUrlMethod,
    check_create_message_route_request_callback_message_url_method,
)
from ..models.create_message_route_request_message_authentication_type import (
    CreateMessageRouteRequestMessageAuthenticationType,
    check_create_message_route_request_message_authentication_type,
)
from ..models.create_message_route_request_message_url_method import (
    CreateMessageRouteRequestMessageUrlMethod,
    check_create_message_route_request_message_url_method,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateMessageRouteRequest")


@_attrs_define
class CreateMessageRouteRequest:
    route_name: str
    """ Friendly name for the message route """
    message_url: str
    """ Primary webhook URL for inbound messages """
    message_url_method: CreateMessageRouteRequestMessageUrlMethod
    """ HTTP method for webhook delivery """
    message_route_enabled: bool | Unset = True
    """ Enable or disable this message route """
    message_authentication_type: (
        CreateMessageRouteRequestMessageAuthenticationType | Unset
    ) = UNSET
    """ Authentication type for primary webhook """
    message_username: str | Unset = UNSET
    """ Username for Basic auth (if applicable) """
    message_password_token: str | Unset = UNSET
    """ Password for Basic auth or token for Bearer auth """
    callback_message_url: str | Unset = UNSET
    """ Fallback/callback webhook URL """
    callback_message_url_method: (
        CreateMessageRouteRequestCallbackMessageUrlMethod | Unset
    ) = UNSET
    """ HTTP method for callback webhook """
    callback_message_authentication_type: (
        CreateMessageRouteRequestCallbackMessageAuthenticationType | Unset
    ) = UNSET
    """ Authentication type for callback webhook """
    callback_message_username: str | Unset = UNSET
    """ Username for callback Basic auth """
    callback_message_password_token: str | Unset = UNSET
    """ Password/token for callback auth """
    inbound_bypass: bool | Unset = UNSET
    """ Bypass AI Guardian filtering for inbound messages on this route """
    outbound_bypass: bool | Unset = UNSET
    """ Bypass AI Guardian filtering for outbound messages on this route """
    intelligent_route_enabled: bool | Unset = UNSET
    """ Enable intelligent routing features (AI-assisted message routing) """
    account_id: str | Unset = UNSET
    """ Account ID to associate with this message route """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        route_name = self.route_name

        message_url = self.message_url

        message_url_method: str = self.message_url_method

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
                "RouteName": route_name,
                "MessageUrl": message_url,
                "MessageUrlMethod": message_url_method,
            }
        )
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
        route_name = d.pop("RouteName")

        message_url = d.pop("MessageUrl")

        message_url_method = check_create_message_route_request_message_url_method(
            d.pop("MessageUrlMethod")
        )

        message_route_enabled = d.pop("MessageRouteEnabled", UNSET)

        _message_authentication_type = d.pop("MessageAuthenticationType", UNSET)
        message_authentication_type: (
            CreateMessageRouteRequestMessageAuthenticationType | Unset
        )
        if isinstance(_message_authentication_type, Unset):
            message_authentication_type = UNSET
        else:
            message_authentication_type = (
                check_create_message_route_request_message_authentication_type(
                    _message_authentication_type
                )
            )

        message_username = d.pop("MessageUsername", UNSET)

        message_password_token = d.pop("MessagePasswordToken", UNSET)

        callback_message_url = d.pop("CallbackMessageUrl", UNSET)

        _callback_message_url_method = d.pop("CallbackMessageUrlMethod", UNSET)
        callback_message_url_method: (
            CreateMessageRouteRequestCallbackMessageUrlMethod | Unset
        )
        if isinstance(_callback_message_url_method, Unset):
            callback_message_url_method = UNSET
        else:
            callback_message_url_method = (
                check_create_message_route_request_callback_message_url_method(
                    _callback_message_url_method
                )
            )

        _callback_message_authentication_type = d.pop(
            "CallbackMessageAuthenticationType", UNSET
        )
        callback_message_authentication_type: (
            CreateMessageRouteRequestCallbackMessageAuthenticationType | Unset
        )
        if isinstance(_callback_message_authentication_type, Unset):
            callback_message_authentication_type = UNSET
        else:
            callback_message_authentication_type = (
                check_create_message_route_request_callback_message_authentication_type(
                    _callback_message_authentication_type
                )
            )

        callback_message_username = d.pop("CallbackMessageUsername", UNSET)

        callback_message_password_token = d.pop("CallbackMessagePasswordToken", UNSET)

        inbound_bypass = d.pop("InboundBypass", UNSET)

        outbound_bypass = d.pop("OutboundBypass", UNSET)

        intelligent_route_enabled = d.pop("IntelligentRouteEnabled", UNSET)

        account_id = d.pop("AccountId", UNSET)

        create_message_route_request = cls(
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

        create_message_route_request.additional_properties = d
        return create_message_route_request

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
