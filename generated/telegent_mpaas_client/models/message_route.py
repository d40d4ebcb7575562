from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MessageRoute")


@_attrs_define
class MessageRoute:
    """Inferred from the published examples of GET /v1.0/account/message/routes, GET /v1.0/message/routes, POST
    /v1.0/message/routes and 1 more.

    """

    message_route_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    route_name: str | Unset = UNSET
    message_url: str | Unset = UNSET
    message_url_method: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    message_route_enabled: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    message_authentication_type: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    message_username: str | Unset = UNSET
    message_password_token: str | Unset = UNSET
    callback_message_url: str | Unset = UNSET
    callback_message_url_method: str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    callback_message_authentication_type: None | str | Unset = UNSET
    """ Known values in x-known-values; new ones may appear. """
    callback_message_username: None | str | Unset = UNSET
    callback_message_password_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_route_id = self.message_route_id

        account_id = self.account_id

        route_name = self.route_name

        message_url = self.message_url

        message_url_method = self.message_url_method

        message_route_enabled: bool | str | Unset
        if isinstance(self.message_route_enabled, Unset):
            message_route_enabled = UNSET
        else:
            message_route_enabled = self.message_route_enabled

        message_authentication_type = self.message_authentication_type

        message_username = self.message_username

        message_password_token = self.message_password_token

        callback_message_url = self.callback_message_url

        callback_message_url_method = self.callback_message_url_method

        callback_message_authentication_type: None | str | Unset
        if isinstance(self.callback_message_authentication_type, Unset):
            callback_message_authentication_type = UNSET
        else:
            callback_message_authentication_type = (
                self.callback_message_authentication_type
            )

        callback_message_username: None | str | Unset
        if isinstance(self.callback_message_username, Unset):
            callback_message_username = UNSET
        else:
            callback_message_username = self.callback_message_username

        callback_message_password_token: None | str | Unset
        if isinstance(self.callback_message_password_token, Unset):
            callback_message_password_token = UNSET
        else:
            callback_message_password_token = self.callback_message_password_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_route_id is not UNSET:
            field_dict["MessageRouteId"] = message_route_id
        if account_id is not UNSET:
            field_dict["AccountID"] = account_id
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_route_id = d.pop("MessageRouteId", UNSET)

        account_id = d.pop("AccountID", UNSET)

        route_name = d.pop("RouteName", UNSET)

        message_url = d.pop("MessageUrl", UNSET)

        message_url_method = d.pop("MessageUrlMethod", UNSET)

        def _parse_message_route_enabled(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        message_route_enabled = _parse_message_route_enabled(
            d.pop("MessageRouteEnabled", UNSET)
        )

        message_authentication_type = d.pop("MessageAuthenticationType", UNSET)

        message_username = d.pop("MessageUsername", UNSET)

        message_password_token = d.pop("MessagePasswordToken", UNSET)

        callback_message_url = d.pop("CallbackMessageUrl", UNSET)

        callback_message_url_method = d.pop("CallbackMessageUrlMethod", UNSET)

        def _parse_callback_message_authentication_type(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_message_authentication_type = (
            _parse_callback_message_authentication_type(
                d.pop("CallbackMessageAuthenticationType", UNSET)
            )
        )

        def _parse_callback_message_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_message_username = _parse_callback_message_username(
            d.pop("CallbackMessageUsername", UNSET)
        )

        def _parse_callback_message_password_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_message_password_token = _parse_callback_message_password_token(
            d.pop("CallbackMessagePasswordToken", UNSET)
        )

        message_route = cls(
            message_route_id=message_route_id,
            account_id=account_id,
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
        )

        message_route.additional_properties = d
        return message_route

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
