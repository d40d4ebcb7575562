from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    account_key: str
    """ Account key from the Telegent portal (looks like `DID-...`). """
    account_secret: str
    """ Account secret. Never log it. """
    api_endpoint: str | Unset = UNSET
    """ Scopes the token to one endpoint URL; a token so scoped is refused (403) by every other endpoint. """

    def to_dict(self) -> dict[str, Any]:
        account_key = self.account_key

        account_secret = self.account_secret

        api_endpoint = self.api_endpoint

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "AccountKey": account_key,
                "AccountSecret": account_secret,
            }
        )
        if api_endpoint is not UNSET:
            field_dict["ApiEndpoint"] = api_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_key = d.pop("AccountKey")

        account_secret = d.pop("AccountSecret")

        api_endpoint = d.pop("ApiEndpoint", UNSET)

        token_request = cls(
            account_key=account_key,
            account_secret=account_secret,
            api_endpoint=api_endpoint,
        )

        return token_request
