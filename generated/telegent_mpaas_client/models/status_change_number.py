from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusChangeNumber")


@_attrs_define
class StatusChangeNumber:
    number: str
    """ Phone number in E.164 format: +1 and 10 digits (North America), or a country code and 8 to 15 digits in all.
    """
    iccid: str | Unset = UNSET
    """ New SIM's ICCID, for swap-sim only (optional). 18 to 20 characters, may end in a hex F. """

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        iccid = self.iccid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Number": number,
            }
        )
        if iccid is not UNSET:
            field_dict["ICCID"] = iccid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("Number")

        iccid = d.pop("ICCID", UNSET)

        status_change_number = cls(
            number=number,
            iccid=iccid,
        )

        return status_change_number
