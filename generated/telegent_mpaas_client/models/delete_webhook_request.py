from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteWebhookRequest")


@_attrs_define
class DeleteWebhookRequest:
    webhook_id: None | str | Unset = UNSET
    """ The unique identifier of the webhook to delete, prefixed with `WID-`. Returned when the webhook was
    originally created. """
    account_id: None | str | Unset = UNSET
    """ The Telegent account identifier that owns the webhook, prefixed with `AID-`. """

    def to_dict(self) -> dict[str, Any]:
        webhook_id: None | str | Unset
        if isinstance(self.webhook_id, Unset):
            webhook_id = UNSET
        else:
            webhook_id = self.webhook_id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if webhook_id is not UNSET:
            field_dict["WebhookId"] = webhook_id
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_webhook_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_id = _parse_webhook_id(d.pop("WebhookId", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("AccountId", UNSET))

        delete_webhook_request = cls(
            webhook_id=webhook_id,
            account_id=account_id,
        )

        return delete_webhook_request
