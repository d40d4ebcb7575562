from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReactivateNumberRequest")


@_attrs_define
class ReactivateNumberRequest:
    phone_number: str
    """ Required. The phone number to reactivate, in E.164 format (e.g. `+12345678901`). """
    account_id: None | str | Unset = UNSET
    """ Optional account identifier (`AID-` prefix) that the number belongs to. Required when your token has access
    to multiple accounts. """

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "PhoneNumber": phone_number,
            }
        )
        if account_id is not UNSET:
            field_dict["AccountId"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("PhoneNumber")

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("AccountId", UNSET))

        reactivate_number_request = cls(
            phone_number=phone_number,
            account_id=account_id,
        )

        return reactivate_number_request
