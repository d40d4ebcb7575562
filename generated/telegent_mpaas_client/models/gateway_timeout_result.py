from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayTimeoutResult")


@_attrs_define
class GatewayTimeoutResult:
    status_code: int
    message: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "StatusCode": status_code,
            }
        )
        if message is not UNSET:
            field_dict["Message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("StatusCode")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        gateway_timeout_result = cls(
            status_code=status_code,
            message=message,
        )

        return gateway_timeout_result
