from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    account_id: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    method: None | str | Unset = UNSET
    data_format: None | str | Unset = UNSET
    authentication_type: None | str | Unset = UNSET
    authentication_username: None | str | Unset = UNSET
    authentication_password: None | str | Unset = UNSET
    authentication_token: None | str | Unset = UNSET
    subscribed_events: None | str | Unset = UNSET
    webhook_id: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        data_format: None | str | Unset
        if isinstance(self.data_format, Unset):
            data_format = UNSET
        else:
            data_format = self.data_format

        authentication_type: None | str | Unset
        if isinstance(self.authentication_type, Unset):
            authentication_type = UNSET
        else:
            authentication_type = self.authentication_type

        authentication_username: None | str | Unset
        if isinstance(self.authentication_username, Unset):
            authentication_username = UNSET
        else:
            authentication_username = self.authentication_username

        authentication_password: None | str | Unset
        if isinstance(self.authentication_password, Unset):
            authentication_password = UNSET
        else:
            authentication_password = self.authentication_password

        authentication_token: None | str | Unset
        if isinstance(self.authentication_token, Unset):
            authentication_token = UNSET
        else:
            authentication_token = self.authentication_token

        subscribed_events: None | str | Unset
        if isinstance(self.subscribed_events, Unset):
            subscribed_events = UNSET
        else:
            subscribed_events = self.subscribed_events

        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id
        if webhook_url is not UNSET:
            field_dict["WebhookUrl"] = webhook_url
        if method is not UNSET:
            field_dict["Method"] = method
        if data_format is not UNSET:
            field_dict["DataFormat"] = data_format
        if authentication_type is not UNSET:
            field_dict["AuthenticationType"] = authentication_type
        if authentication_username is not UNSET:
            field_dict["AuthenticationUsername"] = authentication_username
        if authentication_password is not UNSET:
            field_dict["AuthenticationPassword"] = authentication_password
        if authentication_token is not UNSET:
            field_dict["AuthenticationToken"] = authentication_token
        if subscribed_events is not UNSET:
            field_dict["SubscribedEvents"] = subscribed_events
        if webhook_id is not UNSET:
            field_dict["WebhookId"] = webhook_id
        if active is not UNSET:
            field_dict["Active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("AccountId", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("WebhookUrl", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("Method", UNSET))

        def _parse_data_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_format = _parse_data_format(d.pop("DataFormat", UNSET))

        def _parse_authentication_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authentication_type = _parse_authentication_type(
            d.pop("AuthenticationType", UNSET)
        )

        def _parse_authentication_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authentication_username = _parse_authentication_username(
            d.pop("AuthenticationUsername", UNSET)
        )

        def _parse_authentication_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authentication_password = _parse_authentication_password(
            d.pop("AuthenticationPassword", UNSET)
        )

        def _parse_authentication_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authentication_token = _parse_authentication_token(
            d.pop("AuthenticationToken", UNSET)
        )

        def _parse_subscribed_events(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscribed_events = _parse_subscribed_events(d.pop("SubscribedEvents", UNSET))

        def _parse_webhook_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_id = _parse_webhook_id(d.pop("WebhookId", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("Active", UNSET))

        webhook = cls(
            account_id=account_id,
            webhook_url=webhook_url,
            method=method,
            data_format=data_format,
            authentication_type=authentication_type,
            authentication_username=authentication_username,
            authentication_password=authentication_password,
            authentication_token=authentication_token,
            subscribed_events=subscribed_events,
            webhook_id=webhook_id,
            active=active,
        )

        return webhook
