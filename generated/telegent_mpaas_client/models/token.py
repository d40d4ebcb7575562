from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Token")


@_attrs_define
class Token:
    """The answer to a token request; a refusal comes with `successful: false`, an `error` and no token."""

    token: None | str | Unset = UNSET
    """ Bearer token (HS256 JWT). """
    successful: bool | str | Unset = UNSET
    """ Boolean; the live API sometimes sends it as the string "true" or "false". """
    token_expiry: str | Unset = UNSET
    """ Expiry time, `MM/DD/YYYY hh:mm:ss AM/PM` (UTC). """
    api_endpoint: None | str | Unset = UNSET
    """ The endpoint the token is scoped to (older responses only). """
    error: None | str | Unset = UNSET
    """ Error text (older responses only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        successful: bool | str | Unset
        if isinstance(self.successful, Unset):
            successful = UNSET
        else:
            successful = self.successful

        token_expiry = self.token_expiry

        api_endpoint: None | str | Unset
        if isinstance(self.api_endpoint, Unset):
            api_endpoint = UNSET
        else:
            api_endpoint = self.api_endpoint

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if token is not UNSET:
            field_dict["token"] = token
        if successful is not UNSET:
            field_dict["successful"] = successful
        if token_expiry is not UNSET:
            field_dict["tokenExpiry"] = token_expiry
        if api_endpoint is not UNSET:
            field_dict["apiEndpoint"] = api_endpoint
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        def _parse_successful(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        successful = _parse_successful(d.pop("successful", UNSET))

        token_expiry = d.pop("tokenExpiry", UNSET)

        def _parse_api_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_endpoint = _parse_api_endpoint(d.pop("apiEndpoint", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        token = cls(
            token=token,
            successful=successful,
            token_expiry=token_expiry,
            api_endpoint=api_endpoint,
            error=error,
        )

        token.additional_properties = d
        return token

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
